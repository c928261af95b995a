package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonetrack/tonetrack/tone/store"
)

// TestIngestStore loads statements and an article into a store, reports each
// bad line as FILE:LINE, and counts a second run as duplicates.
func TestIngestStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	jsonl := filepath.Join("testdata", "ingest", "statements.jsonl")
	article := filepath.Join("testdata", "ingest", "article.txt")

	e, out, errb := testEnv(t)
	err := Run(t.Context(), e, []string{"ingest", "--db", db, jsonl, article})
	if !errors.Is(err, errPartial) {
		t.Fatalf("ingest = %v; want errPartial for the bad lines\n%s", err, errb)
	}
	for _, want := range []string{
		jsonl + ":3: invalid statement",
		jsonl + ":4: speaker: missing",
		jsonl + `:5: invalid statement: json: unknown field "colour"`,
	} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb)
		}
	}
	if n := strings.Count(errb.String(), "tonetrack ingest: "); n != 3 {
		t.Errorf("stderr has %d problems; want 3:\n%s", n, errb)
	}
	// Lines 1, 2, 8 and the article's statement; line 7 is line 1 again.
	if !strings.Contains(out.String(), "3 rejected") || !strings.Contains(out.String(), "1 duplicates") {
		t.Errorf("summary = %q; want 3 rejected, 1 duplicates", out)
	}
	st, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := st.Count(t.Context())
	sts, _, err := st.List(t.Context(), store.Query{Speaker: "Jane Smith"})
	if err != nil {
		t.Fatal(err)
	}
	fromArticle := 0
	for _, s := range sts {
		if strings.Contains(s.Text, "sovereignty") {
			fromArticle++
		}
	}
	if fromArticle != 1 || n != 4 {
		t.Errorf("stored %d statements, %d from the article; want 4, 1", n, fromArticle)
	}
	got, err := st.Get(t.Context(), "wire-7")
	if err != nil || got.Time.Hour() != 8 || got.Scores.Valence <= 0 {
		t.Errorf("Get(wire-7) = %+v, %v; want the given id, time in UTC and a positive valence", got, err)
	}
	st.Close()

	// Again: everything is a duplicate.
	e, out, _ = testEnv(t)
	if err := Run(t.Context(), e, []string{"ingest", "--db", db, "--progress", "never", jsonl, article}); !errors.Is(err, errPartial) {
		t.Fatalf("second ingest = %v; want errPartial", err)
	}
	if !strings.Contains(out.String(), "0 statements added, 5 duplicates") {
		t.Errorf("second summary = %q; want 0 added, 5 duplicates", out)
	}
}

func TestIngestDirectoryAndStdin(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	sub := filepath.Join(dir, "in", "nested")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(sub, "a.jsonl"), []byte(`{"speaker":"A","text":"One."}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(sub, "notes.md"), []byte("ignored"), 0o644)
	e, out, errb := testEnv(t)
	e.stdin = strings.NewReader(`{"speaker":"B","text":"Two."}` + "\n" + `{"speaker":"C","text":"Three."}`)
	if err := Run(t.Context(), e, []string{"ingest", "--db", db, "--batch", "1", filepath.Join(dir, "in"), "-"}); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb)
	}
	if !strings.Contains(out.String(), "3 statements added") {
		t.Errorf("summary = %q; want 3 statements added", out)
	}
}

func TestIngestFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--db", "x.db", "--server", "http://127.0.0.1:1"},
		{"--server", "ftp://x"},
		{"--batch", "0"},
		{"--progress", "sometimes"},
		{"--db", filepath.Join(t.TempDir(), "x.db"), "no-such-file.jsonl"},
	} {
		e, _, _ := testEnv(t)
		if err := Run(t.Context(), e, append([]string{"ingest"}, args...)); err == nil || errors.Is(err, errPartial) {
			t.Errorf("ingest %v = %v; want a usage error", args, err)
		}
	}
}

func TestIngestProgressBar(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	e, _, errb := testEnv(t)
	e.stdin = strings.NewReader(`{"speaker":"A","text":"One."}` + "\n")
	if err := Run(t.Context(), e, []string{"ingest", "--db", db, "--progress", "always"}); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb)
	}
	if !strings.Contains(errb.String(), "ingest") {
		t.Errorf("--progress always drew nothing on stderr: %q", errb)
	}
	// auto on a buffer (not a terminal) draws nothing.
	e, _, errb = testEnv(t)
	e.stdin = strings.NewReader(`{"speaker":"A","text":"Two."}` + "\n")
	if err := Run(t.Context(), e, []string{"ingest", "--db", db}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errb.String(), "ingest") {
		t.Errorf("--progress auto drew on a non-terminal: %q", errb)
	}
}
