package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalLabels(t *testing.T) {
	data := writeLabelled(t, "test.jsonl.gz", 40, [2]string{"1", "0"})
	stdout, _, err := runCmd(t, "", "eval", "--data", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"40 items (label)", "ACCURACY", "AUC", "* bayes"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, stdout)
		}
	}
	one, _, err := runCmd(t, "", "eval", "--data", data, "--workers", "1")
	if err != nil || one != stdout {
		t.Errorf("--workers 1 gave %q, %v; want the same report", one, err)
	}
	stdout, _, err = runCmd(t, "", "eval", "--data", data, "--json", "--dimension", "valence")
	if err != nil {
		t.Fatal(err)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("--json output %q: %v", stdout, err)
	}
	if rep.Kind != kindLabel || rep.Used != 40 || len(rep.Rows) != len(evalDims) {
		t.Fatalf("report %+v", rep)
	}
	for _, r := range rep.Rows {
		if r.Selected != (r.Dimension == "valence") {
			t.Errorf("row %s selected=%v", r.Dimension, r.Selected)
		}
		if r.Dimension == "bayes" {
			// The embedded IMDB model knows these review words.
			if r.AUC == nil || *r.AUC < 0.9 || r.Accuracy == nil || *r.Accuracy < 0.8 {
				t.Errorf("bayes on plain review words: %+v", r)
			}
		}
	}
}

func TestEvalRatingsAndGoldstein(t *testing.T) {
	ratings := writeFile(t, "r.jsonl", `{"text":"A wonderful, brilliant success.","rating":3.2}
{"text":"A terrible, shameful disaster.","rating":-3.1}
{"text":"The meeting is on Tuesday.","rating":0.1}
{"text":"Good work, well done.","rating":2.0}
{"text":"An awful, cruel attack.","rating":-2.7}
`)
	stdout, _, err := runCmd(t, "", "eval", "--data", ratings, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Kind != kindRating || rep.Used != 5 {
		t.Fatalf("report %+v", rep)
	}
	for _, r := range rep.Rows {
		if r.Dimension == "bayes" && (r.Pearson == nil || *r.Pearson < 0.5 || r.SignAcc == nil) {
			t.Errorf("bayes row %+v; want a positive correlation and a sign accuracy", r)
		}
	}
	gold := writeFile(t, "g.jsonl", `{"text":"The army shelled the city and killed civilians.","goldstein":-10}
{"text":"The two countries signed a peace agreement.","goldstein":7.4}
{"text":"Officials made a statement.","goldstein":0}
{"text":"No event here.","goldstein":null}
{"text":"They threatened to invade.","goldstein":-7}
{"text":"They agreed to cooperate and provided aid.","goldstein":7}
`)
	stdout, _, err = runCmd(t, "", "eval", "--data", gold)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"5 items (goldstein), 1 skipped", "hostility-cooperation", "* goldstein", "AUC", "PEARSON"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no data", []string{"eval"}, "--data FILE is required"},
		{"bad dimension", []string{"eval", "--data", "x", "--dimension", "anger"}, `--dimension "anger"`},
		{"no label field", []string{"eval", "--data", writeFile(t, "a.jsonl", `{"text":"a","score":1}`+"\n")}, `a.jsonl:1: no "label", "rating" or "goldstein"`},
		{"mixed kinds", []string{"eval", "--data", writeFile(t, "b.jsonl", `{"text":"a","label":1}`+"\n"+`{"text":"b","rating":2}`+"\n")}, `b.jsonl:2: no "label" field`},
		{"rating not a number", []string{"eval", "--data", writeFile(t, "c.jsonl", `{"text":"a","rating":"high"}`+"\n")}, `c.jsonl:1: field "rating": want a number`},
		{"no text", []string{"eval", "--data", writeFile(t, "d.jsonl", `{"label":1}`+"\n")}, `d.jsonl:1: no "text"`},
		{"empty", []string{"eval", "--data", writeFile(t, "e.jsonl", "\n")}, "no labelled items"},
		{"no workers", []string{"eval", "--data", "x", "--workers", "0"}, "--workers 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%v = %v; want an error with %q", tt.args, err, tt.want)
			}
		})
	}
}

func TestEvalBatches(t *testing.T) {
	n := 2*evalBatch + 3
	data := writeLabelled(t, "many.jsonl", n, [2]string{"1", "0"})
	par, _, err := runCmd(t, "", "eval", "--data", data, "--json", "--workers", "3")
	if err != nil {
		t.Fatal(err)
	}
	seq, _, err := runCmd(t, "", "eval", "--data", data, "--json", "--workers", "1")
	if err != nil {
		t.Fatal(err)
	}
	if par != seq {
		t.Errorf("3 workers and 1 differ:\n%s\n%s", par, seq)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(par), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Used != n {
		t.Errorf("used %d items; want %d", rep.Used, n)
	}
}
