// Rules found on real published pages (excerpts, reposts, wire copy with page
// furniture): a lead set in capitals, epithets, leads with a title between
// commas, lost quotation marks, relative clauses that are the journalist's,
// sources named after a role. Each is called from the part of the reader
// it serves.

package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// capsLead drops the words in capitals that open a name run when a wire
// story sets its first words in capitals ("MANCHESTER UNITED MANAGER Ole
// Gunnar Solskjaer fears ...", "NEW YORK CITY MAYOR Jane Roe said"): two or
// more words in capitals, then a name in ordinary capitalisation. An
// acronym alone or two short ones ("NATO Secretary General X", "SNP MSP
// X") are left to the title and affiliation rules, and a name written all in capitals ("JANE
// ROE") has no ordinary word after it, so it stays.
func capsLead(run []tok) []tok {
	n, long := 0, false
	for n < len(run) && run[n].word && len(run[n].s) >= 2 && isCapitals(run[n].s) {
		long = long || len(run[n].s) >= 5
		n++
	}
	if n < 2 || n >= len(run) || !long && n < 3 {
		// ("SNP MSP Mary Lane": a body's acronym and a title's)
		return run
	}
	rest := run[n:]
	if !rest[0].up || isCapitals(rest[0].s) {
		return run
	}
	return rest
}

// epithetPerson returns the person a sports epithet ("the United boss",
// "the England winger") stands for: the last person named before pos whose
// name is not the team or country of the epithet itself (mods, the words
// between "the" and the noun). A club named like a person ("Manchester
// United" read as a name) is the boss's team, never the boss.
func (r *reader) epithetPerson(mods []tok, pos int) string {
	for i := len(r.ment) - 1; i >= 0; i-- {
		m := r.ment[i]
		if m.pos >= pos {
			continue
		}
		team := false
		for _, t := range mods {
			for _, w := range strings.Fields(m.name) {
				if strings.EqualFold(w, t.s) {
					team = true
				}
			}
		}
		if !team {
			return m.name
		}
	}
	return ""
}

// titleSegment reports whether seg, a comma-separated part of a subject
// group, is only a title: capitalised words ending in a title word
// ("Turkish Foreign Minister", "Norwegian Fisheries Minister" in "CLAUSE,
// Turkish Foreign Minister, NAME, has said"). Such a part belongs to the
// subject, not to the clause before it. (A name ends in a surname, or in
// a post-nominal: "Jane Roe MP".)
func titleSegment(seg []tok) bool {
	if len(seg) == 0 || !isTitleWord(seg[len(seg)-1].low) || postNominals[seg[len(seg)-1].low] {
		return false
	}
	for _, t := range seg {
		if !t.word || !t.up || t.q >= 0 {
			return false
		}
	}
	return true
}

// clausePronoun resolves the pronoun at pos in "CLAUSE, he said" (the
// sentence starting at sentStart). A person the article names for the
// first time inside CLAUSE, who has not spoken, is what the clause is
// about, not who reports it ("Turkey will not talk to the Syrian
// President, Tom Grey, he said"): the pronoun then stands for the last
// person of its gender who spoke before the sentence.
func (r *reader) clausePronoun(sentStart, pos int, g string) string {
	name := r.resolveSpeaker(pos, g)
	if name == "" || r.spokeBefore(name, pos) {
		return name
	}
	for _, m := range r.ment {
		if m.name == name && m.pos < sentStart {
			return name // named before the clause
		}
	}
	for i := len(r.out) - 1; i >= 0; i-- {
		f := r.out[i]
		if f.start >= sentStart || f.speaker == name {
			continue
		}
		if _, person := r.mentPos[f.speaker]; !person {
			continue
		}
		if have := r.gender[f.speaker]; have != "" && have != g {
			continue
		}
		return f.speaker
	}
	return name
}

// menuFragment reports whether a paragraph above the story is a scrap of a
// page's menu or widget ("sections.", "Loading"), too short to be the
// story's first paragraph of prose: fewer than four words. A deck under the
// headline is still looked for after it.
func menuFragment(p string) bool {
	return len(strings.Fields(p)) < 4
}

// gerundPrepositions before a speech verb's -ing form make it a gerund
// naming an act ("of maintaining a dialogue", "by announcing cuts"), not
// an attribution inside a reported clause.
var gerundPrepositions = set(`of for by about without in on after before from against`)

// relativeTail reports whether the comma at ts[k] opens a non-restrictive
// relative clause that runs to the end of the sentence at end and is the
// journalist's note on a noun of the reported clause, which then ends at
// the comma: background on a body (", whose members are fighting alongside
// the army.", ", where he met the president.") or the speaker's label for
// a thing put in the writer's words
// (", which it labelled “unfair”.", ", which he called a sham."). Other
// relative clauses (", which are harder to intercept", ", which she said
// showed ...") may be the speaker's own words and stay in, as does one
// with a modal (", whose cost would ...") or closed by another comma (the
// clause then goes on).
func relativeTail(ts []tok, k, end int) bool {
	if k+3 >= end {
		return false
	}
	n := ts[k+1]
	if n.q >= 0 {
		return false
	}
	switch {
	case n.low == "whose":
	case n.low == "where" && (ts[k+2].low == "he" || ts[k+2].low == "she" || ts[k+2].low == "they"):
		// ", where he met the president": the journalist follows the
		// speaker (not ", where debt-burdened governments have cut
		// spending": over the gold of every set a clause ran on through
		// ", where" 2 times, and stopped before it once, before "where
		// he")
	case n.low == "which" && pronounWord(ts[k+2].low) && labelVerbs[ts[k+3].low]:
	default:
		return false
	}
	for m := k + 2; m < end; m++ {
		t := ts[m]
		if t.q < 0 && (t.s == "," || t.s == ";" || modalWords[t.low]) {
			return false
		}
	}
	return true
}

// modalWords mark a forecast or an obligation.
var modalWords = set(`would will could can may might should must shall`)

// labelVerbs put a speaker's label for a thing in the writer's words:
// "which it labelled unfair".
var labelVerbs = set(`labelled labeled called termed dubbed branded described characterised characterized deemed`)

// missingOpen finds a quote whose opening mark the page lost: a paragraph
// that opens with a capitalised sentence and whose first double quotation
// mark closes a quote (after a comma or a stop, before a space) and is then
// followed by its attribution ("The defendants put justice for sale," Jane
// Roe said.; "..., said the skipper."). The quote then runs from the
// paragraph's start (Open == From == start). For a straight mark, the
// paragraph must hold an odd number of them, so that the mark has no
// partner.
func missingOpen(p string, start, end int) (quoteSpan, bool) {
	i := indexDoubleQuote(p[start:end])
	if i < 0 {
		return quoteSpan{}, false
	}
	i += start
	r, w := utf8.DecodeRuneInString(p[i:end])
	if r == '“' {
		return quoteSpan{}, false
	}
	if r == '"' && strings.Count(p[start:end], "\"")%2 == 0 {
		return quoteSpan{}, false
	}
	first, _ := utf8.DecodeRuneInString(p[start:end])
	prev, _ := utf8.DecodeLastRuneInString(p[start:i])
	if !unicode.IsUpper(first) || !strings.ContainsRune(",.!?", prev) || i+w < end && p[i+w] != ' ' {
		return quoteSpan{}, false
	}
	if len(strings.Fields(p[start:i])) < 4 || !saidAfter(p[i+w:end]) {
		return quoteSpan{}, false
	}
	return quoteSpan{Open: start, From: start, To: i, Close: i + w}, true
}

// indexDoubleQuote is strings.IndexAny(s, "\"“”") for valid UTF-8 s,
// byte by byte rather than rune by rune.
func indexDoubleQuote(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			return i
		case 0xE2: // “ is E2 80 9C, ” E2 80 9D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return i
			}
		}
	}
	return -1
}

// head returns the first n bytes of s, or s if it is shorter. An anchored
// regexp whose matches are short is run on head(s, n): Go's backtracking
// matcher clears state in proportion to the length of its input.
func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// saidAfter reports whether s, the text after a closing quotation mark,
// opens with an attribution: a speech verb within the first four words,
// before any stop ("he said on the steps.", "Jane Roe told reporters").
func saidAfter(s string) bool {
	for n, f := range strings.Fields(s) {
		if n >= 4 {
			return false
		}
		w := strings.TrimRight(toLower(f), ".,!?;:")
		if _, ok := speechVerbs[w]; ok {
			// "he said" or "said the skipper" (a verb and then its
			// subject), not a verb alone
			return n > 0 || len(strings.Fields(s)) > 1 && !strings.ContainsAny(f, ".,!?;:")
		}
		if w != strings.TrimRight(f, ".,!?;:") && w != toLower(f) {
			return false // a stop before any verb
		}
	}
	return false
}

// roleSource returns the person an "according to" names after a role:
// "according to Washington attorney Jane Roe" (a job noun, with a place or
// an adjective before it, then the name) or "according to Weiss's lawyer,
// high-profile attorney Jane Roe" (a possessive role, then the person in
// an appositive up to the next comma or the sentence's end). np is
// ts[k:end]; after is where the source's words end (end, or the end of the
// appositive); ok is false when neither shape fits.
func (r *reader) roleSource(ts []tok, st *sent, k, end int) (name, kind string, after int, ok bool) {
	np := ts[k:end]
	if len(np) == 0 {
		return "", "", end, false
	}
	tail := func(seg []tok) (string, string, bool) {
		if len(seg) < 2 || !isNameTok(seg[len(seg)-1]) {
			return "", "", false
		}
		run := runLeft(seg, len(seg)-1)
		if len(run) >= len(seg) {
			return "", "", false
		}
		if before := seg[len(seg)-len(run)-1]; !roleNoun(before) {
			return "", "", false
		}
		name := r.stripName(run)
		if len(name) < 2 {
			return "", "", false
		}
		return r.canonRun(run, name, run[0].start)
	}
	if n, kd, ok := tail(np); ok && kd == KindPerson {
		return n, kd, end, true
	}
	last := np[len(np)-1]
	if len(np) < 2 || !roleNoun(last) || !(isPossessive(np[0]) || possessiveDets[np[0].low]) || end >= st.b || ts[end].s != "," {
		return "", "", end, false
	}
	e := end + 1
	for e < st.b && ts[e].s != "," && ts[e].s != "." && ts[e].q < 0 {
		e++
	}
	seg := ts[end+1 : e]
	if len(seg) >= 2 && allNameToks(seg) {
		// "according to his lawyer, Jane Roe"
		if nt := r.stripName(seg); len(nt) >= 2 {
			if n, kd, ok := r.canonRun(seg, nt, seg[0].start); ok && kd == KindPerson {
				return n, kd, e, true
			}
		}
	}
	if n, kd, ok := tail(seg); ok && kd == KindPerson {
		return n, kd, e, true
	}
	return "", "", end, false
}

// roleNoun reports whether a lower-case word names what a person does
// ("lawyer", "attorney", "economist", "spokesman").
func roleNoun(t tok) bool {
	return t.word && !t.up && t.q < 0 && (quoteJobNouns[t.low] || jobNouns[t.low] || personNouns[t.low] || personRoles[t.low] || isTitleWord(t.low))
}

// judgeTitles are the titles a court reporter gives the judge, any of which
// "the judge" refers back to ("Justice Jane Roe ... The judge also said").
var judgeTitles = []string{"judge", "justice", "magistrate"}

// judgeNamed returns the person the article titled Judge, Justice or
// Magistrate last before pos (else first after it), for "the judge said".
func (r *reader) judgeNamed(pos int) (string, string, bool) {
	best, at := "", -1
	for _, w := range judgeTitles {
		for _, t := range r.titled[w] {
			if t.pos < pos && t.pos > at {
				best, at = t.name, t.pos
			}
		}
	}
	if best == "" {
		for _, w := range judgeTitles {
			if n, kind, ok := r.titledPerson(w, pos); ok {
				return n, kind, true
			}
		}
		return "", "", false
	}
	if n, kind, ok := r.canon(best, pos); ok {
		return n, kind, true
	}
	return best, KindPerson, true
}

// roleHolder returns the person the article last named right after the
// lower-case role word before pos ("Adnan's lawyer Tan Hock Chuan asked
// ..." for a later "his lawyer said"), or "".
func (r *reader) roleHolder(word string, pos int) string {
	found := ""
	for p, j := range r.tokensBefore(pos) {
		t := p.ts[j]
		if t.low != word || t.up || t.q >= 0 || j+1 >= len(p.ts) || !isNameTok(p.ts[j+1]) || p.ts[j+1].q >= 0 {
			continue
		}
		run := runRight(p.ts, j+1)
		if name := r.stripName(run); len(name) >= 2 {
			if n, kind, ok := r.canonRun(run, name, run[0].start); ok && kind == KindPerson {
				found = n
			}
		}
	}
	return found
}

// whileActing reports whether "while" at ts[k] opens the journalist's
// account of another act of the speaker ("said the case was proved while
// also dismissing the claims of persecution"): "while", perhaps "also",
// then the -ing form of a speech verb or of a verb of rejecting or
// accepting. The reported clause ends before it.
func whileActing(ts []tok, k, end int) bool {
	if ts[k].low != "while" || ts[k].q >= 0 {
		return false
	}
	m := k + 1
	if m < end && (ts[m].low == "also" || ts[m].low == "simultaneously") {
		m++
	}
	if m >= end || ts[m].q >= 0 || !strings.HasSuffix(ts[m].low, "ing") {
		return false
	}
	_, speech := speechVerbs[ts[m].low]
	return speech || actsOnClaims[ts[m].low]
}

// actsOnClaims are what a judge, a party or an official does with another's
// claim.
var actsOnClaims = set(`dismissing rejecting denying refusing accepting ordering overruling upholding throwing
brushing waving`)

// colonDateline returns the length of a dateline of the "KUALA LUMPUR: "
// or "ISLAMABAD: " style (a place in capitals and a colon) opening a
// paragraph that is no transcript turn, or 0.
func colonDateline(p string) int {
	m := colonDatelineRe.FindString(head(p, 200)) // a match has at most 148 bytes
	if m == "" {
		// "Islamabad : At least 35 militants ...": a place in title case
		// with a space before the colon, as some wires type it
		return len(spacedColonDatelineRe.FindString(head(p, 80)))
	}
	if leadingCaps(m) < 3 {
		// the regexp allows lower case only in the month after the place,
		// so the place's capitals all come first
		return 0
	}
	return len(m)
}

var spacedColonDatelineRe = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? : `)

var colonDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}(?:, \p{Lu}[a-z]{2,8}\.? \d{1,2})?: `)

// datelineLabel reports whether the transcript-like label opening the
// first paragraph ("KUALA LUMPUR: The floods were ...") is a dateline: at
// most three words, and the paragraph after it is news prose, not a turn
// spoken in the first person.
func datelineLabel(p *para) bool {
	if len(strings.Fields(p.label)) > 3 {
		return false
	}
	var rest []tok
	for _, t := range p.ts {
		if t.start >= p.turn && t.q < 0 {
			rest = append(rest, t)
		}
	}
	return len(rest) >= 6 && !speaksFirstPerson(rest)
}

// honorifics drops the Malaysian and Bruneian honorifics from a name run
// ("Deputy Prime Minister Datuk Seri Fadillah Yusof", "Tan Sri Jane Roe",
// "Tun Jon Weiss"): Datuk, Dato', Datin, Tun and Toh Puan, each perhaps with
// Seri, Sri, Paduka or Wira after it, and Tan Sri or Puan Sri. (Tan and Sri
// alone are names: "Tan Hock Chuan", "Sri Mulyani Indrawati".) A name must
// follow them.
func honorifics(run []tok) []tok {
	var out []tok // nil until a token is dropped
	for i := 0; i < len(run); {
		if !run[i].up {
			if out != nil {
				out = append(out, run[i])
			}
			i++
			continue
		}
		n := 0
		low := strings.TrimRight(run[i].low, "'’")
		next := ""
		if i+1 < len(run) {
			next = run[i+1].low
		}
		switch {
		case low == "datuk" || low == "dato" || low == "datin" || low == "tun":
			n = 1
			if honorificSeconds[next] {
				n = 2
			}
		case (low == "tan" || low == "puan") && (next == "sri" || next == "seri"):
			n = 2
		case low == "toh" && next == "puan":
			n = 2
		}
		if n == 0 || i+n >= len(run) || !isNameTok(run[i+n]) {
			if out != nil {
				out = append(out, run[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]tok, 0, len(run)), run[:i]...)
		}
		i += n
	}
	if out == nil {
		return run
	}
	return out
}

// honorificSeconds follow Datuk, Dato' or Tun in a compound honorific.
var honorificSeconds = set(`seri sri paduka wira`)

// saidBefore returns the speaker of the paragraph's last statement before
// pos when it is reported speech ("It said that the envoys had erred. “We
// have followed the situation closely.”": the quote standing alone after
// it is the same speaker's), or "" (none, or a direct quote, which the
// paragraph's last quoted speaker covers).
func (r *reader) saidBefore(paraStart, pos int) (string, string) {
	for i := len(r.out) - 1; i >= 0; i-- {
		f := r.out[i]
		if f.start >= pos {
			continue
		}
		if f.start < paraStart || f.kind != Indirect {
			return "", ""
		}
		return f.speaker, f.via
	}
	return "", ""
}

// spokesBody returns the body an unnamed spokesperson with the definite
// article speaks for ("the Foreign Office spokesman", "the foreign office
// spokesman said" after "Foreign Office" spoke): the organisation the
// article named whose name ends with the words between "the" and the
// role, else those words when capitalised and an organisation's name, or
// "". A person the article titled so wins before this is asked.
func (r *reader) spokesBody(mods []tok, pos int) string {
	if len(mods) == 0 {
		return ""
	}
	var ws []string
	up := true
	for _, t := range mods {
		if !t.word || t.q >= 0 || isPossessive(t) {
			return ""
		}
		ws = append(ws, t.s)
		up = up && t.up
	}
	phrase := strings.ToLower(strings.Join(ws, " "))
	for i := len(r.orgs) - 1; i >= 0; i-- {
		if o := r.orgs[i]; o.pos < pos && (strings.ToLower(o.name) == phrase || strings.HasSuffix(strings.ToLower(o.name), " "+phrase)) {
			return o.name
		}
	}
	if up && isOrgName(ws) {
		return strings.Join(ws, " ")
	}
	return ""
}

// headOfTitles are the titles "the head of state" and "the head of
// government" stand for, in the order they are tried.
var headOfTitles = map[string][]string{
	"state":      {"president", "king", "queen", "emir", "sultan"},
	"government": {"premier", "chancellor", "minister", "taoiseach"},
}

// headOf returns the person "the head of state" or "the head of
// government" (ts[j] is "state" or "government") stands for: the person the
// article titled President (King, ...) or Prime Minister (Premier, ...), or
// "".
func (r *reader) headOf(ts []tok, st *sent, j int) (string, string, bool) {
	titles, ok := headOfTitles[ts[j].low]
	if !ok || j-3 < st.a || ts[j-1].low != "of" || ts[j-2].low != "head" || ts[j-3].low != "the" {
		return "", "", false
	}
	for _, w := range titles {
		role := w
		if w == "minister" {
			role = "prime minister"
		}
		if full := r.titledBefore(w, role, ts[j].start); full != "" {
			if n, kind, ok := r.canon(full, ts[j].start); ok {
				return n, kind, true
			}
			return full, KindPerson, true
		}
	}
	return "", "", false
}

// objectWithRelative reports whether the words after an act verb that can
// also report ("announced the arrest of people who spread rumours") are
// its object: a noun phrase with no finite verb before the relative
// pronoun that opens a relative clause on it.
func objectWithRelative(ts []tok, j, end int) bool {
	if j >= end || !(ts[j].low == "the" || ts[j].low == "a" || ts[j].low == "an") {
		return false
	}
	for m := j + 1; m < end && m < j+15; m++ {
		t := ts[m]
		if t.q >= 0 || t.s == "," {
			return false
		}
		if t.low == "who" || t.low == "which" || t.low == "whose" {
			return !hasFiniteVerb(ts[j:m])
		}
	}
	return false
}

// acronymOwner returns, for the acronym group ending at ts[j] ("(ROK)" in
// "the Joint Chiefs of Staff (JCS) of the Republic of Korea (ROK) said"),
// the ")" of the body's own acronym group that "of (the)" qualifies, when
// there is one; else j. The body speaks, not the country that qualifies
// it.
func (r *reader) acronymOwner(ts []tok, st *sent, j int) int {
	f := j - 2 // the "(" of the group
	for f > st.a && isNameTok(ts[f-1]) || f > st.a+1 && ts[f-1].low == "of" && isNameTok(ts[f-2]) {
		f--
	}
	if f > st.a && ts[f-1].low == "the" {
		f--
	}
	if f-4 < st.a || ts[f-1].low != "of" || ts[f-2].s != ")" || ts[f-4].s != "(" || r.acro[ts[f-3].s] == "" {
		return j
	}
	return f - 2
}

// itSpeaker returns the body "It said" at pos (its sentence starting at
// sentStart) stands for: the body whose statement the sentence before
// ended with, when one did within a few lines ("The JCS said the radar
// tracked it. It noted that ..."), else what itOrg finds.
func (r *reader) itSpeaker(pos, sentStart int) string {
	for i := len(r.out) - 1; i >= 0; i-- {
		f := r.out[i]
		if f.start >= sentStart {
			continue
		}
		if sentStart-f.end > 300 {
			break
		}
		if _, person := r.mentPos[f.speaker]; person {
			break
		}
		if e, ok := r.al.Lookup(f.speaker); ok && e.Kind == KindOutlet {
			break
		}
		return f.speaker
	}
	return r.itOrg(pos, sentStart)
}

// progressiveAnd reports whether "and" at ts[k] joins a second -ing form to
// the progressive verb of the reported clause that starts at start ("the
// army was closely monitoring the border and maintaining a full
// readiness posture"): the -ing word after it is the clause's own verb,
// not a new speech act, even when it can report ("maintaining").
func progressiveAnd(ts []tok, start, k int) bool {
	if k+1 >= len(ts) || !strings.HasSuffix(ts[k+1].low, "ing") {
		return false
	}
	for m := start; m < k; m++ {
		if !auxWords[ts[m].low] || ts[m].q >= 0 {
			continue
		}
		for n := m + 1; n < k && n <= m+3; n++ {
			if strings.HasSuffix(ts[n].low, "ing") && ts[n].word && !ts[n].up {
				return true
			}
		}
	}
	return false
}

// commaAdjunct reports whether the comma at ts[j], right after a speech
// verb, opens an adjunct set off by commas that the reported clause starts
// with ("Mr Roe said, despite the change in market conditions, the group
// was on a sound footing"): a preposition or "despite", no verb, a comma,
// then a clause with a finite verb.
func commaAdjunct(ts []tok, st *sent, j int) bool {
	if ts[j].s != "," || ts[j].q >= 0 || j+2 >= st.b {
		return false
	}
	n := ts[j+1]
	if n.q >= 0 || !(adjunctStart[n.low] || n.low == "despite" || n.low == "given" || n.low == "amid" || n.low == "under" || n.low == "without" || n.low == "unlike" || n.low == "like") {
		return false
	}
	for m := j + 2; m < st.b && m < j+14; m++ {
		t := ts[m]
		if t.q >= 0 || auxWords[t.low] || t.low == "that" {
			return false
		}
		if t.s == "," {
			return m+2 < st.b && hasFiniteVerb(ts[m+1:st.b])
		}
	}
	return false
}

// venueBefore returns where the subject ends when a venue phrase stands
// between it and the speech verb ("the Indian Army in a statement said",
// "the ministry, in its statement, said"): the token before "in"; else j
// (ts[j] is the token before the verb).
func venueBefore(ts []tok, st *sent, j int) int {
	k := j
	if ts[k].s == "," {
		k--
	}
	if k-4 > st.a && (ts[k-2].low == "on" || ts[k-2].low == "via") && (possessiveDets[ts[k-1].low] || ts[k-1].low == "the") && venueNouns[ts[k-3].low] && ts[k].word && !ts[k].up && ts[k].q < 0 {
		// "St. Mary's in a statement on its website said": where the
		// statement was posted
		k -= 3
	}
	if k-2 <= st.a || !venueNouns[ts[k].low] || ts[k].q >= 0 {
		return j
	}
	m := k - 1
	if !(ts[m].low == "a" || ts[m].low == "an" || possessiveDets[ts[m].low]) {
		m-- // one adjective: "in a joint statement"
	}
	if m-1 <= st.a || !(ts[m].low == "a" || ts[m].low == "an" || possessiveDets[ts[m].low]) || ts[m-1].low != "in" {
		return j
	}
	e := m - 2
	if ts[e].s == "," {
		e--
	}
	if e < st.a || !(ts[e].word && ts[e].q < 0) {
		return j
	}
	return e
}

// appositiveInside reports whether the appositive after the comma at ts[k]
// sits inside the reported clause's subject, which goes on after it with
// its verb ("said Jane Roe, who chairs the party, the biggest in the
// coalition, is not the first to be charged"): the next comma is followed
// by an auxiliary.
func appositiveInside(ts []tok, k, end int) bool {
	for m := k + 1; m+1 < end; m++ {
		if ts[m].q >= 0 {
			return false
		}
		if ts[m].s == "," {
			return auxWords[ts[m+1].low] && ts[m+1].q < 0
		}
	}
	return false
}

// signOff matches a wire's or paper's sign-off closing a paragraph after
// its last stop: " - THE STAR", " -- AFP", " — SF/HMV/SS".
var signOff = regexp.MustCompile(`[.!?"”’)]( +(?:--|[-–—]) *\p{Lu}[\p{Lu}\p{N} .&/]{1,30})$`)

// signOffStart returns where a sign-off closing the paragraph p[start:end]
// begins, or end when there is none.
func signOffStart(p string, start, end int) int {
	if !maybeSignOff(p[start:end]) {
		return end
	}
	if m := signOff.FindStringSubmatchIndex(p[start:end]); m != nil {
		return start + m[2]
	}
	return end
}

// maybeSignOff is a cheap necessary condition for signOff to match s: its
// last run of sign-off runes (capitals, digits, spaces, ". & /") follows a
// dash. It spares the regexp (a scan of the whole paragraph) on the many
// paragraphs that end in prose.
func maybeSignOff(s string) bool {
	for s != "" {
		c, n := utf8.DecodeLastRuneInString(s)
		switch {
		case c == '-' || c == '–' || c == '—':
			return true
		case unicode.IsUpper(c) || unicode.IsNumber(c) || strings.ContainsRune(" .&/", c):
			s = s[:len(s)-n]
		default:
			return false
		}
	}
	return false
}

// dateBefore returns where the subject ends when a date stands between it
// and the speech verb ("President Jane Roe on November 15 warned that",
// "the ministry on Nov. 3 said"): the token before "on"; else j (ts[j] is
// the token before the verb).
func dateBefore(ts []tok, st *sent, j int) int {
	if j-2 <= st.a || !isDigits(ts[j].low) || ts[j].q >= 0 {
		return j
	}
	m := j - 1
	if ts[m].s == "." {
		m-- // "Nov."
	}
	if m-1 <= st.a || !(dayWords[ts[m].low] || monthAbbrevs[ts[m].low]) || ts[m-1].low != "on" {
		return j
	}
	return m - 2
}

// monthAbbrevs are the months' short forms.
var monthAbbrevs = set(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// namedBodyFor returns the body the article names with a capitalised form
// of "the MODIFIERS NOUN" ("the disaster agency" for "Disaster Management
// Agency spokesman Jane Roe said ..."): the one name ending with the noun
// that holds every modifier, or "".
func (r *reader) namedBodyFor(mods []tok, noun string, pos int) string {
	if len(mods) == 0 {
		return ""
	}
	n := r.namedWith(noun, pos)
	if n == "" {
		return ""
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(n)) {
		words[w] = true
	}
	for _, m := range mods {
		if !m.word || m.up || !words[m.low] {
			return ""
		}
	}
	return n
}

// subordinateClause reports whether the sentence opens at ts[start] with a
// subordinate clause that has a subject of its own ("When the time comes,
// ...", "If talks fail, ..."): part of what the speaker said when the
// attribution closes the sentence, not the journalist's adverbial ("When
// asked, ...", "In Paris, ...").
func subordinateClause(ts []tok, start, j int) bool {
	if start+2 >= j || !clauseSubordinators[ts[start].low] || ts[start].q >= 0 {
		return false
	}
	n := ts[start+1]
	return n.q < 0 && (determiners[n.low] || pronounWord(n.low) || n.low == "they" || n.low == "we" || n.low == "you" || isNameTok(n))
}

// clauseSubordinators open a clause of time, condition or cause.
var clauseSubordinators = set(`when if unless once because until whenever`)

// andOrgName returns the name of an organisation whose name holds "and"
// ("The Union Solidarity and Development Party on Wednesday demanded ...
// and said"): the name run at ts[k:k+len(run)], "and", then a run ending
// in an organisation word, all before token i; else "".
func andOrgName(norm string, ts []tok, k int, run []tok, i int) (int, string) {
	e := k + len(run)
	if e+1 >= i || ts[e].low != "and" || ts[e].q >= 0 || !isNameTok(ts[e+1]) {
		return -1, ""
	}
	r2 := runRight(ts, e+1)
	if len(r2) == 0 || e+1+len(r2) > i || !orgWords[r2[len(r2)-1].low] {
		return -1, ""
	}
	from := k
	for from < e && leadWords[ts[from].low] {
		from++
	}
	if from >= e {
		return -1, ""
	}
	return from, norm[ts[from].start:r2[len(r2)-1].end]
}

// subjunctiveBe reports whether the words after a verb of demanding at
// ts[j] are a clause in the bare subjunctive ("demanded the election be
// held again", "insisted the talks be moved"): a noun phrase of up to six
// words after a determiner, then "be".
func subjunctiveBe(ts []tok, j, end int) bool {
	if j >= end || !determiners[ts[j].low] || ts[j].q >= 0 {
		return false
	}
	for k := j + 1; k < end && k <= j+6; k++ {
		t := ts[k]
		if !t.word || t.q >= 0 || t.low == "to" || t.low == "that" {
			return false
		}
		if t.low == "be" {
			return k > j+1
		}
	}
	return false
}

// reflexives after "declared" make an act on an object ("declared itself
// the winner"), not a reported clause.
var reflexives = set(`itself himself herself themselves`)

// objectSpeech reports whether the speech verb at ts[k], inside a clause
// that a later attribution closes, is no attribution of its own: an act
// verb with a bare plural object and a preposition ("the commission has
// declared results in 30% of seats, he said"), or an -ing form after a
// plural noun it describes ("parties have issued statements expressing
// support, she added"), or a verb whose subject is a plural thing ("the
// attacks underlined the urgency, he said").
func objectSpeech(ts []tok, start, k, c int) bool {
	t := ts[k]
	if k+2 < c && (actionVerbs[t.low] || t.low == "declared") {
		n := ts[k+1]
		if n.word && !n.up && n.q < 0 && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") && adjunctStart[ts[k+2].low] {
			return true
		}
	}
	if k-1 > start && strings.HasSuffix(t.low, "ing") {
		p := ts[k-1]
		return p.word && !p.up && p.q < 0 && len(p.low) > 3 && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss") && !auxWords[p.low] && !pronounWord(p.low)
	}
	if k-1 > start && !strings.HasSuffix(t.low, "ing") {
		// "Turkish attacks on the YPG underlined the urgency, he said": a
		// thing as the verb's subject, not a speaker
		p := ts[k-1]
		return p.word && !p.up && p.q < 0 && len(p.low) > 3 && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss") &&
			!auxWords[p.low] && !unnamedPlurals[p.low] && !personNouns[strings.TrimSuffix(p.low, "s")] && !personRoles[strings.TrimSuffix(p.low, "s")] &&
			!quoteJobNouns[strings.TrimSuffix(p.low, "s")] && !personNouns[strings.TrimSuffix(p.low, "es")]
	}
	return false
}

// unnamedPlurals are people the journalist does not name; "Officials in
// New York City said" is theirs, nobody's, never the place's.
var unnamedPlurals = set(`officials residents witnesses sources analysts experts diplomats observers doctors
activists lawmakers investigators prosecutors scientists economists authorities people critics supporters
opponents protesters rebels militants`)

// subordinateReport reports whether the words after a speech verb open a
// subordinate clause that the reported main clause follows after a comma:
// "said while 34 cases were reported, 17 were still in hospital", "said if
// the talks fail, the army will act", "said while working to control the
// fires, crews were aware of the risk". Without such a main clause the
// subordinate words say when or how the speaker spoke ("said while talking
// to a private channel", "said when replying to a question") and report
// nothing.
func subordinateReport(ts []tok, st *sent, j int) bool {
	if j+3 >= st.b || !reportSubordinators[ts[j].low] || ts[j].q >= 0 || !ts[j+1].word {
		return false
	}
	for m := j + 1; m < st.b && m < j+20; m++ {
		t := ts[m]
		if t.q >= 0 || t.low == "that" || t.s == ";" || t.s == ":" {
			return false
		}
		if t.s == "," {
			n := m + 1
			if n >= st.b || !ts[n].word || ts[n].q >= 0 || ts[n].low == "that" || ts[n].low == "and" || ts[n].low == "but" ||
				ts[n].low == "which" || ts[n].low == "who" || ts[n].low == "where" || speechVerbs[ts[n].low] != 0 || strings.HasSuffix(ts[n].low, "ing") {
				return false
			}
			return hasFiniteVerb(ts[n:min(st.b, n+8)])
		}
	}
	return false
}

// reportSubordinators open a subordinate clause that may lead a reported
// clause after "said".
var reportSubordinators = set(`while whilst although though if unless because once when whereas`)

// thenAdjunctEnd returns where the clause starts after "at the time" or "at
// that time" following a speech verb ("White said at the time the suspect
// was a man in his 20s"), else j.
func thenAdjunctEnd(ts []tok, st *sent, j int) int {
	if j+4 >= st.b || ts[j].low != "at" || ts[j+1].low != "the" && ts[j+1].low != "that" || ts[j+2].low != "time" || ts[j].q >= 0 || ts[j+2].q >= 0 {
		return j
	}
	k := j + 3
	if !ts[k].word || ts[k].q >= 0 || ts[k].low == "that" || ts[k].low == "of" || ts[k].low == "when" || auxWords[ts[k].low] || !hasFiniteVerb(ts[k:min(st.b, k+6)]) {
		return j
	}
	return k
}

// documentFrom reads an inverted attribution to a document at ts[k]: "a
// statement from Jon Weiss's office", "a statement from the Harbour
// Authority", "a communique issued by the ministry of health". It returns
// the owner (a person for "X's office" or "X's campaign"), its kind and
// where the owner's name ends, or no name.
func (r *reader) documentFrom(ts []tok, st *sent, k int) (string, string, int) {
	if k+3 >= st.b || !(ts[k].low == "a" || ts[k].low == "an" || ts[k].low == "the") || !ownDocuments[ts[k+1].low] || ts[k+1].q >= 0 {
		return "", "", 0
	}
	o := k + 2
	if madeBy[ts[o].low] {
		o++
	}
	if o >= st.b || ts[o].low != "from" && ts[o].low != "by" {
		return "", "", 0
	}
	o++
	if o < st.b && ts[o].low == "the" {
		o++
	}
	run := runRight(ts, o)
	if len(run) == 0 || ts[o].q >= 0 {
		return "", "", 0
	}
	e := o + len(run)
	last := run[len(run)-1]
	if isPossessive(last) {
		// "Jon Weiss's office", "the president's campaign": the owner
		if e >= st.b || !ts[e].word || ts[e].up || !ownerNouns[ts[e].low] {
			return "", "", 0
		}
		cut := len(last.s) - len(strings.TrimSuffix(strings.TrimSuffix(last.s, "'s"), "’s"))
		owner := append([]tok{}, run...)
		l := &owner[len(owner)-1]
		l.s, l.low, l.end = l.s[:len(l.s)-cut], l.low[:len(l.low)-cut], l.end-cut
		n, kind := r.docOwner(owner)
		if n == "" {
			return "", "", 0
		}
		return n, kind, e + 1
	}
	if e < st.b && ts[e].word && !(ts[e].low == "on" || ts[e].low == "in" || ts[e].low == "at" || ts[e].low == "signed" || ts[e].low == "issued" || ts[e].low == "released") {
		return "", "", 0
	}
	n, kind := r.docOwner(run)
	if n == "" {
		return "", "", 0
	}
	return n, kind, e
}

// docOwner names the owner of a document from the words of its name
// run ("Jon Weiss" of "Jon Weiss's office", "Harbour Authority"): its
// canonical name and kind, or "" when the run names nobody or an outlet.
func (r *reader) docOwner(run []tok) (string, string) {
	name := r.stripName(run)
	if len(name) == 0 {
		return "", ""
	}
	n, kind, ok := r.canonRun(run, name, name[0].start)
	if !ok || kind == KindOutlet {
		return "", ""
	}
	return n, kind
}

// ownerNouns, after a possessive name, make a document the owner's: "a
// statement from Jon Weiss's office".
var ownerNouns = set(`office campaign team spokesman spokeswoman spokesperson press`)

// docIt returns the owner of the document that gave the last statement
// before the sentence at sentStart, when "it" may continue that document
// (`"Q," said a statement from X's office. "Q2," it said.`), else "".
func (r *reader) docIt(sentStart int) string {
	if r.docBy.name == "" {
		return ""
	}
	for i := len(r.out) - 1; i >= 0; i-- {
		f := r.out[i]
		if f.start >= sentStart {
			continue
		}
		if sentStart-f.end > 600 || f.speaker != r.docBy.name || r.docBy.pos < f.start {
			return ""
		}
		return f.speaker
	}
	return ""
}

// clauseBeforeComma reports whether the comma at ts[c] closes a clause of
// its own ("Talks are expected to resume this week, and Holden said"), not
// an item of a list of names ("Germany, France, and Italy said"): a word in
// lower case before it and a finite verb, but no verb of speech, since the
// sentence start or the comma before (after "X told reporters A, and Y
// said B" the second name stays with the rules for joint speakers).
func clauseBeforeComma(ts []tok, st *sent, c int) bool {
	if c-1 <= st.a || !ts[c-1].word || ts[c-1].up || ts[c-1].q >= 0 {
		return false
	}
	a := c - 1
	for a > st.a && ts[a-1].s != "," && ts[a-1].q < 0 {
		a--
	}
	for _, t := range ts[a:c] {
		if speechVerbs[t.low] != 0 {
			return false
		}
	}
	return hasFiniteVerb(ts[a:c])
}

// urgedObjectMark reports whether the mark at ts[k] may stand inside the
// object of "urged ... to": an acronym's brackets ("(OPEC)") or the comma
// before a name in apposition ("its largest member, Saudi Arabia").
func urgedObjectMark(ts []tok, k int) bool {
	t := ts[k]
	if t.q >= 0 {
		return false
	}
	switch t.s {
	case "(":
		return k+2 < len(ts) && ts[k+2].s == ")" && ts[k+1].word && strings.ToUpper(ts[k+1].s) == ts[k+1].s
	case ")":
		return k >= 2 && ts[k-2].s == "(" && ts[k-1].word
	case ",":
		return k+1 < len(ts) && isNameTok(ts[k+1]) && k > 0 && ts[k-1].word && !ts[k-1].up
	}
	return false
}

// discourseMarker returns where the subject ends when a discourse marker
// stands between it and the verb at ts[j+1] ("Jane Roe on the other hand
// warned", "Jon Weiss, for his part, said", "the union in turn said"), else
// j.
func discourseMarker(ts []tok, st *sent, j int) int {
	k := j
	if ts[k].s == "," && ts[k].q < 0 {
		k--
	}
	if k < st.a || ts[k].q >= 0 {
		return j
	}
	m := k
	switch {
	case ts[k].low == "hand" && k-3 > st.a && ts[k-1].low == "other" && ts[k-2].low == "the" && ts[k-3].low == "on":
		m = k - 3
	case ts[k].low == "part" && k-2 > st.a && possessiveDets[ts[k-1].low] && ts[k-2].low == "for":
		m = k - 2
	case ts[k].low == "turn" && k-1 > st.a && ts[k-1].low == "in":
		m = k - 1
	case k < j && (sentenceAdverbs[ts[k].low] || ts[k].low == "though" || ts[k].low == "too"):
		// "He, however, warned that ...": one adverb between commas
		m = k
	default:
		return j
	}
	if k < j && !(m-1 > st.a && ts[m-1].s == ",") {
		// a closing comma needs its opening one
		return j
	}
	if ts[m-1].s == "," {
		m--
	}
	return m - 1
}

// modifiedAudience reports whether an audience with its modifiers and then
// "that" opens at token j: "warned a local council that ...", "assured
// the visiting delegation that ...".
func modifiedAudience(ts []tok, st *sent, j int) bool {
	if j >= st.b || !(ts[j].low == "a" || ts[j].low == "an" || ts[j].low == "the" || possessiveDets[ts[j].low]) {
		return false
	}
	for k := j + 1; k < st.b && k <= j+3; k++ {
		t := ts[k]
		if !t.word || t.q >= 0 {
			return false
		}
		if audienceNouns[t.low] {
			return k+1 < st.b && ts[k+1].low == "that" && ts[k+1].q < 0
		}
		if auxWords[t.low] || leadWords[t.low] || speechVerbs[t.low] != 0 {
			return false
		}
	}
	return false
}

// warnedObjectTo reports whether a verb of warning before ts[j] takes an
// object and an infinitive: "warned the government to brace for ...",
// "cautioned residents to stay indoors" (not "warned that ...", "warned of
// ...").
func warnedObjectTo(ts []tok, st *sent, j int) bool {
	if j <= st.a || j >= st.b || !warnVerbs[ts[j-1].low] {
		return false
	}
	t := ts[j]
	if !t.word || t.q >= 0 || !(determiners[t.low] || objectPronouns[t.low] || isNameTok(t) || audienceNouns[t.low]) {
		return false
	}
	for k := j + 1; k < st.b && k <= j+6; k++ {
		u := ts[k]
		if !u.word || u.q >= 0 || auxWords[u.low] || u.low == "that" {
			return false
		}
		if u.low == "to" {
			return k+1 < st.b && ts[k+1].word && !ts[k+1].up && ts[k+1].q < 0 && !determiners[ts[k+1].low]
		}
	}
	return false
}

// warnVerbs warn someone to act.
var warnVerbs = set(`warned warns warning cautioned cautions cautioning`)

// rankHolder returns the person the article last named with a police or
// military rank before pos ("Lt. Col. Jane Roe", "Sgt. Tom Grey",
// "Officer Ann Lee"), for "the officer said", else "".
func (r *reader) rankHolder(pos int) string {
	best, at := "", -1
	for w := range officerRanks {
		for _, t := range r.titled[w] {
			if t.pos < pos && t.pos > at {
				best, at = t.name, t.pos
			}
		}
	}
	return best
}

// officerRanks are police and military ranks as titles (abbreviations are
// read as their full words).
var officerRanks = set(`lieutenant colonel sergeant captain major officer trooper corporal detective constable inspector
commander brigadier general admiral marshal`)

// lastPolice returns the police force that gave the last statement before
// pos, when it spoke within the last few paragraphs ("Detroit police said
// ... the department said"), else "".
func (r *reader) lastPolice(pos int) string {
	for i := len(r.out) - 1; i >= 0; i-- {
		f := r.out[i]
		if f.start >= pos {
			continue
		}
		if pos-f.end > 600 {
			return ""
		}
		low := strings.ToLower(f.speaker)
		if strings.HasSuffix(low, " police") || strings.HasSuffix(low, " police department") {
			return f.speaker
		}
		return ""
	}
	return ""
}
