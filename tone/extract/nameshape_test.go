package extract

import "testing"

// TestNameShapes checks plain shapes of speakers' names (found by putting
// every gold speaker name of the real sets into one-sentence articles):
// each shape, in invented names and words, comes out as one speaker in
// reported and direct speech, before and after the verb, and the same
// words in narration give no statement.
func TestNameShapes(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, text string
		want       []st
	}{
		{"initials written without spaces are no sentence end", "The bridge will reopen in May, T.R. Okafor said. M.K. Lindqvist said the tolls would stay.\n\"We are ready,\" P.J.K. Weiss said.\nThe grant went to A.B. Lane on Monday. Lane said it would help.",
			[]st{{"T.R. Okafor", Indirect, "The bridge will reopen in May", ""}, {"M.K. Lindqvist", Indirect, "the tolls would stay", ""}, {"P.J.K. Weiss", Direct, "We are ready", ""}, {"A.B. Lane", Indirect, "it would help", ""}}},
		{"capitalised words joined by a spaced ampersand are one name; the name in narration is no speaker", "Orders fell in March, Hobbs & Lindqvist said.\nCarver & Daughters Ltd said it would cut 40 jobs.\n\"We expect a better summer,\" said Pryor & Finch.\nShares in Hobbs & Lindqvist rose 3% on Monday.",
			[]st{{"Hobbs & Lindqvist", Indirect, "Orders fell in March", ""}, {"Carver & Daughters Ltd", Indirect, "it would cut 40 jobs", ""}, {"Pryor & Finch", Direct, "We expect a better summer", ""}}},
		{"a patrol, a legislature, a museum are bodies after a title word such as State", "The road will stay shut until Friday, the Eastport State Patrol said.\nThe Borduria State Legislature said the vote would be held in June.\n\"The paintings are safe,\" said the Ruritania State Museum.\nThe Kestria Highway Patrol confirmed the arrest in a statement on Monday.",
			[]st{{"Eastport State Patrol", Indirect, "The road will stay shut until Friday", ""}, {"Borduria State Legislature", Indirect, "the vote would be held in June", ""}, {"Ruritania State Museum", Direct, "The paintings are safe", ""}}},
		{"a demonym of two words before a lower-case body; a country's possessive before a body without a demonym in the table", "The ferry was turned back at the border, the South Sudanese interior ministry said.\n\"Our ships stay in port,\" the South Korean navy said.\nCosta Rica's government said the vote would go ahead. The drills went on overnight, South Korea's military said.",
			[]st{{"South Sudanese Interior Ministry", Indirect, "The ferry was turned back at the border", ""}, {"South Korean navy", Direct, "Our ships stay in port", ""}, {"Costa Rica's government", Indirect, "the vote would go ahead", ""}, {"South Korea's military", Indirect, "The drills went on overnight", ""}}},
		{"an alias of the table that opens with a name and goes on in lower case", "The UN refugee agency said 4,000 people crossed the river on Sunday.\n\"The camps are full,\" the U.N. refugee agency said.",
			[]st{{"UNHCR", Indirect, "4,000 people crossed the river on Sunday", ""}, {"UNHCR", Direct, "The camps are full", ""}}},
		{"one capitalised word joined by for to capitalised words is a body; a title, a plural of people or a person before for is not", "Night buses will run until midnight, Transit for Eastport said.\nShelter for Kestria said the camp was full.\nFares for Transit for Eastport rose on Monday.\nCandidates for Congress said the count was slow. Minister for Trade said the deal was close.",
			[]st{{"Transit for Eastport", Indirect, "Night buses will run until midnight", ""}, {"Shelter for Kestria", Indirect, "the camp was full", ""}}},
		{"a surname that is also a title, alone without an article, is the person when the article titles nobody so", "Floods cut the coast road on Sunday.\nMarshal said 300 homes were under water. \"We need boats,\" Marshal said.\n\nPrince Alaric visited the camp on Monday. Prince said the aid had come.\n\nThe judge adjourned the case. \"I am innocent,\" Judge said.",
			[]st{{"Marshal", Indirect, "300 homes were under water", ""}, {"Marshal", Direct, "We need boats", ""}}},
		{"workers named by their trade before of are a union's name, not a person of a body", "The strike will last a week, the Harbour Workers of Kestria said.\nDock Workers of Eastport said the pay offer was too low.\nJane Roberts of Eastport Ports said the cranes would stay idle.",
			[]st{{"Harbour Workers of Kestria", Indirect, "The strike will last a week", ""}, {"Dock Workers of Eastport", Indirect, "the pay offer was too low", ""}, {"Jane Roberts", Indirect, "the cranes would stay idle", ""}}},
		{"a place's titled office with a capitalised Office is that office when nobody holds the title in the article, else the holder", "The trail will stay shut, the Eastport County Sheriff's Office said.\n\nSheriff Dora Lane toured the site. The Kestria County Sheriff’s Office said two hikers were found.",
			[]st{{"Eastport County Sheriff's Office", Indirect, "The trail will stay shut", ""}, {"Dora Lane", Indirect, "two hikers were found", ""}}},
		{"the given name May before a surname is no month", "The clinic will reopen on Friday, May Chanthavong said.\n\"We lost the roof,\" said May Lindqvist.",
			[]st{{"May Chanthavong", Indirect, "The clinic will reopen on Friday", ""}, {"May Lindqvist", Direct, "We lost the roof", ""}}},
		{"after an inverted verb or according to, a body joined by for or a trade's workers of a place run on", "\"Night buses will run,\" said Transit for Eastport.\n\"The strike is off,\" said Harbour Workers of Kestria.\nThe camp is full, according to Shelter for Borduria.",
			[]st{{"Transit for Eastport", Direct, "Night buses will run", ""}, {"Harbour Workers of Kestria", Direct, "The strike is off", ""}, {"Shelter for Borduria", Indirect, "The camp is full", ""}}},
		{"a spokesperson for a name holding and speaks for one body; two names joined by and as the subject are nobody alone", "A spokeswoman for Hobbs and Lindqvist Kestria said its shops were busy.\nBorduria and Kestria said the border would reopen.",
			[]st{{"Hobbs and Lindqvist Kestria", Indirect, "its shops were busy", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Text: tc.text}, tc.want)
		})
	}
}
