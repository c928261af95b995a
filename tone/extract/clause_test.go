package extract

import "testing"

// TestClauseShapes checks the sentence and clause structure of reported
// speech on invented sentences, each in the shape of a pattern found in real
// published news: where a reported clause starts and ends, and which verbs
// and patterns attribute one.
func TestClauseShapes(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, text string
		want       []st
	}{
		{"a partial quote, then a second clause after and that with a passive speech verb in it",
			"Karl Dahl said the injured sailors are “doing well,” and that he wasn’t aware of any being admitted to the ward as of Sunday.",
			[]st{{"Karl Dahl", Indirect, "the injured sailors are “doing well,” and that he wasn’t aware of any being admitted to the ward as of Sunday", ""}}},
		{"a doubled that before the clause's subject",
			"Karl Dahl announced that that the quotas had to stay until spring. Ana Holm said that that plan had failed.",
			[]st{{"Karl Dahl", Indirect, "the quotas had to stay until spring", ""}, {"Ana Holm", Indirect, "that plan had failed", ""}}},
		{"a court rules and a judge determines; a plain verb after a plural noun is the clause's verb",
			"Fishermen, not ministers, get to decide whether a boat may sail, the Oslo Court of Appeal ruled on Monday. The court ruled that the ban was legal and ruled out a retrial. Quota rules give that power to the harbour board, the Oslo Court of Appeal said. District Judge Mary Olsen fined the firm. The judge determined that the firm had broken the rules and that its excuse was weak. She was determined to finish the case.",
			[]st{{"Oslo Court of Appeal", Indirect, "Fishermen, not ministers, get to decide whether a boat may sail", ""}, {"Oslo Court of Appeal", Indirect, "the ban was legal", ""}, {"Oslo Court of Appeal", Indirect, "Quota rules give that power to the harbour board", ""}, {"Mary Olsen", Indirect, "the firm had broken the rules and that its excuse was weak", ""}}},
		{"made clear that, made it clear that",
			"Norwegian Foreign Minister Karl Dahl made clear that the two had agreed on the quotas. Dahl has made it clear that he will not resign. The floods made clear the scale of the problem.",
			[]st{{"Karl Dahl", Indirect, "the two had agreed on the quotas", ""}, {"Karl Dahl", Indirect, "he will not resign", ""}}},
		{"with NAME and a participle of speech",
			"Lars Berg met Karl Dahl in Oslo. The talks ended, with Berg emphasizing that there was no excuse for violence. The visit closed with Dahl warning of sanctions.",
			[]st{{"Lars Berg", Indirect, "there was no excuse for violence", ""}}},
		{"a state body reports its own figures; an outlet relays",
			"Twelve soldiers have been killed since May 3, the Norwegian Defence Ministry has reported. “Since May 3, rebels have broken the truce 40 times,” the ministry reported on Twitter on Monday evening. The talks failed, Reuters reported.",
			[]st{{"Norwegian Defence Ministry", Indirect, "Twelve soldiers have been killed since May 3", ""}, {"Norwegian Defence Ministry", Direct, "Since May 3, rebels have broken the truce 40 times", ""}}},
		{"shared after a clause or with that, not an object",
			"The search is ongoing and is being led by the police, the spokesperson for Norsk Hydro AS also shared. Norsk Hydro AS shared a photo of the boat. Jane Roe shared that she was moving to Oslo. Keiko Holm, 74, who had lived in the town for 50 years, lost the house she shared with her husband.",
			[]st{{"Norsk Hydro AS", Indirect, "The search is ongoing and is being led by the police", ""}, {"Jane Roe", Indirect, "she was moving to Oslo", ""}}},
		{"a court's panel and its role as a later sentence's subject; a name with of and for the",
			"The U.S. Court of Appeals for the Fifth Circuit overturned a judge’s decision. Quota rules give that discretion to ministers, the three-member panel said. The appellate court rejected the claim and added that Congress could have changed the rules. The Oslo Court of Appeal rejected the appeal and added that the fine stood. The panel of experts said prices would rise.",
			[]st{{"U.S. Court of Appeals for the Fifth Circuit", Indirect, "Quota rules give that discretion to ministers", ""}, {"U.S. Court of Appeals for the Fifth Circuit", Indirect, "Congress could have changed the rules", ""}, {"Oslo Court of Appeal", Indirect, "the fine stood", ""}}},
		{"a participle after a titled spokesperson of an of-named body",
			"During a visit to Oslo, Ministry of Foreign Affairs spokesperson Jane Roe emphasized that the deal was done, asserting that ‘other countries have no right to interfere’, speaking at a briefing.",
			[]st{{"Jane Roe", Indirect, "the deal was done", ""}, {"Jane Roe", Indirect, "‘other countries have no right to interfere’", ""}}},
		{"an unstopped past-tense lead under the headline is no standfirst; a company described by two words; a joint statement's later 'the statement said' is nobody's",
			"Norsk Hydro AS said Tuesday it will buy Swedish maker Alu AB for $3 billion\nThe companies reached the deal after Norsk raised its offer, the Norwegian aluminium company said.\nAlu's board will back the offer, according to a joint statement by the two companies.\nAlu will keep its offices in Lund, the statement said.",
			[]st{{"Norsk Hydro AS", Indirect, "it will buy Swedish maker Alu AB for $3 billion", ""}, {"Norsk Hydro AS", Indirect, "The companies reached the deal after Norsk raised its offer", ""}}},
		{"a standfirst without a stop is still no statement",
			"Norsk Hydro says it will buy Alu AB; unions warn of job cuts\nNorsk Hydro AS said on Tuesday that the deal would close in May.",
			[]st{{"Norsk Hydro AS", Indirect, "the deal would close in May", ""}}},
		{"an outlet reported, citing the source: the source's clause, relayed",
			"The army staged a missile drill on Monday, Reuters reported, citing the Norwegian Defence Ministry. The navy left port, Reuters reported, citing two sources.",
			[]st{{"Norwegian Defence Ministry", Indirect, "The army staged a missile drill on Monday", "Reuters"}}},
		{"a country's head of government's office with nobody named is the office",
			"The missile landed off the coast, the Norwegian prime minister’s office tweeted. The talks went well, the president's office said. Prime Minister Jane Roe met envoys. The envoys left, the prime minister's office said.",
			[]st{{"Norwegian prime minister’s office", Indirect, "The missile landed off the coast", ""}, {"Jane Roe", Indirect, "The envoys left", ""}}},
		{"present forms and that-verbs of speech",
			"Jane Roe highlighted that exports had doubled. Jon Weiss emphasizes the talks will go on. The minister highlighted the risks. Mary Lane clarified that she would stay.",
			[]st{{"Jane Roe", Indirect, "exports had doubled", ""}, {"Jon Weiss", Indirect, "the talks will go on", ""}, {"Mary Lane", Indirect, "she would stay", ""}}},
		{"a speech verb's infinitive after words that do not negate it",
			"Mary Lane went on to say that the budget was too small. Paul Kent was quick to point out that prices had fallen. Lena Fox would only say that talks were continuing. Ida Storm continued to insist that she was innocent. Omar Haddad declined to say whether the border would reopen. Nils Berg refused to say that the mine would close. Eva Moss went on to add: \"We will win.\"",
			[]st{{"Mary Lane", Indirect, "the budget was too small", ""}, {"Paul Kent", Indirect, "prices had fallen", ""}, {"Lena Fox", Indirect, "talks were continuing", ""}, {"Ida Storm", Indirect, "she was innocent", ""}, {"Eva Moss", Direct, "We will win.", ""}}},
		{"the journalist's caveat and 'without' remark end the clause; bare 'in remarks' is the venue",
			"Jane Roe said the plant had been hit, though it was not immediately clear how badly. Jon Weiss said the vote was rigged, without providing evidence. Mary Lane said the talks had failed, and it is unclear whether they will resume. Tom Grey said prices would fall next year, in remarks broadcast on state television. Ana Holm said it was not clear who fired first.",
			[]st{{"Jane Roe", Indirect, "the plant had been hit", ""}, {"Jon Weiss", Indirect, "the vote was rigged", ""}, {"Mary Lane", Indirect, "the talks had failed", ""}, {"Tom Grey", Indirect, "prices would fall next year", ""}, {"Ana Holm", Indirect, "it was not clear who fired first", ""}}},
		{"a whole quote right before another quote's attribution is the same speaker's",
			"\"The storm has passed.\" \"Now we clean up,\" Lars Berg said. \"Roads are shut\" was the headline.",
			[]st{{"Lars Berg", Direct, "The storm has passed.", ""}, {"Lars Berg", Direct, "Now we clean up", ""}}},
		{"a named owner's statement is the owner's",
			"Jon Weiss said the plant was safe. Mary Lane's statement said the firm would cut 200 jobs.",
			[]st{{"Jon Weiss", Indirect, "the plant was safe", ""}, {"Mary Lane", Indirect, "the firm would cut 200 jobs", ""}}},
		{"a quote, then a sentence adverb before the attribution and a second clause",
			"Interior Minister Jon Weiss met the press. “The government will accept any protest within the law,” however, the minister warned that “any mistake by the opposition could hurt them.”",
			[]st{{"Jon Weiss", Direct, "The government will accept any protest within the law", ""}, {"Jon Weiss", Indirect, "any mistake by the opposition could hurt them", ""}}},
		{"an audience after 'to' before that; 'was cited as saying'",
			"Rita Sand confirmed to Reuters that the company was for sale. Ida Storm was cited as saying that the dam was unsafe. Jon Weiss admitted to reporters that he had lied. Ana Holm was said to be ill.",
			[]st{{"Rita Sand", Indirect, "the company was for sale", ""}, {"Ida Storm", Indirect, "the dam was unsafe", ""}, {"Jon Weiss", Indirect, "he had lied", ""}}},
		{"a phone or email venue before a bare clause or closing the sentence",
			"Ana Holm said by telephone the roads were flooded. Mary Lane said the dam held in a telephone call with reporters. Jon Weiss said the phone lines were down.",
			[]st{{"Ana Holm", Indirect, "the roads were flooded", ""}, {"Mary Lane", Indirect, "the dam held", ""}, {"Jon Weiss", Indirect, "the phone lines were down", ""}}},
		{"an abbreviation that may end a sentence, then a word that opens one",
			"Jane Roe said the plant would move to the U.S. The mayor, Jon Weiss, said he would fight it. Mary Lane said the U.S. Army would stay.",
			[]st{{"Jane Roe", Indirect, "the plant would move to the U.S", ""}, {"Jon Weiss", Indirect, "he would fight it", ""}, {"Mary Lane", Indirect, "the U.S. Army would stay", ""}}},
		{"an aside 'as cited by OUTLET' names the outlet that relays",
			"Karl Dahl, as cited by the NTB news agency, announced that the quotas had to stay. Lars Berg, as quoted by Reuters, said the deal was dead. Eva Moss, as cited by the mayor, said the port was shut.",
			[]st{{"Karl Dahl", Indirect, "the quotas had to stay", "NTB"}, {"Lars Berg", Indirect, "the deal was dead", "Reuters"}, {"Eva Moss", Indirect, "the port was shut", ""}}},
		{"an industry noun after the is the company that spoke; 'but gave no details' is the journalist's",
			"Nordic Steel ASA will cut 1,200 jobs, or about 8% of its workforce, the Norwegian steelmaker said on Tuesday. Ingrid Solberg said the group expected demand to recover but gave no details. Jon Weiss said the plan was good but did not go far enough. Mary Lane said the firm would move but did not say when. The miner said the pit was safe.",
			[]st{{"Nordic Steel ASA", Indirect, "Nordic Steel ASA will cut 1,200 jobs, or about 8% of its workforce", ""}, {"Ingrid Solberg", Indirect, "the group expected demand to recover", ""}, {"Jon Weiss", Indirect, "the plan was good but did not go far enough", ""}, {"Mary Lane", Indirect, "the firm would move", ""}}},
		{"a participle after 'Minister of BODY NAME' is the person's",
			"Minister of Natural Resources Tran Van Minh on Friday called on local authorities to evacuate residents, stressing that the safety of the people must come first.",
			[]st{{"Tran Van Minh", Indirect, "local authorities to evacuate residents", ""}, {"Tran Van Minh", Indirect, "the safety of the people must come first", ""}}},
		{"'the club said' is never a person the article titled",
			"United manager Sven Olsen was less pleased. \"We gave away two soft goals,\" he told the BBC. The club later said in a statement that the coach would stay.",
			[]st{{"Sven Olsen", Direct, "We gave away two soft goals", ""}}},
		{"told an audience a bare clause whose subject has an aside",
			"Police spokesman Sgt. Tom Reed told reporters the suspects, aged 19 and 22, were detained near the mall.",
			[]st{{"Tom Reed", Indirect, "the suspects, aged 19 and 22, were detained near the mall", ""}}},
		{"a clause after a colon; a relative clause after 'According to NAME'; 'a goal that ...'; 'has long argued'",
			"Jane Roe said: the plan is dead and nobody will revive it. Jon Weiss said: The Plan. According to Tom Grey, who chairs the committee, the vote will take place in June. Ivan Petrov said the budget would be balanced by 2027, a goal that economists doubt. Karl Dahl has long argued that the tax is unfair.",
			[]st{{"Jane Roe", Indirect, "the plan is dead and nobody will revive it", ""}, {"Tom Grey", Indirect, "the vote will take place in June", ""}, {"Ivan Petrov", Indirect, "the budget would be balanced by 2027", ""}, {"Karl Dahl", Indirect, "the tax is unfair", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Text: tc.text}, tc.want)
		})
	}
}
