package extract

import (
	"strings"
	"unicode"
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
//   - empty lines are dropped, so paragraphs are separated by exactly one "\n".
//
// Quotation marks, apostrophes, dashes and letters are kept as they are:
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
	return b.String()
}

// paragraphs returns the [start,end) byte ranges of the lines of a
// normalised text.
func paragraphs(norm string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(norm); i++ {
		if i == len(norm) || norm[i] == '\n' {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}
