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
	if !o.word || o.q >= 0 || !frontedOpeners[o.low] && !(strings.HasSuffix(o.low, "ing") && !notParticiples[o.low]) {
		return 0, 0, false
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
	c := -1
	for k := j; k < st.b && k < j+8; k++ {
		t := ts[k]
		if t.q >= 0 {
			return 0, 0, false
		}
		if t.s == "," {
			c = k
			break
		}
		if !t.word || auxWords[t.low] || t.low == "that" {
			return 0, 0, false
		}
		if _, ok := speechVerbs[t.low]; ok {
			return 0, 0, false
		}
	}
	if c < 0 || c+2 >= st.b {
		return 0, 0, false
	}
	s := c + 1
	t := ts[s]
	if !t.word || t.q >= 0 || auxWords[t.low] || clauseJoiners[t.low] || t.low == "or" || t.low == "which" || t.low == "who" ||
		t.low == "according" || strings.HasSuffix(t.low, "ing") && !notParticiples[t.low] ||
		!t.up && (len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || irregularPast[t.low]) {
		// (", adding that ...", ", but ...", ", included ...": no clause
		// of its own)
		return 0, 0, false
	}
	end := r.clauseEnd(p, st, s)
	if end <= s+1 || !hasFiniteVerb(ts[s:end]) {
		return 0, 0, false
	}
	b := ts[end-1].end
	if end == st.b {
		b = st.end
	}
	return ts[s].start, b, true
}

// pronounSubject reports whether the sentence ending its subject search at
// i opens with "he" or "she" followed by a word: the subject of the
// sentence's first predicate, so that "He urged people to leave, and said
// ..." or "She thanked the crews, and added ..." is that person's (the
// phrase up to the comma is no adverbial lead).
func pronounSubject(ts []tok, st *sent, i int) bool {
	return st.a+1 < i && pronouns[ts[st.a].low] != "" && ts[st.a].q < 0 && ts[st.a+1].word && ts[st.a+1].q < 0
}
