package extract

import "strings"

// Statement shapes news writes around a speech verb that the main readers
// (verb.go, clause.go) do not cover on their own.

// frontedOpeners open a phrase fronted before a parenthetical attribution:
// prepositions ("Along with ...", "By imposing ..."), "to" ("To be sure"),
// connectives ("Even so", "Still") and subordinators ("If the rains fail").
var frontedOpeners = set(`in on at for with along by from after before during despite amid among under over about against
between through without within beyond besides apart like unlike given following since until as to even still however
meanwhile moreover furthermore nevertheless nonetheless instead yet so then now above overall ultimately indeed
finally first second third also otherwise likewise similarly if when although though while because once unless
whether rather regardless of`)

// midAttribution returns the clause after an attribution set off by commas
// in the middle of its sentence ("To be sure, he said, the plan was
// sound", "Along with ..., she told reporters, prices can swing"): the
// subject group starts at from, right after a comma that closes a fronted
// phrase (a preposition's, an infinitive's, a connective's or a
// subordinate clause, not a subject noun phrase: "The plan, he said, is
// dead" is no such shape), and the verb group ends at j, where at most a
// short adjunct ("told CBC News", "said on Monday") runs to the second
// comma. The clause after it needs a subject of its own, so a predicate
// ("..., she said, included ...") is not read.
func (r *reader) midAttribution(p *para, st *sent, from, j int) (int, int, bool) {
	ts := p.ts
	if from-2 < st.a || ts[from-1].s != "," || ts[from-1].q >= 0 {
		return 0, 0, false
	}
	o := ts[st.a]
	if !o.word || o.q >= 0 {
		return 0, 0, false
	}
	if !frontedOpeners[o.low] && !(strings.HasSuffix(o.low, "ing") && !notParticiples[o.low]) {
		// "The power outages, he said Friday, could be caused by ...": a
		// subject cut off by the attribution; its predicate is read
		return r.splitPredicate(p, st, from, j)
	}
	for k := st.a; k < from-1; k++ {
		if ts[k].q >= 0 {
			return 0, 0, false
		}
		if _, ok := speechVerbs[ts[k].low]; ok && k > st.a {
			// "In a speech he gave, he said, ...": another attribution
			return 0, 0, false
		}
	}
	c := tagComma(ts, j, st.b, 8)
	if c < 0 || c+2 >= st.b {
		return 0, 0, false
	}
	s := c + 1
	t := ts[s]
	if !t.word || t.q >= 0 || auxWords[t.low] || clauseJoiners[t.low] || t.low == "or" || t.low == "which" || t.low == "who" ||
		t.low == "according" || strings.HasSuffix(t.low, "ing") && !notParticiples[t.low] ||
		!t.up && pastForm(t.low) {
		// (", adding that ...", ", but ...", ", included ...": no clause
		// of its own)
		return 0, 0, false
	}
	end := r.clauseEnd(p, st, s)
	if end <= s+1 || !hasFiniteVerb(ts[s:end]) {
		return 0, 0, false
	}
	a, b := clauseBytes(ts, st, s, end)
	return a, b, true
}

// pronounSubject reports whether the sentence ending its subject search at
// i opens with "he" or "she" followed by a word: the subject of the
// sentence's first predicate, so that "He urged people to leave, and said
// ..." or "She thanked the crews, and added ..." is that person's (the
// phrase up to the comma is no adverbial lead).
func pronounSubject(ts []tok, st *sent, i int) bool {
	return st.a+1 < i && pronouns[ts[st.a].low] != "" && ts[st.a].q < 0 && ts[st.a+1].word && ts[st.a+1].q < 0
}

// reportedSubject reports whether the noun phrase at ts[k] stands right
// after a speech verb or its "that": the subject of a clause another verb
// reports ("has confirmed the two-year-old confirmed case ... has been
// discharged"), so a participle after it ("confirmed case") is no
// attribution of its own.
func reportedSubject(ts []tok, st *sent, k int) bool {
	if k-1 < st.a || !ts[k-1].word || ts[k-1].q >= 0 {
		return false
	}
	return ts[k-1].low == "that" || speechVerbs[ts[k-1].low] != 0
}

// capitalRole reports whether the subject name ending at ts[j] is only
// "the" and one word of orgRoles that the writer capitalised ("The
// Ministry says", "the Company said"): a body's role, read as in lower
// case, not the name of a body called "Ministry".
func capitalRole(ts []tok, st *sent, name []tok, j int) bool {
	if len(name) != 1 || name[0].start != ts[j].start || !orgRoles[ts[j].low] || personRoles[ts[j].low] {
		return false
	}
	return j-1 >= st.a && ts[j-1].low == "the" && ts[j-1].q < 0
}

// roleShapes reads the subjects of namedDocument and partyRole ending at
// ts[j].
func (r *reader) roleShapes(ts []tok, st *sent, ref speakerRef, j int) (speakerRef, bool) {
	if ref2, ok := r.namedDocument(ts, st, ref, j); ok {
		return ref2, true
	}
	return r.partyRole(ts, st, ref, j)
}

// partyRole reads "the party said" as the organisation that spoke last,
// within a few lines ("..., the RJD tweet said. The party added that
// ..."): a party is named by its own name, which seldom holds the word.
func (r *reader) partyRole(ts []tok, st *sent, ref speakerRef, j int) (speakerRef, bool) {
	if ts[j].low != "party" || ts[j].q >= 0 || j-1 < st.a || ts[j-1].low != "the" || ts[j-1].q >= 0 {
		return ref, false
	}
	pos := ts[j].start
	if n := r.lastOrg(pos, "party"); n != "" {
		ref.from, ref.name, ref.kind = j-1, n, KindOrganisation
		return ref, true
	}
	for i := len(r.orgs) - 1; i >= 0; i-- {
		if o := r.orgs[i]; o.pos < pos {
			if pos-o.pos > 600 || r.lastPersonBefore(pos) > o.pos {
				// (a person named since: "the party" is theirs to speak
				// of, not a speaker the reader can tell)
				break
			}
			ref.from, ref.name, ref.kind = j-1, o.name, KindOrganisation
			return ref, true
		}
	}
	return ref, false
}

// issuedDocuments are what a body or person issues that news quotes as
// speaking: "the party's statement said", "an RJD tweet said".
var issuedDocuments = set(`statement readout tweet post communique communiqué release letter notice bulletin memo`)

// namedDocument reads a document named by its issuer right before it as
// the subject ending at ts[j] ("the RJD tweet said", "a Labour Party
// statement said", "the union's letter said"): the issuer speaks, unless
// it is a news outlet (whose report relays others).
func (r *reader) namedDocument(ts []tok, st *sent, ref speakerRef, j int) (speakerRef, bool) {
	if !issuedDocuments[ts[j].low] || ts[j].up || ts[j].q >= 0 || j-1 < st.a || !isNameTok(ts[j-1]) {
		return ref, false
	}
	run := runLeft(ts, j-1)
	if len(run) == 0 {
		return ref, false
	}
	f := indexOf(ts, run[0])
	if f < 0 || f > st.a && !(ts[f-1].q < 0 && (ts[f-1].low == "the" || ts[f-1].low == "a" || ts[f-1].low == "an" || ts[f-1].s == ",")) {
		// ("according to the RJD statement", "in an RJD tweet": not the
		// subject)
		return ref, false
	}
	own := ownerRun(run)
	name := r.stripName(own)
	if len(name) == 0 {
		return ref, false
	}
	n, kind, ok := r.canonRun(own, name, name[0].start)
	if !ok && len(name) == 1 && isAcronym(name[0].s) && !countryInitials[name[0].s] {
		// "the RJD tweet said": an acronym the article does not spell
		// out is a body's
		n, kind, ok = name[0].s, KindOrganisation, true
	}
	if !ok || kind == KindOutlet {
		return ref, false
	}
	ref.from = f
	if f > st.a && ts[f-1].word {
		ref.from = f - 1
	}
	ref.name, ref.kind = n, kind
	return ref, true
}

// urgeCloses reports whether the urging verb at ts[i] closes its sentence,
// at most a time after it ("CLAUSE, Wen urged.", "CLAUSE, she urged on
// Monday."): the clause before it is what was urged, as before "said"
// (not "..., he urged the council to act": an object and an infinitive).
func urgeCloses(ts []tok, st *sent, i int) bool {
	k := i + 1
	for k < st.b && k < i+4 && ts[k].word && ts[k].q < 0 && (timeWords[ts[k].low] || ts[k].low == "on" || ts[k].low == "last" || ts[k].low == "this" || ts[k].low == "late" || ts[k].low == "early") {
		k++
	}
	for ; k < st.b; k++ {
		if ts[k].word || ts[k].q >= 0 {
			return false
		}
	}
	return true
}

// homeNouns are the places a person owns where local news sets an event:
// "in Kerry Dunn's driveway", "outside Jane Roe's home".
var homeNouns = set(`home house driveway yard backyard garden porch farm apartment flat shop store restaurant property doorstep`)

// ownerAtHome mentions the person whose home the sentence's first name
// names ("The shooting happened in Kerry Dunn's driveway."): the owner is
// who a following `"Q," he recalled` stands for, as a name that opens
// its sentence would be. It reports whether it did.
func (r *reader) ownerAtHome(ts []tok, st *sent, run []tok, k int) bool {
	e := k + len(run)
	if len(run) < 2 || e >= st.b || !isPossessive(run[len(run)-1]) || !homeNouns[ts[e].low] || ts[e].up || ts[e].q >= 0 {
		return false
	}
	own := ownerRun(run)
	name := r.stripName(own)
	if len(name) < 2 {
		return false
	}
	cn, kind, ok := r.canonRun(own, name, name[0].start)
	if !ok || kind != KindPerson {
		return false
	}
	r.mention(name[0].start, cn, kind)
	return true
}

// sayingTail reports whether the words from ts[k] after "as saying" are
// only where or when it was said ("..., RIA quoted Jane Roe as saying
// after she met him in Riga on Saturday."): an adjunct opened by a time
// or place word, with no clause or quote of its own reported.
func sayingTail(ts []tok, st *sent, k int) bool {
	switch ts[k].low {
	case "after", "before", "when", "while", "in", "at", "on", "during", "following", "late", "early", "last", "this", "from":
	default:
		return false
	}
	for m := k; m < st.b; m++ {
		if ts[m].q >= 0 || ts[m].low == "that" || ts[m].s == ":" {
			return false
		}
	}
	return true
}

// memberNouns name a person's place in a body in an appositive ("Jane
// Roe, an agent of the PDP said", its closing comma left out), as a
// title would ("Jane Roe, assistant general secretary of Unite said").
var memberNouns = set(`agent representative member delegate candidate chieftain aide stalwart`)

// participleObject reports whether the participle at ts[i] ("..., saying
// the figures presented by the officer, Jane Roe, were wrong") takes a
// determiner's noun phrase after it: the start of its reported clause, not
// an inverted speaker, as "said the officer" would be.
func participleObject(ts []tok, st *sent, i int) bool {
	return strings.HasSuffix(ts[i].low, "ing") && i+2 < st.b && ts[i+1].q < 0 && (determiners[ts[i+1].low] || ts[i+1].low == "these" || ts[i+1].low == "those") && !ts[i+2].up
}

// relativeComma reports whether the mark at ts[k] is the comma that closes
// a relative clause opened at ts[w] ("who") right before the verb at i,
// the opening comma left out: "Prof. Jane Roe who presented the results on
// Sunday, said ...". The clause is a few words long at least.
func relativeComma(ts []tok, w, k, i int) bool {
	return k == i-1 && ts[k].s == "," && ts[k].q < 0 && k-w >= 3
}

// unnamedPeopleOf reports whether the subject at ts[start] is unnamed people
// of a body ("The agents of the PDP rejected ..., saying", "Officials at
// the ministry said"): the people speak, who are nobody, not the body.
func unnamedPeopleOf(ts []tok, start, i int) bool {
	k := start
	for m := start + 1; m < i && m < start+8; m++ {
		if ts[m].s == "The" && ts[m].q < 0 {
			// "date 2023-02-27 The agents of ...": a page's line glued
			// before the sentence's own capital
			k = m
			break
		}
	}
	if k < i && ts[k].low == "the" {
		k++
	}
	if k+1 >= i || ts[k].q >= 0 || !(unnamedPlurals[ts[k].low] || ts[k].low == "agents" || ts[k].low == "representatives" || ts[k].low == "members") {
		return false
	}
	switch ts[k+1].low {
	case "of", "at", "from", "for", "with":
		return true
	}
	return false
}

// possessiveAudience reports whether "told" is followed at ts[k] by a
// possessive determiner and one lower-case noun, then a clause's subject
// pronoun or determiner ("told his lawyers he feared ...", "told her
// family the house was lost"): the people told, whatever the noun, then
// the clause, as after "told reporters".
func possessiveAudience(ts []tok, st *sent, k int) bool {
	if k+3 >= st.b || !possessiveDets[ts[k].low] || ts[k].q >= 0 {
		return false
	}
	n, s := ts[k+1], ts[k+2]
	if !n.word || n.up || n.q >= 0 || auxWords[n.low] || n.low == "that" || s.q >= 0 || !s.word {
		return false
	}
	switch s.low {
	case "he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "their", "its", "there", "this":
		return true
	}
	return false
}

// actAfterSubject reports whether the word at ts[j], right before a
// participle, ends the sentence's own act: a past tense ("responded") or a
// particle after one ("hit back", "spoke out"), the sentence opening with
// its subject's name or pronoun, so that "Leadsom hit back saying ..." is
// Leadsom's ("a statement saying ..." is not this shape).
func actAfterSubject(ts []tok, st *sent, j int) bool {
	t := ts[j]
	if t.q >= 0 || t.up {
		return false
	}
	v := j
	if t.low == "back" || t.low == "out" || t.low == "up" {
		v = j - 1
	}
	if v <= st.a || !ts[v].word || ts[v].up || ts[v].q >= 0 || !(irregularPast[ts[v].low] || ts[v].low == "hit" || len(ts[v].low) > 4 && strings.HasSuffix(ts[v].low, "ed")) {
		return false
	}
	if _, ok := speechVerbs[ts[v].low]; ok {
		return false
	}
	s := ts[st.a]
	return v-st.a <= 4 && (isNameTok(s) || pronouns[s.low] != "")
}

// splitPredicate returns the predicate after an attribution that cuts a
// sentence's subject from its verb ("The power outages, he said Friday,
// could be caused by ...", "Analysts' predictions, when compared with
// results, he said, can have a great influence"): the gold of all sets
// reports the predicate alone (3 to 1). The part before the attribution
// is a noun phrase with no clause of its own, and the part after starts
// with an auxiliary or a past tense.
func (r *reader) splitPredicate(p *para, st *sent, from, j int) (int, int, bool) {
	ts := p.ts
	aside := false
	for k := st.a; k < from-1; k++ {
		t := ts[k]
		if t.q >= 0 || auxWords[t.low] || t.low == "that" || t.low == "which" || t.low == "who" || clauseJoiners[t.low] && k > st.a {
			return 0, 0, false
		}
		aside = aside || t.s == ","
		if !aside && k > st.a && !t.up && pastForm(t.low) {
			// "The port reopened, Karl Dahl said, ...": a clause of its
			// own before the attribution (an aside after a comma may
			// hold a participle: "when compared with ...")
			return 0, 0, false
		}
		if _, ok := speechVerbs[ts[k].low]; ok {
			return 0, 0, false
		}
	}
	c := tagComma(ts, j, st.b, 6)
	if c < 0 || c+2 >= st.b {
		return 0, 0, false
	}
	s := c + 1
	t := ts[s]
	if !t.word || t.q >= 0 || t.up || !(auxWords[t.low] || pastForm(t.low)) || ts[s+1].low == "by" {
		// (not ", supported by two tugs": a participle's phrase)
		return 0, 0, false
	}
	end := r.clauseEnd(p, st, s)
	if end <= s+1 {
		return 0, 0, false
	}
	a, b := clauseBytes(ts, st, s, end)
	return a, b, true
}

// opinionAdjunct reports whether "in his opinion" or "in her view" (any
// possessive) opens the words at ts[j] after a speech verb, a clause
// following: the speaker's own hedge, part of what was said ("said in his
// opinion the structure is salvageable": gold keeps it).
func opinionAdjunct(ts []tok, st *sent, j int) bool {
	if j+3 >= st.b || ts[j].low != "in" || ts[j].q >= 0 || !(possessiveDets[ts[j+1].low] || isPossessive(ts[j+1])) {
		return false
	}
	switch ts[j+2].low {
	case "opinion", "view", "judgment", "judgement", "estimation", "assessment":
	default:
		return false
	}
	return ts[j+3].word && ts[j+3].q < 0 && hasFiniteVerb(ts[j+3:st.b])
}

// particleInverted reads an inverted speaker whose surname opens with a
// lower-case particle (`"Q," said van Gaal.`, "said von der Leyen"): the
// particles, then a capitalised run, naming a person the article gives in
// full.
func (r *reader) particleInverted(ts []tok, st *sent, ref speakerRef, k int) (speakerRef, bool) {
	m := k
	for m < st.b && m < k+3 && ts[m].word && !ts[m].up && ts[m].q < 0 && connectors[ts[m].low] {
		m++
	}
	if m == k || m >= st.b || !isNameTok(ts[m]) {
		return ref, false
	}
	e := m + len(runRight(ts, m))
	n, kind, ok := r.canon(joinToks(r.norm, ts[k:e]), ts[k].start)
	if !ok || kind != KindPerson {
		return ref, false
	}
	ref.name, ref.kind, ref.to = n, kind, e
	return ref, true
}

// issuingVerbs put out a document in the issuer's name: "issued a
// statement saying ...".
var issuingVerbs = set(`issued issues released releases posted posts published publishes sent sends wrote writes put puts shared
shares tweeted circulated distributed`)

// issuedBefore reports whether the words ending at ts[j], right before a
// participle, are a document the sentence's subject issued ("issued a
// statement saying", "posted a message on X saying", "released a
// statement on Monday, saying"): an issuing verb, a determiner, the
// document (issuedDocuments, or "message"), then at most a short adjunct.
// A document the subject only received ("received a letter saying") is
// someone else's.
func issuedBefore(ts []tok, st *sent, j int) bool {
	if j > st.a && ts[j].s == "," && ts[j].q < 0 {
		// "released a terse statement yesterday, saying ..."
		j--
	}
	for d := j; d >= st.a+2 && d > j-6; d-- {
		t := ts[d]
		if t.q >= 0 || !t.word {
			return false
		}
		if !issuedDocuments[t.low] && t.low != "message" {
			continue
		}
		a := d - 1
		if a > st.a && !ts[a].up && !determiners[ts[a].low] && ts[a].word && ts[a].q < 0 {
			// "issued a brief statement", "a joint statement" is no one's
			// alone
			if ts[a].low == "joint" {
				return false
			}
			a--
		}
		if !determiners[ts[a].low] || a-1 < st.a {
			return false
		}
		v := a - 1
		if ts[v].low == "out" && v-1 >= st.a {
			v-- // "put out a statement"
		}
		return issuingVerbs[ts[v].low] && ts[v].q < 0
	}
	return false
}

// ownerTitledInverted reads an inverted speaker named after "the" and a
// lower-case possessive ("said the island's Gov. Edgardo Chatto", "said
// the company's chief executive, Jane Roe" is left to the appositive
// readers): the titled person the capitalised run names.
func (r *reader) ownerTitledInverted(ts []tok, st *sent, ref speakerRef, k int) (speakerRef, bool) {
	if k+3 >= st.b || ts[k].low != "the" || ts[k].q >= 0 || !isPossessive(ts[k+1]) || ts[k+1].up || ts[k+1].q >= 0 {
		return ref, false
	}
	run := runRight(ts, k+2)
	if len(run) < 2 {
		return ref, false
	}
	name := r.stripName(run)
	if len(name) < 2 || name[0].start == run[0].start {
		// (a title first: "Gov.", "Mayor")
		return ref, false
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if !ok || kind != KindPerson {
		return ref, false
	}
	ref.name, ref.kind, ref.to = n, kind, k+2+len(run)
	return ref, true
}

// outletAppositiveStart returns where an outlet's description set off by
// commas before its name starts (", another news agency, Interfax,
// reported": at "another"), else from, the name's first token.
func outletAppositiveStart(ts []tok, st *sent, from int) int {
	if from-3 <= st.a || ts[from-1].s != "," || ts[from-1].q >= 0 {
		return from
	}
	media := false
	for m := from - 2; m > st.a && m >= from-6; m-- {
		t := ts[m]
		if t.s == "," && t.q < 0 {
			if media && m < from-2 {
				return m + 1
			}
			return from
		}
		if !t.word || t.up || t.q >= 0 {
			return from
		}
		switch {
		case mediaNouns[t.low]:
			media = true
		case t.low == "news" || t.low == "another" || t.low == "state" || t.low == "wire" || t.low == "the" || t.low == "a" || t.low == "an":
		default:
			return from
		}
	}
	return from
}

// tagComma returns the comma that closes an attribution tag starting at
// token j ("he said Friday, ..."), looked for among the next limit tokens
// before b, or -1 when none does: a quote, an auxiliary, "that", another
// speech verb or a non-word before it means the tag goes on as a clause.
func tagComma(ts []tok, j, b, limit int) int {
	for k := j; k < b && k < j+limit; k++ {
		t := ts[k]
		if t.q >= 0 {
			return -1
		}
		if t.s == "," {
			return k
		}
		if !t.word || auxWords[t.low] || t.low == "that" {
			return -1
		}
		if _, ok := speechVerbs[t.low]; ok {
			return -1
		}
	}
	return -1
}
