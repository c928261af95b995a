package extract

import "strings"

// inverted reads the speaker of an inverted attribution after the speech
// verb at i (`"Q," said Karin Holm`, "CLAUSE, said Karin Holm"): first
// with the word lists of titles, bodies and adjuncts (invertedLists), then,
// when they find nobody, as a phrase (invertedPhrase).
func (r *reader) inverted(p *para, st *sent, i int) (speakerRef, bool) {
	ref, ok := r.invertedLists(p, st, i)
	if ok || i+1 < st.b && pronounWord(p.ts[i+1].low) {
		return ref, ok
	}
	if ref, ok := r.invertedPhrase(p.ts, st, speakerRef{inverted: true, from: i}, i+1); ok {
		return ref, true
	}
	if k := particleAfter(p, st, i); k > 0 {
		// `"Q," chimed in Jane Roe`, `"Q," hit back Jane Roe`
		if ref, ok := r.invertedPhrase(p.ts, st, speakerRef{inverted: true, from: i}, k); ok {
			return ref, true
		}
	}
	return r.formerRole(p.ts, st, speakerRef{inverted: true, from: i}, i+1)
}

// particleAfter returns where the speaker's phrase starts when the verb at
// i stands right after a quote's closing mark and takes a particle ("chimed
// in", "hit back", "piped up") before a name; else 0. After a verb of the
// lists, or before an article, "in" opens a phrase of place or manner
// instead ("added in Paris", "said in a statement").
func particleAfter(p *para, st *sent, i int) int {
	ts := p.ts
	k := i + 2
	if k >= st.b || speechVerbs[ts[i].low] != 0 || p.quoteEnding(i-1) < 0 || ts[i+1].q >= 0 || !tagParticles[ts[i+1].low] || !ts[k].word || ts[k].q >= 0 ||
		articleWord(ts[k].low) || ownerWords[ts[k].low] {
		return 0
	}
	return k
}

// tagParticles complete a speech verb inverted after a quote: `"Q,"
// chimed in X`, `"Q," shot back X`, `"Q," piped up X`.
var tagParticles = set(`in back up`)

// formerRole reads `"Q," said the former Minister of Health.` or "said the
// ex-president": a role the person once held, with no name, stands for the
// person the article last named (epithetSpeaker), as a second reference
// does; a role held now ("said the minister") is read by role instead.
func (r *reader) formerRole(ts []tok, st *sent, ref speakerRef, k int) (speakerRef, bool) {
	if k+2 > st.b || ts[k].low != "the" || ts[k].q >= 0 {
		return ref, false
	}
	m := k + 1
	head := false
	switch {
	case ts[m].low == "former" && ts[m].q < 0:
		m++
	case strings.HasPrefix(ts[m].low, "ex-") && ts[m].q < 0:
		w := strings.TrimPrefix(ts[m].low, "ex-")
		head = titleWords[w] || personRoles[w]
		m++
	default:
		return ref, false
	}
	e := m
	for e < st.b && e < m+5 && phraseWord(ts, st, k, e) {
		if isNameTok(ts[e]) && !titleWords[ts[e].low] && !personRoles[ts[e].low] && ts[e].low != "of" && (e == m || ts[e-1].low != "of") {
			// a name, not a role's domain ("Minister of Health")
			return ref, false
		}
		head = head || titleWords[ts[e].low] || personRoles[ts[e].low]
		e++
	}
	if !head || e < st.b && ts[e].word && !prepositionWords[ts[e].low] {
		return ref, false
	}
	n := r.epithetSpeaker(ts[k].start)
	if n == "" {
		return ref, false
	}
	ref.name, ref.kind, ref.to = n, KindPerson, e
	return ref, true
}

// invertedPhrase reads an inverted attribution as a phrase: after `"Q,"
// said` (or ", said") the words up to the first preposition, comma, clause
// word or sentence end are the noun phrase of who spoke, a description of
// any shape and then the name ("retired General Jane Roe", "the country's
// foreign minister Jane Roe", "U.S. Secretary of State Jane Roe", "NASA
// spokesperson Jane Roe"). The name is the last person's name of the
// phrase; whatever follows it is an adjunct of the verb ("late on
// Tuesday", "outside the court", "backstage", "here at the space center",
// ", who joined ..."), unless a noun of a role or body follows it and
// makes the name a modifier ("said Roe campaign officials") or a verb
// follows it and makes it a reported clause's subject (", said Roe had
// ..."). It reads nothing when the phrase holds no person's name ("said
// Monday that", "said in a statement", "said the ministry"), and it takes
// no name that a verb or a preposition governs ("said a lawyer
// representing Jane Roe", "said the wife of Jane Roe", "said a spokesman
// for Jane Roe").
func (r *reader) invertedPhrase(ts []tok, st *sent, ref speakerRef, k int) (speakerRef, bool) {
	e := k
	for e < st.b && e < k+12 && phraseWord(ts, st, k, e) {
		e++
	}
	if e == k {
		return ref, false
	}
	for m := e - 1; m >= k; m-- {
		if !isNameTok(ts[m]) || m > k && isNameTok(ts[m-1]) {
			continue
		}
		// a run of capitals from m: the last one of the phrase that is a
		// person's name
		end := m
		for end < e && isNameTok(ts[end]) {
			end++
		}
		run := ts[m:end]
		if isPossessive(run[len(run)-1]) {
			// "the CBC's": an owner, not the speaker
			continue
		}
		for _, t := range ts[end:e] {
			if nameQualifies(t.low) || verbForm(t.low) {
				// "said Roe campaign officials": the name qualifies a
				// role or body; "said Jane Roe wants ...": a reported
				// clause, its subject the name
				return ref, false
			}
		}
		if e < st.b && ts[e].word && ts[e].q < 0 && (auxWords[ts[e].low] || speechVerbs[ts[e].low] != 0 || ts[e].low == "that") {
			// ", said Jane Roe had ...": a reported clause
			return ref, false
		}
		name := r.stripName(run)
		if len(name) == 0 || m > k && !ts[m-1].up && governsName(ts[m-1]) && len(name) == len(run) {
			// "said a lawyer representing Jane Roe"; but "said acting
			// Mayor Jane Roe", "said retired General Jane Roe"
			return ref, false
		}
		n, kind, ok := r.canonRun(run, name, run[0].start)
		if !ok || kind != KindPerson {
			return ref, false
		}
		if len(name) == 1 && !r.knownPerson(n) && n == name[0].s {
			// one word the article never gave a person: no name
			return ref, false
		}
		ref.name, ref.kind, ref.to = n, kind, end
		return ref, true
	}
	return ref, false
}

// phraseWord reports whether ts[e] may stand in the noun phrase after an
// inverted speech verb whose phrase starts at k: a word outside quotes,
// no pronoun, auxiliary, speech verb, relative word, preposition ("of"
// only inside a capitalised title: "Secretary of State"), and an article
// or a possessive pronoun only first ("his lawyer Jane Roe").
func phraseWord(ts []tok, st *sent, k, e int) bool {
	t := ts[e]
	if !t.word || t.q >= 0 || dayWords[t.low] {
		return false
	}
	if t.up {
		return true
	}
	l := t.low
	switch l {
	case "the", "a", "an", "his", "her", "their", "its", "our":
		return e == k || l == "the" && e > k && ts[e-1].low == "of"
	case "of":
		// "Secretary of State Jane Roe", "deputy head of mission Jane
		// Roe"; not "the wife of Jane Roe", "a friend of Jane Roe"
		if e == k || e+1 >= st.b || isPossessive(ts[e-1]) || !ts[e+1].word || ts[e+1].q >= 0 {
			return false
		}
		return isNameTok(ts[e-1]) && isNameTok(ts[e+1]) || !ts[e-1].up && (titleWords[ts[e-1].low] || personRoles[ts[e-1].low])
	case "that", "who", "which", "whose", "whom", "what", "where", "and", "or", "but", "as", "if", "than", "not", "no":
		return false
	}
	if isPossessive(t) {
		return true
	}
	if e == k+1 && articleWord(ts[k].low) && (adjunctStart[l] || leadWords[l]) && !namePrepositions[l] && !prepositionWords[l] && !auxWords[l] && !pronounWord(l) {
		// "the late Jane Roe", "an early backer, ...": an article's
		// adjective
		return true
	}
	return !pronounWord(l) && pronouns[l] == "" && !auxWords[l] && speechVerbs[l] == 0 && !namePrepositions[l] &&
		!adjunctStart[l] && !leadWords[l]
}

// articleWord reports whether w is an article.
func articleWord(w string) bool {
	return w == "the" || w == "a" || w == "an"
}

// prepositionWords open a phrase of place, time or manner: never a word of
// the noun phrase of a speaker.
var prepositionWords = set(`in at on during after before while from with for outside inside via through by since until
upon into onto over under amid despite across along around near`)

// governsName reports whether a lower-case word right before a name takes
// it as its object: a verb form in -ing or -ed ("representing", "named"),
// not a title's modifier before a title ("acting Mayor").
func governsName(t tok) bool {
	return strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")
}

// verbForm reports whether a lower-case word after a name may be the
// verb of a clause the name is the subject of: an auxiliary or a past or
// a participle ("resigned", "is", "leaving"). A form in -s is too often an
// adverb ("upstairs", "overseas") or a plural (nameQualifies) to tell.
func verbForm(w string) bool {
	return auxWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// nameQualifies reports whether a lower-case word names a role, a body or a
// group of people, so that a name before it qualifies it ("Roe campaign
// officials", "Roe administration").
func nameQualifies(w string) bool {
	return titleWords[w] || personRoles[w] || orgWords[w] || govBodies[w] || personNouns[w] || jobNouns[w] ||
		quoteJobNouns[w] || unnamedPlurals[w] || bodyPlurals[w] || strings.HasSuffix(w, "s") && (personNouns[w[:len(w)-1]] || quoteJobNouns[w[:len(w)-1]] || personRoles[w[:len(w)-1]] || titleWords[w[:len(w)-1]])
}

// quoteTagVerb reports whether the lower-case word at i, right after a
// quote that ends in a comma, is a speech verb the lists do not hold,
// inverted before its speaker (`"Q," states Assemblyman Jon Weiss.`, `"Q,"
// opines Jane Roe`, `"Q," shot back Jane Roe`): a finite form in -s or
// -ed, or any word before a particle (particleAfter), then the phrase of a
// person's name (invertedPhrase). After a quote's closing comma a verb can
// only introduce who spoke.
func (r *reader) quoteTagVerb(p *para, st *sent, i int) bool {
	ts := p.ts
	t := ts[i]
	if i == st.a || t.up || t.q >= 0 || len(t.low) < 3 || auxWords[t.low] || leadWords[t.low] || pronouns[t.low] != "" || adjunctStart[t.low] {
		return false
	}
	k := i + 1
	if pk := particleAfter(p, st, i); pk > 0 {
		// "hit back", "shot back", "chimed in": any verb before its
		// particle
		k = pk
	} else if len(t.low) < 4 || !(strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ed")) {
		return false
	}
	qi := p.quoteEnding(i - 1)
	if qi < 0 || !strings.HasSuffix(strings.TrimSpace(r.norm[p.qs[qi].From:p.qs[qi].To]), ",") {
		return false
	}
	ref, ok := r.invertedPhrase(ts, st, speakerRef{inverted: true, from: i}, k)
	return ok && ref.kind == KindPerson
}
