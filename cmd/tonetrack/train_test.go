package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeLabelled writes n labelled reviews built from two small vocabularies
// as JSON Lines (gzip-compressed when the name ends in .gz), the label
// written in the given styles in turn.
func writeLabelled(t *testing.T, name string, n int, labels [2]string) string {
	t.Helper()
	pos := []string{"good", "great", "fine", "lovely", "superb", "moving"}
	neg := []string{"bad", "awful", "poor", "dreadful", "dire", "boring"}
	shared := []string{"the film", "this story", "the cast", "the ending", "it"}
	var b bytes.Buffer
	for i := range n {
		v, label := pos, labels[0]
		if i%2 == 1 {
			v, label = neg, labels[1]
		}
		text := fmt.Sprintf("%s was %s and %s.", shared[i%5], v[i%6], v[(i/2+1)%6])
		fmt.Fprintf(&b, "{\"id\":\"%d\",\"text\":%q,\"label\":%s}\n", i, text, label)
	}
	data := b.Bytes()
	if strings.HasSuffix(name, ".gz") {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(data)
		zw.Close()
		data = z.Bytes()
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTrainThenScore(t *testing.T) {
	data := writeLabelled(t, "train.jsonl.gz", 300, [2]string{"1", "0"})
	dir := t.TempDir()
	out1, out2 := filepath.Join(dir, "m1.ttnb"), filepath.Join(dir, "m2.ttnb")
	stdout, _, err := runCmd(t, "", "train", "--data", data, "--out", out1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout, "trained on 300 documents (150 positive)") || !strings.Contains(stdout, "held out 30 documents") {
		t.Errorf("train said %q", stdout)
	}
	// The same data gives the same bytes; labels may be written as words.
	words := writeLabelled(t, "train.jsonl.gz", 300, [2]string{`"pos"`, `"negative"`})
	if _, _, err := runCmd(t, "", "train", "--data", words, "--out", out2); err != nil {
		t.Fatal(err)
	}
	b1, _ := os.ReadFile(out1)
	b2, _ := os.ReadFile(out2)
	if len(b1) == 0 || !bytes.Equal(b1, b2) {
		t.Errorf("two trainings on the same data: %d and %d bytes, equal=%v", len(b1), len(b2), bytes.Equal(b1, b2))
	}
	stdout, _, err = runCmd(t, "the plot was superb and lovely\nthe plot was dreadful and dire\n", "score", "--model", out1)
	if err != nil {
		t.Fatal(err)
	}
	got := decodeScoreLines(t, stdout)
	if len(got) != 2 || !(got[0].Scores["bayes"] > 0.5 && got[1].Scores["bayes"] < 0.5) {
		t.Errorf("scores with the trained model: %s", stdout)
	}
	// Options reach the trainer.
	if _, _, err := runCmd(t, "", "train", "--data", data, "--out", out2, "--no-bigrams", "--max-features", "10"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out2); len(b) >= len(b1) {
		t.Errorf("10-feature model is %d bytes, the full one %d", len(b), len(b1))
	}
}

func TestTrainErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		return p
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no data", []string{"train"}, "--data FILE is required"},
		{"missing file", []string{"train", "--data", filepath.Join(dir, "nope.jsonl")}, "nope.jsonl"},
		{"bad label", []string{"train", "--data", write("l.jsonl", "{\"text\":\"a\",\"label\":1}\n{\"text\":\"b\",\"label\":3}\n")}, "l.jsonl:2: label 3"},
		{"no label", []string{"train", "--data", write("n.jsonl", "{\"text\":\"a\"}\n")}, `n.jsonl:1: no "label" field`},
		{"no text", []string{"train", "--data", write("t.jsonl", "{\"label\":1}\n")}, `t.jsonl:1: no "text" field`},
		{"bad json", []string{"train", "--data", write("j.jsonl", "\n\n{oops\n")}, "j.jsonl:3:"},
		{"one class", []string{"train", "--data", write("o.jsonl", "{\"text\":\"a\",\"label\":1}\n")}, "both classes"},
		{"bad alpha", []string{"train", "--data", write("a.jsonl", ""), "--alpha", "-1"}, "alpha"},
		{"bad out", []string{"train", "--data", writeLabelled(t, "ok.jsonl", 40, [2]string{"true", "false"}), "--out", filepath.Join(dir, "no", "such", "dir", "m")}, "no/such/dir"},
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
