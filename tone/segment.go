package tone

import "strings"

// Span is a part of a text: Text is always text[Start:End].
type Span struct {
	Text       string
	Start, End int
}

// Sentences splits news text into sentences. Line breaks always end a
// sentence. (A first cut: abbreviations and quotes are refined later.)
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s := text[start:end]
		trim := strings.TrimSpace(s)
		if trim != "" {
			off := start + strings.Index(s, trim)
			out = append(out, Span{Text: trim, Start: off, End: off + len(trim)})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i + 1)
		case '.', '!', '?':
			if i+1 < len(text) && text[i+1] == ' ' {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}
