package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakerRef is who a verb's subject names.
type speakerRef struct {
	name, kind string
	generic    bool // an unnamed outlet: "state media"
	from       int  // first token of the subject group
	inverted   bool // "said Karin Holm": the subject follows the verb
	relative   bool // "X, who said ..., met": the clause ends at the next comma
	to         int  // token after the verb group
	group      int  // first token of an appositive subject group ("a resident, Jane Roe,"), or 0
}

// describedNear reports whether the article, before pos, writes a word
// starting with stem (lower case) within a few words of the surname of
// name ("Foreign Ministry Spokesman, Saeed Khatibzadeh", "Jon Weiss, a
// spokesman for"): a description the title map does not hold.
func (r *reader) describedNear(name, stem string, pos int) bool {
	sur := name
	if sp := strings.LastIndexByte(name, ' '); sp >= 0 {
		sur = name[sp+1:]
	}
	if sur == "" {
		return false
	}
	text := r.norm[:min(pos, len(r.norm))]
	for at := range occurrences(text, sur) {
		lo, hi := max(0, at-len(name)-40), min(len(text), at+len(sur)+40)
		if strings.Contains(strings.ToLower(text[lo:hi]), stem) {
			return true
		}
	}
	return false
}

// verbObject reports whether the name at ts[from] is the object of a verb
// in the past before it ("slammed the Union Budget", "praised Jon
// Weiss"), not a subject.
func verbObject(ts []tok, st *sent, from int) bool {
	k := from - 1
	if k > st.a && (ts[k].low == "the" || ts[k].low == "a" || ts[k].low == "an") {
		k--
	}
	if k < st.a {
		return false
	}
	t := ts[k]
	return t.word && !t.up && t.q < 0 && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && speechVerbs[t.low] == 0 && !auxWords[t.low]
}

// sharedSubject reports whether the subject sp found for the speech verb
// at ts[i], which follows "and", lies after an earlier speech verb of the
// sentence, inside what that verb reported ("X said A were better and
// admitted B"): the two verbs share X, the speaker of the statement the
// sentence gave before the subject ("" when none was found).
func (r *reader) sharedSubject(ts []tok, st *sent, sp speakerRef, i int) (string, bool) {
	if sp.inverted || i-1 <= sp.from || ts[i-1].low != "and" || ts[i-1].q >= 0 || sp.from <= st.a {
		return "", false
	}
	first := -1
	for m := st.a; m < sp.from; m++ {
		if cls, ok := speechVerbs[ts[m].low]; ok && ts[m].q < 0 && !ts[m].up && cls != vReport && !strings.HasSuffix(ts[m].low, "ing") {
			first = m
			break
		}
	}
	if first < 0 || !(ts[first+1].low == "that" || ts[first+1].low == "the" || first+1 == sp.from) {
		return "", false
	}
	for k := len(r.out) - 1; k >= st.produced && k >= 0; k-- {
		if f := r.out[k]; f.start > ts[first].start && f.start <= ts[sp.from].start && ts[sp.from].start < f.end {
			return f.speaker, true
		}
	}
	return "", true
}

// verb handles the speech verb at token i.
func (r *reader) verb(p *para, st *sent, i, cls int, used map[int]bool) {
	ts := p.ts
	if i+3 < st.b && (ts[i+1].low == "him" || ts[i+1].low == "her") && ts[i+2].low == "as" && speechVerbs[ts[i+3].low] != 0 {
		// "reported him as telling": the participle after it attributes
		return
	}
	if ts[i].low == "shared" && !(i+1 < st.b && ts[i+1].low == "that") {
		// "CLAUSE, the spokesperson shared." and "shared that CLAUSE"
		// only: not "lost the house she shared with her husband"
		k := i - 1
		for k > st.a && ts[k].word && ts[k].q < 0 && !auxWords[ts[k].low] && !irregularPast[ts[k].low] && !strings.HasSuffix(ts[k].low, "ed") {
			k--
		}
		if k < st.a || ts[k].s != "," || ts[k].q >= 0 {
			// (k < st.a: "shared" opens the sentence; FuzzExtract "shAred !")
			return
		}
	}
	if passiveSpeech(ts, st, i) {
		// "X was declared the winner", "she was told that ...": the
		// subject is what the words were about or to whom they were said
		return
	}
	sp, ok := r.subject(p, st, i)
	if !ok {
		r.unnamedLead(p, st, i, cls, used)
		return
	}
	if who := r.roleOfBodyLead(p, st, sp); who != "" {
		// "CLAUSE, the president of the National Electoral Institute
		// (INE) said today." then "Lorenzo Córdova told ...": the
		// person the next paragraphs name as speaking, not the body
		sp.name, sp.kind = who, KindPerson
	}
	if !sp.inverted && i-1 > sp.from && ts[i-1].low == "and" && ts[i-1].q < 0 && verbObject(ts, st, sp.from) {
		// "The Opposition slammed the Union Budget ..., and said ...":
		// the first verb's object is not the second verb's subject
		return
	}
	if n, inside := r.sharedSubject(ts, st, sp, i); inside {
		// "The coach said the Rovers were better and admitted the
		// visitors were outplayed": the second verb's subject is the
		// first's, never a name inside the clause the first reported
		if n == "" {
			return
		}
		sp.name, sp.kind = n, KindOrganisation
		if len(r.mentPos[n]) > 0 || r.knownPerson(n) {
			sp.kind = KindPerson
		}
	}
	if f := sp.from; sp.kind == KindOrganisation && sp.name != "" && f < st.b {
		if ts[f].low == "the" {
			f++
		}
		if spokespersonFor(ts, st, f) {
			r.anonBody = mention{ts[sp.from].start, sp.name}
		}
	}
	if (ts[i].low == "started" || ts[i].low == "began") && (sp.inverted || r.quoteBefore(p, st, sp.from) < 0) {
		// `"Q," he began.` only: "X started a campaign that ..." is no
		// speech
		return
	}
	if _, ok := particleVerbs[ts[i].low]; ok && sp.to == i+1 {
		// "pointed out that": the particle belongs to the verb
		sp.to = i + 2
	}
	if sp.to == i+1 && i+1 < st.b && urgeParticle(ts[i].low, ts[i+1].low) && ts[i+1].q < 0 {
		// "appealed to both sides to ...", "pleaded with residents to
		// ...": the preposition belongs to the verb, the object follows
		sp.to = i + 2
	}
	if n := madeClear(ts, st, i); n > 0 && sp.to == i+1 {
		// "made (it) clear that"
		sp.to = i + n
	}
	if f := sp.from; !sp.inverted && f > st.a && (ts[f-1].low == "which" || ts[f-1].low == "that") && !prepositionWhich(ts, st, f, sp.to) {
		if !r.nestedReport(p, st, sp, f) {
			// "tally sheets, which she said showed ...": a parenthetical
			// inside someone's clause; its speaker is still the person
			// last named for a later "he added"
			if sp.kind == KindPerson && sp.name != "" && !sp.generic {
				r.mention(ts[sp.from].start, sp.name, sp.kind)
			}
			return
		}
	}
	if sp.kind == KindPerson && sp.name != "" {
		r.mention(ts[sp.from].start, sp.name, sp.kind)
		for k := st.a; k+1 < i; k++ {
			if ts[k].low == "reporting" && ts[k+1].low == "from" && ts[k].q < 0 {
				// "Al Jazeera's Jon Weiss, reporting from Amman, said": a
				// correspondent's report is the journalist's narration
				return
			}
		}
	}
	for k := sp.to; k+1 < st.b && k < sp.to+5; k++ {
		if ts[k].low == "joint" && (ts[k+1].low == "statement" || ts[k+1].low == "communique" || ts[k+1].low == "communiqué" || ts[k+1].low == "declaration") {
			// "said in a joint statement": more than one speaker
			return
		}
	}
	if sp.kind == KindOrganisation && sp.name != "" {
		r.orgs = append(r.orgs, mention{ts[sp.from].start, sp.name})
	}
	if sp.name != "" && !sp.generic && sp.kind != KindOutlet {
		for k := st.a; k < st.b; k++ {
			if ts[k].low == "statement" && ts[k].q < 0 && k != sp.from && !(k > sp.from && k < sp.to) {
				// "said in a statement posted on Telegram": a later "the
				// statement added" is this speaker
				r.stmtBy = sp.name
				break
			}
		}
	}
	if cls == vReport && sp.kind == KindOrganisation && !sp.inverted && !strings.Contains(sp.name, " ") && sp.from < i && ts[sp.from].low == "the" {
		// "The Hill reported that ...", "..., The Guardian reported": a
		// one-word title after "the" reporting is a newspaper
		if _, known := r.al.Lookup(sp.name); !known {
			sp.kind = KindOutlet
		}
	}
	isOutlet := sp.generic || sp.kind == KindOutlet
	if v := r.citedBy(ts, st, sp.from, i); v != "" && !isOutlet {
		// "Jane Roe, as cited by the NTB news agency, announced that":
		// the outlet relays
		st.via = v
	}
	if cls == vReport && !isOutlet && sp.kind == KindOrganisation && reportingBody(sp.name) {
		// "CLAUSE, the Defence Ministry has reported", `"Q," the ministry
		// reported on Twitter`: a state body reporting its own figures
		// speaks (an outlet reporting relays others)
		cls = vSay
	}

	// 1. a quote just before the subject group: "Q," X said.
	qb := r.quoteBefore(p, st, sp.from)
	if f := sp.from; qb < 0 && !sp.inverted && f-3 > st.a && ts[f-1].s == "," && sentenceAdverbs[ts[f-2].low] && (ts[f-3].s == "," || ts[f-3].q >= 0) && ts[f-2].q < 0 && cls != vReport {
		// `"Q," however, the minister warned that "Q2."`: the quote is
		// the speaker's, and what follows the verb a second statement
		if qi := r.quoteBefore(p, st, f-2); qi >= 0 && !used[qi] && sp.name != "" && !isOutlet {
			used[qi] = true
			r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
		}
	}
	if qb < 0 && sp.group > 0 {
		// `"Q," a resident, Jane Roe, told Reuters.`
		qb = r.quoteBefore(p, st, sp.group)
	}
	if qi := qb; qi >= 0 && !used[qi] {
		used[qi] = true
		q := p.qs[qi]
		if inner, from, ok := r.bracketSpeaker(q); ok {
			via := ""
			if isOutlet && !sp.generic {
				via = sp.name
			}
			r.emit(inner, from, q.To, Indirect, via)
			return
		}
		if sp.name == "" || (cls == vReport) {
			return
		}
		r.emit(sp.name, q.From, q.To, Direct, "")
		// "A," she said, "B."
		if j := sp.to; j+1 < st.b && ts[j].s == "," {
			if qi := p.quoteAt(j + 1); qi >= 0 && !used[qi] {
				used[qi] = true
				r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
				return
			}
		}
		// "A," said X, a spokesman for the ministry, "B." / "A," she said
		// in a statement, "B.": a quote broken off at a comma goes on
		// after the attribution's appositive or adjunct
		if strings.HasSuffix(strings.TrimSpace(r.norm[q.From:q.To]), ",") {
			if qi := r.splitRest(p, st, sp.to); qi >= 0 && !used[qi] {
				used[qi] = true
				r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
			}
		}
		return
	}
	if sp.name == "" || (isOutlet && cls == vReport) {
		// "..., the Philippine News Agency reported.": the outlet relays
		// what others in the sentence said
		if sp.name != "" && isOutlet && !sp.generic {
			st.via = sp.name
		}
		if isOutlet && cls == vReport && !sp.inverted {
			r.citing(p, st, sp, i)
		}
		return
	}

	// 2. a quote just after the verb group: X said: "Q"
	j := sp.to
	if j < st.b && (ts[j].s == ":" || ts[j].s == ",") {
		if qi := p.quoteAt(j + 1); qi >= 0 && !used[qi] {
			used[qi] = true
			r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
			return
		}
	}
	// "In a speech, X said:" ending the paragraph: the quote opens the next
	for k := j; k < st.b && k < j+10 && cls != vUrge && ts[k].q < 0; k++ {
		if ts[k].s == ":" {
			if k+1 == len(ts) {
				r.colonLead = sp.name
			}
			break
		}
		if !ts[k].word && ts[k].s != "," {
			break
		}
	}
	// "he said:" ending the paragraph: the next paragraph is the quote
	// (a block quote the page shows without marks)
	if cls != vUrge && ts[st.b-1].s == ":" && ts[st.b-1].end == p.end && st.b-1 >= j && st.b-1 <= j+10 {
		r.colonBy, r.colonPara = sp.name, p.index
		return
	}
	// X said in a statement: "Q" / X told the BBC, "Q"
	for k := j; k < st.b && k < j+10 && cls != vUrge; k++ {
		t := ts[k]
		if t.q >= 0 || (!t.word && t.s != ":" && t.s != ",") || t.low == "that" {
			break
		}
		if _, isVerb := speechVerbs[t.low]; isVerb {
			break
		}
		if (t.s == ":" || t.s == ",") && k > j {
			if qi := p.quoteAt(k + 1); qi >= 0 && !used[qi] && r.quoteEndsSentence(p, st, qi) {
				used[qi] = true
				r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
				return
			}
			break
		}
	}
	if qi := p.quoteAt(j); qi >= 0 && !used[qi] && r.quoteEndsSentence(p, st, qi) && cls != vUrge {
		used[qi] = true
		r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
		return
	}
	if sp.inverted {
		// "CLAUSE, said X, a fellow at ...": an unquoted clause before an
		// inverted attribution (also `... on an "unprecedented scale,"
		// said X`: the clause's comma inside a closing mark)
		if cls == vSay && i > st.a && (ts[i-1].s == "," || p.quoteEnding(i-1) >= 0) {
			if a, b, ok := r.clauseBefore(p, st, i, i); ok {
				r.emit(sp.name, a, b, Indirect, "")
			}
		}
		return
	}

	// 3. a reported clause after the verb
	if j < st.b && verdictVerbs[ts[i].low] && verdictWords[ts[j].low] {
		// "The court declared unconstitutional regulations that ...":
		// a verdict on an object, not a reported clause
		return
	}
	if objectVerbs[ts[i].low] && (nominalObject(ts, st, j) || timeAdjunctEnd(ts, st, j) > j && nominalObject(ts, st, timeAdjunctEnd(ts, st, j))) {
		// (also past a day: "announced Saturday the deployment of")
		// "confirmed the arrest of 12 people", "reiterated the governor's
		// appeal to residents": an act named, not a clause reported
		return
	}
	if sp.relative {
		if a, b, ok := r.clauseAfter(p, st, j, cls); ok {
			// the relative clause ends at its closing comma
			// (past a name set off by commas: "who claimed that the
			// death of her father, Tom Roe, was caused by smoking")
			if c := relativeClose(r.norm[a:b]); c > 0 {
				b = a + c
			}
			r.emit(sp.name, a, b, Indirect, "")
		}
		return
	}
	if a, b, ok := r.clauseAfter(p, st, j, cls); ok {
		if qi := p.quoteAt(j); qi >= 0 && !used[qi] && p.qs[qi].From <= a+1 {
			// `said "we are pleased", and this let the group "confirm its
			// outlook"`: the quote is the first statement, the clause after
			// ", and" a second one
			e := j
			for e < st.b && ts[e].q == qi {
				e++
			}
			if e+2 < st.b && ts[e].s == "," && ts[e+1].low == "and" && ts[e+1].q < 0 && ts[e+2].q < 0 && ts[e+2].word && hasFiniteVerb(ts[e+2:st.b]) && ts[e+2].start < b {
				used[qi] = true
				r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
				r.emit(sp.name, ts[e+2].start, b, Indirect, "")
				return
			}
		}
		r.emit(sp.name, a, b, Indirect, "")
		return
	}
	if cls == vSay || cls == vTell || cls == vThat {
		// "To be sure, he said, the plan was sound" (shapes.go)
		if a, b, ok := r.midAttribution(p, st, r.lowerTitleStart(p, st, sp.from), j); ok {
			r.emit(sp.name, a, b, Indirect, "")
			return
		}
	}

	// 4. a reported clause before the subject: CLAUSE, X said.
	if cls == vSay && ts[i].low == "saying" && i-1 > sp.from && ts[i-1].low == "as" && i+1 < st.b && (!ts[i+1].word || sayingTail(ts, st, i+1)) {
		// "CLAUSE, Antara quoted Jane Roe as saying.", "CLAUSE, Jane Roe
		// was quoted by the Baltic Times as saying.": the relayed clause
		// stands before the whole attribution
		g := sp.from
		if g-2 > st.a && ts[g-1].low == "the" && ts[g-1].q < 0 && (ts[g-2].low == "quoted" || ts[g-2].low == "cited") {
			// "quoted the Justice Ministry as saying" (an article before
			// the one quoted)
			g--
		}
		if g-1 > st.a && (ts[g-1].low == "quoted" || ts[g-1].low == "cited") && ts[g-1].q < 0 {
			g--
			for g > st.a && ts[g-1].word && ts[g-1].q < 0 {
				g--
			}
		}
		if g > st.a && ts[g-1].s == "," {
			if a, b, ok := r.clauseBefore(p, st, g, g); ok {
				r.emit(sp.name, a, b, Indirect, "")
			}
		}
		return
	}
	if cls == vUrge && !urgeCloses(ts, st, i) || cls == vReport || strings.HasSuffix(ts[i].low, "ing") {
		// (not "..., with Germany warning of retaliation": a participle
		// never closes an attribution)
		return
	}
	from := sp.from
	if from-2 > st.a && ts[from-1].s == "," && ts[from-1].q < 0 && !pronounWord(ts[from].low) {
		// "CLAUSE, one of his lawyers, Jane Roe, told RFI": the clause
		// ends before the role of a few words between two commas (a
		// pronoun has none: "talks with the president, Tom Grey, he
		// said" ends with the name)
		for m := from - 2; m > st.a && m >= from-8; m-- {
			t := ts[m]
			if thousandsComma(ts, m) {
				// "counted 4,200 ballots by noon, Jane Roe said": a
				// number, not a comma before a role
				break
			}
			if t.s == "," && t.q < 0 || t.q >= 0 && p.quoteEnding(m) >= 0 && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[p.quoteEnding(m)].From:p.qs[p.quoteEnding(m)].To]), ",") {
				// (or a quote closing with a comma inside its mark)
				if m < from-2 && roleBetween(ts[m+1:from-1]) && (m >= from-6 || !pastInRun(ts[m+1:from-1])) {
					// (a role of five or six words has no past tense or
					// auxiliary: "one of the striking workers", not "300
					// volunteers searched the valley")
					from = m + 1
				}
				break
			}
			if !t.word || t.q >= 0 || t.up && m != from-2 && !(m > st.a && ts[m-1].s == ",") || auxWords[t.low] {
				break
			}
			if _, ok := speechVerbs[t.low]; ok {
				break
			}
			if !(quoteJobNouns[t.low] || jobNouns[t.low] || titleWords[t.low] || quoteJobNouns[strings.TrimSuffix(t.low, "s")] || jobNouns[strings.TrimSuffix(t.low, "s")] || possessiveDets[t.low] || t.low == "of" || t.low == "one" || t.low == "the" || t.low == "a" || t.low == "an" || isPossessive(t) || titleModifier(t)) {
				break
			}
		}
	}
	if f := r.lowerTitleStart(p, st, from); f < from {
		// `CLAUSE "partial quote," union leader Jane Roe said`: the
		// lower-case title belongs to the subject
		from = f
	}
	if a, b, ok := r.clauseBefore(p, st, from, i); ok {
		r.emit(sp.name, a, b, Indirect, "")
	}
}

// lowerTitleStart returns where a subject name's lower-case title starts
// (`union leader` in `"Q," union leader Jane Roe said`) when a comma or a
// quote closing with a comma inside stands right before the title; else
// from.
func (r *reader) lowerTitleStart(p *para, st *sent, from int) int {
	ts := p.ts
	m := from - 1
	for m > st.a && m >= from-4 && ts[m].word && !ts[m].up && ts[m].q < 0 && (titleWords[ts[m].low] || jobNouns[ts[m].low] || quoteJobNouns[ts[m].low] || orgWords[ts[m].low]) {
		m--
	}
	if m-3 > st.a && m < from-1 && ts[m].s == ")" && ts[m-2].s == "(" && isAcronym(ts[m-1].s) && isNameTok(ts[m-3]) && ts[m-3].up {
		// "CLAUSE, Central Bank of Romania (BNR) governor Jane Roe said":
		// the body, its acronym in brackets, then the lower-case title
		k := m - 3
		for k > st.a && k > m-12 && ts[k].q < 0 && (ts[k].word && ts[k].up || titleJoiners[ts[k].low] && !ts[k].up) {
			k--
		}
		if ts[k].s == "," && ts[k].q < 0 && ts[k+1].up {
			return k + 1
		}
		return from
	}
	if m == from-1 || m <= st.a {
		return from
	}
	if ts[m].s == "," && ts[m].q < 0 {
		return m + 1
	}
	if qi := p.quoteEnding(m); ts[m].q >= 0 && qi >= 0 && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
		return m + 1
	}
	return from
}

// unnamedRoles are the spokespeople state media leave unnamed in a lead
// and name in the next sentence.
var unnamedRoles = set(`spokesperson spokesman spokeswoman`)

// placeAfterRole returns the index of the spokesperson's noun when a
// place in capitals (one to three words) after "in" or "at" stands
// between it and the verb at ts[i] ("a military spokesman in Swat told",
// "an embassy spokeswoman in New Delhi said"), else -1.
func placeAfterRole(ts []tok, st *sent, i int) int {
	k := i - 1
	for k > st.a && k >= i-3 && ts[k].up && ts[k].word && ts[k].q < 0 {
		k--
	}
	if k == i-1 || k-1 <= st.a || ts[k].q >= 0 || ts[k].low != "in" && ts[k].low != "at" || !unnamedRoles[ts[k-1].low] || ts[k-1].q >= 0 {
		return -1
	}
	return k - 1
}

// spokesperson reports whether the preposition before the name (or "the
// name") starting at token f follows a spokesperson: "a spokesman for
// Downing Street", "a spokeswoman for the ministry", "a spokesperson from
// BA". An unnamed spokesperson speaks for the body; a source close to it,
// an aide to it or a friend of it do not.
func spokespersonFor(ts []tok, st *sent, f int) bool {
	k := f - 1
	if k > st.a && ts[k].low == "the" {
		k--
	}
	if k <= st.a || ts[k].q >= 0 {
		return false
	}
	switch ts[k].low {
	case "for", "from", "of", "at", "by":
	default:
		return false
	}
	if ts[k-1].q < 0 && (ts[k].low == "from" || ts[k].low == "by") && (ownDocuments[ts[k-1].low] || madeBy[ts[k-1].low] && k-2 >= st.a && ownDocuments[ts[k-2].low]) {
		// "A statement from the Eastport Police Department said", "a
		// communique issued by the ministry said": the body's own
		// document (naming.go)
		return true
	}
	return ts[k].low != "by" && unnamedRoles[ts[k-1].low]
}

// openAppositive reads "NAME, TITLE ... of ORG said" with the
// appositive's closing comma missing: the preposition before ORG (at f-1,
// or f-2 after "the") belongs to a post with a title word, which follows a
// person's name and a comma. It returns the person.
func (r *reader) openAppositive(ts []tok, st *sent, ref speakerRef, f int) (speakerRef, bool) {
	k := f - 1
	if ts[k].low == "the" {
		k--
	}
	if k <= st.a || !(ts[k].low == "of" || ts[k].low == "at" || ts[k].low == "for") {
		return ref, false
	}
	titled := false
	m := k - 1
	for ; m > st.a && m > k-7 && ts[m].word && ts[m].q < 0 && !ts[m].up; m-- {
		if _, verb := speechVerbs[ts[m].low]; verb || auxWords[ts[m].low] || pronounWord(ts[m].low) {
			return ref, false
		}
		titled = titled || titleWords[ts[m].low] || personRoles[ts[m].low] || memberNouns[ts[m].low]
	}
	if !titled || m <= st.a || ts[m].s != "," || ts[m].q >= 0 {
		return ref, false
	}
	run := runLeft(ts, m-1)
	if len(run) == 0 {
		return ref, false
	}
	name := r.stripName(run)
	if len(name) < 2 {
		return ref, false
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if !ok || kind != KindPerson {
		return ref, false
	}
	from := indexOf(ts, run[0])
	if !subjectStart(ts, st, from) {
		return ref, false
	}
	ref.from, ref.group = from, from
	ref.name, ref.kind = n, kind
	return ref, true
}

// ofOrgName reports whether ts is an organisation's name joined by "of",
// "for" or "and": "Ministry of Foreign Affairs", "Office for National
// Statistics".
func ofOrgName(ts []tok) bool {
	if len(ts) < 3 || !isNameTok(ts[len(ts)-1]) {
		return false
	}
	org := false
	for _, t := range ts {
		switch {
		case isNameTok(t):
			org = org || orgWords[t.low]
		case t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the":
		default:
			return false
		}
	}
	return org
}

// allNameToks reports whether every token of ts is a capitalised name
// token.
func allNameToks(ts []tok) bool {
	for _, t := range ts {
		if !isNameTok(t) {
			return false
		}
	}
	return true
}

// unnamedLead keeps the clause of "CLAUSE, a Chinese foreign ministry
// spokesperson said Saturday." so that a next sentence "Spokesperson Lin
// Jian made the remarks ..." can give it its speaker (see namedRemarks).
func (r *reader) unnamedLead(p *para, st *sent, i, cls int, used map[int]bool) {
	ts := p.ts
	if r.delayedLead(p, st, i, cls) {
		// "A top health official said ..." named in the next paragraphs
		// (attribute.go)
		return
	}
	r.noteAnonSpeaker(p, st, i)
	if i > st.a && personRoles[ts[i-1].low] {
		// "a foreign ministry official said": a later "the official" is
		// this unnamed one, not a person named before
		for k := i - 2; k >= st.a && k >= i-6 && ts[k].word && ts[k].q < 0; k-- {
			if ts[k].low == "a" || ts[k].low == "an" {
				if r.anonRole == nil {
					r.anonRole = map[string]int{}
				}
				r.anonRole[ts[i-1].low] = ts[i-1].start
				break
			}
		}
	}
	if cls == vSay && i-2 >= st.a && leadRoles[ts[i-1].low] && !ts[i-1].up && ownerWords[ts[i-2].low] && ts[i-2].q < 0 {
		// "CLAUSE, his lawyer said.": nobody's, unless the next sentence
		// names that lawyer ("The lawyer, Jane Roe, told ...")
		if a, b, ok := r.clauseBefore(p, st, i-2, i); ok {
			r.unnamed = &found{start: a, end: b, kind: Indirect}
			r.unnamedRole = ts[i-1].low
		}
		return
	}
	if cls != vSay && cls != vTell || i == st.a {
		return
	}
	ri := i - 1
	if k := placeAfterRole(ts, st, i); k >= 0 {
		// "a military spokesman in Swat told Reuters": the spokesperson's
		// post, a place, before the verb
		ri = k
	}
	if !unnamedRoles[ts[ri].low] {
		return
	}
	from := -1
	for k := ri - 1; k >= st.a && k >= ri-9 && (ts[k].word || ts[k].s == "(" || ts[k].s == ")" || nameApostrophe(ts, k)) && ts[k].q < 0; k-- {
		// (a plural's apostrophe: "a Transport Workers' Union
		// spokeswoman")
		if ts[k].low == "a" || ts[k].low == "an" {
			from = k
			break
		}
	}
	if from < 0 {
		return
	}
	org := ts[from+1 : ri]
	if n := len(org); n >= 4 && org[n-1].s == ")" && org[n-3].s == "(" {
		// "a Ministry of Foreign Affairs (MOFA) spokesperson"
		org = org[:n-3]
	}
	recent := ""
	if len(org) == 0 && i+1 < st.b && (ts[i+1].s == ":" || p.quoteAt(i+1) >= 0 || ts[i+1].word) || len(org) == 0 && r.quoteBefore(p, st, from) >= 0 {
		// `"Q," a spokesman said` just after an organisation spoke
		// ("Electricity North said 50,000 homes were cut off."): its
		// spokesman
		if n := len(r.out); n > 0 && r.out[n-1].start < ts[from].start && ts[from].start-r.out[n-1].start < 300 && !strings.Contains(r.norm[r.out[n-1].start:ts[from].start], "\n") {
			// (an organisation, or a name the article never shows to be
			// a person)
			if who := r.out[n-1].speaker; !r.knownPerson(who) {
				recent = who
			}
		}
	}
	if recent == "" && len(org) == 1 && org[0].low == "police" && !org[0].up {
		// "A police spokesman said": the force the article names
		// (naming.go), else nobody
		recent = r.policeForce(ts[from].start)
	}
	if recent == "" && len(org) == 1 && (org[0].low == "military" || org[0].low == "army") && !org[0].up {
		// "a military spokesman told Reuters": the armed forces the
		// article names, else the military under the article's word
		recent = r.armedOr(org[0].low)
	}
	if recent != "" || len(org) > 0 && isNameTok(org[0]) && !demonymWords[org[len(org)-1].low] && (orgWords[org[len(org)-1].low] || allNameToks(org) || ofOrgName(org) || apostropheName(org)) {
		// "A Welsh government spokesperson said CLAUSE", "a State
		// Department spokesman said CLAUSE", "CLAUSE, a BBC spokeswoman
		// said": the spokesperson speaks for the organisation, which is
		// named
		name := recent
		if name == "" {
			name = joinToks(r.norm, org)
			if e, ok := r.al.Lookup(name); ok {
				name = e.Canonical
			}
		}
		r.anonBody = mention{ts[from].start, name}
		if cls == vSay || cls == vTell {
			// `"Q," a BBC spokeswoman said`, "A Downing Street
			// spokesperson said: 'Q'": the body's direct words (`"Q," a
			// BBC spokeswoman told Reuters` too)
			qi := r.quoteBefore(p, st, from)
			if qi < 0 && cls == vSay && i+1 < st.b && (ts[i+1].s == ":" || ts[i+1].s == ",") {
				qi = p.quoteAt(i + 2)
			}
			if qi < 0 && cls == vSay && i+1 < st.b {
				if k := p.quoteAt(i + 1); k >= 0 && r.quoteEndsSentence(p, st, k) {
					qi = k
				}
			}
			if qi < 0 && cls == vTell {
				// "A Nordbank spokesman told reporters: \"Q\"": the
				// words after the one told and a colon
				k := i + 1
				for k < st.b && k < i+5 && ts[k].word && ts[k].q < 0 {
					k++
				}
				if k > i+1 && k+1 < st.b && ts[k].s == ":" && ts[k].q < 0 {
					qi = p.quoteAt(k + 1)
				}
			}
			if qi >= 0 && !used[qi] {
				used[qi] = true
				r.emit(name, p.qs[qi].From, p.qs[qi].To, Direct, "")
				return
			}
		}
		if a, b, ok := r.clauseAfter(p, st, i+1, cls); ok {
			r.emit(name, a, b, Indirect, "")
			return
		}
		if a, b, ok := r.clauseBefore(p, st, from, i); ok {
			if r.emit(name, a, b, Indirect, "") != nil {
				// state media may name the spokesperson in the next
				// sentence ("Spokesperson Lin Jian made the remarks")
				r.unnamed = &found{speaker: name, start: a, end: b, kind: Indirect, at: len(r.out) - 1}
			}
			return
		}
	}
	if a, b, ok := r.clauseBefore(p, st, from, i); ok {
		r.unnamed = &found{start: a, end: b, kind: Indirect}
	}
}

// nameApostrophe reports whether ts[k] is the apostrophe of a plural
// inside a name, glued to a capitalised word ending in "s", a capitalised
// word after it: "Transport Workers' Union", "Harbour Pilots' Guild".
func nameApostrophe(ts []tok, k int) bool {
	if k < 1 || k+1 >= len(ts) || (ts[k].s != "'" && ts[k].s != "’") || ts[k].q >= 0 || ts[k].start != ts[k-1].end {
		return false
	}
	return isNameTok(ts[k-1]) && strings.HasSuffix(ts[k-1].low, "s") && isNameTok(ts[k+1])
}

// apostropheName reports whether ts are capitalised name tokens but for a
// plural's apostrophe inside (nameApostrophe): "Harbour Pilots' Guild".
func apostropheName(ts []tok) bool {
	seen := false
	for k, t := range ts {
		if nameApostrophe(ts, k) {
			seen = true
		} else if !isNameTok(t) {
			return false
		}
	}
	return seen
}

// namedRemarks gives a kept unnamed lead (unnamedLead) to the person of
// "NAME made the remark(s)", the sentence after it.
func (r *reader) namedRemarks(p *para, st *sent) {
	u := r.unnamed
	role := r.unnamedRole
	r.unnamed, r.unnamedRole = nil, ""
	ts := p.ts
	if role != "" {
		// "The lawyer, Jane Roe, told ..." / "Lawyer Jane Roe said ...":
		// the role of the lead before, now named
		k := st.a
		if k < st.b && ts[k].low == "the" {
			k++
		}
		if k+1 < st.b && ts[k].low == role && ts[k].q < 0 {
			k++
			comma := ts[k].s == ","
			if comma {
				k++
			}
			if run := runRight(ts[:st.b], k); len(run) >= 2 && (!comma || k+len(run) < st.b && ts[k+len(run)].s == ",") {
				name, kind, ok := r.canon(joinToks(r.norm, run), run[0].start)
				if !ok {
					name, kind = joinToks(r.norm, run), KindPerson
				}
				if kind == KindPerson {
					r.mention(run[0].start, name, kind)
					r.emit(name, u.start, u.end, u.kind, "")
				}
			}
		}
		return
	}
	for k := st.a; k+2 < st.b; k++ {
		if ts[k].low == "made" && ts[k+1].low == "the" && (ts[k+2].low == "remarks" || ts[k+2].low == "remark") {
			if sp, ok := r.sentenceSubject(p, st, k); ok && sp.kind == KindPerson {
				r.mention(ts[sp.from].start, sp.name, sp.kind)
				if u.speaker != "" && u.at < len(r.out) && r.out[u.at].start == u.start {
					// given to the body already: the named spokesperson
					// takes it
					r.out[u.at].speaker = sp.name
				} else {
					r.emit(sp.name, u.start, u.end, u.kind, "")
				}
			}
			return
		}
	}
	if u.speaker != "" && u.at < len(r.out) && r.out[u.at].start == u.start {
		r.namedSpokesperson(st, ts, u)
	}
}

// namedSpokesperson gives a lead an unnamed spokesperson said for a body
// (u, already the body's) to the spokesperson of that body the next
// sentence names as speaking, in the same paragraph or the next: "CLAUSE,
// a Borduria spokesman said." then `"Q," Borduria government spokesman
// Jon Weiss said`. A copy of the lead
// the page printed before (the same words, given to the body) goes with it.
func (r *reader) namedSpokesperson(st *sent, ts []tok, u *found) {
	if st.a >= len(ts) || ts[st.a].start < u.end || strings.Count(r.norm[u.end:ts[st.a].start], "\n") > 1 {
		// (the same paragraph or the next one only: not across a
		// headline, in a page of news briefs)
		return
	}
	body := strings.Fields(u.speaker)
	for k := st.a + 1; k+3 < st.b; k++ {
		if ts[k].q >= 0 || ts[k].up || !unnamedRoles[ts[k].low] {
			continue
		}
		named := false
		for m := k - 1; m >= st.a && m >= k-4 && ts[m].word && ts[m].q < 0 && !named; m-- {
			for _, w := range body {
				named = named || strings.EqualFold(ts[m].s, w)
			}
		}
		run := runRight(ts[:st.b], k+1)
		e := k + 1 + len(run)
		if !named || len(run) < 2 || e >= st.b {
			continue
		}
		if _, ok := speechVerbs[ts[e].low]; !ok || ts[e].q >= 0 {
			continue
		}
		name, kind, ok := r.canon(joinToks(r.norm, run), run[0].start)
		if !ok || kind != KindPerson {
			return
		}
		text := r.norm[u.start:u.end]
		for i := range r.out {
			if o := &r.out[i]; o.speaker == u.speaker && r.norm[o.start:o.end] == text {
				o.speaker = name
			}
		}
		r.mention(run[0].start, name, kind)
		return
	}
}

// leadRoles are the roles of a person a lead may leave unnamed ("his
// lawyer said") and name in the next sentence.
var leadRoles = set(`lawyer attorney spokesman spokeswoman spokesperson aide adviser advisor agent representative
manager coach doctor son daughter wife husband mother father brother sister`)

// ownerWords own a role without naming its holder: "his lawyer".
var ownerWords = set(`his her their its`)

// titleModifier reports whether t may qualify a title before a name
// ("antitrust" in "EU antitrust chief"): a plain word that is no verb,
// conjunction or pronoun.
func titleModifier(t tok) bool {
	if _, ok := speechVerbs[t.low]; ok || auxWords[t.low] || pronounWord(t.low) {
		return false
	}
	switch t.low {
	case "and", "but", "or", "while", "who", "which", "that", "as", "when", "after", "before", "if", "because":
		return false
	}
	return true
}

// splitRest returns the quote that resumes a split quotation after the
// attribution ending at token j: a phrase with no quote, speech verb or
// sentence punctuation, then a comma and the quote; or -1.
func (r *reader) splitRest(p *para, st *sent, j int) int {
	ts := p.ts
	for k := j; k < st.b && k < j+16; k++ {
		t := ts[k]
		if t.q >= 0 {
			return -1
		}
		if t.word {
			if _, isVerb := speechVerbs[t.low]; isVerb || t.low == "and" || t.low == "but" || t.low == "while" {
				return -1
			}
			continue
		}
		if t.s == "," && k > j && k+1 < st.b {
			if qi := p.quoteAt(k + 1); qi >= 0 {
				return qi
			}
			continue
		}
		if t.s != "," && t.s != "-" && t.s != "'" && t.s != "’" && t.s != "." {
			return -1
		}
	}
	return -1
}

// subject finds who the verb at i names as speaker.
func (r *reader) subject(p *para, st *sent, i int) (speakerRef, bool) {
	ts := p.ts
	j := i - 1
	if g := infinitiveLead(ts, st, i); g >= 0 {
		// "Jane Roe went on to say", "was quick to point out", "would
		// only say": the subject stands before the governing words
		j = g - 1
	} else if g := reportedToHave(ts, st, i); g >= 0 {
		// "Jane Roe was later reported to have said", "is understood to
		// have told": the subject stands before the passive report
		j = g - 1
	}
	for j >= st.a {
		lw := ts[j].low
		if skipLeft[lw] && ts[j].q < 0 && !r.adverbName(ts, st, j) {
			j--
			continue
		}
		if ts[j].s == ")" && !(j >= 2 && ts[j-2].s == "(" && r.acro[ts[j-1].s] != "") {
			// "Nordic Wind ASA (OSE: NWE) today announced": a ticker or
			// other bracket between the subject and the verb
			k := j - 1
			for k > st.a && k > j-8 && ts[k].s != "(" && ts[k].s != ")" && ts[k].q < 0 {
				k--
			}
			if k > st.a && ts[k].s == "(" && (isNameTok(ts[k-1]) || timeWords[ts[k-1].low] && ts[k-1].q < 0) {
				// (also "Jane Roe on Tuesday (April 18) said": the date
				// in brackets after the day)
				j = k - 1
				continue
			}
		}
		if m := discourseMarker(ts, st, j); m < j {
			// "Jane Roe on the other hand warned", "Jon Weiss, for his
			// part, said" (pagerules.go)
			j = m
			continue
		}
		if weekdays[lw] && ts[j].up && ts[j].q < 0 && j-1 >= st.a && ts[j-1].low != "on" && ts[j-1].low != "last" && ts[j-1].low != "this" {
			// "Jane Roe Tuesday said", "the ministry, ..., Monday said":
			// a bare weekday before the verb (US style)
			j--
			continue
		}
		if timeWords[lw] && j-1 >= st.a && (ts[j-1].low == "on" || ts[j-1].low == "this" || ts[j-1].low == "last" || ts[j-1].low == "late" || ts[j-1].low == "early") {
			j -= 2
			continue
		}
		if e := dateBefore(ts, st, j); e < j && e >= st.a {
			// "President Jane Roe on November 15 warned" (pagerules.go)
			j = e
			continue
		}
		if e := r.placeAfterPerson(ts, st, j); e < j {
			// "Gov. Jane Roe of Bohol province in the central
			// Philippines said": where the person holds office
			j = e
			continue
		}
		if e := venueBefore(ts, st, j); e < j && !strings.HasSuffix(ts[i].low, "ing") {
			// "the Indian Army in a statement said" (pagerules.go)
			j = e
			continue
		}
		break
	}
	participle := strings.HasSuffix(ts[i].low, "ing")
	if j < st.a {
		return speakerRef{}, false
	}
	if relativeWho(ts, st, i) >= 0 {
		// "A lawyer who represents Jane Roe said ...": the name is the
		// relative clause's object; the subject is unnamed
		return speakerRef{}, false
	}
	if participle && issuedBefore(ts, st, i-1) {
		// "Acme issued a statement on Monday saying ...": the issuer,
		// the sentence's subject, speaks (shapes.go)
		return r.sentenceSubject(p, st, i)
	}
	if ref, ok := r.relativeOpener(ts, st, i); ok {
		// "Zhong who is in Nairobi to discuss the crisis said ...": a
		// relative clause without its commas after the name opening
		// the sentence
		return ref, true
	}
	if j-1 >= st.a && mediaNouns[ts[j].low] && !ts[j].up && unnamedMediaMods[ts[j-1].low] && ts[j-1].q < 0 && (j-1 == st.a || !isNameTok(ts[j-2])) {
		// "Local media said", "Foreign newspapers reported": outlets the
		// article does not name are nobody ("Local" is no name)
		return speakerRef{}, false
	}
	if ref, ok := r.nameThenRole(ts, st, j, i); ok {
		return ref, true
	}
	t := ts[j]
	ref := speakerRef{to: i + 1}
	if t.low == "office" && j-1 >= st.a && isPossessive(ts[j-1]) && ts[j-1].q < 0 && isNameTok(ts[j-1]) {
		// "the Prime Minister's Office said", "the President's office
		// said": the office speaks for the person holding the title
		if run := runLeft(ts, j-1); len(run) > 0 {
			var title []string
			named := false
			for _, u := range run {
				w := strings.TrimSuffix(strings.TrimSuffix(u.low, "'s"), "’s")
				if titleWords[w] {
					title = append(title, w)
				} else if !demonymWords[w] && !leadWords[w] {
					// "Prime Minister Jane Roe's office": a name, left to
					// role
					named = true
					break
				}
			}
			if !named && len(title) > 0 {
				w, role := title[len(title)-1], strings.Join(title, " ")
				full := r.titledBefore(w, role, t.start)
				if full == "" {
					full = r.titledAfter(w, t.start)
				}
				if full != "" {
					ref.from = indexOf(ts, run[0])
					if ref.from > st.a && ts[ref.from-1].low == "the" {
						ref.from--
					}
					ref.name, ref.kind = full, KindPerson
					if n, kind, ok := r.canon(full, t.start); ok {
						ref.name, ref.kind = n, kind
					}
					return ref, true
				}
			}
		}
	}
	if h := postModifiedRole(ts, st, j); h >= 0 {
		// "The union representing 30,000 workers said": the body the
		// role noun stands for, its participial phrase no name
		if ref2, ok := r.role(p, st, ref, h); ok && ref2.kind != KindPerson {
			ref2.to = i + 1
			return ref2, true
		}
	}
	if n, kind, ok := r.headOf(ts, st, j); ok {
		// "the head of state said": the President (pagerules.go)
		ref.from, ref.name, ref.kind = j-3, n, kind
		return ref, true
	}
	if k := roleOfPlace(ts, st, j); k >= 0 {
		// "The mayor of Springfield, Missouri, said": the person the
		// article gives the role, not the place
		ref.from = k - 1
		w := ts[k].low
		full := r.titledBefore(w, w, ts[k].start)
		if full == "" {
			full = r.titledAfter(w, ts[k].start)
		}
		if full == "" {
			return ref, false
		}
		ref.name, ref.kind = full, KindPerson
		if n, kind, ok := r.canon(full, ts[k].start); ok {
			ref.name, ref.kind = n, kind
		}
		return ref, true
	}
	switch {
	case t.s == ")" && j >= 2 && ts[j-2].s == "(" && r.acro[ts[j-1].s] != "":
		// "South Korea's Joint Chiefs of Staff (JCS) said"; "the Joint
		// Chiefs of Staff (JCS) of the Republic of Korea (ROK) said"
		j = r.acronymOwner(ts, st, j)
		ref.from = j - 2
		for ref.from > st.a && isNameTok(ts[ref.from-1]) || ref.from > st.a+1 && ts[ref.from-1].low == "of" && isNameTok(ts[ref.from-2]) {
			ref.from--
		}
		n, kind, ok := r.canon(ts[j-1].s, ts[j-1].start)
		ref.name, ref.kind = n, kind
		return ref, ok
	case t.q >= 0:
		// right after a quote: "Q" said X
		if qi := p.quoteEnding(j); qi >= 0 {
			ref2, ok := r.inverted(p, st, i)
			if !ok && participle && strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
				// `urged restraint "now," warning that ...`: the participle
				// hangs on the sentence's subject
				return r.sentenceSubject(p, st, i)
			}
			return ref2, ok
		}
		return ref, false
	case t.word && t.up && !pronounWord(t.low):
		if t.low == "office" && j-1 >= st.a && isPossessive(ts[j-1]) {
			// "the Prime Minister's Office said"
			if ref2, ok := r.role(p, st, ref, j); ok {
				return ref2, true
			}
		}
		run := runLeft(ts, j)
		if len(run) == 0 {
			return ref, false
		}
		if f := indexOf(ts, run[0]); f-2 >= st.a && ts[f-1].low == "in" && ts[f-1].q < 0 && (isNameTok(ts[f-2]) || ts[f-2].word && ts[f-2].q < 0 && bodyPlurals[ts[f-2].low]) {
			// "The Ministry of Health in Gaza said", "Jane Roe in Paris
			// said", "Iraqi police in Basra claim": the organisation or
			// person, not the place
			if ref2, ok := r.subject(p, st, f-1); ok && (ref2.kind == KindOrganisation || ref2.kind == KindPerson) && !ref2.inverted {
				ref2.to = i + 1
				return ref2, true
			}
			if unnamedPlurals[ts[f-2].low] && ts[f-2].q < 0 {
				// "Officials in New York City said": unnamed people, not
				// the place (pagerules.go)
				return ref, false
			}
		}
		name := r.stripName(run)
		ref.from = indexOf(ts, run[0])
		if lc := leadCount(run); partyPlurals[run[len(run)-1].low] && lc < len(run) && !isPossessive(run[lc]) && (len(run)-lc >= 2 || lc > 0 || ref.from > st.a && ts[ref.from-1].low == "the") {
			// (not "Democrats say": a bare plural is a group, as
			// "officials said")
			// "The Liberal Democrats said", "the Greens said": a party
			ref.from = indexOf(ts, run[lc])
			if ref.from > st.a && ts[ref.from-1].low == "the" {
				ref.from--
			}
			ref.name, ref.kind = joinToks(r.norm, run[lc:]), KindOrganisation
			if e, ok := r.al.Lookup(ref.name); ok {
				ref.name, ref.kind = e.Canonical, e.Kind
			}
			return ref, true
		}
		if ref2, ok, isDel := r.delegationOf(ts, st, ref, run); isDel {
			// "The representative of France said": the delegation
			return ref2, ok
		}
		if delegationNouns[run[len(run)-1].low] {
			// "Speaking for the African Union, the Permanent Observer
			// urged": the delegation the sentence opened with, or nobody
			return r.speakingFor(ts, st, ref, indexOf(ts, run[0]))
		}
		if len(name) >= 3 && orgLed(run, name) && titleOf(ts, st, ref.from) {
			// "Speaker of the House Mike Johnson said", "President of the
			// European Commission Ursula von der Leyen said": the run
			// holds the end of the title's organisation, then the person
			name = personAfterOrg(name)
			return r.named(st, ts, ref, run, name)
		}
		if len(name) >= 3 && len(name) == len(run) && titleAnd(ts, st, ref.from) {
			// "Minister of Manpower and Immigration Jane Roe said": the
			// run opens with the portfolio's last part, then the person
			name = personAfterPortfolio(name)
			return r.named(st, ts, ref, run, name)
		}
		// "Senator Daniel Patrick Moynihan of New York observed": the
		// person, not the place
		if f := ref.from; len(name) == len(run) {
			// (also "Sarah Wootton of Dignity in Dying said": lower-case
			// words inside the organisation's name)
			// (and "Sgt. Jane Roe with the Eastport Police Department
			// told", "Jane Roe from Acme said": where the person works)
			for k := f - 1; k >= st.a+1 && k > f-9 && ts[k].q < 0 && (isNameTok(ts[k]) || orgInnerWords[ts[k].low] || affiliationWords[ts[k].low]); k-- {
				if !(ts[k].low == "of" || affiliationWords[ts[k].low]) || !isNameTok(ts[k-1]) || k < f-1 && !isNameTok(ts[k+1]) && ts[k+1].low != "the" {
					continue
				}
				if left := r.stripName(runLeft(ts, k-1)); len(left) >= 2 && !hasOrgWord(left) && left[len(left)-1].low != "workers" {
					if n, kind, ok := r.canon(joinToks(r.norm, left), left[0].start); ok && kind == KindPerson {
						ref.from = indexOf(ts, left[0])
						ref.name, ref.kind = n, kind
						return ref, true
					}
				}
			}
		}
		// "The Coalition for App Fairness said", "the Ministry of
		// Unification said", "The General Staff of the Armed Forces of
		// Ukraine said": an organisation named with "of" or "for"
		if from, phrase, ok := r.orgPhrase(ts, st, run); ok {
			ref.from = from
			if ref.from > st.a && ts[ref.from-1].low == "the" {
				ref.from--
			}
			ref.name, ref.kind = phrase, KindOrganisation
			if e, ok := r.al.Lookup(phrase); ok {
				ref.name, ref.kind = e.Canonical, e.Kind
			}
			return ref, true
		}
		if len(name) == 0 {
			// "The Prime Minister said": a role
			return r.role(p, st, ref, j)
		}
		if capitalRole(ts, st, name, j) {
			// "The Ministry says": a body's role capitalised, as "the
			// ministry says" (shapes.go)
			if ref2, ok := r.role(p, st, ref, j); ok {
				return ref2, true
			}
		}
		if f := indexOf(ts, run[0]); f-1 > st.a && ts[f-1].low == "the" {
			f--
			if unnamedAt(ts, st, f) {
				return ref, false
			}
		} else if unnamedAt(ts, st, f) {
			// "Analysts at Goldman Sachs said": the name is where the
			// unnamed speakers work, not the speaker
			return ref, false
		}
		if f := ref.from; f > st.a && len(name) == len(run) && (namePrepositions[ts[f-1].low] || f-1 > st.a && ts[f-1].low == "the" && namePrepositions[ts[f-2].low]) && ts[f-1].q < 0 && !spokespersonFor(ts, st, f) && !(participle && ts[f-1].low == "with" && j == i-1) {
			// (but "..., with Jane Roe emphasizing that CLAUSE": the
			// participle's own subject)
			// "A source close to Macron said", "an aide to Jane Roe
			// said": the name is not the subject (but "a spokesperson
			// for the Foreign Ministry said" speaks for the ministry)
			if ref2, ok := r.openAppositive(ts, st, ref, f); ok {
				// "Jane Roe, assistant general secretary of Unite said:":
				// an appositive whose closing comma is missing
				return ref2, true
			}
			return ref, false
		}
		if f := indexOf(ts, run[0]); len(name) == 1 && name[0].start == run[len(run)-1].start && personDemonym(name[0].low) && (f > st.a && ts[f-1].low == "the" || len(run) == 2 && run[0].low == "the") {
			// "the Dutchman said", "said the Spaniard": the person last
			// named
			ref.name, ref.kind = r.epithetSpeaker(t.start), KindPerson
			if f > st.a && ts[f-1].low == "the" {
				ref.from = f - 1
			}
			return ref, ref.name != ""
		}
		if f := indexOf(ts, run[0]); len(name) == len(run) && r.cappedEpithet(ts, st, f, name) {
			// "the new World Champion said", "the reigning Club Captain
			// said": a capitalised description the article only ever gives
			// after "the" is no person's name but an epithet, the person
			// last named
			ref.from = f - 2
			ref.name, ref.kind = r.epithetSpeaker(ts[ref.from].start), KindPerson
			return ref, ref.name != ""
		}
		n, kind, ok := r.canonRun(run, name, t.start)
		lone := run
		if len(run) == 2 && indexOf(ts, run[0]) == st.a && clauseJoiners[run[0].low] {
			// "But Nordbank said": the capitalised conjunction opening
			// the sentence is no part of the name (and makes the name no
			// mid-sentence capital: leadName alone decides)
			lone = run[1:]
		}
		if f := indexOf(ts, lone[0]); !ok && len(lone) == 1 && len(name) == 1 && (len(run) == 1 && (r.proper[name[0].low] || r.tagName(ts, st, f, i)) || r.leadName(ts, st, f, i)) && !titleWords[name[0].low] && !partyPlurals[name[0].low] && subjectStart(ts, st, f) {
			// "Apple said": one word the article capitalises mid-sentence
			// is a name; unknown as a person, it is taken for an
			// organisation ("Diplomats said" is nobody). Only as the
			// clause's subject: not "Economists at ING said", "after Paris
			// announced".
			n, kind, ok = name[0].s, KindOrganisation, true
		}
		if f := indexOf(ts, run[0]); !ok && len(run) == 1 && len(name) == 1 && !titleWords[name[0].low] {
			if from := describedOrg(ts, st, f); from >= 0 {
				// "The state weather bureau PAGASA said", "Dutch chipmaker
				// Nexperia said": one name after a lower-case description
				// of an organisation that opens the subject
				n, kind, ok = name[0].s, KindOrganisation, true
				ref.from = from
			}
		}
		if !ok && r.theInstitution(ts, st, run, name) {
			// "The Pentagon said", "the Elysee said", "The Vatican said":
			// one capitalised word after "the", as the clause's subject,
			// names an institution by its building or a metonym
			n, kind, ok = name[0].s, KindOrganisation, true
		}
		if !ok {
			return ref, false
		}
		if f := ref.from; kind == KindOrganisation && len(run) == 1 && f > st.a && isPossessive(ts[f-1]) && subjectStart(ts, st, f-1) {
			// "Germany's Volkswagen said": the owner is not the speaker
			ref.from = f - 1
		}
		if f := ref.from; f >= 2 && ts[f-1].low == "and" && isNameTok(ts[f-2]) && (titleWords[ts[f-2].low] && titleWords[run[0].low] || titledPrefix(run, name)) && kind == KindPerson {
			// "Treasury and Finance Minister Mehmet Simsek said", "Science
			// and ICT Minister Jane Roe told": one person with a title of
			// two parts
			for ref.from = f - 2; ref.from > st.a && titleWords[ts[ref.from-1].low] && isNameTok(ts[ref.from-1]); ref.from-- {
			}
		} else if f := ref.from; f >= 2 && ts[f-1].low == "and" && isNameTok(ts[f-2]) && kind == KindOrganisation && orgWords[run[len(run)-1].low] && !companySuffixes[run[len(run)-1].low] {
			// "South Wales Fire and Rescue Service said": one organisation
			// whose name holds "and", unless the part before "and" is a
			// known name of its own ("Google and Microsoft Corp")
			left := r.stripName(runLeft(ts, f-2))
			if len(left) == 0 || isOrgName(wordsOf(left)) {
				return ref, false
			}
			if _, ok := r.al.Lookup(joinToks(r.norm, left)); ok {
				return ref, false
			}
			for _, t := range runLeft(ts, f-2) {
				if t.start < left[0].start && !leadWords[t.low] && !isPossessive(t) && !personTitles[t.low] && t.q < 0 {
					// "The National Banking and Securities Commission":
					// a capitalised word a person's title may use
					// ("National") stays in a body's name
					left = ts[indexOf(ts, t) : indexOf(ts, left[len(left)-1])+1]
					break
				}
			}
			ref.from = indexOf(ts, left[0])
			phrase := r.norm[left[0].start:run[len(run)-1].end]
			n, kind = phrase, KindOrganisation
			if e, ok := r.al.Lookup(phrase); ok {
				n, kind = e.Canonical, e.Kind
			}
		} else if f := ref.from; f >= 2 && ts[f-1].low == "and" && isNameTok(ts[f-2]) && spokespersonFor(ts, st, indexOf(ts, runLeft(ts, f-2)[0])) && len(runLeft(ts, f-2)) == 1 {
			// "a spokeswoman for Marks and Spencer Ireland said": one
			// spokesperson speaks for one body whose name holds "and"
			left := runLeft(ts, f-2)
			ref.from = indexOf(ts, left[0])
			n, kind = r.norm[left[0].start:run[len(run)-1].end], KindOrganisation
			if e, ok := r.al.Lookup(n); ok {
				n, kind = e.Canonical, e.Kind
			}
		} else if f := ref.from; f >= 2 && ts[f-1].low == "and" && (isNameTok(ts[f-2]) && !clauseThenName(ts, st, f-2) || ts[f-2].s == "," && !clauseBeforeComma(ts, st, f-2) && !narratedBeforeComma(ts, st, f-2) && !(f >= 3 && isNameTok(ts[f-3]) && clauseThenName(ts, st, f-3))) {
			// "The United States and the Soviet Union have announced":
			// several speakers at once, none alone (but "Talks resume
			// this week, and Holden said ...": a new clause's subject)
			return ref, false
		} else if f := ref.from; f >= 2 && ts[f-1].low == "and" && unnamedAnd(ts, st, f-1) {
			// "after officials here and Washington said", "Local
			// officials and Acme said": unnamed people and a name
			// speak together, none alone
			return ref, false
		}
		if f := ref.from; f >= 3 && ts[f-1].low == "the" && ts[f-2].low == "and" && isNameTok(ts[f-3]) {
			return ref, false
		}
		for n := 0; n < 2 && ref.from > st.a && connectors[ts[ref.from-1].low]; n++ {
			// "von der Leyen said"
			ref.from--
		}
		if ref.from > st.a && ts[ref.from-1].low == "the" {
			// "the JCS said", "the White House said"
			ref.from--
		}
		ref.name, ref.kind = n, kind
		return ref, true
	case pronounWord(t.low) && t.up && j > st.a && ts[j-1].q < 0 && (ts[j-1].word || ts[j-1].s == ",") && r.articleFull(t.s, t.start) != "":
		// "CLAUSE, He added.": the surname of He Yadong, capitalised
		// where the pronoun would not be
		ref.from = j
		ref.name, ref.kind = r.articleFull(t.s, t.start), KindPerson
		r.mention(t.start, ref.name, ref.kind)
		return ref, true
	case pronounWord(t.low):
		g := pronouns[t.low]
		if t.low == "it" && (j == st.a || !ts[j-1].word || ts[j-1].q >= 0 || clauseJoiners[ts[j-1].low]) {
			if n := r.docIt(ts[st.a].start); n != "" {
				// `"Q," said a statement from Jon Weiss's office. "Q2," it
				// said.`: the document goes on, still its owner's
				ref.from, ref.name, ref.kind = j, n, KindOrganisation
				if r.knownPerson(n) || len(r.mentPos[n]) > 0 {
					ref.kind = KindPerson
				}
				r.docBy.pos = t.start
				return ref, true
			}
			// "'This is a reward for Hamas,' it said in a statement": the
			// organisation the last sentences spoke of
			ref.from = j
			ref.name, ref.kind = r.itSpeaker(t.start, ts[st.a].start), KindOrganisation
			return ref, ref.name != ""
		}
		if g == "" && t.low == "they" && j-2 > st.a && clauseJoiners[ts[j-1].low] && ts[j-2].s == "," && len(r.out) > st.produced {
			// "The spokesperson said A, and they said B": the singular
			// they of the unnamed spokesperson who said A
			for k := st.a; k < j-2; k++ {
				if unnamedRoles[ts[k].low] && ts[k].q < 0 {
					f := r.out[st.produced]
					ref.from = j
					ref.name, ref.kind = f.speaker, KindOrganisation
					if r.knownPerson(f.speaker) || len(r.mentPos[f.speaker]) > 0 {
						ref.kind = KindPerson
					}
					return ref, true
				}
			}
		}
		if g == "" && t.low == "they" && (j == st.a || clauseJoiners[ts[j-1].low] || ts[j-1].q >= 0 && !participle) {
			// "Police did not disclose a motive. They said ...": the body
			// that spoke just before (attribute.go); so does `"Q," they
			// said in a statement`
			ref.from = j
			ref.name, ref.kind = r.theyBody(t.start, ts[st.a].start), KindOrganisation
			return ref, ref.name != ""
		}
		if g == "" {
			return ref, false
		}
		ref.from = j
		ref.name = r.resolveSpeaker(t.start, g)
		asked := ts[st.a].low == "asked" || ts[st.a].low == "when" && st.a+1 < st.b && ts[st.a+1].low == "asked"
		if n := r.lastSpeaker(t.start, g); asked && n != "" && !r.spokeBefore(ref.name, t.start) {
			// "Asked whether others were involved, he said ...": the
			// one questioned is someone who spoke, not a person only
			// talked about since
			ref.name = n
		} else if j-1 > st.a && ts[j-1].s == "," && ts[j-1].q < 0 {
			// "CLAUSE, he said": not a person the clause names
			ref.name = r.clausePronoun(ts[st.a].start, t.start, g)
		}
		ref.kind = KindPerson
		return ref, ref.name != ""
	case t.word && participle && (t.low == "before" || t.low == "after" || t.low == "then") && j-1 > st.a && ts[j-1].s == ",":
		// `"Q," X said, before adding: "Q2"`: the participle hangs on the
		// sentence's subject
		return r.sentenceSubject(p, st, i)
	case t.word && t.low == "as" && participle:
		if j-1 > st.a && (ts[j-1].low == "quoted" || ts[j-1].low == "cited") && auxWords[ts[j-2].low] {
			// (also "X was cited as saying")
			// "X was quoted as saying"
			ref2, ok := r.sentenceSubject(p, st, j-2)
			ref2.to = i + 1
			return ref2, ok
		}
		if j-1 >= st.a && (ts[j-1].low == "him" || ts[j-1].low == "her") {
			// `"Q," the statement reported him as telling ...`: the
			// person the pronoun stands for; the group starts after the
			// comma or quote before it
			ref.name = r.resolvePronoun(ts[j-1].start, map[string]string{"him": "m", "her": "f"}[ts[j-1].low])
			ref.kind = KindPerson
			ref.from = j - 1
			for ref.from > st.a && ts[ref.from-1].word && ts[ref.from-1].q < 0 {
				ref.from--
			}
			if f := j - 1; f-2 >= st.a && (ts[f-1].low == "quoted" || ts[f-1].low == "cited") {
				// "CLAUSE, TASS quoted her as saying": the outlet relays
				if orun := runLeft(ts, f-2); len(orun) > 0 {
					if on := r.stripName(orun); len(on) > 0 {
						if o, okind, found := r.canon(joinToks(r.norm, on), on[0].start); found && okind == KindOutlet {
							st.via = o
						}
					}
				}
			}
			return ref, ref.name != ""
		}
		// "X was quoted by El Tiempo newspaper as saying": the sentence's
		// subject speaks, the outlet relays
		for k := j - 1; k > st.a && k > j-12; k-- {
			// ("quoted by the Saudi Press Agency (SPA) as saying": an
			// outlet's acronym widens the window)
			if ts[k].low == "by" && (ts[k-1].low == "quoted" || ts[k-1].low == "cited") && ts[k].q < 0 {
				ref2, ok := r.sentenceSubject(p, st, k-1)
				if ok {
					o := k + 1
					if o < j && ts[o].low == "the" {
						// "quoted by the KCNA as saying"
						o++
					}
					if run := runRight(ts, o); len(run) > 0 && o+len(run) <= j {
						st.via = joinToks(r.norm, run)
						if n, _, ok := r.canon(st.via, run[0].start); ok {
							st.via = n
						}
					}
					ref2.to = i + 1
				}
				return ref2, ok
			}
		}
		// "Kim was quoted as saying": the passive's subject
		if j-2 >= st.a && ts[j-1].low == "quoted" && (ts[j-2].low == "was" || ts[j-2].low == "is" || ts[j-2].low == "were") {
			if j-3 >= st.a && pronouns[ts[j-3].low] != "" {
				ref.from = j - 3
				ref.name, ref.kind = r.resolvePronoun(ts[j-3].start, pronouns[ts[j-3].low]), KindPerson
				return ref, ref.name != ""
			}
			if run := runLeft(ts, j-3); len(run) > 0 {
				if name := r.stripName(run); len(name) > 0 {
					if n, kind, ok := r.canonRun(run, name, run[0].start); ok {
						ref.from = indexOf(ts, run[0])
						ref.name, ref.kind = n, kind
						return ref, true
					}
				}
			}
		}
		// "quoted Wang as saying", "Interfax cited Wang as saying", "Qatar
		// News Agency quoted the foreign minister as saying"
		obj, ok := ref, false
		if run := runLeft(ts, j-1); len(run) > 0 {
			if name := r.stripName(run); len(name) > 0 {
				if n, kind, found := r.canon(joinToks(r.norm, name), run[0].start); found {
					obj.from = indexOf(ts, run[0])
					obj.name, obj.kind, ok = n, kind, true
				}
			}
		} else if j-1 > st.a && ts[j-1].word && !ts[j-1].up && ts[j-1].q < 0 {
			if ref2, found := r.role(p, st, ref, j-1); found && ref2.from < j-1 && ts[ref2.from].low == "the" {
				obj, ok = ref2, true
			}
		} else if j-1 > st.a && ts[j-1].s == "," && ts[j-1].q < 0 {
			// "quoted Jon Weiss, director of the emergency office, as
			// saying": the name right after the verb, an appositive after it
			for k := j - 2; k > st.a && k > j-18 && ts[k].q < 0; k-- {
				if ts[k].low != "quoted" && ts[k].low != "cited" {
					continue
				}
				if run := runRight(ts, k+1); len(run) > 0 && k+1+len(run) < j && ts[k+1+len(run)].s == "," {
					if name := r.stripName(run); len(name) > 0 {
						if n, kind, found := r.canonRun(run, name, run[0].start); found && kind == KindPerson {
							obj.from = k + 1
							obj.name, obj.kind, ok = n, kind, true
						}
					}
				}
				break
			}
		}
		if !ok {
			return ref, false
		}
		ref.from, ref.name, ref.kind = obj.from, obj.name, obj.kind
		if f := quotedBefore(ts, st, ref.from); f < ref.from {
			// "quoted veteran lawmaker Jane Roe as saying": lower-case
			// words describe the one quoted
			ref.from = f
		}
		if f := ref.from; f-2 >= st.a && (ts[f-1].low == "quoted" || ts[f-1].low == "cited") {
			if g := outletPhrase(ts, st, f-1); g < f-1 {
				// `"Q," the state news agency quoted Jane Roe as saying`,
				// "Baltic news agency quoted": the outlet, named or not,
				// opens the group
				ref.group = g
			}
			// "KCNA quoted Kim Yo Jong as saying": the outlet relays; a
			// quote before the outlet is the speaker's
			if orun := runLeft(ts, f-2); len(orun) > 0 {
				if on := r.stripName(orun); len(on) > 0 {
					if o, okind, found := r.canon(joinToks(r.norm, on), on[0].start); found && okind == KindOutlet {
						st.via = o
						ref.group = indexOf(ts, orun[0])
					}
				}
			}
		}
		return ref, true
	case t.word && t.low == "who" && j >= 1 && ts[j-1].s == ",":
		// "President Joe Biden, who has said he wants to end the war, met"
		if run := runLeft(ts, j-2); len(run) > 0 {
			if name := r.stripName(run); len(name) > 0 {
				if n, kind, ok := r.canon(joinToks(r.norm, name), run[0].start); ok {
					ref.from = j - 1
					ref.name, ref.kind, ref.relative = n, kind, true
					return ref, true
				}
			}
		} else if j-2 > st.a && ts[j-2].word && !ts[j-2].up && ts[j-2].q < 0 && (personRoles[ts[j-2].low] || titleWords[ts[j-2].low]) {
			// "..., according to the minister, who noted that ...": the
			// person the article gave that role
			if ref2, ok := r.role(p, st, ref, j-2); ok && ref2.kind == KindPerson && ts[ref2.from].low == "the" {
				ref.from = j - 1
				ref.name, ref.kind, ref.relative = ref2.name, ref2.kind, true
				return ref, true
			}
		}
		return ref, false
	case t.word && (t.low == "and" || t.low == "but"):
		// "Kemi Badenoch ... accused the government of X and said"
		ref2, ok := r.sentenceSubject(p, st, i)
		if !ok && len(r.out) > st.produced && r.out[st.produced].start < ts[j].start && r.out[st.produced].speaker != "" && i+1 < st.b && ts[i+1].low == "that" {
			// "The governor said A, and stressed that B": whoever the
			// sentence's first speech verb gave A to (with "that" only)
			ref2 = speakerRef{to: i + 1, from: j, name: r.out[st.produced].speaker, kind: KindOrganisation}
			if r.knownPerson(ref2.name) {
				ref2.kind = KindPerson
			}
			return ref2, true
		}
		return ref2, ok
	case t.word && participle && t.low == "by" && t.q < 0 && j > st.a+1:
		// "CN responded by saying ...", "Gatt brushed off the complaints
		// by saying ...": the means of the sentence's own act, so its
		// subject speaks
		return r.sentenceSubject(p, st, i)
	case t.word && participle && actAfterSubject(ts, st, j):
		// "Leadsom hit back saying ...", "the ministry responded saying
		// ...": a participle without its comma after the sentence's own
		// verb (shapes.go)
		return r.sentenceSubject(p, st, i)
	case t.word && participle && !t.up && t.q < 0 && quoteAfterMark(ts, st, i):
		// "X felt that more should be done saying, "Q."": a participle
		// without its comma, a quote after its own comma or colon, hangs
		// on the sentence's subject
		return r.sentenceSubject(p, st, i)
	case t.word:
		return r.role(p, st, ref, j)
	case t.s == ",":
		// ", said Karin Holm": inverted; but ", told The Associated
		// Press" names the audience, not the speaker
		if ref2, ok := r.inverted(p, st, i); ok && speechVerbs[ts[i].low] != vTell && !participleObject(ts, st, i) {
			return ref2, true
		}
		if participle && j-2 > st.a && speechVerbs[ts[j-1].low] != 0 && !strings.HasSuffix(ts[j-1].low, "ing") && ts[j-1].q < 0 && (isNameTok(ts[j-2]) || pronounWord(ts[j-2].low) && ts[j-2].q < 0) {
			// "CLAUSE, Weiss revealed, adding that ...", `"Q," he said,
			// adding that ...`: the one who spoke just before, not the
			// clause's subject
			if ref2, ok := r.subject(p, st, j-1); ok && ref2.name != "" {
				ref2.to = i + 1
				return ref2, true
			}
		}
		if participle {
			return r.sentenceSubject(p, st, i)
		}
		ref2, ok := r.appositive(p, st, j)
		if ok && ref2.to <= i {
			// "X, the predecessor, has said that": the verb group ends
			// after the verb, not after the comma
			ref2.to = i + 1
		}
		return ref2, ok
	}
	return ref, false
}

func pronounWord(low string) bool {
	return low == "he" || low == "she" || low == "they" || low == "it" || low == "we" || low == "i"
}

func indexOf(ts []tok, t tok) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		m := (lo + hi) / 2
		if ts[m].start < t.start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// invertedLists reads "said Karin Holm, Chief Executive..." after the verb
// at i with the word lists of titles and adjuncts (inverted).
func (r *reader) invertedLists(p *para, st *sent, i int) (speakerRef, bool) {
	ts := p.ts
	k := i + 1
	ref := speakerRef{inverted: true, from: i}
	if k < st.b && pronounWord(ts[k].low) && !(k+1 < st.b && surnameHe(ts[k:k+2])) {
		// (`"Q," said He Biao`: the surname He, capitalised mid-sentence)
		if k+1 < st.b && ts[k+1].word {
			// "said he was confident": a reported clause, not "said he."
			return ref, false
		}
		if g := pronouns[ts[k].low]; g != "" {
			ref.name = r.resolvePronoun(ts[k].start, g)
			ref.kind = KindPerson
			ref.to = k + 1
			return ref, ref.name != ""
		}
		return ref, false
	}
	if n, kind, e := r.documentFrom(ts, st, k); n != "" {
		// `"Q," said a statement from Jon Weiss's office`, "said a
		// communique issued by the ministry": the owner of the document
		ref.name, ref.kind, ref.to = n, kind, e
		r.docBy = mention{ts[k].start, n}
		return ref, true
	}
	if e := bodyEnd(ts, st, k); e > 0 {
		// `"Q," said the Kenyan government.`, "said Moscow police on
		// Monday": a state body in lower case after its place or
		// demonym, read as it is before the verb (role)
		if ref2, ok := r.role(p, st, speakerRef{inverted: true, to: e}, e-1); ok && !ref2.generic && ref2.name != "" {
			ref2.from, ref2.inverted, ref2.to = i, true, e
			return ref2, true
		}
	}
	if e, phrase := orgRight(r.norm, ts, k, st.b); e > k && (e == st.b || !ts[e].word || ts[e].low == "on" || ts[e].low == "in" || ts[e].low == "at") && (k >= st.b || ts[k].low != "that") {
		// "said the National Bank of Romania.", "said the Kenya National
		// Commission on Human Rights in a statement": the body's name runs
		// on through "of", "for" or "on" (orgRight)
		ref.name, ref.kind, ref.to = phrase, KindOrganisation, e
		if en, ok := r.al.Lookup(phrase); ok {
			ref.name, ref.kind = en.Canonical, en.Kind
		}
		return ref, true
	}
	if ref2, ok := r.ownerTitledInverted(ts, st, ref, k); ok {
		// "..., said the island's Gov. Edgardo Chatto." (shapes.go)
		return ref2, true
	}
	if ref2, ok := r.particleInverted(ts, st, ref, k); ok {
		// `"Q," said van Gaal.` (shapes.go)
		return ref2, true
	}
	run := runRight(ts, k)
	if len(run) == 0 && k < st.b && ts[k].word && ts[k].q < 0 && (titleWords[ts[k].low] || quoteJobNouns[ts[k].low] || jobNouns[ts[k].low] || titleModifier(ts[k]) || k+1 < st.b && personNouns[ts[k+1].low] && !ts[k].up) {
		// "said head coach Jane Roe", "said coach Jane Roe": a lower-case
		// job before the name ("said hospital employee Jane Roe": a
		// person noun after a modifier)
		m := k
		for m < st.b && m < k+3 && ts[m].word && !ts[m].up && ts[m].q < 0 && (titleWords[ts[m].low] || quoteJobNouns[ts[m].low] || jobNouns[ts[m].low] || titleModifier(ts[m]) || personNouns[ts[m].low] || m+1 < st.b && personNouns[ts[m+1].low]) {
			m++
		}
		if m > k && m < st.b && (titleWords[ts[m-1].low] || quoteJobNouns[ts[m-1].low] || jobNouns[ts[m-1].low] || personNouns[ts[m-1].low]) {
			if r2 := runRight(ts, m); len(r2) >= 2 {
				run = r2
				k = m
			}
		}
	}
	if n := len(run); n > 0 && k+n+1 < st.b && (isPossessive(run[n-1]) || (ts[k+n].s == "'" || ts[k+n].s == "’") && strings.HasSuffix(run[n-1].low, "s")) {
		// "said Capital Economics' Jane Roe", "said Acme's Jane Roe": the
		// person, not the employer
		m := k + n
		if !isPossessive(run[n-1]) {
			m++
		}
		if r2 := runRight(ts, m); len(r2) >= 2 && len(r.stripName(r2)) >= 2 {
			run = r2
			k = m
		}
	}
	if len(run) == 0 && k+1 < st.b && ts[k].low == "the" && isNameTok(ts[k+1]) && titleWords[ts[k+1].low] {
		// "said the Honourable Jane Roe, Minister of ...": a title, then
		// the name
		if r2 := runRight(ts, k+1); len(r.stripName(r2)) > 0 {
			run = r2
			k++
		}
	}
	if len(run) == 0 && k+1 < st.b && ts[k].low == "the" && ts[k].q < 0 {
		// "said the White House.", "said the Pentagon in a statement"
		if run2 := runRight(ts, k+1); len(run2) > 0 {
			e := k + 1 + len(run2)
			if e == st.b || !ts[e].word || ts[e].low == "on" || ts[e].low == "in" || ts[e].low == "at" {
				if len(run2) == 1 && personDemonym(run2[0].low) {
					// "said the Croatian": the person last named (a
					// demonym that is also a title word)
					if n := r.epithetSpeaker(ts[k].start); n != "" {
						ref.name, ref.kind, ref.to = n, KindPerson, e
						return ref, true
					}
				}
				if name := r.stripName(run2); len(name) > 0 && len(name) == len(run2) {
					var n, kind string
					var ok bool
					if len(name) == 1 && personDemonym(name[0].low) {
						// "said the Dutchman": the person last named
						n, kind = r.resolvePronoun(ts[k].start, ""), KindPerson
						ok = n != ""
					} else if n, kind, ok = r.canonRun(run2, name, run2[0].start); !ok && len(name) == 1 && !titleWords[name[0].low] && !orgWords[name[0].low] && !personRoles[name[0].low] && !demonymWords[name[0].low] && !leadWords[name[0].low] && len(r.fullIdx[name[0].low]) == 0 {
						// "said the Elysee"
						n, kind, ok = name[0].s, KindOrganisation, true
					}
					if ok && kind != KindOutlet {
						ref.name, ref.kind, ref.to = n, kind, e
						return ref, true
					}
				}
			}
		}
	}
	if ref2, ok := r.epithetInverted(ts, st, ref, k, run); ok {
		// `"Q," said a defiant Jane Roe.`
		return ref2, true
	}
	if len(run) == 0 && k+3 < st.b && (ts[k].low == "a" || ts[k].low == "an" || ts[k].low == "one") {
		// "said one resident, Jane Roe."
		m := k + 1
		for m < st.b && m < k+5 && ts[m].word && !ts[m].up && ts[m].q < 0 {
			m++
		}
		if m > k+1 && m+1 < st.b && ts[m].s == "," {
			if run2 := runRight(ts, m+1); len(run2) > 0 {
				if e := m + 1 + len(run2); e == st.b || !ts[e].word {
					if name := r.stripName(run2); len(name) > 0 {
						if n, kind, ok := r.canonRun(run2, name, run2[0].start); ok && kind == KindPerson {
							ref.name, ref.kind, ref.to = n, kind, e
							return ref, true
						}
					}
				}
			}
		}
	}
	if len(run) > 0 {
		// "said Kremlin spokesman Dmitry Peskov", "said White House press
		// secretary Karoline Leavitt": lower-case title words inside
		e := k + len(run)
		if e+1 < st.b && (ts[e].low == "of" || ts[e].low == "for") && ts[e].q < 0 {
			// "said Arizona Department of Public Safety spokesman Jon
			// Weiss": the body's name runs on with "of" before the title
			if tail := runRight(ts, e+1); len(tail) > 0 && e+1+len(tail) < st.b && !ts[e+1+len(tail)].up && titleWords[ts[e+1+len(tail)].low] {
				e += 1 + len(tail)
			}
		}
		m := e
		for m < st.b && m < e+3 && ts[m].word && !ts[m].up && ts[m].q < 0 && (titleWords[ts[m].low] || titleModifier(ts[m]) && m+1 < st.b && titleWords[ts[m+1].low]) {
			m++
		}
		if m > e && titleWords[ts[m-1].low] {
			if more := runRight(ts, m); len(more) > 0 {
				run = ts[k : m+len(more)]
			}
		} else if m == e && e+1 < st.b && ts[e].word && !ts[e].up && ts[e].q < 0 && (quoteJobNouns[ts[e].low] || jobNouns[ts[e].low]) {
			// "said Wayne volunteer Teresa Stabler", "said Ohio farmer
			// Jane Roe": a place or body, then what the person does
			if more := runRight(ts, e+1); len(more) >= 2 {
				k, run = e+1, more
			}
		} else if e+2 < st.b && ts[e].low == "in" && ts[e+1].low == "charge" && ts[e+1].q < 0 {
			// "said NWS Meteorologist in Charge Jim Meyer", "said Special
			// Agent in Charge Jane Roe": the title runs to "Charge"
			if more := runRight(ts, e+2); len(more) > 0 {
				run = ts[k : e+2+len(more)]
			}
		}
	}
	if m, run2 := descriptorName(ts, st, k, run); len(run2) > 0 {
		// "said councilmember Jane Roe", "said Eastport hotel doorman Tom
		// Grey": a description in lower case the word lists do not know,
		// then the full name ending the sentence
		k, run = m, run2
	}
	if len(run) == 0 {
		// "said the minister." / "said the North Korean leader."
		if k < st.b && ts[k].low == "the" {
			e := k + 1
			for e < st.b && ts[e].word && ts[e].q < 0 && e < k+5 {
				e++
			}
			if e > k+1 && (e == st.b || !ts[e].word) {
				if ref2, ok := r.role(p, st, speakerRef{inverted: true, to: e}, e-1); ok && !ref2.generic {
					ref2.from, ref2.inverted, ref2.to = i, true, e
					return ref2, true
				}
			}
		}
		// "said the Ministry of Foreign Affairs of Ukraine." (not "said
		// that the Joint Committee of OPEC+ discussed ...": a clause)
		if e, phrase := orgRight(r.norm, ts, k, st.b); e > k && (e == st.b || !ts[e].word) && (k >= st.b || ts[k].low != "that") {
			ref.name, ref.kind, ref.to = phrase, KindOrganisation, e
			if en, ok := r.al.Lookup(phrase); ok {
				ref.name, ref.kind = en.Canonical, en.Kind
			}
			return ref, true
		}
		// "said the company's chief executive, Jane Doe", "said the deputy
		// commissioner of Eastport, Jane Roe": a role, then the person
		if k < st.b && ts[k].low == "the" && ts[k].q < 0 {
			for m := k + 1; m < st.b && m < k+9 && ts[m].q < 0; m++ {
				if ts[m].s == "," {
					if m > k+1 && m+1 < st.b {
						if run2 := runRight(ts, m+1); len(run2) >= 2 {
							if e := m + 1 + len(run2); e == st.b || !ts[e].word {
								if name := r.stripName(run2); len(name) >= 2 {
									if n, kind, ok := r.canonRun(run2, name, run2[0].start); ok && kind == KindPerson {
										ref.name, ref.kind, ref.to = n, kind, e
										return ref, true
									}
								}
							}
						}
					}
					break
				}
				if !ts[m].word && ts[m].s != "'" && ts[m].s != "’" {
					break
				}
			}
		}
		return ref, false
	}
	end := k + len(run)
	onePerson := false // a lone name before an adjunct must be a person's
	if end < st.b && ts[end].word && !ts[end].up {
		// "said Monday that": not a name here; but "said Jane Roe of the
		// Brookings Institution" is
		if !(ts[end].low == "on" || ts[end].low == "in" || ts[end].low == "at" || (ts[end].low == "of" || affiliationWords[ts[end].low]) && len(run) >= 2 ||
			len(run) >= 2 && (ts[end].low == "after" || ts[end].low == "before" || ts[end].low == "during" || ts[end].low == "following")) {
			// ("said Jane Roe after the match" is the person)
			if !invertedAdjuncts[ts[end].low] || ts[end].q >= 0 {
				return ref, false
			}
			// `"Q," said Roe about the team's form`, "said Roe when asked":
			// a person the article named, then what the words were about
			onePerson = len(run) == 1
		}
	}
	name := r.stripName(run)
	if len(name) == 0 {
		return ref, false
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if !ok && len(name) == 1 && len(run) == 1 && end+1 < st.b && ts[end].s == "," && (personAppositive(ts[end+1:min(st.b, end+5)]) || r.personDescription(ts, st, end+1)) {
		// `"Q," said Amina, a 32-year-old mother of three`, `"We are
		// tired," said Ahmed, a 34-year-old taxi driver.`: a first name
		// alone, described as a person
		n, kind, ok = name[0].s, KindPerson, true
		if r.single == nil {
			r.single = map[string]bool{}
		}
		r.single[n] = true
	}
	if !ok && len(name) == 1 && len(run) == 1 && i > st.a && !ts[i-1].word && (ts[i-1].s == "," || quoteMark(ts[i-1].s)) && (end == st.b || !ts[end].word || ts[end].low == "on" || ts[end].low == "in" || ts[end].low == "at") && r.tagWord(name[0]) {
		// `"Q," said Interpol.`, "CLAUSE, said Gomez.": one capitalised
		// word closing the attribution tag names who spoke (tagName)
		n, kind, ok = name[0].s, KindOrganisation, true
	}
	if !ok || onePerson && kind != KindPerson {
		return ref, false
	}
	ref.name, ref.kind, ref.to = n, kind, end
	return ref, true
}

// epithetInverted reads an inverted attribution whose name comes after
// "a", "an" or "the" and one to three lower-case modifiers (`"Q," said a
// defiant Jane Roe.`, "said an emotional Roe", "said the embattled Jon
// Weiss"): the person the name stands for, the modifiers only describing
// the mood or the moment. The name ends the attribution.
func (r *reader) epithetInverted(ts []tok, st *sent, ref speakerRef, k int, run []tok) (speakerRef, bool) {
	if len(run) > 0 || k+2 >= st.b || ts[k].q >= 0 || !(ts[k].low == "a" || ts[k].low == "an" || ts[k].low == "the") {
		return ref, false
	}
	m := k + 1
	for m < st.b && m < k+4 && epithetModifier(ts[m]) {
		m++
	}
	if m == k+1 || m >= st.b || m-1 > k+1 && governsName(ts[m-1]) && !strings.HasSuffix(ts[m-2].low, "ly") {
		// "said a lawyer representing Jane Roe", "said a man named Jon
		// Weiss": a verb's object; but "said a visibly relieved Jane Roe"
		return ref, false
	}
	run2 := runRight(ts, m)
	if len(run2) == 0 {
		return ref, false
	}
	if e := m + len(run2); e < st.b && ts[e].word && ts[e].low != "on" && ts[e].low != "in" && ts[e].low != "at" {
		return ref, false
	}
	name := r.stripName(run2)
	if len(name) == 0 || len(name) != len(run2) {
		return ref, false
	}
	n, kind, ok := r.canonRun(run2, name, run2[0].start)
	if !ok || kind != KindPerson {
		return ref, false
	}
	ref.name, ref.kind, ref.to = n, kind, m+len(run2)
	return ref, true
}

// epithetModifier reports whether t may describe a person between an
// article and the name: a lower-case word outside quotes that is no
// function word, verb form of speech or title ("defiant", "visibly
// emotional", "71-year-old").
func epithetModifier(t tok) bool {
	if !t.word || t.up || t.q >= 0 || leadWords[t.low] || namePrepositions[t.low] || auxWords[t.low] || pronouns[t.low] != "" || speechVerbs[t.low] != 0 {
		return false
	}
	return !titleWords[t.low] && !orgWords[t.low] && t.low != "that" && t.low != "who" && t.low != "which"
}

// placeOwnedBody returns the token of the place's possessive when the
// subject ending at ts[j] is "the", a place of placeOwners in the
// possessive and lower case, then one to three lower-case words ending in
// a body's word ("the state's security agency"), else -1.
func placeOwnedBody(ts []tok, st *sent, j int) int {
	if ts[j].up || !ts[j].word || ts[j].q >= 0 || !(orgWords[ts[j].low] || govBodies[ts[j].low]) || personRoles[ts[j].low] {
		return -1
	}
	for o := j - 1; o > st.a && o >= j-3; o-- {
		t := ts[o]
		if !t.word || t.up || t.q >= 0 {
			return -1
		}
		if isPossessive(t) {
			if ts[o-1].low != "the" || !placeOwners[strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")] {
				return -1
			}
			return o
		}
	}
	return -1
}

// placeOwners are the places whose possessive, in lower case, names the
// owner of a body: "the state's security agency", "the city's police".
var placeOwners = set(`state city country province region county district island nation municipality`)

// affiliationWords join a person's name to the body the person works for:
// "Jane Roe with the Eastport Police Department", "Jane Roe from Acme".
var affiliationWords = set(`with from`)

// bodyEnd returns the end of "the Kenyan government", "Moscow police" or
// "the Delhi government" standing at k after an inverted speech verb: at
// most four capitalised words (after an optional "the"), then a state body
// in lower case (govBodies), then the sentence's end, a punctuation mark or
// "on"/"in"/"at". Else 0.
func bodyEnd(ts []tok, st *sent, k int) int {
	m := k
	if m < st.b && ts[m].low == "the" && ts[m].q < 0 {
		m++
	}
	n := m
	for n < st.b && n < m+4 && isNameTok(ts[n]) && ts[n].q < 0 && !isPossessive(ts[n]) {
		n++
	}
	if n == m || n >= st.b || ts[n].up || ts[n].q >= 0 || !govBodies[ts[n].low] {
		return 0
	}
	if e := n + 1; e == st.b || !ts[e].word || ts[e].low == "on" || ts[e].low == "in" || ts[e].low == "at" {
		return e
	}
	return 0
}

// invertedAdjuncts may follow the name in an inverted attribution ("said
// Jane Roe about the team", "said Roe when asked about ...").
var invertedAdjuncts = set(`about when while after before during following ahead`)

// descriptorName finds the name after a description in lower case in an
// inverted attribution: at k (after "said") an optional run of capitals
// (run, "Eastport"), one to three lower-case nouns ("hotel doorman",
// "councilmember"), then a name of two words or more that ends the sentence
// or stands before a comma. It returns where the name starts and its run,
// or no run when the words are not so ("said Monday that", "said in a
// statement", "said local officials would ...").
func descriptorName(ts []tok, st *sent, k int, run []tok) (int, []tok) {
	m := k + len(run)
	if len(run) > 3 || m >= st.b || len(run) > 0 && len(run) == len(ts[k:m]) && !ts[m].word {
		return k, nil
	}
	n := m
	for n < st.b && n < m+3 && descriptorWord(ts[n]) {
		n++
	}
	if n == m || n >= st.b {
		return k, nil
	}
	name := runRight(ts, n)
	if len(name) < 2 || len(name) > 4 {
		return k, nil
	}
	if e := n + len(name); e < st.b && (ts[e].word || ts[e].s != "," && ts[e].s != "." && ts[e].s != ";") {
		return k, nil
	}
	return n, name
}

// descriptorWord reports whether t is a lower-case noun that may describe
// a person before the name ("doorman", "councilmember"): no function word,
// auxiliary, adverb in -ly, time word, verb of speech or participle.
func descriptorWord(t tok) bool {
	if !t.word || t.up || t.q >= 0 || len(t.low) < 3 {
		return false
	}
	l := t.low
	return !leadWords[l] && !auxWords[l] && !timeWords[l] && !adjunctStart[l] && speechVerbs[l] == 0 && !strings.HasSuffix(l, "ly") &&
		!strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ed") && !strings.ContainsAny(l, "0123456789")
}

// personAppositive reports whether the words after a comma describe a
// person: an age ("54,", "a 32-year-old") or "a/an" and a person's noun.
func personAppositive(ts []tok) bool {
	if len(ts) == 0 || !ts[0].word {
		return false
	}
	if c := ts[0].low[0]; c >= '0' && c <= '9' && len(ts[0].low) <= 3 {
		return len(ts) == 1 || !ts[1].word
	}
	if ts[0].low != "a" && ts[0].low != "an" {
		return false
	}
	for _, t := range ts[1:] {
		if !t.word {
			return false
		}
		if strings.HasSuffix(t.low, "-year-old") || personNouns[t.low] || personRoles[t.low] {
			return true
		}
	}
	return false
}

// titledPerson is the person the article titles with role: the last one
// titled so before pos (when the alias table or the article knows the
// name), else the first one titled so after pos.
func (r *reader) titledPerson(role string, pos int) (string, string, bool) {
	if full := r.titledBefore(role, role, pos); full != "" {
		if n, kind, ok := r.canon(full, pos); ok {
			return n, kind, true
		}
	}
	if full := r.titledAfter(role, pos); full != "" {
		if n, kind, ok := r.canon(full, pos); ok {
			return n, kind, true
		}
		return full, KindPerson, true
	}
	return "", "", false
}

// role reads "the leader said", "North Korean state media reported", "the
// North Korean leader said" ending at token j.
func (r *reader) role(p *para, st *sent, ref speakerRef, j int) (speakerRef, bool) {
	ts := p.ts
	if b := j - 1; unnamedRoles[ts[j].low] && !ts[j].up && b > st.a && ts[b].q < 0 && !ts[b].up && (ts[b-1].low == "the" || ts[b-1].low == "a" || ts[b-1].low == "an") {
		// "The ministry's spokesman said", "a ministry spokesman said":
		// an unnamed spokesperson speaks for the body the article named
		w := strings.TrimSuffix(strings.TrimSuffix(ts[b].low, "'s"), "’s")
		if orgRoles[w] && !personRoles[w] {
			if n := r.lastOrg(ts[j].start, w); n != "" {
				ref.from, ref.name, ref.kind = b-1, n, KindOrganisation
				return ref, true
			}
			for i := len(r.subjects) - 1; i >= 0; i-- {
				if m := r.subjects[i]; m.pos < ts[j].start && strings.Contains(strings.ToLower(m.name), w) {
					ref.from, ref.name, ref.kind = b-1, m.name, KindOrganisation
					return ref, true
				}
			}
			if n := lastMention(r.subjects, ts[j].start); businessRoles[w] && n != "" && !r.knownPerson(n) {
				// "Coastal Mining Corp has faced criticism. \"Q,\" a
				// company spokesman said": no organisation spoke yet;
				// the last one a sentence opened with, as for "the
				// company said"
				ref.from, ref.name, ref.kind = b-1, n, KindOrganisation
				return ref, true
			}
			if w == "military" || w == "army" {
				// "a military spokesman said", no armed forces named: the
				// military, under the article's word
				ref.from, ref.name, ref.kind = b-1, r.armedOr(w), KindOrganisation
				r.anonBody = mention{ts[b-1].start, ref.name}
				return ref, true
			}
		}
	}
	if o := placeOwnedBody(ts, st, j); o >= 0 {
		// "the state's security agency said", "the city's transit
		// authority said": a body named by the place that owns it, the
		// place left unnamed
		ref.from, ref.name, ref.kind = o-1, r.norm[ts[o].start:ts[j].end], KindOrganisation
		phrase := strings.ToLower(r.norm[ts[o+1].start:ts[j].end])
		for i := len(r.orgs) - 1; i >= 0; i-- {
			if m := r.orgs[i]; m.pos < ts[j].start && strings.HasSuffix(strings.ToLower(m.name), phrase) {
				// "The country's central bank said" after "The Borduria
				// Central Bank said": the body the article named
				ref.name = m.name
				break
			}
		}
		return ref, true
	}
	if j-2 >= st.a && ts[j-1].low == "of" && personRoles[ts[j-2].low] && bodyModifiers[ts[j].low] && !ts[j].up && !ts[j-2].up && ts[j].q < 0 {
		// "Congo's minister of health says": the role before "of" a
		// portfolio (the article titles "Health Minister Jane Roe" so);
		// not "the mayor's chief of staff, Jane Roe"
		return r.role(p, st, ref, j-2)
	}
	k := j
	for k > st.a && k > j-6 && ts[k-1].word && ts[k-1].q < 0 && !speechVerbLike(ts[k-1].low) {
		k--
		if ts[k].low == "the" {
			break
		}
	}
	if k > st.a && ts[k].low == "the" && namePrepositions[ts[k-1].low] && ts[k-1].q < 0 && !(k-2 >= st.a && (documentNouns[ts[k-2].low] || ts[k-2].low == "according")) && !spokespersonFor(ts, st, k+1) {
		// "A source close to the group said": the group is not the
		// subject; but "a readout from the ministry said" is the
		// ministry's, and "a spokesperson for the group said" the
		// group's
		return ref, false
	}
	if (ts[j].low == "army" || ts[j].low == "military") && len(r.armed) > 0 && j-k <= 2 && (ts[k].low == "the" || isPossessive(ts[k])) {
		// "Sudan's army said" when the article names the armed forces
		// ("the Sudanese Armed Forces"): that name
		ref.from = k
		ref.name, ref.kind = r.armed[0].name, KindOrganisation
		if e, ok := r.al.Lookup(ref.name); ok {
			ref.name, ref.kind = e.Canonical, e.Kind
		}
		return ref, true
	}
	if (ts[j].low == "officer" || ts[j].low == "trooper") && j == k+1 && ts[k].low == "the" && !ts[j].up {
		// `"Q," the officer said` after "Lt. Col. Jane Roe": the person
		// last named with a police or military rank (pagerules.go)
		if n := r.rankHolder(ts[j].start); n != "" {
			ref.from, ref.name, ref.kind = k, n, KindPerson
			if cn, kind, ok := r.canon(n, ts[j].start); ok {
				ref.name, ref.kind = cn, kind
			}
			return ref, true
		}
	}
	if ts[j].low == "department" && j == k+1 && ts[k].low == "the" && !ts[j].up {
		// "..., the department said" after "Detroit police said": the
		// police force that spoke last is the department
		if n := r.lastPolice(ts[j].start); n != "" {
			ref.from, ref.name, ref.kind = k, n, KindOrganisation
			return ref, true
		}
	}
	if ts[j].low == "police" && !ts[j].up {
		// "the police said", "US police say", "Moscow police confirmed"
		// (naming.go)
		if ref2, ok := r.policeRef(ts, st, ref, j); ok {
			return ref2, true
		}
	}
	if govBodies[ts[j].low] {
		if ref2, ok := r.lowerBody(ts, st, ref, j, true); ok {
			return ref2, true
		}
	}
	if ref2, ok := r.roleShapes(ts, st, ref, j); ok {
		// "the RJD tweet said", "The party added" (shapes.go)
		return ref2, true
	}
	if (ts[j].low == "readout" || ts[j].low == "statement") && j-1 >= st.a && isNameTok(ts[j-1]) && isPossessive(ts[j-1]) && ts[j-1].q < 0 {
		// "Mary Lane's statement said": the owner's, not the last
		// speaker's
		if run := runLeft(ts, j-1); len(run) > 0 {
			own := ownerRun(run)
			if name := r.stripName(own); len(name) > 0 {
				if cn, kind, ok := r.canonRun(own, name, name[0].start); ok && kind != KindOutlet {
					ref.from = indexOf(ts, run[0])
					ref.name, ref.kind = cn, kind
					return ref, true
				}
			}
		}
	}
	if (ts[j].low == "readout" || ts[j].low == "statement") && j-2 >= st.a && (ts[j-1].low == "military" || ts[j-1].low == "army") && !ts[j-1].up && ts[j-1].q < 0 && (ts[j-2].low == "a" || ts[j-2].low == "an" || ts[j-2].low == "the") {
		// "a military statement said": the military's, as "a military
		// spokesman said" is
		ref.from, ref.name, ref.kind = j-2, r.armedOr(ts[j-1].low), KindOrganisation
		r.stmtBy = ref.name // (a later "the statement said")
		return ref, true
	}
	if (ts[j].low == "readout" || ts[j].low == "statement") && j-1 >= st.a && isNameTok(ts[j-1]) {
		// "The White House readout said", "a Kremlin statement said": a
		// readout is the organisation's statement
		if run := runLeft(ts, j-1); len(run) > 0 {
			if name := r.stripName(run); len(name) > 0 {
				if n, kind, ok := r.canonRun(run, name, run[0].start); ok && kind != KindOutlet {
					ref.from = k
					ref.name, ref.kind = n, kind
					return ref, true
				}
			}
		}
	}
	if delegationNouns[ts[j].low] {
		// "China's representative said": the delegation
		if j-1 >= st.a && isPossessive(ts[j-1]) && isNameTok(ts[j-1]) {
			if run := runLeft(ts, j-1); len(run) > 0 {
				last := run[len(run)-1]
				for len(run) > 1 && leadWords[run[0].low] {
					run = run[1:]
				}
				if end := last.end - len("'s"); end > run[0].start {
					ref.from = indexOf(ts, run[0])
					if ref.from > st.a && ts[ref.from-1].low == "the" {
						ref.from--
					}
					ref.name, ref.kind = r.delegationName(r.norm[run[0].start:end])
					return ref, true
				}
			}
		}
		// "the permanent observer urged": the delegation the sentence
		// opened with, or nobody
		return r.speakingFor(ts, st, ref, k)
	}
	if ts[j].low == "office" && j-1 >= st.a && (ts[j-1].low == "his" || ts[j-1].low == "her") && ts[j-1].q < 0 {
		// "..., his office said": the office speaks for the person the
		// pronoun refers to
		g := map[string]string{"his": "m", "her": "f"}[ts[j-1].low]
		ref.from = j - 1
		ref.name, ref.kind = r.resolvePronoun(ts[j-1].start, g), KindPerson
		return ref, ref.name != ""
	}
	if ts[j].low == "office" && j-2 >= st.a && (ts[j-1].s == "'" || ts[j-1].s == "’") && ts[j-1].start == ts[j-2].end && isNameTok(ts[j-2]) && strings.HasSuffix(ts[j-2].low, "s") {
		// "Bellows' office said": a possessive written with the
		// apostrophe alone (naming.go)
		if n := r.apostropheOwner(ts, j-2); n != "" {
			ref.from = j - 2
			if lr := runLeft(ts, j-2); len(lr) > 0 {
				ref.from = indexOf(ts, lr[0])
			}
			ref.name, ref.kind = n, KindPerson
			return ref, true
		}
	}
	if ts[j].low == "office" && j-1 >= st.a && isPossessive(ts[j-1]) {
		// "Prime Minister Benjamin Netanyahu's office said": the office
		// speaks for its holder
		if run := runLeft(ts, j-1); len(run) > 0 {
			last := run[len(run)-1]
			nameEnd := last.end - len("'s")
			if strings.HasSuffix(last.s, "’s") {
				// (the curly apostrophe is three bytes: cutting two
				// split it, FuzzExtract "A0 A’s offiCe sAid")
				nameEnd = last.end - len("’s")
			}
			start := last.start
			if pre := r.stripName(run[:len(run)-1]); len(pre) > 0 {
				start = pre[0].start
			}
			if owner := strings.TrimSuffix(strings.TrimSuffix(last.low, "'s"), "’s"); isTitleWord(owner) && !(len(run) >= 2 && titleSurname(ownerRun(run))) {
				// "the Eastport County Sheriff's Office": a place and a
				// title, no person's name
				nameEnd = start
			}
			if nameEnd > start {
				if n, kind, ok := r.canon(r.norm[start:nameEnd], start); ok && kind == KindPerson {
					ref.from = indexOf(ts, run[0])
					ref.name, ref.kind = n, kind
					return ref, true
				}
			}
		}
		// "the Prime Minister's Office said", "the president's office
		// said": the person the article gave that title (naming.go)
		f := j - 1
		for f-1 >= st.a && ts[f-1].word && ts[f-1].q < 0 && isTitleWord(strings.TrimSuffix(ts[f-1].low, ".")) {
			f--
		}
		title := strings.TrimSuffix(strings.TrimSuffix(r.norm[ts[f].start:ts[j-1].end], "'s"), "’s")
		if n := r.namedOffice(title); n != "" && !ts[j].up && !ts[j-1].up {
			// "according to the sheriff's office" where the article
			// names the "Yavapai County Sheriff's Office": that body,
			// not the sheriff
			ref.from = f
			if f > st.a && ts[f-1].low == "the" {
				ref.from = f - 1
			}
			ref.name, ref.kind = n, KindOrganisation
			return ref, true
		}
		if n, ok := r.officeHolder(title, ts[j].start); ok {
			ref.from = f
			if f > st.a && ts[f-1].low == "the" {
				ref.from = f - 1
			}
			ref.name, ref.kind = n, KindPerson
			return ref, true
		}
		if run := runLeft(ts, j-1); ts[j].up && len(run) >= 2 && f > indexOf(ts, run[0]) && isTitleWord(strings.TrimSuffix(strings.TrimSuffix(ts[j-1].low, "'s"), "’s")) {
			// "the Eastport County Sheriff's Office said" with no sheriff
			// named: the office under its own capitalised name
			if pre := r.stripName(ts[indexOf(ts, run[0]):f]); len(pre) > 0 {
				ref.from = indexOf(ts, pre[0])
				if ref.from > st.a && ts[ref.from-1].low == "the" {
					ref.from--
				}
				ref.name, ref.kind = r.norm[pre[0].start:ts[j].end], KindOrganisation
				return ref, true
			}
		}
	}
	if adminNouns[ts[j].low] && !ts[j].up && j-1 >= st.a && isNameTok(ts[j-1]) && !isPossessive(ts[j-1]) && ts[j-1].q < 0 {
		// "Gaziantep governorate said", "the Eastport municipality said":
		// a place's administration, named with its kind
		f := j - 1
		for f-1 >= st.a && isNameTok(ts[f-1]) && ts[f-1].q < 0 {
			f--
		}
		if name := r.stripName(ts[f:j]); len(name) > 0 && isNameTok(name[0]) {
			ref.from = f
			if f > st.a && ts[f-1].low == "the" {
				ref.from = f - 1
			}
			ref.name, ref.kind = r.norm[name[0].start:ts[j].end], KindOrganisation
			return ref, true
		}
	}
	if orgTypeNouns[ts[j].low] && j-1 >= st.a && isNameTok(ts[j-1]) && !isPossessive(ts[j-1]) {
		// "The United Food and Commercial Workers union said", "the
		// Wagner group said": the name before a lower-case kind of
		// organisation is the organisation
		f := j - 1
		for f-1 >= st.a && (isNameTok(ts[f-1]) || (f-2 >= st.a && (ts[f-1].low == "and" || ts[f-1].low == "of" || ts[f-1].low == "for") && isNameTok(ts[f-2]))) {
			f--
		}
		if name := r.stripName(ts[f:j]); len(name) > 0 && isNameTok(name[0]) {
			phrase := r.norm[name[0].start:ts[j-1].end]
			ref.from = f
			if f > st.a && ts[f-1].low == "the" {
				ref.from = f - 1
			}
			ref.name, ref.kind = phrase, KindOrganisation
			if e, ok := r.al.Lookup(phrase); ok {
				ref.name, ref.kind = e.Canonical, e.Kind
			}
			return ref, true
		}
		if f < j && len(r.stripName(ts[f:j])) == 0 && titleWords[ts[j-1].low] && ts[j].low == "group" {
			// "The Liberal Democrat group said", "the Labour group said":
			// a party's group (on a council, in a parliament), named with
			// its kind
			ref.from = f
			if f > st.a && ts[f-1].low == "the" {
				ref.from = f - 1
			}
			ref.name, ref.kind = r.norm[ts[f].start:ts[j].end], KindOrganisation
			return ref, true
		}
	}
	ref.from = k
	words := make([]string, 0, j-k+1)
	for _, t := range ts[k : j+1] {
		if t.low != "the" {
			words = append(words, t.s)
		}
	}
	phrase := strings.Join(words, " ")
	if _, ok := r.al.role(phrase); ok {
		// "the South Korean president said": the article's own holder
		// of the office before the table's (naming.go)
		ref.name, ref.kind, ok = r.roleSpeaker(phrase, ts[j].start)
		return ref, ok
	}
	if len(words) >= 2 && ts[k].q < 0 && (isNameTok(ts[k]) || ts[k].low == "the" && isNameTok(ts[k+1])) {
		// "the UN refugee agency said": an alias of the table that opens
		// with a name and goes on in lower case
		if e, ok := r.al.Lookup(phrase); ok {
			ref.name, ref.kind = e.Canonical, e.Kind
			return ref, true
		}
	}
	// "Yonhap News Agency", "state media", "the news agency"
	last := ts[j].low
	if last == "agency" && ts[k].low == "the" && j == k+1 {
		// "The agency said" after "the Public Health Agency of Canada
		// confirmed": the government agency that spoke (naming.go)
		if n := r.agencyBefore(ts[j].start); n != "" {
			ref.name, ref.kind = n, KindOrganisation
			return ref, true
		}
	}
	if last == "agency" && ts[k].low == "the" && j > k+1 {
		// "the disaster agency said" after "Disaster Management Agency
		// spokesman NAME": that body, not a news agency (pagerules.go)
		if n := r.namedBodyFor(ts[k+1:j], last, ts[j].start); n != "" {
			ref.from, ref.name, ref.kind = k, n, KindOrganisation
			return ref, true
		}
	}
	if last == "agency" && ts[k].low == "the" && !ts[j].up && !(j > k+1 && (ts[j-1].low == "news" || ts[j-1].low == "press" || ts[j-1].low == "state")) {
		// "The agency said", "the public health agency said" after "The
		// Nigeria Centre for Disease Control has reported ..., it said":
		// the public body that spoke last, when no news agency or outlet
		// came between
		if n := r.bodyBefore(ts[j].start); n != "" {
			ref.from, ref.name, ref.kind = k, n, KindOrganisation
			return ref, true
		}
	}
	if mediaNouns[last] {
		m := j - 1
		for m > st.a && !ts[m].up && ts[m].q < 0 && (mediaNouns[ts[m].low] || ts[m].low == "news" || ts[m].low == "state") {
			m--
		}
		if m >= st.a && m < j && isNameTok(ts[m]) && ts[m].q < 0 && !demonymWords[ts[m].low] && !demonymLike(ts[m].low) {
			// "Yonhap news agency reported", "the Aftenposten newspaper
			// said": the outlet's name before its kind
			if run := runLeft(ts, m); len(run) > 0 {
				if name := r.stripName(run); len(name) > 0 {
					n := joinToks(r.norm, name)
					if cn, kind, ok := r.canon(n, name[0].start); ok && kind == KindOutlet {
						n = cn
					}
					ref.from = indexOf(ts, run[0])
					if ref.from > st.a && ts[ref.from-1].low == "the" {
						ref.from--
					}
					ref.name, ref.kind = n, KindOutlet
					return ref, true
				}
			}
		}
		ref.generic = true
		ref.kind = KindOutlet
		return ref, true
	}
	if k == j && j == st.a && ts[j].up && ts[j].q < 0 && !ref.inverted && (titleWords[last] || personRoles[last]) {
		// "Minister said ...": a title alone opening the sentence, its
		// article left out (translated copy): the person titled so
		if full := r.titledBefore(last, last, ts[j].start); full != "" {
			if n, kind, ok := r.canon(full, ts[j].start); ok && kind == KindPerson {
				ref.name, ref.kind = n, kind
				return ref, true
			}
		}
	}
	if k == j && ts[j].up && ts[j].q < 0 && !ref.inverted && surnameTitles[last] && (j == st.a || ts[j-1].s == "," || quoteMark(ts[j-1].s)) &&
		!r.writesLower(last) && !titleBeforeName(r.norm, ts[j].s) && r.titledBefore(last, last, ts[j].start) == "" && r.titledAfter(last, ts[j].start) == "" {
		// "Sultan said ...", `"Q," King said`: a surname that is also a
		// title, alone, with no article before it and nobody the article
		// titles so, is the person of that name
		ref.name, ref.kind = ts[j].s, KindPerson
		if n, kind, ok := r.canon(ts[j].s, ts[j].start); ok && kind == KindPerson {
			ref.name = n
		}
		return ref, true
	}
	if ts[k].low == "the" && (j-k <= 3 || j-k == 4 && personRoles[last]) {
		// "the mayor": the person the article named with that title
		// ("the Chinese foreign ministry spokesperson" too)
		role := strings.ToLower(strings.Join(words, " "))
		if full := r.titledBefore(last, role, ts[j].start); full != "" {
			if n, kind, ok := r.canon(full, ts[j].start); ok {
				ref.name, ref.kind = n, kind
				return ref, true
			}
		}
	}
	if (last == "army" || last == "military") && (ts[k].low == "the" || isPossessive(ts[k])) && j-k <= 2 {
		dem := j-k == 2 && (demonymWords[ts[j-1].low] || countryInitials[ts[j-1].s]) && ts[j-1].up
		switch {
		case len(r.armed) > 0 && (j-k == 1 || dem):
			// "Sudan's army said", "the military said": the armed forces
			// the article names
			ref.name, ref.kind = r.armed[0].name, KindOrganisation
			if e, ok := r.al.Lookup(ref.name); ok {
				ref.name, ref.kind = e.Canonical, e.Kind
			}
			return ref, true
		case dem:
			// "the Israeli military said", none named: under that name
			ref.name, ref.kind = joinToks(r.norm, ts[j-1:j+1]), KindOrganisation
			return ref, true
		case j-k == 1 && ts[k].low == "the":
			// "the military added": the one that spoke before; none: the
			// military, under the article's word ("the army said")
			ref.name, ref.kind = r.lastOrg(ts[j].start, last), KindOrganisation
			if ref.name == "" {
				ref.name = last
			}
			return ref, true
		}
	}
	for m := k; m < j; m++ {
		if ts[m].low == "statement" && (ts[j].low == "website" || ts[j].low == "account" || ts[j].low == "page" || ts[j].low == "channel") && m+2 < j && (ts[m+2].low == "his" || ts[m+2].low == "her") {
			// "a statement on his website said": the owner of the website
			ref.name = r.resolvePronoun(ts[m+2].start, map[string]string{"his": "m", "her": "f"}[ts[m+2].low])
			ref.kind = KindPerson
			return ref, ref.name != ""
		}
	}
	if ts[k].low == "the" && j-k == 1 && documentNouns[last] && r.stmtBy == jointStatement {
		// "..., the statement said" after "a joint statement by the two
		// companies": more than one speaker, none alone
		return ref, false
	}
	if ts[k].low == "the" && j-k == 1 && last == "statement" && r.stmtBy != "" {
		// "..., the statement added": whoever the article said made the
		// statement
		ref.name, ref.kind = r.stmtBy, KindOrganisation
		return ref, true
	}
	if ds := r.described[last]; ts[k].low == "the" && j-k == 1 && len(ds) > 0 && !personRoles[last] && !orgRoles[last] {
		// "the paramilitary said" after "the paramilitary Rapid Support
		// Forces": the name the article put the word before
		if n := lastMention(ds, ts[j].start); n != "" {
			ref.name, ref.kind = n, KindOrganisation
			if e, ok := r.al.Lookup(n); ok {
				ref.name, ref.kind = e.Canonical, e.Kind
			} else if cn, kind, ok := r.canon(n, ts[j].start); ok {
				ref.name, ref.kind = cn, kind
			}
			return ref, true
		}
	}
	if ts[k].low == "the" && j == k+1 && documentNouns[last] {
		// `"We demand a halt," the statement said.`: the speaker of the
		// statement just reported, or the name the last sentences opened
		// with ("Amnesty published a report. The report said ...")
		ref.name, ref.kind = r.documentOwner(ts[j].start)
		if n := r.docIt(ts[st.a].start); n != "" && ref.name == "" {
			// the document that spoke last, across a paragraph between
			ref.name, ref.kind = n, KindOrganisation
			if r.knownPerson(n) || len(r.mentPos[n]) > 0 {
				ref.kind = KindPerson
			}
		}
		if ref.name != "" {
			r.docBy = mention{ts[j].start, ref.name}
		}
		return ref, ref.name != ""
	}
	if d := theBefore(ts, st, j); d >= 0 && last == "office" && j-1 > d && isPossessive(ts[j-1]) && !ts[j-1].up {
		// "the Japanese prime minister's office tweeted": the person the
		// article gives the title, else the office itself
		w := strings.TrimSuffix(strings.TrimSuffix(ts[j-1].low, "'s"), "’s")
		if titleWords[w] {
			role := w
			if j-2 > d && titleWords[ts[j-2].low] && !ts[j-2].up {
				role = ts[j-2].low + " " + w // "prime minister"
			}
			ref.from = d
			if full := r.titledBefore(w, role, ts[j].start); full != "" {
				ref.name, ref.kind = full, KindPerson
				if n, kind, ok := r.canon(full, ts[j].start); ok {
					ref.name, ref.kind = n, kind
				}
				return ref, true
			}
			if demonymWords[ts[d+1].low] || demonymLike(ts[d+1].low) {
				// (an office with no country, "the president's office",
				// is nobody's when the article names no president)
				ref.name, ref.kind = r.norm[ts[d+1].start:ts[j].end], KindOrganisation
				return ref, true
			}
			return ref, false
		}
	}
	if d := theBefore(ts, st, j); d >= 0 && (last == "panel" || last == "bench") {
		// "the three-member panel said", "the full bench ruled": the
		// court the article last named (a panel of judges speaks for it)
		k = d
		for _, ms := range [][]mention{r.orgs, r.subjects} {
			for i := len(ms) - 1; i >= 0 && ref.name == ""; i-- {
				if m := ms[i]; m.pos < ts[j].start && (strings.Contains(m.name, "Court") || strings.Contains(m.name, "Tribunal")) {
					ref.name = m.name
				}
			}
		}
		ref.from, ref.kind = k, KindOrganisation
		return ref, ref.name != ""
	}
	if last == "board" && !ts[j].up {
		// "The central bank's managing board said": the board speaks for
		// the body its owner names, as "the central bank said" would
		o := j - 1
		if o > st.a && !isPossessive(ts[o]) && ts[o].word && !ts[o].up && ts[o].q < 0 {
			o-- // "managing", "executive"
		}
		if o > st.a && isPossessive(ts[o]) && !ts[o].up && ts[o].q < 0 {
			w := strings.TrimSuffix(strings.TrimSuffix(ts[o].low, "'s"), "’s")
			if orgRoles[w] && !personRoles[w] {
				if n := r.lastOrg(ts[j].start, w); n != "" {
					ref.from, ref.name, ref.kind = o, n, KindOrganisation
					return ref, true
				}
				for i := len(r.subjects) - 1; i >= 0; i-- {
					if m := r.subjects[i]; m.pos < ts[j].start && strings.Contains(strings.ToLower(m.name), w) {
						ref.from, ref.name, ref.kind = o, m.name, KindOrganisation
						return ref, true
					}
				}
			}
		}
	}
	if ts[k].low == "the" && last == "board" && j-k == 1 {
		// "The board insists that ...": the one board the article named
		if n := r.namedBody(last, ts[j].start); n != "" {
			ref.from, ref.name, ref.kind = k, n, KindOrganisation
			return ref, true
		}
	}
	if ts[k].low == "the" && orgRoles[last] && (j-k <= 2 || j-k == 3 && businessRoles[last] && !ts[j-1].up) {
		// (also "the Swiss pharmaceuticals company said")
		// "The company said": the organisation that last spoke
		ref.name = r.lastOrg(ts[j].start, last)
		if n := r.sameSentenceOrg(ts, st, k); n != "" && businessRoles[last] {
			// "Shares of Acme Corp fell after the company said ...":
			// the company the sentence itself named (naming.go)
			ref.name = n
		}
		if ref.name == "" && businessRoles[last] {
			// "Chelsea have sacked ..., the club said": no organisation
			// spoke yet; the last one a sentence opened with
			for i := len(r.subjects) - 1; i >= 0; i-- {
				// (no union: "The UMWA said ... The company said")
				if m := r.subjects[i]; m.pos < ts[j].start && !r.labourBody(m.name, m.pos) {
					ref.name = m.name
					break
				}
			}
			if ref.name != "" && r.knownPerson(ref.name) {
				// (never a person: "United manager Sven Olsen was
				// less pleased. The club said ...")
				ref.name = ""
			}
		}
		if ref.name == "" && !businessRoles[last] {
			// "The Department of Homeland Security did not respond. A
			// spokesperson for the department said ...": the body a
			// sentence opened with, its name holding the word
			for i := len(r.subjects) - 1; i >= 0; i-- {
				if m := r.subjects[i]; m.pos < ts[j].start && strings.Contains(strings.ToLower(m.name), last) {
					ref.name = m.name
					break
				}
			}
		}
		if ref.name == "" && bodyRoles[last] {
			// "the commission said" when no commission is named
			ref.name = r.bodyNamed(ts[k+1:j], last, ts[j].start)
		}
		if ref.name == "" && !businessRoles[last] && k == st.a && st.first {
			// a lead's "The union said ..." before the next sentence
			// names it ("The Baltic Dockers Union made the announcement")
			ref.name = r.namedNext(p, st, last)
		}
		ref.kind = KindOrganisation
		return ref, ref.name != ""
	}
	if isPossessive(ts[k]) && isNameTok(ts[k]) && j-k <= 3 && !ts[j].up && (orgWords[last] || last == "force" || last == "guard") && !personRoles[last] && !mediaNouns[last] {
		// "China's foreign ministry said", "Ukraine's air force said": the
		// organisation under the article's words, or the name of one that
		// spoke before and ends so ("Chinese Foreign Ministry")
		owner := strings.TrimSuffix(strings.TrimSuffix(ts[k].s, "'s"), "’s")
		lower := !(owner != "" && r.articleFull(owner, ts[k].start) != "")
		if n, kind, ok := r.canon(owner, ts[k].start); ok && kind == KindPerson && r.knownPerson(n) {
			// "Roe's party said": a person's party is not named so
			lower = false
		}
		for _, t := range ts[k+1 : j+1] {
			if t.up || !t.word {
				lower = false
			}
		}
		if lower {
			phrase := strings.ToLower(r.norm[ts[k+1].start:ts[j].end])
			for i := len(r.orgs) - 1; i >= 0; i-- {
				if o := r.orgs[i]; o.pos < ts[j].start && strings.HasSuffix(strings.ToLower(o.name), phrase) {
					ref.name, ref.kind = o.name, KindOrganisation
					return ref, true
				}
			}
			ref.name, ref.kind = r.norm[ts[k].start:ts[j].end], KindOrganisation
			return ref, true
		}
	}
	if (isPossessive(ts[k]) || ts[k].low == "its" || ts[k].low == "their") && personRoles[last] && j-k <= 3 && !ts[j].up {
		// "Turkey's central bank governor said", "..., its foreign
		// minister says": the person titled so, before or (in a lead)
		// just after
		if n, kind, ok := r.titledPerson(last, ts[j].start); ok {
			ref.name, ref.kind = n, kind
			return ref, true
		}
	}
	if j-1 >= st.a && possessiveDets[ts[j-1].low] && ts[j-1].q < 0 && (last == "lawyer" || last == "attorney" || last == "solicitor") && !ts[j].up {
		// "CLAUSE, his lawyer said": the person the article named as
		// the lawyer ("Adnan's lawyer Tan Hock Chuan")
		if n := r.roleHolder(last, ts[j].start); n != "" {
			ref.from, ref.name, ref.kind = j-1, n, KindPerson
			return ref, true
		}
	}
	if ts[k].low == "the" && j == k+1 && (last == "judge" || last == "justice" || last == "magistrate") && !ts[j].up {
		// "The judge also said ...": the person the article titled
		// Judge or Justice ("Justice Jane Roe said ...")
		if n, kind, ok := r.judgeNamed(ts[j].start); ok {
			ref.name, ref.kind = n, kind
			return ref, true
		}
	}
	if ts[k].low == "the" && j == k+1 && (strings.HasSuffix(last, "-year-old") || personDemonym(last)) && (ref.inverted || !reportedSubject(ts, st, k)) {
		// "the 45-year-old said", "said the 45-year-old": the person last
		// named
		ref.name, ref.kind = r.epithetSpeaker(ts[j].start), KindPerson
		return ref, ref.name != ""
	}
	if ts[k].low == "the" && j-k >= 1 && j-k <= 5 && playerNouns[last] && !ts[j].up && epithetMods(ts, k+1, j) && r.titledNobody(last) {
		// "the England winger told ...", "the Arsenal striker said", "the
		// goalkeeper said": a player's epithet for the person last named
		// (not the team: "the United boss")
		ref.name, ref.kind = r.epithetPerson(ts[k+1:j], ts[j].start), KindPerson
		return ref, ref.name != ""
	}
	if ts[k].low == "the" && j-k >= 1 && j-k <= 5 && !ts[j].up && len(r.descPerson[last]) > 0 && describedMods(ts, k+1, j) {
		// "the Republican nominee said", "the analyst said": the person
		// the article described with the noun
		if full := r.describedPerson(last, ts[j].start); full != "" {
			if n, kind, ok := r.canon(full, ts[j].start); ok && kind == KindPerson {
				ref.name, ref.kind = n, kind
				return ref, true
			}
		}
	}
	if ts[k].low == "the" && j-k >= 2 && j-k <= 5 && strings.HasSuffix(ts[k+1].low, "-year-old") && !ts[j].up && (personNouns[last] || jobNouns[last] || quoteJobNouns[last] || playerNouns[last]) && describedMods(ts, k+2, j) {
		// "the 71-year-old Vietnam War veteran told": an age and a
		// description stand for the last person named before them
		ref.name, ref.kind = r.epithetSpeaker(ts[k].start), KindPerson
		return ref, ref.name != ""
	}
	if ts[k].low == "the" && j-k >= 2 && j-k <= 4 && playerNouns[last] && !ts[j].up && epithetMods(ts, k+1, j) && !r.titledNobody(last) {
		// "the veteran coach said" after "Coach Jon Weiss": the person
		// the article titled so, under an epithet
		if full := r.titledBefore(last, last, ts[j].start); full != "" {
			if n, kind, ok := r.canon(full, ts[j].start); ok && kind == KindPerson {
				ref.name, ref.kind = n, kind
				return ref, true
			}
		}
	}
	if ts[k].low == "the" && personRoles[last] && j-k <= 4 && isPossessive(ts[k+1]) && isNameTok(ts[k+1]) && !ts[j].up {
		// "The BBC's director general warned": the person titled so,
		// before or in the next paragraphs; not merely the last person
		// named
		if n, kind, ok := r.titledPerson(last, ts[j].start); ok {
			ref.name, ref.kind = n, kind
			return ref, true
		}
	}
	if ts[k].low == "the" && unnamedRoles[last] && j == k+1 && r.anonBody.name != "" && r.anonBody.pos < ts[j].start && r.anonBody.pos > r.lastPersonBefore(ts[j].start) {
		// "A spokesperson for Acme said ... The spokesperson added":
		// the unnamed spokesperson, who speaks for the body
		ref.from = k
		ref.name, ref.kind = r.anonBody.name, KindOrganisation
		return ref, true
	}
	if (ts[k].low == "the" || j-k >= 2 && isPossessive(ts[k]) && ts[k].up && (countryWord(ts[k]) || countryNames[strings.TrimSuffix(strings.TrimSuffix(ts[k].low, "'s"), "’s")]) && !isNameTok(ts[k+1])) && personRoles[last] && j-k <= 3 {
		// (also `"Q," Iran's top diplomat added`: a country's role in
		// lower case, as "the Iranian top diplomat")
		pos := ts[j].start
		if a := subordinateOpening(ts, st, k); a >= 0 {
			// "Asked whether President X planned ..., the Kremlin official
			// said": the role is not the person of the opening phrase
			pos = ts[a].start
		}
		ref.name = r.resolvePronoun(pos, "")
		ref.kind = KindPerson
		if ref.name == "" {
			// "The central bank governor said ..." in a lead, the name in
			// the next paragraph: "Governor Fatih Karahan told ..."; or,
			// titled nowhere, the person the next paragraphs open a
			// sentence with ("The BBC's director general warned ..." /
			// "Mark Thompson told a staff forum ...")
			full := r.titledAfter(last, ts[j].start)
			if full == "" && isPossessive(ts[k+1]) {
				full = r.subjectAfter(ts[j].start, last)
			}
			if full != "" {
				ref.name = full
				if n, kind, ok := r.canon(full, ts[j].start); ok {
					ref.name, ref.kind = n, kind
				}
				return ref, true
			}
		}
		if at, ok := r.anonRole[last]; ok && ref.name != "" && at > r.lastMention(ref.name, pos) && at < pos {
			// "..., a foreign ministry official said." then "the official
			// told Yonhap": the unnamed official, nobody named
			return ref, false
		}
		if role := strings.ToLower(strings.Join(words, " ")); ref.name != "" && r.otherTitle(ref.name, last, role) {
			// "the Prime Minister" is not the person titled Energy Minister
			return ref, false
		}
		if ref.name != "" && formalRoles[last] && j-k >= 2 && countryQualified(ts[k+1:j]) && !r.titledWith(ref.name, last) {
			// `"Q," Jon Weiss told reporters. The US president said ...`:
			// a country's office is not the last person named, unless the
			// article gave them that title
			return ref, false
		}
		if ref.name != "" && unnamedRoles[last] && j-k >= 2 && countryQualified(ts[k+1:j]) && !r.titledWith(ref.name, last) && !r.describedNear(ref.name, "spokes", pos) {
			// "The North Korean spokesperson said" after "Wagner owner
			// Jon Weiss denied ...": a country's spokesperson is not the
			// last person named, unless the article titled them so; the
			// body below, or nobody
			ref.name = ""
		}
		if ref.name != "" && formalRoles[last] && r.titledOtherwise(ref.name, last) {
			// "the U.S. president" is never the person the article titled
			// Secretary of State
			return ref, false
		}
		if ref.name == "" && unnamedRoles[last] && ts[k].low == "the" {
			// "The Foreign Office spokesman said", none named: the body
			// (pagerules.go)
			if b := r.spokesBody(ts[k+1:j], ts[j].start); b != "" {
				ref.from, ref.name, ref.kind = k, b, KindOrganisation
				r.anonBody = mention{ts[k].start, b}
			}
		}
		return ref, ref.name != ""
	}
	return ref, false
}

// roleOfPlace returns the token of the role when the subject group ending
// at token j is "the ROLE of PLACE" (with a region in commas: "The mayor
// of Springfield, Missouri,"), opening its clause, else -1.
func roleOfPlace(ts []tok, st *sent, j int) int {
	e := j
	if ts[e].s == "," && e-1 >= st.a && isNameTok(ts[e-1]) {
		// ", Missouri,"
		k := e - 1
		for k > st.a && isNameTok(ts[k-1]) {
			k--
		}
		if k-1 <= st.a || ts[k-1].s != "," {
			return -1
		}
		e = k - 2
	}
	if e < st.a || !isNameTok(ts[e]) {
		return -1
	}
	k := e
	for k > st.a && isNameTok(ts[k-1]) {
		k--
	}
	if k-3 < st.a || ts[k-1].low != "of" || !personRoles[ts[k-2].low] || ts[k-2].up || ts[k-3].low != "the" || ts[k-2].q >= 0 {
		return -1
	}
	if f := k - 3; f > st.a && ts[f-1].word && !clauseJoiners[ts[f-1].low] {
		return -1
	}
	if !placeName(wordsOf(ts[k:e+1])) && isOrgName(wordsOf(ts[k:e+1])) {
		// "the president of the Borduria Football Federation": an
		// organisation's officer, left to the other rules
		return -1
	}
	return k - 2
}

// bodyRoles name a public body by its kind: "the commission said".
var bodyRoles = set(`commission agency authority council committee board regulator watchdog tribunal`)

// bodyKinds end an organisation's name with a kind that is no other body's.
var bodyKinds = set(`ministry department government office council commission committee court army forces
parliament party union company agency authority board bank group`)

// bodyNamed returns the organisation a body's kind ("the commission",
// "the electoral commission") stands for when no name holds that word:
// the organisation that spoke just before, unless its name ends with
// another kind of body; or, in a lead, the organisation the article
// names next with its acronym when a modifier shares its stem
// ("the electoral commission" ... "Elections Cameroon (ELECAM)").
func (r *reader) bodyNamed(mods []tok, role string, pos int) string {
	if n := r.namedBody(role, pos); n != "" {
		return n
	}
	for i := len(r.orgs) - 1; i >= 0; i-- {
		o := r.orgs[i]
		if o.pos >= pos {
			continue
		}
		if pos-o.pos > 600 {
			break
		}
		f := strings.Fields(strings.ToLower(o.name))
		if w := f[len(f)-1]; bodyKinds[w] && w != role {
			break
		}
		return o.name
	}
	for i := len(r.out) - 1; i >= 0; i-- {
		// a speaker the article gave an acronym, read as a person's name
		// ("Elections Cameroon (ELECAM) said"): an organisation too
		f := r.out[i]
		if f.start >= pos {
			continue
		}
		if pos-f.start > 600 {
			break
		}
		for _, full := range r.acro {
			if full == f.speaker {
				return full
			}
		}
		break
	}
	best, at := "", pos+1500
	for _, full := range r.acro {
		k := strings.Index(r.norm[pos:min(at, len(r.norm))], full)
		if k < 0 {
			continue
		}
		fw := strings.Fields(strings.ToLower(full))
		fits := fw[len(fw)-1] == role
		for _, m := range mods {
			for _, w := range fw {
				if len(m.low) >= 5 && len(w) >= 5 && m.low[:5] == w[:5] {
					fits = true
				}
			}
		}
		if fits {
			best, at = full, pos+k
		}
	}
	if best == "" && len(mods) == 0 {
		// "the electoral commission (CENI)" ... "The commission said":
		// the body under the words the article named it with
		best = r.lowerBodyBefore(role, pos)
	}
	return best
}

// lowerBodyBefore returns the last body the article named in lower case
// before pos with role as its head, its describing words and a "for" or
// "of" complement in capitals ("the electoral commission", "The
// independent electoral commission for Anjouan"), or "".
func (r *reader) lowerBodyBefore(role string, pos int) string {
	re, ok := lowerBodyRes[role]
	if !ok {
		return ""
	}
	best := ""
	for _, m := range re.FindAllStringSubmatchIndex(r.norm[:pos], -1) {
		mods := strings.Fields(r.norm[m[2]:m[3]])
		ok := true
		for _, w := range mods {
			if lowerBodySkip[w] || speechVerbs[w] != 0 || strings.HasSuffix(w, "ed") && w != "united" {
				ok = false
			}
		}
		for _, f := range r.out {
			if f.start > m[1] && f.start-m[1] < 40 {
				// (the phrase was a speaker the article named otherwise:
				// "the election commission insisted CLAUSE" read as the
				// Borduria Electoral Office)
				ok = false
			}
		}
		if ok {
			best = strings.TrimSpace(r.norm[m[2]:m[1]])
		}
	}
	return best
}

// lowerBodyRes hold lowerBodyBefore's pattern for each of bodyRoles.
var lowerBodyRes = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for role := range bodyRoles {
		m[role] = regexp.MustCompile(`\b[Tt]he ((?:[a-z][a-z-]+ ){1,3})` + role + `\b((?: (?:for|of) (?:the )?(?:[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+){0,3})?)`)
	}
	return m
}()

// lowerBodySkip are no describing words of a body: "the same
// commission", "the new board".
var lowerBodySkip = set(`same other new former whole entire said this that its their his her our first second last next`)

// namedBody returns the one body the article named before pos, in
// capitals, with role as its last word ("chairman of the National Coal
// Board" ... "The board insists that ..."), or "" when none or several.
func (r *reader) namedBody(role string, pos int) string {
	w := strings.ToUpper(role[:1]) + role[1:]
	found := ""
	for from := 0; from < pos; {
		k := strings.Index(r.norm[from:pos], " "+w)
		if k < 0 {
			break
		}
		k += from + 1
		from = k + len(w)
		if from < len(r.norm) && isWordRune(rune(r.norm[from])) {
			continue
		}
		ts := tokenize(r.norm, max(0, k-80), from)
		e := len(ts) - 1
		b := e
		for b > 0 && ts[b-1].word && ts[b-1].up && ts[b-1].q < 0 && !isPossessive(ts[b-1]) && !leadWords[ts[b-1].low] && ts[b-1].end+1 == ts[b].start {
			b--
		}
		if e-b < 1 || e-b > 5 {
			continue
		}
		n := joinToks(r.norm, ts[b:e+1])
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// subjectAfter returns the first person of the article's names that opens
// a sentence after pos, within the next few paragraphs, and was given no
// other title than word ("Prime Minister David Cameron" is not "the
// director general"), or "".
func (r *reader) subjectAfter(pos int, word string) string {
	best, at := "", pos+1200
	for _, n := range r.full {
		for from := pos; from < at; {
			k := strings.Index(r.norm[from:min(at, len(r.norm))], n)
			if k < 0 {
				break
			}
			k += from
			before := strings.TrimRight(r.norm[pos:k], " ")
			if strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ".") {
				best, at = n, k
				break
			}
			from = k + len(n)
		}
	}
	if best != "" && r.titledOtherwise(best, word) {
		return ""
	}
	return best
}

// subordinateOpening returns the first token of the sentence when it opens
// with a phrase set off by a comma before token k ("Asked whether ...,",
// "After meeting X,"), else -1.
func subordinateOpening(ts []tok, st *sent, k int) int {
	if st.a >= k || !subordinators[ts[st.a].low] {
		return -1
	}
	for m := st.a + 1; m < k; m++ {
		if ts[m].s == "," && ts[m].q < 0 {
			return st.a
		}
	}
	return -1
}

// subordinators open a phrase before a sentence's subject.
var subordinators = set(`asked after when while before following speaking responding replying answering although though`)

// formalRoles are offices one person holds: "the president" is only ever
// someone so titled, never the last person named with another title.
var formalRoles = set(`president premier chancellor governor mayor senator king queen pope ambassador`)

// countryQualified reports whether the words before a role name a
// country: a demonym or "US", "UK" ("the US president", "the French
// president").
func countryQualified(ws []tok) bool {
	for _, t := range ws {
		if countryInitials[t.s] || demonymWords[t.low] && t.up {
			return true
		}
	}
	return false
}

// titledWith reports whether the article gave name a title ending in word.
func (r *reader) titledWith(name, word string) bool {
	for _, t := range r.titled[word] {
		if t.name == name {
			return true
		}
		if n, _, ok := r.canon(t.name, t.pos); ok && n == name {
			return true
		}
	}
	return false
}

// titledOtherwise reports whether the article gave name a title, none of
// them ending in word.
func (r *reader) titledOtherwise(name, word string) bool {
	titled := false
	for w, ts := range r.titled {
		for _, t := range ts {
			if t.name == name {
				if w == word {
					return false
				}
				titled = true
			}
		}
	}
	return titled
}

// otherTitle reports whether the article titled name with a title ending in
// word that is not role ("energy minister" for "prime minister").
// demonymRole reports whether a role qualified by a country's adjective
// is the shorter form of a title with the same adjective: "the Saudi
// minister" for "Saudi Arabian Energy Minister", "the Chinese minister"
// for "Chinese Foreign Minister" (not "the Saudi minister" for "Energy
// Minister" alone, nor "the prime minister" for "energy minister").
func demonymRole(title, role string) bool {
	rq, rc := splitDemonyms(role)
	tq, tc := splitDemonyms(title)
	if rq == "" || rc == "" || tq == "" || !(tc == rc || strings.HasSuffix(tc, " "+rc)) {
		return false
	}
	for _, w := range strings.Fields(rq) {
		if !strings.Contains(" "+tq+" ", " "+w+" ") {
			return false
		}
	}
	return true
}

func (r *reader) otherTitle(name, word, role string) bool {
	for _, t := range r.titled[word] {
		if t.name == name && t.title != role && !strings.HasSuffix(t.title, " "+role) && !strings.HasSuffix(role, " "+t.title) && !demonymRole(t.title, role) {
			return true
		}
	}
	return false
}

// documentNouns, after "the", are a document that speaks for whoever
// issued it: "the statement said", "the report said".
var documentNouns = set(`statement readout communique communiqué report letter declaration tweet`)

// documentOwner returns who issued the document referred to at pos: the
// speaker of the last statement or the last sentence-opening name, the later
// of the two, when it was at most about two sentences back.
func (r *reader) documentOwner(pos int) (string, string) {
	name, kind, at := "", "", -1
	if n := len(r.out); n > 0 && r.out[n-1].start < pos {
		f := r.out[n-1]
		name, at = f.speaker, f.start
		kind = KindPerson
		for _, o := range r.orgs {
			if o.name == f.speaker {
				kind = KindOrganisation
			}
		}
	}
	for i := len(r.subjects) - 1; i >= 0; i-- {
		if m := r.subjects[i]; m.pos < pos {
			if m.pos > at {
				name, kind, at = m.name, KindOrganisation, m.pos
			}
			break
		}
	}
	if name == "" || pos-at > 400 {
		return "", ""
	}
	return name, kind
}

// itOrg returns the organisation "it" refers to at pos: the last one that
// spoke or opened a sentence as its subject, when that was at most two
// sentences back (about 400 bytes), or "". A subject inside the sentence
// of "it" (which opens at sentStart) is the reported clause's own ("Seoul
// and Washington were studying the data, it added"), not the referent.
func (r *reader) itOrg(pos, sentStart int) string {
	best, bestPos := "", -1
	for n, ms := range [][]mention{r.orgs, r.subjects} {
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].pos < pos && (n == 0 || ms[i].pos < sentStart) {
				if ms[i].pos > bestPos {
					best, bestPos = ms[i].name, ms[i].pos
				}
				break
			}
		}
	}
	if best == "" || pos-bestPos > 600 {
		return ""
	}
	for _, m := range r.ment {
		if m.pos > bestPos && m.pos < sentStart && !(m.pos < bestPos+len(best)+8 && strings.Contains(best, m.name)) {
			// a person came between: "it" is more likely a thing (not the
			// body's own name read as a person's: "Joint Chiefs")
			return ""
		}
	}
	return best
}

// bodyPlurals are lower-case bodies that may speak with a place after
// them: "police in Basra said".
var bodyPlurals = set(`police military army government ministry authorities`)

// nestedReport reports whether the speech verb group sp, whose subject
// starts at token f after "that", is a report inside a report: "A said
// that B pointed out that X", where A relays what B said. X is then B's
// alone: the outer clause ("B pointed out that X"), if A's verb produced
// it, is dropped and the caller goes on with B.
func (r *reader) nestedReport(p *para, st *sent, sp speakerRef, f int) bool {
	ts := p.ts
	if ts[f-1].low != "that" || f-2 < st.a || speechVerbs[ts[f-2].low] == 0 || sp.name == "" || sp.generic || sp.kind == KindOutlet {
		return false
	}
	if sp.to >= st.b || ts[sp.to].low != "that" {
		return false
	}
	for k := len(r.out) - 1; k >= st.produced; k-- {
		if o := r.out[k]; o.kind == Indirect && o.start == ts[f].start {
			r.out = append(r.out[:k], r.out[k+1:]...)
			break
		}
	}
	return true
}

// adminNouns, lower-case after a place, name its administration:
// "Gaziantep governorate said".
var adminNouns = set(`governorate municipality prefecture`)

// postModifiedRole returns the index of the role noun of a subject "the
// ROLE -ing ..." that runs, with no comma, quote or verb, up to the token
// j before the speech verb ("The union representing 30,000 workers
// said"), or -1.
func postModifiedRole(ts []tok, st *sent, j int) int {
	for h := st.a; h+2 <= j && h < st.a+3; h++ {
		if ts[h].low != "the" || ts[h].q >= 0 {
			continue
		}
		n, v := ts[h+1], ts[h+2]
		if !orgRoles[n.low] || n.up || !strings.HasSuffix(v.low, "ing") || notParticiples[v.low] || speechVerbs[v.low] != 0 || v.up {
			return -1
		}
		if h > st.a && !clauseJoiners[ts[h-1].low] {
			return -1
		}
		for k := h + 3; k <= j; k++ {
			if t := ts[k]; t.s == "," && k+1 <= j && isDigits(ts[k-1].s) && isDigits(ts[k+1].s) {
				continue // "30,000"
			}
			if t := ts[k]; t.q >= 0 || t.s == "," || t.s == ";" || auxWords[t.low] || speechVerbs[t.low] != 0 || t.low == "that" || t.low == "who" || t.low == "which" {
				return -1
			}
		}
		return h + 1
	}
	return -1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// namedNext returns the name, ending with the role noun capitalised, that
// opens the sentence after st in the same or the next paragraph ("The
// union said ... . The Baltic Dockers Union made the announcement"), or
// "".
func (r *reader) namedNext(p *para, st *sent, role string) string {
	next := -1
	for _, q := range r.paras {
		if q == nil || q.end <= st.end {
			continue
		}
		for k, t := range q.ts {
			if t.start < st.end {
				continue
			}
			if next < 0 {
				next = k
			}
			if t.s == "." || t.s == "!" || t.s == "?" || k-next > 12 {
				return ""
			}
			if t.low == role && t.up && k > next && isNameTok(q.ts[k-1]) {
				if name := r.stripName(runLeft(q.ts, k)); len(name) >= 2 {
					return joinToks(r.norm, name)
				}
			}
		}
		return ""
	}
	return ""
}

// weekdays may stand bare between a speaker and the verb.
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// countryInitials stand for a country before its army or police as a
// demonym would: "the US military said".
var countryInitials = set(`US U.S. UK U.K.`)

// orgRoles are nouns that, after "the", refer back to an organisation that
// spoke: "the company said", "the ministry stressed".
var orgRoles = set(`militia movement organisation organization faction company firm ministry department group chain retailer carmaker automaker airline lender bank club
insurer chipmaker manufacturer maker giant startup operator command agency commission council authority court embassy
army military navy service office committee union federation association confederation hospital university
college school district steelmaker drugmaker planemaker shipbuilder refiner supplier exporter conglomerate`)

// anyOrgRoles may refer back to whichever organisation spoke just before:
// "the paramilitary group", "the militia", "the movement".
var anyOrgRoles = set(`group militia movement organisation organization faction`)

// orgTypeNouns, lower-case after a name, say what kind of organisation the
// name is: "the United Auto Workers union", "the Wagner group".
var orgTypeNouns = set(`union party group alliance coalition movement federation association network campaign`)

// businessRoles are the orgRoles that name a business, not a government
// body: "the company" may be any organisation the article opened a
// sentence with.
var businessRoles = set(`company firm chain retailer carmaker automaker airline lender bank club insurer chipmaker
manufacturer maker giant startup operator steelmaker drugmaker planemaker shipbuilder refiner supplier exporter
conglomerate`)

// bodyBefore returns the organisation that spoke last before pos, within
// about four paragraphs, when it is no outlet and no company and the
// article names no outlet, news agency or state media before pos; else "".
func (r *reader) bodyBefore(pos int) string {
	for i := len(r.orgs) - 1; i >= 0; i-- {
		o := r.orgs[i]
		if o.pos >= pos {
			continue
		}
		if pos-o.pos > 1500 || r.knownPerson(o.name) {
			return ""
		}
		if e, ok := r.al.Lookup(o.name); ok && e.Kind == KindOutlet || isOutletName(strings.Fields(strings.ToLower(o.name))) {
			return ""
		}
		for _, w := range strings.Fields(strings.ToLower(o.name)) {
			if companyWords[strings.Trim(w, ".,")] {
				return ""
			}
		}
		if r.mentionsOutlet(r.norm[:pos]) {
			return ""
		}
		return o.name
	}
	return ""
}

// companyWords end or hold a company's name: no public body.
var companyWords = set(`inc corp corporation co ltd plc llc group holdings company bank airlines ag sa nv gmbh`)

// toldObjectTo reports whether "told" before ts[j] takes a person or
// group and an infinitive ("told governors to stop ...", "told party
// loyalists to ignore ..."): an order, its words
// "governors to stop ...", as after "urged".
func toldObjectTo(ts []tok, st *sent, j int) bool {
	if j <= st.a || j >= st.b || ts[j-1].low != "told" && ts[j-1].low != "tells" && ts[j-1].low != "telling" {
		return false
	}
	t := ts[j]
	if !t.word || t.q >= 0 || objectPronouns[t.low] || !(determiners[t.low] || possessiveDets[t.low] || isNameTok(t) || audienceNouns[t.low] || !t.up) {
		// (not "told them to leave": no gold reads a pronoun's order)
		return false
	}
	for k := j + 1; k < st.b && k <= j+4; k++ {
		u := ts[k]
		if !u.word || u.q >= 0 || auxWords[u.low] || u.low == "that" {
			return false
		}
		if u.low == "to" {
			return k+1 < st.b && ts[k+1].word && !ts[k+1].up && ts[k+1].q < 0 && !determiners[ts[k+1].low] && !possessiveDets[ts[k+1].low] && infinitiveVerb(ts[k+1])
		}
	}
	return false
}

// armedOr is the armed forces the article names ("the Sudanese Armed
// Forces"), else word ("military", "army").
func (r *reader) armedOr(word string) string {
	if len(r.armed) == 0 {
		return word
	}
	if e, ok := r.al.Lookup(r.armed[0].name); ok {
		return e.Canonical
	}
	return r.armed[0].name
}

// lastOrg returns the last organisation that spoke before pos whose name
// has the role noun in it ("the ministry": "Foreign Ministry"); for "the
// company" and "the firm" any organisation that is not a government body.
func (r *reader) lastOrg(pos int, role string) string {
	for i := len(r.orgs) - 1; i >= 0; i-- {
		o := r.orgs[i]
		if o.pos >= pos {
			continue
		}
		low := strings.ToLower(o.name)
		if strings.Contains(low, role) {
			return o.name
		}
		if (role == "military" || role == "army") && armedName(strings.Fields(o.name)) {
			// "the military said" after "Sudan's army said": the armed
			// forces that spoke, whichever word names them
			return o.name
		}
		if anyOrgRoles[role] && pos-o.pos < 600 {
			// "the paramilitary group said" after "The Rapid Support
			// Forces said": the organisation that just spoke
			return o.name
		}
		if businessRoles[role] {
			f := strings.Fields(low)
			switch f[len(f)-1] {
			case "ministry", "department", "government", "office", "council", "commission", "committee", "court", "army", "forces", "parliament", "party", "union":
				continue
			}
			if r.labourBody(o.name, o.pos) {
				// "The company said" after "The UMWA said": a union
				// that spoke is never the company it bargains with
				continue
			}
			return o.name
		}
	}
	return ""
}

// labourWords name a workers' body: "United Mine Workers of America",
// "Teamsters", "Writers Guild".
var labourWords = set(`union unions workers workers' employees teamsters brotherhood guild federation confederation syndicate`)

// labourBody reports whether the organisation named at pos is a workers'
// body: a labour word in its name, or initials ("UMWA") that are those of
// such a body the article named before.
func (r *reader) labourBody(name string, pos int) bool {
	if hasLabourWord(name) {
		return true
	}
	if len(name) < 2 || len(name) > 8 || strings.ToUpper(name) != name || strings.ContainsAny(name, " .") {
		return false
	}
	for _, m := range capitalRun.FindAllString(r.norm[:pos], -1) {
		m = strings.TrimPrefix(strings.TrimSpace(m), "The ")
		if hasLabourWord(m) && initials(m) == name {
			return true
		}
	}
	return false
}

// capitalRun matches a run of two or more capitalised words, perhaps with
// small words inside ("United Mine Workers of America").
var capitalRun = regexp.MustCompile(`\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|the|de) \p{Lu}[\p{L}'’-]*| \p{Lu}[\p{L}'’-]*)+`)

func hasLabourWord(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if labourWords[strings.Trim(w, ".,()")] {
			return true
		}
	}
	return false
}

func speechVerbLike(low string) bool {
	_, ok := speechVerbs[low]
	return ok || low == "and" || low == "that" || low == "which" || low == "who"
}

// appositive reads "Kim Yo Jong, vice department director ..., said" and
// "The Prime Minister, Keir Starmer, told": the comma at j closes the
// appositive; the name is the first comma-separated part that is a name.
func (r *reader) appositive(p *para, st *sent, j int) (speakerRef, bool) {
	ts := p.ts
	start := r.clauseStart(p, st, j)
	var segs [][2]int
	s := start
	for k := start; k <= j; k++ {
		if ts[k].s == "," && ts[k].q < 0 {
			if k > s {
				segs = append(segs, [2]int{s, k})
			}
			s = k + 1
		}
	}
	ref := speakerRef{to: j + 2, group: start}
	for _, sg := range segs {
		if ts[sg[0]].low == "and" || jointNames(ts[sg[0]:sg[1]]) || countryPair(ts[sg[0]:sg[1]]) {
			// "X, the minister, and his counterpart, Y, said": a joint
			// subject, nobody's statement alone ("Jane Roe and Tom
			// Grey, joint leaders of the union, said" too)
			return ref, false
		}
	}
	var del *speakerRef
	descFrom, descEnd := -1, -1
	for _, sg := range segs {
		seg := ts[sg[0]:sg[1]]
		if run := runLeft(ts, sg[1]-1); len(run) > 0 && del == nil {
			// "The representative of Egypt, speaking on behalf of the
			// Arab Group, said": the delegation, unless a later part
			// names a person
			if ref2, ok, isDel := r.delegationOf(ts, st, ref, run); isDel {
				if ok {
					ref2.to = j + 2
					del = &ref2
				}
				continue
			}
		}
		if sg == segs[0] {
			// "The General Confederation of Labor (CGT), Argentina's
			// largest union group, said": an organisation named with "of"
			// or "for" (and its acronym in brackets) opening the group
			end := sg[1] - 1
			if end-2 > sg[0] && ts[end].s == ")" && ts[end-2].s == "(" {
				end -= 3
			}
			if run := runLeft(ts, end); len(run) > 0 && run[0].start > ts[sg[0]].start {
				if from, phrase, ok := r.orgPhrase(ts, st, run); ok && (from == sg[0] || from == sg[0]+1 && ts[sg[0]].low == "the") && !officeBeforeName(ts, from, sg[1], segs, j) {
					ref.from = sg[0]
					ref.name, ref.kind = phrase, KindOrganisation
					if e, ok := r.al.Lookup(phrase); ok {
						ref.name, ref.kind = e.Canonical, e.Kind
					}
					return ref, true
				}
			}
		}
		if sg == segs[0] && officeBeforeName(ts, sg[0], sg[1], segs, j) {
			// "The Minister for Information and Broadcasting, Jane Roe,
			// said": an office, then the person who holds it
			descFrom, descEnd = sg[0], sg[1]
			continue
		}
		if n := len(seg); n >= 4 && seg[n-1].s == ")" && seg[n-3].s == "(" && isNameTok(seg[n-2]) {
			// "Elections Cameroon (ELECAM), the body that ..., said": the
			// name without its acronym
			seg = seg[:n-3]
		}
		pure := true
		for _, t := range seg {
			if !(isNameTok(t) || connectors[t.low] || leadWords[t.low] || titleWords[t.low] || isPossessive(t)) {
				pure = false
				break
			}
		}
		if !pure {
			// "Her friend Li Wei, 25, a software engineer, said": a name
			// ending a segment of plain words without a preposition
			// (or "X and newly appointed Head of the State Guard
			// Department Jane Roe, in turn, told": the preposition is a
			// title's, the run after it the body's name, then the person)
			if run := runLeft(seg, len(seg)-1); len(run) >= 2 && len(run) < len(seg) && (!hasPreposition(seg[:len(seg)-len(run)]) || titleOf(ts, st, sg[1]-len(run))) {
				if name := r.stripName(run); len(name) >= 2 && lowerFree(name) {
					if n, kind, ok := r.canonRun(run, name, run[0].start); ok && kind == KindPerson {
						ref.from = sg[1] - len(run)
						ref.name, ref.kind = n, kind
						return ref, true
					}
				}
			}
			continue
		}
		// "Senator Tim Scott of South Carolina": the person, not the place
		role := false
		for m, t := range seg {
			if t.low == "of" && m > 0 && len(r.stripName(seg[:m])) > 0 {
				// (not "Secretary of State Antony Blinken")
				seg = seg[:m]
				break
			}
			if t.low == "of" && m > 0 && titleWords[seg[m-1].low] && m+1 < len(seg) && len(r.stripName(seg[m+1:])) > 0 && len(r.stripName(seg[m+1:])) == len(seg)-m-1-leadCount(seg[m+1:]) {
				// "The Chief of the General Staff, Valery Gerasimov,":
				// a title of an organisation describes the person named
				// next
				role = true
				break
			}
		}
		if role {
			continue
		}
		if last := seg[len(seg)-1]; len(seg) >= 3 && (seg[0].low == "a" || seg[0].low == "an") && !last.up && titleWords[last.low] && !unnamedRoles[last.low] {
			// "A senior Baltic Grid official, who declined to be named,
			// said": an unnamed person of the body, not the body (as
			// without the appositive); a spokesman speaks for it
			continue
		}
		name := r.stripName(seg)
		if len(name) == 0 && (ts[sg[0]].low == "the" || isPossessive(ts[sg[0]])) || titleSegment(seg) {
			// `"Q," the foreign minister, Jane Roe, said`: the subject
			// group starts at the role
			descFrom, descEnd = sg[0], sg[1]
		}
		if len(name) == 0 || !lowerFree(name) {
			// "Israel's ambassador to the United Nations": a description
			continue
		}
		n, kind, ok := r.canonRun(seg, name, seg[0].start)
		if !ok && sg[0] == start && len(seg) == 1 && len(name) == 1 && sg[1]+1 <= j && orgDescription(ts, st, sg[1]+1) && !titleWords[seg[0].low] {
			// "Keidanren, the country's most powerful business lobby,
			// urged": one name described as an organisation
			n, kind, ok = seg[0].s, KindOrganisation, true
		}
		if !ok && len(seg) == 1 && len(name) == 1 && sg[1]+1 <= j && r.personDescription(ts, st, sg[1]+1) {
			// "Ahmed, a 34-year-old taxi driver, said": one name described
			// as a person
			n, kind, ok = seg[0].s, KindPerson, true
		}
		if !ok && len(seg) == 1 && len(name) == 1 && sg[0] > st.a && (ts[sg[0]-1].s == "," || quoteMark(ts[sg[0]-1].s)) && sg[1]+1 < j && ts[sg[1]+1].up && isTitleWord(ts[sg[1]+1].low) && !titleWords[seg[0].low] && r.tagWord(seg[0]) {
			// "CLAUSE, Prabhakar, Deputy Commissioner of Police, told
			// reporters": one name in the attribution tag, its title in
			// apposition, is a person
			n, kind, ok = seg[0].s, KindPerson, true
		}
		if !ok && sg[0] == start && len(seg) == 1 && (r.proper[seg[0].low] || countryDemonyms[seg[0].low] != "") && !titleWords[seg[0].low] && subjectStart(ts, st, sg[0]) {
			// (a country too: "Qatar, which has mediated ..., said")
			// "Google, which denies wrongdoing, said": a one-word name the
			// article capitalises mid-sentence, as the clause's subject
			n, kind, ok = seg[0].s, KindOrganisation, true
		}
		if !ok {
			continue
		}
		ref.from = sg[0]
		if descFrom >= 0 && descEnd+1 == sg[0] && kind == KindPerson {
			ref.from = descFrom
		}
		ref.name, ref.kind = n, kind
		return ref, true
	}
	if del != nil {
		return *del, true
	}
	if len(segs) > 0 {
		sg := segs[0]
		if ref2, ok := r.role(p, st, speakerRef{to: j + 2}, sg[1]-1); ok && ts[sg[0]].low == "the" {
			ref2.from = sg[0]
			return ref2, true
		}
	}
	return ref, false
}

// leadCount returns how many sentence words ("the") open ts.
func leadCount(ts []tok) int {
	n := 0
	for n < len(ts) && leadWords[ts[n].low] {
		n++
	}
	return n
}

// personNouns end a description of a person: "a 34-year-old taxi
// driver", "a mother of two".
var personNouns = set(`driver mother father son daughter wife husband widow widower student teacher resident farmer
worker nurse doctor engineer owner shopkeeper vendor trader fisherman mechanic labourer laborer volunteer survivor
refugee grandmother grandfather pensioner retiree veteran soldier officer activist lawyer lecturer professor
economist analyst businessman businesswoman entrepreneur manager employee cleaner cook chef waiter waitress miner
nurse midwife pharmacist surgeon paramedic firefighter journalist photographer artist musician writer priest pastor
imam rabbi monk nun shepherd herder seller clerk accountant programmer developer designer architect builder
carpenter electrician plumber guard tailor baker butcher housewife homemaker mum mom dad parent man woman boy girl
child teenager neighbour neighbor friend relative cousin brother sister uncle aunt nephew niece grandson
granddaughter voter supporter protester demonstrator passenger commuter customer patient fan`)

// describedOrg returns where the subject starts when the name at token f
// follows a lower-case description of an organisation that opens the
// clause ("the state weather bureau PAGASA", "Dutch chipmaker Nexperia",
// "Germany's biggest lender Deutsche"), or -1.
func describedOrg(ts []tok, st *sent, f int) int {
	k := f - 1
	if k < st.a || ts[k].up || ts[k].q >= 0 || !(orgDescNouns[ts[k].low] || orgRoles[ts[k].low] || ts[k].low == "bureau") {
		return -1
	}
	for n := 0; n < 4 && k-1 >= st.a; n++ {
		u := ts[k-1]
		if !u.word || u.q >= 0 || u.low == "the" || isPossessive(u) || clauseJoiners[u.low] || leadWords[u.low] && u.low != "state" {
			break
		}
		if _, verb := speechVerbs[u.low]; verb || auxWords[u.low] || pronounWord(u.low) {
			return -1
		}
		k--
	}
	if k-1 >= st.a && (ts[k-1].low == "the" || isPossessive(ts[k-1])) && ts[k-1].q < 0 {
		k--
	}
	if !subjectStart(ts, st, k) {
		return -1
	}
	return k
}

// orgDescNouns end a description of an organisation: "the country's
// largest business lobby", "a rights group".
var orgDescNouns = set(`lobby group company firm maker manufacturer carmaker automaker chipmaker retailer bank lender steelmaker drugmaker planemaker
insurer airline operator party union association federation agency organisation organization movement militia
broadcaster network regulator watchdog body charity foundation coalition alliance conglomerate giant startup
developer producer supplier exporter importer club bureau brokerage consultancy`)

// orgDescription reports whether the words from token k, up to the next
// comma, describe an organisation: "the country's most powerful business
// lobby", "a rights group".
func orgDescription(ts []tok, st *sent, k int) bool {
	if k >= st.b || ts[k].q >= 0 || !(ts[k].low == "a" || ts[k].low == "an" || ts[k].low == "the" || isPossessive(ts[k])) {
		return false
	}
	for m := k + 1; m < st.b && m < k+10; m++ {
		t := ts[m]
		if t.s == "," {
			return orgDescNouns[ts[m-1].low]
		}
		if !t.word || t.q >= 0 {
			return false
		}
	}
	return false
}

// personDescription reports whether the words from token k, up to the next
// comma or the sentence end, describe a person: "a 34-year-old taxi
// driver", "a mother of two".
func (r *reader) personDescription(ts []tok, st *sent, k int) bool {
	if k >= st.b || ts[k].q >= 0 {
		return false
	}
	if firstNameOnly(ts, st, k) {
		// "Mohammed, who gave only his first name, said" (naming.go)
		return true
	}
	if ts[k].low != "a" && ts[k].low != "an" {
		return false
	}
	for m := k + 1; m < st.b && m < k+9; m++ {
		t := ts[m]
		if !t.word || t.q >= 0 {
			break
		}
		if strings.HasSuffix(t.low, "-year-old") || personNouns[t.low] || personNouns[strings.TrimSuffix(t.low, "s")] && m > k+1 && ts[m-1].low == "of" {
			return true
		}
	}
	return false
}

// hasPreposition reports whether ts hold a preposition ("the wife of"), so
// that a name after them is not the phrase's head.
func hasPreposition(ts []tok) bool {
	for _, t := range ts {
		switch t.low {
		case "of", "for", "to", "with", "from", "by", "at", "in", "on", "and", "or":
			return true
		}
	}
	return false
}

// lowerFree reports whether a name has no lower-case word but connectors
// and "of", "for", "and", "the" inside it ("Bank of England", not
// "spokesperson for the Ministry").
func lowerFree(name []tok) bool {
	for i, t := range name {
		if !t.word || t.up {
			continue
		}
		if i == 0 || !(connectors[t.low] || t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the") {
			return false
		}
	}
	return true
}

// clauseStart is where the clause holding token j begins: the sentence
// start, or after a quote, or after a leading "According to X," or "In
// Ottawa,".
func (r *reader) clauseStart(p *para, st *sent, j int) int {
	ts := p.ts
	start := st.a
	for k := st.a; k < j; k++ {
		if qi := p.quoteEnding(k); ts[k].q >= 0 && qi >= 0 && !r.embeddedQuote(p, st, qi, k) && !(k+1 == j && r.closingPartial(p, st, qi, k)) {
			start = k + 1
		}
	}
	return r.skipAdverbial(p, st, start, j)
}

// closingPartial reports whether quote qi, closing at token k just before
// the clause's end, is a partial quote ending the clause: a lower-case word
// before it that is no speech verb ('activities had achieved "over 78
// percent of sales", he said').
func (r *reader) closingPartial(p *para, st *sent, qi, k int) bool {
	ts := p.ts
	open := k
	for open > st.a && ts[open-1].q == qi {
		open--
	}
	if open == st.a || !ts[open-1].word || ts[open-1].q >= 0 || ts[open-1].up || p.fullQuote(st, qi) {
		return false
	}
	_, ok := speechVerbs[ts[open-1].low]
	return !ok
}

// embeddedQuote reports whether quote qi, closing at token k, sits inside a
// clause: a word before it and a word after it ('Iran will respond
// "decisively and immediately" to any attack'), not a quotation of its own.
func (r *reader) embeddedQuote(p *para, st *sent, qi, k int) bool {
	ts := p.ts
	open := k
	for open > st.a && ts[open-1].q == qi {
		open--
	}
	if open == st.a || !ts[open-1].word || ts[open-1].q >= 0 {
		return false
	}
	if _, ok := speechVerbs[ts[open-1].low]; ok {
		return false
	}
	return k+1 < st.b && ts[k+1].word && ts[k+1].q < 0 && !ts[k+1].up
}

// skipAdverbial skips a leading phrase such as "In New Delhi," or
// "Speaking to reporters in Ottawa," from token start.
func (r *reader) skipAdverbial(p *para, st *sent, start, j int) int {
	ts := p.ts
	for start < j && (ts[start].s == "," || ts[start].s == "—") {
		start++
	}
	if start+1 < j && (ts[start].low == "but" || ts[start].low == "and" || ts[start].low == "yet") && ts[start].q < 0 && ts[start+1].word && ts[start+1].up {
		// "But Jane Roe, a lawyer, said": a connector, not an adverbial
		// phrase up to the comma
		return start + 1
	}
	// leading adverbial phrase: "In New Delhi," "Speaking to reporters in Ottawa,"
	if start < j && ts[start].word && (leadWords[ts[start].low] && !determiners[ts[start].low] && !quantifierLead(ts, start, j) && !subordinateClause(ts, start, j) || participleLead(ts, start, j)) {
		for k := start; k < j && k < start+10; k++ {
			if ts[k].s == "," {
				if k+1 < j {
					start = k + 1
				}
				break
			}
		}
	}
	return start
}

// quantifierLead reports whether the sentence opens with a quantity and a
// noun ("Some 200 people from the district, about 50 miles away, met
// ..."): a subject with an appositive, not an adverbial phrase.
func quantifierLead(ts []tok, start, j int) bool {
	switch ts[start].low {
	case "some", "many", "most", "all", "both", "several", "few", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "dozens", "hundreds", "thousands":
	default:
		return false
	}
	if start+1 >= j || ts[start+1].low == "of" || !ts[start+1].word {
		return false
	}
	for k := start + 1; k < j && k < start+10; k++ {
		if ts[k].s == "," {
			return true
		}
		if t := ts[k]; t.q >= 0 {
			return false
		}
		if t := ts[k]; auxWords[t.low] || pastForm(t.low) {
			// a clause of its own before the comma ("Four piers were
			// damaged in three towns — Lund, Moss ..."): no adverbial
			// lead either
			return true
		}
	}
	return false
}

// clauseJoiners may stand before a clause's subject: "..., but Israel said".
var clauseJoiners = set(`but and while whereas yet`)

// orgHeads begin the name of an organisation named with "of" or "for"
// ("Coalition for App Fairness") besides the words of orgWords.
var orgHeads = set(`coalition secretariat movement campaign chamber confederation centres centers chiefs directorate
inspectorate`)

// participleLead reports whether a sentence opens with a participial phrase
// ("Briefing the Council, X said"): an -ing word followed by a lower-case
// word, so not a name such as "Manning, the lawyer".
func participleLead(ts []tok, start, j int) bool {
	t := ts[start]
	return strings.HasSuffix(t.low, "ing") && !notParticiples[t.low] && start+1 < j && ts[start+1].word && !ts[start+1].up && !titledNameTo(ts, start+1, j)
}

// urgeParticle reports whether the preposition next after a verb of
// appeal joins the verb to the one appealed to: "appealed to", "pleaded
// with".
func urgeParticle(verb, next string) bool {
	switch verb {
	case "appealed", "appeals", "appealing", "appeal":
		return next == "to"
	case "pleaded", "pleads", "pleading", "plead", "pled":
		return next == "with"
	}
	return false
}

// titledNameTo reports whether ts[k:] up to the first comma before j is
// lower-case title words and then a name: "Acting mayor Jane Roe, 54,
// said", "Outgoing president Tom Grey, who ..., said". The -ing word before
// it qualifies the title; it opens no participial phrase.
func titledNameTo(ts []tok, k, j int) bool {
	m := k
	for m < j && ts[m].word && !ts[m].up && ts[m].q < 0 && titleWords[ts[m].low] {
		m++
	}
	if m == k || m >= j {
		return false
	}
	run := runRight(ts, m)
	if len(run) == 0 {
		return false
	}
	m += len(run)
	return m < j && ts[m].s == "," && ts[m].q < 0
}

// determiners begin a noun phrase, never an adverbial: "The Coalition for
// App Fairness, a lobby group, said", "Her friend Li Wei, 25, said".
var determiners = set(`the a an her his their its our my your`)

// contrastClause returns where the subject of the last clause joined by
// ", but" (", while", ", whereas", "; but") before the participle at i
// opens, when that clause has its own subject (a determiner, a name or a
// pronoun after the conjunction) and a finite verb; else -1.
func contrastClause(ts []tok, start, i int) int {
	for c := i - 3; c > start; c-- {
		t := ts[c]
		if t.q >= 0 || t.s != "," && t.s != ";" {
			continue
		}
		switch ts[c+1].low {
		case "but", "while", "whereas":
		default:
			continue
		}
		n := ts[c+2]
		if n.q >= 0 || !(determiners[n.low] || isNameTok(n) && n.up || pronounWord(n.low)) || !hasFiniteVerb(ts[c+2:i]) {
			return -1
		}
		return c + 2
	}
	return -1
}

// sentenceSubject finds the subject of a participle's clause: the first name
// (or leading pronoun) of the sentence.
func (r *reader) sentenceSubject(p *para, st *sent, i int) (speakerRef, bool) {
	ts := p.ts
	start := r.skipAdverbial(p, st, st.a, i)
	if start == st.a && longLeadWords[ts[st.a].low] && ts[st.a].q < 0 {
		// "While discussions between Vice President Jon Weiss and House
		// Republicans ... stirred talk this week, Ryan played down ...,
		// saying": a long subordinate clause before the subject, a name
		// or pronoun after its comma
		for k := st.a + 1; k < i && k < st.a+40 && ts[k].q < 0; k++ {
			if ts[k].s == "," {
				if k+1 < i && (isNameTok(ts[k+1]) || pronouns[ts[k+1].low] != "") {
					start = k + 1
				}
				break
			}
		}
	}
	if pronounSubject(ts, st, i) {
		// "He urged people to leave, and said ...": the pronoun opens
		// the sentence as its subject, not an adverbial phrase (shapes.go)
		start = st.a
	}
	if c := contrastClause(ts, start, i); c >= 0 {
		// "X denied the claim, but an army major confirmed ..., adding
		// that ...": the participle hangs on the clause after "but",
		// whose subject speaks (nobody when unnamed)
		if (ts[c].low == "a" || ts[c].low == "an") && !isNameTok(ts[c+1]) {
			return speakerRef{}, false
		}
		start = c
	}
	if unnamedPeopleOf(ts, start, i) {
		// "The agents of the PDP and LP rejected ..., saying": unnamed
		// people, not the body they work for (shapes.go)
		return speakerRef{}, false
	}
	ref := speakerRef{to: i + 1}
	firstWord := true
	for k := start; k < i; k++ {
		t := ts[k]
		if t.q >= 0 || !t.word {
			continue
		}
		isFirst := firstWord
		firstWord = false
		if isFirst && k+1 < i && ts[k+1].s == ":" && isNameTok(t) && k == st.a {
			// "Nigeria: Nigeria's main opposition candidate Jane Roe has
			// alleged ... and warned that": a place label before the lead
			// (naming.go's speakers never come from it)
			firstWord = true
			k++
			continue
		}
		if run := runRight(ts, k); isFirst && k == st.a && len(run) >= 2 && len(run) <= 3 && k+len(run) < i && ts[k+len(run)].s == ":" && ts[k+len(run)].q < 0 {
			// "New Delhi: Prime Minister Jane Roe released ... and said
			// that": a place label of two or three words, as of one
			firstWord = true
			k += len(run)
			continue
		}
		if isFirst && isPossessive(t) && isNameTok(t) {
			// "Ruritania's defence ministry rejected the claim, saying
			// ...": a state body in lower case (naming.go)
			if ref2, ok := r.possessiveBody(p, st, ref, k, i); ok {
				return ref2, true
			}
		}
		if isFirst && t.low == "the" {
			// "The president of the Dockers Union, Tom Grey, called ...
			// and said", "The veteran chairman of the Harbour Board, Jane
			// Roe, ...": the person in the appositive after the body of
			// the title, not the body
			if ref2, ok := r.bodyTitleAppositive(ts, ref, k, i); ok {
				return ref2, true
			}
		}
		if isFirst && t.low == "the" {
			// "The appellate court rejected ... and added that": a body's
			// role as the sentence's subject, the body that role names
			for m := k + 1; m < i && m <= k+3 && ts[m].word && !ts[m].up && ts[m].q < 0; m++ {
				if orgRoles[ts[m].low] {
					if m+1 < i && (isNameTok(ts[m+1]) || ts[m+1].low == "of" || ts[m+1].low == "for") {
						break
					}
					if ref2, ok := r.role(p, st, ref, m); ok && ref2.kind != KindPerson {
						ref2.to = i + 1
						return ref2, true
					}
					break
				}
			}
		}
		if isFirst && t.low == "the" {
			// "The Ruritanian minister firmly rejected ..., which X had
			// promoted, declaring ...": a person's role (after demonyms
			// only) as the subject, the person the article titled so;
			// never a name further on
			for m := k + 1; m < i && m <= k+3 && ts[m].word && ts[m].q < 0 && (!ts[m].up || demonymWords[ts[m].low] || demonymLike(ts[m].low)); m++ {
				if ts[m].up {
					continue
				}
				if !personRoles[ts[m].low] {
					break
				}
				if n := m + 1; n < i && ts[n].word && !ts[n].up && ts[n].q < 0 && r.norm[ts[m].end:ts[n].start] == " " && ts[n].low != "of" && ts[n].low != "for" && !personRoles[ts[n].low] && !titleWords[ts[n].low] {
					if full := r.titledBefore(ts[m].low, ts[m].low, ts[m].start); full != "" {
						if n, kind, ok := r.canon(full, ts[m].start); ok && kind == KindPerson {
							ref.from, ref.name, ref.kind = k, n, kind
							return ref, true
						}
					}
					return ref, false
				}
				break
			}
		}
		if isFirst && pronouns[t.low] != "" {
			ref.from = k
			ref.name = r.resolveSpeaker(t.start, pronouns[t.low])
			ref.kind = KindPerson
			return ref, ref.name != ""
		}
		if !isNameTok(t) {
			continue
		}
		if modifierName(ts, start, k) || agentName(ts, start, k) {
			// "The sheriff leading the search for inmate Carl Dorsey had a
			// message, telling him ...": the name is in what the subject
			// is doing, not the subject ("Economists polled by Reuters
			// had expected a cut, citing ...": by whom they were polled)
			return ref, false
		}
		run := runRight(ts, k)
		e := k + len(run)
		for e < i && e < k+10 && (isNameTok(ts[e]) || (ts[e].low == "of" || ts[e].low == "for" || ts[e].low == "and" || ts[e].low == "the") && ts[e].q < 0) {
			e++
		}
		if e+3 < i && ts[e].s == "(" && ts[e+2].s == ")" && ts[e+1].word && ts[e+1].up && ts[e+1].s[0] == run[0].s[0] && titleWords[ts[e+3].low] && ts[e+3].up {
			// "Baltic Dockers Union (BDU) Secretary General Jane Roe said
			// ... and asked": the titled person after the body's acronym
			k = e + 2
			continue
		}
		// "International Olympic Committee president Thomas Bach": the
		// person the organisation's title belongs to
		if e := k + len(run); e+1 < i && ts[e].word && !ts[e].up {
			// (also "UN humanitarian chief Tom Fletcher": lower-case
			// words qualifying the title)
			m, titled := e, false
			for m < i && m < e+4 && ts[m].word && !ts[m].up && ts[m].q < 0 && (titleWords[ts[m].low] || titleModifier(ts[m])) {
				// (a job too: "Harbour City manager Jane Roe was
				// philosophical, saying": the manager, not the club)
				titled = titled || titleWords[ts[m].low] || quoteJobNouns[ts[m].low]
				m++
			}
			if titled && m < i && isNameTok(ts[m]) {
				k = m - 1
				continue
			}
			if titled && m+1 < i && ts[m].s == "," && ts[m].q < 0 && isNameTok(ts[m+1]) {
				// "The White House press secretary, Mary Lane, called ...
				// and said": the person in the appositive
				k = m
				continue
			}
		}
		if e := k + len(run); isFirst && e+1 < i && (ts[e].low == "shares" || ts[e].low == "stock") && ts[e].q < 0 && !isPossessive(run[len(run)-1]) {
			// "Acme shares plunged after the chemical maker put its chief
			// executive on leave and said": the company whose shares
			// the sentence opens with
			ref.from = k
			ref.name, ref.kind = joinToks(r.norm, run), KindOrganisation
			if n, kind, ok := r.canon(ref.name, t.start); ok && kind != KindPerson {
				ref.name, ref.kind = n, kind
			}
			return ref, true
		}
		name := r.stripName(run)
		if e := k + len(run); e+1 < i && (ts[e].low == "of" || ts[e].low == "for") && ts[e].q < 0 {
			// "The Oslo Court of Appeal rejected ... and added": the name
			// goes on after "of" ("of the", "for")
			for e+1 < i && (ts[e].low == "of" || ts[e].low == "for") && ts[e].q < 0 {
				m := e + 1
				if m < i && ts[m].low == "the" {
					m++
				}
				if m >= i || !isNameTok(ts[m]) {
					break
				}
				e = m + len(runRight(ts, m))
			}
			if e > k+len(run) && e < i && !titledAt(ts, e, i) {
				// (not "Ministry of Foreign Affairs spokesperson Jane Roe
				// emphasized ..., asserting": the titled person)
				if from, phrase, ok := r.orgPhrase(ts, st, runLeft(ts, e-1)); ok && from < k+len(run) && len(name) > 0 {
					ref.from = from
					ref.name, ref.kind = phrase, KindOrganisation
					if e, ok := r.al.Lookup(phrase); ok {
						ref.name, ref.kind = e.Canonical, e.Kind
					}
					return ref, true
				}
			}
		}
		if from, phrase := andOrgName(r.norm, ts, k, run, i); from >= 0 {
			// "The Union Solidarity and Development Party demanded ...
			// and said" (pagerules.go)
			ref.from = from
			ref.name, ref.kind = phrase, KindOrganisation
			return ref, true
		}
		if from, phrase, ok := r.orgPhrase(ts, st, run); ok && len(name) > 0 {
			// "The Ethics and Anti-Corruption Commission welcomed the
			// ruling, saying ..."
			ref.from = from
			ref.name, ref.kind = phrase, KindOrganisation
			if e, ok := r.al.Lookup(phrase); ok {
				ref.name, ref.kind = e.Canonical, e.Kind
			}
			return ref, true
		}
		if len(name) >= 3 && (orgLed(run, name) && titleOf(ts, st, k) || len(name) == len(run) && titleAnd(ts, st, k)) {
			// "Minister of Natural Resources Tran Van Minh ..., stressing":
			// the run holds the end of the title's body, then the person
			pn := personAfterOrg(name)
			if !titleOf(ts, st, k) {
				pn = personAfterPortfolio(name)
			}
			if len(pn) < len(name) {
				if n, kind, ok := r.canonRun(pn, pn, pn[0].start); ok && kind == KindPerson {
					ref.from = k
					ref.name, ref.kind = n, kind
					return ref, true
				}
			}
		}
		if len(name) > 0 {
			if n, kind, ok := r.canonRun(run, name, t.start); ok {
				ref.from = k
				ref.name, ref.kind = n, kind
				return ref, true
			}
			if isFirst && len(run) == 1 && r.proper[t.low] && !titleWords[t.low] && !isPossessive(t) && (k+1 >= i || !isNameTok(ts[k+1]) && ts[k+1].s != "'" && ts[k+1].s != "’") {
				// "Apple said ..., arguing that": as in subject
				ref.from = k
				ref.name, ref.kind = t.s, KindOrganisation
				return ref, true
			}
		}
		k += len(run) - 1
	}
	return ref, false
}

// namedOffice returns the one body the article names in capitals as the
// office of the title ("Yavapai County Sheriff's Office" for "sheriff"):
// capitalised words before "Sheriff's Office". "" when none or several.
func (r *reader) namedOffice(title string) string {
	if title == "" || strings.Contains(title, " ") {
		return ""
	}
	t := strings.ToUpper(title[:1]) + title[1:]
	found := ""
	for _, ap := range []string{"'s Office", "’s Office"} {
		pat := " " + t + ap
		for at := range occurrences(r.norm, pat) {
			i := at + len(pat)
			ts := tokenize(r.norm, max(0, at-80), at)
			k := len(ts)
			for k > 0 && isNameTok(ts[k-1]) && !leadWords[ts[k-1].low] && k > len(ts)-4 {
				k--
			}
			if k == len(ts) {
				continue
			}
			n := r.norm[ts[k].start:i]
			if found != "" && found != n {
				return ""
			}
			found = n
		}
	}
	return found
}

// longLeadWords open a subordinate clause that may run long before the
// sentence's subject: "While ..., Ryan played down ..., saying".
var longLeadWords = set(`while although though whereas after before as since because when if`)

// relativeWho returns the token of the "who" of a relative clause that
// holds a name between an unnamed subject and the verb at i ("A lawyer
// who represents Jane Roe said", "A senator who questioned Attorney
// General Jon Weiss on Tuesday said"), or -1: a lower-case word before
// "who", no comma or quote after it, a name after it.
func relativeWho(ts []tok, st *sent, i int) int {
	named := false
	for k := i - 1; k > st.a && k >= i-14; k-- {
		t := ts[k]
		if t.q >= 0 || t.s == "," || t.s == ";" || t.s == "(" || t.s == ")" {
			return -1
		}
		if isNameTok(t) {
			named = true
			continue
		}
		if t.low == "who" {
			if b := ts[k-1]; named && b.word && !b.up && b.q < 0 && pronouns[b.low] == "" {
				return k
			}
			return -1
		}
	}
	return -1
}

// roleOfBodyLead returns the person a lead's subject "the ROLE of the
// BODY" stands for ("the president of the National Electoral Institute
// (INE) said", the body found as the subject sp): in the article's first
// sentence of prose, before any statement, the first person the next two
// paragraphs name as speaking (leadSpeakerAfter), unless the article says
// the source spoke anonymously. "" otherwise.
func (r *reader) roleOfBodyLead(p *para, st *sent, sp speakerRef) string {
	ts := p.ts
	if sp.kind != KindOrganisation || sp.name == "" || !st.first || len(r.out) > 0 || sp.from >= len(ts) {
		return ""
	}
	m := sp.from - 1
	if ts[sp.from].low == "the" || ts[sp.from].low == "of" {
		m = sp.from
	}
	if m >= st.a && ts[m].low == "the" {
		m--
	}
	if m-2 < st.a || ts[m].low != "of" || ts[m].q >= 0 || ts[m-1].up || ts[m-1].q >= 0 || !personRoles[ts[m-1].low] || ts[m-2].low != "the" {
		return ""
	}
	for _, q := range r.paras {
		if q == nil || q == p {
			break
		}
		if q.end > q.start && strings.ContainsAny(strings.TrimSpace(r.norm[q.start:q.end]), ".!?") && len(q.ts) > 12 {
			// a paragraph of prose came before: not the lead
			return ""
		}
	}
	if anonymousLater(r.norm[st.end:min(len(r.norm), st.end+2000)]) {
		return ""
	}
	return r.leadSpeakerAfter(p, st.end, false)
}

// bodyTitleAppositive returns the person named in an appositive after a
// title's body that opens a sentence at ts[k] ("the"): "The president of
// the Eastport Dockers Union, Mr Tom Grey, called ...", "The Left-wing
// general secretary of ..., Jane Roe,": up to four words ending in a
// person's title in lower case, "of" or "for", the body's name
// (capitalised words, "the", "of", "for", "and"), a comma, a person's
// name and a comma, all before the verb at i.
func (r *reader) bodyTitleAppositive(ts []tok, ref speakerRef, k, i int) (speakerRef, bool) {
	n := k + 1
	for n < i && n <= k+5 && ts[n].word && ts[n].q < 0 && ts[n].low != "of" && ts[n].low != "for" {
		n++
	}
	if n == k+1 || n >= i || ts[n].q >= 0 || ts[n].low != "of" && ts[n].low != "for" || ts[n-1].up || !personRoles[ts[n-1].low] && !titleWords[ts[n-1].low] {
		return ref, false
	}
	c := n + 1
	for c < i && c <= n+12 && ts[c].q < 0 && (isNameTok(ts[c]) || ts[c].low == "the" || ts[c].low == "of" || ts[c].low == "for" || ts[c].low == "and") {
		c++
	}
	if c == n+1 || c+2 >= i || ts[c].s != "," || !isNameTok(ts[c+1]) || ts[c+1].q >= 0 {
		return ref, false
	}
	run := runRight(ts, c+1)
	if e := c + 1 + len(run); e >= i || ts[e].s != "," {
		return ref, false
	}
	name := r.stripName(run)
	if len(name) == 0 {
		return ref, false
	}
	if nm, kind, ok := r.canonRun(run, name, run[0].start); ok && kind == KindPerson {
		ref.from, ref.name, ref.kind = c+1, nm, kind
		return ref, true
	}
	return ref, false
}

// verdictVerbs declare something to be so; followed at once by one of
// verdictWords they pass a verdict on an object ("declared unconstitutional
// regulations that ...") and report no clause.
var verdictVerbs = set(`declared declares declaring pronounced pronounces`)

// verdictWords are the adjectives of a verdict.
var verdictWords = set(`unconstitutional constitutional illegal legal unlawful lawful invalid valid void null illegitimate
legitimate dead bankrupt insolvent guilty innocent open closed complete over redundant vacant`)

// quotedBefore returns where the description of the one quoted starts
// before the name at ts[f] ("quoted veteran lawmaker Jane Roe", "cited the
// country's foreign minister Jane Roe"): up to five lower-case words, none
// a preposition, auxiliary or verb of speech, right after "quoted" or
// "cited", the last a noun of a person's role or the name opening with a
// title. Else f.
func quotedBefore(ts []tok, st *sent, f int) int {
	for k := f - 1; k > st.a && k >= f-5; k-- {
		t := ts[k]
		if t.q >= 0 || !t.word {
			return f
		}
		if t.low == "quoted" || t.low == "cited" {
			if k+1 < f && (roleNoun(ts[f-1]) || descriptorWord(ts[f-1]) || (isTitleWord(ts[f].low) || capTitles[ts[f].low]) && !determiners[ts[f-1].low]) {
				// (any word may qualify a title: "quoted retired General
				// Jane Roe")
				return k + 1
			}
			return f
		}
		if prepWords[t.low] || namePrepositions[t.low] || auxWords[t.low] || speechVerbs[t.low] != 0 {
			return f
		}
	}
	return f
}

// outletPhrase returns where the outlet that quoted or cited someone starts,
// the verb at ts[v]: a run of up to six words before it ending in a noun of
// the media ("the state news agency", "Baltic news agency", "local
// media"), each a name, "the", a media word or its modifier, the outlet's
// name after the noun or not ("the private broadcaster NTV"). Else v.
func outletPhrase(ts []tok, st *sent, v int) int {
	m := v
	for m-1 > st.a && m > v-4 && isNameTok(ts[m-1]) {
		// "the private broadcaster NTV", "news agency Bernama": the
		// outlet's name after its noun
		m--
	}
	if m-1 < st.a || !mediaNouns[ts[m-1].low] || ts[m-1].q >= 0 {
		return v
	}
	g := m - 1
	for k := m - 2; k >= st.a && k >= m-6; k-- {
		t := ts[k]
		if !t.word || t.q >= 0 || !(isNameTok(t) || mediaNouns[t.low] || unnamedMediaMods[t.low] || outletMods[t.low] || t.low == "the") {
			break
		}
		g = k
	}
	return g
}

// outletMods describe a news outlet before its noun: "the state news
// agency", "the official wire service".
var outletMods = set(`news state state-run state-owned state-controlled official government government-run wire daily weekly public`)

// quoteAfterMark reports whether the verb at ts[i] is followed by a comma
// or colon and an opening quote: `saying, "Q"`, `adding: "Q"`.
func quoteAfterMark(ts []tok, st *sent, i int) bool {
	return i+2 < st.b && (ts[i+1].s == "," || ts[i+1].s == ":") && ts[i+1].q < 0 && ts[i+2].q >= 0
}

// titleJoiners join the parts of a long title before a name: "Leader of
// Opposition in the Assembly and senior Congress leader".
var titleJoiners = set(`of in the and for on`)

// quoteBefore returns the quote that ends just before the subject group at
// token from ("Q," X said / "Q" said X), or -1.
func (r *reader) quoteBefore(p *para, st *sent, from int) int {
	ts := p.ts
	k := from - 1
	// "Q," Commission spokesperson Anitta Hipper told: titles before the name
	for n := 0; n < 12 && k > st.a && ts[k].q < 0; n++ {
		if k-3 > st.a && ts[k].s == ")" && ts[k-2].s == "(" && isAcronym(ts[k-1].s) && isNameTok(ts[k-3]) {
			// "Baltic Water Authority (BWA) Director Jon Weiss": the
			// body's acronym inside its title
			k -= 3
			continue
		}
		if !(ts[k].word && (titleWords[ts[k].low] || isNameTok(ts[k]) || titleJoiners[ts[k].low] || n > 0 && titleModifier(ts[k]) || n == 0 && !ts[k].up && (quoteJobNouns[ts[k].low] || jobNouns[ts[k].low]))) {
			break
		}
		// "EU antitrust chief": modifiers before the title; "Leader of
		// Opposition in the Assembly and senior Congress leader": a title
		// of several parts
		k--
	}
	if k > st.a && ts[k].word && !ts[k].up && ts[k].q < 0 {
		// `"Q," a tearful Jane Roe said`, `"Q," state fire Marshal Jon
		// Weiss said`: an article, an epithet or lower-case modifiers
		// before the name or its title
		m := k
		for m > st.a && m > k-4 && ts[m].word && !ts[m].up && ts[m].q < 0 && epithetWord(ts[m]) {
			m--
		}
		if m < k && m >= st.a && (ts[m].s == "," && ts[m].q < 0 || ts[m].q >= 0 && !ts[m].word) {
			k = m
		}
	}
	if k > st.a && ts[k].low == "as" && ts[k].q < 0 {
		// `"Q," as Jane Roe put it.`
		k--
	}
	if k > st.a && ts[k].s == "," && ts[k].q < 0 && k+1 == from {
		// `"Q," Weiss's lawyer, Ana Holm said`: a role of a few words
		// before the name, set off by a comma
		m := k - 1
		for m > st.a && m >= k-5 && ts[m].q < 0 && ts[m].word && (quoteJobNouns[ts[m].low] || jobNouns[ts[m].low] || titleWords[ts[m].low] || possessiveDets[ts[m].low] || isPossessive(ts[m]) || ts[m].low == "of" || ts[m].low == "one" || titleModifier(ts[m])) {
			m--
		}
		if m < k-1 && m >= st.a && ts[m+1].q < 0 && (isPossessive(ts[m+1]) || possessiveDets[ts[m+1].low] || ts[m+1].low == "one") {
			k = m
		}
	}
	for k >= st.a && ts[k].q < 0 && !ts[k].word && (ts[k].s == "," || ts[k].s == "—" || ts[k].s == "–" || ts[k].s == "-") {
		k--
	}
	if k < st.a {
		return -1
	}
	qi := p.quoteEnding(k)
	if qi < 0 || !p.fullQuote(st, qi) {
		return -1
	}
	return qi
}

// quoteEndsSentence reports whether quote qi runs to the end of the
// sentence (only punctuation follows).
func (r *reader) quoteEndsSentence(p *para, st *sent, qi int) bool {
	q := p.qs[qi]
	for i := st.a; i < st.b; i++ {
		if p.ts[i].start >= q.Close && p.ts[i].word {
			return false
		}
	}
	return true
}

// bracketSpeaker reads a quote that opens with a bracketed name and a speech
// verb: "[Kim Jong Un] said that ...". It returns the speaker and where the
// reported words start.
func (r *reader) bracketSpeaker(q quoteSpan) (string, int, bool) {
	s := r.norm[q.From:q.To]
	if !strings.HasPrefix(s, "[") {
		return "", 0, false
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return "", 0, false
	}
	inner := strings.TrimSpace(s[1:end])
	ts := tokenize(r.norm, q.From+end+1, q.To)
	if len(ts) < 2 {
		return "", 0, false
	}
	if _, ok := speechVerbs[ts[0].low]; !ok {
		return "", 0, false
	}
	var name string
	if g, ok := pronouns[strings.ToLower(inner)]; ok {
		name = r.resolvePronoun(q.Open, g)
	} else {
		its := tokenize(inner, 0, len(inner))
		for i := range its {
			its[i].q = -1
		}
		nt := stripName(its)
		if len(nt) == 0 {
			return "", 0, false
		}
		n, _, ok := r.canon(joinToks(inner, nt), q.Open)
		if !ok {
			return "", 0, false
		}
		name = n
	}
	if name == "" {
		return "", 0, false
	}
	r.mention(q.Open, name, KindPerson)
	from := ts[1].start
	if ts[1].low == "that" && len(ts) > 2 {
		from = ts[2].start
	}
	return name, from, true
}

// personTitles before a single unknown word make it a person's name: "Mr
// Hoyle", "Senator Warnock".
var personTitles = set(`mr mr. mrs mrs. ms ms. miss dr dr. president senator sen. rep. representative gov. governor
minister chancellor premier ambassador judge justice mayor councilman councilwoman councillor councilor general gen.
gen maj. col. adm. brig. capt. cmdr. prof gov rep
colonel admiral commander captain sheikh emir king queen prince princess pope professor prof. sir dame lord lady rabbi
imam ayatollah secretary spokesman spokeswoman spokesperson comrade marshal`)

var femaleTitles = set(`mrs mrs. ms ms. miss queen princess dame lady councilwoman spokeswoman`)
var maleTitles = set(`mr mr. king prince sir lord councilman spokesman`)

// canonRun is canon for a name stripped from run: a single word the article
// and the aliases do not know still names a person when a person's title
// precedes it. A gendered title (Mrs, Mr) is remembered for pronouns.
func (r *reader) canonRun(run, name []tok, pos int) (string, string, bool) {
	var title string
	for _, t := range run {
		if t.start >= name[0].start {
			break
		}
		if personTitles[t.low] {
			title = t.low
		}
	}
	if n, ok := r.initialsHolder(name, pos); ok {
		return n, KindPerson, true
	}
	n, kind, ok := r.canon(joinToks(r.norm, name), pos)
	if !ok && title == "" && len(name) == 1 && name[0].low == "police" {
		// "Police say ...": the force the article names (naming.go)
		if n = r.policeForce(pos); n != "" {
			return n, KindOrganisation, true
		}
	}
	if !ok && title != "" && len(name) == 1 {
		n, kind, ok = joinToks(r.norm, name), KindPerson, true
	}
	if ok && kind == KindPerson && r.gender[n] == "" {
		switch {
		case femaleTitles[title]:
			r.gender[n] = "f"
		case maleTitles[title]:
			r.gender[n] = "m"
		}
	}
	return n, kind, ok
}

// epithetNouns are nouns for what a person is or won that news
// capitalises after "the" as an epithet ("the new World Champion", "the
// reigning Golden Boot Winner").
var epithetNouns = set(`champion champions winner holder titleholder laureate finalist medallist medalist nominee candidate
challenger incumbent skipper captain coach manager veteran frontrunner front-runner favourite favorite`)

// unnamedAnd reports whether the "and" at ts[k] joins a plural of unnamed
// people ("officials", "local officials", "officials here") to the name
// after it: the plural within the two words before, lower case (or opening
// the sentence) and outside quotes.
func unnamedAnd(ts []tok, st *sent, k int) bool {
	for m := k - 1; m >= st.a && m >= k-2; m-- {
		t := ts[m]
		if !t.word || t.up && m > st.a || t.q >= 0 {
			return false
		}
		if unnamedPlurals[t.low] {
			return true
		}
	}
	return false
}

// cappedEpithet reports whether the name of two words or more at ts[f]
// is a capitalised description of a person ("the new World Champion"):
// one lower-case word after "the" stands before it, not "late" ("the late
// Jon Weiss" is a name); it ends in a noun of a role (epithetNouns,
// personRoles); it is no body, alias or place, and the article writes it
// nowhere without "the" before it. (A bare "the" is left alone:
// "the Dalai Lama said" is a name.)
func (r *reader) cappedEpithet(ts []tok, st *sent, f int, name []tok) bool {
	if len(name) < 2 || f-1 < st.a || ts[f-1].q >= 0 {
		return false
	}
	if f-2 < st.a || ts[f-2].low != "the" || !ts[f-1].word || ts[f-1].up || ts[f-1].low == "late" || ts[f-1].low == "then" || leadWords[ts[f-1].low] {
		return false
	}
	if last := name[len(name)-1].low; !epithetNouns[last] && !personRoles[last] {
		// "the embattled Jon Weiss said": a name
		return false
	}
	s := joinToks(r.norm, name)
	if _, ok := r.al.Lookup(s); ok || hasOrgWord(name) {
		return false
	}
	if n, kind, ok := r.canon(s, name[0].start); !ok || kind != KindPerson || n != s {
		return false
	}
	for at := range occurrences(r.norm, s) {
		if c, _ := utf8.DecodeRuneInString(r.norm[at+len(s):]); unicode.IsLetter(c) {
			continue // "World Championships"
		}
		before := strings.TrimRight(r.norm[max(0, at-24):at], " ")
		if k := strings.LastIndexByte(before, ' '); k >= 0 && !strings.EqualFold(before[k+1:], "the") {
			before = strings.TrimRight(before[:k], " ")
		}
		if !strings.HasSuffix(strings.ToLower(before), "the") {
			return false
		}
	}
	return true
}

// modifierName reports whether the name at ts[k] stands in a participle's
// phrase after a subject that is a common noun: ts[a] is "the" or "a",
// then only lower-case words up to k, among them one in -ing after the
// noun ("The sheriff leading the search for inmate NAME", "A nurse
// treating NAME").
func modifierName(ts []tok, a, k int) bool {
	if k-a < 3 || ts[a].q >= 0 || ts[a].low != "the" && ts[a].low != "a" && ts[a].low != "an" {
		return false
	}
	ing := false
	for m := a + 1; m < k; m++ {
		t := ts[m]
		if !t.word || t.up || t.q >= 0 {
			return false
		}
		if m >= a+2 && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && ts[m-1].low != "the" && ts[m-1].low != "a" {
			ing = true
		}
	}
	return ing
}

// agentName reports whether the name at ts[k] is the agent of a past
// participle modifying an unnamed subject that opens at a: "Most
// economists polled by Reuters", "Residents interviewed by the Herald"
// (not a document: "A statement issued by the ministry" is the
// ministry's).
func agentName(ts []tok, a, k int) bool {
	b := k - 1
	if b-1 <= a || ts[b].low != "by" && !(ts[b].low == "the" && b-1 > a && ts[b-1].low == "by") {
		return false
	}
	if ts[b].low == "the" {
		b--
	}
	if v := ts[b-1]; !v.word || v.up || v.q >= 0 || !pastForm(v.low) {
		return false
	}
	for m := a; m < b-1; m++ {
		t := ts[m]
		if !t.word || t.up && m > a || t.q >= 0 || ownDocuments[t.low] || t.low == "report" || t.low == "reports" || namePrepositions[t.low] || agentLeads[t.low] {
			// (not "Despite concerns raised by Spain, Rutte affirmed
			// ...": a leading phrase, the subject after it)
			return false
		}
	}
	return true
}

// agentLeads open a leading phrase, not a subject.
var agentLeads = set(`despite after before amid following while although though when since as in on under over during`)

// initialsHolder returns the person a title's initials name ("the CS
// said" after "Cabinet Secretary Jane Roe", attribute.go titleInitials),
// unless the initials are a body's the article or the alias table knows.
func (r *reader) initialsHolder(name []tok, pos int) (string, bool) {
	if len(name) != 1 || !isAcronym(name[0].s) || len(r.titled[name[0].low]) == 0 {
		return "", false
	}
	if _, known := r.al.Lookup(name[0].s); known || r.acro[name[0].s] != "" {
		return "", false
	}
	full := r.titledBefore(name[0].low, name[0].low, pos)
	if full == "" {
		return "", false
	}
	if n, kind, ok := r.canon(full, pos); ok && kind == KindPerson {
		return n, true
	}
	return "", false
}

// lastMention returns the name of the last mention before pos, or "".
func lastMention(ms []mention, pos int) string {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].pos < pos {
			return ms[i].name
		}
	}
	return ""
}

// hasOrgWord reports whether a name holds a word that names an
// organisation ("Joint Chiefs", "Foreign Ministry").
func hasOrgWord(ts []tok) bool {
	for _, t := range ts {
		if orgWords[t.low] || orgHeads[t.low] {
			return true
		}
	}
	return false
}

// titleOf reports whether the run of names at token f follows "TITLE of"
// or "TITLE of the" ("Director of National Intelligence", "Speaker of the
// House"), or "TITLE for" ("High Commissioner for Refugees").
func titleOf(ts []tok, st *sent, f int) bool {
	k := f - 1
	if k > st.a && ts[k].low == "the" {
		k--
	}
	if !(k > st.a && (ts[k].low == "of" || ts[k].low == "for") && ts[k].q < 0) {
		// ("High Commissioner for Refugees Jane Roe", "Special Envoy
		// for Famine Relief Jon Weiss": a title's "for" as its "of")
		return false
	}
	// "Chair of the Board of Trustees Jon Weiss": the title may stand
	// further left, before another organisation's words
	for m := k - 1; m >= st.a && m > k-7 && ts[m].q < 0; m-- {
		if titleWords[ts[m].low] {
			// (but "a spokesperson for Norsk Hydro AS", "a lawyer for
			// ...": the one the role speaks for)
			return ts[k].low == "of" || !leadRoles[ts[m].low]
		}
		if !isNameTok(ts[m]) && ts[m].low != "of" && ts[m].low != "the" {
			return false
		}
	}
	return false
}

// titleAnd reports whether the run of names at token f follows the "and"
// of an office's portfolio of two parts after "TITLE of" or "TITLE for"
// ("Minister of Manpower and Immigration Jane Roe", "Minister of the
// Environment and Housing Jon Weiss", "Minister for Trade, Industry and
// Energy Jane Roe"): the run opens with the portfolio's last part.
func titleAnd(ts []tok, st *sent, f int) bool {
	k := f - 1
	if !(k > st.a && (ts[k].low == "and" || ts[k].s == "&") && ts[k].q < 0) {
		return false
	}
	m := k - 1
	for m > st.a && ts[m].q < 0 && (isNameTok(ts[m]) && !isPossessive(ts[m]) || ts[m].s == ",") {
		m--
	}
	if m+1 >= k || !isNameTok(ts[m+1]) {
		return false
	}
	if m >= st.a && (ts[m].low == "for") && ts[m].q < 0 {
		// "Minister for Trade and Industry Jane Roe"
		for d := m - 1; d >= st.a && d > m-4 && ts[d].q < 0; d-- {
			if titleWords[ts[d].low] {
				return true
			}
			if !isNameTok(ts[d]) {
				break
			}
		}
	}
	return titleOf(ts, st, m+1)
}

// personAfterPortfolio returns the person's name at the end of a run that
// opens with the last part of an office's portfolio (titleAnd): after the
// run's first word, and after the portfolio words that follow it
// ("Higher Education Jane Roe" -> "Jane Roe"), never leaving fewer than
// two words ("Industry Justice Malala" -> "Justice Malala").
func personAfterPortfolio(name []tok) []tok {
	if len(name) < 3 {
		return name
	}
	name = name[1:]
	for len(name) > 2 && (portfolioWords[name[0].low] || orgWords[name[0].low]) {
		name = name[1:]
	}
	return name
}

// orgLed reports whether name, stripped from run, still starts where the
// run does: the organisation's words a title's "of" or "for" runs into are
// still in it. When stripping already took them ("Minister of Foreign
// Affairs Jon Ade Weiss" -> "Jon Ade Weiss"), what is left is the person's
// whole name, however many words it has.
func orgLed(run, name []tok) bool {
	return len(run) > 0 && len(name) > 0 && name[0].start == run[0].start
}

// personAfterOrg returns the person's name at the end of a run that holds
// the end of an organisation's name first: after the run's last
// organisation word ("Commission Ursula von der Leyen"), else its last two
// words with the particles between them ("House Mike Johnson").
func personAfterOrg(name []tok) []tok {
	for i := len(name) - 1; i >= 1; i-- {
		// "President of Sierra Leone Jon Ade Weiss": the person after
		// the country's name, however long the name
		if countryNames[strings.ToLower(joinWords(name[:i]))] {
			return name[i:]
		}
	}
	for i := len(name) - 3; i >= 0; i-- {
		if orgWords[name[i].low] {
			return name[i+1:]
		}
	}
	k := len(name) - 2
	for k > 0 && connectors[name[k].low] {
		k--
	}
	return name[k:]
}

// joinWords joins the tokens' words with single spaces.
func joinWords(ts []tok) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.s
	}
	return strings.Join(w, " ")
}

// countryNames are the world's states, in lower case, for "President of
// COUNTRY NAME": the person's name is what follows the country's.
var countryNames = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Split(`afghanistan,albania,algeria,andorra,angola,antigua and barbuda,argentina,armenia,australia,
austria,azerbaijan,bahamas,the bahamas,bahrain,bangladesh,barbados,belarus,belgium,belize,benin,bhutan,bolivia,
bosnia and herzegovina,botswana,brazil,brunei,bulgaria,burkina faso,burundi,cabo verde,cape verde,cambodia,cameroon,
canada,central african republic,the central african republic,chad,chile,china,colombia,comoros,congo,the congo,
democratic republic of congo,democratic republic of the congo,the democratic republic of the congo,republic of congo,
costa rica,cote d'ivoire,côte d'ivoire,ivory coast,croatia,cuba,cyprus,czech republic,the czech republic,czechia,denmark,
djibouti,dominica,dominican republic,the dominican republic,ecuador,egypt,el salvador,equatorial guinea,eritrea,estonia,
eswatini,ethiopia,fiji,finland,france,gabon,gambia,the gambia,georgia,germany,ghana,greece,grenada,guatemala,guinea,
guinea-bissau,guyana,haiti,honduras,hungary,iceland,india,indonesia,iran,iraq,ireland,israel,italy,jamaica,japan,jordan,
kazakhstan,kenya,kiribati,kosovo,kuwait,kyrgyzstan,laos,latvia,lebanon,lesotho,liberia,libya,liechtenstein,lithuania,
luxembourg,madagascar,malawi,malaysia,maldives,mali,malta,marshall islands,the marshall islands,mauritania,mauritius,
mexico,micronesia,moldova,monaco,mongolia,montenegro,morocco,mozambique,myanmar,namibia,nauru,nepal,netherlands,
the netherlands,new zealand,nicaragua,niger,nigeria,north korea,north macedonia,norway,oman,pakistan,palau,palestine,
panama,papua new guinea,paraguay,peru,philippines,the philippines,poland,portugal,qatar,romania,russia,rwanda,
saint kitts and nevis,saint lucia,saint vincent and the grenadines,samoa,san marino,sao tome and principe,
são tomé and príncipe,saudi arabia,senegal,serbia,seychelles,sierra leone,singapore,slovakia,slovenia,solomon islands,
the solomon islands,somalia,south africa,south korea,south sudan,spain,sri lanka,sudan,suriname,sweden,switzerland,
syria,taiwan,tajikistan,tanzania,thailand,timor-leste,east timor,togo,tonga,trinidad and tobago,tunisia,turkey,
türkiye,turkmenistan,tuvalu,uganda,ukraine,united arab emirates,the united arab emirates,uae,united kingdom,
the united kingdom,uk,united states,the united states,us,u.s.,uruguay,uzbekistan,vanuatu,vatican,venezuela,vietnam,
yemen,zambia,zimbabwe`, ",") {
		m[strings.TrimSpace(c)] = true
	}
	return m
}()

// named resolves a person's name found in a subject run (see subject).
func (r *reader) named(st *sent, ts []tok, ref speakerRef, run, name []tok) (speakerRef, bool) {
	n, kind, ok := r.canonRun(run, name, name[0].start)
	if !ok {
		return ref, false
	}
	if ref.from > st.a && ts[ref.from-1].low == "the" {
		ref.from--
	}
	ref.name, ref.kind = n, kind
	return ref, true
}

// orgPhrase reads the name of an organisation that ends with run, the
// capitalised run before a verb, and is joined by "of", "for", "to" or "and"
// ("of the" too): "Coalition for App Fairness", "Ministry of Foreign Affairs
// of the People's Republic of China", "Office of the United Nations High
// Commissioner for Human Rights", "Committee to Protect Journalists". The
// longest such name whose first part holds an organisation word (Ministry,
// Office, Staff, Centres) wins. A run ending in a titled person ("Bank of
// England Governor Andrew Bailey") is the person's, not the organisation's.
func (r *reader) orgPhrase(ts []tok, st *sent, run []tok) (int, string, bool) {
	if name := r.stripName(run); len(name) > 0 && len(name) < len(run) && !orgWords[run[len(run)-1].low] {
		for _, t := range run[:len(run)-len(name)] {
			if personTitles[t.low] || titleWords[t.low] && len(name) >= 2 {
				return 0, "", false
			}
		}
	}
	end := run[len(run)-1].end
	cur := indexOf(ts, run[0])
	bestFrom, best, ofFor, lastHead := -1, "", false, true
	forOnly, lastPart := true, []tok(nil)
	for hops := 0; hops < 6; hops++ {
		k := cur - 1
		if k-1 > st.a && ts[k].low == "the" && (ts[k-1].low == "of" || ts[k-1].low == "for") {
			// "of the Armed Forces"
			k--
		}
		if k-1 > st.a && isPossessive(ts[k]) && isNameTok(ts[k]) && (ts[k-1].low == "of" || ts[k-1].low == "for") {
			// "General Staff of Ukraine's Armed Forces"
			k--
		}
		if k-1 < st.a || ts[k].q >= 0 {
			break
		}
		c := ts[k].low
		if c != "of" && c != "for" && c != "and" && c != "to" && !(c == "on" && onName(ts, cur, st.b)) || !isNameTok(ts[k-1]) {
			// ("The Commission on Human Rights said": "on" before two
			// capitalised words, onName)
			break
		}
		if c == "to" && ofFor {
			// "to" joins only the first part: "Committee to Protect Journalists"
			break
		}
		ofFor = ofFor || c != "and"
		forOnly = forOnly && (c == "for" || c == "and")
		lr := runLeft(ts, k-1)
		if len(lr) == 0 {
			break
		}
		if f := indexOf(ts, lr[0]); f-2 >= st.a && isPossessive(ts[f-1]) && isNameTok(ts[f-1]) && ts[f-2].low == "the" {
			// "the People's Republic of China"
			lr = ts[f-1 : k]
		}
		// the parts inside keep their words ("of Foreign Affairs", "of
		// National Intelligence"); only sentence words go
		for len(lr) > 0 && leadWords[lr[0].low] {
			lr = lr[1:]
		}
		if len(lr) == 0 {
			break
		}
		cur = indexOf(ts, lr[0])
		lastPart = lr
		if !ofFor {
			if hops == 0 && orgWords[run[len(run)-1].low] && !companySuffixes[run[len(run)-1].low] && len(lr) == 1 && !titleWords[lr[0].low] && !demonymWords[lr[0].low] {
				// "the Ethics and Anti-Corruption Commission": one word
				// joined by "and" to an organisation's name
				bestFrom, best = cur, r.norm[lr[0].start:end]
			}
			continue
		}
		head := false
		for _, t := range lr {
			// ("Communications Workers of America": workers named by
			// their trade head a union's name)
			head = head || orgWords[t.low] || orgHeads[t.low] || t.low == "workers" && len(lr) >= 2
		}
		lastHead = head
		if head {
			// the first part drops a leading demonym: "U.S. Centers for
			// Disease Control", not "General Staff"
			first := lr
			for len(first) > 1 && demonymWords[first[0].low] && !countryInitials[first[0].s] {
				// (a country's initials stay: "U.S. Court of Appeals for
				// the Fifth Circuit", as "U.S. Geological Survey")
				first = first[1:]
			}
			bestFrom, best = indexOf(ts, first[0]), r.norm[first[0].start:end]
		}
	}
	if !lastHead && ofFor && forOnly && bestFrom < 0 && forNamed(lastPart) && r.articleFull(lastPart[0].s, lastPart[0].start) == "" {
		// "Transport for London said", "Help for Heroes said": a
		// name joined by "for" to capitalised words, with no body's
		// word, is one body
		return indexOf(ts, lastPart[0]), r.norm[lastPart[0].start:end], true
	}
	if !lastHead {
		// "Members of the Board of Trade said", "Jane Roe of the
		// University of Oxford said": the organisation is inside a larger
		// phrase, not the subject
		return -1, "", false
	}
	return bestFrom, best, bestFrom >= 0
}

// titleBeforeName reports whether the article writes the capitalised word w
// before another capitalised word ("Sultan Qaboos"): a title there.
func titleBeforeName(norm, w string) bool {
	for at := range occurrences(norm, w+" ") {
		if r, _ := utf8.DecodeRuneInString(norm[at+len(w)+1:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// forNamed reports whether the capitalised words before "for" may open a
// body's name ("Transport for London"): one word, no title ("Minister for
// Europe"),
// no plural of people ("Candidates for Congress"), no pronoun or sentence
// word.
func forNamed(part []tok) bool {
	if len(part) != 1 {
		// ("Jane Roe for Acme said": a person's name before "for")
		return false
	}
	for _, t := range part {
		if !isNameTok(t) || isPossessive(t) || isTitleWord(t.low) && !genericWords[t.low] || personTitles[t.low] || capTitles[t.low] || personRoles[t.low] || leadWords[t.low] || pronounWord(t.low) {
			return false
		}
	}
	w := part[len(part)-1].low
	return !(strings.HasSuffix(w, "s") && !singularS(w)) && !unnamedNouns[w]
}

// delegationNouns name who speaks for a country or body in UN meetings
// coverage: "the representative of France", "the Permanent Observer".
var delegationNouns = set(`representative delegate delegation observer`)

// delegationOf reads "the (Permanent) Representative of (the) NAME", with
// NAME the run before the verb: in UN meetings coverage the delegation
// speaks, so the speaker is NAME. isDel reports whether the shape matched.
func (r *reader) delegationOf(ts []tok, st *sent, ref speakerRef, run []tok) (speakerRef, bool, bool) {
	f := indexOf(ts, run[0])
	end := run[len(run)-1].end
	k := f - 1
	for n := 0; n < 6 && k-2 >= st.a && (ts[k].low == "of" || ts[k].low == "the") && isNameTok(ts[k-1]) && !delegationNouns[ts[k-1].low]; n++ {
		// "the observer for the State of Palestine": the name holds "of"
		lr := runLeft(ts, k-1)
		if len(lr) == 0 {
			// (a particle in capitals, "LA", is no name's start)
			break
		}
		f = indexOf(ts, lr[0])
		k = f - 1
	}
	if k > st.a && ts[k].low == "the" {
		k--
	}
	if k-1 < st.a || (ts[k].low != "of" && ts[k].low != "for") || ts[k].q >= 0 {
		return ref, false, false
	}
	if noun := strings.TrimSuffix(ts[k-1].low, "s"); !delegationNouns[noun] && !(noun == "speaker" && ts[k].low == "for") {
		// ("the speaker for the European Union", not "the Speaker of
		// the House")
		return ref, false, false
	}
	for f < len(ts) && leadWords[ts[f].low] && ts[f].start < end {
		f++
	}
	if ts[f].start >= end {
		return ref, false, true
	}
	g := k - 1
	for g > st.a && ts[g-1].word && ts[g-1].q < 0 && (ts[g-1].up || ts[g-1].low == "the" || ts[g-1].low == "permanent" || ts[g-1].low == "deputy") && !isPossessive(ts[g-1]) {
		g--
		if ts[g].low == "the" {
			break
		}
	}
	if a := ts[g].low; a == "a" || a == "an" || a == "one" || g > st.a && (ts[g-1].low == "a" || ts[g-1].low == "an" || ts[g-1].low == "one") {
		// "A representative of Google said": an unnamed spokesperson
		return ref, false, true
	}
	ref.from = g
	ref.name, ref.kind = r.delegationName(r.norm[ts[f].start:end])
	return ref, true, true
}

// delegationName is the canonical name of a delegation: the alias table's,
// else the name as the article gives it, as an organisation.
func (r *reader) delegationName(name string) (string, string) {
	if e, ok := r.al.Lookup(name); ok {
		return e.Canonical, KindOrganisation
	}
	return name, KindOrganisation
}

// speakingFor returns the delegation a sentence opens with ("Speaking for
// the African Union," "On behalf of the Arab Group,") as the speaker of a
// delegation noun at token from ("the Permanent Observer urged"), or
// nobody.
func (r *reader) speakingFor(ts []tok, st *sent, ref speakerRef, from int) (speakerRef, bool) {
	k := st.a
	if k < st.b && ts[k].low == "speaking" {
		k++
	}
	switch {
	case k+2 < st.b && ts[k].low == "on" && ts[k+1].low == "behalf" && ts[k+2].low == "of":
		k += 3
	case k < st.b && ts[k].low == "for" && k > st.a:
		k++
	default:
		return ref, false
	}
	if k < st.b && ts[k].low == "the" {
		k++
	}
	run := runRight(ts, k)
	if len(run) == 0 || k+len(run) >= st.b || ts[k+len(run)].s != "," || k+len(run) >= from {
		return ref, false
	}
	ref.from = from
	ref.name, ref.kind = r.delegationName(joinToks(r.norm, run))
	return ref, true
}

// govBodies, written lower-case after a demonym or a country's
// possessive, are a state's institution: "the Israeli military", "the
// Chinese foreign ministry", "Russia's defence ministry".
var govBodies = set(`ministry military army navy government embassy force forces police guard administration`)

// countryDemonyms turn a country's possessive before a state body into the
// demonym the same body takes when written "the Ukrainian military".
var countryDemonyms = map[string]string{"ukraine": "Ukrainian", "russia": "Russian", "israel": "Israeli",
	"china": "Chinese", "iran": "Iranian", "india": "Indian", "pakistan": "Pakistani", "japan": "Japanese",
	"germany": "German", "france": "French", "britain": "British", "turkey": "Turkish", "syria": "Syrian",
	"lebanon": "Lebanese", "egypt": "Egyptian", "taiwan": "Taiwanese", "sudan": "Sudanese", "poland": "Polish",
	"america": "American", "mexico": "Mexican", "brazil": "Brazilian", "canada": "Canadian", "australia": "Australian",
	"italy": "Italian", "spain": "Spanish", "iraq": "Iraqi", "yemen": "Yemeni", "jordan": "Jordanian",
	"afghanistan": "Afghan", "nigeria": "Nigerian", "kenya": "Kenyan", "ethiopia": "Ethiopian", "somalia": "Somali",
	"libya": "Libyan", "venezuela": "Venezuelan", "colombia": "Colombian", "philippines": "Philippine",
	"indonesia": "Indonesian", "thailand": "Thai", "vietnam": "Vietnamese", "myanmar": "Myanmar",
	"belarus": "Belarusian", "georgia": "Georgian", "armenia": "Armenian", "azerbaijan": "Azerbaijani",
	"lithuania": "Lithuanian", "latvia": "Latvian", "estonia": "Estonian", "finland": "Finnish", "sweden": "Swedish",
	"norway": "Norwegian", "denmark": "Danish", "greece": "Greek", "serbia": "Serbian", "hungary": "Hungarian",
	"romania": "Romanian", "moldova": "Moldovan", "qatar": "Qatari"}

// countryOwner returns how many tokens at the end of run, its last a
// possessive, name a country ("South Korea's" -> 2), or 0.
func countryOwner(norm string, run []tok) int {
	for n := min(len(run), 4); n >= 1; n-- {
		s := toLower(joinToks(norm, run[len(run)-n:]))
		s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
		if countryNames[s] {
			return n
		}
	}
	return 0
}

// bodyModifiers may stand between the owner and the body: "foreign
// ministry", "defence ministry", "foreign affairs ministry" (two at most).
var bodyModifiers = set(`foreign defence defense interior home health finance trade commerce economy justice education
energy environment agriculture emergencies emergency information culture transport labour labor industry air armed
coast border affairs security`)

// lowerBody reads a state institution written in lower case ending at
// token j: "the Chinese foreign ministry" is "Chinese Foreign Ministry",
// "Russia's defence ministry" "Defence Ministry" (the owner dropped, as for
// "Russia's Defence Ministry"), "the Israeli military" "Israeli military".
// A body with no demonym or owner ("the ministry", "the army") is left to
// the other rules.
func (r *reader) lowerBody(ts []tok, st *sent, ref speakerRef, j int, asSubject bool) (speakerRef, bool) {
	m := j
	for m-1 >= st.a && m > j-3 && (bodyModifiers[ts[m-1].low] || ts[j].low == "government" && govLevels[ts[m-1].low]) && !ts[m-1].up && ts[m-1].q < 0 {
		m--
	}
	o := m - 1
	if o < st.a || ts[o].q >= 0 || !ts[o].up {
		return ref, false
	}
	ministry := ts[j].low == "ministry"
	var words []string
	for _, t := range ts[m : j+1] {
		w := t.s
		if ministry {
			w = titleCase(w)
		}
		words = append(words, w)
	}
	switch {
	case (demonymWords[ts[o].low] || demonymLike(ts[o].low) || countryInitials[ts[o].s] || ministry && isNameTok(ts[o]) && !strings.Contains(ts[o].low, "-")) && !isPossessive(ts[o]) && !leadWords[ts[o].low]:
		// ("the US administration announced": a country's initials as
		// its demonym)
		// ("the Gaza health ministry": a place before a ministry too)
		words = append([]string{ts[o].s}, words...)
		ref.from = o
		for n := 0; n < 2 && ref.from-1 >= st.a && isNameTok(ts[ref.from-1]) && !isPossessive(ts[ref.from-1]) && !leadWords[ts[ref.from-1].low] && !titleWords[ts[ref.from-1].low] && (demonymWords[ts[o].low] || demonymLike(ts[o].low)); n++ {
			// "the North Korean foreign ministry", "the Sri Lankan
			// navy": a demonym of two words
			ref.from--
			words = append([]string{ts[ref.from].s}, words...)
		}
	case ts[j].low == "government" && (m == j || govLevels[ts[m].low]) && isNameTok(ts[o]) && !isPossessive(ts[o]) && !leadWords[ts[o].low] && !titleWords[ts[o].low] && !connectors[ts[o].low]:
		// "The Mexico City government says": a place before it (not a
		// particle in capitals, "Y government": runLeft gives nothing)
		run := runLeft(ts, o)
		for len(run) > 1 && leadWords[run[0].low] {
			run = run[1:]
		}
		words = append([]string{joinToks(r.norm, run)}, words...)
		ref.from = indexOf(ts, run[0])
	case isPossessive(ts[o]) && isNameTok(ts[o]) && ministry:
		ref.from = indexOf(ts, runLeft(ts, o)[0])
	case isPossessive(ts[o]) && isNameTok(ts[o]) && countryDemonyms[strings.TrimSuffix(strings.TrimSuffix(ts[o].low, "'s"), "’s")] != "" && runLeft(ts, o)[0].start == ts[o].start:
		// "Ukraine's military said" is "Ukrainian military", as "the
		// Ukrainian military said"
		words = append([]string{countryDemonyms[strings.TrimSuffix(strings.TrimSuffix(ts[o].low, "'s"), "’s")]}, words...)
		ref.from = o
	case isPossessive(ts[o]) && isNameTok(ts[o]) && countryOwner(r.norm, runLeft(ts, o)) > 0:
		// "South Korea's military said", "Peru's government": a country
		// with no demonym in the table keeps its possessive
		own := runLeft(ts, o)
		own = own[len(own)-countryOwner(r.norm, own):]
		words = append([]string{joinToks(r.norm, own)}, words...)
		ref.from = indexOf(ts, own[0])
	default:
		return ref, false
	}
	if ref.from > st.a && ts[ref.from-1].low == "the" {
		ref.from--
	}
	if f := ref.from; f-2 >= st.a && (ts[f-1].low == "from" || ts[f-1].low == "by") && (ts[f-2].low == "readout" || ts[f-2].low == "statement") {
		// "A readout from the Chinese foreign ministry said"
		ref.from = f - 2
		if ref.from > st.a && (ts[ref.from-1].low == "a" || ts[ref.from-1].low == "the") {
			ref.from--
		}
	} else if asSubject && !ref.inverted && ref.from > st.a && !subjectStart(ts, st, ref.from) && ts[ref.from-1].q < 0 && ts[ref.from-1].s != "," && !subordinators2[ts[ref.from-1].low] && ts[ref.from-1].low != "citing" {
		// ("comes as Iraqi police say": a subordinate clause's subject)
		// "officials at the Chinese foreign ministry said": not the subject
		return ref, false
	}
	ref.name, ref.kind = strings.Join(words, " "), KindOrganisation
	if e, ok := r.al.Lookup(ref.name); ok {
		ref.name, ref.kind = e.Canonical, e.Kind
	}
	return ref, true
}

// govLevels stand between a place and "government": "the Sichuan
// provincial government", "the Lagos state government".
var govLevels = set(`provincial municipal regional state federal city county local prefectural district`)

// subordinators2 open a clause whose subject may be a body in lower case:
// "the strike comes as Ruritanian police say ...".
var subordinators2 = set(`as when after because since although though`)

// demonymLike reports whether a word looks like a demonym the list lacks:
// "Ruritanian", "Togolese", "Kazakhstani".
func demonymLike(low string) bool {
	for _, suf := range []string{"ian", "ese", "ish", "stani", "ean", "iot", "ic"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf)+2 {
			return true
		}
	}
	return false
}

// partyPlurals end a party's name used as a speaker: "the Liberal
// Democrats", "the Greens", "Senate Republicans".
var partyPlurals = set(`democrats republicans conservatives tories greens liberals socialists communists nationalists
unionists`)

// orgRight reads an organisation named with "of" or "for" that starts at
// token k, before end ("the Ministry of Health of Gaza"): it returns the
// token after the name and the name, or k and "" when there is none.
func orgRight(norm string, ts []tok, k, end int) (int, string) {
	i := k
	for i < end && leadWords[ts[i].low] && ts[i].q < 0 {
		i++
	}
	first := i
	head, joined, inFirst := false, false, true
	last, firstLen, forOnly := -1, 0, true
	for ; i < end && ts[i].q < 0; i++ {
		t := ts[i]
		switch {
		case isNameTok(t) && (!isPossessive(t) || i > first && ts[i-1].low == "the"):
			if inFirst && (orgWords[t.low] || orgHeads[t.low] || t.low == "workers" && i > first) {
				// ("Communications Workers of America")
				head = true
			}
			if inFirst {
				firstLen++
			}
			last = i
			continue
		case (t.low == "of" || t.low == "for" || t.low == "on" && onName(ts, i+1, end)) && last == i-1 || t.low == "the" && i > first && (ts[i-1].low == "of" || ts[i-1].low == "for") || t.low == "and" && last == i-1:
			if t.low != "and" && t.low != "the" {
				joined = true
			}
			forOnly = forOnly && (t.low == "for" || t.low == "and" || t.low == "the" && !inFirst)
			inFirst = false
			continue
		}
		break
	}
	if !head && joined && forOnly && firstLen == 1 && last == i-1 && forNamed(ts[first:first+1]) {
		// "said Transport for London": one word joined by "for" to
		// capitalised words is one body (forNamed)
		head = true
	}
	if !joined && last == i-1 && last > first && ts[k].low == "the" && andBody(ts, first, last) {
		// "said the Socialism and Liberty Party", "said the Ethics and
		// Anti-Corruption Commission": one body whose name holds "and"
		return i, norm[ts[first].start:ts[last].end]
	}
	if !head || !joined || last < first || last != i-1 {
		return k, ""
	}
	return i, norm[ts[first].start:ts[last].end]
}

// andBody reports whether the capitalised words ts[first..last], after
// "the", are one body's name holding "and": one "and" between capitalised
// words, no "the" after it, and the last word a body's (orgWords, not a
// company's legal form: "the Ethics and Anti-Corruption Commission", not
// "the United States and the European Union", "Google and Microsoft Corp").
func andBody(ts []tok, first, last int) bool {
	w := ts[last].low
	if !orgWords[w] || companySuffixes[w] || titleWords[w] {
		return false
	}
	ands := 0
	for k := first; k <= last; k++ {
		switch {
		case ts[k].low == "and":
			ands++
			if k == first || k == last || !isNameTok(ts[k-1]) || !isNameTok(ts[k+1]) || orgWords[ts[k-1].low] {
				// (not "the Interior Ministry and Foreign Ministry": two)
				return false
			}
		case !isNameTok(ts[k]) || isPossessive(ts[k]):
			return false
		}
	}
	return ands == 1
}

// onName reports whether the words from token k are two capitalised words
// or more, no day or month among them, that a body's name may join with
// "on" ("Commission on Human Rights", "Committee on Foreign Relations"):
// not "on Monday", "on Telegram", "on X".
func onName(ts []tok, k, end int) bool {
	n := 0
	for ; k < end && isNameTok(ts[k]) && ts[k].q < 0 && !dayWords[ts[k].low] && !isPossessive(ts[k]); k++ {
		n++
	}
	return n >= 2
}

// leadName reports whether the one word at token f, opening its sentence (or
// its clause after "But", "And" or "Yet")
// right before the speech verb at i ("Nvidia said on Tuesday ..."), is a
// name although the article never capitalises it mid-sentence: it is no
// plural ("Analysts said"), no collective noun ("Police said") and no word
// the article also writes in lower case ("the police").
func (r *reader) leadName(ts []tok, st *sent, f, i int) bool {
	w := ts[f].low
	o := st.a
	if f == st.a+1 && ts[st.a].q < 0 && (ts[st.a].low == "but" || ts[st.a].low == "and" || ts[st.a].low == "yet") {
		// "But Nordbank said": a conjunction joins the sentence to the
		// one before; the name still opens its clause
		o = f
	}
	if f != o || i-f > 4 || strings.HasSuffix(w, "s") && !sCapitals[w] && !singularS(w) && !(r.capitalTimes(ts[f].s, 3) && !peoplePlural(w) && !unnamedPlurals[w] && !bodyPlurals[w] && !partyPlurals[w]) || unnamedNouns[w] || r.writesLower(w) || leadWords[w] || pronouns[w] != "" {
		return false
	}
	_, isVerb := speechVerbs[ts[f+1].low]
	if f+4 == i && ts[f+1].s == "," && ts[f+3].s == "," && sentenceAdverbs[ts[f+2].low] && ts[f+1].q < 0 && ts[f+3].q < 0 {
		// "Nordbank, however, said": a sentence adverb between commas
		// before the verb
		return true
	}
	return isVerb || skipLeft[ts[f+1].low] || ts[f+1].low == "on"
}

// adverbName reports whether the capitalised word at j, one that is an
// adverb skipped before a verb in lower case ("has long argued"), is a name:
// a surname of a person the article names in full ("Tim Long" ... `"Q,"
// Long said`, "Long said ...") or a word inside a run of names
// ("Analyst Tim Long said").
func (r *reader) adverbName(ts []tok, st *sent, j int) bool {
	if !ts[j].up || !ts[j].word || ts[j].q >= 0 {
		return false
	}
	if j-1 >= st.a && isNameTok(ts[j-1]) && ts[j].mid {
		return true
	}
	return r.articleFull(ts[j].s, ts[j].start) != ""
}

// tagName reports whether the one word at token f, right after a comma or
// a closing quote mark and right before the speech verb at i, is the name
// of the one who speaks in an attribution tag ("CLAUSE, Gomez said.",
// `"Q," Interpol said on Monday`): a word capitalised there is no sentence
// opener, so a name even when the article gives it nowhere else. Not a
// participle's subject, and no word that is capitalised there for another
// reason (a day, a month, "Police", "Officials", a pronoun).
func (r *reader) tagName(ts []tok, st *sent, f, i int) bool {
	if f <= st.a || i-f > 3 || ts[f-1].word || !(ts[f-1].s == "," || quoteMark(ts[f-1].s)) || strings.HasSuffix(ts[i].low, "ing") {
		return false
	}
	return r.tagWord(ts[f])
}

// tagWord reports whether the capitalised word t, alone in an attribution
// tag (tagName; `"Q," said Gomez.`), may be a name: no day, month, time
// word, pronoun, title, unnamed source ("Police", "Officials", "Analysts")
// or word the article also writes in lower case.
func (r *reader) tagWord(t tok) bool {
	w := t.low
	return t.word && t.up && t.q < 0 && len(t.s) >= 2 && !isPossessive(t) && !leadWords[w] && !dayWords[w] && !timeWords[w] &&
		pronouns[w] == "" && !pronounWord(w) && !titleWords[w] && !personRoles[w] && !unnamedNouns[w] && !unnamedPlurals[w] &&
		!bodyPlurals[w] && !partyPlurals[w] && !demonymWords[w] && !r.writesLower(w)
}

// singularS reports whether a word in -s is no plural by its ending: an
// English plural does not end in -is, -us or -ss ("Willis said", "Marcus
// said", "Hess said"; not "Analysts said").
func singularS(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "ss"))
}

// peoplePlural reports whether a word in -s has the ending of a plural of
// people ("Traders", "Scientists", "Residents", "Doctors", "Ukrainians"),
// which no repetition makes a name.
func peoplePlural(w string) bool {
	for _, e := range []string{"ers", "ors", "ists", "ants", "ents", "ans", "ives", "als"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// capitalTimes reports whether the article writes the capitalised word w,
// as a whole word, n times or more: a word in -s it writes so again and
// again, and never in lower case (leadName), is a name ("Chemours said"),
// not a plural opening a sentence ("Analysts said").
func (r *reader) capitalTimes(w string, n int) bool {
	return r.wholeWordTimes(w, n)
}

// writesLower reports whether the article writes the lower-case word w
// in lower case somewhere (as a whole word).
func (r *reader) writesLower(w string) bool {
	return r.wholeWordTimes(w, 1)
}

// wholeWordTimes reports whether the normalised article holds w, as it is
// written (case kept) and as a whole word, n times or more.
func (r *reader) wholeWordTimes(w string, n int) bool {
	c := 0
	for i := 0; ; {
		k := strings.Index(r.norm[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(r.norm[:a])
		after, _ := utf8.DecodeRuneInString(r.norm[b:])
		if (a == 0 || !isWordRune(before)) && (b == len(r.norm) || !isWordRune(after)) {
			if c++; c >= n {
				return true
			}
		}
		i = b
	}
}

// unnamedNouns open a sentence as unnamed sources, never as a name:
// "Police said", "Staff said".
var unnamedNouns = set(`police staff management everyone everybody nobody someone somebody one none government military
army security media press leadership family administration neither either few several another anyone anybody`)

// namePrepositions before a name make it the object of a phrase, not the
// subject: "a source close to Macron", "an aide to", "supporters of".
var namePrepositions = set(`to of for with at from near by about against among between like`)

// personDemonyms are nouns of nationality that refer back to a person:
// "the Dutchman", "the Spaniard", "the Brazilian".
var personDemonyms = set(`dutchman dutchwoman spaniard frenchman frenchwoman englishman englishwoman irishman irishwoman
welshman scotsman scot swede dane finn pole norwegian croat serb slovenian turk greek swiss belgian austrian argentine
argentinian uruguayan colombian brazilian portuguese australian nigerian egyptian cameroonian senegalese ghanaian
ivorian moroccan algerian japanese korean american canadian mexican chilean german italian montenegrin
bosnian macedonian albanian kosovar estonian latvian lithuanian slovak czech icelander kiwi zimbabwean zambian
ugandan tanzanian tunisian kuwaiti bangladeshi singaporean ecuadorian bolivian paraguayan jamaican trinidadian
barbadian filipino thai`)

// personDemonym reports whether a word after "the" names a person by
// nationality: one of personDemonyms, or a demonym in -an or -i that is
// also a singular noun ("the Croatian", "the Pakistani"; not "the British"
// or "the Chinese", who may be a whole people).
func personDemonym(low string) bool {
	return personDemonyms[low] || demonymWords[low] && (strings.HasSuffix(low, "an") || strings.HasSuffix(low, "i") && !strings.Contains(low, "."))
}

// orgInnerWords are the lower-case words an organisation's name may hold:
// "Dignity in Dying", "Friends of the Earth".
var orgInnerWords = set(`of in for the and on at to`)

// theInstitution reports whether a subject run is "the" and one capitalised
// word that names an institution ("The Pentagon", "the Elysee", "the
// Vatican", "the Taliban"): the word opens its clause after "the" and is no
// title, demonym (also plural: "the Israelis"), generic organisation word
// ("the Government", "the Ministry") or day, and not a person of the article.
func (r *reader) theInstitution(ts []tok, st *sent, run, name []tok) bool {
	if len(name) != 1 || name[0].start != run[len(run)-1].start || isPossessive(name[0]) {
		return false
	}
	the := -1
	switch f := indexOf(ts, run[0]); {
	case len(run) == 2 && run[0].low == "the":
		the = f
	case len(run) == 1 && f > st.a && ts[f-1].low == "the" && ts[f-1].q < 0:
		the = f - 1
	default:
		return false
	}
	if !subjectStart(ts, st, the) {
		return false
	}
	w := name[0].low
	if titleWords[w] || titleWords[strings.TrimSuffix(w, "s")] && countryDemonyms[w] == "" || orgWords[w] || orgHeads[w] || personRoles[w] ||
		leadWords[w] || dayWords[w] || mediaNouns[w] || unnamedRoles[w] || r.al.isTitle(w) {
		return false
	}
	if len(r.fullIdx[w]) > 0 {
		// a person's first or last name: "the Smith family" aside, not an
		// institution
		return false
	}
	return true
}

// subjectStart reports whether a one-word name at token f opens its clause:
// at the sentence start or after punctuation or a joiner, allowing an owner
// before it ("Germany's Volkswagen said").
func subjectStart(ts []tok, st *sent, f int) bool {
	if f > st.a && isPossessive(ts[f-1]) && isNameTok(ts[f-1]) {
		f--
	}
	return f == st.a || !ts[f-1].word || clauseJoiners[ts[f-1].low] || spokespersonFor(ts, st, f) || leadPhrase(ts, st, f)
}

// leadOpeners open a short phrase of time or source a sentence may put
// before its subject without a comma: "In a report the union claimed",
// "On Monday the agency said".
var leadOpeners = set(`in on at during after earlier later yesterday today last this`)

// leadPhrase reports whether ts[st.a:f] is such a phrase: an opener, then at
// most four plain lower-case words, numbers or days, no name and no verb of
// speech.
func leadPhrase(ts []tok, st *sent, f int) bool {
	if f-st.a < 2 || f-st.a > 5 || !leadOpeners[ts[st.a].low] {
		return false
	}
	for _, t := range ts[st.a+1 : f] {
		if !t.word || t.q >= 0 || t.up && !dayWords[t.low] {
			return false
		}
		if _, ok := speechVerbs[t.low]; ok {
			return false
		}
	}
	return true
}

// companySuffixes end a company's name; "A and B Corp" is two companies
// more often than one.
var companySuffixes = set(`corp corp. corporation inc inc. ltd ltd. co co. company plc llc gmbh ag sa asa oyj nv spa a/s ab group`)

// passiveSpeech reports whether the speech verb at ts[i] is a passive
// participle after a form of "be" (perhaps with an adverb in "-ly"
// between): "was declared", "were told", "has been widely reported".
func passiveSpeech(ts []tok, st *sent, i int) bool {
	if strings.HasSuffix(ts[i].low, "ing") || ts[i].q >= 0 {
		return false
	}
	k := i - 1
	if k > st.a && strings.HasSuffix(ts[k].low, "ly") && ts[k].q < 0 {
		k--
	}
	if k < st.a || ts[k].q >= 0 {
		return false
	}
	switch ts[k].low {
	case "was", "were", "is", "are", "been", "being", "be":
		return true
	}
	return false
}

// playerNouns are a player's position, which reporters use as an epithet
// for the player just named: "the England winger", "the veteran striker".
var playerNouns = set(`winger striker midfielder defender goalkeeper keeper forward playmaker fullback full-back centre-back
center-back batsman batter bowler all-rounder wicketkeeper quarterback pitcher point-guard fly-half scrum-half
lock prop hooker flanker sprinter boss manager coach skipper opener spinner seamer paceman international`)

// epithetModWords may stand among a player's epithet's capitalised words:
// "the former Nigeria youth international", "the Super Eagles' fringe
// forward".
var epithetModWords = set(`former fringe young youth veteran experienced star new senior regular`)

// epithetMods reports whether ts[a:b], the words of a player's epithet
// between "the" and its noun, are capitalised names (a team, a country)
// and at most two of epithetModWords; three words at most without them.
func epithetMods(ts []tok, a, b int) bool {
	mods := 0
	for _, t := range ts[a:b] {
		switch {
		case t.q >= 0:
			return false
		case isNameTok(t):
		case t.word && !t.up && epithetModWords[t.low]:
			mods++
		default:
			return false
		}
	}
	return mods <= 2 && b-a-mods <= 3
}

// describedMods reports whether ts[a:b], the words between "the" and a
// describing noun, are capitalised words (a party, a team, a war: "the
// Republican nominee", "the Vietnam War veteran") or lower-case modifiers
// ("the veteran union leader"), four at most and outside quotes.
func describedMods(ts []tok, a, b int) bool {
	if b-a > 4 {
		return false
	}
	for _, t := range ts[a:b] {
		if !t.word || t.q >= 0 || !t.up && !epithetModifier(t) || isPossessive(t) {
			return false
		}
	}
	return true
}

// capitalsBetween reports whether ts[a:b] are all names (a team, a country:
// "the England winger") or empty.
func capitalsBetween(ts []tok, a, b int) bool {
	for _, t := range ts[a:b] {
		if !isNameTok(t) || t.q >= 0 {
			return false
		}
	}
	return true
}

// titledNobody reports whether the article gave no one the role word as a
// title ("goalkeeper Jon Weiss"): then "the goalkeeper" is that person, for
// the titled-person rules, not merely the last person named.
func (r *reader) titledNobody(w string) bool {
	return len(r.titled[w]) == 0
}

// quoteJobNouns, lower-case before a name, say what the person does:
// `"Q," prosecutor Jon Weiss told the jury`.
var quoteJobNouns = set(`prosecutor lawyer attorney coach manager striker captain midfielder defender goalkeeper analyst
economist strategist researcher scientist professor historian expert activist campaigner resident witness
survivor farmer teacher doctor nurse student worker owner founder investor trader columnist author editor
referee umpire judge mediator negotiator consultant adviser advisor forecaster meteorologist pilot driver
firefighter paramedic officer engineer architect lecturer pundit commentator winger forward playmaker batsman batter
bowler pitcher jockey rider cyclist swimmer sprinter boxer fighter volunteer`)

// unnamedAt reports whether the name at ts[f] follows "PEOPLE at/from/with"
// ("Analysts at Goldman Sachs", "Officials from the EU"): the name is
// where unnamed speakers work.
func unnamedAt(ts []tok, st *sent, f int) bool {
	if f-2 < st.a || !(ts[f-1].low == "at" || ts[f-1].low == "from" || ts[f-1].low == "with") {
		return false
	}
	w := ts[f-2]
	if unnamedRoles[w.low] {
		// "a spokesperson from BA" speaks for BA (see spokespersonFor)
		return false
	}
	return w.word && w.q < 0 && (!w.up || f-2 == st.a) && (strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss") || quoteJobNouns[w.low] || jobNouns[w.low] || personRoles[w.low])
}

// titledPrefix reports whether the run's name follows a title in the run
// ("ICT Minister Jane Roe": "Minister" before "Jane Roe").
func titledPrefix(run, name []tok) bool {
	if len(name) == 0 || len(run) <= len(name) {
		return false
	}
	for _, t := range run {
		if t.start >= name[0].start {
			return false
		}
		if titleWords[t.low] {
			return true
		}
	}
	return false
}

// reportingBodies end the name of a public body whose "reported" is its own
// statement: "the Defence Ministry reported", "the coast guard reported".
var reportingBodies = set(`ministry department government office army military police navy forces guard
commission committee council embassy court authority administration`)

// reportingBody reports whether name ends with a reportingBodies word.
func reportingBody(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && reportingBodies[strings.ToLower(f[len(f)-1])]
}

// theBefore returns the index of the "the" that opens the lower-case noun
// group ending at ts[j] ("the three-member panel"), within five tokens and
// across hyphens, or -1.
func theBefore(ts []tok, st *sent, j int) int {
	for k := j - 1; k >= st.a && k >= j-5; k-- {
		t := ts[k]
		if t.q >= 0 || t.up && t.low != "the" && !demonymWords[t.low] && !demonymLike(t.low) {
			return -1
		}
		if t.low == "the" {
			return k
		}
		if !t.word && t.s != "-" && t.s != "‑" {
			return -1
		}
	}
	return -1
}

// titledAt reports whether lower-case title words start at ts[e] and a name
// follows them before i: "spokesperson Jane Roe", "deputy chief Jon Weiss".
func titledAt(ts []tok, e, i int) bool {
	m, titled := e, false
	for m < i && m < e+4 && ts[m].word && !ts[m].up && ts[m].q < 0 && (titleWords[ts[m].low] || quoteJobNouns[ts[m].low] || jobNouns[ts[m].low] || titleModifier(ts[m])) {
		titled = titled || titleWords[ts[m].low] || quoteJobNouns[ts[m].low] || jobNouns[ts[m].low]
		m++
	}
	return titled && m < i && isNameTok(ts[m])
}

// citing reads "CLAUSE, OUTLET reported, citing SOURCE.": the clause is the
// source's, relayed by the outlet (sp, whose verb is at i).
func (r *reader) citing(p *para, st *sent, sp speakerRef, i int) {
	ts := p.ts
	c := sp.to
	for c < st.b && c < sp.to+4 && ts[c].word && ts[c].q < 0 && (adjunctStart[ts[c].low] || timeWords[ts[c].low]) {
		// "reported on Monday, citing"
		c++
	}
	bare := false
	if c+1 < st.b && ts[c].low == "citing" && ts[c].q < 0 && c > sp.to-1 {
		// "..., Xinhua reported citing the NDC as saying": no comma
		c--
		bare = true
	} else if c+2 >= st.b || ts[c].s != "," || ts[c+1].low != "citing" || ts[c].q >= 0 {
		return
	}
	e := c + 2
	for e < st.b && (ts[e].word || ts[e].s == "'" || ts[e].s == "’" || ts[e].s == "-") && ts[e].q < 0 && ts[e].low != "that" {
		e++
	}
	that := -1
	if e < st.b && ts[e].low == "that" {
		// "Yonhap reported, citing the JCS that Pyongyang had launched
		// ...": the source's clause after "that"
		that = e
	} else if e+1 < st.b && ts[e].s == "," && ts[e+1].low == "that" {
		that = e + 1
	}
	if e == c+2 || that < 0 && e < st.b && ts[e].s != "." && ts[e].s != "," {
		return
	}
	if that < 0 && e-2 > c+2 && ts[e-2].low == "as" && ts[e-1].low == "saying" {
		// "citing the spokesman as saying."
		e -= 2
	}
	src, ok := r.subject(p, st, e)
	if !ok || src.name == "" || src.kind == KindOutlet || src.generic || src.inverted {
		return
	}
	if f := src.from; f != c+2 && !(f == c+3 && ts[c+2].low == "the") && !ownerBefore(ts, c+2, f) {
		// the whole phrase after "citing" names the source (its owner
		// too: "citing South Korea's Joint Chiefs of Staff")
		return
	}
	if n := c + 2; (bare || that >= 0) && !(isNameTok(ts[n]) || ts[n].low == "the" && n+1 < st.b && isNameTok(ts[n+1])) {
		// the newer shapes (no comma before "citing", a that-clause
		// after the source) only with a source the text names, not
		// "citing the spokesman"
		return
	}
	if that >= 0 {
		via := ""
		if !sp.generic {
			via = sp.name
		}
		if a, b, ok := r.clauseAfter(p, st, that, vSay); ok {
			r.emit(src.name, a, b, Indirect, via)
		}
		return
	}
	if a, b, ok := r.clauseBefore(p, st, outletAppositiveStart(ts, st, sp.from), i); ok {
		// (", another news agency, Interfax, reported, citing X": the
		// outlet's description is no part of the clause; shapes.go)
		via := ""
		if !sp.generic {
			via = sp.name
		}
		r.emit(src.name, a, b, Indirect, via)
	}
}

// plainSpeech are the plain forms of speech verbs after "to" or "would
// only": "went on to say", "continued to insist", "was quick to point out".
var plainSpeech = map[string]int{"say": vSay, "add": vSay, "insist": vSay, "stress": vSay, "point": vSay, "warn": vSay,
	"note": vSay, "argue": vSay, "claim": vSay, "reiterate": vSay, "emphasise": vSay, "emphasize": vSay, "explain": vSay,
	"state": vSay, "confirm": vSay, "acknowledge": vSay, "admit": vSay, "underline": vSay, "assert": vSay, "maintain": vSay,
	"tell": vTell, "urge": vUrge, "call": vUrge}

// infinitiveHeads govern a speech verb's infinitive without negating it:
// "went on to say", "was quick to add", "was at pains to stress" (not
// "declined to say", "refused to comment").
var infinitiveHeads = [][]string{{"went", "on"}, {"goes", "on"}, {"go", "on"}, {"going", "on"}, {"continued"}, {"continues"},
	{"was", "quick"}, {"were", "quick"}, {"is", "quick"}, {"are", "quick"}, {"was", "keen"}, {"is", "keen"}, {"were", "keen"},
	{"was", "careful"}, {"were", "careful"}, {"took", "care"}, {"was", "at", "pains"}, {"were", "at", "pains"},
	{"is", "at", "pains"}, {"hastened"}, {"wanted"}}

// reportedToHave returns where "was reported to have" (or "is said to
// have", "were believed to have", "has been quoted to have") begins when
// it governs the speech verb at i, an adverb allowed after the form of
// "be" ("was later reported"); else -1.
func reportedToHave(ts []tok, st *sent, i int) int {
	if i-4 < st.a || ts[i-1].low != "have" || ts[i-2].low != "to" || ts[i-1].q >= 0 || ts[i-2].q >= 0 || strings.HasSuffix(ts[i].low, "ing") {
		return -1
	}
	switch ts[i-3].low {
	case "reported", "said", "believed", "understood", "thought", "known", "alleged", "quoted", "claimed", "rumoured", "rumored":
	default:
		return -1
	}
	k := i - 4
	if k > st.a && strings.HasSuffix(ts[k].low, "ly") || ts[k].low == "later" || ts[k].low == "also" || ts[k].low == "earlier" {
		k--
	}
	if k < st.a || ts[k].q >= 0 {
		return -1
	}
	switch ts[k].low {
	case "was", "were", "is", "are":
		return k
	case "been":
		if k-1 >= st.a && (ts[k-1].low == "has" || ts[k-1].low == "have" || ts[k-1].low == "had") {
			return k - 1
		}
	}
	return -1
}

// infinitiveLead returns the first token of the words that govern the
// plain speech verb at i ("went on to", "would only"), or -1.
func infinitiveLead(ts []tok, st *sent, i int) int {
	if i-2 >= st.a && strings.HasSuffix(ts[i].low, "ing") && ts[i-1].low == "on" && ts[i-1].q < 0 && ts[i-2].q < 0 {
		if _, ok := plainSpeech[strings.TrimSuffix(ts[i].low, "ing")]; ok || ts[i].low == "saying" {
			switch ts[i-2].low {
			case "went", "goes", "go", "going":
				// "He went on saying the country will ...": as "went on
				// to say"
				return i - 2
			}
		}
	}
	if _, ok := plainSpeech[ts[i].low]; !ok || i-2 < st.a || ts[i-1].q >= 0 {
		return -1
	}
	if ts[i-1].low == "only" && ts[i-2].low == "would" {
		// "would only say that": what was said, however little
		return i - 2
	}
	if ts[i-1].low != "to" {
		return -1
	}
	k := i - 2
	if k > st.a && (ts[k].low == "also" || ts[k].low == "further") {
		// "was quick to also point out"
		k--
	}
	for _, h := range infinitiveHeads {
		f := k - len(h) + 1
		if f < st.a {
			continue
		}
		ok := true
		for n, w := range h {
			if ts[f+n].low != w || ts[f+n].q >= 0 {
				ok = false
				break
			}
		}
		if ok {
			return f
		}
	}
	return -1
}

// citedBy returns the outlet of an aside "as cited by OUTLET" or "as quoted
// by OUTLET" between the subject at from and the verb at i, or "".
func (r *reader) citedBy(ts []tok, st *sent, from, i int) string {
	for k := from; k+3 < i; k++ {
		if ts[k].low != "as" || ts[k].q >= 0 || (ts[k+1].low != "cited" && ts[k+1].low != "quoted") || ts[k+2].low != "by" {
			continue
		}
		a := k + 3
		if ts[a].low == "the" {
			a++
		}
		e := a
		for e < i && ts[e].word && ts[e].q < 0 {
			e++
		}
		if e == a {
			return ""
		}
		np := ts[a:e]
		for len(np) > 1 && (mediaNouns[np[len(np)-1].low] || np[len(np)-1].low == "news") {
			// "the BGNES news agency": the outlet's name
			np = np[:len(np)-1]
		}
		named := joinToks(r.norm, np)
		if n, kind, ok := r.canon(named, np[0].start); ok && kind == KindOutlet {
			return n
		}
		if len(np) < e-a && isNameTok(np[0]) {
			// a name before "news agency", "newspaper": an outlet
			return named
		}
		return ""
	}
	return ""
}

// jointNames reports whether seg is two persons' names joined by "and"
// ("Jane Roe and Tom Grey"): each side two or more capitalised words and
// neither a body's name ("Bill and Jane Roe Foundation", "Marks and
// Spencer" are one name).
func jointNames(seg []tok) bool {
	for m := 2; m+2 < len(seg); m++ {
		if seg[m].low != "and" || seg[m].q >= 0 {
			continue
		}
		left, right := runLeft(seg, m-1), runRight(seg, m+1)
		if len(left) < 2 || len(right) < 2 || m+1+len(right) != len(seg) || m-len(left) > 1 || m-len(left) == 1 && seg[0].low != "the" {
			return false
		}
		for _, t := range append(append([]tok{}, left...), right...) {
			if orgWords[t.low] || orgRoles[t.low] {
				return false
			}
		}
		return true
	}
	return false
}

// countryPair reports whether seg is two countries joined by "and"
// ("France and Ireland, the two largest exporters, have pressed ..."): a
// joint subject, as two people's names are (jointNames).
func countryPair(seg []tok) bool {
	if len(seg) != 3 || seg[1].low != "and" || seg[1].q >= 0 {
		return false
	}
	return isNameTok(seg[0]) && isNameTok(seg[2]) && countryNames[seg[0].low] && countryNames[seg[2].low]
}

// nameThenRole reads "CLAUSE, Jane Roe, police spokesman said." (the
// comma after the role left out, as local copy often does): ts[j], right
// before the verb at i, ends a lower-case role of at most three words that
// follows a person's name set off by commas.
func (r *reader) nameThenRole(ts []tok, st *sent, j, i int) (speakerRef, bool) {
	if t := ts[j]; !t.word || t.up || t.q >= 0 || !(titleWords[t.low] || personRoles[t.low]) {
		return r.namePostOpen(ts, st, j, i)
	}
	m := j
	for m > st.a && m > j-4 && ts[m].word && !ts[m].up && ts[m].q < 0 {
		m--
	}
	if ts[m].s != "," || m-1 <= st.a {
		return speakerRef{}, false
	}
	run := runLeft(ts, m-1)
	f := m - len(run)
	if len(run) < 2 || f-1 < st.a || ts[f-1].s != "," || ts[f-1].q >= 0 {
		return speakerRef{}, false
	}
	return r.personRun(run, f, i)
}

// personRun returns the person the run of names starting at ts[f] names,
// as the speaker of the verb at i, when it is a person's name of two words
// or more.
func (r *reader) personRun(run []tok, f, i int) (speakerRef, bool) {
	name := r.stripName(run)
	if len(name) < 2 {
		return speakerRef{}, false
	}
	if n, kind, ok := r.canonRun(run, name, run[0].start); ok && kind == KindPerson {
		return speakerRef{name: n, kind: kind, from: f, to: i + 1, group: f}, true
	}
	return speakerRef{}, false
}

// namePostOpen reads a person's post set off by an opening comma only,
// the words before the verb at i ending at ts[j] in lower case: `"Q," Jane
// Roe, spokesman for the group's military operations told Reuters`,
// "CLAUSE, Jane Roe, head of the local health office said". The post opens
// within three words of the comma with a title or role word and "of",
// "for" or "at"; up to nine words, none a verb of speech, auxiliary,
// pronoun or relative word; before the name a comma, a quote or the
// sentence's start.
func (r *reader) namePostOpen(ts []tok, st *sent, j, i int) (speakerRef, bool) {
	if t := ts[j]; !t.word || t.up || t.q >= 0 {
		return speakerRef{}, false
	}
	m := j
	for m > st.a && m > j-9 && ts[m].word && ts[m].q < 0 {
		w := ts[m].low
		if _, verb := speechVerbs[w]; verb || auxWords[w] || pronounWord(w) || w == "who" || w == "which" || w == "that" || w == "and" {
			return speakerRef{}, false
		}
		m--
	}
	if ts[m].s != "," || ts[m].q >= 0 || m-1 <= st.a {
		return speakerRef{}, false
	}
	post := false
	for k := m + 1; k < j && k <= m+3; k++ {
		if (titleWords[ts[k].low] || personRoles[ts[k].low] || memberNouns[ts[k].low]) && !ts[k].up && (ts[k+1].low == "of" || ts[k+1].low == "for" || ts[k+1].low == "at") {
			post = true
		}
	}
	if !post {
		return speakerRef{}, false
	}
	run := runLeft(ts, m-1)
	f := m - len(run)
	if len(run) < 2 || f-1 >= st.a && !(ts[f-1].s == "," && ts[f-1].q < 0 || ts[f-1].q >= 0 && !ts[f-1].word) {
		return speakerRef{}, false
	}
	return r.personRun(run, f, i)
}

// objectVerbs are speech verbs that as often take a noun phrase as their
// object as a reported clause: "confirmed the arrest of", "announced the
// launch of", "reiterated the call for".
var objectVerbs = set(`confirmed confirms confirming confirm reiterated reiterates reiterating announced announces
announcing acknowledged acknowledges acknowledging`)

// nominalObject reports whether the words at j are a noun phrase object
// rather than a reported clause: a determiner or possessive, at most three
// words that are no verb, then "of", "for" or "on" (or "to" after a
// possessive: "the governor's appeal to residents"), and no auxiliary or
// past tense in the rest of the sentence ("confirmed the leader of the group
// was killed" is a clause).
func nominalObject(ts []tok, st *sent, j int) bool {
	if j >= st.b || ts[j].q >= 0 || !ts[j].word || !(determiners[ts[j].low] || isPossessive(ts[j])) {
		return false
	}
	poss := isPossessive(ts[j])
	k := j + 1
	if k < st.b && !poss && ts[k].q < 0 && isPossessive(ts[k]) {
		// "the governor's appeal"
		poss = true
		k++
	}
	head := k
	for k < st.b && k < head+3 && ts[k].word && ts[k].q < 0 && !prepWords[ts[k].low] {
		if nounPhraseBreak(ts[k]) {
			return false
		}
		k++
	}
	inPost := k+2 < st.b && ts[k].low == "in" && determiners[ts[k+1].low] && postNouns[ts[k+2].low]
	if k == head || k >= st.b || !(ts[k].low == "of" || ts[k].low == "for" || ts[k].low == "on" || (poss || possessiveDets[ts[j].low]) && ts[k].low == "to" || inPost) {
		return false
	}
	for m := k + 1; m < st.b; m++ {
		if inPost && m == k+3 && ts[m].low == "that" {
			// "confirmed the capture in a tweet that said ...": the
			// post's own relative clause
			continue
		}
		if ts[m].q < 0 && (auxWords[ts[m].low] && ts[m-1].low != "to" || ts[m].low == "that") {
			// ("suspected to be part of": an infinitive is not finite)
			return false
		}
	}
	return true
}

// postNouns are what an object is confirmed or announced in: "confirmed the
// capture in a tweet", "announced the deal in a statement".
var postNouns = set(`tweet post statement video message letter interview`)

// prepWords end the head of a noun phrase object.
var prepWords = set(`of for on to in at with by from`)

// nounPhraseBreak reports whether a word cannot stand in the head of a noun
// phrase: an auxiliary, a past tense, a pronoun.
func nounPhraseBreak(t tok) bool {
	return auxWords[t.low] || irregularPast[t.low] || strings.HasSuffix(t.low, "ed") || pronounWord(t.low) || t.low == "that"
}

// epithetWord reports whether a lower-case word may stand in an epithet or
// a title's modifiers before a name after a quote ("a tearful", "state
// fire" in `"Q," state fire Marshal Jon Weiss said`): no verb, conjunction,
// pronoun, adverb or time word.
func epithetWord(t tok) bool {
	if !titleModifier(t) || skipLeft[t.low] || adjunctStart[t.low] || timeWords[t.low] || strings.HasSuffix(t.low, "ly") {
		return false
	}
	switch t.low {
	case "not", "then", "so", "to", "of", "with", "by", "from", "said", "says":
		return false
	}
	return true
}

// narratedBeforeComma reports whether the words before the comma at c are a
// clause of the journalist's whose only speech verb is one that takes
// quotes alone ("The talks continued, however, and Jon Weiss said ...":
// a new clause's subject, not a second speaker).
func narratedBeforeComma(ts []tok, st *sent, c int) bool {
	end := c
	if c-2 > st.a && sentenceAdverbs[ts[c-1].low] && ts[c-2].s == "," && ts[c-1].q < 0 {
		// "The talks continued, however, and": the adverb is set off
		end = c - 2
	}
	if end-1 <= st.a || !ts[end-1].word || ts[end-1].up || ts[end-1].q >= 0 {
		return false
	}
	a := end - 1
	for a > st.a && ts[a-1].q < 0 && ts[a-1].s != "," {
		a--
	}
	for _, t := range ts[a:end] {
		if cls := speechVerbs[t.low]; cls != 0 && cls != vQuote {
			return false
		}
	}
	return hasFiniteVerb(ts[a:end])
}

// placeNouns follow a place's name in lower case: "Bohol province".
var placeNouns = set(`province state county district region city town village municipality prefecture island`)

// placeAfterPerson returns the last token of a person's name when the words
// ending at j are "of PLACE place-noun" or "of PLACE in the (region) PLACE"
// after it ("Jane Roe of Bohol province in the central Philippines"), else
// j. A bare "of PLACE" is left to the naming rules ("Bank of England").
func (r *reader) placeAfterPerson(ts []tok, st *sent, j int) int {
	e := j
	if e-3 > st.a && isNameTok(ts[e]) && ts[e].q < 0 {
		// "in the central Philippines", "in northern Borduria"
		k := e
		for k > st.a && isNameTok(ts[k-1]) {
			k--
		}
		if k-2 <= st.a {
			return j
		}
		m := k - 1
		for m > st.a && m > k-4 && ts[m].word && !ts[m].up && ts[m].q < 0 && ts[m].low != "in" && ts[m].low != "of" && (ts[m].low == "the" || titleModifier(ts[m])) {
			m--
		}
		if ts[m].low != "in" || ts[m].q >= 0 {
			return j
		}
		e = m - 1
	}
	if e-2 <= st.a || !placeNouns[ts[e].low] || ts[e].up || ts[e].q >= 0 {
		if e == j {
			return j
		}
	} else {
		e--
	}
	k := e
	for k > st.a && isNameTok(ts[k]) && ts[k].q < 0 {
		k--
	}
	if k == e || ts[k].low != "of" || ts[k].q >= 0 || k-1 <= st.a {
		return j
	}
	run := runLeft(ts, k-1)
	name := r.stripName(run)
	if len(name) < 2 {
		return j
	}
	if _, kind, ok := r.canon(joinWords(name), name[0].start); !ok || kind != KindPerson {
		return j
	}
	return k - 1
}

// lastSpeaker returns the person of gender g (or unknown gender) who had
// the latest statement before pos, or "".
func (r *reader) lastSpeaker(pos int, g string) string {
	for i := len(r.out) - 1; i >= 0; i-- {
		f := &r.out[i]
		if f.start >= pos {
			continue
		}
		if len(r.mentPos[f.speaker]) == 0 && !r.knownPerson(f.speaker) {
			// an organisation's statement
			continue
		}
		if have := r.gender[f.speaker]; have != "" && have != g {
			continue
		}
		return f.speaker
	}
	return ""
}

// unnamedMediaMods before a media noun leave the outlets unnamed: "local
// media", "foreign newspapers".
var unnamedMediaMods = set(`local regional national foreign international western social some other several many
independent private online`)

// relativeOpener reads a sentence that opens with a person's name and
// "who", its relative clause written without commas, up to the speech verb
// at i ("Jane Roe who is in Riga for the talks said ..."). The relative
// clause holds no comma, quote or other speech verb.
func (r *reader) relativeOpener(ts []tok, st *sent, i int) (speakerRef, bool) {
	run := runRight(ts, st.a)
	w := st.a + len(run)
	if len(run) == 0 || w+2 >= i || ts[w].low != "who" || ts[w].q >= 0 {
		return speakerRef{}, false
	}
	for k := w + 1; k < i; k++ {
		if t := ts[k]; t.q >= 0 || !t.word && !relativeComma(ts, w, k, i) || speechVerbs[t.low] != 0 {
			return speakerRef{}, false
		}
	}
	name := r.stripName(run)
	if len(name) == 0 {
		return speakerRef{}, false
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if !ok || kind != KindPerson {
		return speakerRef{}, false
	}
	return speakerRef{from: st.a, to: i + 1, name: n, kind: kind}, true
}

// officeBeforeName reports whether the first part of an appositive group,
// from ts[from] to its comma at end, is an office held by one person ("The
// Federal Minister for Information and Broadcasting, Jane Roe, said", "The
// Commissioner for Human Rights, Tom Grey, said"): the word before its first
// "for" or "of" is a title, and the next part, closing at the comma j, is
// only capitalised words. The person named next speaks, not the office read
// as a body.
func officeBeforeName(ts []tok, from, end int, segs [][2]int, j int) bool {
	if len(segs) < 2 || segs[0][1] != end || segs[1][1] != j {
		return false
	}
	head := -1
	for k := from + 1; k < end; k++ {
		if ts[k].low == "for" || ts[k].low == "of" {
			head = k - 1
			break
		}
	}
	if head < from || !ts[head].up || !isTitleWord(ts[head].low) {
		return false
	}
	next := ts[segs[1][0]:segs[1][1]]
	if len(next) < 2 {
		return false
	}
	for _, t := range next {
		if !(isNameTok(t) || connectors[t.low]) {
			return false
		}
	}
	return true
}

// pastInRun reports whether a run of words holds an auxiliary or a past
// tense ("searched", "held").
func pastInRun(ts []tok) bool {
	for _, t := range ts {
		if t.word && (auxWords[t.low] || pastForm(t.low)) {
			return true
		}
	}
	return false
}

// nameObjectPrepositions put a name in a place or relation inside a
// clause ("in Indonesia", "with Acme").
var nameObjectPrepositions = set(`in at from of for to with by on across near into against`)

// clauseThenName reports whether the capitalised run ending at e closes a
// clause of its own before "and": it follows a preposition, and the words
// before it since the last comma have a finite verb and no speech verb
// ("There are 36 firms operating in Indonesia and OJK said ...": OJK alone
// speaks; not "Officials in Indonesia and Malaysia said").
func clauseThenName(ts []tok, st *sent, e int) bool {
	a := e
	for a > st.a && isNameTok(ts[a-1]) {
		a--
	}
	if a-1 <= st.a || !nameObjectPrepositions[ts[a-1].low] || ts[a-1].q >= 0 {
		return false
	}
	s := a - 1
	for s > st.a && ts[s-1].s != "," && ts[s-1].q < 0 {
		s--
	}
	for _, t := range ts[s : a-1] {
		if speechVerbs[t.low] != 0 {
			return false
		}
	}
	v := a - 1
	if w := ts[v-1]; v-1 > s && w.word && !w.up && (strings.HasSuffix(w.low, "ed") || irregularPast[w.low]) {
		// "The alliance led by Saudi Arabia and Russia confirmed": the
		// participle before the preposition is no clause's verb
		v--
	}
	return ts[a-1].low != "by" && hasFiniteVerb(ts[s:v])
}

// ownerBefore reports whether ts[a:f] is a capitalised owner of the name
// at f: "South Korea's" before "Joint Chiefs of Staff".
func ownerBefore(ts []tok, a, f int) bool {
	if f <= a || f-a > 4 || !isPossessive(ts[f-1]) {
		return false
	}
	for _, t := range ts[a:f] {
		if !isNameTok(t) {
			return false
		}
	}
	return true
}

// prepositionWhich reports whether the subject at f follows "in which",
// "during which" or "at which": "made a brief statement in which he warned
// that ...", "a speech in which she said ...": the speaker's own statement,
// not a parenthesis inside someone's clause ("sheets, which she said
// showed ...").
func prepositionWhich(ts []tok, st *sent, f, to int) bool {
	if f-2 < st.a || ts[f-1].low != "which" || to >= st.b {
		return false
	}
	switch ts[f-2].low {
	case "in", "during", "at":
		return ts[f-2].q < 0
	}
	return false
}
