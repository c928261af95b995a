package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldStatement is one line of a *.gold.jsonl file.
type goldStatement struct {
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
	Text    string `json:"text"`
	Via     string `json:"via,omitempty"`
	Tone    string `json:"tone,omitempty"`
}

func readGold(tb testing.TB, path string) []goldStatement {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []goldStatement
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldStatement
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			tb.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, g)
	}
	return out
}

func readArticle(tb testing.TB, path string) Article {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := ParseArticle(data, "")
	if err != nil {
		tb.Fatalf("ParseArticle(%s): %v", path, err)
	}
	return a
}

// goldCase is an article and its gold statements.
type goldCase struct {
	name    string
	article Article
	gold    []goldStatement
}

func goldCases(tb testing.TB, dir string) []goldCase {
	tb.Helper()
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.jsonl"))
	if err != nil || len(golds) == 0 {
		tb.Fatalf("no gold files in %s (%v)", dir, err)
	}
	var out []goldCase
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".gold.jsonl")
		var art string
		for _, ext := range []string{".txt", ".html", ".json"} {
			if _, err := os.Stat(base + ext); err == nil {
				art = base + ext
			}
		}
		if art == "" {
			tb.Fatalf("%s: no article next to it", g)
		}
		out = append(out, goldCase{name: filepath.Base(base), article: readArticle(tb, art), gold: readGold(tb, g)})
	}
	return out
}

// counts are the matches of extracted statements against gold ones.
type counts struct {
	tp, fp, fn, kindOK, textExact int
}

// score matches statements to gold: a match has the same speaker and the
// same words, both compared as the statement ID compares them
// (NormalizeWords: case and punctuation do not count, so "Jr." is "Jr"). Kind agreement and exact text are counted
// among the matches.
func score(got []Statement, gold []goldStatement) (c counts, missed []goldStatement, extra []Statement) {
	used := make([]bool, len(got))
	for _, g := range gold {
		hit := -1
		for i, s := range got {
			if !used[i] && NormalizeWords(s.Speaker) == NormalizeWords(g.Speaker) && NormalizeWords(s.Text) == NormalizeWords(g.Text) {
				hit = i
				break
			}
		}
		if hit < 0 {
			c.fn++
			missed = append(missed, g)
			continue
		}
		used[hit] = true
		c.tp++
		if got[hit].Kind == g.Kind {
			c.kindOK++
		}
		if got[hit].Text == g.Text {
			c.textExact++
		}
	}
	for i, s := range got {
		if !used[i] {
			c.fp++
			extra = append(extra, s)
		}
	}
	return c, missed, extra
}

func (c counts) add(o counts) counts {
	return counts{c.tp + o.tp, c.fp + o.fp, c.fn + o.fn, c.kindOK + o.kindOK, c.textExact + o.textExact}
}

func (c counts) prf() (p, r, f float64) {
	if c.tp == 0 {
		return 0, 0, 0
	}
	p = float64(c.tp) / float64(c.tp+c.fp)
	r = float64(c.tp) / float64(c.tp+c.fn)
	return p, r, 2 * p * r / (p + r)
}

func newTestExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// TestSeedGold checks the seed story against its gold: every statement, with
// its speaker, kind and exact text, the repeated quote once, nothing else.
func TestSeedGold(t *testing.T) {
	x := newTestExtractor(t)
	a := readArticle(t, "testdata/articles/seed.txt")
	gold := readGold(t, "testdata/articles/seed.gold.jsonl")
	got := x.find(a)
	c, missed, extra := score(got, gold)
	for _, m := range missed {
		t.Errorf("missed %s (%s): %q", m.Speaker, m.Kind, m.Text)
	}
	for _, e := range extra {
		t.Errorf("extra %s (%s): %q", e.Speaker, e.Kind, e.Text)
	}
	if c.kindOK != len(gold) || c.textExact != len(gold) {
		t.Errorf("kind right %d/%d, text exact %d/%d", c.kindOK, len(gold), c.textExact, len(gold))
		for _, s := range got {
			t.Logf("got %s %s %q", s.Speaker, s.Kind, s.Text)
		}
	}
	for _, g := range gold {
		if g.Via == "" {
			continue
		}
		for _, s := range got {
			if s.Speaker == g.Speaker && s.Text == g.Text && s.Via != g.Via {
				t.Errorf("via of %q = %q; want %q", s.Text, s.Via, g.Via)
			}
		}
	}
}

// TestAttributionF1 measures speaker attribution on the test articles: the
// tuning set (testdata/articles), the held-out set (testdata/heldout)
// and the blind batches (testdata/blind), which were never fixed on.
// Run with -v to see the figures.
func TestAttributionF1(t *testing.T) {
	x := newTestExtractor(t)
	for _, set := range []struct {
		dir  string
		want float64
	}{
		{"testdata/articles", 0.90},
		{"testdata/heldout", 0.90},
		// Batches 23 and 24, written blind and never fixed on: their
		// first-run figure (testdata/README.md, F1 0.92) is the estimate
		// for unseen text; this floor only guards against regressions.
		{"testdata/blind", 0.85},
	} {
		var total counts
		for _, gc := range goldCases(t, set.dir) {
			c, missed, extra := score(x.find(gc.article), gc.gold)
			total = total.add(c)
			p, r, f := c.prf()
			t.Logf("%s/%s: P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d)", filepath.Base(set.dir), gc.name, p, r, f, c.tp, c.fp, c.fn)
			for _, m := range missed {
				t.Logf("  missed %s (%s): %q", m.Speaker, m.Kind, m.Text)
			}
			for _, e := range extra {
				t.Logf("  extra  %s (%s): %q", e.Speaker, e.Kind, e.Text)
			}
		}
		p, r, f := total.prf()
		t.Logf("%s TOTAL: P=%.3f R=%.3f F1=%.3f; kind right %d/%d, text exact %d/%d", set.dir, p, r, f, total.kindOK, total.tp, total.textExact, total.tp)
		if f < set.want {
			t.Errorf("%s: attribution F1 = %.3f; want >= %.2f", set.dir, f, set.want)
		}
	}
}
