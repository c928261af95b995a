package extract

import "testing"

// TestSpeakerShapes checks that statements go to the right speaker in news
// shapes where another name stands nearer the verb: a team before a
// manager's name, a place label, a wire's dateline, a firm's name, a
// country named in two words.
func TestSpeakerShapes(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, title, text string
		want              []st
	}{
		{"a job before the name after a team the article named is the person's title ('Northvale manager Tom Grey ..., saying:')", "",
			"Riverside beat Northvale 2-0 on Saturday.\nNorthvale manager Tom Grey was gracious in defeat, saying: \"They deserved the points.\"",
			[]st{{"Tom Grey", Direct, "They deserved the points.", ""}}},
		{"a kind of officer opening a sentence ('Riot police fired ...') is no force: a later 'Police said' is the force the article names", "Drivers held after bridge protest",
			"Hundreds of lorry drivers blocked the Eastport bridge on Monday.\nRiot police fired tear gas at drivers near the toll gate.\nPolice said last night that 30 drivers had been held.\nThe drivers regrouped in the market.\nEastport Police liaison officer Colonel Jon Weiss said most were freed.",
			[]st{{"Eastport Police", Indirect, "30 drivers had been held", ""}, {"Jon Weiss", Indirect, "most were freed", ""}}},
		{"a party named by its members in the plural ('the Young Greens') is no person a later 'he said' stands for", "Greens back budget deal",
			"The Young Greens had argued over the budget deal for weeks. In the end, most members backed it, said party treasurer Ana Soto.\n\"It was a fair result,\" acting chair Tom Grey told reporters in Porto. The Young Greens will choose three candidates by Friday, he said.",
			[]st{{"Ana Soto", Indirect, "In the end, most members backed it", ""}, {"Tom Grey", Direct, "It was a fair result", ""}, {"Tom Grey", Indirect, "The Young Greens will choose three candidates by Friday", ""}}},
		{"a body named '... Brotherhood' or '... Movement' is no person a later 'he said' stands for", "Minister rejects terms",
			"Labour Minister Jon Weiss said on Tuesday the demands of the Dock Brotherhood were unreasonable.\nThe Brotherhood wants the return of the old board, which was run by Brotherhood members.\n\"They are hurting the port,\" he said.\nFarm Minister Ana Soto said the claims of the Green Soil Movement were false.\nThe Movement wants the old quotas back.\n\"They are hurting the farms,\" she said.",
			[]st{{"Jon Weiss", Indirect, "the demands of the Dock Brotherhood were unreasonable", ""}, {"Jon Weiss", Direct, "They are hurting the port", ""}, {"Ana Soto", Indirect, "the claims of the Green Soil Movement were false", ""}, {"Ana Soto", Direct, "They are hurting the farms", ""}}},
		{"a place label of two words before the lead is no speaker", "",
			"San Marco: Prime Minister Jane Roe on Friday opened the new bridge and said that the coast road would be rebuilt by spring.",
			[]st{{"Jane Roe", Indirect, "the coast road would be rebuilt by spring", ""}}},
		{"a name joined by '&' is a firm, not a person a pronoun stands for", "",
			"\"Prices will rise,\" said Tom Grey, head of trading at the J.R. Kane & Sons brokerage. \"Nobody is selling.\"\n\"Buyers are nervous,\" he said.",
			[]st{{"Tom Grey", Direct, "Prices will rise", ""}, {"Tom Grey", Direct, "Nobody is selling.", ""}, {"Tom Grey", Direct, "Buyers are nervous", ""}}},
		{"a wire's bracketed name with a dash run into the sentence is a dateline, not the speaker", "",
			"(Reuters) -Kestrel Foods on Monday cut its forecast and said that demand had weakened in the north.",
			[]st{{"Kestrel Foods", Indirect, "demand had weakened in the north", ""}}},
		{"'X shares fell after the grocer ... and said' is the company's, not a person in its object", "",
			"Kestrelco shares fell 12% after the grocer put its chief executive, Tom Grey, on leave and said that demand had weakened in the north.",
			[]st{{"Kestrelco", Indirect, "demand had weakened in the north", ""}}},
		{"a country named in two words is no person a pronoun stands for", "",
			"Trade ministry spokeswoman Jane Roe said on Monday the envoy would visit in June. The ministers of Chile and New Zealand will sign the pact in May, Norte News Agency quoted her as saying.",
			[]st{{"Jane Roe", Indirect, "the envoy would visit in June", ""}, {"Jane Roe", Indirect, "The ministers of Chile and New Zealand will sign the pact in May", "Norte News Agency"}}},
		{"an opening straight quote closed by two apostrophes", "",
			"Jane Roe was pleased with the draw. \"We held on,'' she told Radio Norte. \"The fans were great.\"",
			[]st{{"Jane Roe", Direct, "We held on", ""}, {"Jane Roe", Direct, "The fans were great.", ""}}},
		{"a rebel army named after the country is not the state's 'army' or 'military'", "",
			"Chad's army said on Friday it had repelled an attack by the Chad Liberation Army near the border.\nThe military said three soldiers were wounded.",
			[]st{{"Chad's army", Indirect, "it had repelled an attack by the Chad Liberation Army near the border", ""}, {"Chad's army", Indirect, "three soldiers were wounded", ""}}},
		{"the subject of a later clause ('..., though Jon Weiss was ...') is the person a manager's epithet stands for", "",
			"Few expected a win, with Tom Grey injured before the break, though this time Jon Weiss was not complaining.\n\"We defended well,\" the Riverside manager said.",
			[]st{{"Jon Weiss", Direct, "We defended well", ""}}},
		{"a lead an unnamed spokesman said for a body is the body's spokesman the next paragraph names as speaking", "",
			"Nine people were hurt when a ferry ran aground off the coast on Sunday, a Borduria spokesman said.\n\"The crew acted quickly,\" Borduria government spokesman Jon Weiss said in a statement.",
			[]st{{"Jon Weiss", Indirect, "Nine people were hurt when a ferry ran aground off the coast on Sunday", ""}, {"Jon Weiss", Direct, "The crew acted quickly", ""}}},
		{"but not the spokesman of a brief after a headline", "",
			"Nine people were hurt when a ferry ran aground off the coast, a Borduria spokesman said on Monday.\nBorduria urges calm after ferry crash\nThe port will reopen on Friday, Borduria government spokesman Jon Weiss said on Tuesday.",
			[]st{{"Borduria", Indirect, "Nine people were hurt when a ferry ran aground off the coast", ""}, {"Jon Weiss", Indirect, "The port will reopen on Friday", ""}}},
		{"an adverb of manner or time between the speaker and the verb", "",
			"The state flood agency Floodwatch had initially said that two bridges were closed. Jane Roe officially announced that the river had crested.",
			[]st{{"Floodwatch", Indirect, "two bridges were closed", ""}, {"Jane Roe", Indirect, "the river had crested", ""}}},
		{"'she said' after an unnamed woman just described is hers, not a person of unknown gender named before", "",
			"Jon Weiss said the bridge had collapsed.\nRescuers pulled one elderly woman from the rubble. \"My son is still inside,\" she said.",
			[]st{{"Jon Weiss", Indirect, "the bridge had collapsed", ""}}},
		{"an audience owned by a name ('told Borduria's state television') is no part of the clause", "",
			"Jane Roe told Borduria's state television it was too early to judge the talks.",
			[]st{{"Jane Roe", Indirect, "it was too early to judge the talks", ""}}},
		{"a capitalised speech verb inside a place name ('Ismailia-Port Said road') is no attribution", "",
			"Tom Grey announced that security forces succeeded in arresting eight “smugglers” in Al-Qantara City on Ismailia-Port Said road last Wednesday, as well as an undisclosed number of “couriers” during the last 72 hours.",
			[]st{{"Tom Grey", Indirect, "security forces succeeded in arresting eight “smugglers” in Al-Qantara City on Ismailia-Port Said road last Wednesday, as well as an undisclosed number of “couriers” during the last 72 hours", ""}}},
		{"a conjunction opening the sentence is no speaker's name ('Though forecasts vary ...', 'Although Jane Roe said ...')", "",
			"Though forecasts vary widely, a storm is headed our way.\nAlthough Jane Roe said the road was open, it stayed shut.",
			[]st{{"Jane Roe", Indirect, "the road was open", ""}}},
		{"a short phrase of time or source before the subject without a comma ('On Monday the RWU claimed'); 'as X were said to ...' ends the clause", "",
			"On Monday the RWU claimed managers had refused to meet as hundreds of drivers were said to be ready to strike.\nThe RWU claimed talks had failed as dozens of routes were reported to be closed.",
			[]st{{"RWU", Indirect, "managers had refused to meet", ""}, {"RWU", Indirect, "talks had failed", ""}}},
		{"'told state media CLAUSE'; a country's role in lower case ('Chile's top diplomat added') is the person last named, as 'the top diplomat'", "",
			"Foreign Minister Jane Roe told state media the talks were going well.\n\"We are cautiously optimistic,\" Chile's top diplomat added.",
			[]st{{"Jane Roe", Indirect, "the talks were going well", ""}, {"Jane Roe", Direct, "We are cautiously optimistic", ""}}},
		{"'CLAUSE, Chile's Foreign Ministry spokesperson said' in a lead is the spokesperson named speaking two paragraphs on, past an owner's name", "",
			"SANTIAGO - New tariffs show a lack of goodwill, Chile's Foreign Ministry spokesperson said on Wednesday.\nOn Tuesday, Washington targeted a copper trader in President Jon Weiss's campaign.\n\"The tariffs contradict the talks,\" Ana Soto said in a statement.",
			[]st{{"Ana Soto", Indirect, "New tariffs show a lack of goodwill", ""}, {"Ana Soto", Direct, "The tariffs contradict the talks", ""}}},
		{"a name made an adjective by a hyphen ('a New York-bound Borduria Air flight') is no person a pronoun stands for", "",
			"Jane Roe said the airline would pay.\nA threat forced a New York-bound Borduria Air flight to turn back on Monday.\nOfficials are searching for the sender, she said.",
			[]st{{"Jane Roe", Indirect, "the airline would pay", ""}, {"Jane Roe", Indirect, "Officials are searching for the sender", ""}}},
		{"an office's portfolio of two parts without commas ('Minister of Fisheries and Forestry NAME', 'Minister for Science and Higher Education NAME') is no part of the name", "",
			"Minister of Fisheries and Forestry Tomas Ruiz Vega said the quota would be cut.\nThe Minister for Science and Higher Education Ana Lisa Braun told reporters the labs would reopen.\n\"We have the money,\" Braun said.",
			[]st{{"Tomas Ruiz Vega", Indirect, "the quota would be cut", ""}, {"Ana Lisa Braun", Indirect, "the labs would reopen", ""}, {"Ana Lisa Braun", Direct, "We have the money", ""}}},
		{"a rank's abbreviation with its full stop ('said Cpl. NAME', 'Pvt. NAME said') ends no sentence and is no speaker", "",
			"The road will stay closed until Friday, said Cpl. Dana Okafor, a state police spokeswoman.\nPvt. Leo Marsh said the convoy left at dawn.",
			[]st{{"Dana Okafor", Indirect, "The road will stay closed until Friday", ""}, {"Leo Marsh", Indirect, "the convoy left at dawn", ""}}},
		{"initials without full stops opening with 'A' ('A R Pillai') are the name's, not an article", "",
			"The prize was handed over by transport minister A R Pillai at a dinner in Kochi.\n\"She earned every vote,\" Pillai said.",
			[]st{{"A R Pillai", Direct, "She earned every vote", ""}}},
		{"a name of hyphenated parts ('Nasir-ud-Karim') is a full name a later surname ('Karim said') stands for", "",
			"A checkpoint in the hills came under fire on Sunday.\n\"Two guards were hurt,\" Nasir-ud-Karim said.\nKarim said the attackers fled into the forest.",
			[]st{{"Nasir-ud-Karim", Direct, "Two guards were hurt", ""}, {"Nasir-ud-Karim", Indirect, "the attackers fled into the forest", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Title: tc.title, Text: tc.text}, tc.want)
		})
	}
}

// TestClosingPairs checks that two apostrophes closing a straight double
// quote are read as its closing mark, and only then.
func TestClosingPairs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// two apostrophes closing a straight double quote, without backticks
		{`"We held on,'' the skipper said. "Next week.''`, `"We held on," the skipper said. "Next week."`},
		{`rock''n''roll and "it''s late" ''`, `rock''n''roll and "it''s late" ''`},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
