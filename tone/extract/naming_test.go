package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSpeakerNaming checks the one speaker-naming normaliser (naming.go)
// through whole articles: every rule's speaker comes out under the fullest
// form the article uses for the same body or person.
func TestSpeakerNaming(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, text string
		want       []st
	}{
		{"a title word before 'bin' or an Arabic 'Al' is a given name", "The talks were led by Dr. Sultan bin Khalid Sultan Al Harbi, the trade envoy.\nDr. Sultan Al Harbi said that exports would double.\nSheikh Nasser Al Qadi said the port was ready.",
			[]st{{"Sultan bin Khalid Sultan Al Harbi", Indirect, "exports would double", ""}, {"Nasser Al Qadi", Indirect, "the port was ready", ""}}},
		{"an acronym the article defines is the full name", "The Baltic Maritime Safety Organization (BMSO) said the strait was open.\nA BMSO spokesperson said the ferries would sail on Monday.",
			[]st{{"Baltic Maritime Safety Organization", Indirect, "the strait was open", ""}, {"Baltic Maritime Safety Organization", Indirect, "the ferries would sail on Monday", ""}}},
		{"the agency after a government agency spoke, not after a news agency", "The Ruritanian Food Standards Agency said on Monday that 40 products were recalled.\nThe agency said the recall would widen.\nJane Roe said prices would rise, the Baltic News Agency reported. The agency said nothing else.\nThe Ruritanian Food Standards Agency said stocks were safe. Jon Weiss said the ban was wrong, Kyodo reported. The agency said more.",
			[]st{{"Ruritanian Food Standards Agency", Indirect, "40 products were recalled", ""}, {"Ruritanian Food Standards Agency", Indirect, "the recall would widen", ""}, {"Jane Roe", Indirect, "prices would rise", "Baltic News Agency"}, {"Ruritanian Food Standards Agency", Indirect, "stocks were safe", ""}, {"Jon Weiss", Indirect, "the ban was wrong", "Kyodo News"}}},
		{"a demonym opening an affiliate's long name is kept", "The Norwegian Seafarers Union of Bergen said in a statement: \"We will strike on Friday.\"",
			[]st{{"Norwegian Seafarers Union of Bergen", Direct, "We will strike on Friday.", ""}}},
		{"a generic body keeps its owner", "Ruritania's Transport Ministry said in an emailed statement that it would appeal.\nBorduria's interior ministry said the border was shut.",
			[]st{{"Ruritania's Transport Ministry", Indirect, "it would appeal", ""}, {"Borduria's Interior Ministry", Indirect, "the border was shut", ""}}},
		{"a short form with words left out after and", "\"We will keep marching,\" the Miners and Steel Workers Alliance said.\nOn Tuesday the Miners Alliance said the strike would go on.",
			[]st{{"Miners and Steel Workers Alliance", Direct, "We will keep marching", ""}, {"Miners and Steel Workers Alliance", Indirect, "the strike would go on", ""}}},
		{"one body in two word orders", "The Ministry of Maritime Affairs (MMA) said the port would reopen. The decision was final, a Maritime Affairs Ministry spokesperson said.",
			[]st{{"Ministry of Maritime Affairs", Indirect, "the port would reopen", ""}, {"Ministry of Maritime Affairs", Indirect, "The decision was final", ""}}},
		{"a generic word in front is another body", "Officials at the National Security Council met on Monday.\nThe Security Council said the vote would be held on Friday.",
			[]st{{"Security Council", Indirect, "the vote would be held on Friday", ""}}},
		{"an owner before a body's own full name (with of) or a party's is dropped", "Borduria's Joint Command of Coastal Forces said the drill was routine. Ruritania's Bureau of Statistics said prices rose. Borduria's Social Democratic Party said the vote was fair.",
			[]st{{"Joint Command of Coastal Forces", Indirect, "the drill was routine", ""}, {"Bureau of Statistics", Indirect, "prices rose", ""}, {"Social Democratic Party", Indirect, "the vote was fair", ""}}},
		{"compound titles before a name", "Mayor-elect Ann Cole said the city was broke. Ex-president Hugo Lenz said he would run again. Co-founder Ned Price said the firm was growing.",
			[]st{{"Ann Cole", Indirect, "the city was broke", ""}, {"Hugo Lenz", Indirect, "he would run again", ""}, {"Ned Price", Indirect, "the firm was growing", ""}}},
		{"a number opening a sentence is no part of a name", "Three OSCE monitors said the ceasefire held. Several Baltic lawmakers said the vote would fail. Jane Roe said the plan would work.",
			[]st{{"Jane Roe", Indirect, "the plan would work", ""}}},
		{"a society, a trust, a coalition", "\"We need blood,\" the Canadian Blood Donors Society said. The British Heritage Trust said the castle would reopen.",
			[]st{{"Canadian Blood Donors Society", Direct, "We need blood", ""}, {"British Heritage Trust", Indirect, "the castle would reopen", ""}}},
		{"a surname is the person last mentioned under any of their names", "Emine Erdoğan said the campaign would go on.\nPresident Recep Tayyip Erdoğan met envoys on Monday. The president said the talks were useful.\n\"We are ready,\" Erdoğan said.",
			[]st{{"Emine Erdoğan", Indirect, "the campaign would go on", ""}, {"Recep Tayyip Erdogan", Indirect, "the talks were useful", ""}, {"Recep Tayyip Erdogan", Direct, "We are ready", ""}}},
		{"a hospital is no person", "Speaking outside St James' Hospital, Dr Jane Roe, who chairs the nurses' committee, defended the strike.\n\"We had no choice,\" she told BBC Radio.\nJon Weiss had his operation at Meadow Park Hospital cancelled.",
			[]st{{"Jane Roe", Direct, "We had no choice", ""}}},
		{"a company without its legal suffixes; one body with and without the possessive", "Borealis Mining Holdings Ltd said profits fell. Borealis Mining said it would cut 300 jobs.\nRuritania's health ministry said 12 people were hurt. The Ruritania Health Ministry said the toll would rise.",
			[]st{{"Borealis Mining Holdings Ltd", Indirect, "profits fell", ""}, {"Borealis Mining Holdings Ltd", Indirect, "it would cut 300 jobs", ""}, {"Ruritania's Health Ministry", Indirect, "12 people were hurt", ""}, {"Ruritania's Health Ministry", Indirect, "the toll would rise", ""}}},
		{"a surname without its particle on second reference", "Interior Minister Karim al-Nour said the border would reopen. \"We are patient,\" Nour said. Later, el-Masri told reporters the vote was fair, and Masri said it would stand.",
			[]st{{"Karim al-Nour", Indirect, "the border would reopen", ""}, {"Karim al-Nour", Direct, "We are patient", ""}, {"el-Masri", Indirect, "the vote was fair", ""}}},
		{"a state's whole name; bodies after an inverted verb run on", "The border is shut, El Salvador said. Ivory Coast said the port was open.\n\"Prices will rise,\" said the Ruritanian government.\n\"Two men were held,\" said Eastport police on Sunday.\n\"Rates stay,\" said the Central Bank of Borduria.\nThe Borduria Commission on Water Rights said the river was low.\n\"We are ready,\" said the ministry on Monday.",
			[]st{{"El Salvador", Indirect, "The border is shut", ""}, {"Ivory Coast", Indirect, "the port was open", ""}, {"Ruritanian government", Direct, "Prices will rise", ""}, {"Eastport police", Direct, "Two men were held", ""}, {"Central Bank of Borduria", Direct, "Rates stay", ""}, {"Borduria Commission on Water Rights", Indirect, "the river was low", ""}}},
		{"a table body ending in a title's word; the surname He; a government under its level", "Islamic State said the convoy was hit.\nHe Jianmin said the yuan was stable. \"Growth is steady,\" said He Jianmin.\nThe storm hit on Tuesday, and two roads were shut, according to the Anhui provincial government.\n\"Power is back,\" said the Hubei municipal government.",
			[]st{{"Islamic State", Indirect, "the convoy was hit", ""}, {"He Jianmin", Indirect, "the yuan was stable", ""}, {"He Jianmin", Direct, "Growth is steady", ""}, {"Anhui provincial government", Indirect, "The storm hit on Tuesday, and two roads were shut", ""}, {"Hubei municipal government", Direct, "Power is back", ""}}},
		{"the office of a title speaks for the person given the title", "President Jane Roe met the envoys on Monday.\n\"The talks were useful,\" the President's Office said in a statement. The Interior Minister's Office said the border was shut.\nChancellor Ivan Petrov's office confirmed the visit.\n\"We welcome it,\" the chancellor's office said.",
			[]st{{"Jane Roe", Direct, "The talks were useful", ""}, {"Ivan Petrov", Direct, "We welcome it", ""}}},
		{"an acronym the article defines wins over the alias table's", "The Western Hockey Organisation (WHO) banned the club on Monday. The WHO said the ban would stand.",
			[]st{{"Western Hockey Organisation", Indirect, "the ban would stand", ""}}},
		{"a table entry under a country's qualifier", "The U.S. Federal Bureau of Investigation said the suspect had fled. A UN World Food Programme official said aid was blocked. The Chinese Foreign Ministry said the visit was a provocation.",
			[]st{{"Federal Bureau of Investigation", Indirect, "the suspect had fled", ""}, {"Chinese Foreign Ministry", Indirect, "the visit was a provocation", ""}}},
		{"a body under its demonym and under its country is one body", "The Chilean interior ministry said the border was shut.\nChile's Interior Ministry said later that it would reopen on Monday.",
			[]st{{"Chilean Interior Ministry", Indirect, "the border was shut", ""}, {"Chilean Interior Ministry", Indirect, "it would reopen on Monday", ""}}},
		{"one person written two ways; a middle initial left out", "Park Min-seo said the offer stood. Park Min Seo said talks were needed.\nMary K. Lane said the plan was sound. Mary Lane later said it would work.",
			[]st{{"Park Min-seo", Indirect, "the offer stood", ""}, {"Park Min-seo", Indirect, "talks were needed", ""}, {"Mary K. Lane", Indirect, "the plan was sound", ""}, {"Mary K. Lane", Indirect, "it would work", ""}}},
		{"the article's holder of an office before the alias table's", "President Mina Park met the envoys on Monday. The South Korean president said the talks were useful.\nPrime Minister Jon Weiss spoke in Tokyo. Japan's prime minister said the yen was too weak.",
			[]st{{"Mina Park", Indirect, "the talks were useful", ""}, {"Jon Weiss", Indirect, "the yen was too weak", ""}}},
		{"the table's holder when the article names them or nobody else; nobody when two fit", "Lee Jae-myung spoke on Tuesday. The South Korean president said rates would fall.\nThe Colombian president said the vote was fair.\nPresident Jane Roe met President Ivan Petrov. The Egyptian president said the border would open.",
			[]st{{"Lee Jae Myung", Indirect, "rates would fall", ""}, {"Gustavo Petro", Indirect, "the vote was fair", ""}}},
		{"a news agency's acronym is the outlet", "Jane Roe said the border was shut, according to the Baltic News Agency (BNA). Jon Weiss said the crossing was open, BNA reported.",
			[]st{{"Jane Roe", Indirect, "the border was shut", "Baltic News Agency"}, {"Jon Weiss", Indirect, "the crossing was open", "Baltic News Agency"}}},
		{"the country's military is the armed forces another statement names", "The IDF said the border crossing was closed. The Israeli army said later that it had reopened.",
			[]st{{"Israel Defense Forces", Indirect, "the border crossing was closed", ""}, {"Israel Defense Forces", Indirect, "it had reopened", ""}}},
		{"a given name after a title of rank keeps the title", "Princess Amara said the charity would grow.\n\"We are grateful,\" Sheikha Noor said.",
			[]st{{"Princess Amara", Indirect, "the charity would grow", ""}, {"Sheikha Noor", Direct, "We are grateful", ""}}},
		{"a rank's abbreviation or a hyphenated rank is no part of the name", "The spokesman for the police in Eastport, DSP Tunde Okoro, said in a statement that three men were held.\nOkoro said the gang had worked at night. Maj-Gen Olu Bakare said the base was secure. Lt-Col Ana Ruiz said the roads were open.",
			[]st{{"Tunde Okoro", Indirect, "three men were held", ""}, {"Tunde Okoro", Indirect, "the gang had worked at night", ""}, {"Olu Bakare", Indirect, "the base was secure", ""}, {"Ana Ruiz", Indirect, "the roads were open", ""}}},
		{"a surname that is a title word; Major as a rank before a name", "Army spokesman Major General Imran Sultan said the pass was open. Sultan said later that two trucks had crossed.\n\"We are ready,\" Major Omar Haddad told the radio. Haddad said the road was clear. Rita King said the school had closed. The Anglican Bishop said the church would stay open. John Major said the vote was lost.",
			[]st{{"Imran Sultan", Indirect, "the pass was open", ""}, {"Imran Sultan", Indirect, "two trucks had crossed", ""}, {"Omar Haddad", Direct, "We are ready", ""}, {"Omar Haddad", Indirect, "the road was clear", ""}, {"Rita King", Indirect, "the school had closed", ""}, {"John Major", Indirect, "the vote was lost", ""}}},
		{"a pronoun subject is not a person named as an object in its own sentence", "Tom Reyes, the trade minister, landed in Lisbon on Friday.\nAsked about his meeting with Jon Weiss, he said, \"We agreed on the port.\"\nOn a question from MP Ana Silva about ferries he said: \"Fares will stay low.\"\nDiscussing the visit of his Spanish counterpart Luis Ortega he restated that tariffs would fall.",
			[]st{{"Tom Reyes", Direct, "We agreed on the port.", ""}, {"Tom Reyes", Direct, "Fares will stay low.", ""}, {"Tom Reyes", Indirect, "tariffs would fall", ""}}},
		{"a capitalised title after a country's possessive is the person in apposition", "Borduria's President, Ivan Petrov, visited the dam. The Bordurian President said the river would be cleaned.\nNorway's Foreign Minister, Jane Roe, spoke later. The Norwegian foreign minister said the talks were over.",
			[]st{{"Ivan Petrov", Indirect, "the river would be cleaned", ""}, {"Jane Roe", Indirect, "the talks were over", ""}}},
		{"an acronym of a body's name without the state or place it opens with", "The WA State Emergency Service said 40 roofs were damaged. The SES said later that crews were out.\nThe Bordurian Coast Guard Service said two boats sank. \"Stay ashore,\" the CGS tweeted.",
			[]st{{"WA State Emergency Service", Indirect, "40 roofs were damaged", ""}, {"WA State Emergency Service", Indirect, "crews were out", ""}, {"Bordurian Coast Guard Service", Indirect, "two boats sank", ""}, {"Bordurian Coast Guard Service", Direct, "Stay ashore", ""}}},
		{"a capitalised name opening with National, Central or Federal drops its country's possessive", "Borduria's National Census Bureau said the population fell. Norway's Central Fisheries Agency warned that stocks were low. Norway's Fisheries Ministry said quotas would fall.",
			[]st{{"National Census Bureau", Indirect, "the population fell", ""}, {"Central Fisheries Agency", Indirect, "stocks were low", ""}, {"Norway's Fisheries Ministry", Indirect, "quotas would fall", ""}}},
		{"the board is the one board the article named, though it had not spoken", "Jon Weiss, chairman of the Borduria Ports Board, met the dockers on Monday. The Dockers Union said the offer was poor. The board insists that the new rota must stay.",
			[]st{{"Dockers Union", Indirect, "the offer was poor", ""}, {"Borduria Ports Board", Indirect, "the new rota must stay", ""}}},
		{"reckoned reports a clause before or after it", "Skipper Jon Weiss faced the press in Perth. Losing the toss cost us the match, reckoned Weiss. Weiss reckons the pitch will turn by Friday.",
			[]st{{"Jon Weiss", Indirect, "Losing the toss cost us the match", ""}, {"Jon Weiss", Indirect, "the pitch will turn by Friday", ""}}},
		{"a clause before a body, its acronym in brackets and a lower-case title before the name", "Lending will slow this year, National Bank of Borduria (BNB) governor Ana Petrova said. Exports grew by a tenth, Baltic Ports Authority (BPA) chief Jon Weiss told reporters.",
			[]st{{"Ana Petrova", Indirect, "Lending will slow this year", ""}, {"Jon Weiss", Indirect, "Exports grew by a tenth", ""}}},
		{"a sentence-case subheading's names are the article's: the spelling it gives wins over a misspelt one", "Borduria and Ruritania seek closer ties\n\nBordurian Prime Minister Jonas Valdemarsson is in the Ruritanian capital on a two-day visit\n\nSTRELSAU - The premier spoke on Thursday.\n\n\"We care about trade,\" Jonas Valdemarson said at a news conference.\n\nValdemarsson said he had a fruitful meeting with his counterpart.",
			[]st{{"Jonas Valdemarson", Direct, "We care about trade", ""}, {"Jonas Valdemarsson", Indirect, "he had a fruitful meeting with his counterpart", ""}}},
		{"a body's board in lower case speaks for the body", "The National Bank of Ruritania held rates on Tuesday. The central bank's governing board said wage growth was too fast. The bank's board said it would meet again in May.",
			[]st{{"National Bank of Ruritania", Indirect, "wage growth was too fast", ""}, {"National Bank of Ruritania", Indirect, "it would meet again in May", ""}}},
		{"a title's initials before part of the titled person's name", "Election Commissioner Rafiq Hassan toured polling stations on Sunday.\n\"Turnout was low,\" EC Rafiq said. EC Rafiq added that the count was fair.",
			[]st{{"Rafiq Hassan", Direct, "Turnout was low", ""}, {"Rafiq Hassan", Indirect, "the count was fair", ""}}},
		{"a role's acronym defined in brackets before a name is that person", "Director of Public Prosecutions (DPP) Noor Hadi said the case would go ahead.\nThe DPP, speaking outside court, said, \"The evidence is strong.\"",
			[]st{{"Noor Hadi", Indirect, "the case would go ahead", ""}, {"Noor Hadi", Direct, "The evidence is strong.", ""}}},
		{"initials that open a name stay; a body's acronym stays", "KT Ramesh Rao said the road would reopen. The Ministry of Water Supply (MWS) said the pipes were old. MWS said repairs would start soon.",
			[]st{{"KT Ramesh Rao", Indirect, "the road would reopen", ""}, {"Ministry of Water Supply", Indirect, "the pipes were old", ""}, {"Ministry of Water Supply", Indirect, "repairs would start soon", ""}}},
		{"a surname misspelt by one letter is the article's one person so named", "Marta Kowalczyk runs the regional water board.\nKowalcyk says the reservoirs are half empty. Jon Baker met Jane Baxter. Baxer said the talks went well.",
			[]st{{"Marta Kowalczyk", Indirect, "the reservoirs are half empty", ""}, {"Baxer", Indirect, "the talks went well", ""}}},
		{"an inner word of a name of three or more words, alone, is that person ('Delgado said' after 'Rosa Maria Delgado Pardo'), also misspelt by one letter", "Rosa Maria Delgado Pardo opened the session on Monday.\nDelgado said the budget would pass. The vote is due in May, Delgato added.",
			[]st{{"Rosa Maria Delgado Pardo", Indirect, "the budget would pass", ""}, {"Rosa Maria Delgado Pardo", Indirect, "The vote is due in May", ""}}},
		{"a name in a photo caption over the story (read as no statement) is the article's, so a short form later is that person", "Union leader Ana Lucia Braga Soto speaks at the rally in Porto on Sunday. PHOTO: STAFF\n\nThe strike will go on until the pay offer is raised, Braga said on Sunday.",
			[]st{{"Ana Lucia Braga Soto", Indirect, "The strike will go on until the pay offer is raised", ""}}},
		{"a place run into a known person's surname is that person; a given name spelt like a place is not", "Foreign Minister Amir Tabrizi arrived in Kestria on Monday.\nUpon arrival in Kestria Tabrizi told reporters that the talks would be useful.\nTom Weiss flew in from Jordan on Sunday. Jordan Weiss said the match was over.",
			[]st{{"Amir Tabrizi", Indirect, "the talks would be useful", ""}, {"Jordan Weiss", Indirect, "the match was over", ""}}},
		{"police in a place are that place's force, a country's too", "Police in Borduria said on Friday they had arrested a suspect.\n\"He was hiding in a village,\" a police spokesman said.\nIn a statement issued in Eastport, Eastport police said they were told of the arrest.",
			[]st{{"Borduria police", Indirect, "they had arrested a suspect", ""}, {"Borduria police", Direct, "He was hiding in a village", ""}, {"Eastport police", Indirect, "they were told of the arrest", ""}}},
		{"an islet, a reef or a highway is no person a pronoun stands for", "Admiral Jon Weiss toured the fleet on Monday.\nAfter a look at the guns on Kestrel Islet and a talk at the Blue Coral Reef, he said the navy was ready.",
			[]st{{"Jon Weiss", Indirect, "the navy was ready", ""}}},
		{"plain text wrapped at a fixed width: the name on a wrapped line is the article's person", "Former harbour master Tomas Lindqvist, the sailor who ran the port for\ntwenty years, was fined on Monday for taking bribes from the\nshipping firms that used it.\nLindqvist said he would appeal.",
			[]st{{"Tomas Lindqvist", Indirect, "he would appeal", ""}}},
		{"a player's epithet with lower-case modifiers is the player last named", "Jon Weiss scored twice on Friday for Eastport Rovers.\nThe former Borduria youth international admits that the defeat hurt.\nJane Roe, 31, runs the club shop. The veteran club shop said it would close.",
			[]st{{"Jon Weiss", Indirect, "the defeat hurt", ""}}},
		{"a word joined by a slash is no word of the name", "Analysts had expected a fall, according to an Acme Data I/B/E/S report.\nAcme Data said sales rose.",
			[]st{{"Acme Data", Indirect, "Analysts had expected a fall", ""}, {"Acme Data", Indirect, "sales rose", ""}}},
		{"a body's name cut before a small word inside it is the name its acronym spells", "The Council for Peace and Trade in the Baltic Region (CPTBR) met on Monday.\nThe Council for Peace and Trade said the ferries would sail.",
			[]st{{"Council for Peace and Trade in the Baltic Region", Indirect, "the ferries would sail", ""}}},
		{"a body in the title of the person named before it is no speaker", "Asked by a reporter whether the strike would spread to other ports, Jane Roe, Executive Director of the Baltic Dock Workers Union said, \"Certainly.\"",
			[]st{{"Jane Roe", Direct, "Certainly.", ""}}},
		{"the body in a person's title speaks in its own sentence", "Jane Roe, Executive Director of the Baltic Dock Workers Union, was held on Monday. The Baltic Dock Workers Union said the arrest was unlawful.",
			[]st{{"Baltic Dock Workers Union", Indirect, "the arrest was unlawful", ""}}},
		{"a body of the table before police is that body", "Two men were held at a London airport on Friday. Scotland Yard police said both would appear in court on Monday.",
			[]st{{"Scotland Yard", Indirect, "both would appear in court on Monday", ""}}},
		{"a name a lost quote mark hid in a quote still gives the full name of a surname and of a title's initials", "The warehouse fire was put out on Monday.\n\"Two crews fought the blaze for six hours.\nNo one was hurt,\" Senior Fire Officer Jane Okafor told reporters.\nOkafor said the cause was not known.\nThe SFO said the building would be pulled down.",
			[]st{{"Jane Okafor", Indirect, "the cause was not known", ""}, {"Jane Okafor", Indirect, "the building would be pulled down", ""}}},
		{"an office and its portfolio before a name give initials a later title abbreviation uses, with a surname misspelt by one letter too", "The march was broken up by officers led by the Eastport Commissioner of Police, Dora Okonkwo.\nSpeaking after the arrests, the CP Okonkwoh said the ban would stay.\n\"Nobody will block the roads,\" the CP added.",
			[]st{{"Dora Okonkwo", Indirect, "the ban would stay", ""}, {"Dora Okonkwo", Direct, "Nobody will block the roads", ""}}},
		{"initials of a title's words and a capitalised portfolio after of", "The inquiry was opened by the Harbour Inspector General of Customs, Tomas Lindqvist, on Monday.\nIGC Lindqvist said forty containers were held.\nThe ICG said nothing.",
			[]st{{"Tomas Lindqvist", Indirect, "forty containers were held", ""}}},
		{"a demonym of a smaller country before a title's initials ('Latvian FM', 'the Moldovan PM') is the person titled so", "Latvian Foreign Minister Dace Kalnina met her counterparts on Monday.\n\"Europe must act now,\" Latvian FM wrote on X.\nMoldovan Prime Minister Ion Rusu said the border would stay open. \"We will not be threatened,\" the Moldovan PM told reporters.",
			[]st{{"Dace Kalnina", Direct, "Europe must act now", ""}, {"Ion Rusu", Indirect, "the border would stay open", ""}, {"Ion Rusu", Direct, "We will not be threatened", ""}}},
		{"a two-word name opening with 'Las', 'Los', 'San' or 'Fort' is a place, no person a later 'he said' stands for", "Two guards were hurt at the copper mine, mining minister Jon Weiss said on Monday.\nLas Palomas opened in 2016 and employs 900 people.\nThe road would reopen on Friday, he said.\nFarm leader Ana Soto visited the valley. San Rafael has been cut off since May. The bridge was safe, she said.",
			[]st{{"Jon Weiss", Indirect, "Two guards were hurt at the copper mine", ""}, {"Jon Weiss", Indirect, "The road would reopen on Friday", ""}, {"Ana Soto", Indirect, "The bridge was safe", ""}}},
		{"a nickname in quotes inside a name is left out of it, before or after the verb", "Sen. Maria \u201cMia\u201d Santos Reyes said the audit was overdue.\n\u201cWe want to see the receipts,\u201d Reyes said.\nThe plan was welcomed by Rep. Antonio \"Tony Boy\" Cruz, who said the dams must be inspected first. Asked about the cost, said Gov. Ramon \u201cMonching\u201d Dela Paz Jr.: \u201cIt is money well spent.\u201d",
			[]st{{"Maria Santos Reyes", Indirect, "the audit was overdue", ""}, {"Maria Santos Reyes", Direct, "We want to see the receipts", ""}, {"Antonio Cruz", Indirect, "the dams must be inspected first", ""}, {"Ramon Dela Paz Jr", Direct, "It is money well spent.", ""}}},
		{"a plural title before a name ('Representatives Jon Weiss, ... and Ana Soto') is no word of the name", "Representatives Jon Weiss, the new leader of the inquiry, and Ana Soto, the top Democrat, met reporters on Thursday.\n\"The hearing went well,\" Weiss said. Senators Mary Lane and Tom Grey voted no. \"It was rushed,\" said Senators Mary Lane.",
			[]st{{"Jon Weiss", Direct, "The hearing went well", ""}, {"Mary Lane", Direct, "It was rushed", ""}}},
		{"a country run into a name of three words before the given name is no part of it", "Meanwhile, President Moldova Ana Maria Soto met the envoy. Moldova's border police were put on alert.\nSoto added that the talks must go on.",
			[]st{{"Ana Maria Soto", Indirect, "the talks must go on", ""}}},
		{"a word inside that is not after and is another body", "The Democratic Progressive Party won the vote.\nThe Democratic Party said the result was fair.",
			[]st{{"Democratic Party", Indirect, "the result was fair", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Text: tc.text}, tc.want)
		})
	}
}

// TestNamerSpeaker checks the normaliser on names as a rule might hand
// them over, against one article's forms.
func TestNamerSpeaker(t *testing.T) {
	text := "Federal Transport Minister Jane Roe visited the port on Monday with Tomas Weiss Jr. and officials of the Ruritanian Coast Guard Authority (RCGA).\nThe Borduria Sailors and Dockers Federation said it would strike."
	r := newReader(Normalize(text), "", DefaultAliases())
	r.read()
	nm := newNamer(r)
	for _, tc := range []struct{ in, want string }{
		{"Federal Transport Minister Jane Roe", "Jane Roe"},
		{"Roe", "Jane Roe"},
		{"Tomas Weiss Jr.", "Tomas Weiss Jr"},
		{"Weiss", "Tomas Weiss Jr"},
		{"RCGA", "Ruritanian Coast Guard Authority"},
		{"Coast Guard Authority", "Ruritanian Coast Guard Authority"},
		{"Borduria Sailors Federation", "Borduria Sailors and Dockers Federation"},
		{"Dockers Federation", "Dockers Federation"},
		{"the WHO", "World Health Organization"},
		{"Mary Lane", "Mary Lane"},
	} {
		if got := nm.speaker(tc.in, len(r.norm)); got != tc.want {
			t.Errorf("speaker(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpeakerResolution checks who "he", "they", "police" and a long title
// before a name resolve to, with invented sentences in the shapes real
// news uses.
func TestSpeakerResolution(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, text string
		want       []st
	}{
		{"an organisation's name between a title and the person", "Former Borduran Transport Minister and newly appointed Head of the Coastal Guard Department Ivan Petrov, in turn, told the Kanal 5 channel that 40 ships had been seized.\nHe also noted that more ships were arriving. \"The blockade holds,\" he said.\nHarbor News Jane Roe said the port was calm.",
			[]st{{"Ivan Petrov", Indirect, "40 ships had been seized", ""}, {"Ivan Petrov", Indirect, "more ships were arriving", ""}, {"Ivan Petrov", Direct, "The blockade holds", ""}, {"Jane Roe", Indirect, "the port was calm", ""}}},
		{"police are the force the article names", "Ruritanian police say they have detained a former teacher over the fire at the Northfield depot.\nPolice named the man as Jon Weiss, 41.\nPolice say the fire was started deliberately.\nSpeaking on Friday, Northfield police confirmed the depot had no alarm.\nPolice did not give a motive, saying it was too early. They said they were questioning witnesses.",
			[]st{{"Northfield police", Indirect, "they have detained a former teacher over the fire at the Northfield depot", ""}, {"Northfield police", Indirect, "the fire was started deliberately", ""}, {"Northfield police", Indirect, "the depot had no alarm", ""}, {"Northfield police", Indirect, "it was too early", ""}, {"Northfield police", Indirect, "they were questioning witnesses", ""}}},
		{"according to police, a police spokesman: the force the article names", "Eastport police arrested three people on Sunday.\nThe suspects were caught near the harbour, according to police.\nA police spokesman said the men had been released.",
			[]st{{"Eastport police", Indirect, "The suspects were caught near the harbour", ""}, {"Eastport police", Indirect, "the men had been released", ""}}},
		{"according to police and a police spokesman with no force named are nobody's", "Three people were arrested on Sunday, according to police.\nA police spokesman said the men had been released.",
			nil},
		{"a statement from a body is the body's; a report from an outlet and a source close to a body are not", "A statement from the Eastport Water Board said supplies were safe.\nThe dam will be repaired by May, a communique issued by the Borduran Interior Ministry said.\nA source close to the Eastport Water Board said it was broke. A report from the Eastport Times said the mayor would quit.",
			[]st{{"Eastport Water Board", Indirect, "supplies were safe", ""}, {"Borduran Interior Ministry", Indirect, "The dam will be repaired by May", ""}}},
		{"a possessive inside a body's name; the hospital, the university, the district", "St Agnes's Hospital said two patients had died. The hospital said later that a third was critical.\nThe People's Shipping Union said the strike would go on. Borduria's Transport Ministry said the port was open.\nHarbor University said classes would resume. The university said exams were postponed.\nThe Eastport School District said buses would run. The district said schools would open late.\nThe Northern District said nothing.",
			[]st{{"St Agnes's Hospital", Indirect, "two patients had died", ""}, {"St Agnes's Hospital", Indirect, "a third was critical", ""}, {"People's Shipping Union", Indirect, "the strike would go on", ""}, {"Borduria's Transport Ministry", Indirect, "the port was open", ""}, {"Harbor University", Indirect, "classes would resume", ""}, {"Harbor University", Indirect, "exams were postponed", ""}, {"Eastport School District", Indirect, "buses would run", ""}, {"Eastport School District", Indirect, "schools would open late", ""}}},
		{"the company a sentence names; the spokesperson who spoke for a body; a capital ending in s", "Harbor Mining said on Tuesday it would appeal.\nShares of Acme Corp fell 5 percent after the company said profits would miss forecasts.\nAcme Corp sued Borealis Ltd, and the company said the patents were stolen.\nPrime Minister Jane Roe visited the plant. \"We are disappointed,\" a spokesperson for Acme Corp said. The spokesperson added that the firm would cut jobs.\nBrussels said the talks had stalled.",
			[]st{{"Harbor Mining", Indirect, "it would appeal", ""}, {"Acme Corp", Indirect, "profits would miss forecasts", ""}, {"Acme Corp", Indirect, "the patents were stolen", ""}, {"Acme Corp", Direct, "We are disappointed", ""}, {"Acme Corp", Indirect, "the firm would cut jobs", ""}, {"Brussels", Indirect, "the talks had stalled", ""}}},
		{"a body introduced with its own acronym is not another country's body; a mixed-case acronym", "Borduria's Defence Ministry said 40 drones were downed.\nThe Ministry of Defence (MoD) said the jets were scrambled. The MoD said the pilot was safe.",
			[]st{{"Borduria's Defence Ministry", Indirect, "40 drones were downed", ""}, {"Ministry of Defence", Indirect, "the jets were scrambled", ""}, {"Ministry of Defence", Indirect, "the pilot was safe", ""}}},
		{"an outlet before police is no force", "Jon Weiss told Reuters police had sealed the road.\nPolice said the road would reopen on Monday.",
			[]st{{"Jon Weiss", Indirect, "police had sealed the road", ""}}},
		{"a title given in an appositive; a shadow or deputy holder is another office", "The regional governor, Marta Illic, said three people had died.\n\"We had ten minutes,\" said Ana Kos, 54, a shopkeeper.\nThe governor said she had asked the army for boats.\nIvo Brac, the deputy mayor, said schools were shut. Mayor Lena Horvat visited the dam. The mayor said it held.\nThe shadow chancellor, Tom Reed, said the plan was weak. The Chancellor's office said it would cost 2 billion.",
			[]st{{"Marta Illic", Indirect, "three people had died", ""}, {"Ana Kos", Direct, "We had ten minutes", ""}, {"Marta Illic", Indirect, "she had asked the army for boats", ""}, {"Ivo Brac", Indirect, "schools were shut", ""}, {"Lena Horvat", Indirect, "it held", ""}, {"Tom Reed", Indirect, "the plan was weak", ""}}},
		{"a country's lower-case body as the subject of a participle", "Ruritania's defence ministry rejected the claim, saying its forces had acted in self-defence.\nUkraine's air force denied it, saying the sky was clear.",
			[]st{{"Ruritania's Defence Ministry", Indirect, "its forces had acted in self-defence", ""}, {"Ukrainian air force", Indirect, "the sky was clear", ""}}},
		{"a person who gave only a first name", "\"We lost everything,\" said one resident, Ahmed Ali.\nMohammed, who gave only his first name, said the water came at night. \"I am tired,\" the 34-year-old said.\nLayla, who asked to be identified only by her first name, said the shelter was full.",
			[]st{{"Ahmed Ali", Direct, "We lost everything", ""}, {"Mohammed", Indirect, "the water came at night", ""}, {"Mohammed", Direct, "I am tired", ""}, {"Layla", Indirect, "the shelter was full", ""}}},
		{"a plural's possessive inside a body's name", "The Eastport Supporters' Trust said the decision was overdue. The Veterans' Affairs Department said claims were paid.",
			[]st{{"Eastport Supporters' Trust", Indirect, "the decision was overdue", ""}, {"Veterans' Affairs Department", Indirect, "claims were paid", ""}}},
		{"police with no force named are an unnamed source; so are they after officials", "Several hundred people marched to the harbour, police said.\nPolice said the road would reopen on Monday.\nOfficials said the bridge was safe. They said it would reopen.",
			nil},
		{"they after a body's clause that names a group of people is nobody's", "Northfield police said two men were held overnight. They said they were innocent.",
			[]st{{"Northfield police", Indirect, "two men were held overnight", ""}}},
		{"he said continues the last speaker, not a person named as an object", "\"It was a long search,\" said Chief Tom Baker.\nProsecutors asked that anyone who knows Mr Jon Weiss come forward.\nHe said they had received 400 tips.",
			[]st{{"Tom Baker", Direct, "It was a long search", ""}, {"Tom Baker", Indirect, "they had received 400 tips", ""}}},
		{"he said after an unnamed person spoke is that person, nobody named", "\"It was a long search,\" said Chief Tom Baker.\nWeiss's lawyer said his client was innocent. He said Weiss would plead not guilty.\nJane Roe watched from her porch. A witness said the car sped off. She said it was red.",
			[]st{{"Tom Baker", Direct, "It was a long search", ""}}},
		{"he said after a person named as the subject is that person", "\"It was a long search,\" said Chief Tom Baker.\nJon Weiss, 41, was charged on Monday. He told the court that he was innocent.\nBoard member Karl Ode voted no. He said the plan was rushed.",
			[]st{{"Tom Baker", Direct, "It was a long search", ""}, {"Jon Weiss", Indirect, "he was innocent", ""}, {"Karl Ode", Indirect, "the plan was rushed", ""}}},
		{"a role of a ministry is the person the article titles so", "Borduria's minister of transport says the bridge will reopen in May.\nTransport Minister Ivan Petrov said repairs had cost $4 million.",
			[]st{{"Ivan Petrov", Indirect, "the bridge will reopen in May", ""}, {"Ivan Petrov", Indirect, "repairs had cost $4 million", ""}}},
		{"a country's initials before its administration or government", "On June 3, the US administration announced that Washington would lift the tariffs. The UK government said it welcomed the move.",
			[]st{{"US administration", Indirect, "Washington would lift the tariffs", ""}, {"UK government", Indirect, "it welcomed the move", ""}}},
		{"a delayed lead: an unnamed official named in the next paragraph", "A senior fire official said Tuesday the blaze at the Northfield depot had been set deliberately.\nThe fire destroyed 12 lorries overnight. Deputy Chief Tom Baker, who leads the inquiry, said crews found fuel cans at the gate.",
			[]st{{"Tom Baker", Indirect, "the blaze at the Northfield depot had been set deliberately", ""}, {"Tom Baker", Indirect, "crews found fuel cans at the gate", ""}}},
		{"a delayed lead: police, then the person who made the disclosure", "The police in Eastport on Sunday said they had arrested two men over the robbery.\nThe police spokesman, Mr Jon Weiss, made the disclosure in an interview with the Baltic News Agency in Eastport.",
			[]st{{"Jon Weiss", Indirect, "they had arrested two men over the robbery", ""}}},
		{"a delayed lead: an unnamed court named in the next sentence", "Miners may strike without notice, a regional labour court ruled Friday.\nThe Eastport Labour Court of Appeal overturned an earlier ban on the walkout.",
			[]st{{"Eastport Labour Court of Appeal", Indirect, "Miners may strike without notice", ""}}},
		{"a delayed lead: the head of a body, named as speaking in the next paragraph", "Ferries will resume on Monday, the director of the Baltic Port Authority (BPA) said on Sunday.\nJane Roe told Radio Norte that the storm damage was light.",
			[]st{{"Jane Roe", Indirect, "Ferries will resume on Monday", ""}, {"Jane Roe", Indirect, "the storm damage was light", ""}}},
		{"no delayed lead from the head of a body when no person speaks next: the body", "Ferries will resume on Monday, the director of the Baltic Port Authority said on Sunday.\nThe storm damaged three piers in the north.",
			[]st{{"Baltic Port Authority", Indirect, "Ferries will resume on Monday", ""}}},
		{"a name in a relative clause after an unnamed subject is no speaker; in a lead, the person named next as speaking is", "A Democratic senator who questioned Energy Minister Tom Grey on Tuesday said the audit was being blocked.\nAt the hearing, Sen. Ana Soto told Grey he was hiding the figures.\nA lawyer who represents Jon Weiss said on Monday the charges would be dropped.",
			[]st{{"Ana Soto", Indirect, "the audit was being blocked", ""}, {"Ana Soto", Indirect, "he was hiding the figures", ""}}},
		{"a long subordinate clause opening the sentence holds no subject of a later participle", "Budget vote put off\nWhile talks between Vice President Jon Weiss and Senate leaders on the budget briefly raised hopes of a deal this week, Speaker Tom Grey played down the chances of a quick vote, saying members were still far apart.\nAfter a long night of talks in the capital with Finance Minister Ana Soto and her team, Grey left early, saying nothing was agreed.",
			[]st{{"Tom Grey", Indirect, "members were still far apart", ""}, {"Tom Grey", Indirect, "nothing was agreed", ""}}},
		{"a person named inside the last reported clause is no antecedent of the next 'he said': the clause's speaker is", "President Jon Weiss told reporters last week he was sure of a win.\nOpposition spokesman Tom Grey said on Tuesday that supporters would march should Weiss claim victory.\nHe said that in the north \"the count is a farce\".",
			[]st{{"Jon Weiss", Indirect, "he was sure of a win", ""}, {"Tom Grey", Indirect, "supporters would march should Weiss claim victory", ""}, {"Tom Grey", Indirect, "in the north \"the count is a farce\"", ""}}},
		{"the subject of a later clause after ', and' is the person a next 'he said' stands for, a surname alone too", "Riverside manager Tom Grey watched from the stand.\nJon Weiss scored on his debut, while Ivo Brac also made his first start, and Grey was pleased with both. He said: \"They did well for a first game.\"",
			[]st{{"Tom Grey", Direct, "They did well for a first game.", ""}}},
		{"no delayed lead when the next sentence names no such body", "Wages will rise by 4 percent, a union said on Monday.\nThe Eastport Dockers Association welcomed the deal.",
			nil},
		{"an office's owner with the apostrophe alone; a place label before the lead", "Nordland: Nordland's main opposition leader Karin Reyes has alleged the count was rigged and warned that she would reject the result.\nA spokesperson with Reyes' office said the appeal was filed. Reyes' office said later that it was heard.",
			[]st{{"Karin Reyes", Indirect, "the count was rigged", ""}, {"Karin Reyes", Indirect, "she would reject the result", ""}, {"Karin Reyes", Indirect, "the appeal was filed", ""}, {"Karin Reyes", Indirect, "it was heard", ""}}},
		{"no delayed lead to a leader named next, nor when the official stays anonymous", "A senior Borduran official said Tuesday that talks had stalled.\nPrime Minister Jon Weiss said on Monday that the war would go on.",
			[]st{{"Jon Weiss", Indirect, "the war would go on", ""}}},
		{"no delayed lead when the article says the official spoke anonymously", "A senior Borduran official said Tuesday that talks had stalled.\nThe talks in Geneva broke up on Monday. Jon Weiss, the chief negotiator, said the gap was wide.\nThe official spoke on condition of anonymity because he was not authorized to brief reporters.",
			[]st{{"Jon Weiss", Indirect, "the gap was wide", ""}}},
		{"a person in the appositive after the body of a title opening the sentence speaks, not the body", "The veteran chairman of the Harbour Board, Jane Roe, rejected the claim and said: \"The offer is fair.\"\nThe Left-wing leader of the Rail Workers Federation, Mr Ivo Brac, called the talks a farce and said the strike would go on.\nThe head of the Eastport Fire Service, Ana Soto, visited the depot, saying the blaze was out.",
			[]st{{"Jane Roe", Direct, "The offer is fair.", ""}, {"Ivo Brac", Indirect, "the strike would go on", ""}, {"Ana Soto", Indirect, "the blaze was out", ""}}},
		{"after 'He accused Minister X of ...' a later 'he said' is the accuser, the subject of both sentences, not the object", "Deputy Mayor Tom Grey visited the flooded district on Monday.\nHe blamed Transport Minister Jon Weiss for the delays. \"The minister let us down,\" he told reporters.\nCouncillor Ana Soto toured the dam. She thanked Governor Mary Lane for the boats. The repairs would take a month, she said.",
			[]st{{"Tom Grey", Direct, "The minister let us down", ""}, {"Ana Soto", Indirect, "The repairs would take a month", ""}}},
		{"a capitalised name ending in a plural of people's roles is no person a pronoun stands for", "Harbour Minister Ana Soto met the island's council on Monday.\nCouncillor Tom Grey spoke first. He said he and other Island Council Members were not persuaded. She said, however, that ferry visits had resumed.\nThe Northern Port Representatives met on Friday. She said the port would stay open.",
			[]st{{"Tom Grey", Indirect, "he and other Island Council Members were not persuaded", ""}, {"Ana Soto", Indirect, "ferry visits had resumed", ""}, {"Ana Soto", Indirect, "the port would stay open", ""}}},
		{"a quote closing a sentence whose subject is a pronoun is the pronoun's person, not the last quoted", "Harbour Minister Ana Soto toured the port with Councillor Tom Grey.\nGrey said the ban was wrong. He added, \"Nobody was consulted.\" She explained to local radio that the visit had helped her, \"see how a small port works.\"",
			[]st{{"Tom Grey", Indirect, "the ban was wrong", ""}, {"Tom Grey", Direct, "Nobody was consulted.", ""}, {"Ana Soto", Direct, "see how a small port works.", ""}}},
		{"a quote closing a sentence whose subject is a pronoun is the pronoun's person, not the speaker of the reported clause before", "Harbour Minister Ana Soto toured the port with Councillor Tom Grey.\nGrey said the ban was wrong. He said the islanders were angry. She explained to local radio that the visit had helped her, \"see how a small port works.\"",
			[]st{{"Tom Grey", Indirect, "the ban was wrong", ""}, {"Tom Grey", Indirect, "the islanders were angry", ""}, {"Ana Soto", Direct, "see how a small port works.", ""}}},
		{"'the sheriff's office' in lower case is the office the article names in capitals, not the sheriff", "Jon Weiss, a deputy of the Eastport County Sheriff's Office, was found dead on Tuesday.\n\"We do not know what happened,\" Sheriff Tom Grey said.\nThe suspect fled to a nearby farm, according to the sheriff's office.\nThe sheriff's office said the suspect was 61.",
			[]st{{"Tom Grey", Direct, "We do not know what happened", ""}, {"Eastport County Sheriff's Office", Indirect, "The suspect fled to a nearby farm", ""}, {"Eastport County Sheriff's Office", Indirect, "the suspect was 61", ""}}},
		{"a name with a word typed twice is the name the article gives; a capitalised epithet of a role after 'the new' is the person last named", "Eastport: Swimmer Maria Lopez won the final on Sunday.\n\"It was the best race of my life,\" Maria Lopez Lopez told reporters.\nHowever, the new Olympic Champion stated that she would rest for a month. \"I need a break,\" the 25-year-old said.\nThe embattled Tom Baker said he would stay.",
			[]st{{"Maria Lopez", Direct, "It was the best race of my life", ""}, {"Maria Lopez", Indirect, "she would rest for a month", ""}, {"Maria Lopez", Direct, "I need a break", ""}, {"Tom Baker", Indirect, "he would stay", ""}}},
		{"a title's field after 'for' is no part of the name after it", "Aid is running out in the north.\n\"We have two weeks of food left,\" Special Envoy for Famine Relief Jon Weiss told reporters in Rome.\nWeiss said that donors had pledged too little. Commissioner for Human Rights Jane Roe said the camps were full.",
			[]st{{"Jon Weiss", Direct, "We have two weeks of food left", ""}, {"Jon Weiss", Indirect, "donors had pledged too little", ""}, {"Jane Roe", Indirect, "the camps were full", ""}}},
		{"a country run into a person's name is no part of it, run into a body's name it is", "Meanwhile, President Kosovo Jana Kovac met the envoy. Kosovo's army was on alert. Kovac said the talks went well.\nKenya Red Cross, which has set up camps, said that seven people were killed. Kenya's police were on alert.\nChad Red Crescent said that 40 people had fled. Chad's army was on alert.",
			[]st{{"Jana Kovac", Indirect, "the talks went well", ""}, {"Kenya Red Cross", Indirect, "seven people were killed", ""}, {"Chad Red Crescent", Indirect, "40 people had fled", ""}}},
		{"the same in other words: a stuttered surname, 'the reigning ... Winner'", "Eastport Rovers beat Northfield 2-1 on Saturday, and Tom Grey scored the winner.\n\"We never gave up,\" said Tom Grey Grey.\nThe reigning Golden Boot Winner said the squad had earned a rest.",
			[]st{{"Tom Grey", Direct, "We never gave up", ""}, {"Tom Grey", Indirect, "the squad had earned a rest", ""}}},
		{"no delayed lead after the first paragraph, nor when the person named next does not speak", "A senior official said the deal was close.\nJon Weiss arrived in Paris on Monday. He said the deal was close.\nJane Roe said the talks would resume. A senior aide said the vote was lost.\nTom Baker said nothing more.",
			[]st{{"Jon Weiss", Indirect, "the deal was close", ""}, {"Jane Roe", Indirect, "the talks would resume", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Text: tc.text}, tc.want)
		})
	}
}

// TestHeadlineName checks that a surname the text uses alone takes the
// full name of a headline in sentence case, and not of one in title case.
func TestHeadlineName(t *testing.T) {
	type st = wantStmt
	for _, tc := range []struct {
		name, title, text string
		want              []st
	}{
		{"sentence case", "Tomas Lindqvist fined for harbour bribes", "The court fined the former harbour master on Monday.\nLindqvist said he would appeal.",
			[]st{{"Tomas Lindqvist", Indirect, "he would appeal", ""}}},
		{"title case names no one", "Port Court Fines Lindqvist For Bribes", "The court fined the former harbour master on Monday.\nLindqvist said he would appeal.",
			[]st{{"Lindqvist", Indirect, "he would appeal", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFind(t, Article{Title: tc.title, Text: tc.text}, tc.want)
		})
	}
}

// TestTrimSpanShort checks that a span shorter than a connective ("But ")
// is trimmed without a panic (found by FuzzExtract: "B told thAt!").
func TestTrimSpanShort(t *testing.T) {
	for _, s := range []string{"B", "Bu", "But", "B!", "An"} {
		a, b := trimSpan(s, 0, len(s), Indirect)
		if a < 0 || b > len(s) || a > b {
			t.Errorf("trimSpan(%q) = %d, %d", s, a, b)
		}
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"B told thAt!", "shAred !", "Shared that"} {
		// (inputs FuzzExtract found to panic)
		for _, st := range x.Extract(Article{Text: text}) {
			if !strings.Contains(text, st.Text) {
				t.Errorf("statement %q is not in %q", st.Text, text)
			}
		}
	}
}

func TestOccurrences(t *testing.T) {
	for _, c := range []struct {
		text, s string
		want    []int
	}{
		{"Roe met Roe", "Roe", []int{0, 8}},
		{"aaaa", "aa", []int{0, 2}}, // each search goes on after the last match
		{"Jane Roe", "Smith", nil},
		{"Jane Roe", "", nil},
	} {
		if got := slices.Collect(occurrences(c.text, c.s)); !slices.Equal(got, c.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", c.text, c.s, got, c.want)
		}
	}
}
