package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize returns the form of an article's text that Extract reads and that
// every statement's Text is a substring of. It is documented here because
// users check quotes against it:
//
//   - invalid UTF-8 bytes become U+FFFD;
//   - "\r\n" and "\r" become "\n"; other control characters, zero-width
//     characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens are dropped;
//   - tabs, non-breaking and other Unicode spaces become a plain space, runs of
//     spaces become one, and each line is trimmed;
//   - empty lines are dropped, so paragraphs are separated by exactly one "\n";
//   - a sentence glued to the one before it, as pages and excerpts often give
//     them, gets the space a writer would have typed: after a full stop, "!"
//     or "?" that ends a word of two or more lower-case letters and is
//     followed by a capitalised word ("Dagbladet.Earlier" -> "Dagbladet.
//     Earlier"), before an opening quotation mark that directly follows
//     sentence or clause punctuation ("Friday."I" -> "Friday. "I"), and after
//     a closing mark that directly follows it and precedes a letter
//     ("court."The" -> "court." The"; straight double quotes open and close
//     in turn within a paragraph); a subhead glued to the paragraph after it
//     ("or misunderstoodThe minister said") ends its own line before a
//     capitalised sentence opener (The, A, He, She, It, In, But, ...);
//   - the typewriter quotes of old wire copy and TeX become straight double
//     quotes: a run of exactly two backticks (U+0060) opening or closing a
//     quote, and, in a text that has such a pair, a run of exactly two
//     apostrophes closing one.
//
// Other quotation marks, apostrophes, dashes and letters are kept as they are:
// curly and straight quotes both survive, so a quote can be found verbatim.
func Normalize(text string) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	var b strings.Builder
	b.Grow(len(text))
	lineStart := true // nothing but dropped space written on this line yet
	pendingSpace := false
	pendingNL := false
	for _, r := range text {
		switch {
		case r > ' ' && r < 0x7F:
			// printable ASCII, the usual rune: kept, as below
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			if !lineStart {
				pendingNL = true
			}
			lineStart = true
			pendingSpace = false
			continue
		case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
			continue
		case r == '\t' || unicode.IsSpace(r):
			if !lineStart {
				pendingSpace = true
			}
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if pendingNL {
			b.WriteByte('\n')
			pendingNL = false
		} else if pendingSpace {
			b.WriteByte(' ')
		}
		pendingSpace = false
		lineStart = false
		b.WriteRune(r)
	}
	return unglue(texQuotes(b.String()))
}

// texQuotes turns the typewriter quotation marks of old wire copy and TeX
// (two backticks, the quote, then two backticks or two apostrophes) into
// straight double quotes: a run of exactly two backticks always, and a run of exactly two
// apostrophes when the text holds such a pair of backticks. A single
// backtick, the apostrophe of the same copy ("union`s"), stays.
func texQuotes(s string) string {
	if !strings.Contains(s, "``") {
		return closingPairs(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	tex := false
	for i := 0; i < len(s); {
		c := s[i]
		if c != '`' && c != '\'' {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		if j-i == 2 {
			b.WriteByte('"')
			tex = tex || c == '`'
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	if !tex {
		return s
	}
	return b.String()
}

// closingPairs turns two apostrophes that close a straight double quote
// into a straight double quote, as some sports and wire copy types the
// closing mark after "It was a pleasure to watch,": a run of exactly two
// apostrophes right after a word or punctuation and before a space,
// punctuation or the line's end, while a straight double quote is open on
// its line (two inside a word, as a typo for one, stay).
func closingPairs(s string) string {
	if !strings.Contains(s, "''") {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b
	open := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			open = false
		case '"':
			open = !open
		case '\'':
			j := i
			for j < len(s) && s[j] == '\'' {
				j++
			}
			if j-i == 2 && open && i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && (j == len(s) || !isWordByte(s[j])) {
				if done == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[done:i])
				b.WriteByte('"')
				done = j
				open = false
			}
			i = j - 1
		}
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// unglue puts the missing space between glued sentences of a normalised text
// (see Normalize). It only inserts spaces, so running it twice changes
// nothing. Until the first insertion the output is s itself, so nothing is
// copied for the many texts that need none.
func unglue(s string) string {
	var b strings.Builder
	changed := false // b holds the output so far; else it is s[:i]
	// edit starts the copy at the first insertion, at byte i of s
	edit := func(i int) {
		if !changed {
			b.Grow(len(s) + 64)
			b.WriteString(s[:i])
			changed = true
		}
	}
	inStraight := false // inside a straight-quoted span of the current line
	prev, prev2 := rune(0), rune(0)
	for i, r := range s {
		space := false
		switch {
		case r >= 'a' && r <= 'z' || r == ' ':
			// the usual rune, which no rule looks at: kept, as below
		case r == '\n':
			inStraight = false
		case r == '"':
			next, _ := runeAt(s, i+1)
			if !inStraight && sentencePunct(prev, true) && wordEnd(prev2) && startsWord(next) {
				space = true // opening mark glued to the sentence before
			}
			if inStraight && sentencePunct(prev, false) && wordEnd(prev2) && unicode.IsLetter(next) {
				edit(i)
				b.WriteRune(r)
				b.WriteByte(' ')
				inStraight = false
				prev2, prev = prev, ' '
				continue
			}
			inStraight = !inStraight
		case r == '“':
			next, _ := runeAt(s, i+len("“"))
			space = sentencePunct(prev, true) && wordEnd(prev2) && startsWord(next)
		case r == '”':
			if next, _ := runeAt(s, i+len("”")); sentencePunct(prev, false) && wordEnd(prev2) && unicode.IsLetter(next) {
				edit(i)
				b.WriteRune(r)
				b.WriteByte(' ')
				prev2, prev = prev, ' '
				continue
			}
		case unicode.IsUpper(r) && unicode.IsLower(prev) && unicode.IsLower(prev2) && gluedOpener(s[i:]):
			// a subhead glued to its paragraph: "or misunderstoodThe
			// minister said" -> a line of its own
			edit(i)
			b.WriteByte('\n')
			b.WriteRune(r)
			inStraight = false // as a new line is read on the next pass
			prev2, prev = prev, r
			continue
		case unicode.IsUpper(r) && (prev == '.' || prev == '!' || prev == '?') && unicode.IsLower(prev2):
			next, next2 := runeAt(s, i+utf8.RuneLen(r))
			written := s[:i]
			if changed {
				written = b.String()
			}
			space = unicode.IsLower(next) && lowerWordBefore(written) && next2 != '.'
		}
		if space {
			edit(i)
			b.WriteByte(' ')
		}
		if changed {
			b.WriteRune(r)
		}
		prev2, prev = prev, r
	}
	if !changed {
		return s
	}
	return b.String()
}

// runeAt returns the two runes of s from byte i (0 past the end).
func runeAt(s string, i int) (rune, rune) {
	if i >= len(s) {
		return 0, 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if i+w >= len(s) {
		return r, 0
	}
	r2, _ := utf8.DecodeRuneInString(s[i+w:])
	return r, r2
}

// sentencePunct reports whether r ends a sentence (or, before an opening
// quote, a clause: "said,"Q"").
func sentencePunct(r rune, opening bool) bool {
	switch r {
	case '.', '!', '?', ',':
		return true
	case ':', ';':
		return opening
	}
	return false
}

// wordEnd reports whether r can end the word before sentence punctuation.
func wordEnd(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ')' || r == '%'
}

// startsWord reports whether r can open the first word of a quotation.
func startsWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerWordBefore reports whether the text written so far ends with
// punctuation after a word of two or more letters that has no capital
// after its first letter and no full stop inside it (so "U.S.Army",
// "iOS.Apple" and "example.com.Smith" are left alone).
func lowerWordBefore(written string) bool {
	w := written[:len(written)-1] // drop the punctuation
	n := 0
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if !unicode.IsLetter(r) {
			if r == '.' || r == '@' || r == '/' || r == '_' || unicode.IsDigit(r) {
				return false
			}
			break
		}
		if unicode.IsUpper(r) && len(w) > size {
			if p, _ := utf8.DecodeLastRuneInString(w[:len(w)-size]); unicode.IsLetter(p) {
				return false
			}
		}
		n++
		w = w[:len(w)-size]
	}
	return n >= 2
}

// paragraphs returns the [start,end) byte ranges of the lines of a
// normalised text.
func paragraphs(norm string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(norm); i++ {
		if i == len(norm) || norm[i] == '\n' {
			if i < len(norm) && hardWrap(norm, start, i) {
				// a sentence the text wraps at a line's end ("... who
				// became\nthe worldwide face ...") runs on in the
				// paragraph
				continue
			}
			if i < len(norm) {
				if quoteTagWrap(norm, start, i) {
					// `"Q,"` and, a paragraph later, "Jane Roe said ...":
					// the page broke the quote from its attribution
					continue
				}
			}
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}

// hardWrap reports whether the line break at norm[i] (ending the line that
// starts at start) only wraps a sentence, as plain-text copy wrapped at a
// fixed width does: the line is 40 bytes or longer, ends in a lower-case
// letter or a comma, and the next line starts with a lower-case letter, or
// with a digit after a word that cannot end a sentence ("... was sentenced
// to\n10 years in prison.").
func hardWrap(norm string, start, i int) bool {
	if i-start < 40 || i+1 >= len(norm) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(norm[start:i])
	next, _ := utf8.DecodeRuneInString(norm[i+1:])
	if !unicode.IsLower(last) && last != ',' {
		return false
	}
	if unicode.IsDigit(next) {
		// a number only after a word that cannot end a sentence ("to",
		// "of"): not a heading's "... during truce\n68 servicemen"
		w := norm[strings.LastIndexByte(norm[start:i], ' ')+1+start : i]
		return wrapWords[w]
	}
	return unicode.IsLower(next)
}

// quoteTagWrap reports whether the line norm[start:i] is a quote left open
// for its attribution (it opens with a quote mark and ends with a comma and
// a closing mark: `"We will help him,"`) and the next line opens with it: a
// name of at most four capitalised words or a pronoun, then a speech verb
// ("McCain said ...", "he added").
func quoteTagWrap(norm string, start, i int) bool {
	line := strings.TrimSpace(norm[start:i])
	if len(line) < 8 || !(strings.HasSuffix(line, `,"`) || strings.HasSuffix(line, ",”")) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); r != '"' && r != '“' {
		return false
	}
	rest := norm[i+1:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	ws := strings.Fields(rest)
	for n, w := range ws {
		if n > 4 {
			break
		}
		low := strings.ToLower(strings.TrimRight(w, ".,;:"))
		if n > 0 && plainSay[low] {
			return true
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(n == 0 && pronouns[low] != "") {
			return false
		}
	}
	return false
}

// wrapWords cannot end a sentence: a line ending in one runs on.
var wrapWords = set(`to of in for by with at from on and or the a an than about over under nearly almost some`)

// gluedOpeners open a sentence; glued to the lower-case end of a subhead
// ("misunderstoodThe defense minister") they start a new line.
var gluedOpeners = []string{"The ", "A ", "An ", "He ", "She ", "It ", "They ", "We ", "In ", "On ", "At ", "But ",
	"And ", "This ", "His ", "Her ", "Their ", "When ", "After ", "As "}

// gluedOpener reports whether s opens with one of gluedOpeners.
func gluedOpener(s string) bool {
	for _, o := range gluedOpeners {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}
