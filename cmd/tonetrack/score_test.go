package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// scoreOut is what scripts read from tonetrack score.
type scoreOut struct {
	ID       string                       `json:"id"`
	Text     string                       `json:"text"`
	Scores   map[string]float64           `json:"scores"`
	Evidence map[string][]json.RawMessage `json:"evidence"`
}

func decodeScoreLines(t *testing.T, s string) []scoreOut {
	t.Helper()
	var out []scoreOut
	for i, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if line == "" {
			continue
		}
		var o scoreOut
		if err := json.Unmarshal([]byte(line), &o); err != nil {
			t.Fatalf("output line %d %q: %v", i+1, line, err)
		}
		out = append(out, o)
	}
	return out
}

func TestScoreJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","speaker":"Jane Doe","time":"2024-05-01T10:00:00Z","text":"A wonderful, moving and brilliant film.","meta":{"k":[1,2.50,"x"]}}`,
		`The worst, most boring film I have ever seen.`,
		``,
		`{"id":"bad" "text":"no comma"}`,
		`{"id":"c"}`,
		`{"id":"d","text":42}`,
		`  {"text":"Old scores are replaced.","scores":{"bayes":7},"evidence":{}}`,
		`{"text":"trailing"} junk`,
		`last line without newline`,
	}, "\n")
	stdout, stderr, err := runCmd(t, in, "score")
	if !errors.Is(err, errPartial) {
		t.Fatalf("score = %v; want errPartial", err)
	}
	for _, want := range []string{"<stdin>:4: invalid JSON", `<stdin>:5: no "text" field`, `<stdin>:6: field "text": not a string`, "<stdin>:8: invalid JSON: data after the object"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	if n := strings.Count(stderr, "\n"); n != 4 {
		t.Errorf("stderr has %d lines; want 4:\n%s", n, stderr)
	}
	got := decodeScoreLines(t, stdout)
	if len(got) != 4 {
		t.Fatalf("%d output lines; want 4:\n%s", len(got), stdout)
	}
	// Fields pass through unchanged and in order, scores and evidence last.
	first := strings.SplitN(stdout, "\n", 2)[0]
	wantPrefix := `{"id":"a","speaker":"Jane Doe","time":"2024-05-01T10:00:00Z","text":"A wonderful, moving and brilliant film.","meta":{"k":[1,2.50,"x"]},"scores":{`
	if !strings.HasPrefix(first, wantPrefix) {
		t.Errorf("first line %q\nwant prefix %q", first, wantPrefix)
	}
	if got[1].Text != "The worst, most boring film I have ever seen." || got[3].Text != "last line without newline" {
		t.Errorf("plain lines came out as %q and %q", got[1].Text, got[3].Text)
	}
	if got[2].Scores["bayes"] > 1 || strings.Contains(stdout, `"bayes":7`) || strings.Contains(stdout, `"evidence":{}`) {
		t.Errorf("old scores not replaced: %s", strings.Split(stdout, "\n")[2])
	}
	for i, o := range got {
		p, ok := o.Scores["bayes"]
		if !ok || p < 0 || p > 1 {
			t.Errorf("line %d: scores %v; want bayes in 0..1", i, o.Scores)
		}
		for _, dim := range []string{"valence", "hostility", "cooperation", "intensity", "goldstein"} {
			if _, ok := o.Scores[dim]; !ok {
				t.Errorf("line %d: scores %v lack %s", i, o.Scores, dim)
			}
		}
		if _, ok := o.Evidence["bayes"]; !ok {
			t.Errorf("line %d: no bayes evidence", i)
		}
	}
	if !(got[0].Scores["bayes"] > 0.5 && got[1].Scores["bayes"] < 0.5) {
		t.Errorf("bayes %v for praise, %v for a pan; want > 0.5 and < 0.5", got[0].Scores["bayes"], got[1].Scores["bayes"])
	}
}

func TestScoreFiles(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(plain, []byte("{\"id\":\"1\",\"text\":\"We welcome the agreement.\"}\n{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gz := filepath.Join(dir, "b.jsonl.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("{\"id\":\"2\",\"text\":\"We reject the threats.\"}\n"))
	zw.Close()
	if err := os.WriteFile(gz, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.jsonl")
	stdout, stderr, err := runCmd(t, "\xef\xbb\xbffrom stdin\n", "score", plain, missing, gz, "-")
	if !errors.Is(err, errPartial) {
		t.Fatalf("score = %v; want errPartial", err)
	}
	if !strings.Contains(stderr, plain+":2: invalid JSON") || !strings.Contains(stderr, missing) {
		t.Errorf("stderr %q; want %s:2 and the missing file named", stderr, plain)
	}
	got := decodeScoreLines(t, stdout)
	if len(got) != 3 || got[0].ID != "1" || got[1].ID != "2" || got[2].Text != "from stdin" {
		t.Errorf("output %+v; want ids 1, 2 then the stdin line", got)
	}
	// All good: no error.
	if _, _, err := runCmd(t, "", "score", gz); err != nil {
		t.Errorf("score of a good file = %v", err)
	}
}

func TestScoreTable(t *testing.T) {
	in := "{\"text\":\"Talks were constructive and both sides welcomed the progress.\"}\nWe will never accept this provocation, and the reply will be merciless.\n"
	stdout, _, err := runCmd(t, in, "score", "--format", "table")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("table has %d lines; want a header and 2 rows:\n%s", len(lines), stdout)
	}
	for _, col := range []string{"LINE", "BAYES", "VALENCE", "HOSTILITY", "COOPERATION", "INTENSITY", "GOLDSTEIN", "TEXT"} {
		if !strings.Contains(lines[0], col) {
			t.Errorf("header %q lacks %s", lines[0], col)
		}
	}
	// Aligned: the text starts in the same column on every line.
	col := strings.Index(lines[0], "TEXT")
	if !strings.HasPrefix(lines[1][col:], "Talks were") || !strings.HasPrefix(lines[2][col:], "We will never") {
		t.Errorf("text column not aligned at %d:\n%s", col, stdout)
	}
}

func TestScoreFlagErrors(t *testing.T) {
	if _, _, err := runCmd(t, "", "score", "--format", "xml"); err == nil || !strings.Contains(err.Error(), "jsonl or table") {
		t.Errorf("score --format xml = %v; want an error naming the formats", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.ttnb")
	os.WriteFile(bad, []byte("not a model"), 0o644)
	if _, _, err := runCmd(t, "x\n", "score", "--model", bad); err == nil || !strings.Contains(err.Error(), "bad.ttnb") {
		t.Errorf("score --model bad = %v; want an error naming the file", err)
	}
}

func TestParseScoreLine(t *testing.T) {
	tests := []struct {
		line, text, err string
		fields          int
	}{
		{line: `{"text":"a","b":null}`, text: "a", fields: 2},
		{line: `plain words`, text: "plain words", fields: 1},
		{line: "plain words \t\r", text: "plain words", fields: 1},
		{line: `{"text":"x","text2":"y"}`, text: "x", fields: 2},
		{line: `{"text":null}`, err: "not a string"},
		{line: `{"text":"a"`, err: "invalid JSON"},
		{line: `{}`, err: `no "text" field`},
		{line: "caf\xe9", err: "UTF-8"},
	}
	for _, tt := range tests {
		rec, err := parseScoreLine([]byte(tt.line))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("parseScoreLine(%q) error = %v; want %q", tt.line, err, tt.err)
			}
			continue
		}
		if err != nil || rec.text != tt.text || len(rec.fields) != tt.fields {
			t.Errorf("parseScoreLine(%q) = %q, %d fields, %v; want %q, %d fields", tt.line, rec.text, len(rec.fields), err, tt.text, tt.fields)
		}
	}
}

func TestScoreWorkersKeepOrder(t *testing.T) {
	var in strings.Builder
	for i := range 300 {
		if i%37 == 5 {
			fmt.Fprintf(&in, "{broken %d\n", i)
			continue
		}
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"Statement number %d: we %s the proposal.\"}\n", i, i, []string{"welcome", "reject", "consider"}[i%3])
	}
	stdout, stderr, err := runCmd(t, in.String(), "score", "--workers", "4")
	if !errors.Is(err, errPartial) {
		t.Fatalf("score = %v; want errPartial", err)
	}
	got := decodeScoreLines(t, stdout)
	want := 0
	for _, o := range got {
		if want%37 == 5 {
			want++
		}
		if o.ID != fmt.Sprint(want) {
			t.Fatalf("output id %s; want %d (order lost)", o.ID, want)
		}
		want++
	}
	if want != 300 {
		t.Errorf("%d lines out; want all good ones of 300", len(got))
	}
	// Problems are reported in input order too.
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for k, l := range lines {
		if wantLoc := fmt.Sprintf("<stdin>:%d:", 37*k+5+1); !strings.Contains(l, wantLoc) {
			t.Errorf("stderr line %d %q; want %s", k, l, wantLoc)
		}
	}
	// One worker gives the same bytes.
	one, _, _ := runCmd(t, in.String(), "score", "--workers", "1")
	if one != stdout {
		t.Error("--workers 1 and --workers 4 differ")
	}
	if _, _, err := runCmd(t, "", "score", "--workers", "0"); err == nil {
		t.Error("--workers 0: no error")
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n < len(p) {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestScoreWriteError(t *testing.T) {
	var in strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&in, "line %d of a long input\n", i)
	}
	var errb bytes.Buffer
	e := &env{stdin: strings.NewReader(in.String()), stdout: &failWriter{n: 1000}, stderr: &errb, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	err := Run(t.Context(), e, []string{"score", "--workers", "2"})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("score to a failing output = %v; want the write error", err)
	}
}
