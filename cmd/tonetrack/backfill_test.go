package main

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/dashboards"
	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
)

func testEnv(tb testing.TB) (*env, *bytes.Buffer, *bytes.Buffer) {
	tb.Helper()
	var out, errb bytes.Buffer
	return &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		log: slog.New(slog.NewTextHandler(&errb, nil))}, &out, &errb
}

// TestBackfillLoadsIntoPromtool writes two days of statements, backfills
// them and loads the result with the real promtool.
func TestBackfillLoadsIntoPromtool(t *testing.T) {
	// The same look-up as the dashboards' tests: $TONETRACK_PROMTOOL, $PATH,
	// else built once from the pinned Prometheus module. Never skipped.
	promtool, err := dashboards.Tool(t.Context(), "promtool")
	if err != nil {
		t.Fatalf("promtool: %v", err)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	s, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().Add(-48 * time.Hour).Truncate(time.Hour)
	var sts []extract.Statement
	for i := range 96 {
		sp := []string{"Jane \"JJ\" Smith", "Li Wei"}[i%2]
		text := fmt.Sprintf("Statement %d.", i)
		sts = append(sts, extract.Statement{ID: extract.ID(sp, text), Speaker: sp, Text: text,
			Time:   start.Add(time.Duration(i) * 30 * time.Minute),
			Scores: tone.Scores{Valence: 0.5, Hostility: 0.25, Cooperation: 0.75, Intensity: 0.5, Goldstein: 2}})
	}
	if _, err := s.Add(t.Context(), sts); err != nil {
		t.Fatal(err)
	}
	s.Close()

	out := filepath.Join(dir, "backfill.om")
	e, _, errb := testEnv(t)
	if err := Run(t.Context(), e, []string{"backfill", "--db", db, "--out", out, "--step", "5m"}); err != nil {
		t.Fatalf("backfill: %v\n%s", err, errb)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(data, []byte("# EOF\n")) {
		t.Fatalf("backfill output does not end in # EOF")
	}
	for _, want := range []string{
		"# TYPE tone_statements counter\n",
		`tone_score_mean{speaker="Jane \"JJ\" Smith",dimension="cooperation",window="24h"} 0.75 `,
		`tone_statements_total{speaker="Li Wei"} 48 `,
		"# TYPE tone_score histogram\n",
		`tone_score_bucket{speaker="Li Wei",dimension="cooperation",le="0.7"} 0 `,
		`tone_score_bucket{speaker="Li Wei",dimension="cooperation",le="0.8"} 48 `,
		`tone_score_sum{speaker="Li Wei",dimension="goldstein"} 96 `,
	} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("backfill output lacks %q", want)
		}
	}

	// --speaker keeps one speaker's series.
	one := filepath.Join(dir, "one.om")
	if err := Run(t.Context(), e, []string{"backfill", "--db", db, "--out", one, "--speaker", "Li Wei"}); err != nil {
		t.Fatalf("backfill --speaker: %v\n%s", err, errb)
	}
	if b, _ := os.ReadFile(one); !bytes.Contains(b, []byte(`speaker="Li Wei"`)) || bytes.Contains(b, []byte("Smith")) {
		t.Errorf("backfill --speaker 'Li Wei' output has the wrong speakers")
	}

	tsdb := filepath.Join(dir, "tsdb")
	cmd := exec.CommandContext(t.Context(), promtool, "tsdb", "create-blocks-from", "openmetrics", "--max-block-duration=24h", out, tsdb)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("promtool tsdb create-blocks-from openmetrics: %v\n%s", err, b)
	}
	// promtool 2.42's dump opens the data directory like a server: it wants a wal.
	if err := os.MkdirAll(filepath.Join(tsdb, "wal"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd = exec.CommandContext(t.Context(), promtool, "tsdb", "dump", "--match", `tone_score_count{speaker="Li Wei",dimension="valence"}`, tsdb)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("promtool tsdb dump: %v\n%s", err, b)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	// 5-minute samples from the first statement (47 to 48 hours ago) to now.
	if len(lines) < 47*12 || !strings.Contains(lines[len(lines)-1], " 48 ") {
		t.Errorf("promtool tsdb dump gave %d samples, last %q; want >= %d ending at 48", len(lines), lines[len(lines)-1], 47*12)
	}
}

func TestBackfillErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no out", []string{"--db", filepath.Join(dir, "x.db")}, "--out is required"},
		{"missing db", []string{"--db", filepath.Join(dir, "missing.db"), "--out", "-"}, "--db"},
		{"bad step", []string{"--out", "-", "--step", "1ms"}, "--step"},
		{"bad from", []string{"--out", "-", "--from", "yesterday"}, "--from"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, _ := testEnv(t)
			err := Run(t.Context(), e, append([]string{"backfill"}, tt.args...))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("backfill %v = %v; want an error about %s", tt.args, err, tt.want)
			}
		})
	}
}
