package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func seedCorpus(f *testing.F) {
	for _, dir := range []string{"testdata/articles", "testdata/heldout"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if strings.HasSuffix(p, ".jsonl") {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		`"[He] said that "`, `"`, `“”’‘'"`, "X:\nY: z", `"A," said`, `according to`, `[`, `"[`, "'a' b' 'c",
		"JANE ROE: \"unclosed\n\"quote\" Jane Roe said.", `, which reported that`, `"q," he said, "r."`,
	} {
		f.Add(s)
	}
}

// FuzzExtract checks the invariants of extraction on any text: no panic,
// every statement's text is a non-empty substring of the normalised article,
// valid UTF-8, with a speaker, a known kind and a unique id.
func FuzzExtract(f *testing.F) {
	seedCorpus(f)
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		norm := Normalize(text)
		if !utf8.ValidString(norm) {
			t.Fatalf("Normalize(%q) is not UTF-8", text)
		}
		if Normalize(norm) != norm {
			t.Fatalf("Normalize is not idempotent on %q", text)
		}
		for _, title := range []string{"", firstLine(text)} {
			seen := map[string]bool{}
			for _, s := range x.find(Article{Title: title, Text: text}) {
				if s.Text == "" || !strings.Contains(norm, s.Text) {
					t.Fatalf("statement text %q is not in the normalised article %q", s.Text, norm)
				}
				if !utf8.ValidString(s.Text) || !utf8.ValidString(s.Speaker) {
					t.Fatalf("invalid UTF-8 in %+v", s)
				}
				if s.Speaker == "" || (s.Kind != Direct && s.Kind != Indirect) {
					t.Fatalf("bad statement %+v", s)
				}
				if seen[s.ID] {
					t.Fatalf("duplicate id %s", s.ID)
				}
				seen[s.ID] = true
			}
		}
	})
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// FuzzParseArticle checks that ParseArticle never panics and that what it
// accepts has text.
func FuzzParseArticle(f *testing.F) {
	seedCorpus(f)
	f.Add(`{"text":"a","published":"2024-01-01"}`)
	f.Add(`<html><body><p>"A," he said.</p></body></html>`)
	f.Fuzz(func(t *testing.T, data string) {
		for _, ct := range []string{"", "application/json", "text/html", "text/plain"} {
			a, err := ParseArticle([]byte(data), ct)
			if err == nil && strings.TrimSpace(a.Text) == "" {
				t.Fatalf("ParseArticle(%q, %q) accepted an article with no text", data, ct)
			}
		}
	})
}
