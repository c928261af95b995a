package tone_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"testing"

	"github.com/tonetrack/tonetrack/tone"
)

func analyzer(tb testing.TB) *tone.Analyzer {
	tb.Helper()
	a, err := tone.New(tone.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// TestSeedStatements: in the seed story every statement of Kim Jong Un is
// more hostile than cooperative with a negative goldstein, and every
// statement of Biden and Kishida has a positive goldstein.
func TestSeedStatements(t *testing.T) {
	a := analyzer(t)
	f, err := os.Open("testdata/seed-statements.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var st struct{ Speaker, Text, Tone string }
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			t.Fatal(err)
		}
		n++
		s := a.Score(st.Text).Scores
		switch st.Speaker {
		case "Kim Jong Un":
			if s.Hostility <= s.Cooperation || s.Goldstein >= 0 {
				t.Errorf("Score(%q) = hostility %.3f, cooperation %.3f, goldstein %.2f; want hostility > cooperation, goldstein < 0",
					st.Text, s.Hostility, s.Cooperation, s.Goldstein)
			}
		default:
			if s.Goldstein <= 0 {
				t.Errorf("Score(%q).Goldstein = %.2f; want > 0", st.Text, s.Goldstein)
			}
		}
	}
	if n != 9 {
		t.Fatalf("read %d statements; want 9", n)
	}
}

// TestReadsLikeACarefulReader checks each rule on pairs of sentences: the
// first must score higher than the second on the dimension.
func TestReadsLikeACarefulReader(t *testing.T) {
	a := analyzer(t)
	data, err := os.ReadFile("testdata/rhetoric_pairs.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Name, Dimension, More, Less string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			m, ok1 := a.Score(c.More).Scores.Get(c.Dimension)
			l, ok2 := a.Score(c.Less).Scores.Get(c.Dimension)
			if !ok1 || !ok2 {
				t.Fatalf("unknown dimension %q", c.Dimension)
			}
			if m <= l {
				t.Errorf("Score(%q).%s = %.3f, Score(%q).%s = %.3f; want the first higher", c.More, c.Dimension, m, c.Less, c.Dimension, l)
			}
		})
	}
}

func TestEvidence(t *testing.T) {
	a := analyzer(t)
	r := a.Score("We have no intention of attacking anyone, but we will crush any invader.")
	for _, d := range []string{"valence", "bayes", "hostility", "cooperation", "intensity", "goldstein"} {
		if _, ok := r.Evidence.Lookup(d); !ok {
			t.Errorf("no evidence entry for %s", d)
		}
	}
	found := false
	for _, e := range r.Evidence.Terms("cooperation") {
		if e.Term == "no intention of … attacking" && e.Weight > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("cooperation evidence = %v; want the negated attack as reassurance", r.Evidence.Terms("cooperation"))
	}
	// "crush" (2.3 in the lexicon) follows "but": it counts more.
	crush := 0.0
	for _, e := range r.Evidence.Terms("hostility") {
		if e.Term == "crush" {
			crush = e.Weight
		}
	}
	if crush <= 2.3 {
		t.Errorf("hostility evidence = %v; want crush above its lexicon weight 2.3", r.Evidence.Terms("hostility"))
	}
}

func TestScoreRanges(t *testing.T) {
	a := analyzer(t)
	for _, text := range []string{"", "   ", "!!!", "WAR WAR WAR!!!", "no no no not never", "peace " + string(make([]byte, 0)),
		"The window is open ... open ... open", "\u00e9l\u00e8ve \u2019s", "but but but", ":) :( <3"} {
		checkRanges(t, text, a.Score(text).Scores)
	}
}

func checkRanges(tb testing.TB, text string, s tone.Scores) {
	tb.Helper()
	in := func(name string, v, lo, hi float64) {
		if math.IsNaN(v) || v < lo || v > hi {
			tb.Errorf("Score(%q).%s = %v; want in %v..%v", text, name, v, lo, hi)
		}
	}
	in("valence", s.Valence, -1, 1)
	in("bayes", s.Bayes, 0, 1)
	in("hostility", s.Hostility, 0, 1)
	in("cooperation", s.Cooperation, 0, 1)
	in("intensity", s.Intensity, 0, 1)
	in("goldstein", s.Goldstein, -10, 10)
	for k, v := range s.Extra {
		in(k, v, -1, 1)
	}
}

func FuzzScore(f *testing.F) {
	for _, s := range []string{"We have no intention of attacking.", "The window ... is open", "NOT good!!!", "without fail", ""} {
		f.Add(s)
	}
	a := analyzer(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := a.Score(text)
		checkRanges(t, text, r.Scores)
		if _, err := json.Marshal(r); err != nil {
			t.Errorf("Score(%q): marshal: %v", text, err)
		}
	})
}

// TestScoreConcurrent scores from several goroutines at once (run with
// -race): the Analyzer is shared, its scratch buffers (which hold the
// evidence until it is copied into the result) are not.
func TestScoreConcurrent(t *testing.T) {
	a := analyzer(t)
	sents, _ := benchSentences(t)
	want := make([]tone.Result, len(sents))
	for i, s := range sents {
		want[i] = a.Score(s)
	}
	done := make(chan error, 4)
	for g := range 4 {
		go func() {
			for i := range sents {
				j := (i + g*7) % len(sents)
				if got := a.Score(sents[j]); !reflect.DeepEqual(got, want[j]) {
					done <- fmt.Errorf("Score(%q) = %+v concurrently; want %+v", sents[j], got, want[j])
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestReversalEndsAtCopula: a reversal noun in the subject ("the release
// of ...") does not reverse what the copula says of it; a relative clause
// ("the war that was ...") stays in the reversal's scope.
func TestReversalEndsAtCopula(t *testing.T) {
	a := analyzer(t)
	s := a.Score("The ministry said the release of treated water was an irresponsible act.").Scores
	if s.Hostility <= 0 || s.Goldstein >= 0 {
		t.Errorf("release ... was an irresponsible act: hostility %.2f, goldstein %.2f; want hostile", s.Hostility, s.Goldstein)
	}
	s = a.Score("The army ended the war that was destroying the country.").Scores
	if s.Hostility != 0 || s.Goldstein <= 0 {
		t.Errorf("ended the war that was destroying: hostility %.2f, goldstein %.2f; want the war's end", s.Hostility, s.Goldstein)
	}
}
