package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonetrack/tonetrack/tone"
)

// TestFitWritesReproducibleWeights fits on small sets of the repo's own
// sentences (testdata/fit, same names as the dev sets) and checks the
// report, the weights file and that a second fit writes the same bytes.
func TestFitWritesReproducibleWeights(t *testing.T) {
	dir := t.TempDir()
	var outs [2][]byte
	for i := range outs {
		e, stdout, stderr := testEnv(t)
		out := filepath.Join(dir, "w"+string(rune('0'+i))+".txt")
		args := []string{"fit", "--data", "testdata/fit", "--out", out, "--validation", "0.3", "--min-count", "2"}
		if err := Run(t.Context(), e, args); err != nil {
			t.Fatalf("Run(%v) = %v; stderr:\n%s", args, err, stderr)
		}
		for _, set := range []string{"nyt_dev", "tweets", "movie_snippets", "amazon_snippets", "cameo_codebook_examples", "petrarch_unittest"} {
			if !strings.Contains(stdout.String(), set) {
				t.Errorf("report lacks %s:\n%s", set, stdout)
			}
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs[i] = b
		w, err := tone.ParseWeights(b)
		if err != nil {
			t.Fatalf("ParseWeights(written file) = %v", err)
		}
		if len(w.Valence) == 0 || len(w.Goldstein) == 0 || len(w.Meta) == 0 {
			t.Errorf("weights lack coefficients or meta: %+v", w)
		}
		// The fitted scorer must place conflict below cooperation on
		// sentences it was not fitted on.
		a, err := tone.New(tone.Options{Weights: w})
		if err != nil {
			t.Fatal(err)
		}
		conflict := a.Score("Soldiers attacked the village and burned the houses.").Scores
		coop := a.Score("The leaders signed a peace agreement and promised aid.").Scores
		if conflict.Goldstein >= 0 || coop.Goldstein <= 0 || conflict.Valence >= coop.Valence {
			t.Errorf("fitted scores: conflict %+v, cooperation %+v; want goldstein < 0 < goldstein and valence ordered", conflict, coop)
		}
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two fits on the same data wrote different weights")
	}
}

func TestFitErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no data", []string{"fit"}, "--data is required"},
		{"missing set", []string{"fit", "--data", t.TempDir()}, "nyt_dev.jsonl"},
		{"bad fraction", []string{"fit", "--data", "testdata/fit", "--validation", "1.5"}, "--validation 1.5"},
		{"bad rated weight", []string{"fit", "--data", "testdata/fit", "--rated-weight", "-1"}, "--rated-weight -1"},
		{"missing rated set", []string{"fit", "--data", "testdata/fit", "--rated", filepath.Join(t.TempDir(), "none.jsonl")}, "none.jsonl"},
		{"bad eval label", []string{"eval", "--data", "testdata/fit/tweets.jsonl", "--label", "mood"}, `--label "mood"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, _ := testEnv(t)
			err := Run(t.Context(), e, tt.args)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run(%v) = %v; want an error containing %q", tt.args, err, tt.want)
			}
		})
	}
	// A bad line names its file and line.
	dir := t.TempDir()
	for _, f := range []string{"nyt_dev.jsonl", "tweets.jsonl", "movie_snippets.jsonl", "amazon_snippets.jsonl", "cameo_codebook_examples.jsonl", "petrarch_unittest.jsonl"} {
		data, err := os.ReadFile(filepath.Join("testdata/fit", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "tweets.jsonl" {
			data = append(data, []byte("{not json\n")...)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e, _, _ := testEnv(t)
	err := Run(t.Context(), e, []string{"fit", "--data", dir})
	if err == nil || !strings.Contains(err.Error(), "tweets.jsonl:20:") {
		t.Errorf("fit on a bad line = %v; want tweets.jsonl:20:", err)
	}
}
