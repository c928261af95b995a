package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	err = Run(t.Context(), e, args)
	return out.String(), errb.String(), err
}

// extractLine is what scripts read from tonetrack extract.
type extractLine struct {
	ID       string          `json:"id"`
	Speaker  string          `json:"speaker"`
	Text     string          `json:"text"`
	Kind     string          `json:"kind"`
	Via      string          `json:"via"`
	Title    string          `json:"title"`
	URL      string          `json:"url"`
	Time     *time.Time      `json:"time"`
	Source   string          `json:"source"`
	Scores   json.RawMessage `json:"scores"`
	Evidence json.RawMessage `json:"evidence"`
}

func decodeLines(t *testing.T, s string) []extractLine {
	t.Helper()
	var out []extractLine
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l == "" {
			continue
		}
		var x extractLine
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&x); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		out = append(out, x)
	}
	return out
}

func TestExtractCommand(t *testing.T) {
	out, errs, err := runCmd(t, "", "extract", "testdata/extract/article.json")
	if err != nil {
		t.Fatalf("extract: %v (stderr %s)", err, errs)
	}
	lines := decodeLines(t, out)
	if len(lines) != 2 {
		t.Fatalf("got %d statements; want 2 (the repeated quote once):\n%s", len(lines), out)
	}
	k := lines[0]
	if k.Speaker != "Fumio Kishida" || k.Kind != "direct" || k.Text != "We are ready to talk at any time" {
		t.Errorf("first = %+v", k)
	}
	if k.Title != "Leaders trade words over talks" || k.URL != "https://news.example/talks" || k.Source != "news.example" ||
		k.Time == nil || !k.Time.Equal(time.Date(2024, 3, 7, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("article fields not carried: %+v", k)
	}
	if k.Scores == nil || len(k.Evidence) == 0 || k.ID == "" {
		t.Errorf("missing id, scores or evidence: %s", out)
	}
	if lines[1].Speaker != "Kim Jong Un" || lines[1].Kind != "indirect" || lines[1].Text != "the country must be ready for war" {
		t.Errorf("second = %+v", lines[1])
	}

	// the same words score as tonetrack score scores them
	sout, serrs, err := runCmd(t, k.Text+"\n", "score")
	if err != nil {
		t.Fatalf("score: %v %s", err, serrs)
	}
	var scored struct {
		Scores   json.RawMessage `json:"scores"`
		Evidence json.RawMessage `json:"evidence"`
	}
	if err := json.Unmarshal([]byte(sout), &scored); err != nil {
		t.Fatalf("score output %q: %v", sout, err)
	}
	var ks tone.Scores
	if err := json.Unmarshal(k.Scores, &ks); err != nil {
		t.Fatalf("scores %s: %v", k.Scores, err)
	}
	if !bytes.Equal(scored.Scores, k.Scores) || !bytes.Equal(scored.Evidence, k.Evidence) {
		t.Errorf("extract scores %s %s; score gives %s %s", k.Scores, k.Evidence, scored.Scores, scored.Evidence)
	}
}

func TestExtractStdinAndAliases(t *testing.T) {
	in := "Title line\nKim Jong Un said the enemy would be destroyed.\n"
	out, errs, err := runCmd(t, in, "extract", "--aliases", "testdata/extract/aliases.yaml")
	if err != nil {
		t.Fatalf("extract: %v %s", err, errs)
	}
	lines := decodeLines(t, out)
	if len(lines) != 1 || lines[0].Speaker != "Comrade Director Kim" || lines[0].Time != nil || lines[0].Title != "Title line" {
		t.Fatalf("got %s", out)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"bad alias field", []string{"extract", "--aliases", "testdata/extract/bad-aliases.yaml", "testdata/extract/article.json"}, "bad-aliases.yaml: yaml: unmarshal errors:\n  line 3: field nicknames not found"},
		{"missing alias file", []string{"extract", "--aliases", "testdata/extract/nope.yaml"}, "nope.yaml"},
		{"bad type", []string{"extract", "--type", "pdf"}, `--type "pdf"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runCmd(t, "", tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v; want it to contain %q", err, tc.want)
			}
		})
	}
	// a bad file among good ones: the good one is still extracted, the bad
	// one named on stderr, and the exit is partial
	out, errs, err := runCmd(t, "", "extract", "testdata/extract/missing.txt", "testdata/extract/article.json")
	if !errors.Is(err, errPartial) || !strings.Contains(errs, "missing.txt") || len(decodeLines(t, out)) != 2 {
		t.Errorf("err = %v, stderr %q, out %q", err, errs, out)
	}
	_, errs, err = runCmd(t, `{"title":"no text"}`, "extract")
	if !errors.Is(err, errPartial) || !strings.Contains(errs, `missing field "text"`) {
		t.Errorf("err = %v, stderr %q", err, errs)
	}
}
