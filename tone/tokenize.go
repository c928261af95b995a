package tone

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind tells what a Token is.
type TokenKind uint8

// Token kinds.
const (
	// Word is a run of letters (and digits), possibly with inner apostrophes,
	// hyphens or dots: don't, well-known, U.S., 1990s.
	Word TokenKind = iota
	// Number is a run of digits, possibly with inner separators: 1,000.5,
	// 10:30, 9/11, 2024-05-01.
	Number
	// Punct is a single punctuation mark, symbol or other character that is
	// neither a letter, a digit nor a space.
	Punct
)

var kindNames = [...]string{Word: "word", Number: "number", Punct: "punct"}

// String returns "word", "number" or "punct".
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("TokenKind(%d)", uint8(k))
}

// MarshalText encodes the kind as its name.
func (k TokenKind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("tone: unknown token kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a kind from its name.
func (k *TokenKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if string(b) == n {
			*k = TokenKind(i)
			return nil
		}
	}
	return fmt.Errorf("tone: unknown token kind %q", b)
}

// Token is one token of a text. Text is always text[Start:End], with Start
// and End byte offsets into the text given to Tokenize.
type Token struct {
	Text  string    `json:"text"`
	Start int       `json:"start"`
	End   int       `json:"end"`
	Kind  TokenKind `json:"kind"`
	// Caps is set for words with two or more letters, all of them capitals
	// ("NEVER", "U.S.", "NATO"). Acronyms count too: a scorer that reads
	// capitals as emphasis decides which to trust.
	Caps bool `json:"caps,omitempty"`
	// Bracketed is set for tokens inside square brackets, which news text
	// uses for editorial insertions such as "[Kim Jong Un]". The brackets
	// themselves are Bracketed too. A bracket left open ends at the line
	// break.
	Bracketed bool `json:"bracketed,omitempty"`
}

// Norm returns the token lower-cased, with curly and modifier apostrophes
// straightened: "Don’t" becomes "don't". It does not allocate for tokens
// that are already lower-case ASCII.
func (t Token) Norm() string {
	for i := 0; i < len(t.Text); i++ {
		if c := t.Text[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return string(appendNorm(make([]byte, 0, len(t.Text)), t.Text))
		}
	}
	return t.Text
}

// isApos reports whether r is used as an apostrophe inside words.
func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' || r == '\u2018' }

// isHyphen reports whether r joins the parts of a hyphenated word.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// Classes of asciiWordClass (bits).
const (
	classDigit  = 1
	classLetter = 2
	classUpper  = 4
	classLower  = 8
)

// wordEnd tells the bytes that end a word after a run of ASCII letters and
// digits: ASCII bytes other than letters, digits and the joiners scanWord
// reads (apostrophe, hyphen, dot, comma, colon, slash).
var wordEnd = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiWordClass[c] == 0 && !strings.ContainsRune("'-.,:/", rune(c))
	}
	return t
}()

// asciiWordClass gives the class of the ASCII letters and digits, 0 for
// other bytes.
var asciiWordClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case '0' <= c && c <= '9':
			t[c] = classDigit
		case 'a' <= c && c <= 'z':
			t[c] = classLetter | classLower
		case 'A' <= c && c <= 'Z':
			t[c] = classLetter | classUpper
		}
	}
	return t
}()

// asciiAlnum tells the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range 256 {
		t[c] = ('a' <= c|0x20 && c|0x20 <= 'z') || ('0' <= c && c <= '9')
	}
	return t
}()

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// isLetterOrDigit is unicode.IsLetter || unicode.IsDigit with a fast path
// for ASCII.
func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Tokenize splits text into tokens, in order. Spaces are dropped; every
// other character belongs to exactly one token. Words keep their inner
// apostrophes (don't, don’t, O'Brien), hyphens (well-known) and dots
// (U.S., e.g.); numbers keep their separators (1,000.5). Invalid UTF-8
// bytes become one-byte Punct tokens.
func Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/4+8), text)
}

// appendTokens appends the tokens of text to toks, as Tokenize returns them.
func appendTokens(toks []Token, text string) []Token {
	depth := 0
	i := 0
	for i < len(text) {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			depth = 0
			i += w
		case r == ' ':
			i += w
		case asciiWordClass[r&0xff] != 0 && r < utf8.RuneSelf:
			// Fast path: a run of ASCII letters and digits that nothing
			// can join on to (see scanWord) is the whole word.
			start := i
			cls := asciiWordClass[r]
			i++
			for i < len(text) {
				k := asciiWordClass[text[i]]
				if k == 0 {
					break
				}
				cls |= k
				i++
			}
			if i < len(text) && !wordEnd[text[i]] && !joinerEnds(text, i) {
				// a joiner or a non-ASCII rune may follow
				var t Token
				t, i = wordToken(text, start, depth)
				toks = append(toks, t)
				continue
			}
			t := Token{Text: text[start:i], Start: start, End: i, Kind: Number, Bracketed: depth > 0}
			if cls&classLetter != 0 {
				t.Kind = Word
				if cls&classLower == 0 { // isCaps: two capitals or more
					upper := 0
					for _, c := range []byte(text[start:i]) {
						upper += int(asciiWordClass[c]&classUpper) / classUpper
					}
					t.Caps = upper >= 2
				}
			}
			toks = append(toks, t)
			if i < len(text) && text[i] == ' ' {
				i++ // the space that most words end with
			}
		case isLetterOrDigit(r): // never a space
			var t Token
			t, i = wordToken(text, i, depth)
			toks = append(toks, t)
		case unicode.IsSpace(r):
			i += w
		default:
			if r == '[' {
				depth++
			}
			toks = append(toks, Token{Text: text[i : i+w], Start: i, End: i + w, Kind: Punct, Bracketed: depth > 0})
			if r == ']' && depth > 0 {
				depth--
			}
			i += w
		}
	}
	return toks
}

// joinerEnds reports whether text[i], an ASCII joiner after a run of
// ASCII letters and digits, joins nothing: the text ends after it or an
// ASCII byte that is not a letter or digit follows, so that scanWord would
// end the word at i (a joiner counts only between two word characters,
// and a final abbreviation dot only after inner dots).
func joinerEnds(text string, i int) bool {
	if text[i] >= utf8.RuneSelf {
		return false
	}
	return i+1 == len(text) || (text[i+1] < utf8.RuneSelf && !asciiAlnum[text[i+1]])
}

// scanWord scans the word or number starting at i and returns its end and
// whether it holds a letter.
func scanWord(text string, i int) (end int, letters bool) {
	start := i
	dots := false
	for i < len(text) {
		// A run of ASCII letters and digits; the class bits say whether
		// it held a letter.
		if cls := asciiWordClass[text[i]]; cls != 0 {
			i++
			for i < len(text) && asciiWordClass[text[i]] != 0 {
				cls |= asciiWordClass[text[i]]
				i++
			}
			letters = letters || cls&classLetter != 0
			continue
		}
		c := text[i]
		if c < utf8.RuneSelf && isASCIIAlnum(c) {
			letters = letters || c > '9'
			i++
			continue
		}
		r, w := rune(c), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				letters = letters || unicode.IsLetter(r)
				i += w
				continue
			}
		}
		if r == ' ' {
			break
		}
		// A joiner counts only between two word characters.
		n, nw := utf8.DecodeRuneInString(text[i+w:])
		if nw == 0 || !isLetterOrDigit(n) {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		join := false
		switch {
		case isApos(r), isHyphen(r):
			join = true
		case r == '.':
			join = true
			dots = true
		case r == ',' || r == ':' || r == '/':
			// Number separators: 1,000 10:30 9/11.
			join = unicode.IsDigit(prev) && unicode.IsDigit(n)
		}
		if !join {
			break
		}
		i += w + nw
		if unicode.IsLetter(n) {
			letters = true
		}
	}
	// The final dot of an abbreviation with inner dots: U.S., e.g., Ph.D.
	if dots && letters && i < len(text) && text[i] == '.' && shortSegments(text[start:i]) {
		i++
		// U.S.-led: a hyphen goes on to the next word.
		if h, hw := utf8.DecodeRuneInString(text[i:]); isHyphen(h) {
			if n, _ := utf8.DecodeRuneInString(text[i+hw:]); unicode.IsLetter(n) || unicode.IsDigit(n) {
				i, _ = scanWord(text, i+hw)
			}
		}
	}
	return i, letters
}

// shortSegments reports whether the dotted word w is made of segments of
// at most three characters, as abbreviations are and domain names mostly
// are not.
func shortSegments(w string) bool {
	for seg := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(seg) > 3 {
			return false
		}
	}
	return true
}

func isCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return isCapsUnicode(s)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// isCapsUnicode is isCaps for text that is not all ASCII.
func isCapsUnicode(s string) bool {
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

// wordToken reads the word or number starting at text[start] (scanWord)
// and returns its token and the index after it.
func wordToken(text string, start, depth int) (Token, int) {
	end, letters := scanWord(text, start)
	t := Token{Text: text[start:end], Start: start, End: end, Kind: Number, Bracketed: depth > 0}
	if letters {
		t.Kind = Word
		t.Caps = isCaps(t.Text)
	}
	return t, end
}
