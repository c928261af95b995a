package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is a top-level quotation in a paragraph: the opening mark at
// Open, the words in [From,To), and the closing mark ending at Close (Close ==
// To when the quote runs on past the end of the paragraph: OpenEnded).
type quoteSpan struct {
	Open, From, To, Close int
	OpenEnded             bool
}

func isDoubleOpen(r rune) bool  { return r == '“' || r == '„' || r == '«' }
func isDoubleClose(r rune) bool { return r == '”' || r == '»' }
func isSingleOpen(r rune) bool  { return r == '‘' || r == '‚' }

// isOpenCtx reports whether the rune before a quote mark lets it open a
// quote: start of text, a space, an opening bracket, a dash or another
// opening mark.
func isOpenCtx(prev rune) bool {
	return prev == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '{' ||
		prev == '—' || prev == '–' || prev == '-' || prev == '/' || prev == ':' ||
		prev == '"' || prev == '“' || prev == '‘' || prev == '\'' || prev == '«' || prev == '„'
}

// scanQuotes finds the top-level quotes of the paragraph p[start:end]. Straight
// double quotes toggle; curly and guillemet quotes open and close by shape;
// single quotes count only where they cannot be apostrophes (an opening mark
// after a space and before a letter, closed by a mark not followed by a
// letter), and a single quote that is never closed is taken for an
// apostrophe. Offsets are into p.
func scanQuotes(p string, start, end int) []quoteSpan {
	if q, ok := missingOpen(p, start, end); ok {
		// `The vote was fair," he said.`: the page lost the opening mark
		return append([]quoteSpan{q}, scanQuotes(p, q.Close, end)...)
	}
	ignore := map[int]bool{}
	for attempt := 0; attempt < 4; attempt++ {
		spans, bad := scanQuotesOnce(p, start, end, ignore)
		if bad < 0 {
			return spans
		}
		ignore[bad] = true
	}
	spans, _ := scanQuotesOnce(p, start, end, ignore)
	return spans
}

type openMark struct {
	pos    int
	r      rune
	single bool
}

// runOnOpener reports whether the straight mark at i, while the straight
// quote opened at open is still open, opens a new quote instead of closing
// that one: it follows a sentence's end and a space (". ", "? ", "! ") and
// stands before a capital letter, and the open quote holds a whole
// sentence. A closing mark follows the punctuation without a space.
func runOnOpener(p string, open, i, end int) bool {
	if i < open+4 || i+1 >= end || p[i-1] != ' ' {
		return false
	}
	if c := p[i-2]; c != '.' && c != '?' && c != '!' {
		return false
	}
	if i >= 4 && p[i-3] == '.' && p[i-4] == '.' {
		// "... the talks. . ." or an ellipsis: no sentence end
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[i+1 : end])
	return unicode.IsUpper(next)
}

// scanQuotesOnce scans once; bad is the offset of an unclosed single-quote
// opener to ignore on the next attempt, or -1.
func scanQuotesOnce(p string, start, end int, ignore map[int]bool) (spans []quoteSpan, bad int) {
	var stack []openMark
	prev := rune(0)
	for i := start; i < end; {
		if c := p[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
			// ASCII other than a quotation mark, the usual byte: no case
			// below applies to it
			prev = rune(c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(p[i:end])
		next := rune(0)
		if i+w < end {
			next, _ = utf8.DecodeRuneInString(p[i+w : end])
		}
		closeTop := func() {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				spans = append(spans, quoteSpan{Open: top.pos, From: top.pos + len(string(top.r)), To: i, Close: i + w})
			}
		}
		topIs := func(f func(openMark) bool) bool { return len(stack) > 0 && f(stack[len(stack)-1]) }
		switch {
		case ignore[i]:
		case r == '"':
			switch {
			case len(stack) == 1 && stack[0].r == '"' && runOnOpener(p, stack[0].pos, i, end):
				// `"We lost. "We will be back."`: the writer left out the
				// mark closing a quote's paragraph and the page ran the
				// paragraphs together; a straight mark after a sentence's
				// end and a space, before a capital, opens the next one
				top := stack[0]
				to := i
				for to > top.pos+1 && p[to-1] == ' ' {
					to--
				}
				spans = append(spans, quoteSpan{Open: top.pos, From: top.pos + 1, To: to, Close: to})
				stack[0] = openMark{i, r, false}
			case topIs(func(m openMark) bool { return m.r == '"' }):
				closeTop()
			case topIs(func(m openMark) bool { return isDoubleOpen(m.r) }) && !isOpenCtx(prev):
				closeTop()
			default:
				stack = append(stack, openMark{i, r, false})
			}
		case r == '“' && topIs(func(m openMark) bool { return m.r == '„' }):
			// German „...“: the left mark closes a low opening one
			closeTop()
		case isDoubleOpen(r):
			stack = append(stack, openMark{i, r, false})
		case r == '”' && isOpenCtx(prev) && (unicode.IsLetter(next) || unicode.IsDigit(next)) && !hasDouble(stack):
			// `”We support the plan,” he said`: a right mark where no
			// quote is open, after a space and before a word, opens one
			// (a page's glitch, or Nordic copy's marks)
			stack = append(stack, openMark{i, r, false})
		case isDoubleClose(r):
			// close the nearest double opener, dropping unclosed singles above it
			for len(stack) > 0 && stack[len(stack)-1].single {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				closeTop()
			}
		case r == '‘' && topIs(func(m openMark) bool { return m.r == '‚' }):
			// German ‚...‘
			closeTop()
		case isSingleOpen(r) && next != 0 && !unicode.IsSpace(next):
			stack = append(stack, openMark{i, r, true})
		case r == '\'' || r == '’':
			nextLetter := unicode.IsLetter(next) || unicode.IsDigit(next)
			switch {
			case topIs(func(m openMark) bool { return m.single }) && !nextLetter && prev != 0 && !unicode.IsSpace(prev):
				closeTop()
			case r == '\'' && isOpenCtx(prev) && nextLetter:
				stack = append(stack, openMark{i, r, true})
			}
		}
		prev = r
		i += w
	}
	if len(stack) > 0 && openingSingle(p, start, end, stack[0]) {
		// "She said: ‘Yesterday we talked about pay.": a British-style
		// quote running on into the next paragraph
		top := stack[0]
		spans = append(spans, quoteSpan{Open: top.pos, From: top.pos + len(string(top.r)), To: end, Close: end, OpenEnded: true})
		return spans, -1
	}
	for _, m := range stack {
		if m.single {
			return spans, m.pos
		}
	}
	if len(stack) > 0 {
		top := stack[0]
		if c := lostClose(p, top, start, end); c > 0 {
			// `"The agency was founded 100 years ago, said Health
			// Minister Jane Roe on Twitter.`: the page lost the closing
			// mark before the attribution
			spans = append(spans, quoteSpan{Open: top.pos, From: top.pos + len(string(top.r)), To: c, Close: c})
			return spans, -1
		}
		spans = append(spans, quoteSpan{Open: top.pos, From: top.pos + len(string(top.r)), To: end, Close: end, OpenEnded: true})
	}
	return spans, -1
}

// lostClose returns the offset just past the comma where a double quote
// opening the paragraph p[start:end] and never closed really ends, or 0: a
// comma, then an attribution ("said Jane Roe", "the minister said") that
// runs in one sentence to the paragraph's end.
func lostClose(p string, top openMark, start, end int) int {
	if top.single || strings.TrimSpace(p[start:top.pos]) != "" {
		return 0
	}
	for c := strings.LastIndex(p[top.pos:end], ", "); c > 0; c = strings.LastIndex(p[top.pos:top.pos+c], ", ") {
		at := top.pos + c
		rest := strings.TrimSpace(p[at+2 : end])
		if strings.ContainsAny(strings.TrimRight(rest, ".!?"), ".!?\"“”") {
			// not one sentence to the end: a stop or quote after it
			return 0
		}
		if saidAfter(rest) {
			return at + 1
		}
	}
	return 0
}

// hasDouble reports whether a double mark is open on the stack.
func hasDouble(stack []openMark) bool {
	for _, m := range stack {
		if !m.single {
			return true
		}
	}
	return false
}

// openingSingle reports whether the unclosed single mark m opens a quote
// that runs past the end of the paragraph p[start:end], as British copy
// sets them: a left single mark (never an apostrophe's shape) that opens
// the paragraph or follows a colon, a comma or a sentence's end ("...,’
// Roe said. ‘This is ..."), before a capital, in a
// paragraph ending with a full stop, question or exclamation mark.
func openingSingle(p string, start, end int, m openMark) bool {
	if m.r != '‘' || !m.single {
		return false
	}
	before := strings.TrimRight(p[start:m.pos], " ")
	if last, _ := utf8.DecodeLastRuneInString(before); before != "" && !strings.ContainsRune(":,.?!", last) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(p[m.pos+len("‘") : end])
	if !unicode.IsUpper(next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p[start:end], " "))
	return last == '.' || last == '?' || last == '!'
}

// abbreviations that a full stop does not end a sentence after.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "prof": true, "jr": true, "sr": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "no": true, "vs": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "u.n": true, "u.k": true, "e.u": true, "rev": true, "adm": true, "maj": true, "mt": true,
	"ft": true, "est": true, "approx": true, "dept": true, "univ": true, "hon": true, "pres": true,
	"cpl": true, "pvt": true, "pte": true, "cmdr": true, "brig": true, "supt": true, "insp": true,
	"asst": true,
}

// sentences splits the paragraph p[start:end] into sentence ranges, never
// inside a quote: a sentence ends after . ! or ? (and any closing quote or
// bracket) when a space and a capital, digit or opening quote follow, unless
// the stop ends an abbreviation or an initial.
func sentences(p string, start, end int, qs []quoteSpan) [][2]int {
	inQuote := func(pos int) bool {
		// quotes are in order and do not overlap
		k := sort.Search(len(qs), func(k int) bool { return qs[k].Close > pos })
		return k < len(qs) && pos > qs[k].Open
	}
	var out [][2]int
	s := start
	for i := start; i < end; i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < end {
			r, w := utf8.DecodeRuneInString(p[j:end])
			if r == '"' || r == '\'' || isDoubleClose(r) || r == '’' || r == ')' || r == ']' || r == '“' || r == '‘' {
				// (“ and ‘ right after a stop close a German „...“ quote)
				j += w
				continue
			}
			break
		}
		if j >= end || p[j] != ' ' || inQuote(j) {
			continue
		}
		nr, _ := utf8.DecodeRuneInString(p[j+1 : end])
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '"' || nr == '\'' || isDoubleOpen(nr) || isSingleOpen(nr) || nr == '(' || nr == '[') {
			continue
		}
		if nr == '(' && j == i+1 && bracketGoesOn(p, i, j+1, end) {
			// "between 5 p.m. (3 p.m. GMT) and 7 a.m.", "FALL RIVER,
			// Mass. (WPRI) — A fire ...": a bracket after an abbreviation
			// that goes on with the sentence, not a new one
			continue
		}
		if j > i+1 && attributionFollows(p, j+1, end) {
			// `"Are you going to sign this?" Jon Salazar told him.`: the
			// quote's attribution, not a new sentence
			continue
		}
		if c == '.' {
			// the word before the stop
			k := i
			for k > start && p[k-1] != ' ' && p[k-1] != '(' && p[k-1] != '"' {
				k--
			}
			w := toLower(p[k:i])
			r0, _ := utf8.DecodeRuneInString(w)
			if (w == "a.m" || w == "p.m") && clockFollows[nextWord(p, j+1, end)] {
				// "before 6 a.m. Saturday, and 62 houses were buried",
				// "at 9 p.m. GMT": the day or zone of the time
				continue
			}
			if abbreviations[w] && endAbbreviations[w] && sentenceStarters[nextWord(p, j+1, end)] {
				// "moved to the U.S. The company said": an abbreviation
				// that may end a sentence, then a word that opens one
			} else if abbreviations[w] && !(isDoubleOpen(nr) || nr == '"') || (utf8.RuneCountInString(w) == 1 && j == i+1 && !unicode.IsDigit(r0) && !isDoubleOpen(nr) && nr != '"') {
				// (an initial: "John F. Kennedy"; a number is none: "bat
				// at No. 6. "Q," he said."; a quote opening after "Inc."
				// or a one-letter word starts a new sentence: `said X of
				// Acme Inc. "Q."`, `said in a video posted on X. "Q."`)
				continue
			} else if j == i+1 && dottedInitials(p[k:i]) && !placeInitials[w] && unicode.IsUpper(nr) && !sentenceStarters[nextWord(p, j+1, end)] {
				// "K.A. Sengottaiyan", "R.J. Reynolds": initials written
				// without spaces before a name
				continue
			}
		}
		out = append(out, [2]int{s, j})
		s = j + 1
	}
	if s < end {
		out = append(out, [2]int{s, end})
	}
	return out
}

func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return lowerSlow(s)
		}
	}
	return s
}

// lowerSlow is toLower for a string with an upper-case or non-ASCII byte:
// byte by byte (one allocation) when it is ASCII, else rune by rune.
func lowerSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lowerRunes(s)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// lowerRunes lowers s rune by rune.
func lowerRunes(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return string(rs)
}

// attributionFollows reports whether p[from:end] opens with a short run of
// capitalised words (a name with its title) and then a speech verb: the
// attribution of the quote that ended just before.
func attributionFollows(p string, from, end int) bool {
	names := 0
	for i := from; i < end && names <= 5; {
		k := i
		for k < end && p[k] != ' ' && p[k] != ',' {
			k++
		}
		w := p[i:k]
		if w == "" {
			return false
		}
		if _, ok := speechVerbs[toLower(strings.TrimRight(w, ".!?;:"))]; ok {
			if names == 0 {
				return false
			}
			// the attribution ends there or goes on with an adjunct or an
			// audience, never a clause of its own ("Jon Weiss said it was
			// ...", "X put it on hold")
			if w != strings.TrimRight(w, ".!?;:") || k >= end || p[k] == ',' {
				return true
			}
			n := k + 1
			for n < end && p[n] != ' ' && p[n] != ',' && p[n] != '.' {
				n++
			}
			next := toLower(p[k+1 : n])
			r, _ := utf8.DecodeRuneInString(p[k+1:])
			return unicode.IsUpper(r) || attributionNext[next]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || leadWords[toLower(w)] {
			return false
		}
		names++
		if k >= end || p[k] != ' ' {
			return false
		}
		i = k + 1
	}
	return false
}

// attributionNext may follow the verb of a quote's attribution: an adjunct
// or an audience ("told reporters", "said in a statement").
var attributionNext = set(`in at on to during after before from by via when while as reporters journalists
lawmakers supporters the a an`)

// dottedInitials reports whether w (the word before a full stop, without
// it) is two or three capital initials joined by stops: "K.A", "J.R.R".
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w) > 5 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && (w[i] < 'A' || w[i] > 'Z') || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return true
}

// placeInitials are dotted initials of places, which may end a sentence:
// "in Washington, D.C. Police said".
var placeInitials = set(`d.c u.a.e u.s.a p.r.c u.s u.k u.n e.u`)

// endAbbreviations may close a sentence as well as abbreviate: "in the
// U.S.", "Acme Inc.".
var endAbbreviations = set(`u.s u.k u.n e.u inc ltd co corp jr sr`)

// clockFollows may follow "a.m." or "p.m." inside a sentence: a day or a
// time zone.
var clockFollows = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday GMT UTC ET EST EDT CT CST CDT PT PST PDT
BST CET CEST IST JST KST AEST AEDT`)

// sentenceStarters are the capitalised words that open a sentence and never
// follow such an abbreviation inside a name ("U.S. The", not "U.S. Army").
var sentenceStarters = set(`The A An He She It They We I But And In On At This That These Those His Her Their Its There
However Meanwhile Earlier Later After Before When While If As Since Although Though`)

// nextWord returns the word of letters at p[from:end].
func nextWord(p string, from, end int) string {
	e := from
	for e < end && (p[e] >= 'a' && p[e] <= 'z' || p[e] >= 'A' && p[e] <= 'Z') {
		e++
	}
	return p[from:e]
}

// bracketGoesOn reports whether the bracket opening at p[from] after the
// stop at p[i] continues the sentence: the stop ends a clock time ("5 p.m.
// (3 p.m. GMT)") or an abbreviation of two to four letters ("Mass.",
// "Calif.") and the bracket holds a wire's tag in capitals followed by a
// dash ("(WPRI) —", "(AP) --"), a dateline's.
func bracketGoesOn(p string, i, from, end int) bool {
	k := i
	for k > 0 && p[k-1] != ' ' && p[k-1] != '(' && p[k-1] != '"' {
		k--
	}
	w := toLower(p[k:i])
	c := strings.IndexByte(p[from:end], ')')
	if c < 0 || c > 40 {
		return false
	}
	tag := p[from+1 : from+c]
	if w == "a.m" || w == "p.m" {
		// (not a sentence in brackets: "at 6 p.m. (Police denied it.)")
		return !strings.HasSuffix(tag, ".")
	}
	if len(w) < 2 || len(w) > 4 || tag == "" || strings.ContainsRune(w, '.') {
		return false
	}
	for _, r := range tag {
		if !(r >= 'A' && r <= 'Z' || r == '-' || r == '/' || r == '&' || r == ' ') {
			return false
		}
	}
	rest := strings.TrimLeft(p[from+c+1:end], " ")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-")
}
