package tone

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

const tokenizeGolden = "testdata/tokenize.json"

func TestTokenizeGolden(t *testing.T) {
	cases := readGolden[[]Token](t, tokenizeGolden)
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for i, c := range cases {
		got := Tokenize(c.Input)
		if *update {
			cases[i].Output = got
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			if !reflect.DeepEqual(got, c.Output) {
				t.Errorf("Tokenize(%q) =\n%v\nwant\n%v", c.Input, texts(got), texts(c.Output))
				for j := range min(len(got), len(c.Output)) {
					if got[j] != c.Output[j] {
						t.Errorf("first difference at token %d: %+v; want %+v", j, got[j], c.Output[j])
						break
					}
				}
			}
		})
	}
	if *update {
		writeGolden(t, tokenizeGolden, cases)
	}
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Don’t", "don't"},
		{"DON'T", "don't"},
		{"Oʼs", "o's"},
		{"well-known", "well-known"},
		{"U.S.", "u.s."},
		{"Émile", "émile"},
	}
	for _, tt := range tests {
		if got := (Token{Text: tt.in}).Norm(); got != tt.want {
			t.Errorf("Token{%q}.Norm() = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenKindText(t *testing.T) {
	for _, k := range []TokenKind{Word, Number, Punct} {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back TokenKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, k)
		}
	}
	if _, err := TokenKind(9).MarshalText(); err == nil {
		t.Error("MarshalText of an unknown kind: no error")
	}
	var k TokenKind
	if err := k.UnmarshalText([]byte("verb")); err == nil {
		t.Error(`UnmarshalText("verb"): no error`)
	}
}

// checkTokens checks the invariants every tokenization keeps.
func checkTokens(tb testing.TB, text string, toks []Token) {
	tb.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			tb.Fatalf("Tokenize(%q): token %d %+v has bad offsets (previous end %d)", text, i, tok, prev)
		}
		if text[tok.Start:tok.End] != tok.Text {
			tb.Fatalf("Tokenize(%q): token %d text %q != text[%d:%d] %q", text, i, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		// Nothing but spaces between tokens.
		if gap := text[prev:tok.Start]; strings.TrimSpace(gap) != "" {
			tb.Fatalf("Tokenize(%q): %q between tokens %d and %d was dropped", text, gap, i-1, i)
		}
		if tok.Kind == Punct && utf8.RuneCountInString(tok.Text) != 1 {
			tb.Fatalf("Tokenize(%q): punct token %q is not one character", text, tok.Text)
		}
		if tok.Caps && tok.Kind != Word {
			tb.Fatalf("Tokenize(%q): non-word %q marked Caps", text, tok.Text)
		}
		prev = tok.End
	}
	if rest := text[prev:]; strings.TrimSpace(rest) != "" {
		tb.Fatalf("Tokenize(%q): trailing %q dropped", text, rest)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, c := range readGolden[[]Token](f, tokenizeGolden) {
		f.Add(c.Input)
	}
	f.Add("\xff\xfe[[a]]]'-.,")
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text, Tokenize(text))
	})
}

func TestTokenizeInvariantsGolden(t *testing.T) {
	for _, c := range readGolden[[]Token](t, tokenizeGolden) {
		checkTokens(t, c.Input, Tokenize(c.Input))
	}
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	text := "bad \xff\xfe byte"
	got := Tokenize(text)
	want := []string{"bad", "\xff", "\xfe", "byte"}
	if !reflect.DeepEqual(texts(got), want) {
		t.Fatalf("Tokenize(%q) = %q; want %q", text, texts(got), want)
	}
	checkTokens(t, text, got)
}
