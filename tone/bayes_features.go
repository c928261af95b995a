package tone

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// featureRef tells where in the tokens a feature came from, to show it as
// evidence.
type featureRef struct {
	kind uint8 // refWord, refNegated, refBigram, refPunct
	a, b int32 // token indices (b only for bigrams)
}

const (
	refWord uint8 = iota
	refNegated
	refBigram
	refPunct
)

// term renders a feature as evidence text.
func (r featureRef) term(toks []Token) string {
	switch r.kind {
	case refNegated:
		return "not(" + toks[r.a].Text + ")"
	case refBigram:
		return toks[r.a].Text + " " + toks[r.b].Text
	}
	return toks[r.a].Text
}

// termIn is term, with a word pair taken from text (the text toks were cut
// from, or "") when its words are one space apart there: the same string
// without building it.
func (r featureRef) termIn(toks []Token, text string) string {
	if r.kind == refBigram && text != "" {
		a, b := &toks[r.a], &toks[r.b]
		if a.End+1 == b.Start && b.End <= len(text) && text[a.End] == ' ' {
			return text[a.Start:b.End]
		}
	}
	return r.term(toks)
}

// negationPrefix marks words in the scope of a negation. Tokens never hold
// "_", so marked features cannot clash with plain words.
const negationPrefix = "not_"

// negators are the words, besides those ending in "n't", that negate what
// follows them.
var negators = []string{"not", "no", "never", "cannot", "nothing", "nobody", "none", "neither", "nor", "nowhere", "without"}

// isNegator reports whether the normalised word w negates what follows.
func isNegator(w []byte) bool {
	switch string(w) { // the words of negators
	case "not", "no", "never", "cannot", "nothing", "nobody", "none", "neither", "nor", "nowhere", "without":
		return true
	}
	return bytes.HasSuffix(w, []byte("n't"))
}

// isNegatorKey is isNegator for a lookup form.
func isNegatorKey(w string) bool {
	switch w {
	case "not", "no", "never", "cannot", "nothing", "nobody", "none", "neither", "nor", "nowhere", "without":
		return true
	}
	return strings.HasSuffix(w, "n't")
}

// features turns tokens into model features and calls emit for each, in
// text order: the normalised word (with negationPrefix inside a negation's
// scope, which runs to the next clause punctuation or "but"), the pair of
// adjacent words (not across punctuation), and "!" and "?". f is only valid
// during the call.
func features(toks []Token, flags uint64, emit func(f []byte, ref featureRef)) {
	var bufs [3][]byte
	var arr [3][64]byte
	for i := range bufs {
		bufs[i] = arr[i][:0]
	}
	cur, prev, out := bufs[0], bufs[1], bufs[2]
	havePrev := false
	prevIdx := int32(0)
	neg := false
	for i, t := range toks {
		if t.Kind == Punct {
			switch t.Text {
			case ".", ",", ";", ":", "!", "?":
				neg = false
				if flags&featPunct != 0 && (t.Text == "!" || t.Text == "?") {
					emit([]byte(t.Text), featureRef{kind: refPunct, a: int32(i)})
				}
			}
			havePrev = false
			continue
		}
		cur = appendNorm(cur[:0], t.Text)
		negator := isNegator(cur)
		if neg && !negator && flags&featNegation != 0 {
			out = append(append(out[:0], negationPrefix...), cur...)
			emit(out, featureRef{kind: refNegated, a: int32(i)})
		} else {
			emit(cur, featureRef{kind: refWord, a: int32(i)})
		}
		if flags&featBigrams != 0 && havePrev {
			out = append(append(append(out[:0], prev...), ' '), cur...)
			emit(out, featureRef{kind: refBigram, a: prevIdx, b: int32(i)})
		}
		switch {
		case negator:
			neg = true
		case string(cur) == "but":
			neg = false
		}
		cur, prev = prev, cur
		havePrev, prevIdx = true, int32(i)
	}
}

// appendNorm appends s lower-cased with apostrophes straightened, as
// Token.Norm returns it.
func appendNorm(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			b = append(b, s[i])
		case isApos(r):
			b = append(b, '\'')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += w
	}
	return b
}
