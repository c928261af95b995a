package tone_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonetrack/tonetrack/tone"
)

// TestInvalidLexicons parses every testdata/lexicon/invalid-*.yaml; its
// first line says which error (with file and line) it must produce, from
// ParseLexicon or, for errors across files, from New.
func TestInvalidLexicons(t *testing.T) {
	files, err := filepath.Glob("testdata/lexicon/invalid-*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no invalid lexicons: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(data), "\n")
			want, ok := strings.CutPrefix(first, "# want: ")
			if !ok {
				t.Fatalf("%s: first line must be '# want: MESSAGE'", path)
			}
			l, err := tone.ParseLexicon(name, data)
			if err == nil {
				_, err = tone.New(tone.Options{Lexicons: []*tone.Lexicon{l}})
			}
			if err == nil {
				t.Fatalf("ParseLexicon and New accepted %s; want error %q", name, want)
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error = %q; want it to contain %q", err, want)
			}
			if !errors.Is(err, tone.ErrLexicon) {
				t.Errorf("error %q does not wrap ErrLexicon", err)
			}
		})
	}
}

func userAnalyzer(tb testing.TB) *tone.Analyzer {
	tb.Helper()
	data, err := os.ReadFile("testdata/lexicon/valid-user.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	l, err := tone.ParseLexicon("valid-user.yaml", data)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := tone.New(tone.Options{Lexicons: []*tone.Lexicon{l}})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func TestUserLexicon(t *testing.T) {
	a := userAnalyzer(t)
	wantDims := []string{"valence", "bayes", "hostility", "cooperation", "intensity", "goldstein", "sanctions_talk", "optimism"}
	if got := a.Dimensions(); strings.Join(got, ",") != strings.Join(wantDims, ",") {
		t.Errorf("Dimensions() = %v; want %v", got, wantDims)
	}
	base, err := tone.New(tone.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, dim string
		min             float64 // the user analyzer must score at least this
	}{
		{"new unipolar dimension", "The EU announced an asset freeze and new export controls.", "sanctions_talk", 0.5},
		{"new bipolar dimension", "The region has a bright future.", "optimism", 0.3},
		{"added hostility phrase", "They waged a scorched earth campaign.", "hostility", 0.5},
		{"added gapped phrase", "We will punish the traitors severely.", "hostility", 0.5},
		{"added cooperation term", "Both sides agreed on a hotline.", "cooperation", 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Score(tt.text)
			got, ok := r.Scores.Get(tt.dim)
			if !ok || got < tt.min {
				t.Errorf("Score(%q).%s = %v (known %v); want >= %v", tt.text, tt.dim, got, ok, tt.min)
			}
			if len(r.Evidence.Terms(tt.dim)) == 0 {
				t.Errorf("Score(%q): no evidence for %s", tt.text, tt.dim)
			}
			if b, _ := base.Score(tt.text).Scores.Get(tt.dim); tt.dim == "hostility" || tt.dim == "cooperation" {
				if b >= got {
					t.Errorf("Score(%q).%s = %v without the user lexicon, %v with it; want an increase", tt.text, tt.dim, b, got)
				}
			}
		})
	}
	// A negated unipolar user term counts nothing; a negated bipolar one flips.
	if r := a.Score("There will be no asset freeze."); r.Scores.Extra["sanctions_talk"] != 0 {
		t.Errorf("negated user term: sanctions_talk = %v; want 0", r.Scores.Extra["sanctions_talk"])
	}
	if r := a.Score("The region is not doomed."); r.Scores.Extra["optimism"] <= 0 {
		t.Errorf("negated bipolar user term: optimism = %v; want > 0", r.Scores.Extra["optimism"])
	}
	// A user negator: "no way" negates what follows.
	if r := a.Score("No way will we attack."); r.Scores.Hostility != 0 {
		t.Errorf("user negator: hostility = %v; want 0", r.Scores.Hostility)
	}
}

func TestScoresJSONExtra(t *testing.T) {
	a := userAnalyzer(t)
	r := a.Score("An asset freeze is coming.")
	b, err := json.Marshal(r.Scores)
	if err != nil {
		t.Fatal(err)
	}
	var flat map[string]float64
	if err := json.Unmarshal(b, &flat); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"valence", "bayes", "hostility", "cooperation", "intensity", "goldstein", "sanctions_talk", "optimism"} {
		if _, ok := flat[k]; !ok {
			t.Errorf("marshalled scores %s lack %q", b, k)
		}
	}
	var back tone.Scores
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Extra["sanctions_talk"] != r.Scores.Extra["sanctions_talk"] || back.Hostility != r.Scores.Hostility {
		t.Errorf("round trip: got %+v; want %+v", back, r.Scores)
	}
	// Without user dimensions the JSON holds exactly the six fixed names.
	base, err := tone.New(tone.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(base.Score("An asset freeze is coming.").Scores)
	if err != nil {
		t.Fatal(err)
	}
	clear(flat)
	if err := json.Unmarshal(b, &flat); err != nil {
		t.Fatal(err)
	}
	if len(flat) != 6 {
		t.Errorf("scores without user dimensions = %s; want the 6 fixed names", b)
	}
}

func TestDefaultLexicons(t *testing.T) {
	lexs, err := tone.DefaultLexicons()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range lexs {
		n += l.Terms()
	}
	if n < 7000 {
		t.Errorf("embedded lexicons hold %d terms; want the VADER list and more", n)
	}
}

func TestWeightsRoundTrip(t *testing.T) {
	w, err := tone.DefaultWeights()
	if err != nil {
		t.Fatal(err)
	}
	b, err := w.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	back, err := tone.ParseWeights(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := back.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(b2) {
		t.Errorf("weights do not survive a round trip:\n%s\n---\n%s", b, b2)
	}
	for _, bad := range []string{"valence\tcompound\t1\n", "tonetrack-weights 1\nvalence\tnope\t1\n", "tonetrack-weights 1\nword\tgood\tNaN\n", "tonetrack-weights 1\nfoo\tbar\t1\n"} {
		if _, err := tone.ParseWeights([]byte(bad)); !errors.Is(err, tone.ErrBadWeights) {
			t.Errorf("ParseWeights(%q) error = %v; want ErrBadWeights", bad, err)
		}
	}
}

// FuzzParseLexicon: any input parses or fails with ErrLexicon, never
// panics; what parses builds an Analyzer or fails with ErrLexicon.
func FuzzParseLexicon(f *testing.F) {
	files, _ := filepath.Glob("testdata/lexicon/*.yaml")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := tone.ParseLexicon("fuzz.yaml", data)
		if err != nil {
			if !errors.Is(err, tone.ErrLexicon) {
				t.Fatalf("ParseLexicon error %v does not wrap ErrLexicon", err)
			}
			return
		}
		a, err := tone.New(tone.Options{Lexicons: []*tone.Lexicon{l}, NoDefaultLexicons: true, Weights: &tone.Weights{}})
		if err != nil {
			if !errors.Is(err, tone.ErrLexicon) {
				t.Fatalf("New error %v does not wrap ErrLexicon", err)
			}
			return
		}
		r := a.Score("We will not attack, but the window is open!!")
		checkRanges(t, "fuzz", r.Scores)
	})
}
