package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

func TestParseArticle(t *testing.T) {
	for _, tc := range []struct {
		name, data, ctype string
		want              Article
	}{
		{"plain text", "Title here\nFirst paragraph.\n\nSecond.\n", "", Article{Title: "Title here", Text: "First paragraph.\n\nSecond.\n"}},
		{"one line is text", "  Biden said the talks went well.\n", "", Article{Text: "Biden said the talks went well."}},
		{"json", `{"text":"Body.","title":" T ","url":"https://x.example/a","published":"2024-04-10T12:00:00+02:00","source":"x"}`, "",
			Article{Title: "T", Text: "Body.", URL: "https://x.example/a", Published: time.Date(2024, 4, 10, 10, 0, 0, 0, time.UTC), Source: "x"}},
		{"json date only", `{"text":"Body.","published":"2024-04-10"}`, "application/json; charset=utf-8",
			Article{Text: "Body.", Published: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)}},
		{"text forced", `{"text":"x"}` + "\nbody", "text/plain", Article{Title: `{"text":"x"}`, Text: "body"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseArticle([]byte(tc.data), tc.ctype)
			if err != nil {
				t.Fatalf("ParseArticle(%q) error %v", tc.data, err)
			}
			if got != tc.want {
				t.Errorf("ParseArticle(%q) = %+v; want %+v", tc.data, got, tc.want)
			}
		})
	}
}

func TestParseHTMLDropsBoilerplate(t *testing.T) {
	a := readArticle(t, "testdata/articles/html-relay.html")
	if a.Title != "Russia says it is ready for grain deal talks" {
		t.Errorf("title = %q", a.Title)
	}
	if !a.Published.Equal(time.Date(2025, 7, 21, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("published = %v", a.Published)
	}
	for _, junk := range []string{"Sign in", "cookies", "Related stories", "All rights reserved", "Wheat prices hit"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps boilerplate %q:\n%s", junk, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Peskov told reporters") {
		t.Errorf("text lost the body:\n%s", a.Text)
	}
	// paragraphs stay apart
	if n := len(paragraphs(Normalize(a.Text))); n < 5 {
		t.Errorf("got %d paragraphs; want >= 5:\n%s", n, a.Text)
	}
}

// TestPageFurniture reads a web page whose boilerplate readability keeps
// (a paywall line, a photo caption with its credit, "Read more:", "Reporting
// by ...") and checks that only the story's statements come out.
func TestPageFurniture(t *testing.T) {
	a := readArticle(t, "testdata/pages/furniture.html")
	x := newTestExtractor(t)
	var got []string
	for _, s := range x.find(a) {
		got = append(got, s.Speaker+": "+s.Text)
	}
	want := []string{
		`Kremlin: a proposal for talks was "not serious"`,
		// the lead's "Ukraine's foreign minister said" is the minister the
		// article names later (batch 18's convention)
		"Andrii Sybiha: Moscow was stalling",
		"Dmitry Peskov: There is nothing to discuss at this stage",
		`Andrii Sybiha: Russia "does not want peace."`,
		"Andrii Sybiha: We will keep up the pressure",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Extract(furniture.html) =\n%s\nwant\n%s\ntext:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), a.Text)
	}
}

func TestParseArticleErrors(t *testing.T) {
	for _, tc := range []struct {
		file, want string
	}{
		{"article-title-number.json", `field "title": want string, got number`},
		{"article-bad-published.json", `field "published": cannot read time "yesterday"`},
		{"article-missing-text.json", `missing field "text"`},
		{"article-syntax.json", "line 2, column 15"},
		{"article-empty-text.json", `field "text": article has no text`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/invalid", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = ParseArticle(data, "")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ParseArticle(%s) error = %v; want %q", tc.file, err, tc.want)
			}
		})
	}
	if _, err := ParseArticle([]byte("  \n "), ""); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty text: error %v; want ErrEmpty", err)
	}
	if _, err := ParseArticle([]byte("a\xffb\nc"), ""); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("bad UTF-8: error %v", err)
	}
	if _, err := ParseArticle([]byte("x"), "application/pdf"); err == nil || !strings.Contains(err.Error(), "application/pdf") {
		t.Errorf("pdf: error %v", err)
	}
}

func TestParseAliasesErrors(t *testing.T) {
	for _, tc := range []struct {
		file, want string
	}{
		{"aliases-unknown-field.yaml", "line 3: field nickname not found"},
		{"aliases-duplicate-alias.yaml", `aliases-duplicate-alias.yaml:3: "Joseph Biden Sr": alias "Biden" already belongs to "Joe Biden"`},
		{"aliases-bad-kind.yaml", `aliases-bad-kind.yaml:1: "KCNA": unknown kind "newspaper"`},
		{"aliases-not-mapping.yaml", "aliases-not-mapping.yaml:1: want a mapping"},
		{"aliases-aliases-not-list.yaml", "line 2: cannot unmarshal !!str `Biden` into []string"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata/invalid", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			_, err = ParseAliases(f, tc.file)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ParseAliases(%s) error = %v; want %q", tc.file, err, tc.want)
			}
		})
	}
}

func TestDefaultAliases(t *testing.T) {
	if _, err := ParseAliases(strings.NewReader(string(defaultAliasesYAML)), "aliases.yaml"); err != nil {
		t.Fatalf("built-in aliases: %v", err)
	}
	al := DefaultAliases()
	for name, want := range map[string]string{"Biden": "Joe Biden", "KCNA": "Korean Central News Agency", "Kim Jong-un": "Kim Jong Un", "U.N.": "United Nations"} {
		e, ok := al.Lookup(name)
		if !ok || e.Canonical != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, e, ok, want)
		}
	}
}

func TestAliasesOverride(t *testing.T) {
	user, err := ParseAliases(strings.NewReader(`
Chairman Kim:
  aliases: [Kim Jong Un, Kim Jong-un]
  roles: [the North Korean leader, the Marshal]
Rocket Agency:
  kind: outlet
  aliases: [RA]
`), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{Aliases: user})
	if err != nil {
		t.Fatal(err)
	}
	a := Article{Text: "The North Korean leader said the enemy would be crushed.\n" +
		"\"We are ready,\" Kim Jong-un said, according to RA.\n" +
		"Biden said the door was open."}
	got := x.find(a)
	want := []Statement{
		{Speaker: "Chairman Kim", Kind: Indirect, Text: "the enemy would be crushed"},
		{Speaker: "Chairman Kim", Kind: Direct, Text: "We are ready", Via: "Rocket Agency"},
		{Speaker: "Joe Biden", Kind: Indirect, Text: "the door was open"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v; want %+v", got, want)
	}
	for i := range want {
		g := got[i]
		if g.Speaker != want[i].Speaker || g.Kind != want[i].Kind || g.Text != want[i].Text || g.Via != want[i].Via {
			t.Errorf("statement %d = %+v; want %+v", i, g, want[i])
		}
	}
}

// TestAttribution covers the forms of attribution one at a time.
func TestAttribution(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, text string
		want       []st
	}{
		{"quote then said", `"We will win," Jane Roe said.`, []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"said then name", `"We will win," said Jane Roe, the party leader.`, []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"colon", `Jane Roe said: "We will win."`, []st{{"Jane Roe", Direct, "We will win.", ""}}},
		{"curly quotes", "“We will win,” Jane Roe said.", []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"single quotes", "'We will win,' Jane Roe said.", []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"reported that", `Jane Roe said on Monday that the party would win.`, []st{{"Jane Roe", Indirect, "the party would win", ""}}},
		{"reported no that", `Jane Roe said the party would win.`, []st{{"Jane Roe", Indirect, "the party would win", ""}}},
		{"clause first", `The party would win, Jane Roe said on Monday.`, []st{{"Jane Roe", Indirect, "The party would win", ""}}},
		{"pronoun", "Jane Roe spoke in Paris.\n\"We will win,\" she said.", []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"pronoun skips other gender", "Jane Roe said the vote was fair. \"It was,\" she added. John Doe disagreed.\n\"It was rigged,\" he said. \"We lost,\" she said.",
			[]st{{"Jane Roe", Indirect, "the vote was fair", ""}, {"Jane Roe", Direct, "It was", ""}, {"John Doe", Direct, "It was rigged", ""}, {"Jane Roe", Direct, "We lost", ""}}},
		{"short name is the full one", "Jane Roe spoke.\n\"We will win,\" Roe said.", []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"title stripped", `Foreign Minister Jane Roe said the talks failed.`, []st{{"Jane Roe", Indirect, "the talks failed", ""}}},
		{"party label stripped", "The rapporteur, Spanish Socialist Juan López Aguilar, spoke.\n\"It is not perfect,\" López Aguilar said. Republican Senator Jane Roe said the deal was bad.",
			[]st{{"Juan López Aguilar", Direct, "It is not perfect", ""}, {"Jane Roe", Indirect, "the deal was bad", ""}}},
		{"urged", `Jane Roe urged both sides to "stop the fighting."`, []st{{"Jane Roe", Indirect, "both sides to \"stop the fighting.\"", ""}}},
		{"via outlet", `Jane Roe said the talks failed, according to Reuters.`, []st{{"Jane Roe", Indirect, "the talks failed", "Reuters"}}},
		{"relay which reported", `Jane Roe spoke in Paris, according to Kyodo News, which reported that she was angry.`, []st{{"Jane Roe", Indirect, "she was angry", "Kyodo News"}}},
		{"bracket insertion", `"[Jane Roe] said that the war is over," state media reported.`, []st{{"Jane Roe", Indirect, "the war is over", ""}}},
		{"two speakers", `"We will win," Jane Roe said, while John Doe said the vote was rigged.`, []st{{"Jane Roe", Direct, "We will win", ""}, {"John Doe", Indirect, "the vote was rigged", ""}}},
		{"split quote around appositive", `"We will," said Jon Weiss, a spokesman for the ministry, "respond in kind."`, []st{{"Jon Weiss", Direct, "We will", ""}, {"Jon Weiss", Direct, "respond in kind.", ""}}},
		{"split quote around adjunct", "Jane Roe spoke.\n\"We will,\" she said in a statement, \"respond.\"", []st{{"Jane Roe", Direct, "We will", ""}, {"Jane Roe", Direct, "respond.", ""}}},
		{"not split without comma", `"We will win." said Jon Weiss, the coach, "The vote is fair," said Jane Roe.`, []st{{"Jon Weiss", Direct, "We will win.", ""}, {"Jane Roe", Direct, "The vote is fair", ""}}},
		{"quote then titled name", `"We will win," Party spokesperson Jane Roe told reporters, adding that the vote was fair.`, []st{{"Jane Roe", Direct, "We will win", ""}, {"Jane Roe", Indirect, "the vote was fair", ""}}},
		{"comma inside quote ends clause", `Jane Roe urged both sides to show "restraint," warning that the region was "on the brink."`, []st{{"Jane Roe", Indirect, "both sides to show \"restraint,\"", ""}, {"Jane Roe", Indirect, "the region was \"on the brink.\"", ""}}},
		{"parenthesis before that", `Jane Roe said in a post on X, formerly Twitter, that the vote was "rigged."`, []st{{"Jane Roe", Indirect, "the vote was \"rigged.\"", ""}}},
		{"appositive after a description", `Israel's ambassador to the United Nations, Jon Weiss, said the report was biased. A spokesperson for the Ministry of Defence, Jane Roe, said the army was ready.`, []st{{"Jon Weiss", Indirect, "the report was biased", ""}, {"Jane Roe", Indirect, "the army was ready", ""}}},
		{"pointed out", "Spokesperson Jane Roe spoke on Monday. The spokesperson pointed out that the move violates the treaty. She pointed to the risks.", []st{{"Jane Roe", Indirect, "the move violates the treaty", ""}}},
		{"passive quoted by", `Jane Roe, who mediated the talks, was quoted by El Tiempo newspaper as saying that "the only way out is a deal."`, []st{{"Jane Roe", Indirect, "the only way out is a deal", "El Tiempo"}}},
		{"ticker before verb", `Baltic Grid AB (STO: BGRID) today announced that it had won the tender.`, []st{{"Baltic Grid AB", Indirect, "it had won the tender", ""}}},
		{"the company", "Baltic Grid AB said it had won the tender. Jane Roe, an analyst, said the price was low. The company said work would start in May.", []st{{"Baltic Grid AB", Indirect, "it had won the tender", ""}, {"Jane Roe", Indirect, "the price was low", ""}, {"Baltic Grid AB", Indirect, "work would start in May", ""}}},
		{"the company unknown", "The company said work would start in May.", nil},
		{"unnamed lead named next", "BEIJING, Dec. 21 (Xinhua) -- China opposes the sale, a foreign ministry spokesperson said Saturday.\nSpokesperson Jane Roe made the remarks at a press briefing.", []st{{"Jane Roe", Indirect, "China opposes the sale", ""}}},
		{"unnamed lead stays unnamed", "China opposes the sale, a foreign ministry spokesperson said Saturday.\nJane Roe met the envoy.", nil},
		{"transcript label with role and title", "JOHN DOE, TV ANCHOR: Welcome back. Jane Roe said this week they would \"lose.\"\nREP. JANE ROE (D-NY): Thank you, John.\nDOE: Do you agree?\nROE: We will win.",
			[]st{{"Jane Roe", Indirect, "they would \"lose.\"", ""}, {"Jane Roe", Direct, "Thank you, John.", ""}, {"Jane Roe", Direct, "We will win.", ""}}},
		{"quote then modified title", `"It is illegal," EU antitrust chief Jane Roe told a news conference.`, []st{{"Jane Roe", Direct, "It is illegal", ""}}},
		{"one-word company", "The EU fined Apple on Monday. Apple said it would appeal. Diplomats said the fine was high. Economists at ING said rates would fall.", []st{{"Apple", Indirect, "it would appeal", ""}}},
		{"one-word organisations", "CAIRO (AP) — Hamas said Monday it had accepted the plan, but Israel said the terms fell short. Senior Hamas official Jon Weiss spoke. Officials in Israel were silent.", []st{{"Hamas", Indirect, "it had accepted the plan", ""}, {"Israel", Indirect, "the terms fell short", ""}}},
		{"one-word company participle", "The EU fined Apple on Monday. Apple said it would appeal, adding that the fine was unlawful.", []st{{"Apple", Indirect, "it would appeal", ""}, {"Apple", Indirect, "the fine was unlawful", ""}}},
		{"comma inside quote before relay", `Jane Roe said the army would "fight to the end," the state news agency reported.`, []st{{"Jane Roe", Indirect, "the army would \"fight to the end,\"", ""}}},
		{"joint appositive subject", `Egypt's foreign minister, Jon Weiss, and his Saudi counterpart, Jane Roe, said they supported the plan.`, nil},
		{"joint statement", `Jane Roe said in a joint statement with Jon Weiss that the plan was fair.`, nil},
		{"called on", "Jane Roe called on allies to send more aid, after the strikes. Jon Weiss called the strikes a crime. She called on Monday for calm.", []st{{"Jane Roe", Indirect, "allies to send more aid", ""}}},
		{"said no clause", "Asked whether the talks would resume, Jane Roe said no meeting had been arranged. Jon Weiss said no to the plan.", []st{{"Jane Roe", Indirect, "no meeting had been arranged", ""}}},
		{"according to possessive", "According to Poland’s Operational Command, allied aircraft were scrambled.", []st{{"Operational Command", Indirect, "allied aircraft were scrambled", ""}}},
		{"organisation with appositive", "The Baltic Grid Alliance, a lobby group whose members include Ørsted, said the fine was fair.", []st{{"Baltic Grid Alliance", Indirect, "the fine was fair", ""}}},
		{"organisation with of", "The Ministry of Fisheries said the ban would stay. The Coalition for Fair Ports said it was unhappy. Senator Jane Roe of New York said the ban was wrong.", []st{{"Ministry of Fisheries", Indirect, "the ban would stay", ""}, {"Coalition for Fair Ports", Indirect, "it was unhappy", ""}, {"Jane Roe", Indirect, "the ban was wrong", ""}}},
		{"appositive has said", "Her predecessor, Jane Roe, has said that the cartels are a \"creation of demand.\"", []st{{"Jane Roe", Indirect, "the cartels are a \"creation of demand.\"", ""}}},
		{"appositive told outlet", "Mexico's security secretary, Jon Weiss, told The Associated Press in an interview that arrests had risen.", []st{{"Jon Weiss", Indirect, "arrests had risen", ""}}},
		{"programme title in adjunct", `Jane Roe said on CNN's "State of the Union" that the talks had "stabilized" ties.`, []st{{"Jane Roe", Indirect, "the talks had \"stabilized\" ties", ""}}},
		{"title with of in appositive", `Secretary of State Jane Roe, who attended the talks, said the ties were fine. Senator Jon Weiss of Ohio, a hawk, said they were not.`, []st{{"Jane Roe", Indirect, "the ties were fine", ""}, {"Jon Weiss", Indirect, "they were not", ""}}},
		{"person's office", "Prime Minister Jane Roe's office said in a statement that talks would go on. The Foreign Office said nothing.", []st{{"Jane Roe", Indirect, "talks would go on", ""}}},
		{"participial lead", "Briefing the Council, Jane Roe, the relief chief, said that 25 million people needed aid.", []st{{"Jane Roe", Indirect, "25 million people needed aid", ""}}},
		{"organisation with for and and", "The Baltic Centres for Grid Safety and Prevention said it had new funds. Jane Roe and Jon Weiss said they agreed.", []st{{"Baltic Centres for Grid Safety and Prevention", Indirect, "it had new funds", ""}}},
		{"role matches the whole title", "Mr Okafor hit back. \"We have a plan,\" the Prime Minister said. Energy Minister Jon Weiss later said bills would fall. \"They will,\" the minister added.", []st{{"Okafor", Direct, "We have a plan", ""}, {"Jon Weiss", Indirect, "bills would fall", ""}, {"Jon Weiss", Direct, "They will", ""}}},
		{"clause with partial quote before X said", `Iran will respond "decisively" to any attack, Jane Roe told a news conference.`, []st{{"Jane Roe", Indirect, "Iran will respond \"decisively\" to any attack", ""}}},
		{"appositive age and job", "Her friend Jon Weiss, 25, a software engineer, said he had taken a pay cut. The wife of Jane Roe, Mary, said nothing.", []st{{"Jon Weiss", Indirect, "he had taken a pay cut", ""}}},
		{"continued quote", `"We will win," Jane Roe said. "Nobody can stop us."`, []st{{"Jane Roe", Direct, "We will win", ""}, {"Jane Roe", Direct, "Nobody can stop us.", ""}}},
		{"quote over paragraphs", "\"We will win. Nobody can stop us.\n\"The vote is ours,\" Jane Roe said.", []st{{"Jane Roe", Direct, "We will win. Nobody can stop us.", ""}, {"Jane Roe", Direct, "The vote is ours", ""}}},
		{"narration", "The dictator's aggressive tone shoots down any prospect of talks.\n\"DPRK\" stands for \"Democratic People's Republic of Korea,\" the official name.", nil},
		{"unnamed source", `The talks failed, officials said.`, nil},
		{"headline", "JANE ROE SAYS THE PARTY WILL WIN\nJane Roe said the party would win.", []st{{"Jane Roe", Indirect, "the party would win", ""}}},
		{"repeated quote once", "\"We will win,\" Jane Roe said.\nLater, Jane Roe said: \"We will win.\"", []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"transcript", "HOST: What now?\nJANE ROE: We will win.", []st{{"Jane Roe", Direct, "We will win.", ""}}},
		{"transcript journalists narrate", "ANCHOR (Ann Lee): Good evening. Our correspondent Tom Grey is in Lyon.\nTOM GREY: The town is flooded. The mayor, Jane Roe, said the dam had failed.\nJOSÉ ÁLVAREZ (translated): We lost everything.\nANN LEE: Tom, thank you.",
			[]st{{"Jane Roe", Indirect, "the dam had failed", ""}, {"José Álvarez", Direct, "We lost everything.", ""}}},
		{"adding after quote", "Jane Roe arrived.\n\"We will win,\" she said, adding that the vote was fair.", []st{{"Jane Roe", Direct, "We will win", ""}, {"Jane Roe", Indirect, "the vote was fair", ""}}},
		{"relative clause", `President Joe Biden, who has said he wants to end the war, met Netanyahu on Monday.`, []st{{"Joe Biden", Indirect, "he wants to end the war", ""}}},
		{"irregular past", `In 2019, Donald Trump said he and Kim "fell in love."`, []st{{"Donald Trump", Indirect, "he and Kim \"fell in love.\"", ""}}},
		{"adjunct then colon", `Jane Roe said in a statement: "We will win."`, []st{{"Jane Roe", Direct, "We will win.", ""}}},
		{"told then comma", `Jane Roe told the BBC, "We will win."`, []st{{"Jane Roe", Direct, "We will win.", ""}}},
		{"quote according to", `"We will win," according to Jane Roe.`, []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"according to appositive", `According to Jane Roe, author of a book on the war, the army was not ready.`, []st{{"Jane Roe", Indirect, "the army was not ready", ""}}},
		{"title makes a surname a name", `Mr Hoyle said the house would sit late.`, []st{{"Hoyle", Indirect, "the house would sit late", ""}}},
		{"colon dateline is no transcript", "WASHINGTON: The talks failed on Monday.\nJane Roe said the talks failed.", []st{{"Jane Roe", Indirect, "the talks failed", ""}}},
		{"told reporters zero that", `Jane Roe told reporters the army would withdraw.`, []st{{"Jane Roe", Indirect, "the army would withdraw", ""}}},
		{"told name zero that", `Jane Roe told the BBC the army would withdraw.`, []st{{"Jane Roe", Indirect, "the army would withdraw", ""}}},
		{"told object to: an order, as after urged", `Jane Roe told reporters to leave.`, []st{{"Jane Roe", Indirect, "reporters to leave", ""}}},
		{"partial quote opens clause", `Jane Roe said "a few" had left.`, []st{{"Jane Roe", Indirect, "\"a few\" had left", ""}}},
		{"org title person", `Olympic Committee president Jane Roe rejected the calls, saying the cases differed.`, []st{{"Jane Roe", Indirect, "the cases differed", ""}}},
		{"org keeps demonym", `The Palestinian Olympic Committee said the games were unfair.`, []st{{"Palestinian Olympic Committee", Indirect, "the games were unfair", ""}}},
		{"hyphenated title", `WHO Director-General Jane Roe said the outbreak was over.`, []st{{"Jane Roe", Indirect, "the outbreak was over", ""}}},
		{"particles in names", "Ursula von der Leyen arrived.\n\"We are ready,\" von der Leyen told MEPs.", []st{{"Ursula von der Leyen", Direct, "We are ready", ""}}},
		{"middle name", "Luiz Inácio Lula da Silva arrived.\n\"We are ready,\" Lula said.", []st{{"Luiz Inácio Lula da Silva", Direct, "We are ready", ""}}},
		{"which she said", `Jane Roe said she had the sheets, which she said showed a clear win.`, []st{{"Jane Roe", Indirect, "she had the sheets, which she said showed a clear win", ""}}},
		{"joint subject", `The United States and the Soviet Union said the talks had failed.`, nil},
		{"said monday that", `Jane Roe said Monday that the party would win.`, []st{{"Jane Roe", Indirect, "the party would win", ""}}},
		{"said the role", "Foreign Minister Jane Roe arrived in Paris.\n\"We will win,\" said the minister.", []st{{"Jane Roe", Direct, "We will win", ""}}},
		{"split quote", `"We will win," Jane Roe said, "and nobody can stop us."`, []st{{"Jane Roe", Direct, "We will win", ""}, {"Jane Roe", Direct, "and nobody can stop us.", ""}}},
		{"said he was", "John Doe arrived.\nJohn Doe, in a letter, said he was \"confident\" of a deal.", []st{{"John Doe", Indirect, "he was \"confident\" of a deal", ""}}},
		{"interviewer named", "JUDY WOODRUFF: Is the alliance ready?\nMARK RUTTE: We are ready.\nJUDY WOODRUFF: Thank you.", []st{{"Mark Rutte", Direct, "We are ready.", ""}}},
		{"the mayor by title", "Mayor Linda Okoye spoke first. Councilman Ray Delgado spoke next.\n\"We are done,\" the mayor said.", []st{{"Linda Okoye", Direct, "We are done", ""}}},
		{"acronym", "The Joint Chiefs of Staff (JCS) met.\n\"We are ready,\" the JCS said.", []st{{"Joint Chiefs of Staff", Direct, "We are ready", ""}}},
		{"person of place", `Senator Tim Scott of South Carolina said the Fed was right.`, []st{{"Tim Scott", Indirect, "the Fed was right", ""}}},
		{"unnamed org word", `The Government claims it is ready for talks.`, nil},
		{"according to, appositive with place", `According to Jane Roe, a professor at the University of California, Los Angeles, the tariffs will cost more.`, []st{{"Jane Roe", Indirect, "the tariffs will cost more", ""}}},
		{"according to, clause at once", `According to Jane Roe, prices will rise, not fall.`, []st{{"Jane Roe", Indirect, "prices will rise, not fall", ""}}},
		{"the club, named only as subject", `Chelsea have sacked their manager, the club said on Tuesday.`, []st{{"Chelsea", Indirect, "Chelsea have sacked their manager", ""}}},
		{"the company, not yet spoken", "NEW YORK (AP) — Dutch retailer Harbor Foods will close 40 stores.\nThe company said in a statement that workers would get severance pay.", []st{{"Harbor Foods", Indirect, "workers would get severance pay", ""}}},
		{"the company is no titled person", "Mayor Jane Roe will resign.\nThe company said the plan was sound.", nil},
		{"and wished ends the clause", `Jane Roe said she was grateful and wished him well.`, []st{{"Jane Roe", Indirect, "she was grateful", ""}}},
		{"name then kind of organisation", `The United Food and Commercial Workers union said it would fight the cuts.`, []st{{"United Food and Commercial Workers", Indirect, "it would fight the cuts", ""}}},
		{"possessive before kind of organisation", `Jane Roe arrived. Roe's party said it would win.`, nil},
		{"told investors, no that", `Jane Roe told investors the outlook was bright.`, []st{{"Jane Roe", Indirect, "the outlook was bright", ""}}},
		{"told his supporters, no that", `John Doe told his supporters the election had been stolen.`, []st{{"John Doe", Indirect, "the election had been stolen", ""}}},
		{"said on a day, no that", `Jane Roe said on Wednesday the plan would fail.`, []st{{"Jane Roe", Indirect, "the plan would fail", ""}}},
		{"said a day, no that", `Elon Musk said Tuesday the company would build a new plant.`, []st{{"Elon Musk", Indirect, "the company would build a new plant", ""}}},
		{"said on a day, no clause", `Jane Roe said on Wednesday night in Paris.`, nil},
		{"one-word org after an owner", "Regulators fined Volkswagen.\nGermany's Volkswagen said it would cut jobs.", []st{{"Volkswagen", Indirect, "it would cut jobs", ""}}},
		{"one-word org not the subject", "Regulators fined Volkswagen.\nEconomists at Volkswagen said prices would rise.", nil},
		{"one-word org with a relative clause", "Regulators fined Google on Monday.\nGoogle, which denies wrongdoing, said it would appeal.", []st{{"Google", Indirect, "it would appeal", ""}}},
		{"institution by its building", "The Pentagon said the strike was lawful. Pentagon spokesman Jon Weiss said troops would stay.\n\"We will not accept this,\" the Elysee said. The Bundesbank said rates would fall. The Government said it was ready. The Israelis said the talks had failed.",
			[]st{{"Pentagon", Indirect, "the strike was lawful", ""}, {"Jon Weiss", Indirect, "troops would stay", ""}, {"Elysee", Direct, "We will not accept this", ""}, {"Bundesbank", Indirect, "rates would fall", ""}}},
		{"leader by surname", "Mr Albanese said the deal was good. Macron told reporters Europe must rearm. The Kremlin said talks were over.",
			[]st{{"Anthony Albanese", Indirect, "the deal was good", ""}, {"Emmanuel Macron", Indirect, "Europe must rearm", ""}, {"Kremlin", Indirect, "talks were over", ""}}},
		{"an outlet's one-word alias yields to the article's person", "Pakistani cricketer Sana Mir spoke after the match. Sana said the team had played well.",
			[]st{{"Sana Mir", Indirect, "the team had played well", ""}}},
		{"titled surname is the article's person", "Labor leader Sarah Okafor spoke. Ms Okafor said the budget was a disgrace. Jane Carney, 41, a nurse, arrived. Carney said the ward was full.",
			[]st{{"Sarah Okafor", Indirect, "the budget was a disgrace", ""}, {"Jane Carney", Indirect, "the ward was full", ""}}},
		{"long organisation names", "The General Staff of the Armed Forces of Ruritania said its forces had repelled 40 attacks. The Ministry of Foreign Affairs of the People's Republic of Ruritania said the report was false. The Office of the Director of National Statistics said at least 40 firms had closed.",
			[]st{{"General Staff of the Armed Forces of Ruritania", Indirect, "its forces had repelled 40 attacks", ""}, {"Ministry of Foreign Affairs of the People's Republic of Ruritania", Indirect, "the report was false", ""}, {"Office of the Director of National Statistics", Indirect, "at least 40 firms had closed", ""}}},
		{"long organisation names after the verb", "\"We are ready,\" said the Ministry of Foreign Affairs of Ruritania. According to the Ministry of Health of Gaza, 40 people were killed.",
			[]st{{"Ministry of Foreign Affairs of Ruritania", Direct, "We are ready", ""}, {"Ministry of Health of Gaza", Indirect, "40 people were killed", ""}}},
		{"title of an organisation, then the person", "Speaker of the House Jon Weiss said the vote would be held Friday. Chairman of the Joint Chiefs of Staff Gen. Jane Roe said the strikes worked. The Chief of the General Staff, Ivan Petrov, said the offensive was going well. Bank of Ruritania Governor Mary Lane said rates would fall.",
			[]st{{"Jon Weiss", Indirect, "the vote would be held Friday", ""}, {"Jane Roe", Indirect, "the strikes worked", ""}, {"Ivan Petrov", Indirect, "the offensive was going well", ""}, {"Mary Lane", Indirect, "rates would fall", ""}}},
		{"UN delegations", "The Council met on Sudan. The representative of France said the Council must act. Speaking for the African Union, the Permanent Observer urged the parties to talk. Ecuador's delegate noted that the mission had succeeded.\nThe representative of Egypt, speaking on behalf of the Arab Group, said the occupation must end. The observer for the State of Palestine said that civilians were starving. The Permanent Observer said the vote was fair. The representative of Malta, Jon Weiss, said the text was weak. The speaker for the European Union said the bloc would give aid.",
			[]st{{"France", Indirect, "the Council must act", ""}, {"African Union", Indirect, "the parties to talk", ""}, {"Ecuador", Indirect, "the mission had succeeded", ""}, {"Egypt", Indirect, "the occupation must end", ""}, {"State of Palestine", Indirect, "civilians were starving", ""}, {"Jon Weiss", Indirect, "the text was weak", ""}, {"European Union", Indirect, "the bloc would give aid", ""}}},
		{"readouts are the organisation's statements", "Jane Roe and Jon Weiss agreed to resume talks, according to a readout released by the White House. The Kremlin readout said the call was frank. The Elysee said in a readout that the two leaders discussed Gaza. According to a Kremlin readout, Jon Weiss told Jane Roe that the West was to blame. Modi and Albanese discussed trade, according to a statement released by India's Ministry of External Affairs.",
			[]st{{"White House", Indirect, "Jane Roe and Jon Weiss agreed to resume talks", ""}, {"Kremlin", Indirect, "the call was frank", ""}, {"Elysee", Indirect, "the two leaders discussed Gaza", ""}, {"Jon Weiss", Indirect, "the West was to blame", ""}, {"Ministry of External Affairs", Indirect, "Modi and Albanese discussed trade", ""}}},
		{"reporting verbs, with and without that", "Jane Roe estimated 40,000 people had fled. Jon Weiss acknowledged that mistakes had been made.\n\"We made mistakes,\" Jane Roe conceded. The plan had failed, Jon Weiss insisted. Jane Roe warned lawmakers the deficit would grow. Jon Weiss expressed hope that the talks would succeed. Jane Roe revealed that she would run.",
			[]st{{"Jane Roe", Indirect, "40,000 people had fled", ""}, {"Jon Weiss", Indirect, "mistakes had been made", ""}, {"Jane Roe", Direct, "We made mistakes", ""}, {"Jon Weiss", Indirect, "The plan had failed", ""}, {"Jane Roe", Indirect, "the deficit would grow", ""}, {"Jon Weiss", Indirect, "the talks would succeed", ""}, {"Jane Roe", Indirect, "she would run", ""}}},
		{"action verbs and objects are narration", "Jane Roe vowed to continue the fight. Jon Weiss called for a ceasefire. Jane Roe accused Russia of war crimes. Jon Weiss denied that the army had fired. Jane Roe revealed a plan that was designed to cut costs. Jon Weiss suggested a deal that would be signed in May. Jane Roe expressed concern over reports that the army had fired. Jon Weiss warned the country would face a recession.",
			[]st{{"Jon Weiss", Indirect, "the country would face a recession", ""}}},
		{"first name alone after first mention", "Maria Lopez, a mother of two, lost her home.\n\"We had nothing,\" Maria said. \"Nothing at all,\" said Maria, a mother of two. Maria said the water came in minutes.\nAhmed, a 34-year-old taxi driver, said he had not been paid. \"We are tired,\" said Karim, a teacher in Cairo. Traders, who asked not to be named, said bets had doubled.",
			[]st{{"Maria Lopez", Direct, "We had nothing", ""}, {"Maria Lopez", Direct, "Nothing at all", ""}, {"Maria Lopez", Indirect, "the water came in minutes", ""}, {"Ahmed", Indirect, "he had not been paid", ""}, {"Karim", Direct, "We are tired", ""}}},
		{"German, French and British quotes", "Chancellor Jane Roe spoke in Berlin. „Wir sind bereit“, Roe told reporters. Jane Roe said: „Das ist ein schwarzer Tag.“\nJon Weiss said: « We are not ready. » «We will be», he added.\n'We will respond,' Jane Roe said. 'Nobody can stop us.' Jon Weiss said it was 'a disgrace'.",
			[]st{{"Jane Roe", Direct, "Wir sind bereit", ""}, {"Jane Roe", Direct, "Das ist ein schwarzer Tag.", ""}, {"Jon Weiss", Direct, "We are not ready.", ""}, {"Jon Weiss", Direct, "We will be", ""}, {"Jane Roe", Direct, "We will respond", ""}, {"Jane Roe", Direct, "Nobody can stop us.", ""}, {"Jon Weiss", Indirect, "it was 'a disgrace'", ""}}},
		{"page furniture is no statement", "By Jane Doe and John Roe\nSEOUL, Nov 29 (Reuters) - Jane Roe said the vote was fair.\nRead more: Jon Weiss says the vote was rigged.\nAdvertisement\nJon Weiss said the vote was rigged, in Paris on Nov. 29. (Reuters/Jane Doe)\nPHOTO: Jon Weiss said the vote was rigged. REUTERS/Jane Doe\n10:42 GMT - Jon Weiss says vote was rigged\nSubscribe to read what Jon Weiss said about the vote.\n(Reporting by Jon Weiss; Editing by Mark Potter)",
			[]st{{"Jane Roe", Indirect, "the vote was fair", ""}}},
		{"state bodies in lower case", "The Chinese foreign ministry said Beijing opposed the sale. Russia's defence ministry said its forces had taken the village. The Israeli military said it had struck 40 targets. Officials at the Ruritanian foreign ministry said nothing had changed. A readout from the Ruritanian foreign ministry said the call was frank.",
			[]st{{"Chinese Foreign Ministry", Indirect, "Beijing opposed the sale", ""}, {"Russia's Defence Ministry", Indirect, "its forces had taken the village", ""}, {"Israeli military", Indirect, "it had struck 40 targets", ""}, {"Ruritanian Foreign Ministry", Indirect, "the call was frank", ""}}},
		{"party as speaker", "The Liberal Democrats said they would vote against the bill. Democrats say the tariffs are a tax. The Greens said the plan was weak.",
			[]st{{"Liberal Democrats", Indirect, "they would vote against the bill", ""}, {"Greens", Indirect, "the plan was weak", ""}}},
		{"clause with a second predicate before the attribution", "China firmly opposed the sale and urged Washington to stop arming Taiwan, spokesperson Jane Roe said.",
			[]st{{"Jane Roe", Indirect, "China firmly opposed the sale and urged Washington to stop arming Taiwan", ""}}},
		{"but did not: the journalist's remark", "Russia's Defense Ministry said it had shot down 36 drones, but did not mention the airfield. The General Staff of Ukraine's Armed Forces said the strike damaged fuel depots.",
			[]st{{"Russia's Defense Ministry", Indirect, "it had shot down 36 drones", ""}, {"General Staff of Ukraine's Armed Forces", Indirect, "the strike damaged fuel depots", ""}}},
		{"one-word company opens the lead", "SAN FRANCISCO, April 16 (Reuters) - Nvidia said on Tuesday it would take a $5.5 billion charge.\nPolice said the office was closed. Analysts said the charge was large. Neither said more.\nWitnesses saw the police arrive.",
			[]st{{"Nvidia", Indirect, "it would take a $5.5 billion charge", ""}}},
		{"was quoted as saying", "Jane Roe spoke at a university.\n\"We will grow even faster,\" Roe was quoted as saying. She was quoted as saying that the army would \"never give up\" its weapons.",
			[]st{{"Jane Roe", Direct, "We will grow even faster", ""}, {"Jane Roe", Indirect, "the army would \"never give up\" its weapons", ""}}},
		{"it said after an organisation", "Ruritania's foreign ministry rejected the move. 'This is a reward for terror,' it said in a statement. China began drills in what it said was punishment.\nPoland's Operational Command said it had scrambled jets. \"All procedures are active,\" the command said.",
			[]st{{"Ruritania's Foreign Ministry", Direct, "This is a reward for terror", ""}, {"Operational Command", Indirect, "it had scrambled jets", ""}, {"Operational Command", Direct, "All procedures are active", ""}}},
		{"interviewer after an introduction", "The following is a transcript of an interview with Jane Roe.\nJOHN DOE: Welcome. Is the alliance ready?\nJANE ROE: We are ready.\nJOHN DOE: Thank you.",
			[]st{{"Jane Roe", Direct, "We are ready.", ""}}},
		{"clause ending in a partial quote with its comma", `The deal is "very close," Jane Roe said. "It is done," Jon Weiss said.`,
			[]st{{"Jane Roe", Indirect, `The deal is "very close,"`, ""}, {"Jon Weiss", Direct, "It is done", ""}}},
		{"the N-year-old", "Jane Roe spoke. \"We will stay here until they listen,\" the 45-year-old said.",
			[]st{{"Jane Roe", Direct, "We will stay here until they listen", ""}}},
		{"an unnamed spokesperson speaks for the body", "The Foreign Ministry and Acme Corp spoke. A spokesperson for the Foreign Ministry said talks would resume. A spokesman for Downing Street said the plan was fair. A Google spokeswoman said the fine would be appealed. Prices would rise, a spokesperson for Acme Corp said.",
			[]st{{"Foreign Ministry", Indirect, "talks would resume", ""}, {"Downing Street", Indirect, "the plan was fair", ""}, {"Google", Indirect, "the fine would be appealed", ""}, {"Acme Corp", Indirect, "Prices would rise", ""}}},
		{"a name after a preposition is no subject", "Jane Roe named a new prime minister. A source close to Jane Roe said she had hesitated. An aide to Roe said the choice was hard. A representative of Google said the case had no merit.",
			nil},
		{"nationality noun for the person", "Liverpool manager Jon Weiss praised his side. \"The players were outstanding,\" the Dutchman said. \"Nothing is won yet,\" said the Dutchman.",
			[]st{{"Jon Weiss", Direct, "The players were outstanding", ""}, {"Jon Weiss", Direct, "Nothing is won yet", ""}}},
		{"court titles and an and-joined commission", "Magistrate Jane Roe said the prosecution had proved its case. The Ethics and Anti-Corruption Commission welcomed the ruling, saying it sent a clear message.",
			[]st{{"Jane Roe", Indirect, "the prosecution had proved its case", ""}, {"Ethics and Anti-Corruption Commission", Indirect, "it sent a clear message", ""}}},
		{"the statement said, the report said", "The Foreign Ministry said the drills were illegal. \"We demand an immediate halt,\" the statement said.\nAmnesty International published a report on Tuesday. The report said 40 people had been killed.\nThe report said nothing new.",
			[]st{{"Foreign Ministry", Indirect, "the drills were illegal", ""}, {"Foreign Ministry", Direct, "We demand an immediate halt", ""}, {"Amnesty International", Indirect, "40 people had been killed", ""}}},
		{"a dash before the journalist's comment", "Jane Roe said she would step down — a decision that shocked her party. Jon Weiss said the plan — a bold one — would fail.",
			[]st{{"Jane Roe", Indirect, "she would step down", ""}, {"Jon Weiss", Indirect, "the plan — a bold one — would fail", ""}}},
		{"the group refers back to the organisation that spoke", "The Ruritanian Liberation Front said it had taken the city. In a statement, the paramilitary group said its fighters would protect civilians.",
			[]st{{"Ruritanian Liberation Front", Indirect, "it had taken the city", ""}, {"Ruritanian Liberation Front", Indirect, "its fighters would protect civilians", ""}}},
		{"an audience noun opening the clause", "Jane Roe said the nation mourned. Jon Weiss warned lawmakers the deficit would grow.",
			[]st{{"Jane Roe", Indirect, "the nation mourned", ""}, {"Jon Weiss", Indirect, "the deficit would grow", ""}}},
		{"Q and A interview", "Jane Roe, the foreign minister, spoke to Reuters in Geneva. Edited excerpts:\nQ: Will you run again?\nA: I have not decided.\nQ: Jon Weiss said the talks had failed. Do you agree?\nA: The talks have not failed.",
			[]st{{"Jane Roe", Direct, "I have not decided.", ""}, {"Jon Weiss", Indirect, "the talks had failed", ""}, {"Jane Roe", Direct, "The talks have not failed.", ""}}},
		{"Q and A with nobody named", "Q: Will you run again?\nA: I have not decided.\nQ: What about the polls?\nA: Polls are not elections.", nil},
		{"inverted attributions with titles and institutions", "\"We will respond,\" said Kremlin spokesman Jon Weiss. \"We will not,\" said the White House. \"Nor we,\" said the Pentagon in a statement. \"It is a dark day,\" said one resident, Jane Roe. \"It is,\" a nurse, Mary Major, told Reuters. \"It was,\" one resident told Reuters.",
			[]st{{"Jon Weiss", Direct, "We will respond", ""}, {"White House", Direct, "We will not", ""}, {"Pentagon", Direct, "Nor we", ""}, {"Jane Roe", Direct, "It is a dark day", ""}, {"Mary Major", Direct, "It is", ""}}},
		{"present tense in the reported clause", "Jane Roe said the situation remains tense. The company plans to cut jobs, Jon Weiss said. Jane Roe said China wants peace. Jon Weiss said the plans of the company.",
			[]st{{"Jane Roe", Indirect, "the situation remains tense", ""}, {"Jon Weiss", Indirect, "The company plans to cut jobs", ""}, {"Jane Roe", Indirect, "China wants peace", ""}}},
		{"according to a state body in lower case", "At least 40 people were killed, according to the Gaza health ministry. The Gaza health ministry said 12 were children.",
			[]st{{"Gaza Health Ministry", Indirect, "At least 40 people were killed", ""}, {"Gaza Health Ministry", Indirect, "12 were children", ""}}},
		{"statement carried by an outlet", "Jane Roe said in a statement carried by KCNA that Seoul would pay a price.",
			[]st{{"Jane Roe", Indirect, "Seoul would pay a price", "Korean Central News Agency"}}},
		{"colon datelines and flags are no speakers", "PARIS: Jon Weiss said the count would resume.\nBREAKING: Jane Roe said the vote was fair.\n\"We will win,\" Jane Roe said.",
			[]st{{"Jon Weiss", Indirect, "the count would resume", ""}, {"Jane Roe", Indirect, "the vote was fair", ""}, {"Jane Roe", Direct, "We will win", ""}}},
		{"infinitive in the clause before the attribution", "India and Pakistan have agreed to stop all firing, Foreign Secretary Jon Weiss announced on Saturday.",
			[]st{{"Jon Weiss", Indirect, "India and Pakistan have agreed to stop all firing", ""}}},
		{"one name described as an organisation", "Keidanren, the country's most powerful business lobby, urged the government to secure a deal. Tokyo, a city of 14 million, said nothing.",
			[]st{{"Keidanren", Indirect, "the government to secure a deal", ""}}},
		{"his office said, with a relative speech verb inside", "Jon Weiss vetoed parts of a bill that environmentalists said would gut the rules, his office said. Jane Roe spoke. Her office said she was resting.",
			[]st{{"Jon Weiss", Indirect, "Jon Weiss vetoed parts of a bill that environmentalists said would gut the rules", ""}, {"Jane Roe", Indirect, "she was resting", ""}}},
		{"a country's possessive before a state body", "Ukraine's military said it had shot down 40 drones. The Ukrainian air force said 12 missiles got through. Israel's government said it would respond.",
			[]st{{"Ukrainian military", Indirect, "it had shot down 40 drones", ""}, {"Ukrainian air force", Indirect, "12 missiles got through", ""}, {"Israeli government", Indirect, "it would respond", ""}}},
		{"cited as saying", "Jane Roe was cited by Interfax as saying that the talks had stalled. RIA Novosti quoted Jon Weiss as saying the talks would resume.",
			[]st{{"Jane Roe", Indirect, "the talks had stalled", "Interfax"}, {"Jon Weiss", Indirect, "the talks would resume", "RIA Novosti"}}},
		{"person of an organisation", "Jane Roe of Dignity in Dying said: \"Today parliament has listened.\" Jon Weiss of the University of Oxford said the study was sound. Members of the Board of Trade said the plan was weak.",
			[]st{{"Jane Roe", Direct, "Today parliament has listened.", ""}, {"Jon Weiss", Indirect, "the study was sound", ""}}},
		{"abbreviated titles without a stop", "\"It cannot prove cause and effect,\" said Prof Jane Roe, of King's College London. Gov Jon Weiss said the state would help.",
			[]st{{"Jane Roe", Direct, "It cannot prove cause and effect", ""}, {"Jon Weiss", Indirect, "the state would help", ""}}},
		{"colon ending the paragraph before the quote", "In a speech on Monday, Jane Roe said:\n\"We will win this war. Nobody can stop us.\"\nJon Weiss posted on X:\n'We will not.'",
			[]st{{"Jane Roe", Direct, "We will win this war. Nobody can stop us.", ""}, {"Jon Weiss", Direct, "We will not.", ""}}},
		{"noon briefing transcript", "The following is a near-verbatim transcript of today's noon briefing by Jon Weiss, Spokesman for the Secretary-General.\nSpokesman: Good afternoon. The Secretary-General is deeply concerned about Sudan.\nQuestion: Jon, has he spoken to General Burhan?\nSpokesman: Not today.",
			[]st{{"Jon Weiss", Direct, "Good afternoon. The Secretary-General is deeply concerned about Sudan.", ""}, {"Jon Weiss", Direct, "Not today.", ""}}},
		{"parliamentary record", "Jane Roe (North Essex) (Con): The Prime Minister promised growth. Where is it?\nThe Prime Minister (Jon Weiss): We have delivered growth.\nMary Major (Kingston) (LD): Will he meet me?",
			[]st{{"Jane Roe", Direct, "The Prime Minister promised growth. Where is it?", ""}, {"Jon Weiss", Direct, "We have delivered growth.", ""}, {"Mary Major", Direct, "Will he meet me?", ""}}},
		{"as X put it", "As Jane Roe put it, \"the army is ready.\" \"We are not,\" as Jon Weiss put it. Jane Roe put it bluntly: \"We will win.\" Jon Weiss put it on hold.",
			[]st{{"Jane Roe", Direct, "the army is ready.", ""}, {"Jon Weiss", Direct, "We are not", ""}, {"Jane Roe", Direct, "We will win.", ""}}},
		{"name suffix after a title-like surname; Taoiseach", "Martin Luther King Jr. said the dream lived on. Jon Weiss Sr said the march went on. Irish Taoiseach Jane Roe said the border must stay open.",
			[]st{{"Martin Luther King Jr", Indirect, "the dream lived on", ""}, {"Jon Weiss Sr", Indirect, "the march went on", ""}, {"Jane Roe", Indirect, "the border must stay open", ""}}},
		{"an agency acronym and a title; court titles", "NASA Administrator Jane Roe said the launch would slip. Senior Counsel Jon Weiss, for the petitioners, said the law was void. Principal State Counsel Mary Major told the court that the rules were lawful. Lady Justice Ann Poe said the case was closed.",
			[]st{{"Jane Roe", Indirect, "the launch would slip", ""}, {"Jon Weiss", Indirect, "the law was void", ""}, {"Mary Major", Indirect, "the rules were lawful", ""}, {"Ann Poe", Indirect, "the case was closed", ""}}},
		{"a lower-case title before a name, then the role", "Chief Minister Jon Weiss opened the fair. Party chief and Cabinet minister Jane Roe said the list was ready. \"It will have more women,\" the minister said. Ohio coach Mary Major said the team was tired. \"We will rest,\" the Ohio coach said.",
			[]st{{"Jane Roe", Indirect, "the list was ready", ""}, {"Jane Roe", Direct, "It will have more women", ""}, {"Mary Major", Indirect, "the team was tired", ""}, {"Mary Major", Direct, "We will rest", ""}}},
		{"a demonym opening an organisation whose name ends in a plural", "The Baltic Professional Leagues said it would investigate. Korean Air Lines said it was safe. The Danish Trade Unions said they would strike.",
			[]st{{"Baltic Professional Leagues", Indirect, "it would investigate", ""}, {"Korean Air Lines", Indirect, "it was safe", ""}, {"Danish Trade Unions", Indirect, "they would strike", ""}}},
		{"a company named with and without its legal suffix", "The regulator fined Baltic Grid Ltd on Monday. Baltic Grid, which runs the network, said it would appeal. Nordvolt said it had won. Nordvolt Group said it would hire.",
			[]st{{"Baltic Grid Ltd", Indirect, "it would appeal", ""}, {"Nordvolt Group", Indirect, "it had won", ""}, {"Nordvolt Group", Indirect, "it would hire", ""}}},
		{"an unnamed spokesperson's quotes are the body's", "A Ruritania Rail spokesperson said: \u2018The offer is fair. We will talk.\u2019 \"We regret the delay,\" a Baltic Grid spokesman said. A spokeswoman for the Finance Ministry said: \"Talks go on.\"",
			[]st{{"Ruritania Rail", Direct, "The offer is fair. We will talk.", ""}, {"Baltic Grid", Direct, "We regret the delay", ""}, {"Finance Ministry", Direct, "Talks go on.", ""}}},
		{"a quote before a long title of several parts", "\"The list is a failure,\" Leader of Opposition in the State Assembly and senior Liberal leader Jane Roe told reporters. \"We will win,\" Chair of the Board of Trustees Jon Weiss said.",
			[]st{{"Jane Roe", Direct, "The list is a failure", ""}, {"Jon Weiss", Direct, "We will win", ""}}},
		{"an organisation named with of, its acronym and a description", "The National Federation of Dockers (NFD), the country's biggest union, said it would strike. The Union of Baltic Cities, a network of ports, said the plan was fair.",
			[]st{{"National Federation of Dockers", Indirect, "it would strike", ""}, {"Union of Baltic Cities", Indirect, "the plan was fair", ""}}},
		{"one name after a lower-case description of an organisation", "The state weather bureau RUMET says the storm has weakened. Dutch chipmaker Nexperia said it had resumed deliveries. The regulator Ofwat said bills would rise.",
			[]st{{"RUMET", Indirect, "the storm has weakened", ""}, {"Nexperia", Indirect, "it had resumed deliveries", ""}, {"Ofwat", Indirect, "bills would rise", ""}}},
		{"a paragraph that is one quote after its speaker's paragraph", "Jon Weiss, who represents the growers, said the ruling was \"a relief\".\n\"We waited ten years. Now we can plant.\"\nMary Major has run the mill since 1980. \"It is home,\" said Major.\nMary cannot drive any more. The nearest town is Port Elgin.\n\"They say, 'Move away.' I can't.\"\nOfficials said the mill would close.\n\"Nobody asked us.\"",
			[]st{{"Jon Weiss", Indirect, "the ruling was \"a relief\"", ""}, {"Jon Weiss", Direct, "We waited ten years. Now we can plant.", ""}, {"Mary Major", Direct, "It is home", ""}, {"Mary Major", Direct, "They say, 'Move away.' I can't.", ""}}},
		{"declared with a verdict is no reported clause", "The Supreme Court declared unconstitutional rules that required voters to show ID. Jon Weiss declared the election was rigged. The tribunal declared invalid the contract the firm had signed.",
			[]st{{"Jon Weiss", Indirect, "the election was rigged", ""}}},
		{"told an audience with modifiers, then a clause without that", "Jon Weiss told a staff pension forum the public should get \"a fair deal\". Jane Roe told the annual farmers' rally the harvest was safe. Mary Major told the staff meeting nothing.",
			[]st{{"Jon Weiss", Indirect, "the public should get \"a fair deal\"", ""}, {"Jane Roe", Indirect, "the harvest was safe", ""}}},
		{"a while-contrast in the speaker's terms stays in the clause", "Jane Roe said they punish small farms, while they let the big ones off. Jon Weiss said the plan had failed, while the ceasefire held. Mary Major said prices rose, while she said wages fell.",
			[]st{{"Jane Roe", Indirect, "they punish small farms, while they let the big ones off", ""}, {"Jon Weiss", Indirect, "the plan had failed, while the ceasefire held", ""}, {"Mary Major", Indirect, "prices rose", ""}, {"Mary Major", Indirect, "wages fell", ""}}},
		{"a state body with two modifiers; a spokesperson of an of-named body with its acronym", "Ruritania's foreign affairs ministry has claimed that the drills were a rehearsal. The talks must end, a Ministry of National Defence (MND) spokesperson said, in a statement carried by the Baltic Times on Monday.",
			[]st{{"Ruritania's Foreign Affairs Ministry", Indirect, "the drills were a rehearsal", ""}, {"Ministry of National Defence", Indirect, "The talks must end", "Baltic Times"}}},
		{"an outlet quoted a role as saying, a quote before it and one after", "Foreign Minister Jon Weiss flew to Doha.\n\"We will not accept this,\" Baltic News Agency quoted the foreign minister as saying. \"The blockade must end.\"\n\"It is over,\" Baltic News Agency quoted Jane Roe as saying.",
			[]st{{"Jon Weiss", Direct, "We will not accept this", "Baltic News Agency"}, {"Jon Weiss", Direct, "The blockade must end.", "Baltic News Agency"}, {"Jane Roe", Direct, "It is over", "Baltic News Agency"}}},
		{"a pronoun after an unnamed spokesperson is the body's", "Jane Roe of Unite said the offer was an insult.\nA spokesperson from BA said that the scheme was in line with its peers.\nHe said: \"This lets us reward staff.\"\nJane Roe said the scheme was a scandal. She said she would fight.",
			[]st{{"Jane Roe", Indirect, "the offer was an insult", ""}, {"BA", Indirect, "the scheme was in line with its peers", ""}, {"BA", Direct, "This lets us reward staff.", ""}, {"Jane Roe", Indirect, "the scheme was a scandal", ""}, {"Jane Roe", Indirect, "she would fight", ""}}},
		{"an appositive whose closing comma is missing; a quote over two paragraphs", "Jane Roe, assistant general secretary of Unite said: \"The offer is an insult.\n\"We will ballot for strikes.\"\nJon Weiss, chief executive of the Baltic Grid said the network was safe. Mary Major, a friend of Jon Weiss said nothing.",
			[]st{{"Jane Roe", Direct, "The offer is an insult.", ""}, {"Jane Roe", Direct, "We will ballot for strikes.", ""}, {"Jon Weiss", Indirect, "the network was safe", ""}}},
		{"a role named in the next paragraph; a plain-form verb after they", "The border is an internal affair, its foreign minister says.\nForeign Minister Jon Weiss told reporters in Riga the talks were over.\nThe Clarion's director yesterday warned staff they risk losing their jobs.\nDirector Jane Roe spoke later.",
			[]st{{"Jon Weiss", Indirect, "The border is an internal affair", ""}, {"Jon Weiss", Indirect, "the talks were over", ""}, {"Jane Roe", Indirect, "they risk losing their jobs", ""}}},
		{"according to a person, a role appositive, then the clause", "According to Jane Roe, the head of the agency, the budget will be cut. According to Jon Weiss, the budget, which was passed in May, is safe.",
			[]st{{"Jane Roe", Indirect, "the budget will be cut", ""}, {"Jon Weiss", Indirect, "the budget, which was passed in May, is safe", ""}}},
		{"a wire slug fused to the name that opens the lead", "EXCLUSIVE-Jane Roe said the deal was dead.\nUPDATE 2-Jon Weiss said the talks would resume.\nNATO-Baltic Council said the drills were over.",
			[]st{{"Jane Roe", Indirect, "the deal was dead", ""}, {"Jon Weiss", Indirect, "the talks would resume", ""}, {"NATO-Baltic Council", Indirect, "the drills were over", ""}}},
		{"commas around that", "Jane Roe said that, if the talks failed, the army would act. Jon Weiss said, however, that the talks had failed.",
			[]st{{"Jane Roe", Indirect, "if the talks failed, the army would act", ""}, {"Jon Weiss", Indirect, "the talks had failed", ""}}},
		{"place labels in a round-up are datelines", "KYIV: Jon Weiss said the count would resume.\nMOSCOW: Jane Roe said the vote was fair.",
			[]st{{"Jon Weiss", Indirect, "the count would resume", ""}, {"Jane Roe", Indirect, "the vote was fair", ""}}},
		{"a job before a name at a sentence start", "Nurse Jane Carney, 41, said the ward was full. Cricketer Jon Weiss said the team had played well. The Student Loans Company said repayments would rise.",
			[]st{{"Jane Carney", Indirect, "the ward was full", ""}, {"Jon Weiss", Indirect, "the team had played well", ""}, {"Student Loans Company", Indirect, "repayments would rise", ""}}},
		{"bulleted paragraphs", "Key points:\n• Jane Roe said the talks had failed.\n* \"We will win,\" Jon Weiss said.",
			[]st{{"Jane Roe", Indirect, "the talks had failed", ""}, {"Jon Weiss", Direct, "We will win", ""}}},
		{"a newspaper named after the; a country with a plural name", "Jane Roe said the talks had failed, The Clarion reported. The Clarion reported that Jon Weiss would resign. The Philippines said ships had rammed its boat.",
			[]st{{"Jane Roe", Indirect, "the talks had failed", "Clarion"}, {"Philippines", Indirect, "ships had rammed its boat", ""}}},
		{"said late on a day", "Jane Roe said late on Tuesday that the talks had failed. Jon Weiss said late Tuesday the army would stay.",
			[]st{{"Jane Roe", Indirect, "the talks had failed", ""}, {"Jon Weiss", Indirect, "the army would stay", ""}}},
		{"clause then said name", `The uncertainty matters as much as the rates, said Jane Roe, a former judge who now teaches law.`, []st{{"Jane Roe", Indirect, "The uncertainty matters as much as the rates", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Text: tc.text}, tc.want)
		})
	}
}

// wantStmt is an expected statement: speaker, kind, text and via.
type wantStmt struct{ speaker, kind, text, via string }

// checkFind extracts the statements of a and compares them, in order, with
// want.
func checkFind(t *testing.T, a Article, want []wantStmt) {
	t.Helper()
	got := newTestExtractor(t).find(a)
	var g []wantStmt
	for _, s := range got {
		g = append(g, wantStmt{s.Speaker, s.Kind, s.Text, s.Via})
	}
	if len(g) != len(want) {
		t.Fatalf("Extract(%q) = %q; want %q", a.Text, g, want)
	}
	for i := range g {
		if g[i] != want[i] {
			t.Errorf("Extract(%q)[%d] = %q; want %q", a.Text, i, g[i], want[i])
		}
	}
}

// TestAttributionShapes checks further news shapes, each a general rule:
// transcripts, press-release quote blocks, names that are never speakers.
func TestAttributionShapes(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, title, text string
		want              []st
	}{
		{"a title-case headline's verb ends a name: the breadcrumb's 'Jane Roe Says Budapest' names Jane Roe", "",
			"- Home\n- Trade Minister Lena Varga Says Budapest, Vienna Near Deal on Rail Tar ..\nBudapest and Vienna are close to a deal on rail tariffs, Trade Minister Lena Varga said.\n\"We need one more round,\" the minister said.",
			[]st{{"Lena Varga", Indirect, "Budapest and Vienna are close to a deal on rail tariffs", ""}, {"Lena Varga", Direct, "We need one more round", ""}}},
		{"a venue, a region or a place named as held by someone is no person a later 'he said' stands for", "",
			"Mayor Jon Weiss opened the fair on Sunday.\n\nVisitors queued at the Eastfield Town Hall gates. South Asia, from Nepal to Sri Lanka, had its wettest July on record. The storm hit Rebel-held Idlib too.\n\n\"We have never seen crowds like this,\" he said.",
			[]st{{"Jon Weiss", Direct, "We have never seen crowds like this", ""}}},
		{"the initials of a title in lower case before a name ('the CRO said') are that person", "",
			"The count ended on Monday, chief returning officer Jane Roe told reporters.\n\nThe CRO said she had received no complaints about the count.",
			[]st{{"Jane Roe", Indirect, "The count ended on Monday", ""}, {"Jane Roe", Indirect, "she had received no complaints about the count", ""}}},
		{"a page's section heads ('Details:') are no speakers' labels", "",
			"Foreign Minister Lena Varga met her counterparts in Oslo.\n\nDetails: The ministers met for three hours on Monday.\n\nQuote from Varga: \"We agreed on the next steps.\"\n\nDetails: She said the talks would resume in June.\n\nQuote from Varga: \"Nothing is settled yet.\"\n\nDetails: Varga added that the next round would be held in Rome.",
			[]st{{"Lena Varga", Direct, "We agreed on the next steps.", ""}, {"Lena Varga", Indirect, "the talks would resume in June", ""}, {"Lena Varga", Direct, "Nothing is settled yet.", ""}, {"Lena Varga", Indirect, "the next round would be held in Rome", ""}}},
		{"a claim sourced to a body's figures ('according to Harbour Board data') is no statement; one sourced to the body is", "",
			"Cargo volumes fell by a fifth in May, according to Harbour Board data. The port will hire 40 pilots, according to the Harbour Board. Freight rates rose 3 percent, according to the latest Baltic Exchange survey.",
			[]st{{"Harbour Board", Indirect, "The port will hire 40 pilots", ""}}},
		{"a speech verb's object joined by 'and' to the speaker's next act ('conceded defeat and congratulated her rival') is no clause", "",
			"Jane Roe conceded defeat and congratulated her rival on the win. Jon Weiss said the firm would keep its share, although he noted strong competition and named Acme Corp as its main rival. She said exports and imports rose in May.",
			[]st{{"Jon Weiss", Indirect, "the firm would keep its share", ""}, {"Jane Roe", Indirect, "exports and imports rose in May", ""}}},
		{"a wire's credit after a quote (' - Reuters') signs nothing; a page's date field ('date 2021-02-24') opens no clause", "",
			" date 2021-02-24 The plan's costs were understated, shadow minister Jon Weiss said on Wednesday.\n\n date 2021-02-25 \"The storm grew fast,\" Jane Roe said in a statement.\n\nTom Grey, her lawyer, said the ruling was flawed.\n\n\"This is an extraordinary situation.\" - Reuters",
			[]st{{"Jon Weiss", Indirect, "The plan's costs were understated", ""}, {"Jane Roe", Direct, "The storm grew fast", ""}, {"Tom Grey", Indirect, "the ruling was flawed", ""}}},
		{"a woman's or a man's given name tells the gender a later pronoun must fit ('Mary Poole' is no 'he')", "",
			"Tom Grey stood before the judge.\n\n\"Excuse me,\" said the prosecutor, Mary Poole, who said the man must serve 20 more years.\n\n\"I have a son,\" he sobbed.",
			[]st{{"Mary Poole", Direct, "Excuse me", ""}, {"Mary Poole", Indirect, "the man must serve 20 more years", ""}, {"Tom Grey", Direct, "I have a son", ""}}},
		{"a pronoun that skips a subject of the other gender is the person the sentence named after it ('Helen Tuck met Okon Ubi. He said' is Ubi's); a subject of unknown gender stays the antecedent", "",
			"Helen Tuck, the trade minister, met Okon Ubi, the port's chief, in Lagos on Monday.\n\n\"The talks went well,\" he said. \"We expect a deal.\"\n\nDele Ubah met Noor Sami in Abuja.\n\n\"It was useful,\" she said.",
			[]st{{"Okon Ubi", Direct, "The talks went well", ""}, {"Okon Ubi", Direct, "We expect a deal.", ""}, {"Dele Ubah", Direct, "It was useful", ""}}},
		{"an unnamed spokesperson of a named body speaks for it: 'told reporters:' before a quote, a plural's apostrophe in the name, 'a company spokesman' for the firm a sentence opened with", "",
			"A Harbour Pilots' Guild spokesman said the strike would go on.\n\nA Delta Freight spokeswoman told journalists: \"We are ready to talk.\"\n\nBlue Ridge Foods Ltd was due to report results this week.\n\n\"Sales held up,\" a company spokesman said.",
			[]st{{"Harbour Pilots' Guild", Indirect, "the strike would go on", ""}, {"Delta Freight", Direct, "We are ready to talk.", ""}, {"Blue Ridge Foods Ltd", Direct, "Sales held up", ""}}},
		{"'According to X, CLAUSE' opening a sentence gives one unknown capitalised word the claim; so does a statement posted by X on its website", "",
			"According to Velmora, the mine would reopen in May.\n\nAccording to a statement posted by Tarsis on its website, the bridge was safe.",
			[]st{{"Velmora", Indirect, "the mine would reopen in May", ""}, {"Tarsis", Indirect, "the bridge was safe", ""}}},
		{"a transcript labelled in capitals reads the turns labelled in mixed case too: an answer ends before the next question", "",
			"Lena Varga spoke to Radio North about the strike.\n\nRadio North: Will the strike end soon?\n\nVARGA: We have made our offer.\n\nRadio North: Is it final?\n\nVARGA: It is final.",
			[]st{{"Lena Varga", Direct, "We have made our offer.", ""}, {"Lena Varga", Direct, "It is final.", ""}}},
		{"an interviewer's label in capitals between mixed-case answers ('FT:' then 'Weiss:') makes the answers turns", "",
			"Jon Weiss spoke to the FT.\n\nFT: Are you worried?\n\nWeiss: Not at all.\n\nFT: Why not?\n\nWeiss: The books are sound.",
			[]st{{"Jon Weiss", Direct, "Not at all.", ""}, {"Jon Weiss", Direct, "The books are sound.", ""}}},
		{"a body's name holding any plural's apostrophe is whole after 'for the' or 'According to the' ('Harbour Pilots' Guild', not 'Guild')", "",
			"A spokesman for the Dock Pilots' Guild said the port was closed.\n\nAccording to the Dock Pilots' Guild, the strike would go on.",
			[]st{{"Dock Pilots' Guild", Indirect, "the port was closed", ""}, {"Dock Pilots' Guild", Indirect, "the strike would go on", ""}}},
		{"a Slavic surname's feminine ending shows a woman ('Zora Ivanova met Tim Hale. He said' is Hale's)", "",
			"Zora Ivanova met Tim Hale in Accra.\n\nHe said the border would reopen.",
			[]st{{"Tim Hale", Indirect, "the border would reopen", ""}}},
		{"'she said' after an unnamed woman is described is hers, not a person of unknown gender named before a man", "",
			"Dana Lisk, a council member, visited the site. Rescue chief Mark Cole said 40 people were saved.\n\nOne elderly woman was pulled from the rubble. \"My son is still there,\" she said.",
			[]st{{"Mark Cole", Indirect, "40 people were saved", ""}}},
		{"a second speech verb after 'and' shares the first one's subject, never a name inside the clause the first reported", "",
			"Karl Dahl said the Rovers lost the series in their heads. Dahl said the West Indies were better in Bristol and admitted the visitors were outplayed in Leeds.\n\nThe left-hander said the West Indies were better in Bristol and admitted the hosts were lucky.",
			[]st{{"Karl Dahl", Indirect, "the Rovers lost the series in their heads", ""}, {"Karl Dahl", Indirect, "the West Indies were better in Bristol", ""}, {"Karl Dahl", Indirect, "the visitors were outplayed in Leeds", ""}}},
		{"a country's spokesperson is not the last person named unless the article described them so", "",
			"The White House said the shipment broke UN rules, although Wagner owner Jon Weiss denied the claim.\n\nThe Norwegian spokesperson said: \"We have never sold arms.\"\n\nNorwegian Foreign Ministry Spokesman, Lena Varga, said the talks would resume. The Norwegian spokesman also said the border was calm.",
			[]st{{"White House", Indirect, "the shipment broke UN rules", ""}, {"Lena Varga", Indirect, "the talks would resume", ""}, {"Lena Varga", Indirect, "the border was calm", ""}}},
		{"a place in capitals and a bracket with the wire and a year, no dash ('OSLO (Nordic Wire / NTB - 04th March, 2024) '), is a dateline", "",
			"OSLO (Nordic Wire / NTB - 04th March, 2024) Oslo and Stockholm are close to a rail deal, Trade Minister Lena Varga said.",
			[]st{{"Lena Varga", Indirect, "Oslo and Stockholm are close to a rail deal", ""}}},
		{"a reporter named as the audience of 'told OUTLET's' is no antecedent of a later role", "",
			"Firefighters were called to the homes, officials told WXYZ-TV's Dana Moss.\n\nAll 13 occupants made it out unharmed, the fire chief told WXYZ.\n\nActing fire chief Rob Hale said, \"We could not get in.\"",
			[]st{{"Rob Hale", Indirect, "All 13 occupants made it out unharmed", ""}, {"Rob Hale", Direct, "We could not get in.", ""}}},
		{"the object of a first verb is not the subject of a speech verb after 'and' ('slammed the Harbour Plan and said')", "",
			"The opposition slammed the Harbour Plan on Monday and said the costs were hidden. Jon Weiss praised the crews and said the port was safe.",
			[]st{{"Jon Weiss", Indirect, "the port was safe", ""}}},
		{"a clause after a glossing participle (', noting that') is no statement; a quote after it and ', adding that' are", "",
			"Harbour chief Lena Moss said the cranes would restart on Friday, noting that two ships had already left. She said the berths were full, adding that a third ship was waiting. Moss praised the crews, noting, \"They never stopped.\"",
			[]st{{"Lena Moss", Indirect, "the cranes would restart on Friday", ""}, {"Lena Moss", Indirect, "the berths were full", ""}, {"Lena Moss", Indirect, "a third ship was waiting", ""}, {"Lena Moss", Direct, "They never stopped.", ""}}},
		{"the full stop of an abbreviated assistant's title (Asst.) ends no sentence", "",
			"\"The door was forced open,\" Asst. Chief Jane Roe told reporters. \"Nobody was home,\" said Asst. Commissioner Karl Dahl.",
			[]st{{"Jane Roe", Direct, "The door was forced open", ""}, {"Karl Dahl", Direct, "Nobody was home", ""}}},
		{"an attribution set off by commas mid-sentence after a fronted phrase reports the clause after it", "",
			"The port authority chief, Mara Lind, said cargo fell in March. Even so, she told the harbour board, the port would hire more staff. Along with the new cranes and a second berth, Lind said, traffic should double by 2030. The berth, she said, is ready. If the dredging ends on time, she added, the first ships can dock in May.",
			[]st{{"Mara Lind", Indirect, "cargo fell in March", ""}, {"Mara Lind", Indirect, "the port would hire more staff", ""}, {"Mara Lind", Indirect, "traffic should double by 2030", ""}, {"Mara Lind", Indirect, "is ready", ""}, {"Mara Lind", Indirect, "the first ships can dock in May", ""}}},
		{"a pronoun subject, a first predicate and ', and said': the person named, not an unnamed speaker since", "",
			"Mayor Ines Falk opened the new bridge on Friday. She thanked the engineers, and said traffic would ease by winter.\n\"It is lovely,\" another woman said. She wept, and said the old bridge had been a death trap.",
			[]st{{"Ines Falk", Indirect, "traffic would ease by winter", ""}}},
		{"'The Ministry says' capitalised; a participle inside a reported clause; a document named by its issuer; 'the party added'", "",
			"Health Minister Dr Ana Lupe says 900 people were vaccinated.\nThe Agriculture Ministry has also confirmed the three-year-old confirmed case from Nadi has recovered.\nIt also highlighted that a teacher at the school is a suspected case.\nThe Ministry says the clinic will stay open.\n\"We were cheated,\" the NFP tweet said.\nThe party added that the count was flawed.",
			[]st{{"Ana Lupe", Indirect, "900 people were vaccinated", ""}, {"Agriculture Ministry", Indirect, "the three-year-old confirmed case from Nadi has recovered", ""}, {"Agriculture Ministry", Indirect, "a teacher at the school is a suspected case", ""}, {"Agriculture Ministry", Indirect, "the clinic will stay open", ""}, {"NFP", Direct, "We were cheated", ""}, {"NFP", Indirect, "the count was flawed", ""}}},
		{"'CLAUSE, X urged.' closing the sentence; the owner of the home an event happened at speaks next", "",
			"Envoy Lara Quist met the rebels on Sunday. Both sides must keep the corridor open for the convoys, Quist urged. Armed guards should go with the trucks, she urged the council.\nThe crash happened in Tobias Wren's yard.\n\"I heard the brakes and ran outside,\" he recalled.",
			[]st{{"Lara Quist", Indirect, "Both sides must keep the corridor open for the convoys", ""}, {"Tobias Wren", Direct, "I heard the brakes and ran outside", ""}}},
		{"'CLAUSE, OUTLET quoted NAME, APPOSITIVE, as saying after ...'; 'confirmed her readiness to' is an act named, no clause", "",
			"Governor Ada Brink has confirmed her readiness to visit the islands, the Harbour News agency quoted Mira Olsen, the head of the port board, as saying after she met the crews on Friday.",
			[]st{{"Mira Olsen", Indirect, "Governor Ada Brink has confirmed her readiness to visit the islands", ""}}},
		{"an appositive of membership without its closing comma; unnamed members of a body; a participle's object is no inverted speaker; a relative clause missing its opening comma", "",
			"Dr. Hana Voss, a member of the Audit Board said the ledgers did not match the receipts.\nThe members of the Farmers Union rejected the count, saying the totals read by the clerk, Prof. Ivo Stam, were wrong.\nProf. Stam who read the totals in the hall, said the count was final.",
			[]st{{"Hana Voss", Indirect, "the ledgers did not match the receipts", ""}, {"Ivo Stam", Indirect, "the count was final", ""}}},
		{"'X hit back saying': a participle without its comma after the subject's own act; 'told his crew he ...': any possessed audience", "",
			"Tomas Berg, the ferry captain, was rescued on Monday. Berg hit back saying the rumours were false. According to the weekly Harbour Herald, Berg had told his crew he expected the storm.",
			[]st{{"Tomas Berg", Indirect, "the rumours were false", ""}, {"Tomas Berg", Indirect, "he expected the storm", "Harbour Herald"}}},
		{"a subject cut off by the attribution reports its predicate; 'said in her view ...'; 'said van Dijk' with a particle", "",
			"Mayor Ida Brandt toured the district with engineer Pieter van Dijk. The flood barriers, she said on Monday, were built too low.\nAlthough the pumps failed, Brandt said in her view the levee would hold.\n\"We will rebuild,\" said van Dijk.",
			[]st{{"Ida Brandt", Indirect, "were built too low", ""}, {"Ida Brandt", Indirect, "in her view the levee would hold", ""}, {"Pieter van Dijk", Direct, "We will rebuild", ""}}},
		{"'issued a statement saying': the issuer speaks; not a letter the subject only received", "",
			"Harrow Rail issued a statement on Sunday saying services would resume by noon.\nMayor Ola Brandt posted a message on X saying the station was safe.\nOla Brandt received a letter saying the line would close.",
			[]st{{"Harrow Rail", Indirect, "services would resume by noon", ""}, {"Ola Brandt", Indirect, "the station was safe", ""}}},
		{"'said the island's Gov. NAME' inverted after a lower-case possessive; 'interrupted' attributes a quote", "",
			"Gov. Rosa Lind toured Tarn on Friday. Two bridges collapsed on Tarn, said the island's Gov. Rosa Lind.\n\"Objection,\" interrupted the defence lawyer, Tom Vale.",
			[]st{{"Rosa Lind", Indirect, "Two bridges collapsed on Tarn", ""}, {"Tom Vale", Direct, "Objection", ""}}},
		{"an outlet's description set off by commas before its name ends the cited clause; 'quoted the Interior Ministry as saying'", "",
			"Mayor Ana Vik spoke. The dam is safe, another news agency, Interfax, reported, citing Vik.\nThe shelters were full, the Harbour Times quoted the Interior Ministry as saying.",
			[]st{{"Ana Vik", Indirect, "The dam is safe", "Interfax"}, {"Interior Ministry", Indirect, "The shelters were full", ""}}},
		{"an office with its portfolio before the holder's name; 'said here'; a later 'the secretary', 'the fisheries secretary'", "",
			"The Secretary for Trade and Fisheries, Anna Kovac, said here on Tuesday that exports would grow.\nShe spoke to reporters during a visit to the Harbour Business Club.\nThe secretary said the quota would stay.\nIn reply to a question, the fisheries secretary said the fleet was too old.",
			[]st{{"Anna Kovac", Indirect, "exports would grow", ""}, {"Anna Kovac", Indirect, "the quota would stay", ""}, {"Anna Kovac", Indirect, "the fleet was too old", ""}}},
		{"a dateline label on a lead the page prints twice is no speaker", "",
			"ROME: Four people were hurt when a bus overturned near the port on Monday, a police spokeswoman said...\nBy\nWire\nROME: Four people were hurt when a bus overturned near the port on Monday, a police spokeswoman said on Tuesday.\n\"The driver lost control on the bend,\" police spokeswoman Anna Conti said.",
			[]st{{"Anna Conti", Direct, "The driver lost control on the bend", ""}}},
		{"transcript label completed from the title", "Briefing by Press Secretary Jane Roe and Envoy Jon Weiss",
			"MS. ROE: Good afternoon. The envoy is here.\nENVOY WEISS: Thank you, Jane. We are ready.\nWe expect our allies to pay their share.\nQ Jon Weiss said last week that the talks had failed. Is that so?\nENVOY WEISS: No.\nMS. ROE: Go ahead.\nLater, the envoy left for Paris.",
			[]st{{"Jane Roe", Direct, "Good afternoon. The envoy is here.", ""}, {"Jon Weiss", Direct, "Thank you, Jane. We are ready.\nWe expect our allies to pay their share.", ""}, {"Jon Weiss", Direct, "No.", ""}, {"Jane Roe", Direct, "Go ahead.", ""}}},
		{"transcript label completed from a header line", "Ministry of Energy press conference",
			"Mary Lane, Deputy Minister of Energy\nRiga, 3 March\nMS. LANE: Welcome. Prices will fall this winter.\nQ: Will the plant reopen?\nMS. LANE: Not this year.",
			[]st{{"Mary Lane", Direct, "Welcome. Prices will fall this winter.", ""}, {"Mary Lane", Direct, "Not this year.", ""}}},
		{"transcript label by role", "Remarks by President Jon Weiss and Prime Minister Jane Roe",
			"THE PRESIDENT: Thank you. It is an honour.\nPRIME MINISTER ROE: Thank you, Mr. President.\nQ: Mr. President, will you lift the tariffs?\nTHE PRESIDENT: No.",
			[]st{{"Jon Weiss", Direct, "Thank you. It is an honour.", ""}, {"Jane Roe", Direct, "Thank you, Mr. President.", ""}, {"Jon Weiss", Direct, "No.", ""}}},
		{"mixed-case transcript labels", "Press conference by the UN Secretary-General",
			"The Chair (Jane Roe): We begin.\nJon Weiss (Northfield) (Lab): The plan has failed.\nSecretary-General: Good morning. The world is on fire.\nQuestion: Will you go? The minister said you would.\nThe Chair: Order.\nSecretary-General: I hope so.\nSpokesperson: Last question.",
			[]st{{"Jane Roe", Direct, "We begin.", ""}, {"Jon Weiss", Direct, "The plan has failed.", ""}, {"António Guterres", Direct, "Good morning. The world is on fire.", ""}, {"Jane Roe", Direct, "Order.", ""}, {"António Guterres", Direct, "I hope so.", ""}}},
		{"a title's initials name the person titled so", "",
			"Health Cabinet Secretary Mary Wanjiru has promised more nurses for rural clinics.\nThe CS said the plan would start in March after talks with county leaders.",
			[]st{{"Mary Wanjiru", Indirect, "more nurses for rural clinics", ""}, {"Mary Wanjiru", Indirect, "the plan would start in March after talks with county leaders", ""}}},
		{"a photo credit run into the dateline; a name in the subject's participle phrase", "",
			"Courtesy Lena Marsh(BRIDGEVILLE, Del.) — The sheriff leading the search for escaped inmate Carl Dorsey had a message for him on Tuesday, telling him, “We will find you.”\nSheriff Tom Avery said deputies had found a campsite.\nCourtesy Ivan Petrov (LAKEWOOD, Colo.) — Mary Lane said the roads were closed.",
			[]st{{"Tom Avery", Indirect, "deputies had found a campsite", ""}, {"Mary Lane", Indirect, "the roads were closed", ""}}},
		{"a long name after 'President of COUNTRY'", "",
			"President of Sierra Leone Pedro Alvar Ruiz Montes said claims of foreign meddling are \"baseless\".\nPrime Minister of Kenya Anna Wairimu Vel said the talks were useful.",
			[]st{{"Pedro Alvar Ruiz Montes", Indirect, "claims of foreign meddling are \"baseless\"", ""}, {"Anna Wairimu Vel", Indirect, "the talks were useful", ""}}},
		{"an acronym after the name without its brackets", "",
			"The army denied that the Northern Liberation Front NLF had seized the port city.\nThe NLF announced on Friday that it had \"fully taken control of the port\" in the north.\nThe Northern Liberation Front NLF said the city was calm.",
			[]st{{"Northern Liberation Front", Indirect, "it had \"fully taken control of the port\" in the north", ""}, {"Northern Liberation Front", Indirect, "the city was calm", ""}}},
		{"a noun phrase after confirmed/reiterated/announced is an act named, not a clause", "",
			"Police spokesman Tom Grey confirmed the detention of two men, 40, in a statement made available to reporters on Friday.\nThe spokesman reiterated the mayor’s plea to law-abiding residents of the town to join hands with the police in the fight against theft.\nThe Borduria Police Service has confirmed the detention of nine persons suspected to be members of a smuggling ring.\nGrey confirmed the leader of the gang was still at large.",
			[]st{{"Tom Grey", Indirect, "the leader of the gang was still at large", ""}}},
		{"an epithet or lower-case modifiers between a quote and its speaker's name", "",
			"The dam burst late on Sunday.\n\"We have lost everything we built,\" a weary Tom Grey told reporters.\n\"The water will rise again tonight,\" county fire Marshal Ana Holm said on Monday.",
			[]st{{"Tom Grey", Direct, "We have lost everything we built", ""}, {"Ana Holm", Direct, "The water will rise again tonight", ""}}},
		{"said BODY of NAME title NAME: the person, not the body", "",
			"The bridge was closed on Friday.\n\"We are checking every pillar,\" said Borduria Department of Public Works spokeswoman Ana Holm.",
			[]st{{"Ana Holm", Direct, "We are checking every pillar", ""}}},
		{"a narrated clause, then ', however, and X said': X alone", "",
			"The strike began at dawn.\nThe talks continued, however, and Ana Holm said they could last all night.",
			[]st{{"Ana Holm", Indirect, "they could last all night", ""}}},
		{"a person of a place with its kind or region: the person", "",
			"The floods spread on Monday.\nMayor Tom Grey of Lakeside county in the northern Borduria said 12 houses had been swept away.\nGov. Ana Holm of Riva province said the roads were closed.",
			[]st{{"Tom Grey", Indirect, "12 houses had been swept away", ""}, {"Ana Holm", Indirect, "the roads were closed", ""}}},
		{"a passive speech verb inside 'CLAUSE, X said' names no speaker", "",
			"Fire swept through a market on Sunday.\nTom Grey said the stalls were insured. No injuries were reported in the blaze, he said.\nTwo more fires have been confirmed in the east, fire chief Ana Holm said.",
			[]st{{"Tom Grey", Indirect, "the stalls were insured", ""}, {"Tom Grey", Indirect, "No injuries were reported in the blaze", ""}, {"Ana Holm", Indirect, "Two more fires have been confirmed in the east", ""}}},
		{"said NAME about ...: the person, then what the words were about", "",
			"Captain Ana Holm led the side to a draw in Riga.\n“It was the bowling; nothing else went wrong,” said Holm about which part of the game let them down.",
			[]st{{"Ana Holm", Direct, "It was the bowling; nothing else went wrong", ""}}},
		{"'Asked ..., he said': the one questioned spoke before, not the man talked about since", "",
			"Tom Grey, a driver, was detained in Lakeside, inspector Jon Weiss told reporters.\n\"We will question him again,\" Weiss said.\nGrey, who moved to the city last year, worked nights. He had no record.\nAsked whether anyone else was involved, he said the police were still checking phone records.",
			[]st{{"Jon Weiss", Indirect, "Tom Grey, a driver, was detained in Lakeside", ""}, {"Jon Weiss", Direct, "We will question him again", ""}, {"Jon Weiss", Indirect, "the police were still checking phone records", ""}}},
		{"'Local media said' opening a sentence: unnamed outlets are nobody", "",
			"Protests spread to the coast on Friday.\nRegional newspapers said two people were hurt in Riva. Local media reported that the port was shut.\nMayor Ana Holm said the port would reopen on Monday.",
			[]st{{"Ana Holm", Indirect, "the port would reopen on Monday", ""}}},
		{"NAME who ... said without commas: the name opening the sentence", "",
			"Envoy Ana Holm met the rebels in Riva on Tuesday.\nHolm who is in the region to press for a truce said both sides had agreed to talks.\nTom Grey who said nothing left early.",
			[]st{{"Ana Holm", Indirect, "both sides had agreed to talks", ""}}},
		{"'the Kenyan minister' is the Kenyan with a longer minister's title, not a later minister", "",
			"Talks were held in Nairobi on Thursday, Kenyan Foreign Minister Ana Holm said.\nNigerian Foreign Minister Tom Grey and Defence Minister Jon Weiss attended the talks with their hosts.\n\"We covered many issues,\" the Kenyan minister said on X.",
			[]st{{"Ana Holm", Indirect, "Talks were held in Nairobi on Thursday", ""}, {"Ana Holm", Direct, "We covered many issues", ""}}},
		{"a role as the subject, not a name in its clause", "",
			"Foreign Minister Ivan Petrov met his counterpart in Paris on Monday.\nThe minister firmly rejected any plans for new tolls, which were promoted by the Jon Weiss administration, declaring, “Such plans are a red line.”",
			[]st{{"Ivan Petrov", Direct, "Such plans are a red line.", ""}}},
		{"CLAUSE, X revealed, adding that: X adds, not the clause's subject", "",
			"National security adviser Jon Weiss said on Monday the talks would go on.\nMayor Lane intends to start by engaging partners in Oslo and Riga, Weiss revealed, adding that “there have been quiet contacts through mediators in recent weeks.”",
			[]st{{"Jon Weiss", Indirect, "the talks would go on", ""}, {"Jon Weiss", Indirect, "Mayor Lane intends to start by engaging partners in Oslo and Riga", ""}, {"Jon Weiss", Indirect, "there have been quiet contacts through mediators in recent weeks", ""}}},
		{"asked OBJECT to VERB is a request; a title after the body's acronym", "",
			"The Baltic Dockers Union (BDU) asked its members to stay put.\nBaltic Union of Dockers (Budo) Secretary General Jon Weiss said the strike would last longer than expected and asked workers to stay at home.\n“We shall be out for longer,” said Weiss.\nMary Lane was asked to leave. Tom Grey asked about the talks.",
			[]st{{"Baltic Dockers Union", Indirect, "its members to stay put", ""}, {"Jon Weiss", Indirect, "the strike would last longer than expected", ""}, {"Jon Weiss", Indirect, "workers to stay at home", ""}, {"Jon Weiss", Direct, "We shall be out for longer", ""}}},
		{"a country's office is not the last person named", "",
			"\"It was supposed to stop,\" Ivan Petrov told reporters.\nThe US president said Borduria must go.\nPresident Jon Weiss of the United States met him later. The US president said the talks were useful.",
			[]st{{"Ivan Petrov", Direct, "It was supposed to stop", ""}, {"Jon Weiss", Indirect, "the talks were useful", ""}}},
		{"a speech verb before its noun is no attribution inside the clause", "",
			"The Ministry for Health spoke. The ministry insisted that, since March, there have been 40 confirmed cases of flu.\nJon Weiss said that, by May, the reported deaths had fallen.",
			[]st{{"Ministry for Health", Indirect, "since March, there have been 40 confirmed cases of flu", ""}, {"Jon Weiss", Indirect, "by May, the reported deaths had fallen", ""}}},
		{"a partial quote, its comma inside, then 'according to X'", "",
			"A series of bus strikes set for next week will “hurt thousands of people,” according to Transport Secretary Jon Weiss.\n“We are ready,” according to Mary Lane.",
			[]st{{"Jon Weiss", Indirect, "A series of bus strikes set for next week will “hurt thousands of people,”", ""}, {"Mary Lane", Direct, "We are ready", ""}}},
		{"a partial quote, then a lower-case title before the speaker", "",
			"The walkout at Acme could “last a while,” union leader Mary Lane said in a radio interview.",
			[]st{{"Mary Lane", Indirect, "The walkout at Acme could “last a while,”", ""}}},
		{"page furniture is no transcript", "", "Read More: Markets slump.\nPhoto: A man walks.\nRead More: Oil rises.\nJane Roe said prices would rise.",
			[]st{{"Jane Roe", Indirect, "prices would rise", ""}}},
		{"link blocks between paragraphs are no speaker", "", "Jon Weiss said the mine would close.\nMUST READ: Miners strike over pay\nHe said the owners had \"run out of money.\"\nYou may also like: Ten towns that lost their mine\nDon't miss: Why coal is back\nMUST READ: A timeline of the mine's decline",
			[]st{{"Jon Weiss", Indirect, "the mine would close", ""}, {"Jon Weiss", Indirect, "the owners had \"run out of money.\"", ""}}},
		{"press release quote block signed with a dash", "",
			"Today, the Honourable Jane Roe, Minister of Fisheries, announced new funds. Minister Roe said the plan would create 40 jobs.\nQuotes\n\"We are proud of this plan. It keeps jobs here.\"\n— The Honourable Jane Roe\nMinister of Fisheries\n\"This support lets us grow.\"\n-- Jon Weiss, President and CEO, Baltic Grid Inc.\n\"An unsigned quote.\"\nContacts",
			[]st{{"Jane Roe", Indirect, "the plan would create 40 jobs", ""}, {"Jane Roe", Direct, "We are proud of this plan. It keeps jobs here.", ""}, {"Jon Weiss", Direct, "This support lets us grow.", ""}}},
		{"quote blocks signed on the same line, bare, over paragraphs", "",
			"\"This creates jobs.\" — The Honourable Jane Roe, Minister of Industry\n\"We are proud.\"\nJon Weiss, Chief Executive Officer, Baltic Grid\n\"It matters.\n\"And we will do more.\"\n— Hon. Mary Lane\n\"Nobody signed this.\"\nRelated Stories\nSaid the Honourable Ivan Petrov: nothing. \"We will build,\" said the Honourable Ivan Petrov, Minister of Transport. Tom Grey MP said the bill would pass.",
			[]st{{"Jane Roe", Direct, "This creates jobs.", ""}, {"Jon Weiss", Direct, "We are proud.", ""}, {"Mary Lane", Direct, "It matters.", ""}, {"Mary Lane", Direct, "And we will do more.", ""}, {"Ivan Petrov", Direct, "We will build", ""}, {"Tom Grey", Indirect, "the bill would pass", ""}}},
		{"a dash signature with a stop, a title in lower case or a title with of", "",
			"The port closed on Monday.\n\"The port stays shut.\" – harbour master Jon Weiss.\n\"We will appeal.\" — the union's general secretary Mary Lane, a veteran organiser.\n\"Prices rose.\" – former Deputy Minister of Trade Ivan Petrov.\n\"Never again.\" – the slogan on the banner.",
			[]st{{"Jon Weiss", Direct, "The port stays shut.", ""}, {"Mary Lane", Direct, "We will appeal.", ""}, {"Ivan Petrov", Direct, "Prices rose.", ""}}},
		{"outlet quoted X as saying", "", "The Baltic News Agency quoted Jane Roe as saying that talks would resume. Jon Weiss was quoted by the Baltic Times as saying that he would stay.",
			[]st{{"Jane Roe", Indirect, "talks would resume", "Baltic News Agency"}, {"Jon Weiss", Indirect, "he would stay", "Baltic Times"}}},
		{"a quote before an outlet in lower case quoting a described speaker", "",
			"The port closed.\n\"The port stays shut,\" the state news agency quoted harbour master Jon Weiss as saying.\n\"We will appeal,\" Baltic news agency quoted retired Colonel Mary Lane as saying on Friday.\n\"It was calm,\" local media quoted Ivan Petrov as saying.\n\"Talks go on,\" the private broadcaster Radio Norvik quoted Tom Grey as saying.",
			[]st{{"Jon Weiss", Direct, "The port stays shut", ""}, {"Mary Lane", Direct, "We will appeal", ""}, {"Ivan Petrov", Direct, "It was calm", ""}, {"Tom Grey", Direct, "Talks go on", ""}}},
		{"went on: speaking on, not going on", "",
			"Judge Jon Weiss ruled that the fee was unlawful.\nThe judge went on: \"Nobody may charge it again.\"\n\"It was a long case,\" Weiss went on, \"and a hard one.\"\nThe dockers went on strike. The hearing went on for hours.",
			[]st{{"Jon Weiss", Indirect, "the fee was unlawful", ""}, {"Jon Weiss", Direct, "Nobody may charge it again.", ""}, {"Jon Weiss", Direct, "It was a long case", ""}, {"Jon Weiss", Direct, "and a hard one.", ""}}},
		{"a post after the name, its closing comma left out, before a lower-case body", "",
			"\"The raid was a reply,\" Jon Weiss, spokesman for the rebel army's field operations told Reuters.\n\"More will come.\"\nThe dam is safe, Mary Lane, head of the regional water office said.\nIvan Petrov, the brother of a victim, and his wife said the dam had failed.",
			[]st{{"Jon Weiss", Direct, "The raid was a reply", ""}, {"Jon Weiss", Direct, "More will come.", ""}, {"Mary Lane", Indirect, "The dam is safe", ""}}},
		{"'the judge' after a judge named by title and surname alone", "",
			"Mrs Justice Halloran ruled on the appeal in London.\n\"The order stands,\" she said.\nThe judge added: \"Nobody may ignore it.\"\nMr Okafor said the judge had erred.",
			[]st{{"Halloran", Direct, "The order stands", ""}, {"Halloran", Direct, "Nobody may ignore it.", ""}, {"Okafor", Indirect, "the judge had erred", ""}}},
		{"'had this to say:' before a quote, after a long lead", "",
			"Mayor Jon Weiss opposed the levy.\nAs for what the council should do with its plans for new fees on parking, Mr. Weiss had this to say: \"Drop them.\"\nMary Lane had only one thing to say: \"No.\"\nTom Grey declined to say: \"Not now.\"\nThe report had this to say: \"Costs rose.\"",
			[]st{{"Jon Weiss", Direct, "Drop them.", ""}, {"Mary Lane", Direct, "No.", ""}}},
		{"a document's words after 'read'; a sign's are nobody's", "",
			"Harbor Foods itself tweeted a message of regret.\nThe tweet read: \"We are sorry for the staff.\"\nA protester held a banner. The banner read: \"Jobs now.\"\nThe Dock Board issued a statement. \"Talks go on,\" the statement read in part.\nFew people read the statement.",
			[]st{{"Harbor Foods", Direct, "We are sorry for the staff.", ""}, {"Dock Board", Direct, "Talks go on", ""}}},
		{"a quote paragraph after a page's insertion goes on with the speaker before it", "",
			"\"It was the hardest call,\" Jon Weiss told reporters.\nRelated Articles\n\"She is now afraid.\"\nThe court rose at noon.\nAdvertisement\n\"We will go on.\"",
			[]st{{"Jon Weiss", Direct, "It was the hardest call", ""}, {"Jon Weiss", Direct, "She is now afraid.", ""}}},
		{"a speaker's label alone on its line, the turn in the paragraph after it", "",
			"Jane Roe (Baltic coach): \"We won.\"\nJon Weiss (Norvik coach): \"We lost.\"\nTom Grey (Ostia coach):\n\"We drew.\"\nThe league resumes on Friday.",
			[]st{{"Jane Roe", Direct, "\"We won.\"", ""}, {"Jon Weiss", Direct, "\"We lost.\"", ""}, {"Tom Grey", Direct, "\"We drew.\"", ""}}},
		{"a mixed-case label alone on its line", "",
			"Jane Roe: We won today.\nJon Weiss: We lost today.\nJane Roe: Again we won.\nTom Grey:\nWe drew today.\nThe league resumes on Friday.",
			[]st{{"Jane Roe", Direct, "We won today.", ""}, {"Jon Weiss", Direct, "We lost today.", ""}, {"Jane Roe", Direct, "Again we won.", ""}, {"Tom Grey", Direct, "We drew today.", ""}}},
		{"a participle without its comma before its own comma and a quote", "",
			"Mayor Jon Weiss felt that more should have been done saying, \"The plan was weak.\"\nProtesters held signs saying, \"No more war.\"",
			[]st{{"Jon Weiss", Direct, "The plan was weak.", ""}}},
		{"a first name alone, described as a person", "", "Residents said the shelling had stopped.\n\"We are scared,\" said Amina, a 32-year-old mother of three.\n\"We will stay,\" said Karim, 45.\nAmina said her house was destroyed.\n\"Nobody came,\" said Monday, a day of rest.",
			[]st{{"Amina", Direct, "We are scared", ""}, {"Karim", Direct, "We will stay", ""}, {"Amina", Indirect, "her house was destroyed", ""}}},
		{"CLAUSE, NAME, role said without the second comma", "", "The suspect fled the state on Monday, Jon Weiss, police spokesman said.\nThe fire was put out, the crew said.",
			[]st{{"Jon Weiss", Indirect, "The suspect fled the state on Monday", ""}}},
		{"a cricketer's position is an epithet", "", "Jon Weiss scored 140 as Ruritania lost.\n\"We were not good enough,\" said the Ruritania opener.\n\"The pitch turned,\" the Ruritania spinner told reporters.",
			[]st{{"Jon Weiss", Direct, "We were not good enough", ""}, {"Jon Weiss", Direct, "The pitch turned", ""}}},
		{"said PLACE job-noun NAME", "", "\"It was bad,\" said Eastport volunteer Mary Lane.\n\"We lost the barn,\" said Ohio farmer Jon Weiss.",
			[]st{{"Mary Lane", Direct, "It was bad", ""}, {"Jon Weiss", Direct, "We lost the barn", ""}}},
		{"two persons joined by and in an appositive group", "", "The minister \"wasted a chance\" to end the strike, Jane Roe and Tom Grey, joint leaders of the union, said.\n\"We will strike,\" they added.\nThe plan failed, Marks and Spencer, the retailer, said.",
			[]st{{"Marks and Spencer", Indirect, "The plan failed", ""}}},
		{"the commission after a body named with 'on' and its acronym", "", "The Baltic Commission on Fair Trade (BCFT) has logged 12 complaints this year.\nIn a statement, the commission said prices had risen without cause.",
			[]st{{"Baltic Commission on Fair Trade", Indirect, "prices had risen without cause", ""}}},
		{"a ministry written in lower case", "", "\"Talks are always possible,\" the labour ministry said in a statement on Monday.\nThe statement said wages would rise next year.\nPortugal's foreign ministry said the envoy had left.\n\"The ban stays,\" said the transport ministry spokesman.",
			[]st{{"Labour Ministry", Direct, "Talks are always possible", ""}, {"Labour Ministry", Indirect, "wages would rise next year", ""}, {"Portugal's Foreign Ministry", Indirect, "the envoy had left", ""}}},
		{"an unnamed man or woman takes the pronoun after", "", "Jon Weiss said he was relieved.\nAnother man said he was proud of the town.\n\"It has been a long year,\" he said.\nOne woman was in tears.\n\"I was shaken,\" the woman said.\nShe added that the wait was \"torture.\"\n\"We won,\" Weiss said.",
			[]st{{"Jon Weiss", Indirect, "he was relieved", ""}, {"Jon Weiss", Direct, "We won", ""}}},
		{"titles TD and in Charge before a name", "", "The Labour TD Jon Weiss said the plan was \"a scandal\".\n\"We were ready,\" said NWS Meteorologist in Charge Jane Roe.\n\"It was fast,\" said Roe.\nSpecial Agent in Charge Mary Lane said the suspect had fled.",
			[]st{{"Jon Weiss", Indirect, "the plan was \"a scandal\"", ""}, {"Jane Roe", Direct, "We were ready", ""}, {"Jane Roe", Direct, "It was fast", ""}, {"Mary Lane", Indirect, "the suspect had fled", ""}}},
		{"a surname alone saying a quote", "", "The flood reached the town on Monday.\n\"The water rose fast,\" Hallberg said in a statement.\nHe added that the dam had held.\n\"We will rebuild,\" Moreau said.\n\"It is over,\" Moscow said.",
			[]st{{"Hallberg", Direct, "The water rose fast", ""}, {"Hallberg", Indirect, "the dam had held", ""}, {"Moreau", Direct, "We will rebuild", ""}, {"Moscow", Direct, "It is over", ""}}},
		{"one unknown capitalised word in an attribution tag", "", "Rain fell all night, Halvorsen said.\n\"The line is closed,\" said Norvik on Tuesday.\nThe dam held, Ruritania said.\n\"We will strike,\" said Friday.\nThe road is shut, Police said.\nLater, Dunmore told reporters the vote was fair.",
			[]st{{"Halvorsen", Indirect, "Rain fell all night", ""}, {"Norvik", Direct, "The line is closed", ""}, {"Ruritania", Indirect, "The dam held", ""}, {"Dunmore", Indirect, "the vote was fair", ""}}},
		{"a surname in -is opening a sentence; a body holding 'and' after the verb", "", "Hollis said the bridge would reopen.\n\"Fees will rise,\" said the Trade and Industry Council.\n\"Talks failed,\" said the Interior Ministry and Foreign Ministry.\nEngineers said the bridge was safe.",
			[]st{{"Hollis", Indirect, "the bridge would reopen", ""}, {"Trade and Industry Council", Direct, "Fees will rise", ""}}},
		{"a word in -s the article capitalises again and again; a brokerage before a name", "", "Draxons shares fell on Monday.\nDraxons said its chief had resigned.\nDraxons named a new chief on Tuesday.\nThe stock is cheap now, brokerage Hallmarks said.\nTraders said the fall was overdone.\nTraders expect more selling. Traders are nervous.",
			[]st{{"Draxons", Indirect, "its chief had resigned", ""}, {"Hallmarks", Indirect, "The stock is cheap now", ""}}},
		{"one name with a title in apposition in the tag; a name joined by &", "", "The ferry sank at dawn, Lindqvist, Chief Inspector of Ports, told reporters.\nBR&T said fares would rise.\nThe line is closed, BR&T said.",
			[]st{{"Lindqvist", Indirect, "The ferry sank at dawn", ""}, {"BR&T", Indirect, "fares would rise", ""}, {"BR&T", Indirect, "The line is closed", ""}}},
		{"estimated, and verbs that report only with that", "", "Jane Roe estimated 300 troops were involved. Jon Weiss revealed that he had been ill. Mary Lane revealed the plan. Ivan Petrov alleged that the vote was rigged. The alleged attack was foiled. Both sides agreed to talk. Tom Grey agreed that talks were needed.",
			[]st{{"Jane Roe", Indirect, "300 troops were involved", ""}, {"Jon Weiss", Indirect, "he had been ill", ""}, {"Ivan Petrov", Indirect, "the vote was rigged", ""}, {"Tom Grey", Indirect, "talks were needed", ""}}},
		{"said: then the words as a paragraph", "", "Jane Roe has said a deal is close.\nSpeaking at a press conference, she said:\nWe have never been this close. But nothing is agreed.\nJon Weiss told reporters:\n\"We are ready.\"\nThe talks resume on Monday.",
			[]st{{"Jane Roe", Indirect, "a deal is close", ""}, {"Jane Roe", Direct, "We have never been this close. But nothing is agreed.", ""}, {"Jon Weiss", Direct, "We are ready.", ""}}},
		{"quote then a job before the name", "", "\"The evidence is overwhelming,\" prosecutor Jon Weiss told the jury. \"We will win,\" defence lawyer Jane Roe said.",
			[]st{{"Jon Weiss", Direct, "The evidence is overwhelming", ""}, {"Jane Roe", Direct, "We will win", ""}}},
		{"unnamed people at an organisation; said NAME of ORG", "", "Analysts at Goldman Sachs said in a note that the Fed would cut rates. Officials from the European Union said the deal was close. \"It's a mess,\" said Jane Roe of the Brookings Institution. Speaking at Davos, Jon Weiss said growth was slow.",
			[]st{{"Jane Roe", Direct, "It's a mess", ""}, {"Jon Weiss", Indirect, "growth was slow", ""}}},
		{"told him, no that", "", "Prime Minister Jane Roe met President Jon Weiss on Monday. She told him the alliance was strong. She told them to leave. He told her story.",
			[]st{{"Jane Roe", Indirect, "the alliance was strong", ""}}},
		{"told reporters in a place, no that; 'told reporters in Paris to leave' an order (gold: 2 of 2 such orders, 1 more optional)", "", "Foreign Minister Jon Weiss told reporters in Budapest the exemption protected its energy security. Jane Roe told reporters on Tuesday the plan would work. Mary Lane told reporters in Paris to leave.",
			[]st{{"Jon Weiss", Indirect, "the exemption protected its energy security", ""}, {"Jane Roe", Indirect, "the plan would work", ""}, {"Mary Lane", Indirect, "reporters in Paris to leave", ""}}},
		{"a country's organisation in lower case", "", "Ruritania's air force said it shot down 40 drones. The Borduria Central Bank said rates would stay. Later, Borduria's central bank said inflation was easing. The country's central bank said rates would stay.",
			[]st{{"Ruritania's air force", Indirect, "it shot down 40 drones", ""}, {"Borduria Central Bank", Indirect, "rates would stay", ""}, {"Borduria Central Bank", Indirect, "inflation was easing", ""}}},
		{"a correspondent reporting from a place", "", "Reporting from Amman, Baltic TV's Jon Weiss said the talks had stalled. Mary Lane, reporting from Kyiv, said the city was dark. Jane Roe said the talks had stalled.",
			[]st{{"Jane Roe", Indirect, "the talks had stalled", ""}}},
		{"a parenthesis inside the clause's subject", "", "Jon Weiss said that Ruritania and Borduria, as permanent members of the council, should keep the peace. Jane Roe said prices would rise, as demand grew. Mary Lane said the army, despite heavy losses, would fight on.",
			[]st{{"Jon Weiss", Indirect, "Ruritania and Borduria, as permanent members of the council, should keep the peace", ""}, {"Jane Roe", Indirect, "prices would rise", ""}, {"Mary Lane", Indirect, "the army, despite heavy losses, would fight on", ""}}},
		{"that, then a parenthesis", "", "Jane Roe said that, in her view, the talks had failed. Jon Weiss said on Monday that, despite the setbacks, the plan was on track.",
			[]st{{"Jane Roe", Indirect, "in her view, the talks had failed", ""}, {"Jon Weiss", Indirect, "despite the setbacks, the plan was on track", ""}}},
		{"role, then the name in an appositive, after a quote or clause", "", "\"We are open to talks,\" the foreign minister, Jane Roe, said on Tuesday. Talks will resume, Borduria's defence minister, Jon Weiss, said.",
			[]st{{"Jane Roe", Direct, "We are open to talks", ""}, {"Jon Weiss", Indirect, "Talks will resume", ""}}},
		{"announced a noun phrase is no clause", "", "President Jon Weiss spoke.\nHe also announced new measures, saying the economy needed support. Jane Roe said the plan promises jobs.",
			[]st{{"Jon Weiss", Indirect, "the economy needed support", ""}, {"Jane Roe", Indirect, "the plan promises jobs", ""}}},
		{"a move ... ends a reported clause", "", "The government announced the creation of a nature reserve, a move aimed at protecting the reef. Jane Roe said the reserve would open in May, a step welcomed by divers.",
			[]st{{"Jane Roe", Indirect, "the reserve would open in May", ""}}},
		{"clause in the present tense", "", "Baltic Grid's President and CEO, Jon Weiss, said the company expects to open in 2028. Jane Roe said she now expects a pause. Ivan Petrov said the process remains on track, a day after the cut. Mary Lane said his thanks.",
			[]st{{"Jon Weiss", Indirect, "the company expects to open in 2028", ""}, {"Jane Roe", Indirect, "she now expects a pause", ""}, {"Ivan Petrov", Indirect, "the process remains on track", ""}}},
		{"places and storms never speak", "", "Sheriff Jon Weiss said the blast hit at dawn.\nTwo workers were flown to a hospital in Port Arthur, he said.\nJane Roe said the river had peaked. That is below the record set during Storm Dennis.\n\"Stay alert,\" she said.\nThe ceremony is held on Sado Island.\n\"We will attend,\" the official said.",
			[]st{{"Jon Weiss", Indirect, "the blast hit at dawn", ""}, {"Jon Weiss", Indirect, "Two workers were flown to a hospital in Port Arthur", ""}, {"Jane Roe", Indirect, "the river had peaked", ""}, {"Jane Roe", Direct, "Stay alert", ""}, {"Jane Roe", Direct, "We will attend", ""}}},
		{"the spokesman is the named spokesman", "", "Kremlin Spokesman Jon Weiss told reporters the cap would fail.\nAccording to the Kremlin spokesman, exports have been rerouted.\nAsked whether President Ivan Petrov would call Paris, the Kremlin official said no such call was planned.",
			[]st{{"Jon Weiss", Indirect, "the cap would fail", ""}, {"Jon Weiss", Indirect, "exports have been rerouted", ""}, {"Jon Weiss", Indirect, "no such call was planned", ""}}},
		{"the official after an unnamed official", "", "Minister Jane Roe met envoys on Friday.\nSeoul will skip the event, a foreign ministry official said Sunday.\n\"It is difficult,\" the official told Yonhap.",
			nil},
		{"and inside a title or an organisation's name", "", "Treasury and Finance Minister Jon Weiss said spending would fall. Science and ICT Minister Mary Major told lawmakers that the rules would change. The Baltic Fire and Rescue Service said crews were busy. Acme and Bolt Corp said they would merge. Ruritania and Borduria said the talks had failed.",
			[]st{{"Jon Weiss", Indirect, "spending would fall", ""}, {"Mary Major", Indirect, "the rules would change", ""}, {"Baltic Fire and Rescue Service", Indirect, "crews were busy", ""}}},
		{"an organisation's unnamed spokesperson", "", "A Ruritanian government spokesperson said ministers would meet on Monday. A spokesman said nothing more. China opposes the sale, a foreign ministry spokesperson said.",
			[]st{{"Ruritanian government", Indirect, "ministers would meet on Monday", ""}}},
		{"urged after a titled person of an organisation", "", "UN relief chief Jane Roe said she was alarmed, and urged both sides to let civilians leave.",
			[]st{{"Jane Roe", Indirect, "she was alarmed", ""}, {"Jane Roe", Indirect, "both sides to let civilians leave", ""}}},
		{"the army, the statement, the descriptor", "", "Ruritania's army said Monday it had repelled an attack by the rebel Freedom Front, the latest clash in the war.\n\"We hold the city,\" the Ruritanian Armed Forces said in a statement posted on Telegram.\n\"The enemy fled,\" the statement added.\nThe army said 300 fighters had been killed, a figure Reuters could not verify.\nIn a statement of its own, the rebel said its fighters had shot down a drone.",
			[]st{{"Ruritanian Armed Forces", Indirect, "it had repelled an attack by the rebel Freedom Front", ""}, {"Ruritanian Armed Forces", Direct, "We hold the city", ""}, {"Ruritanian Armed Forces", Direct, "The enemy fled", ""}, {"Ruritanian Armed Forces", Indirect, "300 fighters had been killed", ""}, {"Freedom Front", Indirect, "its fighters had shot down a drone", ""}}},
		{"the army with no armed forces named speaks under the article's word (gold: 10 lines in 3 articles of set AE, none against)", "", "The army said the border was calm. The statement said more.",
			[]st{{"army", Indirect, "the border was calm", ""}}},
		{"the army under its demonym", "", "In a statement, the Chilean military said it had struck 40 targets. The military added that two soldiers were wounded.",
			[]st{{"Chilean military", Indirect, "it had struck 40 targets", ""}, {"Chilean military", Indirect, "two soldiers were wounded", ""}}},
		{"a lead's role named in the next paragraph", "", "Ruritania's central bank governor said inflation was easing, a day after the cut.\n\"We will act if needed,\" Governor Jane Roe told bankers on Friday.",
			[]st{{"Jane Roe", Indirect, "inflation was easing", ""}, {"Jane Roe", Direct, "We will act if needed", ""}}},
		{"question quote before a capitalised attribution", "", "\"Will you sign this -- it's the law?  Ok?\" Jon Weiss told Jane Roe in the recording. \"Think about it – you have no choice.\"\n\"We won.\" Nobody doubted it.",
			[]st{{"Jon Weiss", Direct, "Will you sign this -- it's the law? Ok?", ""}, {"Jon Weiss", Direct, "Think about it – you have no choice.", ""}}},
		{"a president with a country qualifier", "", "President Jon Weiss met allies on Monday.\nSecretary of State Mary Lane said the talks were useful.\nThe U.S. president said he believed the alliance was strong.\nFinance Minister Ivan Petrov said rates would fall. The president said growth was slow.",
			[]st{{"Mary Lane", Indirect, "the talks were useful", ""}, {"Jon Weiss", Indirect, "he believed the alliance was strong", ""}, {"Ivan Petrov", Indirect, "rates would fall", ""}, {"Jon Weiss", Indirect, "growth was slow", ""}}},
		{"the president is no one titled otherwise", "", "Finance Minister Ivan Petrov said rates would fall. The president said growth was slow.",
			[]st{{"Ivan Petrov", Indirect, "rates would fall", ""}}},
		{"relayed by a statement, quoted as saying", "", "Jon Weiss spoke to Kyiv on Tuesday.\n\"We are ready for talks,\" the statement reported him as telling Jane Roe on the phone.\nMary Lane was quoted as saying the vote was fair.\n\"We will win,\" a statement on her website said.",
			[]st{{"Jon Weiss", Direct, "We are ready for talks", ""}, {"Mary Lane", Indirect, "the vote was fair", ""}, {"Mary Lane", Direct, "We will win", ""}}},
		{"a list of names before that", "", "Jane Roe said on Sunday after a meeting with her counterparts from France, Germany and Italy that the bloc must act. Jon Weiss urged Ruritania to stop its actions in the waters of the bay and refrain from moves that could complicate the situation.",
			[]st{{"Jane Roe", Indirect, "the bloc must act", ""}, {"Jon Weiss", Indirect, "Ruritania to stop its actions in the waters of the bay and refrain from moves that could complicate the situation", ""}}},
		{"told a named outlet, no that", "", "Secretary Jon Weiss spoke.\nMary Lane, a spokeswoman for Weiss, told ABC News the secretary \"regrets\" the exchange and has apologized. Ivan Petrov told The New York Times the plan works well.",
			[]st{{"Mary Lane", Indirect, "the secretary \"regrets\" the exchange and has apologized", ""}, {"Ivan Petrov", Indirect, "the plan works well", ""}}},
		{"a number before a stop ends the sentence; a referee before the name", "", "Jon Weiss will bat at No. 4. \"I like it there,\" Weiss said. \"The side was slow,\" match referee Jane Roe said in a statement.",
			[]st{{"Jon Weiss", Direct, "I like it there", ""}, {"Jane Roe", Direct, "The side was slow", ""}}},
		{"a long deck under the headline is no statement", "Jane Roe wins the vote",
			"Jane Roe says the party 'will never give up' until every seat is won; union urges members to strike over the pay offer\nBy Jon Weiss\nJane Roe said on Monday that the party would fight on.",
			[]st{{"Jane Roe", Indirect, "the party would fight on", ""}}},
		{"a dateline in brackets; an owned role named in the next sentence", "", "(Geneva, March 3, 2026) – Borduria has jailed 12 reporters, Amnesty International said today.\nJon Weiss was jailed in May, his lawyer said. The lawyer, Jane Roe, told reporters the charges were false. Mary Major was fined, her agent said. Nobody else spoke.",
			[]st{{"Amnesty International", Indirect, "Borduria has jailed 12 reporters", ""}, {"Jane Roe", Indirect, "Jon Weiss was jailed in May", ""}, {"Jane Roe", Indirect, "the charges were false", ""}}},
		{"a quote after Inc.; the governor after Gov.; a noun that looks like a verb in a clause", "", "\"Rates will rise,\" said Jon Weiss, an economist at Acme Bank Inc. \"The bank has no choice.\"\nThe court backed Gov. Jane Roe on Monday. \"It is a win,\" the governor said.\nFire points near the river will close this week, the Borduria Parks Agency said.",
			[]st{{"Jon Weiss", Direct, "Rates will rise", ""}, {"Jon Weiss", Direct, "The bank has no choice.", ""}, {"Jane Roe", Direct, "It is a win", ""}, {"Borduria Parks Agency", Indirect, "Fire points near the river will close this week", ""}}},
		{"a dateline with a day before the month; a surname that is a pronoun", "", "Riga/Oslo, 27 November 2026 – Aid will run out within weeks, the Baltic Relief Council warned today.\nSpokesperson He Wei said the rules were unfair. Trade must stay open, He added.",
			[]st{{"Baltic Relief Council", Indirect, "Aid will run out within weeks", ""}, {"He Wei", Indirect, "the rules were unfair", ""}, {"He Wei", Indirect, "Trade must stay open", ""}}},
		{"an audience with its acronym; a lead's role named only as the next subject", "", "The Clarion's director yesterday told staff they must not strike during the election.\nUnions voted to strike in May, when President Ivan Petrov visits the city.\nMary Lane told a staff meeting the paper had to stay neutral.\nJon Weiss told the Baltic News Agency (BNA) that the talks had stalled.",
			[]st{{"Mary Lane", Indirect, "they must not strike during the election", ""}, {"Mary Lane", Indirect, "the paper had to stay neutral", ""}, {"Jon Weiss", Indirect, "the talks had stalled", ""}}},
		{"the role of a place is the person titled so; an office speaks for its holder's title", "", "The governor of Northfield, Borduria, said on Monday she would veto the bill.\nGovernor Jane Roe told reporters the bill was unfair. Jon Weiss met the mayor. The mayor of Eastport said the port would reopen.\nTalks will resume, President Ivan Petrov's office said. \"The door is open,\" the President's Office said in a statement.",
			[]st{{"Jane Roe", Indirect, "she would veto the bill", ""}, {"Jane Roe", Indirect, "the bill was unfair", ""}, {"Ivan Petrov", Indirect, "Talks will resume", ""}, {"Ivan Petrov", Direct, "The door is open", ""}}},
		{"a body named by its kind before and after its name and acronym", "", "Opposition leaders rejected the result as the election commission insisted the count had been fair.\nBorduria Electoral Office (BEO), the body that runs the poll, said in a statement read on state radio that its staff had followed the law. Monitors had watched every count, the commission said.\nThe Harbour Board said the port was shut. Ships were waiting, the commission said.",
			[]st{{"Borduria Electoral Office", Indirect, "the count had been fair", ""}, {"Borduria Electoral Office", Indirect, "its staff had followed the law", ""}, {"Borduria Electoral Office", Indirect, "Monitors had watched every count", ""}, {"Harbour Board", Indirect, "the port was shut", ""}}},
		{"a quote after a colon closing a person's sentence; a quote whose speaker the next sentence names", "", "\"Nobody is listening to us.\" That was the mood in the town.\nSpeaking to Baltic TV, Jane Roe was blunt: „We will not reopen the deal. We start again now.“ A review is due in May.\nJon Weiss's banner read: \"No deal without us.\"\n\"We have failed the young and they will pay for it.\" That was the verdict of Mary Lane, who chairs the panel.\nShips have not docked since May.\n\"The port will never reopen.\"\nThe words were those of Ivan Petrov, the harbour master.",
			[]st{{"Jane Roe", Direct, "We will not reopen the deal. We start again now.", ""}, {"Mary Lane", Direct, "We have failed the young and they will pay for it.", ""}, {"Ivan Petrov", Direct, "The port will never reopen.", ""}}},
		{"analysts and coaches after an inverted said; a claim before according to and an appositive", "", "\"Rates will stay high,\" said Acme Economics' Jane Roe. \"We were flat,\" said head coach Jon Weiss after the match.\nGrain prices rise every winter, according to Mary Lane, an economist at Baltic Bank in Riga.",
			[]st{{"Jane Roe", Direct, "Rates will stay high", ""}, {"Jon Weiss", Direct, "We were flat", ""}, {"Mary Lane", Indirect, "Grain prices rise every winter", ""}}},
		{"a journalist's though after the clause; a person's words named before a colon", "", "Mary Lane said the dam would be rebuilt, though she gave no date. Jon Weiss said the bridge would open, but he declined to say when.\nMary Lane's reply was blunt: \"We will not pay for this.\"\nHer car was old: \"It still runs well enough.\"",
			[]st{{"Mary Lane", Indirect, "the dam would be rebuilt", ""}, {"Jon Weiss", Indirect, "the bridge would open", ""}, {"Mary Lane", Direct, "We will not pay for this.", ""}}},
		{"the venue closing a clause; a spaced hyphen as a dash; a clause cut by its attribution", "", "Jane Roe said the bridge was safe in a televised address on Sunday. Jon Weiss said the talks were held in a speech hall. Mary Lane said the bridge was unsafe - a view engineers reject.\nThe bridge was, Ivan Petrov said, the oldest in the city.",
			[]st{{"Jane Roe", Indirect, "the bridge was safe", ""}, {"Jon Weiss", Indirect, "the talks were held in a speech hall", ""}, {"Mary Lane", Indirect, "the bridge was unsafe", ""}}},
		{"a speaker in a place; a statement posted on a channel", "", "The Borduria Health Ministry in Eastport said 30 people were killed. Jane Roe in Riga said the talks were over.\nThe ministry said in a statement posted on Telegram that its teams had reached the town.",
			[]st{{"Borduria Health Ministry", Indirect, "30 people were killed", ""}, {"Jane Roe", Indirect, "the talks were over", ""}, {"Borduria Health Ministry", Indirect, "its teams had reached the town", ""}}},
		{"a participle hanging on a narrated subject; a past participle phrase ends a clause", "", "Ministers failed to agree on Friday, with Ruritania pushing for tariffs and Borduria warning of retaliation.\nChief Jane Roe said 900 crews were at work, backed by planes dropping water.",
			[]st{{"Jane Roe", Indirect, "900 crews were at work", ""}}},
		{"a party's group named with its kind", "", "The Liberal Democrat group said it would seek a review of the vote. The Republican group said the plan was sound.",
			[]st{{"Liberal Democrat group", Indirect, "it would seek a review of the vote", ""}, {"Republican group", Indirect, "the plan was sound", ""}}},
		{"a team or employer before a lower-case title is no pronoun's antecedent", "", "Northfield United beat Eastport Rovers 2-1.\nRovers coach Jon Weiss was less happy. \"We switched off,\" he said.",
			[]st{{"Jon Weiss", Direct, "We switched off", ""}}},
		{"a department that only opened a sentence; a titled person in an appositive before 'and said'", "", "The Department of Coastal Defence did not respond. A spokesperson for the department said last week that the agency \"follows the law.\"\nThe Riga Palace press secretary, Mary Lane, called the ruling unfair and said the council would appeal.",
			[]st{{"Department of Coastal Defence", Indirect, "the agency \"follows the law.\"", ""}, {"Mary Lane", Indirect, "the council would appeal", ""}}},
		{"a two-word sentence after the speaker's quote; a participle after before", "", "Mary Lane spoke in Riga. \"It is over,\" Lane said of the strike. \"We lost.\" She called it \"a disgrace.\"\n\"We will fight,\" Jon Weiss said, before adding: \"And we will win.\"",
			[]st{{"Mary Lane", Direct, "It is over", ""}, {"Mary Lane", Direct, "We lost.", ""}, {"Jon Weiss", Direct, "We will fight", ""}, {"Jon Weiss", Direct, "And we will win.", ""}}},
		{"a connector before a subject with an appositive", "", "But Mary Lane, one of the members leading the revolt, said the cuts would push families into poverty. And Jon Weiss, a lawyer, said the law was clear.",
			[]st{{"Mary Lane", Indirect, "the cuts would push families into poverty", ""}, {"Jon Weiss", Indirect, "the law was clear", ""}}},
		{"a company named in a markets lead; a noun that is a speech verb's form; a common noun opening a sentence", "", "Shares of Baltic Grid fell 9% on Monday after the utility cut its outlook.\nThe company now expects profit of $2 a share, down from its previous forecast of $3, it said in a statement.\nMargins will shrink, it added.",
			[]st{{"Baltic Grid", Indirect, "The company now expects profit of $2 a share, down from its previous forecast of $3", ""}, {"Baltic Grid", Indirect, "Margins will shrink", ""}}},
		{"a job capitalised at a sentence start", "", "Striker Jon Weiss, who scored twice, said the team never doubted itself. Forecaster Mary Lane told the BBC gusts could reach 90mph.",
			[]st{{"Jon Weiss", Indirect, "the team never doubted itself", ""}, {"Mary Lane", Indirect, "gusts could reach 90mph", ""}}},
		{"a surname spelt like a title's abbreviation", "", "\"This is buying time,\" said Mira Sen, an analyst at Acme Research. Sen. Jon Weiss said the bill would pass.",
			[]st{{"Mira Sen", Direct, "This is buying time", ""}, {"Jon Weiss", Indirect, "the bill would pass", ""}}},
		{"a one-word name after a lower-case title is a person for a later pronoun", "", "\"The port stays shut,\" said union leader Jon Weiss.\nAt the rally, transport minister Okonkwo spoke last.\n\"The port will reopen,\" Okonkwo said.\nHe said the strike would end by Friday.",
			[]st{{"Jon Weiss", Direct, "The port stays shut", ""}, {"Okonkwo", Direct, "The port will reopen", ""}, {"Okonkwo", Indirect, "the strike would end by Friday", ""}}},
		{"a body's acronym and an unlisted title before a name", "", "\"Rents are too high,\" said SNP MSP Mary Lane. The SNP has run the council since 2007.\nThe GOP is split. GOP Whip Jon Weiss said the bill was dead. Senate Aide Tom Grey told reporters the vote would slip. KT Rama Rao said the plan was sound. A senior Senate aide said the talks had stalled.",
			[]st{{"Mary Lane", Direct, "Rents are too high", ""}, {"Jon Weiss", Indirect, "the bill was dead", ""}, {"Tom Grey", Indirect, "the vote would slip", ""}, {"KT Rama Rao", Indirect, "the plan was sound", ""}}},
		{"a short aside with as inside a reported clause; a second that-clause with its own speech verb", "", "Mary Lane said the festival would open in June, as planned, and that the line-up would be published next week. Jon Weiss said the fares rose, as analysts had warned, on Monday. Tom Grey said the budget would pass, as in past years.",
			[]st{{"Mary Lane", Indirect, "the festival would open in June, as planned, and that the line-up would be published next week", ""}, {"Jon Weiss", Indirect, "the fares rose", ""}, {"Tom Grey", Indirect, "the budget would pass", ""}}},
		{"a body's bracketed acronym inside the title before the name", "", "\"The river is rising faster than any model showed,\" Baltic Water Authority (BWA) Director Jon Weiss told reporters at the BWA office.\n\"If you live below the dam, leave tonight. Take only what you need.\"",
			[]st{{"Jon Weiss", Direct, "The river is rising faster than any model showed", ""}, {"Jon Weiss", Direct, "If you live below the dam, leave tonight. Take only what you need.", ""}}},
		{"a one-letter word before a quote ends the sentence; an initial does not", "", "\"Nobody will rush this board,\" Mary Lane wrote in a post on X. \"The board will vote when it is ready.\"\nJon F. Weiss said the vote was close.",
			[]st{{"Mary Lane", Direct, "Nobody will rush this board", ""}, {"Mary Lane", Direct, "The board will vote when it is ready.", ""}, {"Jon F. Weiss", Indirect, "the vote was close", ""}}},
		{"a name, a colon and a quote with no stop is a link's headline", "", "Jon Weiss said the strike would go on.\nRelated video\nWeiss: \u2018We are not going back\u2019\nMary Lane: \"The talks are over.\"",
			[]st{{"Jon Weiss", Indirect, "the strike would go on", ""}, {"Mary Lane", Direct, "The talks are over.", ""}}},
		{"a clause before an outlet that quoted someone as saying", "", "The board fully backed the merger, state news agency Baltic Press quoted Finance Minister Jon Weiss as saying.\nPrices would fall by spring, Mary Lane was quoted by the Eastport Times as saying.",
			[]st{{"Jon Weiss", Indirect, "The board fully backed the merger", "Baltic Press"}, {"Mary Lane", Indirect, "Prices would fall by spring", "Eastport Times"}}},
		{"an acronym defined after a possessive; an unnamed official of a body in an appositive", "", "Speaking at Baltic Grid's (BG) yearly meeting, Jon Weiss said prices would rise.\nA senior BG official, who asked not to be named, said the grid had failed twice.\nBG said the outage was over.",
			[]st{{"Jon Weiss", Indirect, "prices would rise", ""}, {"Baltic Grid", Indirect, "the outage was over", ""}}},
		{"a player's position after a team or country is an epithet for the player last named", "", "Mary Lane scored twice as Eastport won 3-1.\nLane said the win meant little.\n\"We have been here before,\" the Ruritania forward told Baltic Radio.\nThe goalkeeper said nothing.",
			[]st{{"Mary Lane", Indirect, "the win meant little", ""}, {"Mary Lane", Direct, "We have been here before", ""}}},
		{"a passive speech verb attributes nothing to its subject", "", "Jon Weiss, 64, was declared the winner of the vote, but the Baltic Union alleged that ballots had been discarded.\nMary Lane was told that the plant would close. It was widely reported that talks would resume.",
			[]st{{"Baltic Union", Indirect, "ballots had been discarded", ""}}},
		{"a country with a relative clause before said", "", "Egypt, which has mediated alongside Qatar, said it was \"deeply disappointed.\"",
			[]st{{"Egypt", Indirect, "it was \"deeply disappointed.\"", ""}}},
		{"an unnamed spokesman right after the body spoke", "", "Baltic Power said 50,000 homes were cut off. \"Our crews are working around the clock,\" a spokesman said.\n\"We are sorry,\" a spokesman said.\nMinister Jane Roe said the grid was safe. \"It will hold,\" a spokeswoman said.",
			[]st{{"Baltic Power", Indirect, "50,000 homes were cut off", ""}, {"Baltic Power", Direct, "Our crews are working around the clock", ""}, {"Jane Roe", Indirect, "the grid was safe", ""}}},
		{"a name with and without diacritics; a body's acronym in its own language's order; a statistic is no speaker", "",
			"Zoltán Bárány, the Governor of the Central Bank of Ruritania, said on Monday that rates would hold.\nBCR said on Tuesday that prices rose 3 percent.\n\"We are calm,\" Zoltan Barany said. The office will publish the Retail Price Index in May. The BCR governor also said that growth would return.",
			[]st{{"Zoltán Bárány", Indirect, "rates would hold", ""}, {"Central Bank of Ruritania", Indirect, "prices rose 3 percent", ""}, {"Zoltán Bárány", Direct, "We are calm", ""}, {"Zoltán Bárány", Indirect, "growth would return", ""}}},
		{"a body a sentence opened with after the article; according to the union; a reported clause inside a while-clause", "",
			"The Eastport Nurses Federation met the hospital board on Friday.\n\"We are not moving,\" the federation said in a statement.\nAccording to the federation, about 800 nurses stayed away.\nWhile the federation insists that wards were closed, the board says all of them stayed open.",
			[]st{{"Eastport Nurses Federation", Direct, "We are not moving", ""}, {"Eastport Nurses Federation", Indirect, "about 800 nurses stayed away", ""}, {"Eastport Nurses Federation", Indirect, "wards were closed", ""}}},
		{"a bare weekday before the verb; a country's initials before its military; police with a place; a plural's claim; that and a colon before a quote", "",
			"Mary Lane, head of the Eastport Port Authority (EPA), Monday said the docks would reopen.\nThe UK military says a drone was shot down over the harbour.\nThe incident comes as Ruritanian police in Eastport claim that two sailors were hurt.\nLane told the council that: \"Nobody will lose a job.\"",
			[]st{{"Mary Lane", Indirect, "the docks would reopen", ""}, {"UK military", Indirect, "a drone was shot down over the harbour", ""}, {"Ruritanian police", Indirect, "two sailors were hurt", ""}, {"Mary Lane", Indirect, "Nobody will lose a job", ""}}},
		{"a second verb after and shares the role's speaker; a report inside a report; asserting; a quote before began", "",
			"Jane Roe, the mayor of Eastport, opened the session.\nThe mayor said the budget was tight, and stressed that no school would close.\nThe council clerk read the minutes, saying that Tom Grey had pointed out that the bridge was unsafe.\nRoe called the plan fair, asserting that \"nobody is left behind\".\n\"Let me be clear,\" she began. Jon Weiss started a petition that has 900 names.",
			[]st{{"Jane Roe", Indirect, "the budget was tight", ""}, {"Jane Roe", Indirect, "no school would close", ""}, {"Tom Grey", Indirect, "the bridge was unsafe", ""}, {"Jane Roe", Indirect, "nobody is left behind", ""}, {"Jane Roe", Direct, "Let me be clear", ""}}},
		{"rued that; a place's governorate; a relaying outlet's verb ending the sentence", "",
			"Coach Mira Holm said the draw was fair.\nThe Swede rued that her side had wasted chances.\nEastport governorate said in a statement that the stadium would stay shut.\nThe Eastport Football Association (EFA) announced that ticket sales rose 9 percent, informs Baltic Press.",
			[]st{{"Mira Holm", Indirect, "the draw was fair", ""}, {"Mira Holm", Indirect, "her side had wasted chances", ""}, {"Eastport governorate", Indirect, "the stadium would stay shut", ""}, {"Eastport Football Association", Indirect, "ticket sales rose 9 percent", ""}}},
		{"a quantity opening the clause before an appositive; according to a statement made by the body named before", "",
			"Floods closed the Ridgeway Mill Clinic on Friday.\nSome 300 families from the river valley, about 40 miles north of the city, left their homes overnight, said Jon Weiss, the district chief.\nWater reached the first floor on Saturday, according to the statement made by the clinic.",
			[]st{{"Jon Weiss", Indirect, "Some 300 families from the river valley, about 40 miles north of the city, left their homes overnight", ""}, {"Ridgeway Mill Clinic", Indirect, "Water reached the first floor on Saturday", ""}}},
		{"a lead's role noun with a participle, named in the next sentence", "",
			"The federation representing 12,000 Eastport bus drivers said it would stop work on Friday.\nThe Eastport Transport Workers Federation made the call after talks broke down.",
			[]st{{"Eastport Transport Workers Federation", Indirect, "it would stop work on Friday", ""}}},
		{"a role naming the titled person's body in another order is that person, not the last one named", "",
			"Ministry of Trade Affairs spokesperson Ana Holm said the tariffs would stay.\nJon Weiss said he would ask for talks.\nThe trade ministry spokesperson said the request was noted. The Ruritanian trade ministry spokesperson said talks were possible.",
			[]st{{"Ana Holm", Indirect, "the tariffs would stay", ""}, {"Jon Weiss", Indirect, "he would ask for talks", ""}, {"Ana Holm", Indirect, "the request was noted", ""}, {"Ana Holm", Indirect, "talks were possible", ""}}},
		{"started inside a reported clause; a new speech act after as she", "",
			"Coach Mira Holm added that her side woke up after the goal and after that, they began pressing high.\nJane Roe said on Friday no agreement had been reached yet as she and Prime Minister Tom Grey urged a pause in the fighting.",
			[]st{{"Mira Holm", Indirect, "her side woke up after the goal and after that, they began pressing high", ""}, {"Jane Roe", Indirect, "no agreement had been reached yet", ""}}},
		{"alleged with a clause and no that; a clause right after the venue noun", "",
			"Ruritania's opposition leader Jon Weiss has alleged the weekend's count had been rigged and warned that he would go to court.\nOn Monday, Mary Lane said in a radio interview the bank could cut rates again. Tom Grey revealed the plan on Friday.",
			[]st{{"Jon Weiss", Indirect, "the weekend's count had been rigged", ""}, {"Jon Weiss", Indirect, "he would go to court", ""}, {"Mary Lane", Indirect, "the bank could cut rates again", ""}}},
		{"said the role of a place, then the person's name after a comma", "",
			"Floods cut the coast road.\n\"We are ready,\" said the deputy commissioner of Eastport, Karim Shah. \"We wait for orders.\"\n\"It is calm,\" said the mayor's chief of staff, Jane Roe.",
			[]st{{"Karim Shah", Direct, "We are ready", ""}, {"Karim Shah", Direct, "We wait for orders.", ""}, {"Jane Roe", Direct, "It is calm", ""}}},
		{"it added after a body whose name holds plural words, with a country in the clause; a guard is a body", "",
			"\"Two trawlers sank before dawn,\" the Eastport Coast Guard said. Divers were searching the harbour, it said.\n\"The test failed,\" the Joint Chiefs of Staff said. South Ruritania and the US were studying the data, it added.",
			[]st{{"Eastport Coast Guard", Direct, "Two trawlers sank before dawn", ""}, {"Eastport Coast Guard", Indirect, "Divers were searching the harbour", ""}, {"Joint Chiefs of Staff", Direct, "The test failed", ""}, {"Joint Chiefs of Staff", Indirect, "South Ruritania and the US were studying the data", ""}}},
		{"a partial quote closing a clause before he said; a connective opening it; a place after in the is nobody", "",
			"Chief executive Jon Weiss said the quarter went well.\nThe group's core units had reached \"over 70 percent of sales\", he said.\nYet the market for its pumps in the United Kingdom had become \"harder\".\nMeanwhile, the outlook for new products looked \"bright\", he said.",
			[]st{{"Jon Weiss", Indirect, "the quarter went well", ""}, {"Jon Weiss", Indirect, "The group's core units had reached \"over 70 percent of sales\"", ""}, {"Jon Weiss", Indirect, "Meanwhile, the outlook for new products looked \"bright\"", ""}}},
		{"a quote right after said, then a second clause after and", "",
			"Mayor Jane Roe said \"we are proud of this budget\", and this allowed the city to \"hire more nurses\".",
			[]st{{"Jane Roe", Direct, "we are proud of this budget", ""}, {"Jane Roe", Indirect, "this allowed the city to \"hire more nurses\"", ""}}},
		{"a connective before a whole quotation, then a role and the name between commas", "",
			"The court jailed Jon Weiss on Friday.\nBut \"had he wanted power he would have taken it,\" one of his lawyers, Ana Holm, told Baltic Radio.",
			[]st{{"Ana Holm", Indirect, "had he wanted power he would have taken it", ""}}},
		{"a quote, then a possessive role and the name without a closing comma", "",
			"The court jailed Jon Weiss on Friday.\n\"The ruling does not surprise us,\" Weiss's lawyer, Ana Holm said after the hearing.",
			[]st{{"Ana Holm", Direct, "The ruling does not surprise us", ""}}},
		{"declared a state of emergency is an act, not speech", "",
			"Prime Minister Jane Roe declared a state of emergency as hundreds of soldiers were sent to the coast. She declared the storm was the worst in decades.",
			[]st{{"Jane Roe", Indirect, "the storm was the worst in decades", ""}}},
		{"quoted NAME, an appositive, as saying", "",
			"State radio quoted Jon Weiss, head of the flood office of the district, as saying initial counts showed that 300 homes were lost.",
			[]st{{"Jon Weiss", Indirect, "initial counts showed that 300 homes were lost", ""}}},
		{"sentences and quotes glued without a space", "",
			`Envoy Jane Roe said the talks would not resume on Monday, a daily reported Friday."We cannot call talks yet. We need a week," Roe told the paper.Earlier this month, Roe paused the talks."We need real talks," she said.The envoy said that she wanted both sides to "agree on a truce. Now it is up to them."The truce was proposed last week.`,
			[]st{{"Jane Roe", Indirect, "the talks would not resume on Monday", ""}, {"Jane Roe", Direct, "We cannot call talks yet. We need a week", ""},
				{"Jane Roe", Direct, "We need real talks", ""}, {"Jane Roe", Indirect, `she wanted both sides to "agree on a truce. Now it is up to them."`, ""}}},
		{"a lead's words in capitals are not the speaker's name", "",
			"LEEDS CITY COUNCIL LEADER Jane Roe fears the bridge could stay shut until spring.\n\nRoe said she expects the repairs to take months.",
			[]st{{"Jane Roe", Indirect, "she expects the repairs to take months", ""}}},
		{"a manager's epithet with the club's name is the manager, not the club", "",
			"Leeds United manager Jon Weiss fears Tom Grey could miss the rest of the season.\n\n“He has hurt his ankle,” the United boss told reporters.\n\n“We hope to have him back soon.\n\n“It is a blow for us.”",
			[]st{{"Jon Weiss", Direct, "He has hurt his ankle", ""}, {"Jon Weiss", Direct, "We hope to have him back soon.", ""}, {"Jon Weiss", Direct, "It is a blow for us.", ""}}},
		{"a title between commas before the name closes the lead's clause; a person the clause names is not its 'he'", "",
			"OSLO, May 2. Norway is seeking a fishing deal before the end of the year, Norwegian Fisheries Minister, Jon Weiss, has said.\n\nWeiss stressed that talks will begin after the summit. However, Norway has no plan to meet the Icelandic Prime Minister, Tom Grey, he said. \"We will not sit down with Grey in Reykjavik, that is out of the question,\" he noted.",
			[]st{{"Jon Weiss", Indirect, "Norway is seeking a fishing deal before the end of the year", ""}, {"Jon Weiss", Indirect, "talks will begin after the summit", ""},
				{"Jon Weiss", Indirect, "However, Norway has no plan to meet the Icelandic Prime Minister, Tom Grey", ""},
				{"Jon Weiss", Direct, "We will not sit down with Grey in Reykjavik, that is out of the question", ""}}},
		{"a page's menu scraps above the story do not end the search for its deck", "Ferry talks to resume",
			"Ferry talks to resume\nSections\nYou can filter your feed,\nby choosing only\ntopics.\nTransport Minister Jane Roe also noted that the fares should stay low\nOSLO, May 2. The ferry talks will resume on Monday, Transport Minister Jane Roe said.",
			[]st{{"Jane Roe", Indirect, "The ferry talks will resume on Monday", ""}}},
		{"a gerund after a preposition inside a reported clause is no attribution", "",
			"Foreign Minister Jon Weiss spoke on Monday. Norway has no intention of maintaining a dialogue with the junta, he said.",
			[]st{{"Jon Weiss", Indirect, "Norway has no intention of maintaining a dialogue with the junta", ""}}},
		{"a relative clause of background or of the speaker's label in the writer's words ends the clause", "",
			"The Green Party said it would not accept the count, which it labelled “rigged”. Minister Jane Roe said all militias must disarm, including the Northern Front, whose fighters are holding the pass. She said the new drones, which are harder to shoot down, were a threat.",
			[]st{{"Green Party", Indirect, "it would not accept the count", ""}, {"Jane Roe", Indirect, "all militias must disarm, including the Northern Front", ""},
				{"Jane Roe", Indirect, "the new drones, which are harder to shoot down, were a threat", ""}}},
		{"a quote whose opening mark the page lost", "",
			"Prosecutor Jon Weiss said the verdict was just.\n\nThe defendants sold their votes and the sentence is a warning to others,\" Weiss said.\n\nThe court rose at noon. It was a long day, he said, and \"a sad one.\"",
			[]st{{"Jon Weiss", Indirect, "the verdict was just", ""}, {"Jon Weiss", Direct, "The defendants sold their votes and the sentence is a warning to others", ""},
				{"Jon Weiss", Indirect, "It was a long day", ""}}},
		{"according to a role, then the person", "",
			"Tom Weiss was sentenced on Friday.\n\nWeiss and his co-defendants will appeal their convictions, according to Weiss's lawyer, high-profile Boston attorney Abbe Lane.\n\nThe judge's rulings will keep the appeals courts busy,\" he said on the courthouse steps.\n\nThe fine will be paid, according to Chicago accountant Jane Roe.",
			[]st{{"Abbe Lane", Indirect, "Weiss and his co-defendants will appeal their convictions", ""}, {"Abbe Lane", Direct, "The judge's rulings will keep the appeals courts busy", ""},
				{"Jane Roe", Indirect, "The fine will be paid", ""}}},
		{"the judge is the person titled Justice; his lawyer the one named after 'lawyer'; 'while also dismissing' is another act", "",
			"Former minister Tom Grey has been jailed by the High Court.\n\nJustice Jon Weiss said the prosecution had proved its case while also dismissing Grey's claims of persecution.\n\nThe judge also said Grey, who is treasurer of the party, is not the first politician to be convicted.\n\n\"Everyone is equal before the law,\" he said.\n\nGrey's lawyer Ali Khan asked for a stay of execution.\n\nGrey will appeal the sentence, his lawyer said.",
			[]st{{"Jon Weiss", Indirect, "the prosecution had proved its case", ""}, {"Jon Weiss", Indirect, "Grey, who is treasurer of the party, is not the first politician to be convicted", ""},
				{"Jon Weiss", Direct, "Everyone is equal before the law", ""}, {"Ali Khan", Indirect, "Grey will appeal the sentence", ""}}},
		{"a colon dateline, Malaysian honorifics, a capitalised coordinator, 'he now says'", "",
			"PUTRAJAYA: The dam will be finished by March, said Deputy Prime Minister Datuk Seri Jane Roe.\n\nState Flood Coordinator Jon Weiss said 20 homes were lost. He now says 30 homes were lost.\n\nTan Sri Ali Khan said the aid would come soon. Tan Hock Lee said it had not.",
			[]st{{"Jane Roe", Indirect, "The dam will be finished by March", ""}, {"Jon Weiss", Indirect, "20 homes were lost", ""}, {"Jon Weiss", Indirect, "30 homes were lost", ""},
				{"Ali Khan", Indirect, "the aid would come soon", ""}, {"Tan Hock Lee", Indirect, "it had not", ""}}},
		{"a quote standing alone after reported speech; the body's spokesman with 'the'; a charter never speaks", "",
			"OSLO: The Foreign Office on Friday said that the letter was unacceptable.\n\nIt said that the envoys had erred. “We have followed the situation closely.”\n\nThe foreign office spokesman further said that Norway is committed to the UN Charter. He further said that Norway remains concerned. “We hope for talks.”",
			[]st{{"Foreign Office", Indirect, "the letter was unacceptable", ""}, {"Foreign Office", Indirect, "the envoys had erred", ""}, {"Foreign Office", Direct, "We have followed the situation closely.", ""},
				{"Foreign Office", Indirect, "Norway is committed to the UN Charter", ""}, {"Foreign Office", Indirect, "Norway remains concerned", ""}, {"Foreign Office", Direct, "We hope for talks.", ""}}},
		{"the head of state; 'and questioned'; 'he advised'; 'announced the arrest of people who ...'", "",
			"President Jon Weiss said the protests were paid for and questioned the aid from abroad.\n\nThe plan had failed, the head of state said on television.\n\nInterior Minister Ali Khan announced the arrest of people who spread rumours online. \"Stay at home; the police are in place,\" he advised.",
			[]st{{"Jon Weiss", Indirect, "the protests were paid for", ""}, {"Jon Weiss", Indirect, "The plan had failed", ""}, {"Ali Khan", Direct, "Stay at home; the police are in place", ""}}},
		{"a body's acronym qualified by a country's; 'It noted' after the body spoke; a second -ing verb of a progressive clause", "",
			"SEOUL -- The North fired one shell into the sea, the Joint Chiefs of Staff (JCS) of the Republic of Korea (ROK) said Tuesday.\n\nThe JCS said the radar tracked the shell from the ROK and the United States. It noted that the army was closely watching the coast and maintaining full readiness.",
			[]st{{"Joint Chiefs of Staff", Indirect, "The North fired one shell into the sea", ""}, {"Joint Chiefs of Staff", Indirect, "the radar tracked the shell from the ROK and the United States", ""},
				{"Joint Chiefs of Staff", Indirect, "the army was closely watching the coast and maintaining full readiness", ""}}},
		{"'said, ADJUNCT, CLAUSE'; a whole quoted sentence with its stop outside; 'X in a statement said'", "",
			"Mr Jon Weiss said, despite the change in the market, the group was on a sound footing.\n\nMinister Jane Roe said that troops crossed the line on Friday. \"However, the attempt was stopped by our troops\".\n\nOn Monday the Northern Army in a statement said, \"The border is calm.\"",
			[]st{{"Jon Weiss", Indirect, "despite the change in the market, the group was on a sound footing", ""}, {"Jane Roe", Indirect, "troops crossed the line on Friday", ""},
				{"Jane Roe", Direct, "However, the attempt was stopped by our troops", ""}, {"Northern Army", Direct, "The border is calm.", ""}}},
		{"an appositive inside the clause's subject; a progressive speech verb inside a clause; a sign-off after the last stop", "",
			"Tom Grey was jailed on Monday.\n\nJustice Jane Roe said Grey, who is treasurer of the party, the biggest in the coalition, is not the first politician to be convicted.\n\nGrey's lawyer Ali Khan asked for a stay.\n\nGrey will be appealing his sentence, his lawyer said. - THE STAR",
			[]st{{"Jane Roe", Indirect, "Grey, who is treasurer of the party, the biggest in the coalition, is not the first politician to be convicted", ""},
				{"Ali Khan", Indirect, "Grey will be appealing his sentence", ""}}},
		{"'said hospital employee NAME'; 'NAME on November 15 warned'; 'the disaster agency' is the named body", "",
			"\"It was awful,\" said hospital employee Jane Roe.\n\nThe sanctions come as President Jon Weiss on November 15 warned that the bans will backfire.\n\nFlood Relief Agency spokesman Tom Grey said 50 homes fell. More than 400 people were hurt, the relief agency said on its website.",
			[]st{{"Jane Roe", Direct, "It was awful", ""}, {"Jon Weiss", Indirect, "the bans will backfire", ""}, {"Tom Grey", Indirect, "50 homes fell", ""},
				{"Flood Relief Agency", Indirect, "More than 400 people were hurt", ""}}},
		{"an opening 'When/If' clause with its own subject is the speaker's; a place before 'government'", "",
			"When the time comes, the rebels will pay for the attack, said Defence Minister Jon Weiss.\n\nThe Mexico City government says 52 people have been rescued from the rubble.",
			[]st{{"Jon Weiss", Indirect, "When the time comes, the rebels will pay for the attack", ""}, {"Mexico City government", Indirect, "52 people have been rescued from the rubble", ""}}},
		{"'said this includes'; a sentence-final ', where ...'; a subhead glued to its paragraph", "",
			"Minister Jane Roe said this includes new flood ponds. She said the army had crossed into the city of Ardos, where she met the mayor.\n\nNo commentThe minister told reporters Monday she did not want to elaborate.",
			[]st{{"Jane Roe", Indirect, "this includes new flood ponds", ""}, {"Jane Roe", Indirect, "the army had crossed into the city of Ardos", ""},
				{"Jane Roe", Indirect, "she did not want to elaborate", ""}}},
		{"an organisation's name with 'and' before a second predicate; 'demanded X be ...'; 'declared itself the winner'", "",
			"The Green Solidarity and Justice Party (GSJP) on Wednesday demanded the election be held again and said it would not accept the result.\n\nThe Liberal Party has already declared itself the winner.",
			[]st{{"Green Solidarity and Justice Party", Indirect, "the election be held again", ""}, {"Green Solidarity and Justice Party", Indirect, "it would not accept the result", ""}}},
		{"an act verb with a bare plural object, and an -ing form describing a plural noun, inside a clause", "",
			"Commission member Jon Weiss spoke on Monday. The commission has so far declared results in 30% of seats, he said. Other parties have issued statements expressing support for the count, Weiss added.",
			[]st{{"Jon Weiss", Indirect, "The commission has so far declared results in 30% of seats", ""}, {"Jon Weiss", Indirect, "Other parties have issued statements expressing support for the count", ""}}},
		{"'Officials in PLACE said' is unnamed people, not the place", "",
			"Officials in Springfield on Tuesday said an outbreak there has grown to 20 cases. Jane Roe in Paris said the plan was sound.",
			[]st{{"Jane Roe", Indirect, "the plan was sound", ""}}},
		{"a plural thing as the subject of a speech verb inside a clause", "",
			"UN envoy Jane Roe said the talks would resume. The border attacks underlined the urgency of a solution, she said.",
			[]st{{"Jane Roe", Indirect, "the talks would resume", ""}, {"Jane Roe", Indirect, "The border attacks underlined the urgency of a solution", ""}}},
		{"a participle after 'he said,' is the pronoun's speaker; 'explaining that' reports, 'explaining why' does not", "",
			"Coast guard spokesman Piet Kramer spoke in Den Helder.\nThe crews \"searched the dunes and the harbour,\" he said, adding that they were \"long and cold nights.\"\nKramer blamed the storm for the delay, explaining that the boats had stayed in port. \"We waited,\" he said, explaining why the search began late.",
			[]st{{"Piet Kramer", Indirect, "The crews \"searched the dunes and the harbour,\"", ""}, {"Piet Kramer", Indirect, "they were \"long and cold nights.\"", ""}, {"Piet Kramer", Indirect, "the boats had stayed in port", ""}, {"Piet Kramer", Direct, "We waited", ""}}},
		{"'said' then a lower-case description the lists do not know, then the full name", "",
			"\"The water came up to my knees,\" said Harbor Inn bellhop Marco Diaz.\n\"We need answers from the utility,\" said councilmember Ruth Okafor.\n\"We are tired,\" said union members on the picket line.",
			[]st{{"Marco Diaz", Direct, "The water came up to my knees", ""}, {"Ruth Okafor", Direct, "We need answers from the utility", ""}}},
		{"'said while A, B' reports both; 'said at the time' is no part of the clause; 'said while speaking to' reports nothing", "",
			"Fire chief Anna Berg briefed the council on Tuesday.\nThe chief said while 12 homes were damaged, nobody was hurt.\nBerg said at the time the blaze was under control.\n\"We are ready,\" she said while speaking to a local radio station.",
			[]st{{"Anna Berg", Indirect, "while 12 homes were damaged, nobody was hurt", ""}, {"Anna Berg", Indirect, "the blaze was under control", ""}, {"Anna Berg", Direct, "We are ready", ""}}},
		{"a role is the person titled so: a country's adjective with a shorter title, 'assistant' in lower case, a possessive after 'U.S. President'", "",
			"Norwegian Energy Minister Kari Dahl met her counterparts in Oslo on Monday.\nThe Norwegian minister said the quotas would stay.\nCity United assistant head coach Ben Ortiz praised the squad after the draw.\nThe assistant head coach said the team had grown.\nThe levy follows U.S. President Jon Weiss's tariff threat.\nThe U.S. president said the tariffs would start in May.",
			[]st{{"Kari Dahl", Indirect, "the quotas would stay", ""}, {"Ben Ortiz", Indirect, "the team had grown", ""}, {"Jon Weiss", Indirect, "the tariffs would start in May", ""}}},
		{"'said a statement from X's office' is X's, and so are the document's later 'it said' and 'the statement said'", "",
			"Union leader Mara Ostrova rejected the pay offer on Friday.\n\"This offer is an insult to every nurse,\" said a statement from Ostrova's office.\n\"We will strike next week,\" it said.\nTalks are due to resume on Monday at the ministry, officials confirmed.\n\"The door stays open,\" the statement said.",
			[]st{{"Mara Ostrova", Direct, "This offer is an insult to every nurse", ""}, {"Mara Ostrova", Direct, "We will strike next week", ""}, {"Mara Ostrova", Direct, "The door stays open", ""}}},
		{"a body's name joined by 'and' keeps a first word a title may use", "",
			"The National Rail and Maritime Authority said that the ferry would resume on Monday.",
			[]st{{"National Rail and Maritime Authority", Indirect, "the ferry would resume on Monday", ""}}},
		{"'They said' after a police force spoke, a victim count deep in its clause; 'the department said' is that force", "",
			"Two people were hurt in a crash on the ring road, Eastport police said on Sunday.\nPolice said the driver was arrested after the crash injured two people. They said speed was a factor.\n\"We thank the public for their help,\" the department said on its Facebook page.",
			[]st{{"Eastport police", Indirect, "Two people were hurt in a crash on the ring road", ""}, {"Eastport police", Indirect, "the driver was arrested after the crash injured two people", ""}, {"Eastport police", Indirect, "speed was a factor", ""}, {"Eastport police", Direct, "We thank the public for their help", ""}}},
		{"a lead 'COUNTRY's ministry spokesman said' is the person the next paragraph names as speaking", "",
			"OSLO: Norway's foreign ministry spokesman said on Monday that the embassy would reopen next month.\n\n\"The staff are ready to return,\" Erik Lund told reporters in Oslo.",
			[]st{{"Erik Lund", Indirect, "the embassy would reopen next month", ""}, {"Erik Lund", Direct, "The staff are ready to return", ""}}},
		{"'called upon' is 'called on'", "",
			"Branch secretary Jon Weiss said the first day of the strike was a success, and called upon nurses to stay away from the wards until the pay rise is paid.",
			[]st{{"Jon Weiss", Indirect, "the first day of the strike was a success", ""}, {"Jon Weiss", Indirect, "nurses to stay away from the wards until the pay rise is paid", ""}}},
		{"', and NAME said' after a clause of its own is NAME's; 'A, B and C said' stays nobody's", "",
			"Nurses' leader Ruth Okafor spoke in Leeds.\nTalks with the trust are expected to resume next week, and Okafor said members are ready to return.\nLeeds, York and Hull said the plan was fair.",
			[]st{{"Ruth Okafor", Indirect, "members are ready to return", ""}}},
		{"'X, TITLE, said that the Committee of ...' is X's clause; 'quoted by OUTLET (ACRONYM) as saying'; an acronym and a named appositive in an urged object", "",
			"Jon Weiss, Deputy Energy Minister of Norway, said that the Joint Monitoring Committee of the OPEC+ group discussed the request.\n\"Exports will stay flat,\" Energy Minister Kari Dahl was quoted by the Norwegian News Agency (NTB) as saying.\nMayor Ann Lee urged the Eastport Transit Authority (ETA) and its largest contractor, Harbor Rail to cut fares.",
			[]st{{"Jon Weiss", Indirect, "the Joint Monitoring Committee of the OPEC+ group discussed the request", ""}, {"Kari Dahl", Direct, "Exports will stay flat", "Norwegian News Agency"}, {"Ann Lee", Indirect, "the Eastport Transit Authority (ETA) and its largest contractor, Harbor Rail to cut fares", ""}}},
		{"a discourse marker between subject and verb; an audience with modifiers before 'that'", "",
			"Nurses' leader Ruth Okafor, for her part, said the talks had stalled.\nUnion chairman Tom Grey on the other hand warned the board to expect more strikes.\nMr Grey has fought the plan for years and last year warned a local council that the ward closures were unsafe.",
			[]st{{"Ruth Okafor", Indirect, "the talks had stalled", ""}, {"Tom Grey", Indirect, "the board to expect more strikes", ""}, {"Tom Grey", Indirect, "the ward closures were unsafe", ""}}},
		{"'the officer said' is the person last named with a rank", "",
			"Sgt. Maria Costa, who leads the search, spoke to reporters at the trailhead.\n\"We will not stop,\" the officer said. \"The hills are steep but we know them.\"",
			[]st{{"Maria Costa", Direct, "We will not stop", ""}, {"Maria Costa", Direct, "The hills are steep but we know them.", ""}}},
		{"a country's acronym opening a body's name is part of it", "",
			"The tremor was felt across the valley, the U.S. Geological Survey said. UK Coastguard Commander Jane Roe said the harbour was shut.",
			[]st{{"U.S. Geological Survey", Indirect, "The tremor was felt across the valley", ""}, {"Jane Roe", Indirect, "the harbour was shut", ""}}},
		{"an epithet of nationality, age or job after a manner-of-speaking verb is the last speaker, not a name met as an object since; a letter's label is no person", "",
			"Coach Ivo Petrov said his side deserved a draw.\nThe hosts won the Group B match after a late goal from Tom Grey.\n\"We were robbed by the officials,\" raged the Albanian.\n\"It was a scandal,\" said the 48-year-old.\n\"The players gave everything,\" the veteran coach said.",
			[]st{{"Ivo Petrov", Indirect, "his side deserved a draw", ""}, {"Ivo Petrov", Direct, "We were robbed by the officials", ""}, {"Ivo Petrov", Direct, "It was a scandal", ""}, {"Ivo Petrov", Direct, "The players gave everything", ""}}},
		{"'said a defiant NAME': an inverted attribution through lower-case modifiers; a one-word name of parts around a particle with an appositive; quotes run together without their closing marks", "",
			"Floods cut the valley road on Monday.\n\"We fear more rain,\" Abd-ul-Karim, the district officer in Swat, told AFP by telephone.\n\"The bridges will hold,\" said a weary Karim.\nDam engineer Ines Falk spoke next. \"The reservoir is full,\" she said. \"We opened two gates at dawn. \"If the rain goes on we open the third. Nobody will be hurt. \"The town is safe.\"",
			[]st{{"Abd-ul-Karim", Direct, "We fear more rain", ""}, {"Abd-ul-Karim", Direct, "The bridges will hold", ""}, {"Ines Falk", Direct, "The reservoir is full", ""}, {"Ines Falk", Direct, "We opened two gates at dawn.", ""}, {"Ines Falk", Direct, "If the rain goes on we open the third. Nobody will be hurt.", ""}, {"Ines Falk", Direct, "The town is safe.", ""}}},
		{"'NAME with the BODY' is the person, before or after the verb; a quote left open for its attribution in the next paragraph", "",
			"A crane fell on a school bus in Eastport.\n\"Both drivers are safe,\" says Ana Lupe with the Eastport Fire Department.\n\"The street stays shut,\" Lt. Jon Weiss with the Eastport Police Department told station KXYZ.\n\"We will rebuild the depot before the winter,\"\nWeiss said standing by the wreck.",
			[]st{{"Ana Lupe", Direct, "Both drivers are safe", ""}, {"Jon Weiss", Direct, "The street stays shut", ""}, {"Jon Weiss", Direct, "We will rebuild the depot before the winter", ""}}},
		{"'the Labour nominee said', 'the analyst said': the person the article described with the noun; 'the 64-year-old Gulf War veteran told' the last person named", "",
			"Labour nominee Ines Falk lost the seat.\n\"We will be back,\" the Labour nominee said.\nKarl Dahl, an analyst at Nordbank, cut his forecast.\n\"Turnout was low,\" the analyst said.\nMayor Tom Grey conceded too.\n\"Thank you all,\" the 64-year-old Gulf War veteran told his staff.",
			[]st{{"Ines Falk", Direct, "We will be back", ""}, {"Karl Dahl", Direct, "Turnout was low", ""}, {"Tom Grey", Direct, "Thank you all", ""}}},
		{"a pronoun no prose name precedes is the one person the photo caption under the headline names", "Dockers hold harbour rally",
			"Union leader Ines Falk addresses dock workers at the harbour in Eastport on Sunday. PHOTO: PORT TIMES\nSpeaking at the rally she said, \"Our demands are fair and we will not give up.\"\nShe warned that the strike would go on.",
			[]st{{"Ines Falk", Direct, "Our demands are fair and we will not give up.", ""}, {"Ines Falk", Indirect, "the strike would go on", ""}}},
		{"'\"Q,\" they said in a statement' after a body spoke is that body", "",
			"Eastport police had warned earlier they would clear the square.\n\"Some protesters have blocked the bridge,\" they said in a statement.\n\"Such acts endanger drivers,\" the statement said.",
			[]st{{"Eastport police", Indirect, "they would clear the square", ""}, {"Eastport police", Direct, "Some protesters have blocked the bridge", ""}, {"Eastport police", Direct, "Such acts endanger drivers", ""}}},
		{"'Acme on Wednesday introduced ...': a weekday between a sentence's subject and its verb", "",
			"Norvik on Wednesday introduced a folding phone. The company stated that it had sold 90,000 of them.",
			[]st{{"Norvik", Indirect, "it had sold 90,000 of them", ""}}},
		{"'X had earlier issued a statement.' then a paragraph that is one quote: the statement's words, X's", "",
			"Union leader Jon Weiss said the strike would go ahead.\nThe Harbour Board had earlier issued a statement on its disappointment at the strike.\n\"Industrial action will not alter the fact that the port faces cuts.",
			[]st{{"Jon Weiss", Indirect, "the strike would go ahead", ""}, {"Harbour Board", Direct, "Industrial action will not alter the fact that the port faces cuts.", ""}}},
		{"'Shares in the Irish software company NVK plummeted' makes NVK the company; 'released a terse statement yesterday, saying'; a body's initials after a quote are no surname, so 'it continued' is the body", "",
			"Shares in the Danish shipping company NVK plummeted on Monday.\nThe company eventually released a terse statement yesterday, saying it had lost a large order.\n\"Freight demand was weak,\" NVK said.\n\"In addition, fuel costs rose,\" it continued.",
			[]st{{"NVK", Indirect, "it had lost a large order", ""}, {"NVK", Direct, "Freight demand was weak", ""}, {"NVK", Direct, "In addition, fuel costs rose", ""}}},
		{"'Minister said' opening a sentence, its article left out: the person the article titled Minister", "",
			"Transport Minister Ines Falk spoke at the depot on Monday.\nMinister said the new trams were a turning point for the city. \"This is the first of forty.\"",
			[]st{{"Ines Falk", Indirect, "the new trams were a turning point for the city", ""}, {"Ines Falk", Direct, "This is the first of forty.", ""}}},
		{"'the state's security agency said': a body named by the place that owns it, in lower case", "",
			"A fugitive was shot near the border on Sunday.\n\"He opened fire on the officers,\" the state's security agency said in a statement. \"He died in hospital.\"",
			[]st{{"state's security agency", Direct, "He opened fire on the officers", ""}, {"state's security agency", Direct, "He died in hospital.", ""}}},
		{"'published a statement by NAME, APPOSITIVE,' then '\"Q\", the statement said': the statement's author", "",
			"Later, the agency published a statement by Jon Weiss, the head of the trade office, criticising the tariffs.\n\"The tariffs make any deal difficult\", the statement said.",
			[]st{{"Jon Weiss", Direct, "The tariffs make any deal difficult", ""}}},
		{"a surname that is also an adverb ('Still said') is the person the article named in full", "",
			"Dana Still, an economist at the port board, cut her forecast on Monday.\n\"Demand is soft and getting softer,\" Still said.\nStill said exports may slow in the spring.\nFreight rates will fall by June, Still said.",
			[]st{{"Dana Still", Direct, "Demand is soft and getting softer", ""}, {"Dana Still", Indirect, "exports may slow in the spring", ""}, {"Dana Still", Indirect, "Freight rates will fall by June", ""}}},
		{"the military or the army with no armed forces named speaks under the article's word; 'a military spokesman in PLACE told OUTLET' and 'a military statement said' too", "",
			"Twelve rebels were killed near the pass, a military spokesman said on Tuesday.\n\n\u201cWe pushed them back,\u201d a military spokesman in Kandor told Reuters.\n\n\u201cTwo of our men were hurt,\u201d he added.\n\nHe said roads to the pass stayed shut.\n\nThe army said on Wednesday that the pass had reopened. Four shops were looted, an army statement said. \u201cThe looters fled,\u201d the statement said.",
			[]st{{"military", Indirect, "Twelve rebels were killed near the pass", ""}, {"military", Direct, "We pushed them back", ""}, {"military", Direct, "Two of our men were hurt", ""}, {"military", Indirect, "roads to the pass stayed shut", ""}, {"army", Indirect, "the pass had reopened", ""}, {"army", Indirect, "Four shops were looted", ""}, {"army", Direct, "The looters fled", ""}}},
		{"an unnamed spokesperson of a named body 'told OUTLET', or posted 'in PLACE', speaks for the body", "",
			"\u201cThe plant is safe,\u201d a Norvik Energy spokeswoman told the Daily Post.\n\nThe reactor will restart in May, a Norvik Energy spokesman in Eastport said.",
			[]st{{"Norvik Energy", Direct, "The plant is safe", ""}, {"Norvik Energy", Indirect, "The reactor will restart in May", ""}}},
		{"a body a sentence opens with after a leading phrase of time ('On Monday, the third day of the strike, Norvik raised its offer') is the one a later 'the company says' stands for; 'X counters that' reports", "",
			"Union leader Jon Weiss said the strike would go on.\n\nOn Monday, the third day of the strike, Norvik raised its offer.\n\nWhile the company says the union ignored its calls, Weiss counters that nobody called him.",
			[]st{{"Jon Weiss", Indirect, "the strike would go on", ""}, {"Norvik", Indirect, "the union ignored its calls", ""}, {"Jon Weiss", Indirect, "nobody called him", ""}}},
		{"'the company said' after a union spoke (named in full or by its initials) is the company, never the union", "",
			"Norvik Steel Ltd says it wants a fair deal with the dockers.\n\nThe Baltic Dockworkers Federation has called a strike against Norvik Steel Ltd from Monday.\n\nThe BDF said on Sunday that it had filed complaints with the labour board.\n\nThe company said it will keep talking to the union.",
			[]st{{"Norvik Steel Ltd", Indirect, "it wants a fair deal with the dockers", ""}, {"Baltic Dockworkers Federation", Indirect, "it had filed complaints with the labour board", ""}, {"Norvik Steel Ltd", Indirect, "it will keep talking to the union", ""}}},
		{"a broadcast's reporter introduced as 'as OUTLET's NAME reports' narrates under her transcript label: her turns are nobody's, what they report others said is read", "",
			"Towns Empty Ahead Of Storm Hilda\n\n  • Transcript\n\nStorm Hilda has forced thousands from the northern coast.\n\nIt's NIGHT DESK from Coast Radio. I'm Karl Dahl. Storm Hilda reached land overnight with winds near 100 miles per hour.\n\nMoving them all took several days, as Coast Radio's Lena Varga reports.\n\nLENA VARGA: In Eastport, Maine, about 900 people passed through a shelter at the school. Most of them were the town's frail residents: the sick and the old. Fire captain Tom Grey was worn out on Sunday night.\n\nCaptain TOM GREY (Eastport Fire Department): We're used to floods. We're used to rescues and that kind of thing. This was something else.\n\nVARGA: Mary Poole was there with her brother, who can't walk far and uses a chair. The shelter struggled to find vans for chairs, so Poole waited for six hours.\n\nMs. MARY POOLE: We played cards and talked, and made the best of it.\n\nVARGA: Before the storm came, people near Westport made their last plans. For Jon Weiss, that meant tying down his boat. Weiss says locals know these storms well.\n\nMr. JON WEISS: I'm not scared at all.",
			[]st{{"Jon Weiss", Indirect, "locals know these storms well", ""}}},
		{"', adding that ...' after 'X denied ..., but Y confirmed ...' is Y's (the clause the participle hangs on), nobody's when Y is unnamed ('an officer')", "",
			"Spokesman Jon Weiss denied the report, but a police officer in the city confirmed the bridge was shut, adding that \"no repairs were planned.\"\n\nHarbour chief Tom Grey played down the damage, but Mayor Jane Roe confirmed the pier was closed, adding that the ferry would not run until June.",
			[]st{{"Jane Roe", Indirect, "the pier was closed", ""}, {"Jane Roe", Indirect, "the ferry would not run until June", ""}}},
		{"the agent of a participle modifying an unnamed subject ('Residents interviewed by the Eastport Herald ..., saying') is no speaker; a document's issuer ('A statement issued by X ..., saying') is", "",
			"Residents interviewed by the Eastport Herald blamed the council, saying the drains were blocked.\n\nA statement issued by the Harbour Board on Monday rejected the plan, saying it was too costly.",
			[]st{{"Harbour Board", Indirect, "it was too costly", ""}}},
		{"'Late on Friday, Baltic Grid lowered its forecast.' then 'the firm said'", "",
			"Late on Friday, Baltic Grid lowered its forecast. The firm said demand had fallen.",
			[]st{{"Baltic Grid", Indirect, "demand had fallen", ""}}},
		{"'CLAUSE, according to X, who noted that ...': the relative clause about the source closes the claim and is the source's own statement, a role ('the minister') too", "",
			"Transport Minister Jane Roe visited the depot on Monday.\n\nThe strike has left trams idle across the city, according to the minister, who noted that talks would resume on Friday.\n\nFares will rise in June, according to Tom Grey, who said that the board had no choice.",
			[]st{{"Jane Roe", Indirect, "The strike has left trams idle across the city", ""}, {"Jane Roe", Indirect, "talks would resume on Friday", ""}, {"Tom Grey", Indirect, "Fares will rise in June", ""}, {"Tom Grey", Indirect, "the board had no choice", ""}}},
		{"a quote running open over three paragraphs, its speaker named only in the last, is that speaker's in every paragraph", "",
			"The Harbour Board said it had hired 40 pilots.\n\n\u201cTen rescue crews have gone to the coast.\n\n\u201cTrials began in the north.\n\n\u201cStaff in the south have been trained,\u201d it said.\n\nJon Weiss spoke later.\n\n\u201cWe lost the vote.\n\n\u201cWe will try again.\n\n\u201cNothing is settled,\u201d Lena Varga told reporters.",
			[]st{{"Harbour Board", Indirect, "it had hired 40 pilots", ""}, {"Harbour Board", Direct, "Ten rescue crews have gone to the coast.", ""}, {"Harbour Board", Direct, "Trials began in the north.", ""}, {"Harbour Board", Direct, "Staff in the south have been trained", ""}, {"Lena Varga", Direct, "We lost the vote.", ""}, {"Lena Varga", Direct, "We will try again.", ""}, {"Lena Varga", Direct, "Nothing is settled", ""}}},
		{"'the agency said' after a public body spoke is that body, not a news agency; after an outlet or a company spoke it is not", "",
			"The Eastland Centre for Disease Control said on Monday that 152 people had died this year.\n\nThe public health agency said that the cases span 21 states.\n\nThe agency said the fatality rate had risen.\n\nNorvik Corp said its vaccine sales doubled. The agency said prices would rise.",
			[]st{{"Eastland Centre for Disease Control", Indirect, "152 people had died this year", ""}, {"Eastland Centre for Disease Control", Indirect, "the cases span 21 states", ""}, {"Eastland Centre for Disease Control", Indirect, "the fatality rate had risen", ""}, {"Norvik Corp", Indirect, "its vaccine sales doubled", ""}}},
		{"'the commission said' with no commission named in capitals is the body the article named in lower case, with its 'for PLACE'", "",
			"Rival parties rejected results released by the electoral commission on Sunday.\n\nThe commission said it had counted every ballot.\n\nThe independent water authority for Eastport, a port city, approved the plan.\n\nThe authority said rates would rise by 7%.",
			[]st{{"electoral commission", Indirect, "it had counted every ballot", ""}, {"independent water authority for Eastport", Indirect, "rates would rise by 7%", ""}}},
		{"'told AUDIENCE CLAUSE' with a plural of people as the audience ('the fire chiefs', 'ministers'); 'told X to VERB' is an order, read as after 'urged', a 'that' inside it its own", "",
			"Fire director Jon Weiss told the fire chiefs they need to plan for the worst.\n\nMayor Jane Roe told governors to stop blaming the city. She urged party loyalists to ignore the rumours but ensure that they vote on Sunday.\n\nTom Grey warned ministers the deficit would grow.",
			[]st{{"Jon Weiss", Indirect, "they need to plan for the worst", ""}, {"Jane Roe", Indirect, "governors to stop blaming the city", ""}, {"Jane Roe", Indirect, "party loyalists to ignore the rumours but ensure that they vote on Sunday", ""}, {"Tom Grey", Indirect, "the deficit would grow", ""}}},
		{"'according to the governor's office' is the person the article titled so, as 'the governor's office said' is; with no governor named, nobody", "",
			"Governor Jane Roe toured the coast on Monday.\n\nAccording to the governor\u2019s office, 26 districts have closed schools. Ferries will stop at noon, according to the governor's office.\n\nFlights resumed, according to the mayor's office.",
			[]st{{"Jane Roe", Indirect, "26 districts have closed schools", ""}, {"Jane Roe", Indirect, "Ferries will stop at noon", ""}}},
		{"'\"Q,\" they said in a statement' after a body's order to a group ('told residents to leave') is the body's; the group was ordered, it does not speak", "",
			"Eastport police said they would clear the square. They told residents to leave.\n\n\u201cSome protesters have blocked the bridge,\u201d they said in a statement.",
			[]st{{"Eastport police", Indirect, "they would clear the square", ""}, {"Eastport police", Indirect, "residents to leave", ""}, {"Eastport police", Direct, "Some protesters have blocked the bridge", ""}}},
		{"a quote left open runs on past a crosshead, a photo caption or a few quoted words set as a crosshead", "",
			"At the summit, Chancellor Lena Varga said: \u201cWe cannot fix the border alone.\n\nTrade row\n\nJon Weiss (right) with Lena Varga in Vienna (Jane Doe/AFP)\n\n\u201cOur neighbours want a quota system. That worked in the nineties.\n\n\u201cSecond, we need safe routes.\u201d\n\n\u201cIt hurts,\u201d the coach, Tom Grey, said after the defeat. \u201cWe trained alone for a week.\n\n\u2018We kept going\u2019\n\n\u201cI called every player myself. Nobody came back.\u201d\n\nJon Weiss had asked for calm.\n\nElection day\n\n\u201cThe turnout was low.\u201d",
			[]st{{"Lena Varga", Direct, "We cannot fix the border alone.", ""}, {"Lena Varga", Direct, "Our neighbours want a quota system. That worked in the nineties.", ""}, {"Lena Varga", Direct, "Second, we need safe routes.", ""}, {"Tom Grey", Direct, "It hurts", ""}, {"Tom Grey", Direct, "We trained alone for a week.", ""}, {"Tom Grey", Direct, "I called every player myself. Nobody came back.", ""}}},
		{"after '\"Q,\" said' a role once held and no name ('the former Minister of Transport', 'the ex-mayor') is the person last named; 'the former wife' is nobody (invphrase.go)", "",
			"Union leader Karl Dahl toured the depot.\n\n\u201cThe trains must run,\u201d insisted the former Minister of Transport. \u201cFares will rise,\u201d said the ex-mayor outside the depot. \u201cWe will see,\u201d said the former wife.",
			[]st{{"Karl Dahl", Direct, "The trains must run", ""}, {"Karl Dahl", Direct, "Fares will rise", ""}}},
		{"after '\"Q,\" said' a description of any shape, then the name, then any adjunct ('said the city's deputy fire chief Jane Roe shortly after midnight', 'cautioned Eastland Minister of Transport Tom Grey upstairs', 'the late', 'deputy head of mission'); a verb the lists lack ('opines') inverted after the quote's comma; no name a preposition or a verb governs, none before 'had' (invphrase.go)", "",
			"Crews fought the blaze for six hours.\n\n\u201cThe fire is contained,\u201d said the city's deputy fire chief Jane Roe shortly after midnight. \u201cNothing is settled,\u201d cautioned Eastland Minister of Transport Tom Grey upstairs.\n\n\u201cWe were lucky,\u201d opines veteran crew member Lena Varga.\n\n\u201cIt was arson,\u201d said a neighbour of Mary Poole. The alarm failed, said the wife of Jon Weiss. The owner, Karl Dahl, said Jon Weiss had no permit.\n\n\u201cShe warned us,\u201d recalled the late Hanna Berg's son. \u201cWe need help,\u201d added deputy head of mission Tom Grey via video link. The permit was forged, said a clerk representing Jon Weiss.\n\n\u201cThat is false,\u201d shot back Eastland mayor Karl Dahl. \u201cWe agree,\u201d chimed in Lena Varga.",
			[]st{{"Jane Roe", Direct, "The fire is contained", ""}, {"Tom Grey", Direct, "Nothing is settled", ""}, {"Lena Varga", Direct, "We were lucky", ""}, {"Karl Dahl", Indirect, "Jon Weiss had no permit", ""}, {"Tom Grey", Direct, "We need help", ""}, {"Karl Dahl", Direct, "That is false", ""}, {"Lena Varga", Direct, "We agree", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Title: tc.title, Text: tc.text}, tc.want)
		})
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a\r\nb\rc", "a\nb\nc"},
		{"  a \t b  \n\n\n  c  ", "a b\nc"},
		{"a\u00a0b\u200bc\u00adD", "a bcD"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"“curly” 'straight'", "“curly” 'straight'"},
		// glued sentences get the space a writer would have typed
		{`on Monday."We will go," she said.Later the vote.“Yes,”he said`, `on Monday. "We will go," she said. Later the vote. “Yes,” he said`},
		{`She called it "a step."Then,"No," she said`, `She called it "a step." Then, "No," she said`},
		{"U.S.Army e.g.The iOS.Apple site.com.Smith 3.5 No.1", "U.S.Army e.g.The iOS.Apple site.com.Smith 3.5 No.1"},
		{"Misspoken or misunderstoodThe minister said. McDonald YouTube LeBron DeAndre", "Misspoken or misunderstood\nThe minister said. McDonald YouTube LeBron DeAndre"},
		// typewriter quotes of old wire copy; a lone backtick is an apostrophe
		{"``Rates stay put,`` the bank`s chief said. ``No change.''", `"Rates stay put," the bank` + "`" + `s chief said. "No change."`},
		{"He said: ``We can't.''", `He said: "We can't."`},
		{"it''s ```code``` only", "it''s ```code``` only"},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestExtractScoresAndTime checks what Extract adds to what it finds: ids,
// scores, evidence and the article's fields, and that it keeps no state
// between calls.
func TestExtractScoresAndTime(t *testing.T) {
	an, err := tone.New(tone.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{Analyzer: an})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 4, 10, 12, 0, 0, 0, time.UTC)
	a := Article{Title: "T", URL: "https://x.example", Source: "src", Published: pub, Text: `"We will win," Jane Roe said.`}
	sts := x.Extract(a)
	if len(sts) != 1 {
		t.Fatalf("got %d statements", len(sts))
	}
	s := sts[0]
	if s.ID != ID("Jane Roe", "We will win") || s.Title != "T" || s.URL != a.URL || s.Source != "src" || !s.Time.Equal(pub) {
		t.Errorf("statement = %+v", s)
	}
	want := an.Score(s.Text)
	if s.Scores.Goldstein != want.Scores.Goldstein || s.Scores.Bayes != want.Scores.Bayes || s.Evidence.Len() != want.Evidence.Len() {
		t.Errorf("scores %+v; Score gives %+v", s.Scores, want.Scores)
	}
	again := x.Extract(a)
	if len(again) != 1 || again[0].ID != s.ID {
		t.Errorf("second call differs: %+v", again)
	}
}

// TestSeedTone checks the seed story's statements by their scores: Kim's
// hostile, Biden's and Kishida's conciliatory.
func TestSeedTone(t *testing.T) {
	x := newTestExtractor(t)
	sts := x.Extract(readArticle(t, "testdata/articles/seed.txt"))
	n := map[string]int{}
	for _, s := range sts {
		n[s.Speaker]++
		switch s.Speaker {
		case "Kim Jong Un":
			if s.Scores.Hostility <= s.Scores.Cooperation {
				t.Errorf("Kim: hostility %.2f <= cooperation %.2f for %q", s.Scores.Hostility, s.Scores.Cooperation, s.Text)
			}
		case "Joe Biden", "Fumio Kishida":
			if s.Scores.Goldstein <= 0 {
				t.Errorf("%s: goldstein %.2f <= 0 for %q", s.Speaker, s.Scores.Goldstein, s.Text)
			}
		}
	}
	if n["Kim Jong Un"] != 5 || n["Joe Biden"] != 2 || n["Fumio Kishida"] != 2 {
		t.Errorf("statements per speaker %v", n)
	}
}

// TestConcurrentExtract runs one Extractor from several goroutines (run
// with -race): every goroutine gets the same statements.
func TestConcurrentExtract(t *testing.T) {
	x := newTestExtractor(t)
	cases := goldCases(t, "testdata/articles")
	want := make([][]Statement, len(cases))
	for i, gc := range cases {
		want[i] = x.find(gc.article)
	}
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i, gc := range cases {
				got := x.find(gc.article)
				if len(got) != len(want[i]) {
					errs <- gc.name
					return
				}
				for k := range got {
					if got[k].ID != want[i][k].ID || got[k].Via != want[i][k].Via || got[k].Kind != want[i][k].Kind {
						errs <- gc.name
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if name := <-errs; name != "" {
			t.Errorf("concurrent Extract of %s differs", name)
		}
	}
}

// TestEmbeddedPost checks that a post embedded in a web page (a blockquote
// signed "— Name (@handle) date", which readability drops as social
// boilerplate) is kept and given to the person who signed it, in both the
// X embed markup and a live blog's own markup with a footer.
func TestEmbeddedPost(t *testing.T) {
	body := `<p>Storm crews worked through the night to restore power to the coast, where thousands of homes were still dark on Sunday morning and roads were blocked by fallen trees and debris.</p>
<p>Jane Roe, the regional governor, has posted a message on X.</p>
%s
<p>Jon Weiss said the army would help clear the roads. Officials said more rain was expected in the coming days across the whole region.</p>`
	for name, embed := range map[string]string{
		"x markup":      `<blockquote class="twitter-tweet"><p lang="en">We will rebuild every home. Nobody is alone.</p>&mdash; Jane Roe (@janeroe) <a href="https://x.com/janeroe/status/1">May 4, 2026</a></blockquote>`,
		"footer markup": `<blockquote class="social-embed"><p>“We will rebuild every home. Nobody is alone.”</p><footer>— Jane Roe (@janeroe) May 4, 2026</footer></blockquote>`,
	} {
		page := "<html><head><title>Storm live</title></head><body><article>" + fmt.Sprintf(body, embed) + "</article></body></html>"
		a, err := ParseArticle([]byte(page), "text/html")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		x, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range x.find(a) {
			got = append(got, s.Speaker+"|"+string(s.Kind)+"|"+s.Text)
		}
		want := []string{"Jane Roe|direct|We will rebuild every home. Nobody is alone.", "Jon Weiss|indirect|the army would help clear the roads"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}
