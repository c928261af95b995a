// Package extract reads an article the way a careful reader does and says who
// said what: it turns articles (plain text, HTML or JSON, see ParseArticle)
// into attributed Statements, each scored by a tone.Analyzer. A paragraph is
// a line of the normalised text (see Normalize), except that plain-text copy
// wrapped at a fixed width runs on: a line of 40 bytes or more that ends in
// a lower-case letter or a comma continues when the next starts in lower
// case ("... who became\nthe face of the city"), or with a number after a
// word such as "to" or "of", and a quote left open for its attribution
// (`"We will help him,"`, a comma before the closing mark) continues into
// the next line when that opens with a name or pronoun and "said", "says",
// "told" or "added" ("McCain said ...").
//
// # What counts as a statement
//
// Direct speech is quoted words attributed by a speech verb before or after
// the quote ("Q," Kishida said; said Karin Holm; "Q," fumed the coach, a
// verb of the manner of speaking, with a quote only; said hotel doorman Jane
// Roe, a description in lower case before the full name; said van Gaal, a
// surname's particle in lower case; said the island's Gov. Jane Roe;
// interrupted the prosecutor, Jane Roe; Starmer replied:
// "Q"; The judge went on: "Q"; "Q," she went on, speaking on, never "went
// on strike"; "As for the tolls, Mr. Ford had this to say: "Q"", the name
// or pronoun before "had" after a lead of any length), or a quote that continues the last quoted speaker of the paragraph,
// or of the previous paragraph (past a page's insertion such as "Related
// Articles" or "Advertisement") when a quote runs over paragraphs (every
// paragraph of a quote left open over several when the last names the
// speaker; past a
// crosshead, a photo caption or a few quoted words set as a crosshead
// between them, when the paragraph before left its quote open), or of
// the person "he" or "she" stands for when the quote closes a sentence
// opening with that pronoun as its subject (`She explained that the visit
// had helped her, "understand ..."`), or
// the one a paragraph without quotes says issued a statement ("The BBC had
// earlier issued a statement." then a paragraph that is one quote) (in
// British copy too: a left single mark opening a paragraph, or after a
// colon, a comma or a sentence's end, before a capital, left open at the
// paragraph's end), and a quote
// whose closing mark is typed as two apostrophes (a straight mark opens
// it), or whose paragraphs the page ran together without their closing
// marks (`"We lost. "We will be back."`: a straight mark after a
// sentence's end and a space, before a capital, opens the next quote), or whose opening mark the page lost ("The sea was rough," said the
// captain.: the paragraph opens it) or that a right mark opens where no
// quote is open (”We agree,” she said), or whose closing mark it lost
// before a comma and an attribution running to the paragraph's end ("The
// port was built in 1920, said Harbour Master Jane Roe on Twitter.: the
// quote ends at the comma). Reported
// speech is the clause a speech verb introduces (said (that) ..., said here
// on Monday that ..., told a
// meeting ... that ..., told Borduria's state television ..., told state
// media ..., warned a
// local council that ..., urged both sides
// to ..., called (up)on Y to ..., warned Y to ..., told Y to ... (not
// "told them to ...": an order to people, its "that" inside it), told the
// fire chiefs ... (a plural of people as the audience), "CLAUSE, X said"; "X on
// the other hand warned", "X, for his part, said", "X had initially said",
// "X officially announced", "He, however, warned that", "X on Tuesday (April
// 18) said", "X in a statement on its website said", "He went on saying";
// "mentioned it was ..." reports the clause after a bare pronoun (not
// "indicated she would ...", a verb that more often takes an object), "urged
// the board, long accused of delays, to ..." reads past the object's
// description, "and has maintained a lead" (a subjectless perfect) goes on;
// "told workers to ignore it but ensure that ..." gives no clause (the
// "that" is inside the request), and "told Region 8 News he ..." reads the
// broadcaster's number as part of its name; "declared flatly that ..."
// leaves the manner adverb out of the clause, and so does "said offstage
// that", "insisted afterwards in an interview that" (any word of the
// telling before "that" or an adjunct, when a clause with its own subject
// follows; not after a verb with an object: "expressed relief that");
// "According to U.S. Secretary of State X, CLAUSE" is X's (an office named
// with "of", then its holder), and "Acting mayor X, 54, said" opens with
// X's title, no participial lead; "He said, the official is well advised
// to ..." reads the comma as "that" when a short subject opens the
// sentence and a clause with its own subject follows (an aside of the
// speaker's opening with a preposition or "as" stays in it: "said, as
// always, this is ..."; a sentence adverb stays out: "said, however,
// ..."); "appealed to X to ...", "pleaded with X to ..." and "pressed X to
// ..." (an object, then "to"; not "pressed ahead with plans to") report
// as "urged X to ..." does, and two countries joined by "and" before an
// appositive are a joint subject; "wrote the ferries would run" reports
// the bare clause (a subject and its auxiliary; not "wrote a letter to
// ..."); "According to Nordbank, CLAUSE" (one unknown word shaped as a
// body's name: an acronym or a compound ending in "bank", "group", ...;
// or any one unknown capitalised word when "According to X," opens the
// sentence before its clause, as "CLAUSE, X said" takes it)
// and "according to a statement from Portlink" or "according to a
// statement posted by Portlink on its website" give the body the claim,
// and "Nordbank, however, said" and "But Nordbank said" open with the
// body's name; a pronoun with a contracted auxiliary ("said he's never
// seen", "they're ready") is a clause's finite verb; "X responded by
// saying ..." is X's (the means of the sentence's own act), and so is "X
// was later reported to have said ..." (the subject before a passive
// report: "is understood to have told", "was said to have warned"); a
// list of adjectives closing the sentence after a comma ("were wrong,
// misleading and false") stays in the clause, no participial phrase;
// "There are 36 firms in Indonesia and OJK said ..." is OJK's alone (a
// name after a preposition closing a clause is no joint speaker; "Officials
// in Oslo and Bergen said" stays nobody's), and "said today the pier must
// close" reads past the bare day;
// "noting that, according to Kim, it had been developed" and "and,
// according to police, the man fled" give the source the clause after it,
// as "According to X, CLAUSE" does; "a statement in which he warned that
// ..." is his (not a parenthesis like "sheets, which she said showed");
// "CLAUSE — he said." reads a spaced dash before the attribution as a
// comma (and a number opening a clause with its own verb, "Four piers were
// damaged in three towns — Lund, Moss ...", is no adverbial lead to skip);
// an indirect question ("remarked whether it matters") is no statement,
// and "the lawmaker reporting on the bill," inside a clause no
// attribution that ends it; a participle after the
// attribution, `"Q," he said, adding that ...` or "explaining that ...",
// is the same speaker's; after "X denied it, but Y confirmed ..., adding
// that ..." it is Y's, the subject of the clause it hangs on (nobody's
// when Y is unnamed: "but an army major confirmed"; nobody's after
// "Economists polled by Reuters predicted a cut, citing ...", where the
// name is only the participle's agent) (but a clause after ", noting", ", arguing", ",
// insisting", ", warning", ", urging" or ", calling" is the journalist's
// gloss, no statement, unless it is a quote or the participle has its own
// setting: "warning in a speech that ..."), and so are "X issued a statement on Monday
// saying ..." (the document's issuer; not "received a letter saying")
// and "X felt more was needed saying, "Q"" (a participle before its own
// comma and a quote hangs on the subject) and "X hit back saying ..." (a participle
// without its comma after the subject's own act); "told his crew he ..."
// reports the clause after any possessed audience; "said while A, B" and
// "said if A, B" report the
// subordinate clause with its main one, while "said while speaking to
// reporters" reports nothing; "CLAUSE, another news agency, Interfax,
// reported, citing X" ends before the outlet's description (X speaks; so
// with "reported citing X as saying" and, for a source the text names
// (its owner too: "citing South Korea's Joint Chiefs of Staff"), with
// "OUTLET reported, citing X(,) that CLAUSE"); so does
// "CLAUSE, OUTLET quoted X, a
// lawmaker, as saying after she met him"), a claim sourced with
// "according to" a
// person or organisation (not to a body's figures: "according to Eurostat
// data", "according to central bank projections", "according to data from
// the regulator" are the journalist's sourcing; a relative clause after
// the source closes the claim and is the source's own when it reports:
// "CLAUSE, according to the minister, who noted that ..."; "according to
// the governor's office" is the person titled so, as "X's office said" is
// X's), or the clause of "according to OUTLET, which
// reported that ...". Words relayed by a named outlet (KCNA quoted ... as
// saying; ..., the Philippine News Agency reported; according to
// TASS; X was quoted by El Tiempo as saying; quoted by the Saudi Press
// Agency (SPA) as saying) carry the outlet in Via. A quote before "OUTLET
// quoted X as saying" is X's when the outlet is a phrase in lower case too
// ("the state news agency", "Baltic news agency") and when lower-case words
// describe X ("quoted veteran lawmaker X", "quoted retired General X").
// Headlines, the journalist's narration, scare quotes, unnamed sources
// ("officials said", "Local media said"), joint subjects ("X and Y said", "in a joint
// statement"; not "Talks resume this week, and Y said") and interviewers'
// questions are nobody's statements, and so is an act named as a verb's
// object ("confirmed the arrest of two men", "conceded defeat and
// congratulated his rival" (the object, then the speaker's next act), "reiterated the governor's
// appeal to residents", "confirmed his readiness to visit"; not
// "confirmed the leader of the gang was at large"). In a
// transcript, the turns of anchors and correspondents ("ANCHOR (Ann Lee):",
// "JAKE TAPPER, CNN ANCHOR:", "our correspondent Tom Grey", a reporter
// introduced as "as NPR's Jeff Brady reports" or "CNN's Jane Roe has
// more") are read as
// narration: what they report others said is kept, their own words are not.
// Where the labels in capitals make a transcript, a label in mixed case
// that comes back or is an interviewer's ("Interviewer:", "Sky News:"
// between "LAVROV:" turns; "Lavrov:" between "BBC:" turns) opens a turn
// too, so that an answer never runs on into the next question.
// A reporter named as the audience of "told OUTLET's" ("officials told
// WBZ-TV's Julie Loncich") is no person a later role or pronoun stands for.
// Question turns ("Q", "Question:") are nobody's; a label naming a role
// ("THE PRESIDENT:", "The Prime Minister (Keir Starmer):") is the person the
// article or its title gives that role; an unlabelled paragraph in the first
// person continues the turn before it, and a label alone on its line ("Jane
// Roe (Baltic coach):") takes the paragraph after it as its turn. A page's section heads ("Details:
// ...", "Background: ...", "UPDATE: ...") are no speakers' labels. A press release's quote block (a
// paragraph that is one quote, then "— The Honourable Jane Roe") is the
// signer's; a wire's credit in that place (`"Q." - Reuters`) signs nothing.
// The signature may end in a full stop and may describe the signer in lower
// case before the name (`"Q." – opposition leader Jane Roe.`, `"Q." — the
// company's chief executive Jane Roe`, "– retired General Jane Roe").
// A quote split around its attribution ("A," said X, a spokesman, "B.")
// gives two statements; a quote is the speaker's across an epithet or
// lower-case modifiers before the name (`"Q," a weary Jane Roe said`,
// `"Q," said a defiant Roe`,
// `"Q," state fire Marshal Jane Roe said`), and "said Borduria Department
// of Public Works spokeswoman Jane Roe" is the person, not the body;
// "Gov. Jane Roe of Riva province in the north of Borduria said" is the
// person, and so are "Sgt. Jane Roe with the Eastport Police Department
// told" and "says Jane Roe from Acme"; "The veteran chairman of the
// Harbour Board, Jane Roe, rejected the claim and said" is the person in
// the appositive, not the body of her title; "The talks continued,
// however, and Jane Roe said" is Jane Roe's
// alone (a narrated clause before ", and", not a joint subject);
// "On Monday the RWU claimed" is the RWU's (a short phrase of time or
// source before the subject, without its comma);
// "Although Jane Roe said" is Jane Roe's (a conjunction opening a sentence
// is no word of a name), and a capitalised "Said" inside a name ("the
// Ismailia-Port Said road") is no speech verb; a
// passive speech verb names no speaker ("No injuries were reported, he
// said" is his); `"Q," said Roe about the team` is Roe's when the
// article named a person so; a job before a name after a team's or
// firm's name ("Northvale manager Tom Grey was gracious, saying: ...") is
// the person's title, not the speaker; "Acme shares fell after the grocer
// cut its forecast and said ..." is Acme's; "X's office said" is X's (but "the sheriff's office
// said", in lower case, is the "Eastport County Sheriff's Office" the
// article names); "the company
// said" and "the ministry stressed" go to the organisation that last spoke, and "the
// company" or "the club" before any organisation spoke to the name a
// sentence last opened with as its subject ("Chelsea have sacked ..., the
// club said"; after a leading phrase of time too: "On Monday, the third day
// of the strike, Norvik raised its offer"), never to a workers' body (a
// union, "Workers", "Federation", "Guild" in its name, or its initials:
// "The UMWA said ..." then "The company said ..." is not the UMWA's);
// "the board", "the commission" or "the agency" with none
// having spoken is the one body of that kind the article named in capitals
// ("chairman of the National Coal Board" ... "The board insists that ..."),
// and "the central bank's managing board said" is the bank's, and with no
// such body in capitals the one named in lower case ("the electoral
// commission" ... "The commission said": "electoral commission"); "the agency
// said" ("the public health agency said") after a public body spoke is that
// body unless an outlet, a news agency or a company came between.
// In UN meetings coverage a delegate speaks for the
// delegation ("The representative of France said" is France's; "Speaking
// for the African Union, the Permanent Observer urged" the African
// Union's). A readout is the statement of the organisation that released
// it ("..., according to a readout released by the White House"). An
// unnamed spokesperson speaks for the named body ("a spokesperson for the
// Foreign Ministry said", "a BBC spokeswoman said", "a BBC spokeswoman in
// London told Reuters", "a Transport Workers' Union spokesman told
// reporters: \"Q\"", "a company spokesman said" for the firm a sentence
// opened with when no organisation spoke yet) unless the same or the
// next paragraph names that body's spokesperson as speaking (`"Q,"
// Borduria government spokesman Jon Weiss said`: then the lead is his,
// and so is a copy of it the page printed before); other unnamed people
// ("a source close to X", "officials") are nobody. In a Q:/A: interview the questions are
// narration and the answers are the person the article named last before
// the first question. A dateline label ("PARIS: ...", "San Marco: ...") is
// no speaker, also on a lead the page prints twice, nor is a wire's name
// before a dash run into the sentence ("(Reuters) -Acme said ..."). Page furniture ("Read more:", "Reporting by ...",
// adverts, captions ending in a photo credit, "BREAKING:") is never read.
//
// # Speakers
//
// A speaker is resolved to one canonical name per article: titles are
// dropped (Supreme Leader, Foreign Minister, Mr; a plural one too:
// "Representatives Jon Weiss, ..., and Ana Soto"), short forms take the fullest
// form the article uses ("Shoukry" -> "Sameh Shoukry"), "he" and "she" take
// the last fitting person named (before any, the one person a standfirst or
// photo caption under the headline names), "the minister" (or "Minister
// said" opening a sentence, its article left out) the person the article gave
// that title (a shorter form too: "the Saudi minister" for "Saudi Arabian
// Energy Minister", "the Iraqi minister" for "Iraqi Foreign Minister",
// not a later minister of no country, "the U.S. president" after "U.S. President Jon Weiss's
// plan", "the assistant coach" for "FC Goa assistant coach Jane Roe", "the
// minister" and "the information minister" for "The Federal Minister for
// Information and Broadcasting, Jane Roe," whose office, set before the
// name, is not read as a body; "the Chinese President" for "China's
// President, Xi Jinping,"), and
// an alias table (DefaultAliases merged with a user's file, see
// ParseAliases) maps names, aliases and roles ("the North Korean leader") to
// canonical names and says which names are news outlets. A company
// named without its legal suffix is the fuller form the article gives it
// ("Kakao" -> "Kakao Corp"), a body's name joined by "and" keeps a first
// word a title may use ("National Rail and Maritime Authority"), and a name suffix is written without its stop
// ("Ferdinand Marcos Jr." -> "Ferdinand Marcos Jr"), a nickname in quotes
// inside a name is left out ("Sen. Paolo “Bam” Aquino IV" -> "Paolo Aquino
// IV"), a title word before
// "bin", or Sultan before "Al", is a given name ("Sultan bin Ahmad
// Sultan Al Jaber", "Dr. Sultan Al Jaber"), a surname that is a title word
// stays after a given name ("Shaukat Sultan", "Jane King"; not "Catholic
// Bishop"), and "Major" before a given name and surname is a rank ("Major
// Nasir Khan" -> "Nasir Khan"; not "John Major"), so that a speaker has
// one form whichever style the article used. A subheading in sentence case
// under the headline is read for names though it holds no statement
// ("Prime Minister Binali Yildirim is in Minsk ..." spells the surname a
// later "Yildirim said" uses, when a quote misspelt it "Binali Yildrim").
//
// Bodies and unnamed leads are read as news writes them: "police", "US
// police" and "according to police" are the force the article names (bare
// police with no force named stay nobody's; "Police in Ghana said" is
// "Ghana police", a country's force too, and the force a later bare "police"
// stands for, unless a lead's police spokesperson is named in the next
// paragraphs; a kind of officer opening a sentence, "Riot police fired
// ...", "Traffic police", is no force); "They said" or "It said" right
// after a body spoke is that body (`"Q," they said in a statement` too,
// and after its order to a group: "told people to leave"), and "the department said" right after a
// police force spoke is that force; "the officer said" is the person last
// named with a police or military rank ("Lt. Col. Jane Roe"); "A statement from X said" is X's,
// and so is a document named by its issuer ("the RJD tweet said", "a
// Labour Party statement said"); "The Ministry says", capitalised, is
// read as "the ministry says", and "the party added" is the organisation
// that spoke within the last lines; "has confirmed the two-year-old
// confirmed case ..." holds no attribution of its own; while
// after "a joint statement by ..." a later "the statement said" is nobody's
// alone; after "a statement by X" a later "the statement said" is X's;
// `"Q," said a statement from X's office` is X's, and so are the
// document's later "it said" and "the statement said"; "The statement
// read: "Q"" and "The tweet read: "Q"" give the words of the one who issued
// it ("Acme itself tweeted a message."), while "The sign read: "Q"" is
// nobody's; "the judge" and
// "the head of state" are the person the article titled so; a player's
// epithet ("the England winger", "the former Borduria youth international")
// is the person last named, and so are a nationality and an age ("the
// Montenegrin", "said the 48-year-old"; the last who spoke when the last
// person named was only an object: "after a goal from Tom Grey"), and "the
// veteran coach" is the person titled Coach, "the Republican nominee" and
// "the analyst" the person the article described with that noun before the
// name or in an appositive ("Republican nominee Jon Weiss", "Jane Roe, an
// analyst at Acme,"), "the 71-year-old Vietnam War veteran" the last person
// named, so is a capitalised epithet ending in a noun of a role after "the"
// and a lower-case word, written nowhere without "the" ("the new World
// Champion said", "the reigning Golden Boot Winner said"), and so is a country's role in lower case
// ("Iran's top diplomat added", as "the top diplomat") (the subject of a
// sentence's later clause
// counts: "..., though this time Jon Weiss was not complaining", "...,
// and Weiss was happy with their efforts");
// "the army" and "the military" are the armed forces the article names or
// that spoke, never a rebel force named after its cause ("Sudan Liberation
// Army"), and with none named the military under the article's word ("a
// military spokesman said", "a military statement said", "the army said":
// "military", "army"); "the company
// said" is the company its own sentence names, else the one that last
// spoke. A lead that holds back its speaker ("A top health
// official said ...", "Qatar's foreign ministry spokesman said ...",
// "CLAUSE, Iran's Foreign Ministry spokesperson said",
// "CLAUSE, a federal appeals court ruled", "A Democratic senator who
// questioned Jon Weiss said", "CLAUSE, the president of the
// National Electoral Institute said") is the person
// or body the next paragraphs name as speaking, unless the article says the
// source spoke on condition of anonymity. In "Asked whether ..., he
// said" the one questioned is the person who last spoke, not a man only
// talked about since. The owner of the home a sentence sets an event at,
// as its first name ("The crash happened in Tobias Wren's yard."), is who
// a following "he recalled" stands for. "Jane Roe who is in Riga for the
// talks said" (a
// relative clause whose commas the writer left out, or only its first:
// "Jane Roe who presented the results, said") is Jane Roe's, and so is
// A title before a surname alone ("Mrs Justice Foster", "Judge Okoro";
// a judge's) makes a later "the judge" that person.
// "Jane Roe, an agent of the PDP said" (a member's appositive without its
// closing comma), as is `"Q," Jane Roe, spokesman for the group's field
// operations told Reuters` (a post with "of", "for" or "at" and a body in
// lower case); "A lawyer who represents Jane Roe said" is nobody's
// (a name in a relative clause after an unnamed subject is its object);
// in "X said A were better and admitted B" the second
// verb is X's too, never that of a name inside A (nobody's when X is
// unknown), and in "The opposition slammed the Harbour Plan and said ..."
// the first verb's object is no speaker; "the North Korean spokesperson said" is not the last person
// named ("Wagner owner Jon Weiss") unless the article titled or described
// that person a spokesperson; "The agents of the PDP rejected ..., saying" is unnamed
// people's, nobody's, and in "..., saying the figures read by the clerk,
// Jane Roe, were wrong" the clerk is no inverted speaker. "While talks
// between Vice President Jon Weiss and Senate leaders ... raised hopes
// this week, Tom Grey played down ..., saying ..." is Tom Grey's (a
// subordinate clause, however long, holds no subject of the
// participle). "She
// thanked the crews, and said ..." is the person "she" stands for, as in
// "she said" (the phrase before the comma is no adverbial lead). A
// surname the article gives alone
// after a quote (`"Q," Willis said`; not initials: `"Q," CBT said`) is
// a person unless it is a place, a
// capital, a country, a body or an outlet, also when it is an adverb too
// ("Still said" after "Dana Still", not "has still said"); a country or state named in two
// words ("New Zealand") speaks as a body and is never a person a pronoun
// stands for, nor is a party named by its members in the plural ("the
// Social Democrats", "Senate Republicans"), a capitalised name ending in
// a plural of people's roles ("Government Representatives", "Council
// Members": several people, no speaker) or a body whose name ends in
// "Brotherhood" or "Movement" ("the Muslim Brotherhood"), nor a word with
// a capital letter as its label ("Group E", "Plan B"), nor a name joined
// by "&" ("J.R. Kane & Sons", a firm)
// or made an adjective by a hyphen ("a New York-bound Borduria Air
// flight", "Rebel-held Idlib"), nor a venue ("Eastfield Town Hall", a
// stadium or arena; a town or city hall speaks as a body) or a region
// ("South Asia"), nor a name of two words opening with "Las", "Los",
// "San", "São" or "Fort" ("Las Palomas began operating", a place); a
// title-case headline's verb ends a name ("Minister Jane
// Roe Says Talks ..." names "Jane Roe");
// "the human resources ministry"
// written in lower case is that ministry, and "the state's security
// agency" a body named by the place that owns it; "Jane Roe and Tom Grey, joint
// leaders of the union, said" is a joint subject, nobody's alone; and after
// "Another man said" or "the woman said" a "he said" or "she said" is that
// unnamed person's, not the last person named; a given name that is a
// woman's or a man's nearly everywhere ("Mary", "Thomas"; not "Andrea",
// "Jean") gives the person's gender before any pronoun does, and so does
// a Slavic surname's feminine ending ("Olga Petrova"), so "he
// sobbed" skips "Mary Poole"; a pronoun that skips a subject of the other
// gender is the person that subject's sentence named after it ("Olga
// Petrova met Tom Grey ... He said" is Grey's, unless someone of fitting
// gender spoke before), while a subject of unknown gender stays the
// antecedent; a "he said" is not a person named as an
// object in its own sentence ("Responding to a question from MP Jane Roe,
// he said", "talks with his counterpart Jon Weiss he said": the person
// named before; nor after "He accused Minister Jon Weiss of ...", a
// sentence whose subject was the same pronoun: the subject again; nor a
// person named inside the last statement's reported clause: "Tom Grey
// said supporters would march should Weiss claim victory. He said ..." is
// Tom Grey's); and
// so is a "she said" right
// after the paragraph described an unnamed woman ("Rescuers pulled one
// elderly woman from the rubble") when the article never showed the gender
// of the person named before her. One capitalised word the
// article tells nothing else of speaks when it stands in an attribution tag,
// right after a comma or a closing quote mark, next to the verb ("CLAUSE,
// Halvorsen said", `"Q," said Interpol.`), unless it is a day, a month, a
// pronoun, a title or an unnamed source ("Police", "Officials"). A state
// speaks under its whole name ("Saudi Arabia said", "Ivory Coast said").
// After an inverted verb the words up to the first preposition, comma or
// clause word are who spoke when the lists above find nobody: a
// description of any shape, then the name, then any adjunct (`"Q," said
// the city's deputy fire chief Jane Roe shortly after midnight`, "said
// retired General Jane Roe outside the court", "said U.S. Secretary of
// State Jane Roe backstage"), unless a role's or body's noun follows the
// name ("said Roe campaign officials"), an auxiliary or a past follows it
// (", said Roe had ..."), or a verb in -ing or -ed or a preposition governs
// it ("said a lawyer representing Jane Roe", "said the wife of Jane
// Roe"); and a lower-case verb in -s or -ed right after a quote's closing
// comma, then such a phrase, is a speech verb (`"Q," states Assemblyman
// Jane Roe`, invphrase.go), and so is a verb the lists lack before "in",
// "back" or "up" (`"Q," shot back Jane Roe`, "chimed in Jane Roe"; not
// "added in Oslo Jane Roe"). A role once held and no name after an inverted
// verb (`"Q," said the former Minister of Health`, "said the ex-mayor") is
// the person last named, as "said the Croatian" is. After an inverted verb, a state body in lower
// case after its place or demonym (`"Q," said the Kenyan government`,
// "said Moscow police") is read as before the verb, and a body's name runs
// on through "of", "for" or "on" before two capitalised words ("said the
// National Bank of Romania", "the Kenya National Commission on Human Rights
// said"). A body of the alias
// table is whole though its last word is a title's ("Islamic State said");
// "He" before one more capitalised word is the surname He ("He Biao said",
// "said He Biao"); and a place and a level before "government" name it
// ("the Sichuan provincial government said"). A word in
// -is, -us or -ss opening a sentence before the verb is no plural ("Willis
// said"), and after an inverted verb "the" and capitalised words holding one
// "and" and ending in a body's word are one body ("said the Socialism and
// Liberty Party"; not "the Interior Ministry and Foreign Ministry"). So is
// a word in -s the article writes capitalised three times or more and never
// in lower case, unless its ending is a plural of people's ("Chemours
// said"; not "Traders said"); "brokerage" and "consultancy" describe the
// firm named after them ("brokerage Jefferies said"). One name in the tag
// with a capitalised title in apposition is a person ("CLAUSE, Prabhakar,
// Deputy Commissioner of Police, told reporters"), and capitals joined by
// "&" are one name ("AT&T said", "S&P"), and so are capitalised words
// joined by a spaced "&" ("Marks & Spencer said", "said Procter & Gamble").
// A patrol, a legislature and a museum are bodies ("the Washington State
// Patrol said": "State" is no title there), and "confirmed the capture in a
// tweet (that said ...)" names an act, no reported clause. A demonym of
// two words before a lower-case body is the body's ("the North Korean
// foreign ministry said" -> "North Korean Foreign Ministry"), a country's
// possessive before a military or a government without a demonym in the
// table keeps the possessive ("South Korea's military said"), and an alias
// of the table that opens with a name and goes on in lower case is that
// entry ("the UN refugee agency said" -> "UNHCR"). One capitalised word
// joined by "for" to capitalised words is a body ("Transport for London
// said"), unless it is a title, a plural of people or a surname the article
// gives ("Minister for Trade", "Candidates for Congress"). A surname that
// is also a title (Sultan, King, Judge, Marshal, Prince, Bishop, Major),
// alone with no article before it, opening the sentence or the tag after a
// quote, is the person of that name ("Sultan said ...") when the article
// titles nobody so ("Sultan Qaboos", "the sultan") and never writes the
// word in lower case. Workers named by their trade before "of" are a
// union's name ("Communications Workers of America said"), not a person
// of a body ("Jane Roe of Acme said" is hers). A place and a title before
// a capitalised "Office" ("the Eastport County Sheriff's Office said") is
// no person's name: the holder the article titles so speaks, and with none,
// the office under its own name. The given name May opening a name of two
// words ("May Sopa said", "said May Sopa") is no month; after a preposition
// it is ("In May Jones said" names nobody). Both read after an inverted
// verb and "according to" too ("said Transport for London", "said
// Communications Workers of America"). A spokesperson for a name holding
// "and" speaks for one body ("a spokeswoman for Marks and Spencer Ireland
// said"), while "Nigeria and Russia said" stays several speakers, none
// alone.
//
// Whatever rule found a statement, its speaker passes through one naming
// normaliser (naming.go) before it leaves the extractor: an acronym the
// article defines is the full name ("A PAHO spokesperson" -> "Pan American
// Health Organization"; "the RFS" -> "NSW Rural Fire Service", the initials
// without a state or demonym the name opens with), an organisation's short form is the fullest form
// the article uses for the same body ("Civil Liberties Union of Missouri"
// -> "American Civil Liberties Union of Missouri", "Hostages Forum" ->
// "Hostages and Missing Families Forum", "Foreign Affairs Ministry" =
// "Ministry of Foreign Affairs"), a body named only with generic words keeps
// the country or owner the article gives it ("Kazakhstan's Energy Ministry",
// not "Energy Ministry"; a body's own full name with "of" does not: "Joint
// Chiefs of Staff", nor one opening with National, Central or Federal:
// "China's National Statistics Bureau" -> "National Statistics Bureau"), a
// person's name with a word typed twice is the name the article gives
// without it ("Jane Roe Roe told reporters" -> "Jane Roe"), and a person loses titles the article's own form of the
// name does not have, a rank written in capitals or joined by a hyphen too
// ("DSP Jane Roe", "Maj-Gen Jane Roe" -> "Jane Roe") and the initials of a
// title the article gave the person ("Election Commissioner Jane Roe" ...
// "EC Jane said" -> "Jane Roe"; "chief returning officer Jane Roe" ...
// "the CRO said", initials of a title in lower case too; "the Lagos State
// Commissioner of Police, Jane Roe," ... "the CP Roe said", "the CP added",
// initials of an office and its portfolio after "of", with a surname
// misspelt by one letter too; "Latvian FM wrote" after "Latvian Foreign
// Minister Jane Roe", a demonym before a title's initials). A title's
// acronym defined in brackets
// before a name ("Director of Public Prosecutions (DPP) Jane Roe") makes a
// later "the DPP said" that person, not the office; a body's acronym in
// brackets before a lower-case title stays in the subject ("CLAUSE, Central
// Bank of Romania (BNR) governor Jane Roe said" is hers). A surname misspelt by
// one letter ("Pimlot says" after "Ken Pimlott") is the article's one person
// it fits; an inner word of the one name of three words or more that has it
// ("Fakhrul said", or misspelt "Fakrul said", after "Mirza Fakhrul Islam
// Alamgir"; "Lopez said" after "Andres Manuel Lopez Obrador") is that
// person, whose names a photo caption or standfirst over the story gives
// too (read for names only, never for statements); a country run into a
// name of three words ("President Kosovo Vjosa Osmani", where the article
// also writes "Kosovo's" and "Osmani" alone) is no part of it, while a
// body's ("Kenya Red Cross said", no "Cross" alone) is; and a place run into a surname ("upon arrival in Ankara Zarif
// told reporters", where the article also writes "in Ankara" alone) is the
// person with that surname. A surname the text gives alone takes the full
// name a headline in sentence case gives it ("Jon Weiss jailed for 30
// years" ... "Weiss said"), and a word joined by a slash to another is no
// word of a name ("Thomson Reuters I/B/E/S" names "Thomson Reuters"). A
// body's name cut before a small word inside it is the longer name the
// article writes when the alias table knows it or its bracketed acronym
// spells it ("Organization for Security and Cooperation in Europe (OSCE)"),
// and a body in the title of the person named before it is not the
// speaker, the person is ("Jane Roe, Executive Director of the Acme Union,
// said"). A police body of the alias table before "police" is that body
// ("Scotland Yard police said" -> "Scotland Yard"). As a last resort a
// surname, or a title's initials ("the SSP said"), no name of the prose
// resolves takes the one full name the text gives inside quotes too (a page
// that lost a quote mark hides "Senior Superintendent of Police Jane Roe
// told reporters" in a quote). An office's portfolio of two parts joined by
// "and" without commas is no part of the name after it ("Minister of
// Manpower and Immigration Jane Roe said" -> "Jane Roe"; "Minister for
// Science and Higher Education Jon Weiss" -> "Jon Weiss"), and so is a
// title's field after "for" ("High Commissioner for Refugees Jane Roe told
// reporters" -> "Jane Roe"); initials without
// full stops that open with "A" are the name's, not an article ("A K Antony");
// a name of capitalised parts joined by hyphens around a particle
// ("Atif-ur-Rehman") is a full name a later surname ("Rehman said") stands
// for; and a rank's abbreviation with its full stop ("Cpl.", "Pvt.",
// "Supt.", "Insp.", "Cmdr.", "Brig.", "Asst. Chief") ends no sentence, and
// "Cpl." and "Pvt." are titles, never the speaker ("said Cpl. Jane Roe").
// Initials written without spaces ("K.A. Sengottaiyan", "R.J. Reynolds")
// end no sentence either, unless they are a place's ("D.C.") or a word that
// opens a sentence follows them ("The").
//
// # Where a reported clause ends
//
// A reported clause runs to the end of its sentence unless the journalist
// takes over: it ends before ", adding", ", according to", "as X were
// said to ...", a participle of
// another act (", citing ...", ", ignoring ..."), ", X said", "and urged ..."
// or the journalist's comment on the claim; a semicolon does not end it
// ("were home at the time; they made it out safely": gold 9 keep, 0 end).
// Where the gold sets disagree
// the majority of all gold decides (testdata/README.md): a contrast the
// speaker draws (", while the rail network was being run by ministers") goes
// on; ", while X said ..." and ", while also rejecting ..." do not. ", just"
// ends it only before the journalist's timing (", just days after the
// vote", ", just before"), not before a place ("on Elm Ave., just up the
// street from the hall": 2 gold clauses keep it, none end there), and ",
// as well as" never ends it; ", also denying ..." (another act, as ",
// denying ..."), ", but Roe declined to elaborate" (the speaker named
// again, then the journalist's remark) and ", writes OUTLET citing OUTLET"
// do. In
// "CLAUSE, X said" the clause keeps its opening phrase ("When police
// arrived, the suspect had fled, he said"; not "Speaking to reporters,"),
// an opening adverb of time, sequence or manner ("So far,", "Earlier,",
// "Separately,", "Sadly,"; gold over all sets keeps such an opener 13
// times, drops it 0), a part of a whole ("Among the injured,"), an
// opening adverb of concession ("Even so,") and a participial phrase of
// the clause's own subject ("Realizing this, the board has ..., she
// said"). ", in what would be ...", ", in a move ..." (the journalist's
// frame) and "and credited X with ...", "and also lamented ..." (the
// speaker's next act) end the clause, as do a name's gloss (", a body
// which under Mugabe was notorious for fraud"), "and named the victims" and
// ", although Jon Weiss denied it" (another party's answer; after
// "According to X, CLAUSE" too, whose clause ends where one after "said"
// would); ", even though ..." goes on (", even as ..." does not), and so
// do the speaker's cause (", caused by the cold spell") and reason (", as
// no clash happened"); ", though a challenge appears to offer little hope"
// (the journalist's hedge) ends it, and in "CLAUSE, X added" a speech
// participle (", calling on the world to act") ends CLAUSE as it does
// after "said". A quote opening on a capitalised noun after "the"
// (`said the "Administration stands behind it."`) is read as the
// clause's subject and verb.
// An attribution set off by commas after a fronted phrase reports the
// clause after it ("To be sure, he said, the plan was sound", "Along with
// ..., she told reporters, prices can swing", "If ..., she added, ..."),
// while an attribution that cuts a subject from its verb reports the
// predicate alone ("The power outages, he said Friday, could be caused by
// ...": all gold 3 to 1), and "said in his opinion the structure is
// sound" keeps the speaker's hedge. "CLAUSE, X urged."
// reports the clause when the verb closes the sentence (not "..., X urged
// the council to ...").
// The toll of a reported event (", killing a militant", ", leaving 24
// million people short of water") stays in the clause, and so does a
// concession (", despite insults from passing drivers") and a place the
// speaker describes (", where governments have cut spending"; not ", where
// he met the envoy"). Where the words were said ("in a statement issued by
// the ministry") is never part of them, after a quote too. "because he
// said ..." inside a clause ends it and opens a second statement. A
// dateline ("SEOUL — ", "Detroit — ", "Islamabad : ", "ANKARA (Wire / Wire - 3 January,
// 2023) ") or a page's date field ("date 2021-02-17 ") never opens a
// clause, and a passive
// ("the patient, a man of 60, was admitted to hospital") or "rule out"
// (", but he ruled that out") never closes one; "but directed that ..." (a
// second act with a clause of its own) does. A quote that opens the
// sentence and runs on in lower case (`"They could join," if they accept
// the terms, Roe said`) is part of the clause. "and had declared ..."
// without a subject of its own is the clause's backshifted verb and goes
// on, as does a measure ("and estimated at 60 percent"); a participle after
// a spaced dash ("– underlining ...") and ", reports said" close it. A
// clause whose comma stands inside a closing mark is read before an
// inverted attribution too (`on an "unprecedented scale," said X`).
// A speech verb inside such a clause is the clause's own predicate
// ("Health officials have confirmed 14 cases, she said", "The guard told
// police the men fled, he said", "The ferry waited until Norway announced
// the rules, he said") unless the clause opens with a name or pronoun
// right before it, an attribution of its own ("Jane Roe said the crane
// failed, Merrit says", "He stressed the need ..., KCNA said").
// Such a clause opening with a pronoun, a demonstrative or a quantifier
// and a verb of its own keeps its first part ("He was not surprised,
// because ..., she said", "Some ferries stopped, but ..."; not only the
// part after the comma), a thousands separator ends no phrase ("About
// 6,500 workers have joined, he said"), and words between two commas before
// the name are the name's role only with a job, title or possessive in
// them, up to six words ("..., one of his lawyers, Jane Roe, said", "...,
// one of the striking workers, Jane Roe, said"; not "In Bergen, the port
// stayed shut, Jane Roe said").
// A phrase between the verb and a comma opens the clause after "said"
// ("said in the past 24 hours, two dams were saved", "said during the
// exchange, the suspect was wounded", "said of the 43 cases, 16 were
// confirmed") unless it is where or when the words were said ("said in a
// statement, ...", "said on Monday, ...") or what follows the comma is no
// subject ("said on Saturday, as rescuers searched ..."); "Of the 12
// boats, four sank, he said" keeps its opening phrase, and a thing's
// passive ("16 were now confirmed") closes no clause.
// A reported clause needs a finite verb; "died", "sued", "cannot" and a
// plain verb after an adverb and a plural subject ("police now guard the
// village") are finite, and so is a past tense spelt like its plain form
// ("the striker hurt her ankle", "it cost the city $2 million").
// After a comma, a speech verb with a that-clause of its own ("In its
// reaction, the party had said that ...") or an auxiliary with no subject
// (", who was shown to reporters, had admitted ...") does not close the
// clause as ", X said" would, and ", as of Monday" and ", as part of ..."
// stay in it (gold 2 keep, 0 end).
// "While 34 cases were reported, 17 were in hospital, she said" and
// "Getting on the scoresheet is pleasing, but ..., he said" (a gerund
// subject with its verb, unlike "Speaking to reporters, ...") keep their
// first part, and "a.m." or "p.m." before a day or a time zone ("before 6
// a.m. Saturday") ends no sentence, nor does a bracket after it ("between 5
// p.m. (3 p.m. GMT) and 7 a.m.") or a wire's tag after a place's
// abbreviation ("FALL RIVER, Mass. (WPRI) — ", a dateline).
// "said no one could have ..." reports a clause ("said no to the plan"
// none).
// "CLAUSE, and X had declared a state of emergency" (a clause of its own
// joined by "and" or "but") and "PHRASE, X has agreed to send troops" (a
// verb with an infinitive of its own, unlike "urged" or "told") attribute
// nothing before them.
// "But on May 3, the crews walked out, said X" keeps its opener after the
// conjunction ("on May 3, the crews walked out"). ", but when reached, the
// company would not say ..." (the journalist's own inquiry; after a
// quote's comma too) and ", and likened the plan to ..." (after a comma, a
// subjectless past verb with its own object: the speaker's next act; gold
// 7 end, 0 keep) end a clause. A relative clause ("Jane Roe, who claimed
// that ...") ends at its closing comma, not at a name set off by commas
// inside it ("the death of her father, Tom Roe, was caused by ...").
// A clause that opens with its verb ("objected to what she said was an
// unfair fine"; "profits that rose sharply", a past verb after "that"
// with no other verb after it) is a relative clause's, none reported.
// "In an interview with NPR, aired Tuesday, X hinted ..." (only where the
// words were said, a participle after its comma) is no clause before an
// attribution, and "announced Saturday the deployment of ..." names an
// act's object past the day as "announced the deployment of ..." does.
// A thousands separator is no comma ("on top of the 3,000 job losses
// announced in May" goes on), and a spaced dash that closes a pair ("in
// two bodies - the council and the board - having different views") is no
// dash before the journalist's participle; "and put lives at risk" (no
// "put it") is no speech act that ends a clause, nor is ", officially
// called the JCPOA," (a name given; ", Jane Roe pointed out" is an
// attribution). ", Jon Weiss, the deputy spokesman, said." (a name, its
// role between commas, and the verb closing the sentence) ends a clause
// as ", Jon Weiss said." does (the sentence before it is then his).
// ", but would have to ..." (the speaker's own modal: gold over all sets
// keeps "but" and an auxiliary 18 times, ends 0) goes on; ", but would not
// say how many" (the journalist's remark) ends the clause, and so do ",
// but Capt. Tom Grey, a military spokesman, said ..." (another speaker's
// answer, named with an appositive), ", but it's not known how ..." ("it
// is" written short, as ", but it is not known") and ", though those
// figures hadn't been confirmed", ", but the numbers could not be
// independently verified" (the journalist's caveat on the speaker's
// figures, claims or reports). A colon before a quote ends a reported
// clause ("said the singer had told him what he wanted: \"I want ...\"":
// the quote is read on its own; gold over all sets cuts there 1, keeps 0).
// A clause may end in an auxiliary standing for a verb left out ("It is
// unclear if their cats did, she said.") when the attribution ends the
// sentence and the auxiliary is no form of "be" ("The vote was, X said,
// the fairest" stays nobody's).
// "and" joining two past-tense verbs that share an object ("when they
// arrested and charged her client") does not end the clause as "and added
// that ..." does.
//
// # Text
//
// Extract reads Normalize(a.Text); every Statement.Text is a substring of it.
// Statements are deduplicated by ID (speaker and normalised words) within
// an article; across articles the store dedupes by the same ID. An Extractor
// keeps no state between calls and is safe for concurrent use.
package extract
