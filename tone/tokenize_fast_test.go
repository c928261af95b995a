package tone

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceTokens is appendTokens without its fast path for runs of ASCII
// letters and digits: every word goes through scanWord.
func referenceTokens(text string) []Token {
	var toks []Token
	depth := 0
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			depth = 0
			i += w
		case r == ' ' || unicode.IsSpace(r):
			i += w
		case isLetterOrDigit(r):
			start := i
			end, letters := scanWord(text, i)
			i = end
			t := Token{Text: text[start:end], Start: start, End: end, Kind: Number, Bracketed: depth > 0}
			if letters {
				t.Kind = Word
				t.Caps = isCaps(t.Text)
			}
			toks = append(toks, t)
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

// TestTokenizeFastPath checks Tokenize against the reference on the test
// texts and on random texts built from the characters that matter to it.
func TestTokenizeFastPath(t *testing.T) {
	var texts []string
	for _, f := range []string{"testdata/tokenize.json", "testdata/sentences.json", "testdata/sentences_article.json",
		"testdata/seed-statements.jsonl", "testdata/rhetoric_pairs.json"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	pieces := []string{"a", "Z", "US", "u", "7", "42", " ", "\n", ".", ",", ":", "/", "'", "’", "-", "‑", "!", "?", "[", "]",
		"é", "É", "ß", "日本", "\xff", "\u00a0", "\u2028", "e.g", "U.S", "NATO", "don", "t", "1,000", "9/11", "\t", "—"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := Tokenize(s), referenceTokens(s); !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q) =\n%v\nwant\n%v", s, got, want)
		}
	}
}
