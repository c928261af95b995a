package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of a paragraph: a word (letters and digits with inner
// apostrophes, hyphens and dots) or one punctuation mark. Offsets are into the
// normalised article.
type tok struct {
	s, low     string
	start, end int
	word, up   bool // a word; starts with an upper-case letter (or al-X)
	mid        bool // follows a lower-case word
	q          int  // index of the quote span the token is inside, or -1
}

// tokenize splits norm[start:end] into tokens.
func tokenize(norm string, start, end int) []tok {
	out := make([]tok, 0, (end-start)/5+4)
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(norm[i:end])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			out = append(out, tok{s: norm[i : i+w], low: norm[i : i+w], start: i, end: i + w, q: -1})
			i += w
			continue
		}
		j := i + w
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(norm[j:end])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if r2 == '&' && j+1 < end && norm[j-1] >= 'A' && norm[j-1] <= 'Z' && norm[j+1] >= 'A' && norm[j+1] <= 'Z' {
				// "AT&T", "S&P", "P&G": one name in capitals
				j++
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
				if j+w2 < end {
					r3, _ := utf8.DecodeRuneInString(norm[j+w2 : end])
					if isWordRune(r3) && !(r2 == '-' && slugBefore(norm, i, j, j+w2, end, out)) {
						j += w2
						continue
					}
				}
			}
			break
		}
		// keep the stop of an initial or an abbreviation (S. Jaishankar, U.S., Mr.)
		if j < end && norm[j] == '.' {
			word := norm[i:j]
			if strings.Contains(word, ".") || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r)) || lowerKey(abbreviations, word) {
				j++
			}
		}
		s := norm[i:j]
		low := toLower(s)
		up := unicode.IsUpper(r) || particleName(s)
		if up && slashGlued(norm, i, j, start, end) {
			// "Thomson Reuters I/B/E/S", "a Reuters/Ipsos poll": a word
			// joined by a slash to the next or the one before is no
			// name's word ("Thomson Reuters" is the name)
			up = false
		}
		// "spokesperson He Yadong": a name, not the pronoun, after a
		// lower-case word
		mid := len(out) > 0 && out[len(out)-1].word && !out[len(out)-1].up
		out = append(out, tok{s: s, low: low, start: i, end: j, word: true, up: up, mid: mid, q: -1})
		i = j
	}
	return out
}

// slugBefore reports whether the hyphen at norm[j] ends a wire headline
// slug fused to the name after it ("EXCLUSIVE-Jane Roe said", "UPDATE
// 2-Jane Roe said"): the word norm[i:j] is a slug of wireSlugs in capitals
// opening the text, or one or two digits after one, and a capitalised word
// in lower case follows at k ("NATO-Russia Council" stays one name).
func slugBefore(norm string, i, j, k, end int, out []tok) bool {
	w := norm[i:j]
	r1, n1 := utf8.DecodeRuneInString(norm[k:end])
	if !unicode.IsUpper(r1) || k+n1 >= end {
		return false
	}
	if r2, _ := utf8.DecodeRuneInString(norm[k+n1 : end]); !unicode.IsLower(r2) {
		return false
	}
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	if letters >= 4 && digits == 0 && len(out) == 0 {
		return wireSlugs[strings.ToLower(w)]
	}
	if letters == 0 && digits <= 2 && len(out) == 1 {
		prev := out[len(out)-1]
		return prev.word && wireSlugs[prev.low]
	}
	return false
}

// wireSlugs open a wire story's headline or lead, fused to it by a hyphen:
// "EXCLUSIVE-", "UPDATE 2-", "ANALYSIS-".
var wireSlugs = set(`exclusive update wrapup analysis factbox explainer insight breakingviews column focus brief corrected
refile rpt timeline interview graphic poll preview urgent flash`)

// slashGlued reports whether the word norm[i:j] is joined by a slash,
// without a space, to a word after or before it (inside start:end).
func slashGlued(norm string, i, j, start, end int) bool {
	if j+1 < end && norm[j] == '/' {
		if r, _ := utf8.DecodeRuneInString(norm[j+1 : end]); isWordRune(r) {
			return true
		}
	}
	if i-1 > start && norm[i-1] == '/' {
		if r, _ := utf8.DecodeLastRuneInString(norm[start : i-1]); isWordRune(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titleWords precede a name and are not part of it (President, Foreign
// Minister, Supreme Leader, Mr), demonyms that qualify it (Egyptian) and
// party labels (Spanish Socialist, Republican).
var titleWords = set(`president prime minister foreign secretary state supreme leader chancellor mr mr. mrs mrs. ms ms. miss
dr dr. general gen. maj. col. adm. brig. capt. cmdr. prof gov rep lt col capt sgt maj secretary-general spokesman spokeswoman spokesperson defense defence affairs external health finance home
interior vice deputy senator sen. sen rep. representative gov. governor king queen prince princess pope chairman chairwoman
chair chief executive officer ceo cfo coo ambassador envoy special commissioner mp mep td msp mla mpp charge comrade respected marshal admiral
colonel lt. sgt. captain judge justice speaker director head mayor premier shadow opposition sheikh emir crown sultan
cardinal archbishop bishop professor prof. sir dame lord lady rabbi imam ayatollah commander lieutenant sergeant attorney
agriculture trade commerce economy energy environment education transport labor treasury national security adviser
advisor official vice-president deputy-prime first acting interim former senior top councilman councilwoman
councillor councilor alderman alderwoman assemblyman assemblywoman congressman congresswoman delegate
superintendent taoiseach tanaiste tánaiste magistrate prosecutor solicitor barrister inspector detective constable coach skipper
corporal cpl cpl. pvt pvt. pte pte. reverend rev. pastor brigadier sheriff chancellor-elect president-elect foreign-minister director-general under-secretary
deputy-director secretary-general honourable honorable hon. h.e. excellency rt. administrator counsel principal
registrar founder cofounder chairperson representatives senators reps. sens. commissioner-general inspector-general auditor-general attorney-general solicitor-general surgeon-general
` + demonymList + `
socialist conservative labour republican democrat democratic liberal centrist communist tory`)

// capTitles are titles only when capitalised before a name ("Presidential
// Aide Jon Weiss", "BJP MLA Jane Roe"); in lower case ("a senior House
// aide said") they name no one and stay out of titleWords.
var capTitles = set(`aide lawmaker legislator whip mla mlc mpp msp mna coordinator`)

// isTitleWord reports whether a lower-case word is a title: one of
// titleWords, or a compound of one ("ex-president", "co-founder",
// "mayor-elect", "vice-chair").
func isTitleWord(low string) bool {
	if titleWords[low] {
		return true
	}
	i := strings.IndexByte(low, '-')
	if i <= 0 || i == len(low)-1 {
		return false
	}
	a, b := low[:i], low[i+1:]
	return titlePrefixes[a] && isTitleWord(b) || titleWords[a] && titleSuffixes[b] || rankPart(a) && rankPart(b)
}

// rankPart reports whether a word is a military or police rank or its
// abbreviation ("maj", "general", "lt"), so that two of them joined by a
// hyphen are one rank: "Maj-Gen", "Lt-Col", "Brig-Gen", "Major-General".
func rankPart(w string) bool { return rankWords[w] }

// rankWords are ranks, their abbreviations, and the words that only
// qualify one ("rear", "air").
var rankWords = set(`general gen major maj lieutenant lt colonel col brigadier brig captain capt sergeant sgt admiral adm
commander cmdr superintendent supt inspector insp marshal corporal cpl rear air`)

// titlePrefixes and titleSuffixes make a title of a title: "ex-president",
// "co-founder", "president-elect", "minister-designate".
var (
	titlePrefixes = set(`ex former vice deputy co acting interim assistant associate under sub`)
	titleSuffixes = set(`elect designate`)
)

// demonymList are the demonyms and country abbreviations of titleWords:
// "Egyptian", "U.S.".
const demonymList = `korean japanese chinese american russian british french german egyptian turkish israeli iranian ukrainian indian pakistani
philippine filipino european qatari saudi emirati syrian iraqi afghan canadian mexican brazilian italian spanish polish
dutch swedish danish norwegian finnish australian taiwanese vietnamese thai indonesian malaysian palestinian lebanese
jordanian yemeni libyan sudanese ethiopian kenyan nigerian african arab western belarusian georgian armenian azerbaijani
kazakh hungarian czech slovak romanian bulgarian serbian croatian greek cuban venezuelan colombian argentine chilean
peruvian scottish irish welsh swiss austrian belgian portuguese soviet u.s. u.n. u.k. e.u.
estonian latvian lithuanian moldovan albanian kosovar macedonian slovenian bosnian montenegrin icelandic maltese cypriot
luxembourgish ghanaian senegalese somali ugandan tanzanian rwandan zimbabwean zambian congolese cameroonian ivorian
moroccan algerian tunisian malian chadian eritrean angolan mozambican namibian botswanan malawian omani kuwaiti bahraini
bangladeshi nepali nepalese mongolian cambodian laotian burmese singaporean uzbek tajik kyrgyz turkmen ecuadorian
bolivian paraguayan uruguayan guatemalan honduran salvadoran nicaraguan panamanian haitian jamaican`

// demonymWords qualify a name without being part of an organisation's name
// ("U.S. Centers for Disease Control").
var demonymWords = set(demonymList)

// leadWords are capitalised only because they start a sentence or a phrase;
// they never start a name.
var leadWords = set(`the a an in on at but and or later earlier speaking after before when while as for with from by during
according meanwhile however also this that these those it he she they we i our his her their its my your there here then now
yet so if once since until of to both all some many most no not every each last next asked following asked addressing
expressing accompanying citing quoting despite amid under over about against among between through without within
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december today yesterday tonight a.m. p.m. two three four five six seven eight nine ten dozens hundreds
thousands several few other another though although whereas unless because whether even`)

// dayWords break a run of capitals: "Monday" and "March" are never names.
var dayWords = set(`monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december`)

// jobNouns, with personNouns, may stand before a name as a description:
// "Cricketer Sana Mir", "Novelist Jane Roe".
var jobNouns = set(`cricketer footballer athlete player actor actress singer rapper author novelist poet scientist
researcher historian campaigner activist filmmaker director producer chef farmer nurse teacher student resident`)

// nameSuffixes end a name: "Jr.", "III".
var nameSuffixes = set(`jr jr. sr sr. ii iii iv`)

// connectors may join the capitalised parts of a name.
var connectors = set(`bin bint ibn al el de del della da di dos van von der den la le du y`)

// orgWords end the name of an organisation.
var orgWords = set(`agency news ministry office committee council party government union bank group grid energy corp
corporation inc ltd company association organization organisation institute university commission department army
forces court parliament assembly congress senate fund nations federation league alliance front network press times post
television tv radio broadcasting media service services authority board bureau centre center foundation a/s ab plc llc
gmbh ag sa asa oyj nv spa command embassy consulate police navy journal telegraph tribune herald gazette daily wire kremlin pentagon
staff administration forum society trust coalition secretariat tribunal directorate caucus watch academy observatory
hospital hospitals clinic school college church guard survey district guild
leagues unions associations federations councils committees commissions alliances industries holdings airlines airways
laboratories technologies lines trustees directors governors regents brotherhood movement patrol legislature museum`)

// corpSuffixes end a company's name as its legal form: "Kakao Corp",
// "Baltic Grid Inc."; the name without them is the same company.
var corpSuffixes = set(`corp corp. corporation inc inc. ltd ltd. co co. plc llc group holdings ag sa gmbh nv a/s ab asa oyj spa`)

// outletWords end the name of a news outlet.
var outletWords = set(`news press times post television tv radio broadcasting journal telegraph tribune herald gazette
daily wire`)

// personRoles are nouns that, after "the", refer back to a named person:
// "the leader said", "the minister added".
var personRoles = set(`leader dictator president minister chancellor comrade premier spokesman spokeswoman spokesperson
secretary envoy ambassador general chief king queen senator governor mayor chairman chairwoman official diplomat
lawmaker congressman congresswoman politician commander prince princess pope director`)

// pronouns that can be a speaker.
var pronouns = map[string]string{"he": "m", "she": "f"}

// isNameTok reports whether t can be part of a name.
func isNameTok(t tok) bool {
	return t.word && t.up && t.q < 0 && !dayWords[t.low]
}

func isPossessive(t tok) bool {
	return strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "’s")
}

// ownerRun returns a copy of the capitalised run whose last token, when it
// is a possessive ("Mary Lane's", "the RJD’s"), has lost its "'s": the
// owner's name, to be read as a speaker.
func ownerRun(run []tok) []tok {
	own := append([]tok(nil), run...)
	if last := &own[len(own)-1]; isPossessive(*last) {
		n := len("'s")
		if strings.HasSuffix(last.s, "’s") {
			n = len("’s")
		}
		last.s, last.low, last.end = last.s[:len(last.s)-n], last.low[:len(last.low)-n], last.end-n
	}
	return own
}

// stripName turns a run of capitalised tokens into a name: leading
// sentence words dropped, everything up to the last title word dropped (when
// a non-title word follows it). It returns "" when nothing name-like is left.
// particleName reports whether a lower-case word is a name with a particle:
// al-Ansari, el-Sisi, bin-Salman, ad-Din.
func particleName(s string) bool {
	if len(s) < 3 || s[2] != '-' && (len(s) < 4 || s[3] != '-') && s[0] != 'd' {
		return false // no particle opens it: each ends in a hyphen at byte 2 or 3, or is d' or d’
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "bin-", "ibn-", "abu-", "d'", "d’"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			r, _ := utf8.DecodeRuneInString(s[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// surnameHe reports whether a run of two capitalised words opens with the
// surname He ("He Biao said", "He Lifeng told"): at a sentence start too,
// "He" before one more capitalised word that is no lead word, day, month
// or title is no pronoun.
func surnameHe(run []tok) bool {
	if len(run) != 2 || run[0].s != "He" || isPossessive(run[0]) {
		return false
	}
	w := run[1].low
	return run[1].up && !leadWords[w] && !dayWords[w] && !isTitleWord(w) && !personRoles[w]
}

// givenMay reports whether a run of two capitalised words opens with the
// given name May before a surname ("May Sopa said"): no month there, which
// a preposition or a day would go with ("in May", "May 5").
func givenMay(run []tok) bool {
	if len(run) != 2 || run[0].s != "May" {
		return false
	}
	w := run[1].low
	return run[1].up && run[1].word && !isPossessive(run[1]) && !leadWords[w] && !dayWords[w] && !isTitleWord(w) && !timeWords[w] && !orgWords[w]
}

// initialA reports whether a run opens with the initial "A" before more
// initials without full stops and a surname ("A K Antony", "A B Vajpayee"):
// the "A" is no article there.
func initialA(run []tok) bool {
	if len(run) < 3 || run[0].s != "A" {
		return false
	}
	for _, t := range run[1 : len(run)-1] {
		if len(t.s) != 1 || t.s[0] < 'A' || t.s[0] > 'Z' {
			return false
		}
	}
	return len(run[len(run)-1].s) > 1
}

func stripName(run []tok) []tok {
	may := givenMay(run) // (the run itself, not "In May Jones")
	for len(run) > 0 && (leadWords[run[0].low] && !(run[0].mid && pronouns[run[0].low] != "" && len(run) > 1) && !surnameHe(run) && !initialA(run) && !may || connectors[run[0].low] || isPossessive(run[0]) && !innerPossessive(run, 0)) {
		run = run[1:]
	}
	// cut at a possessive: "Qatar's Prime Minister X" -> "Prime Minister X"
	for i := len(run) - 1; i >= 0; i-- {
		if isPossessive(run[i]) && !innerPossessive(run, i) {
			run = run[i+1:]
			break
		}
	}
	if len(run) >= 2 && orgWords[run[len(run)-1].low] && !titleWords[run[len(run)-1].low] {
		// an organisation keeps its qualifiers: "Palestinian Olympic
		// Committee", "European Central Bank"
		return run
	}
	// a job before a name at a sentence start: "Nurse Jane Carney",
	// "Farmer Tom Baker"
	if len(run) >= 3 && (personNouns[run[0].low] || jobNouns[run[0].low]) {
		run = run[1:]
	}
	last := -1
	for i, t := range run {
		if (isTitleWord(t.low) || t.up && capTitles[t.low] || rankMajor(run, i)) && i+1 < len(run) && !givenNameTitle(run, i) {
			nonTitleAfter := false
			for _, u := range run[i+1:] {
				if !isTitleWord(u.low) && !(u.up && capTitles[u.low]) && !nameSuffixes[u.low] {
					// (a suffix alone does not make a name after a title:
					// "Martin Luther King Jr.")
					nonTitleAfter = true
				}
			}
			if nonTitleAfter {
				last = i
			}
		}
	}
	run = run[last+1:]
	run = afterOrgName(run)
	for len(run) > 1 && postNominals[run[len(run)-1].low] {
		// "Jane Roe MP"
		run = run[:len(run)-1]
	}
	for len(run) > 0 && connectors[run[0].low] {
		run = run[1:]
	}
	for len(run) > 0 && (connectors[run[len(run)-1].low] || !run[len(run)-1].up) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 || (isTitleWord(run[len(run)-1].low) || capTitles[run[len(run)-1].low]) && !titleSurname(run) {
		return nil
	}
	return run
}

// rankMajor reports whether "Major" at run[i] is a military rank: before
// a given name and a surname ("Major Nasir Khan", "Major General Ali
// Baba"), not a surname ("John Major") or a body's first word ("Major
// League Baseball").
func rankMajor(run []tok, i int) bool {
	if run[i].low != "major" || !run[i].up || i+2 >= len(run) {
		return false
	}
	for _, t := range run[i+1:] {
		if !t.up || orgWords[t.low] || t.low == "league" || t.low == "crimes" {
			return false
		}
	}
	return true
}

// titleSurname reports whether a person's name ends in a surname that is
// also a title word ("Shaukat Sultan", "Jane King", "Tom Bishop"): a
// capitalised name word before it that is no title, body, place or
// faith word, so "Kremlin Spokesman" and "Catholic Bishop" stay titles.
func titleSurname(run []tok) bool {
	n := len(run)
	if n < 2 || !surnameTitles[run[n-1].low] || !run[n-1].up {
		return false
	}
	t := run[n-2]
	return t.up && t.word && t.q < 0 && !isAcronym(t.s) && !isTitleWord(t.low) && !capTitles[t.low] && !orgWords[t.low] &&
		!countryWord(t) && !faithWords[t.low] && !leadWords[t.low]
}

// surnameTitles are title words that are common surnames too.
var surnameTitles = set(`sultan king bishop marshal major judge prince`)

// faithWords qualify a title of a church or faith: "the Anglican Bishop".
var faithWords = set(`catholic anglican orthodox lutheran methodist episcopal coptic roman ottoman islamic`)

func joinToks(norm string, ts []tok) string {
	if len(ts) == 0 {
		return ""
	}
	s := norm[ts[0].start:ts[len(ts)-1].end]
	if len(ts) >= 5 && strings.ContainsAny(s, "\"“”") {
		// a run holds a nickname only when runRight or runLeft read
		// across one (nicknameLen): the name is written without it
		var b strings.Builder
		for i := 0; i < len(ts); i++ {
			if n := nicknameLen(ts, i); n > 0 && i > 0 {
				i += n - 1
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(ts[i].s)
		}
		return b.String()
	}
	return s
}

// nicknameLen returns the number of tokens of a nickname in quotes at
// ts[i] (a quote mark, one or two words, the first capitalised, and the
// closing mark, each a space apart) between the words of a name: "Paolo
// “Bam” Aquino IV", "Joseph Victor "JV" Ejercito". 0 when there is none.
func nicknameLen(ts []tok, i int) int {
	if i+2 >= len(ts) || ts[i].word || ts[i].s != "“" && ts[i].s != `"` {
		return 0
	}
	if c, _ := utf8.DecodeRuneInString(ts[i+1].s); !ts[i+1].word || !unicode.IsUpper(c) || ts[i+1].start != ts[i].end {
		return 0
	}
	for n := 2; n <= 3 && i+n < len(ts); n++ {
		t := ts[i+n]
		if !t.word && (t.s == "”" || t.s == `"`) && t.start == ts[i+n-1].end {
			return n + 1
		}
		if !t.word {
			return 0
		}
	}
	return 0
}

// runLeft returns the run of name tokens ending at ts[j] (inclusive), or nil.
func runLeft(ts []tok, j int) []tok {
	if j < 0 || !isNameTok(ts[j]) || connectors[ts[j].low] {
		return nil
	}
	k := j
	for k > 0 {
		if isNameTok(ts[k-1]) && (!isPossessive(ts[k-1]) || orgWords[ts[j].low] && namePossessive(ts, k-1)) {
			// ("People's Liberation Army", "St Mary's Hospital")
			k--
			continue
		}
		if k >= 5 && (ts[k-1].s == "”" || ts[k-1].s == `"`) {
			// "Joseph Victor “JV” Ejercito said": a nickname in quotes
			// inside the name
			m := k - 3
			if ts[m].word {
				m--
			}
			if m >= 1 && nicknameLen(ts, m) == k-m && isNameTok(ts[m-1]) && !isPossessive(ts[m-1]) {
				k = m - 1
				continue
			}
		}
		if k >= 2 && orgWords[ts[j].low] && pluralApostrophe(ts, k-1) {
			// "Eastport Supporters' Trust", "Veterans' Affairs Department"
			k -= 2
			continue
		}
		if k >= 2 && ts[k-1].s == "&" && isNameTok(ts[k-2]) && !isPossessive(ts[k-2]) && ts[k-1].start == ts[k-2].end+1 && ts[k].start == ts[k-1].end+1 {
			// "Marks & Spencer", "Procter & Gamble": one name
			k -= 2
			continue
		}
		// up to two particles between names: "Ursula von der Leyen"
		c := k - 1
		for c >= 0 && c >= k-2 && connectors[ts[c].low] {
			c--
		}
		if c < k-1 && c >= 0 && isNameTok(ts[c]) && !isPossessive(ts[c]) {
			k = c
			continue
		}
		break
	}
	return ts[k : j+1]
}

// headlineVerbs are the speech verbs a title-case headline capitalises
// after its speaker ("Jane Roe Says ...", "Minister Warns ..."): never a
// word of a name.
var headlineVerbs = set(`says tells warns urges vows insists denies slams reiterates stresses`)

// runRight returns the run of name tokens starting at ts[j], or nil.
func runRight(ts []tok, j int) []tok {
	if j >= len(ts) || !isNameTok(ts[j]) {
		return nil
	}
	k := j
	for k+1 < len(ts) && (!isPossessive(ts[k]) || namePossessive(ts, k) && isNameTok(ts[k+1]) && orgWordsAhead(ts, k+1)) {
		if headlineVerbs[ts[k+1].low] {
			// "Minister Jane Roe Says Talks Will Resume": a title-case
			// headline's verb ends the name
			break
		}
		if isNameTok(ts[k+1]) {
			k++
			continue
		}
		if n := nicknameLen(ts, k+1); n > 0 && k+1+n < len(ts) && isNameTok(ts[k+1+n]) && !isPossessive(ts[k]) {
			// "Sen. Paolo “Bam” Aquino IV": a nickname in quotes inside
			// the name
			k += n + 1
			continue
		}
		if k+2 < len(ts) && pluralApostrophe(ts, k+1) && isNameTok(ts[k+2]) && orgWordsAhead(ts, k+2) {
			// "Eastport Supporters' Trust"
			k += 2
			continue
		}
		if k+2 < len(ts) && ts[k+1].s == "&" && isNameTok(ts[k+2]) && ts[k+1].start == ts[k].end+1 && ts[k+2].start == ts[k+1].end+1 {
			// "Marks & Spencer"
			k += 2
			continue
		}
		c := k + 1
		for c < len(ts) && c <= k+2 && connectors[ts[c].low] {
			c++
		}
		if c > k+1 && c < len(ts) && isNameTok(ts[c]) {
			k = c
			continue
		}
		break
	}
	return ts[j : k+1]
}

func isOrgName(words []string) bool {
	return len(words) > 0 && lowerKey(orgWords, words[len(words)-1])
}

func isOutletName(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if lowerKey(outletWords, last) {
		return true
	}
	if lowerIs(last, "agency") && len(words) >= 2 {
		p := words[len(words)-2]
		return lowerIs(p, "news") || lowerIs(p, "press")
	}
	return false
}

// lowerKey returns m[strings.ToLower(s)], without building the lower-case
// string when s is a short ASCII word (a map look-up of string(bytes)
// does not allocate).
func lowerKey[V any](m map[string]V, s string) V {
	var buf [48]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

// lowerIs reports whether strings.ToLower(s) == low, without building the
// lower-case string when s is ASCII.
func lowerIs(s, low string) bool {
	if !isASCII(s) {
		return strings.ToLower(s) == low
	}
	if len(s) != len(low) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// titleCase turns "RACHEL REEVES" into "Rachel Reeves".
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		start = r == ' ' || r == '-'
		b.WriteRune(r)
	}
	return b.String()
}

// placeLast end the name of a place, a building or a feature of the land:
// "Sado Island", "Niigata Prefecture", "Sion Street".
var placeLast = set(`island islands river lake sea ocean gulf strait peninsula valley mountains desert coast prefecture
province county district region village street road avenue square boulevard bridge airport station harbour harbor
canal islet islets isle isles atoll reef archipelago plateau canyon lagoon glacier highway motorway checkpoint`)

// thingLast end the name of a thing that never speaks: a statistic, a
// law, a pact, a contest or an award ("Consumer Price Index", "Clean Air
// Act", "Paris Agreement", "World Cup").
var thingLast = set(`index act bill treaty accord agreement cup championship championships trophy prize award festival
olympics charter convention constitution protocol declaration resolution`)

// stormFirst open the name of a storm: "Storm Dennis", "Hurricane Katrina".
var stormFirst = set(`storm hurricane typhoon cyclone tropical`)

// placeName reports whether a name of several words is a place, a storm or
// a thing (thingLast), never a speaker.
func placeName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	if lowerIs(last, "district") && lowerKey(districtKinds, words[len(words)-2]) {
		// "Eastport School District", "Delta Water District": a body
		return false
	}
	if len(words) == 2 && len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z' && len(words[0]) > 2 {
		// "Group E", "Plan B", "Gate C": a thing's label, no person
		return true
	}
	if len(words) == 2 && lowerKey(compassWords, words[0]) && lowerKey(continents, last) && !lowerKey(countryNames, words[0]+" "+last) {
		// "South Asia", "East Africa", "Latin America": a region (not
		// the state "South Africa")
		return true
	}
	if len(words) == 2 && lowerKey(placeFirst, words[0]) {
		// "Las Bambas began operating", "Los Alamos": a place (or a
		// mine), no person a later "he said" stands for
		return true
	}
	return lowerKey(placeLast, last) || lowerKey(thingLast, last) || lowerKey(stormFirst, words[0])
}

// placeFirst open a place's name of two words, never a person's: the
// Spanish plural articles, "San", "São", "Fort" ("Las Vegas", "San Jose",
// "Fort Worth").
var placeFirst = set(`los las san são fort`)

// compassWords open a region's name before a continent's ("South Asia").
var compassWords = set(`north south east west central northern southern eastern western northeast northwest southeast
southwest latin sub-saharan`)

// continents end a region's name ("East Africa", "Central Europe").
var continents = set(`asia africa europe america americas`)

// districtKinds make a district a public body, not a place: "School
// District", "Water District".
var districtKinds = set(`school schools water fire health hospital sanitation irrigation park parks library transit
utility utilities port sewer conservation`)

// armedName reports whether an organisation's name is a state's armed
// forces, which the article may call "the army" or "the military": "Sudanese
// Armed Forces", "Israel Defense Forces", "Myanmar Army".
func armedName(words []string) bool {
	n := len(words)
	last := words[n-1]
	for i, w := range words[:n-1] {
		if lowerKey(rebelWords, w) && !(i == 1 && lowerIs(words[0], "people's")) {
			// "Sudan Liberation Army", "Free Syrian Army": a rebel
			// force, never the state's "army" ("People's Liberation
			// Army" is China's)
			return false
		}
	}
	if lowerIs(last, "army") || lowerIs(last, "military") {
		return n >= 2
	}
	if !lowerIs(last, "forces") || n < 2 {
		return false
	}
	prev := words[n-2]
	return lowerIs(prev, "armed") || lowerIs(prev, "defense") || lowerIs(prev, "defence")
}

// rebelWords name a rebel or private force's cause in its name: "Sudan
// Liberation Army", "Kachin Independence Army", "Lord's Resistance Army".
var rebelWords = set(`liberation independence resistance revolutionary salvation free republican rebel national-liberation`)

// postNominals follow a name and are no part of it: "Jane Roe MP".
var postNominals = set(`mp mep msp mla mpp qc kc`)

// afterOrgName drops the end of an organisation's name that a title left
// before a person's name: "(Head of the State) Guard Department Valeriy
// Heletei" -> "Valeriy Heletei", "Fox News Jane Roe" -> "Jane Roe". The
// organisation's name must have two words or more and the person's two or
// more words with no organisation or title word among them; a run that
// ends in an organisation word is the organisation's and stays whole.
func afterOrgName(run []tok) []tok {
	n := len(run)
	if n < 4 || orgWords[run[n-1].low] {
		return run
	}
	for i := n - 3; i >= 1; i-- {
		if !orgWords[run[i].low] || isPossessive(run[i]) {
			continue
		}
		for _, t := range run[i+1:] {
			if orgWords[t.low] || isTitleWord(t.low) {
				return run
			}
		}
		return run[i+1:]
	}
	return run
}

// innerPossessive reports whether the possessive run[i] is part of an
// organisation's name, not its owner: a common noun's ("People's
// Liberation Army", "Children's Hospital", "Veterans' Affairs Department")
// or a saint's ("St Mary's Hospital"), in a run that ends with an
// organisation word.
func innerPossessive(run []tok, i int) bool {
	if i+1 >= len(run) || !orgWords[run[len(run)-1].low] {
		return false
	}
	base := strings.TrimSuffix(strings.TrimSuffix(run[i].low, "'s"), "’s")
	return possessiveNouns[base] || i > 0 && saintWords[run[i-1].low]
}

// namePossessive reports whether the possessive ts[k] may be inside a
// body's name: a common noun's ("People's") or a saint's ("St Mary's").
func namePossessive(ts []tok, k int) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(ts[k].low, "'s"), "’s")
	return possessiveNouns[base] || k > 0 && saintWords[ts[k-1].low] && ts[k-1].q < 0
}

// orgWordsAhead reports whether the capitalised words from ts[k] end with an
// organisation word ("Liberation Army", "Hospital").
func orgWordsAhead(ts []tok, k int) bool {
	e := k
	for e+1 < len(ts) && isNameTok(ts[e+1]) && !isPossessive(ts[e]) {
		e++
	}
	return orgWords[ts[e].low]
}

// pluralApostrophe reports whether ts[a] is the lone apostrophe of a
// plural's possessive written right after a capitalised word in s
// ("Supporters'"), as inside a body's name.
func pluralApostrophe(ts []tok, a int) bool {
	if a < 1 || (ts[a].s != "'" && ts[a].s != "’") || ts[a].q >= 0 || ts[a].start != ts[a-1].end {
		return false
	}
	w := ts[a-1]
	// (any plural: "Transport Workers' Union", "Harbour Pilots' Guild";
	// both callers want an organisation's word after it)
	return isNameTok(w) && (possessiveNouns[w.low] || possessiveNouns[strings.TrimSuffix(w.low, "s")] || len(w.low) >= 4 && strings.HasSuffix(w.low, "s"))
}

// possessiveNouns are the common nouns whose possessive opens many bodies'
// names: "People's Bank", "Women's Institute", "Children's Hospital".
var possessiveNouns = set(`people children women men workers veterans farmers citizens teachers nurses doctors
soldiers peoples students miners seamen`)

// saintWords name a saint before a possessive: "St Mary's Hospital".
var saintWords = set(`st st. saint san santa`)

// givenNameTitle reports whether the title word at run[i] is a given name:
// one before a patronymic ("Sultan bin Ahmad", "Emir bin Ali"), or "Sultan"
// before an Arabic family name's "Al" ("Sultan Al Jaber"), as titles are
// followed by a name, not by "bin" or "Al".
func givenNameTitle(run []tok, i int) bool {
	if i+1 >= len(run) || !run[i].up {
		return false
	}
	switch run[i+1].low {
	case "bin", "bint", "ibn":
		return true
	case "al":
		return run[i].low == "sultan"
	}
	return false
}
