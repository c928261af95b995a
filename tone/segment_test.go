package tone

import (
	"reflect"
	"strings"
	"testing"
)

const (
	sentencesGolden = "testdata/sentences.json"
	// articleGolden is a whole news article, also the benchmarks' text.
	articleGolden = "testdata/sentences_article.json"
)

func TestSentencesGolden(t *testing.T) {
	testSentencesGolden(t, sentencesGolden)
	testSentencesGolden(t, articleGolden)
}

func testSentencesGolden(t *testing.T, path string) {
	cases := readGolden[[]string](t, path)
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for i, c := range cases {
		spans := Sentences(c.Input)
		checkSpans(t, c.Input, spans)
		got := make([]string, len(spans))
		for j, s := range spans {
			got[j] = s.Text
		}
		if *update {
			cases[i].Output = got
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			if len(got) == 0 && len(c.Output) == 0 {
				return
			}
			if !reflect.DeepEqual(got, c.Output) {
				t.Errorf("Sentences(%q) =\n%q\nwant\n%q", c.Input, got, c.Output)
			}
		})
	}
	if *update {
		writeGolden(t, path, cases)
	}
}

// checkSpans checks the invariants of a split: spans in order, not
// overlapping, trimmed, each its text's substring, and nothing but spaces
// left out.
func checkSpans(tb testing.TB, text string, spans []Span) {
	tb.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			tb.Fatalf("Sentences(%q): span %d %+v has bad offsets (previous end %d)", text, i, s, prev)
		}
		if text[s.Start:s.End] != s.Text {
			tb.Fatalf("Sentences(%q): span %d text %q != text[%d:%d]", text, i, s.Text, s.Start, s.End)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			tb.Fatalf("Sentences(%q): span %d %q not trimmed", text, i, s.Text)
		}
		if gap := text[prev:s.Start]; strings.TrimSpace(gap) != "" {
			tb.Fatalf("Sentences(%q): %q left out before span %d", text, gap, i)
		}
		prev = s.End
	}
	if rest := text[prev:]; strings.TrimSpace(rest) != "" {
		tb.Fatalf("Sentences(%q): trailing %q left out", text, rest)
	}
}

func FuzzSentences(f *testing.F) {
	for _, c := range readGolden[[]string](f, sentencesGolden) {
		f.Add(c.Input)
	}
	f.Add("A. B. \"C.\" \n\n D!? “E…” (f.) \xff.")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Sentences(text))
	})
}
