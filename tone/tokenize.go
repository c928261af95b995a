package tone

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind tells what a Token is.
type TokenKind uint8

// Token kinds.
const (
	// Word is a run of letters, possibly with inner apostrophes, hyphens or
	// dots (don't, well-known, U.S.).
	Word TokenKind = iota
	// Number is a run of digits, possibly with inner separators (1,000.5).
	Number
	// Punct is a single punctuation or symbol character.
	Punct
)

// Token is one token of a text. Text is always text[Start:End].
type Token struct {
	Text       string
	Start, End int
	Kind       TokenKind
	// Caps is set for words of two or more letters written all in capitals.
	Caps bool
	// Bracketed is set for tokens inside square brackets, which news text
	// uses for editorial insertions such as "[Kim Jong Un]".
	Bracketed bool
}

// Norm returns the token lower-cased, with curly apostrophes straightened.
func (t Token) Norm() string {
	return strings.ToLower(strings.ReplaceAll(t.Text, "\u2019", "'"))
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// Tokenize splits text into tokens. Spaces are dropped; every other
// character belongs to exactly one token.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	depth := 0
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			start := i
			kind := Number
			if unicode.IsLetter(r) {
				kind = Word
			}
			i += w
			for i < len(text) {
				r, w := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
					if unicode.IsLetter(r) {
						kind = Word
					}
					i += w
					continue
				}
				// Inner joiners: apostrophes, hyphens, dots and commas
				// between letters or digits.
				if isApos(r) || r == '-' || r == '.' || (r == ',' && kind == Number) {
					n, nw := utf8.DecodeRuneInString(text[i+w:])
					if nw > 0 && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
						if r == ',' && !unicode.IsDigit(n) {
							break
						}
						i += w + nw
						continue
					}
					// Trailing dot of an abbreviation such as U.S.
					if r == '.' && strings.Count(text[start:i], ".") > 0 && kind == Word {
						i += w
					}
				}
				break
			}
			t := Token{Text: text[start:i], Start: start, End: i, Kind: kind, Bracketed: depth > 0}
			t.Caps = kind == Word && isCaps(t.Text)
			toks = append(toks, t)
			continue
		default:
			if r == '[' {
				depth++
			}
			t := Token{Text: text[i : i+w], Start: i, End: i + w, Kind: Punct, Bracketed: depth > 0}
			if r == ']' && depth > 0 {
				depth--
			}
			toks = append(toks, t)
			i += w
		}
	}
	return toks
}

func isCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
