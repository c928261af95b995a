package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is the paragraph being read.
type para struct {
	start, end int
	qs         []quoteSpan
	ts         []tok
	index      int
	label      string // transcript speaker label ("RACHEL REEVES"), if any
	labelNote  string // what the label's brackets say ("Sophie Raworth" in "ANCHOR (Sophie Raworth):")
	labelPress bool   // the label gives a journalist's role ("JAKE TAPPER, CNN ANCHOR:")
	turn       int    // where the words after the label start
	turnEnd    int    // where the turn ends: p.end, or the end of the paragraphs that continue it
	question   bool   // a transcript's question turn ("Q Is there a timeline?"): nobody's words
	cont       bool   // continues the turn of the paragraph before (read with it)
	signedBy   string // the name on the dash line after a paragraph that is one quote ("— The Honourable Jane Roe")
	qa         byte   // 'q' or 'a' for a "Q:" or "A:" paragraph of an interview, else 0
}

// sent is one sentence: its tokens ts[a:b] and byte range.
type sent struct {
	a, b       int
	start, end int
	first      bool // first sentence of the paragraph
	produced   int  // len(r.out) when the sentence began
	via        string

	// "According to X, CLAUSE.": X and where CLAUSE starts and ends
	sourced                string
	sourcedFrom, sourcedTo int
}

func (r *reader) paragraph(p *para) {
	start, end := p.start, signOffStart(r.norm, p.start, p.end) // (" - THE STAR": pagerules.go)
	r.lastDirect, r.lastVia = "", ""
	// a quote left open at the end of the last paragraph continues here
	// when this paragraph opens with a quote mark
	pending := r.pending
	r.pending = nil
	r.openLead, r.colonLead = r.colonLead, ""
	before := len(r.out)
	defer func() {
		// the next paragraph may continue this one's last quote
		r.prevPara, r.prevWhole = "", false
		if len(r.out) > before {
			last := r.out[len(r.out)-1]
			switch {
			case last.kind == Direct:
				r.prevPara = last.speaker
			case !strings.ContainsAny(strings.TrimRight(r.norm[last.end:end], ".\"”’' "), ".!?"):
				// `X said the ruling was "a victory".` closing the
				// paragraph, then a paragraph that is one quote: X's words
				r.prevPara, r.prevWhole = last.speaker, true
			}
		} else if len(p.qs) == 0 && p.label == "" {
			// "Marjorie doesn't know what she'll do. She no longer
			// drives." about a person who spoke before, then a paragraph
			// that is one quote: that person's words
			r.prevPara, r.prevWhole = r.narratedSpeaker(p, before), true
			if r.prevPara == "" {
				// "The BBC had earlier issued a statement." then a
				// paragraph that is one quote: the statement's words
				r.prevPara = r.statementIssuer(p)
			}
		}
	}()

	if by := r.colonBy; by != "" {
		r.colonBy = ""
		if p.index == r.colonPara+1 && p.label == "" && p.qa == 0 {
			// `he said:` then the words as a paragraph of their own
			switch {
			case len(p.qs) == 0:
				r.emit(by, start, end, Direct, "")
				return
			case p.qs[0].Open == start && (p.qs[0].Close == end || p.qs[0].OpenEnded):
				r.emit(by, p.qs[0].From, p.qs[0].To, Direct, "")
				return
			}
		}
	}
	if p.qa == 'q' {
		// "Q: ..." is the interviewer's: narration. The person the
		// article named last before the first question answers.
		if !r.qaSeen {
			r.qaSeen = true
			r.interviewee = r.resolvePronoun(p.start, "")
		}
		start = p.turn
	} else if p.qa == 'a' {
		if !r.qaSeen {
			// a briefing may open with the spokesperson's statement
			r.qaSeen = true
			r.interviewee = r.resolvePronoun(p.start, "")
		}
		if r.interviewee != "" {
			r.emit(r.interviewee, p.turn, end, Direct, "")
		}
		return
	}
	if p.label != "" && questionLabels[strings.ToLower(p.label)] {
		// a journalist's question is nobody's statement, nor is what it
		// reports others said
		return
	}
	if p.label != "" && r.isPress(p.label) {
		// an interviewer's or correspondent's turn is narration: read it as
		// prose (it may report what others said), never as their statement
		start = p.turn
	} else if p.label != "" {
		name, kind, ok := r.labelSpeaker(p)
		if !ok {
			return
		}
		r.mention(start, name, kind)
		if p.turnEnd > end {
			end = p.turnEnd
		}
		r.emit(name, p.turn, end, Direct, "")
		return
	}

	if p.signedBy != "" {
		// a press release's quote block: the quote, then "— NAME"
		name, kind, ok := r.canon(p.signedBy, start)
		if !ok {
			name, kind = p.signedBy, KindPerson
		}
		r.mention(start, name, kind)
		r.emit(name, p.qs[0].From, p.qs[0].To, Direct, "")
		return
	}

	ss := sentences(r.norm, start, end, p.qs)
	ti := 0
	for ti < len(p.ts) && p.ts[ti].start < start {
		ti++
	}
	for si, s := range ss {
		a := ti
		for ti < len(p.ts) && p.ts[ti].start < s[1] {
			ti++
		}
		st := &sent{a: a, b: ti, start: s[0], end: s[1], first: si == 0, produced: len(r.out)}
		if st.first {
			n := datelineLen(r.norm[start:end])
			if n == 0 && p.label == "" {
				// "KUALA LUMPUR: ..." (pagerules.go)
				n = colonDateline(r.norm[start:end])
			}
			if n > 0 {
				st.start = start + n
				for st.a < st.b && p.ts[st.a].start < st.start {
					st.a++
				}
			}
		}
		r.sentence(p, st)
	}

	// continuation of an open quote from the previous paragraph
	carry := false // this paragraph goes on with the pending quotes, unattributed yet
	if len(pending) > 0 && len(p.qs) > 0 && p.qs[0].Open == start {
		carry = true
		for _, f := range r.out[before:] {
			if f.kind == Direct && f.start >= p.qs[0].From && f.start < p.qs[0].Close {
				at := before
				for _, q := range pending {
					// (every paragraph of a quote running over several,
					// in article order, before this paragraph's statements)
					if n := len(r.out); r.emit(f.speaker, q.From, q.To, Direct, "") != nil && len(r.out) > n {
						last := r.out[len(r.out)-1]
						copy(r.out[at+1:], r.out[at:len(r.out)-1])
						r.out[at] = last
						at++
					}
				}
				carry = false
				break
			}
		}
	}
	if n := len(p.qs); n > 0 && p.qs[n-1].OpenEnded {
		q := p.qs[n-1]
		attributed := false
		for _, f := range r.out[before:] {
			if f.start >= q.From && f.start < q.To {
				attributed = true
			}
		}
		if !attributed {
			if carry && n == 1 && len(pending) < 6 && len(r.out) == before {
				// `"Q1.` / `"Q2.` / `"Q3," it said.`: a third paragraph
				// may name the speaker of all three
				r.pending = append(pending, q)
			} else {
				r.pending = []quoteSpan{q}
			}
		}
	}
}

// questionLabels label a journalist's question in a transcript.
var questionLabels = set(`q q. question questions`)

// labelSpeaker resolves a transcript label to its speaker: a label the
// article resolved before, a name ("KEMI BADENOCH", "SEN. LINDSEY GRAHAM"),
// or a role alone ("The Prime Minister (Keir Starmer):", "THE PRESIDENT:",
// "Secretary-General:") through its bracketed name, the alias table or the
// person the article titles so. A role that resolves to nobody is no
// speaker (ok false).
func (r *reader) labelSpeaker(p *para) (string, string, bool) {
	label := p.label
	key := strings.ToLower(label)
	if as := r.labelAs[label]; as != "" {
		return as, KindPerson, true
	}
	if as := r.labelAs[key]; as != "" {
		return as, KindPerson, true
	}
	ts := tokenize(label, 0, len(label))
	if len(stripName(ts)) > 0 {
		if name, kind, ok := r.canon(titleCase(label), p.start); ok {
			return name, kind, true
		}
		return titleCase(label), KindPerson, true
	}
	// a role alone
	name, kind, ok := "", KindPerson, false
	role := strings.TrimPrefix(key, "the ")
	if f := strings.Fields(p.labelNote); len(f) >= 2 {
		if nts := stripName(tokenize(p.labelNote, 0, len(p.labelNote))); len(nts) >= 2 {
			name, ok = joinToks(p.labelNote, nts), true
			if n, k, found := r.canon(name, p.start); found {
				name, kind = n, k
			}
		}
	}
	if !ok {
		if e, found := r.al.role(role); found {
			name, kind, ok = e.Canonical, e.Kind, true
		}
	}
	if !ok {
		if f := strings.Fields(role); len(f) > 0 {
			if full := r.titledBefore(f[len(f)-1], role, len(r.norm)); full != "" {
				name, ok = full, true
				if n, k, found := r.canon(full, p.start); found {
					name, kind = n, k
				}
			}
		}
	}
	if !ok {
		if n := r.roleFromTitle(role); n != "" {
			name, ok = n, true
		}
	}
	if !ok {
		return "", "", false
	}
	if r.labelAs == nil {
		r.labelAs = map[string]string{}
	}
	r.labelAs[key] = name
	return name, kind, true
}

// quoteOf returns the index of the quote span that starts at token i (an
// opening mark), or -1.
func (p *para) quoteAt(i int) int {
	if i < 0 || i >= len(p.ts) || p.ts[i].q < 0 {
		return -1
	}
	if p.qs[p.ts[i].q].Open == p.ts[i].start {
		return p.ts[i].q
	}
	return -1
}

// quoteEnding returns the index of the quote whose closing mark is token i.
func (p *para) quoteEnding(i int) int {
	if i < 0 || i >= len(p.ts) || p.ts[i].q < 0 {
		return -1
	}
	q := p.qs[p.ts[i].q]
	if !q.OpenEnded && q.Close == p.ts[i].end {
		return p.ts[i].q
	}
	return -1
}

// fullQuote reports whether quote qi stands as a sentence of its own in st
// (at the start, or after a colon or comma) rather than inside a clause.
func (p *para) fullQuote(st *sent, qi int) bool {
	q := p.qs[qi]
	if q.Open <= st.start {
		return true
	}
	i := st.a
	for i < st.b && p.ts[i].start < q.Open {
		i++
	}
	if i == st.a {
		return true
	}
	prev := p.ts[i-1]
	if prev.s == ":" || prev.s == "," || prev.s == "—" || prev.s == "–" {
		return true
	}
	if i-1 == st.a && (prev.s == "*" || prev.s == "•" || prev.s == "-" || prev.s == "·" || prev.s == "▪") {
		// a bullet: `* "We will win," Jane Roe said.`
		return true
	}
	return p.quoteEnding(i-1) >= 0
}

func (r *reader) sentence(p *para, st *sent) {
	ts := p.ts
	used := map[int]bool{} // quotes attributed in this sentence
	r.subjectMention(p, st)
	r.subjectName(p, st)
	if r.unnamed != nil {
		r.namedRemarks(p, st)
	}
	for i := st.a; i < st.b; i++ {
		t := ts[i]
		if !t.word || t.q >= 0 {
			continue
		}
		if (t.low == "carried" || t.low == "published") && i+1 < st.b && ts[i+1].low == "by" {
			// "said in a statement carried by KCNA": the outlet relays
			k := i + 2
			for k < st.b && k < i+5 && ts[k].word && !ts[k].up && ts[k].q < 0 {
				k++ // "the official", "state"
			}
			if run := runRight(ts, k); len(run) > 0 {
				if n, kind, ok := r.canon(joinToks(r.norm, run), run[0].start); ok && kind == KindOutlet {
					st.via = n
				}
			}
			continue
		}
		if t.low == "statement" && i+2 < st.b && (ts[i+1].low == "by" || ts[i+1].low == "from") && (i == st.a || ts[i-1].low != "joint") {
			// "the agency published a statement by Jon Weiss, the head of
			// ...": a later "the statement said" is his
			if n := r.statementBy(ts, st, i+2); n != "" {
				r.stmtBy = n
			}
		}
		if t.low == "joint" && i+1 < st.b && documentNouns[ts[i+1].low] && ts[i+1].q < 0 {
			// "according to a joint statement by the two companies": a
			// later "the statement said" is the joint one, nobody's alone
			r.stmtBy = jointStatement
		}
		if t.low == "according" && i+1 < st.b && ts[i+1].low == "to" {
			r.according(p, st, i, used)
			continue
		}
		if cls, ok := speechVerbs[t.low]; ok {
			if part, need := particleVerbs[t.low]; need && (i+1 >= st.b || !particleIs(ts[i+1].low, part)) {
				continue
			}
			if t.up && i > st.a && isNameTok(ts[i-1]) {
				// "on the Ismailia-Port Said road", "Edward Said": a
				// capitalised verb inside a name is the name's
				continue
			}
			if ruledOut(ts, i, st.b) {
				// "he ruled that out": no ruling (clause.go)
				continue
			}
			if narrativeParticiple(ts, st, i) {
				// "X said ..., noting that ...": the journalist's gloss
				continue
			}
			r.verb(p, st, i, cls, used)
		} else if cls, ok := plainSpeech[t.low]; ok && infinitiveLead(ts, st, i) >= 0 {
			// "went on to say that", "was quick to add", "would only say"
			if part, need := particleVerbs[t.low]; need && (i+1 >= st.b || !particleIs(ts[i+1].low, part)) {
				continue
			}
			r.verb(p, st, i, cls, used)
		} else if documentRead(ts, st, i) {
			// `The statement read: "Q."`, `"Q," the tweet read.`
			r.verb(p, st, i, vQuote, used)
		} else if wentOn(ts, st, i) {
			// `The judge went on: "Q."`, `"Q," she went on.`: speaking on
			r.verb(p, st, i, vQuote, used)
		} else if n := madeClear(ts, st, i); n > 0 {
			// "made clear that", "has made it clear that": a speech verb
			// of three words, taking a clause after "that"
			r.verb(p, st, i, vThat, used)
		} else if r.quoteTagVerb(p, st, i) {
			// `"Q," states Assemblyman Jon Weiss.`: a verb the lists do
			// not hold, inverted after a quote's comma (invphrase.go)
			r.verb(p, st, i, vQuote, used)
		}
	}
	first := sort.Search(len(p.qs), func(k int) bool { return p.qs[k].Open >= st.start })
	r.colonQuote(p, st, first, used)
	if o := r.orphan; o != nil {
		r.orphan = nil
		if gap := strings.Trim(r.norm[o.To:st.start], " \n\"”’'.,!?»“"); gap == "" {
			// `"Q." That was the verdict of Jane Roe, who ...`
			if name := r.wordsOf(p, st); name != "" {
				r.emit(name, o.From, o.To, Direct, "")
			} else if n := len(r.out); n > st.produced && first < len(p.qs) && p.qs[first].Open == st.start && o.Close < st.start {
				// `"The storm has passed." "Now we clean up," Lars Berg
				// said.`: a whole quote right before the next one's
				// attribution is the same speaker's
				if f := r.out[st.produced]; f.kind == Direct && f.start == p.qs[first].From && strings.HasSuffix(strings.TrimSpace(r.norm[o.From:o.To]), ".") {
					if r.emit(f.speaker, o.From, o.To, Direct, f.via); len(r.out) > n {
						// in article order: before the quote it precedes
						last := r.out[len(r.out)-1]
						copy(r.out[st.produced+1:], r.out[st.produced:len(r.out)-1])
						r.out[st.produced] = last
					}
				}
			}
		}
	}
	// unattributed quotes standing alone continue the paragraph's speaker
	for qi := first; qi < len(p.qs) && p.qs[qi].Open < st.end; qi++ {
		if used[qi] || !p.fullQuote(st, qi) {
			continue
		}
		q := p.qs[qi]
		if !r.standsAlone(p, st, qi) {
			continue
		}
		speaker, via := r.lastDirect, r.lastVia
		if s, v := r.saidBefore(p.start, q.Open); s != "" {
			// `He said that CLAUSE. "Q."`: the reported speaker goes on
			speaker, via = s, v
		}
		if t := p.ts[st.a]; q.Open > t.end && t.q < 0 && pronouns[t.low] != "" && st.a+1 < st.b && p.ts[st.a+1].word && !p.ts[st.a+1].up && p.ts[st.a+1].q < 0 {
			// `She explained that the visit had helped her, "understand
			// ..."`: the quote ends a sentence whose subject is a
			// pronoun; the person it stands for, not the last quoted
			// or reported speaker
			if n := r.resolveSpeaker(t.start, pronouns[t.low]); n != "" && n != speaker {
				speaker, via = n, ""
			}
		}
		if speaker == "" && st.first && q.Open == p.start && (!r.prevWhole || q.Close >= p.end-1 && p.qs[len(p.qs)-1].Open <= q.Close) {
			speaker = r.prevPara
			if r.openLead != "" {
				// "X said:" / "Q..."
				speaker = r.openLead
			}
		}
		if speaker == "" {
			// perhaps the next sentence names its speaker ("That was the
			// verdict of Jane Roe")
			r.orphan = &q
		}
		if speaker != "" {
			if speaker != r.lastDirect {
				via = ""
			}
			// (the outlet that relayed the quote before relays this one)
			r.emit(speaker, q.From, q.To, Direct, via)
			used[qi] = true
		}
	}
	if st.sourced != "" && len(r.out) == st.produced {
		r.emit(st.sourced, st.sourcedFrom, st.sourcedTo, Indirect, "")
	}
	if st.via != "" {
		for k := st.produced; k < len(r.out); k++ {
			if r.out[k].via == "" && r.out[k].speaker != st.via {
				r.out[k].via = st.via
			}
		}
	}
	for k := st.produced; k < len(r.out); k++ {
		if r.out[k].kind == Direct {
			r.lastDirect, r.lastVia = r.out[k].speaker, r.out[k].via
		}
	}
}

// sentenceLike reports whether a quote's words read as a sentence of its
// own: a capital first, a stop, "?" or "!" last.
func sentenceLike(content string) bool {
	first, _ := utf8.DecodeRuneInString(content)
	last, _ := utf8.DecodeLastRuneInString(content)
	return unicode.IsUpper(first) && strings.ContainsRune(".!?", last)
}

// colonQuote gives a quote that closes its sentence after a colon, in a
// sentence with no speech verb, to the person the sentence opens with:
// `Speaking to ZDF, Merz was blunt: "Q."`, `Jane Roe had a message for
// the rebels: "Q."`.
func (r *reader) colonQuote(p *para, st *sent, first int, used map[int]bool) {
	ts := p.ts
	for qi := first; qi < len(p.qs) && p.qs[qi].Open < st.end; qi++ {
		if used[qi] || !r.quoteEndsSentence(p, st, qi) {
			continue
		}
		m := st.a
		for m < st.b && ts[m].start < p.qs[qi].Open {
			m++
		}
		if m-1 <= st.a || m-1-st.a > 16 && (m-2 <= st.a || thingToSay(ts, st, m-2, m-1) < 0) || ts[m-1].s != ":" || ts[m-1].q >= 0 {
			// (a long lead before "X had this to say:")
			continue
		}
		had := -1
		for k := st.a; k < m-1; k++ {
			if _, ok := speechVerbs[ts[k].low]; ok || ts[k].q >= 0 {
				if had = thingToSay(ts, st, k, m-1); had < 0 {
					return
				}
			}
		}
		if had > st.a {
			// "As for the tolls, Mr. Ford had this to say: "Q"": the
			// name or pronoun right before "had", after a comma or
			// opening the sentence
			if name := r.sayer(ts, st, had); name != "" {
				r.emit(name, p.qs[qi].From, p.qs[qi].To, Direct, "")
				used[qi] = true
				return
			}
		}
		if name := r.ownedWords(ts, st, m-1); name != "" {
			// "Her message was simple: "Q."", "Jane Roe's reply was
			// swift: "Q.""
			r.emit(name, p.qs[qi].From, p.qs[qi].To, Direct, "")
			used[qi] = true
			return
		}
		sp, ok := r.sentenceSubject(p, st, m-1)
		if !ok || sp.kind != KindPerson || sp.name == "" {
			return
		}
		if f := sp.from; f > st.a && !ts[f-1].word && ts[f-1].s != "," {
			return
		}
		if run := runRight(ts[:m], sp.from); len(run) > 0 && isPossessive(run[len(run)-1]) {
			// "Jane Roe's sign read: ...": not her words
			return
		}
		r.mention(ts[sp.from].start, sp.name, sp.kind)
		r.emit(sp.name, p.qs[qi].From, p.qs[qi].To, Direct, "")
		used[qi] = true
		return
	}
}

// ownedWords returns the person whose words open the sentence before the
// colon at token c: "Her message was simple", "Jane Roe's reply was
// blunt", or "".
func (r *reader) ownedWords(ts []tok, st *sent, c int) string {
	a := st.a
	owner := ""
	switch {
	case a < c && (ts[a].low == "his" || ts[a].low == "her"):
		owner = r.resolvePronoun(ts[a].start, map[string]string{"his": "m", "her": "f"}[ts[a].low])
		a++
	case a < c && isNameTok(ts[a]):
		run := runRight(ts[:c], a)
		if len(run) == 0 || !isPossessive(run[len(run)-1]) {
			return ""
		}
		last := run[len(run)-1]
		end := last.end - len("'s")
		if end <= run[0].start {
			return ""
		}
		n, kind, ok := r.canon(r.norm[run[0].start:end], run[0].start)
		if !ok || kind != KindPerson {
			return ""
		}
		owner = n
		a += len(run)
	default:
		return ""
	}
	if owner == "" || a >= c {
		return ""
	}
	if a+1 < c && !ts[a].up && ts[a].word && !verdictNouns[ts[a].low] {
		a++ // "her final message"
	}
	if !verdictNouns[ts[a].low] || a+1 >= c || !(ts[a+1].low == "was" || ts[a+1].low == "is") {
		return ""
	}
	return owner
}

// verdictNouns name what a quote was in "That was the verdict of X".
var verdictNouns = set(`verdict view assessment message warning words remarks reaction response judgement judgment
conclusion take plea word assertion claim reply answer advice retort explanation promise pledge`)

// wordsOf returns the person a sentence opening "That was the verdict of
// X", "Those were the words of X" or "The words were those of X" names,
// or "".
func (r *reader) wordsOf(p *para, st *sent) string {
	ts := p.ts
	a := st.a
	if a+4 >= st.b || ts[a].q >= 0 {
		return ""
	}
	k := a + 1
	switch ts[a].low {
	case "that", "this", "those", "these", "such":
	case "the":
		if !verdictNouns[ts[a+1].low] {
			return ""
		}
		k = a + 2
	default:
		return ""
	}
	if !(ts[k].low == "was" || ts[k].low == "were" || ts[k].low == "is" || ts[k].low == "are") {
		return ""
	}
	k++
	if ts[k].low == "the" {
		k++
	}
	if k < st.b && (verdictNouns[ts[k].low] || ts[k].low == "those" || ts[k].low == "that") {
		k++
	} else {
		return ""
	}
	if k+1 >= st.b || !(ts[k].low == "of" || ts[k].low == "from") {
		return ""
	}
	run := runRight(ts[:st.b], k+1)
	name := r.stripName(run)
	if len(name) == 0 {
		return ""
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if !ok || kind != KindPerson && kind != KindOrganisation {
		return ""
	}
	r.mention(run[0].start, n, kind)
	return n
}

// standsAlone reports whether quote qi is a whole sentence: opens the
// sentence (or follows another quote) and ends with its closing punctuation.
func (r *reader) standsAlone(p *para, st *sent, qi int) bool {
	q := p.qs[qi]
	content := strings.TrimSpace(r.norm[q.From:q.To])
	if content == "" {
		return false
	}
	if n := len(strings.Fields(content)); n < 2 || n == 2 && !(sentenceLike(content) && r.lastDirect != "") {
		// (two words only as a sentence after the paragraph's speaker
		// has been quoted: `"It's over," X said. "We tried."`, not "a
		// disgrace")
		return false
	}
	last := content[len(content)-1]
	stopAfter := q.Open <= st.start && q.Close < len(r.norm) && strings.ContainsRune(".!?", rune(r.norm[q.Close]))
	if !q.OpenEnded && !strings.ContainsRune(".!?,…", rune(last)) && !strings.HasSuffix(content, "…") && !stopAfter {
		// (`"However, the attempt failed".`: a whole sentence quoted,
		// its stop outside the mark, stands alone too)
		return false
	}
	// nothing but punctuation after it in the sentence, except another quote
	for i := st.a; i < st.b; i++ {
		t := p.ts[i]
		if t.start >= q.Close && t.q < 0 && t.word {
			return false
		}
	}
	return true
}

// subjectMention records the first person named in the sentence (outside
// quotes) as a possible antecedent for later pronouns and roles.
func (r *reader) subjectMention(p *para, st *sent) {
	ts := p.ts
	for k := st.a; k < st.b; k++ {
		t := ts[k]
		if !isNameTok(t) {
			continue
		}
		run := runRight(ts, k)
		if e := k + len(run); e+1 < st.b && ts[e].s == "&" && isNameTok(ts[e+1]) || k > st.a && ts[k-1].s == "&" || attributiveRun(run) {
			// (nor "a New York City-bound Air China flight": a name
			// made an adjective)
			// "the Kane & Sons investment firm", "Procter & Gamble": a
			// firm's name, no person
			k += len(run) - 1
			continue
		}
		if k > st.a && (placePrepositions[ts[k-1].low] || k-1 > st.a && ts[k-1].low == "the" && placePrepositions[ts[k-2].low]) && !isPossessive(run[len(run)-1]) {
			// "a burn center in Baton Rouge, he said", "prices in the
			// United States": a place
			k += len(run) - 1
			continue
		}
		if e := k + len(run); e < st.b && ts[e].word && !ts[e].up && ts[e].q < 0 {
			// "Victory coach Tom Grey was less happy": the name before a
			// lower-case title qualifies it; the person follows
			m := e
			for m < st.b && m < e+3 && ts[m].word && !ts[m].up && ts[m].q < 0 && (titleWords[ts[m].low] || quoteJobNouns[ts[m].low] || jobNouns[ts[m].low] || titleModifier(ts[m]) && m+1 < st.b && !ts[m+1].up) {
				m++
			}
			if m > e && (titleWords[ts[m-1].low] || quoteJobNouns[ts[m-1].low] || jobNouns[ts[m-1].low]) && len(runRight(ts, m)) >= 2 {
				k = m - 1
				continue
			}
		}
		if name := r.stripName(run); len(name) > 0 {
			if n, kind, ok := r.canonRun(run, name, t.start); ok && kind == KindPerson {
				r.mention(name[0].start, n, kind)
				r.laterSubject(p, st, k+len(run))
				r.otherPersons(p, st, k+len(run), n)
				return
			}
		}
		if r.ownerAtHome(ts, st, run, k) {
			// "The shooting happened in Kerry Dunn's driveway." (shapes.go)
			return
		}
		k += len(run) - 1
	}
}

// otherPersons records the persons the sentence names in full after its
// subject subj, from token k on, outside quotes ("Jane Roe met Jon Weiss",
// "talks between Jane Roe and Jon Weiss"), as r.others: a later pronoun
// stands for one of them only when the article shows that gender fits
// them and not the subject (otherOfGender). A name after a preposition of
// place, in a possessive ("Weiss's plan"), or of one word the article
// or of one word, is left out.
func (r *reader) otherPersons(p *para, st *sent, k int, subj string) {
	ts := p.ts
	for ; k < st.b; k++ {
		t := ts[k]
		if t.q >= 0 || !isNameTok(t) {
			continue
		}
		run := runRight(ts[:st.b], k)
		e := k + len(run)
		if len(run) < 2 || attributiveRun(run) || isPossessive(run[len(run)-1]) || e < st.b && ts[e].s == "&" || ts[k-1].s == "&" ||
			placePrepositions[ts[k-1].low] || k-1 > st.a && ts[k-1].low == "the" && placePrepositions[ts[k-2].low] {
			k = e - 1
			continue
		}
		if name := r.stripName(run); len(name) >= 2 {
			if n, kind, ok := r.canonRun(run, name, t.start); ok && kind == KindPerson && n != subj && strings.Contains(n, " ") {
				if g := nameGender(n); g != "" && r.gender[n] == "" {
					r.gender[n] = g
				}
				r.others = append(r.others, mention{name[0].start, n})
			}
		}
		k = e - 1
	}
}

// clauseConjunctions open a second clause of a sentence, whose subject is
// the person the sentence leaves the reader with.
var clauseConjunctions = set(`though although while whereas but because and`)

// laterSubject records the subject of a later clause of the sentence, from
// token k on, as a mention after the sentence's first person: in "Many
// doubted it, with Tom Grey barely involved, though for once Jon Weiss was
// not complaining" the next "the manager said" or "he said" is Weiss's.
// The clause opens with a conjunction of clauseConjunctions after a comma;
// its subject is a person's name right before an auxiliary verb.
func (r *reader) laterSubject(p *para, st *sent, k int) {
	ts := p.ts
	conj := false
	for ; k < st.b; k++ {
		t := ts[k]
		if t.q >= 0 {
			conj = false
			continue
		}
		if t.word && !t.up && clauseConjunctions[t.low] && k > st.a && ts[k-1].s == "," {
			conj = true
			continue
		}
		if !conj || !isNameTok(t) {
			continue
		}
		run := runRight(ts, k)
		e := k + len(run)
		if len(run) >= 1 && e < st.b && ts[e].q < 0 && auxWords[ts[e].low] {
			if name := r.stripName(run); len(name) > 0 {
				if n, kind, ok := r.canonRun(run, name, t.start); ok && kind == KindPerson && (len(run) >= 2 || strings.Contains(n, " ")) {
					// (a surname alone too when it is a full name's the
					// article gave: ", and Mancini was happy")
					r.mention(name[0].start, n, kind)
				} else if len(run) == 1 {
					k = e - 1
					continue
				}
			}
			return
		}
		k = e - 1
	}
}

// subjectName records the name a sentence opens with when it is the
// subject of a verb and no titled or known person ("NEW YORK (AP) — Harbor
// Foods will cut ...", "Dutch chipmaker Nexperia is considering ...",
// "Chelsea have sacked ..."): a later "the company said" may refer to it
// before the organisation has spoken (see lastOrg).
func (r *reader) subjectName(p *para, st *sent) {
	ts := p.ts
	if a := st.a; a+2 < st.b && (ts[a].low == "shares" || ts[a].low == "stock") && (ts[a+1].low == "of" || ts[a+1].low == "in") {
		// "Shares of Acme Corp fell 12%", "Shares in the Irish software
		// company Acme plummeted": a later "the company said" or "it
		// said" is Acme Corp
		m := a + 2
		for m < st.b && m < a+7 && ts[m].word && ts[m].q < 0 && (!ts[m].up || demonymWords[ts[m].low]) && !hasFiniteVerb(ts[m:m+1]) {
			// "the Irish software company": the article and the words
			// that describe the firm
			m++
		}
		if m < st.b && isNameTok(ts[m]) && ts[m].q < 0 {
			if name := r.stripName(runRight(ts[:st.b], m)); len(name) > 0 {
				n, kind, ok := r.canonRun(name, name, name[0].start)
				if !ok || kind != KindPerson {
					if !ok {
						n = joinToks(r.norm, name)
					}
					r.subjects = append(r.subjects, mention{name[0].start, n})
					return
				}
			}
		}
	}
	for k := st.a; k < st.b && k < st.a+5; k++ {
		// "Israel's foreign ministry rejected the move."
		if govBodies[ts[k].low] && k+1 < st.b && ts[k+1].word && !ts[k+1].up && hasFiniteVerb(ts[k+1:k+2]) {
			if ref, ok := r.lowerBody(ts, st, speakerRef{}, k, true); ok {
				r.subjects = append(r.subjects, mention{ts[ref.from].start, ref.name})
				return
			}
		}
	}
	if n, at := r.bodyWithOf(ts, st); n != "" {
		r.subjects = append(r.subjects, mention{at, n})
		return
	}
	if r.subjectAt(ts, st, st.a) || !introWords[ts[st.a].low] {
		return
	}
	for c := st.a + 1; c < st.b && c < st.a+16; c++ {
		// "On Wednesday, the 13th day of the strike, Acme sweetened its
		// offer": the subject after the opening phrase's commas
		if ts[c].s == "," && ts[c].q < 0 && r.subjectAt(ts, st, c+1) {
			return
		}
	}
}

// introWords open a sentence's leading phrase of time or place, set off by
// a comma before its subject ("On Wednesday, ...", "Earlier, ...").
var introWords = set(`on in at after during following earlier later late last meanwhile separately overnight yesterday today amid despite since`)

// subjectAt is subjectName's search for the subject opening the sentence
// at token a: it records the name and reports whether it did.
func (r *reader) subjectAt(ts []tok, st *sent, a int) bool {
	for k := a; k < st.b && k < a+12; k++ {
		t := ts[k]
		if t.q >= 0 {
			return false
		}
		if !t.word {
			continue // dateline punctuation: "NEW YORK (AP) —"
		}
		if t.low == "the" && k+1 < st.b && isNameTok(ts[k+1]) {
			// "The Baltic Dockers Union made ...": the article is no
			// part of the name
			continue
		}
		if !isNameTok(t) {
			// "the", or a descriptor before the name: "Dutch chipmaker Nexperia"
			if t.low == "the" || (!t.up && !auxWords[t.low] && k+1 < st.b && isNameTok(ts[k+1])) {
				continue
			}
			if (t.low == "of" || t.low == "for") && k > st.a && isNameTok(ts[k-1]) && k+2 < st.b && ts[k+1].low == "the" && isNameTok(ts[k+2]) {
				// "The U.S. Court of Appeals for the Fifth Circuit
				// overturned ...": the name goes on after "for the"
				continue
			}
			return false
		}
		run := runRight(ts, k)
		e := k + len(run)
		if e+2 < st.b && ts[e].low == "on" && ts[e].q < 0 && weekdays[ts[e+1].low] {
			// "Acme on Wednesday introduced a phone": the day between the
			// subject and its verb
			e += 2
		}
		if e+1 < st.b && (ts[e].low == "itself" || ts[e].low == "themselves") && ts[e].q < 0 {
			// "Acme Steel itself tweeted out a message", its comma
			// or none: an intensive pronoun before the verb
			e++
			if ts[e].s == "," && e+1 < st.b {
				e++
			}
		}
		if e >= st.b || !ts[e].word || ts[e].up || !hasFiniteVerb(ts[e:e+1]) {
			k = e - 1
			continue
		}
		if _, phrase, ok := r.orgPhrase(ts, st, run); ok {
			// "The Department of Homeland Security did not respond"
			r.subjects = append(r.subjects, mention{t.start, phrase})
			return true
		}
		name := r.stripName(run)
		if len(name) == 0 || len(name) != len(run) {
			return false // a title: a person or a role
		}
		n, kind, ok := r.canonRun(run, name, t.start)
		if !ok {
			if w := name[0].low; len(name) == 1 && k == a && !r.proper[w] && (strings.HasSuffix(w, "s") || r.writesLower(w)) {
				// "Earnings will fall": a common noun opening the sentence
				return false
			}
			n, kind = joinToks(r.norm, name), KindOrganisation
		}
		if kind == KindOutlet || (kind == KindPerson && r.knownPerson(n)) {
			return false
		}
		r.subjects = append(r.subjects, mention{t.start, n})
		return true
	}
	return false
}

// knownPerson reports whether the article or the alias table shows that n
// is a person: a title, a pronoun, or an alias entry.
func (r *reader) knownPerson(n string) bool {
	if r.gender[n] != "" {
		return true
	}
	if e, ok := r.al.Lookup(n); ok && e.Kind == KindPerson {
		return true
	}
	for _, ts := range r.titled {
		for _, t := range ts {
			if t.name == n {
				return true
			}
		}
	}
	return false
}

// placePrepositions, before a capitalised name, make it a place: "in Baton
// Rouge", "near Port Sudan".
var placePrepositions = set(`in near outside inside across around throughout into`)

// glossParticiples are the participles a journalist hangs after a clause to
// gloss or argue what the speaker meant ("..., noting that prices fell",
// "..., arguing that the ruling was unfair", "..., warning residents to stay
// indoors"): the gold of the real sets gives them no statement (noting 0
// of 5, arguing 0 of 5, insisting 0 of 1, warning 1 of 5, urging 0 of 2,
// calling 1 of 11), unlike "..., adding that" (26 of 38) and "..., saying"
// (31 of 43), which relay more words.
var glossParticiples = set(`noting arguing insisting warning urging calling`)

// narrativeParticiple reports whether the speech verb at ts[i] is one of
// glossParticiples after a comma, taking a reported clause: no statement.
// A quote after it (`..., noting, "Q"`, "noting that "Q"") is still
// attributed, and so is a participle with its own setting ("warning in a
// speech that ...", "arguing in a statement that ...").
func narrativeParticiple(ts []tok, st *sent, i int) bool {
	if !glossParticiples[ts[i].low] || i == st.a || ts[i-1].s != "," || ts[i-1].q >= 0 || i+1 >= st.b {
		return false
	}
	n := ts[i+1]
	if !n.word || n.q >= 0 || venuePrepositions[n.low] {
		return false
	}
	return !(n.low == "that" && i+2 < st.b && ts[i+2].q >= 0)
}

// venuePrepositions open the setting of a speech act: "in a speech", "on
// Twitter", "at a briefing", "during the debate".
var venuePrepositions = set(`in on at during`)

// roleFromTitle finds who holds a role in the article's title: the name
// after it ("Remarks by President Trump") or the alias table's holder of the
// role with what qualifies it ("Press Conference by the UN
// Secretary-General"). It returns "" when the title does not say.
func (r *reader) roleFromTitle(role string) string {
	if r.title == "" {
		return ""
	}
	f := strings.Fields(role)
	ts := tokenize(r.title, 0, len(r.title))
	for k := 0; k+len(f) <= len(ts); k++ {
		match := true
		for m, w := range f {
			if ts[k+m].low != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if e := k + len(f); e < len(ts) && isNameTok(ts[e]) {
			if name := stripName(runRight(ts, e)); len(name) > 0 {
				n := joinToks(r.title, name)
				if c, kind, ok := r.canon(n, 0); ok && kind == KindPerson {
					return c
				}
				if len(name) >= 2 {
					return n
				}
			}
		}
		for q := k - 1; q >= 0 && q >= k-3 && isNameTok(ts[q]); q-- {
			if e, ok := r.al.role(r.title[ts[q].start:ts[k+len(f)-1].end]); ok && e.Kind == KindPerson {
				return e.Canonical
			}
		}
	}
	return ""
}

// narratedSpeaker returns the speaker a narration paragraph opens with, when
// it is a person who already spoke in the article (found before index
// before) and no other speaker of the article is named in the paragraph,
// else "".
func (r *reader) narratedSpeaker(p *para, before int) string {
	ts := p.ts
	if len(ts) == 0 || !isNameTok(ts[0]) {
		return ""
	}
	run := runRight(ts, 0)
	name := r.stripName(run)
	if len(name) == 0 {
		return ""
	}
	n, kind, ok := r.canon(joinToks(r.norm, name), ts[0].start)
	if !ok || kind != KindPerson {
		return ""
	}
	spoke := func(n string) bool {
		for _, f := range r.out[:before] {
			if f.speaker == n {
				return true
			}
		}
		return false
	}
	if !spoke(n) {
		return ""
	}
	for j := len(run); j < len(ts); j++ {
		if isNameTok(ts[j]) && j > 0 && ts[j-1].word && !leadWords[ts[j].low] {
			other := r.stripName(runRight(ts, j))
			if len(other) >= 2 {
				if m, k, ok := r.canon(joinToks(r.norm, other), ts[j].start); ok && k == KindPerson && m != n && spoke(m) {
					return ""
				}
			}
		}
	}
	return n
}

// statementIssuer returns who a paragraph without quotes says issued a
// statement, without giving its words ("The BBC had earlier issued a
// statement on its disappointment at the strikes."): the name opening the
// paragraph, before the issuing verb and a document of issuedDocuments.
// Else "".
func (r *reader) statementIssuer(p *para) string {
	ts := p.ts
	k := 0
	if len(ts) > 0 && ts[0].low == "the" {
		k = 1
	}
	run := runRight(ts, k)
	if len(run) == 0 {
		return ""
	}
	i := k + len(run)
	for i < len(ts) && i < k+len(run)+3 && (skipLeft[ts[i].low] || ts[i].low == "had") {
		i++
	}
	if i+2 >= len(ts) || !issuingVerbs[ts[i].low] || !(ts[i+1].low == "a" || ts[i+1].low == "an") || !issuedDocuments[ts[i+2].low] {
		return ""
	}
	for _, t := range ts[i+3:] {
		if speechVerbs[t.low] != 0 || t.low == "that" {
			// "issued a statement saying ...": its words are given
			return ""
		}
	}
	name := r.stripName(run)
	if len(name) == 0 {
		return ""
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if len(name) == 1 && isAcronym(name[0].s) && (!ok || kind == KindPerson) {
		// "The BBC had earlier issued ...": the body, not a person's
		// name that opens with it ("BBC Monitoring")
		return name[0].s
	}
	if !ok {
		return ""
	}
	return n
}

// madeClear returns the length of "made clear" (2) or "made it clear" (3)
// at ts[i] when "that" follows it, else 0.
func madeClear(ts []tok, st *sent, i int) int {
	switch ts[i].low {
	case "made", "makes", "make", "making":
	default:
		return 0
	}
	n := 2
	if i+1 < st.b && ts[i+1].low == "it" {
		n = 3
	}
	if i+n >= st.b || ts[i+n-1].low != "clear" || ts[i+n].low != "that" || ts[i+n].q >= 0 {
		return 0
	}
	return n
}

// statementBy returns the person or body named at ts[k] after "a
// statement by" or "from", the name ending there or before a comma, "on",
// "in", "at" or a participle; else "".
func (r *reader) statementBy(ts []tok, st *sent, k int) string {
	if ts[k].low == "the" {
		k++
	}
	run := runRight(ts[:st.b], k)
	if len(run) == 0 {
		return ""
	}
	if e := k + len(run); e < st.b && ts[e].word && !(ts[e].low == "on" || ts[e].low == "in" || ts[e].low == "at" || strings.HasSuffix(ts[e].low, "ing")) {
		return ""
	}
	name := r.stripName(run)
	if len(name) == 0 {
		return ""
	}
	n, kind, ok := r.canonRun(run, name, run[0].start)
	if !ok || kind == KindOutlet {
		return ""
	}
	return n
}

// jointStatement marks stmtBy when the last statement the article named was
// a joint one.
const jointStatement = "\x00joint"

// bodyWithOf reads a sentence that opens with a body whose name goes on
// after "on", "of" or "for" and may carry its acronym before the verb ("The
// Kenya National Commission on Human Rights (KNCHR) has reported ...", "The
// Baltic Commission for Fair Trade said ..."): the name and where it starts,
// so that a later "the commission said" is that body. The first part must
// hold a body's word (commission, council, agency ...).
func (r *reader) bodyWithOf(ts []tok, st *sent) (string, int) {
	k := st.a
	if k < st.b && ts[k].low == "the" {
		k++
	}
	run := runRight(ts[:st.b], k)
	if len(run) == 0 {
		return "", 0
	}
	body := false
	for _, t := range run {
		body = body || orgRoles[t.low] && !businessRoles[t.low]
	}
	e := k + len(run)
	if !body || e+1 >= st.b || !(ts[e].low == "on" || ts[e].low == "of" || ts[e].low == "for") {
		return "", 0
	}
	for e < st.b && (ts[e].low == "on" || ts[e].low == "of" || ts[e].low == "for" || ts[e].low == "and") && e+1 < st.b && isNameTok(ts[e+1]) {
		e += 1 + len(runRight(ts[:st.b], e+1))
	}
	end := e
	if e+2 < st.b && ts[e].s == "(" && ts[e+2].s == ")" && isAcronym(ts[e+1].s) {
		e += 3
	}
	if e >= st.b || !ts[e].word || ts[e].up || !hasFiniteVerb(ts[e:e+1]) {
		return "", 0
	}
	return r.norm[ts[k].start:ts[end-1].end], ts[k].start
}

// attributiveSuffixes turn a name into an adjective after a hyphen: "New
// York City-bound", "Beijing-based", "US-backed", "Rebel-held".
var attributiveSuffixes = set(`bound based born backed led owned run linked funded made born-and-raised controlled held
administered occupied`)

// attributiveRun reports whether a run of capitalised words holds a word
// made an adjective by a hyphen and one of attributiveSuffixes, before its
// last word: "New York City-bound Air China" names no person.
func attributiveRun(run []tok) bool {
	for _, t := range run[:len(run)-1] {
		if i := strings.LastIndexByte(t.low, '-'); i > 0 && attributiveSuffixes[t.low[i+1:]] {
			return true
		}
	}
	return false
}

// wentOn reports whether "went on" or "goes on" at ts[i] is speaking on:
// a colon, the sentence's end or a comma and a quote after it (`The judge
// went on: "Q."`, `"Q," she went on.`, `"A," he went on, "B."`), never
// "went on strike" or "went on to win".
func wentOn(ts []tok, st *sent, i int) bool {
	if ts[i].low != "went" && ts[i].low != "goes" || i+1 >= st.b || ts[i+1].low != "on" || ts[i+1].q >= 0 {
		return false
	}
	return wordsEnd(ts, st, i+2)
}

// wordsEnd reports whether the words a verb gives follow at ts[k]: a colon,
// the sentence's end, or a comma and a quote.
func wordsEnd(ts []tok, st *sent, k int) bool {
	if k >= st.b {
		return true
	}
	switch ts[k].s {
	case ":", ".":
		return true
	case ",":
		return k+1 < st.b && ts[k+1].q >= 0
	}
	return false
}

// documentRead reports whether "read" or "reads" at ts[i] gives a
// document's words: "the" and a document's noun before it ("The statement
// read: "Q."", "The tweet reads, "Q"", `"Q," the letter read.`), then a
// colon, a comma and a quote, or the sentence's end, "in part" between.
// A sign's or a banner's words are nobody's.
func documentRead(ts []tok, st *sent, i int) bool {
	if ts[i].low != "read" && ts[i].low != "reads" || i-2 < st.a || ts[i-2].low != "the" || !documentNouns[ts[i-1].low] || ts[i-1].q >= 0 {
		return false
	}
	k := i + 1
	if k+1 < st.b && ts[k].low == "in" && ts[k+1].low == "part" {
		k += 2
	}
	return wordsEnd(ts, st, k)
}

// thingToSay returns where "had" stands when the speech verb at ts[k] is
// the infinitive closing "had this to say:", "had only one thing to say:"
// or "has more to say:" right before the colon at c (what X had to say is
// the quote), else -1.
func thingToSay(ts []tok, st *sent, k, c int) int {
	if k+1 != c || ts[k].low != "say" || k-2 < st.a || ts[k-1].low != "to" || ts[k].q >= 0 {
		return -1
	}
	for m := k - 2; m >= st.a && m >= k-5; m-- {
		switch ts[m].low {
		case "had", "has", "have":
			return m
		}
		if !ts[m].word || ts[m].q >= 0 {
			return -1
		}
	}
	return -1
}

// sayer returns the person named (or the pronoun standing for one) right
// before the verb at ts[h], opening the sentence or after a comma; else "".
func (r *reader) sayer(ts []tok, st *sent, h int) string {
	f := h - 1
	if g := pronouns[ts[f].low]; g != "" && ts[f].q < 0 {
		if f == st.a || ts[f-1].s == "," {
			return r.resolvePronoun(ts[f].start, g)
		}
		return ""
	}
	run := runLeft(ts, f)
	if len(run) == 0 {
		return ""
	}
	if a := indexOf(ts, run[0]); a != st.a && (a < st.a || ts[a-1].s != ",") {
		return ""
	}
	name := r.stripName(run)
	if len(name) == 0 {
		return ""
	}
	if n, kind, ok := r.canonRun(run, name, run[0].start); ok && kind == KindPerson {
		r.mention(run[0].start, n, kind)
		return n
	}
	return ""
}
