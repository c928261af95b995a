package tone

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a part of a text: Text is always text[Start:End], with Start and
// End byte offsets into the text.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sentences splits news text into sentences, in order, each trimmed of
// surrounding spaces.
//
// A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets
// included) when what follows starts a new sentence; not after titles such
// as "Mr." or "Gen.", nor after initials ("J. R. R. Tolkien") or dotted
// abbreviations ("U.S. officials", "U.S. President") unless a word that
// usually starts a sentence follows (likewise after "Inc.", "Jr.", "St.");
// not before a lower-case word; and not
// between a quoted exclamation or question and its attribution ("Why?"
// Smith asked). Quotes that run over several sentences are split at each
// sentence, the closing quote kept with the last. A line break ends a
// sentence unless the next line goes on in lower case (hard-wrapped text);
// a line in capitals (a headline) and a blank line always end one.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s := text[start:end]
		left := strings.TrimLeftFunc(s, unicode.IsSpace)
		trim := strings.TrimRightFunc(left, unicode.IsSpace)
		if trim != "" {
			off := start + len(s) - len(left)
			out = append(out, Span{Text: trim, Start: off, End: off + len(trim)})
		}
		start = end
	}
	lineStart := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if lineBreakEnds(text, lineStart, i) {
				emit(i)
			}
			i += w
			lineStart = i
		case r == '.' || r == '!' || r == '?' || r == '…':
			end, split := sentenceEnd(text, i)
			if split {
				emit(end)
			}
			i = end
		default:
			i += w
		}
	}
	emit(len(text))
	return out
}

// lineBreakEnds decides whether the line break at i, ending the line that
// starts at lineStart, ends a sentence.
func lineBreakEnds(text string, lineStart, i int) bool {
	line := text[lineStart:i]
	if isHeadline(line) {
		return true
	}
	rest := text[i+1:]
	next := strings.TrimLeft(rest, " \t\r\u00a0")
	if strings.HasPrefix(next, "\n") || strings.TrimSpace(line) == "" {
		return true // blank line
	}
	r, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsLower(r)
}

// isHeadline reports whether a line is written in capitals: at least two
// words, or one of four letters or more, and no lower-case letter.
func isHeadline(line string) bool {
	letters, words := 0, 0
	inWord := false
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
			if !inWord {
				words++
			}
			inWord = true
		} else {
			inWord = false
		}
	}
	return letters >= 4 || (words >= 2 && letters >= 2)
}

// closers may follow the end of a sentence and belong to it.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

// sentenceEnd looks at the terminal punctuation at i and returns where the
// sentence would end (past the punctuation and closing quotes) and whether
// it ends there.
func sentenceEnd(text string, i int) (end int, split bool) {
	// The run of terminal marks: "?!", "...", "…".
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			break
		}
		j += w
	}
	marks := text[i:j]
	k := j
	for k < len(text) {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !isCloser(r) {
			break
		}
		k += w
	}
	closed := k > j
	if k == len(text) {
		return k, true
	}
	// Only a space ends a sentence: "3.5", "U.S.A", "Yahoo!'s" go on.
	if r, _ := utf8.DecodeRuneInString(text[k:]); !unicode.IsSpace(r) {
		return k, false
	}
	nextWord, nextFirst := following(text[k:])
	if nextFirst == 0 {
		return k, true // only spaces follow
	}
	if unicode.IsLower(nextFirst) {
		return k, false
	}
	prev := wordBefore(text[:i])
	if marks == "." && !closed {
		lw := strings.ToLower(strings.TrimSuffix(prev, "."))
		switch {
		case titles[lw]:
			return k, false
		case abbrevBeforeNumber[lw] && unicode.IsDigit(nextFirst):
			return k, false
		case isInitial(prev) || strings.Contains(prev, ".") || abbrevs[lw]:
			// J. R. R. Tolkien, U.S. President: go on unless a word that
			// starts sentences follows.
			return k, starters[strings.ToLower(nextWord)]
		}
	}
	if (strings.ContainsAny(marks, "!?")) && closed && attribution(text[k:]) {
		return k, false
	}
	return k, true
}

// following returns the first word after the spaces, opening quotes and
// brackets at the start of s, and the first letter or digit (0 if none
// before the end of the line's next word).
func following(s string) (word string, first rune) {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			first = r
			break
		}
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"'“‘([«‹-—–", r) {
			// Some other mark starts the next sentence.
			return "", r
		}
		i += w
	}
	if first == 0 {
		return "", 0
	}
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !(unicode.IsLetter(r) || isApos(r)) {
			break
		}
		j += w
	}
	return s[i:j], first
}

// wordBefore returns the word (letters and dots) that ends s.
func wordBefore(s string) string {
	j := len(s)
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= w
	}
	return s[j:]
}

// isInitial reports whether w is one capital letter: "J" of "J. Smith".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// attribution reports whether s (after a quoted exclamation or question)
// goes on with who said it: a name or pronoun and a speech verb, as in
// `"Why?" Smith asked` or `"Never!" the minister shouted`.
func attribution(s string) bool {
	f := strings.Fields(s)
	for n, w := range f {
		if n >= 5 {
			break
		}
		w = strings.ToLower(strings.TrimRight(w, ".,;:!?\"'”’"))
		if speechVerbs[w] {
			return n > 0
		}
	}
	return false
}

var speechVerbs = setOf("said", "says", "asked", "asks", "added", "adds", "told", "tells", "shouted",
	"replied", "replies", "wrote", "writes", "declared", "insisted", "warned", "cried", "answered")

// titles are abbreviations that come before a name and never end a
// sentence.
var titles = setOf("mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
	"cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "reps", "rev", "hon", "pres", "amb",
	"supt", "insp", "det", "fr", "mt", "ft", "vs", "cf", "approx", "dept", "univ")

// abbrevs are abbreviations that may end a sentence but mostly do not:
// after them, as after initials, only a word that usually starts a sentence
// starts a new one ("Apple Inc. CEO Tim Cook", "St. Louis", "King Jr.
// The").
var abbrevs = setOf("inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "ave", "blvd", "rd",
	"esq", "etc", "al")

// abbrevBeforeNumber are abbreviations that do not end a sentence when a
// number follows: "No. 10", "Jan. 6", "p. 12".
var abbrevBeforeNumber = setOf("no", "nos", "nr", "art", "sec", "p", "pp", "vol", "ch", "fig", "op", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// starters are words that usually begin a sentence, so that "in the U.S.
// The president" splits while "U.S. President Biden" does not.
var starters = setOf("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
	"those", "there", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "in", "on",
	"at", "for", "as", "his", "her", "its", "their", "our", "my", "some", "many", "most", "no", "not",
	"what", "why", "how", "who", "where", "officials", "however", "meanwhile", "still", "also", "then")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
