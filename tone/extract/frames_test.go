package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// frameCase is one line of testdata/frames/frames.jsonl: a short article
// built from one attribution frame, and the statements it holds.
type frameCase struct {
	Family string      `json:"family"`
	Title  string      `json:"title"`
	Text   string      `json:"text"`
	Want   []frameWant `json:"want"`
}

// frameWant is one statement a frame case holds.
type frameWant struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// frameSlack is how many of a family's cases in frames.jsonl may fail
// today (a statement missed or one too many). Families not listed must
// pass every case. The figures are what the extractor does now, so that
// a change that breaks a frame shows; lower them as frames get read.
var frameSlack = map[string]int{} // every family passes all its cases at 56167c1

// TestFrames reads every article of testdata/frames/frames.jsonl (written
// by testdata/frames/frames.py: attribution frames of general news English
// with random names, titles, adjuncts and verbs; see its README) and checks
// that each gives exactly its statements: the speaker as written, the text
// up to a final full stop. A family may fail at most frameSlack cases.
func TestFrames(t *testing.T) {
	f, err := os.Open("testdata/frames/frames.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string { return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".")) }
	cases, fails := map[string]int{}, map[string]int{}
	var families []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var c frameCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("frames.jsonl:%d: %v", n, err)
		}
		if cases[c.Family] == 0 {
			families = append(families, c.Family)
		}
		cases[c.Family]++
		got := x.Extract(Article{Title: c.Title, Text: c.Text})
		var problems []string
		for _, w := range c.Want {
			if !slices.ContainsFunc(got, func(s Statement) bool { return s.Speaker == w.Speaker && norm(s.Text) == norm(w.Text) }) {
				problems = append(problems, fmt.Sprintf("missing %s: %q", w.Speaker, w.Text))
			}
		}
		for _, s := range got {
			if !slices.ContainsFunc(c.Want, func(w frameWant) bool { return s.Speaker == w.Speaker && norm(s.Text) == norm(w.Text) }) {
				problems = append(problems, fmt.Sprintf("extra %s: %q", s.Speaker, s.Text))
			}
		}
		if len(problems) > 0 {
			fails[c.Family]++
			if fails[c.Family] > frameSlack[c.Family] {
				t.Errorf("frames.jsonl:%d (family %s): %s\n%s", n, c.Family, strings.Join(problems, "; "), c.Text)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(families) == 0 {
		t.Fatal("frames.jsonl holds no case")
	}
	total, failed := 0, 0
	for _, fam := range families {
		total += cases[fam]
		failed += fails[fam]
		if fails[fam] > 0 {
			t.Logf("family %-2s: %d of %d cases fail (slack %d)", fam, fails[fam], cases[fam], frameSlack[fam])
		}
	}
	t.Logf("%d families, %d cases, %d fail", len(families), total, failed)
}
