package exporter

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"

	"github.com/tonetrack/tonetrack/dashboards"
	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/track"
)

var update = flag.Bool("update", false, "rewrite testdata/metrics.golden")

// now is the fixed clock of every test tracker.
var now = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// rig is an exporter over a tracker, fed the way the pipeline feeds them.
type rig struct {
	reg *prometheus.Registry
	tr  *track.Tracker
	ex  *Exporter
}

func newRig(tb testing.TB, max int) *rig {
	tb.Helper()
	reg := prometheus.NewPedanticRegistry()
	if _, ok := tb.(*testing.B); ok {
		reg = prometheus.NewRegistry() // what serve uses; pedantic checks cost more than the scrape
	}
	tr := track.New(track.Options{Clock: func() time.Time { return now }})
	ex, err := New(reg, tr, Options{MaxSpeakers: max, Version: "v1.2.3"})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return &rig{reg: reg, tr: tr, ex: ex}
}

func (r *rig) add(speaker string, ago time.Duration, v, h, c, i, g float64) extract.Statement {
	st := extract.Statement{
		Speaker: speaker,
		Text:    fmt.Sprintf("%s said %v %v %v %v %v %v", speaker, ago, v, h, c, i, g),
		Time:    now.Add(-ago),
		Scores:  tone.Scores{Valence: v, Hostility: h, Cooperation: c, Intensity: i, Goldstein: g},
	}
	st.ID = extract.ID(st.Speaker, st.Text)
	r.tr.Observe(st.Speaker, st.Time, st.Scores)
	r.ex.Added(st)
	return st
}

func TestCollector(t *testing.T) {
	r := newRig(t, 0)
	// Alice: one statement in the last hour, one two hours ago.
	r.add("Alice", 30*time.Minute, 0.5, 0.25, 0.75, 0.5, 4)
	r.add("Alice", 2*time.Hour, -0.5, 0.75, 0.25, 1, -6)
	// Bob: a flat week at valence 0, then three statements today at 0.5,
	// so his valence shift is 0.5 over the floor 0.1.
	for d := 2; d <= 6; d++ {
		r.add("Bob", time.Duration(d)*24*time.Hour, 0, 0, 0, 0, 0)
	}
	for h := 1; h <= 3; h++ {
		r.add("Bob", time.Duration(h)*time.Hour+time.Minute, 0.5, 0, 0, 0, 0)
	}
	want := `
# HELP tone_last_statement_timestamp_seconds Unix time of the speaker's latest statement (statement time).
# TYPE tone_last_statement_timestamp_seconds gauge
tone_last_statement_timestamp_seconds{speaker="Alice"} 1.7959518e+09
tone_last_statement_timestamp_seconds{speaker="Bob"} 1.79594994e+09
# HELP tone_score_last Score of the speaker's latest statement (in statement time), by dimension.
# TYPE tone_score_last gauge
tone_score_last{dimension="cooperation",speaker="Alice"} 0.75
tone_score_last{dimension="goldstein",speaker="Alice"} 4
tone_score_last{dimension="hostility",speaker="Alice"} 0.25
tone_score_last{dimension="intensity",speaker="Alice"} 0.5
tone_score_last{dimension="valence",speaker="Alice"} 0.5
tone_score_last{dimension="cooperation",speaker="Bob"} 0
tone_score_last{dimension="goldstein",speaker="Bob"} 0
tone_score_last{dimension="hostility",speaker="Bob"} 0
tone_score_last{dimension="intensity",speaker="Bob"} 0
tone_score_last{dimension="valence",speaker="Bob"} 0.5
# HELP tone_statements_total Statements stored, by speaker (rebuilt from the store on start).
# TYPE tone_statements_total counter
tone_statements_total{speaker="Alice"} 2
tone_statements_total{speaker="Bob"} 8
`
	if err := testutil.CollectAndCompare(r.reg, strings.NewReader(want),
		"tone_statements_total", "tone_score_last", "tone_last_statement_timestamp_seconds"); err != nil {
		t.Error(err)
	}

	wantMean := `
# HELP tone_score_mean Mean score of the speaker's statements within the window before now (in statement time), by dimension.
# TYPE tone_score_mean gauge
tone_score_mean{dimension="cooperation",speaker="Alice",window="1h"} 0.75
tone_score_mean{dimension="cooperation",speaker="Alice",window="24h"} 0.5
tone_score_mean{dimension="cooperation",speaker="Alice",window="7d"} 0.5
tone_score_mean{dimension="goldstein",speaker="Alice",window="1h"} 4
tone_score_mean{dimension="goldstein",speaker="Alice",window="24h"} -1
tone_score_mean{dimension="goldstein",speaker="Alice",window="7d"} -1
tone_score_mean{dimension="hostility",speaker="Alice",window="1h"} 0.25
tone_score_mean{dimension="hostility",speaker="Alice",window="24h"} 0.5
tone_score_mean{dimension="hostility",speaker="Alice",window="7d"} 0.5
tone_score_mean{dimension="intensity",speaker="Alice",window="1h"} 0.5
tone_score_mean{dimension="intensity",speaker="Alice",window="24h"} 0.75
tone_score_mean{dimension="intensity",speaker="Alice",window="7d"} 0.75
tone_score_mean{dimension="valence",speaker="Alice",window="1h"} 0.5
tone_score_mean{dimension="valence",speaker="Alice",window="24h"} 0
tone_score_mean{dimension="valence",speaker="Alice",window="7d"} 0
tone_score_mean{dimension="cooperation",speaker="Bob",window="24h"} 0
tone_score_mean{dimension="cooperation",speaker="Bob",window="7d"} 0
tone_score_mean{dimension="goldstein",speaker="Bob",window="24h"} 0
tone_score_mean{dimension="goldstein",speaker="Bob",window="7d"} 0
tone_score_mean{dimension="hostility",speaker="Bob",window="24h"} 0
tone_score_mean{dimension="hostility",speaker="Bob",window="7d"} 0
tone_score_mean{dimension="intensity",speaker="Bob",window="24h"} 0
tone_score_mean{dimension="intensity",speaker="Bob",window="7d"} 0
tone_score_mean{dimension="valence",speaker="Bob",window="24h"} 0.5
tone_score_mean{dimension="valence",speaker="Bob",window="7d"} 0.1875
# HELP tone_score_shift How far the speaker's last 24h stand from their previous 7 days, by dimension (see tone/track).
# TYPE tone_score_shift gauge
tone_score_shift{dimension="cooperation",speaker="Bob"} 0
tone_score_shift{dimension="goldstein",speaker="Bob"} 0
tone_score_shift{dimension="hostility",speaker="Bob"} 0
tone_score_shift{dimension="intensity",speaker="Bob"} 0
tone_score_shift{dimension="valence",speaker="Bob"} 5
`
	if err := testutil.CollectAndCompare(r.reg, strings.NewReader(wantMean), "tone_score_mean", "tone_score_shift"); err != nil {
		t.Error(err)
	}
}

func TestFoldOther(t *testing.T) {
	r := newRig(t, 2)
	// Histogram admission is first come: Carol and Bob take the two slots.
	r.add("Carol", 3*time.Hour, 0.5, 0, 0, 0, 0)
	r.add("Bob", 3*time.Hour, 0, 0, 0, 0, 0)
	for range 3 {
		r.add("Alice", 2*time.Hour, -0.5, 0.5, 0, 0, -4)
	}
	r.add("Bob", time.Hour, 0, 0, 0, 0, 0)
	r.add("Dave", 90*time.Minute, 0.25, 0, 0, 0, 2)
	// Before any scrape Alice and Dave went to "other" in the histogram.
	if got := testutil.ToFloat64(histCount(t, r, "other", "valence")); got != 4 {
		t.Errorf("tone_score_count{speaker=other} before scrape = %v; want 4", got)
	}

	// At the scrape Alice (3) and Bob (2) are the most active; Carol (1,
	// 3h ago) and Dave (1, 90m ago) fold into "other".
	want := `
# HELP tone_statements_total Statements stored, by speaker (rebuilt from the store on start).
# TYPE tone_statements_total counter
tone_statements_total{speaker="Alice"} 3
tone_statements_total{speaker="Bob"} 2
tone_statements_total{speaker="other"} 2
# HELP tone_last_statement_timestamp_seconds Unix time of the speaker's latest statement (statement time).
# TYPE tone_last_statement_timestamp_seconds gauge
tone_last_statement_timestamp_seconds{speaker="Alice"} 1.7959464e+09
tone_last_statement_timestamp_seconds{speaker="Bob"} 1.79595e+09
tone_last_statement_timestamp_seconds{speaker="other"} 1.7959482e+09
`
	if err := testutil.CollectAndCompare(r.reg, strings.NewReader(want),
		"tone_statements_total", "tone_last_statement_timestamp_seconds"); err != nil {
		t.Error(err)
	}
	// other's last scores are Dave's (the latest), its means weight
	// Carol's 0.5 and Dave's 0.25 by one statement each, and it has no
	// shift.
	st := series(t, r, "tone_score_last", "other", "valence")
	if st == nil || st.GetGauge().GetValue() != 0.25 {
		t.Errorf("tone_score_last{speaker=other,dimension=valence} = %v; want 0.25", st)
	}
	st = series(t, r, "tone_score_mean", "other", "valence", "24h")
	if st == nil || st.GetGauge().GetValue() != 0.375 {
		t.Errorf("tone_score_mean{speaker=other,dimension=valence,window=24h} = %v; want 0.375", st)
	}
	if n := testutil.CollectAndCount(r.reg, "tone_score_shift"); n != 0 {
		t.Errorf("tone_score_shift series = %d; want 0", n)
	}

	// The scrape re-ranked: Carol's histogram series are gone, Alice has
	// her own from now on, and "other" kept what it had.
	if s := series(t, r, "tone_score", "Carol", "valence"); s != nil {
		t.Errorf("tone_score{speaker=Carol} still exported after folding: %v", s)
	}
	r.add("Alice", time.Minute, 0, 0, 0, 0, 0)
	r.add("Carol", time.Minute, 0, 0, 0, 0, 0)
	if got := testutil.ToFloat64(histCount(t, r, "Alice", "valence")); got != 1 {
		t.Errorf("tone_score_count{speaker=Alice} = %v; want 1", got)
	}
	if got := testutil.ToFloat64(histCount(t, r, "other", "valence")); got != 5 {
		t.Errorf("tone_score_count{speaker=other} = %v; want 5", got)
	}
	if n := testutil.CollectAndCount(r.reg, "tone_score"); n != 3*len(tone.Tracked) {
		t.Errorf("tone_score series = %d; want %d (Alice, Bob, other)", n, 3*len(tone.Tracked))
	}
}

// histCount returns the count of one tone_score series as a gauge-like
// collector for testutil.ToFloat64.
func histCount(tb testing.TB, r *rig, speaker, dim string) prometheus.Collector {
	tb.Helper()
	m := series(tb, r, "tone_score", speaker, dim)
	if m == nil {
		tb.Fatalf("no tone_score{speaker=%q,dimension=%q}", speaker, dim)
	}
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "c", Help: "c"}, func() float64 {
		return float64(m.GetHistogram().GetSampleCount())
	})
}

// series gathers r and returns the sample of name with the given speaker,
// dimension and (optionally) window, or nil.
func series(tb testing.TB, r *rig, name, speaker, dim string, window ...string) *dto.Metric {
	tb.Helper()
	mfs, err := r.reg.Gather()
	if err != nil {
		tb.Fatalf("Gather: %v", err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			want := map[string]string{"speaker": speaker, "dimension": dim}
			if len(window) > 0 {
				want["window"] = window[0]
			}
			for _, lp := range m.GetLabel() {
				if v, ok := want[lp.GetName()]; ok && v != lp.GetValue() {
					continue next
				}
			}
			return m
		}
	}
	return nil
}

func TestExemplar(t *testing.T) {
	r := newRig(t, 0)
	st := r.add("Alice", time.Minute, 0.35, 0, 0, 0, -7)
	for _, tc := range []struct {
		dim string
		v   float64
		le  float64
	}{
		{"valence", 0.35, 0.4},
		{"goldstein", -7, -6},
		{"hostility", 0, 0},
	} {
		m := series(t, r, "tone_score", "Alice", tc.dim)
		if m == nil {
			t.Fatalf("no tone_score{dimension=%q}", tc.dim)
		}
		var found bool
		for _, b := range m.GetHistogram().GetBucket() {
			ex := b.GetExemplar()
			if ex == nil {
				continue
			}
			found = true
			if b.GetUpperBound() != tc.le || ex.GetValue() != tc.v {
				t.Errorf("%s: exemplar %v in bucket le=%v; want value %v in le=%v", tc.dim, ex.GetValue(), b.GetUpperBound(), tc.v, tc.le)
			}
			if len(ex.GetLabel()) != 1 || ex.GetLabel()[0].GetName() != "statement_id" || ex.GetLabel()[0].GetValue() != st.ID {
				t.Errorf("%s: exemplar labels %v; want statement_id=%q", tc.dim, ex.GetLabel(), st.ID)
			}
		}
		if !found {
			t.Errorf("%s: no exemplar on tone_score", tc.dim)
		}
	}
}

func TestConcurrentFolding(t *testing.T) {
	const max = 5
	r := newRig(t, max)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 300 {
				r.add(fmt.Sprintf("S%02d", (i*7+w)%40), time.Duration(i)*time.Minute, 0.1, 0.2, 0.3, 0.4, 1)
			}
		})
	}
	wg.Go(func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			if _, err := r.reg.Gather(); err != nil {
				t.Errorf("Gather: %v", err)
				return
			}
		}
	})
	time.Sleep(50 * time.Millisecond)
	close(done)
	wg.Wait()
	// Speaker labels stay bounded: at most max speakers plus "other".
	if n := testutil.CollectAndCount(r.reg, "tone_score"); n > (max+1)*len(tone.Tracked) {
		t.Errorf("tone_score series = %d; want at most %d", n, (max+1)*len(tone.Tracked))
	}
	if n := testutil.CollectAndCount(r.reg, "tone_statements_total"); n != max+1 {
		t.Errorf("tone_statements_total series = %d; want %d", n, max+1)
	}
	var total float64
	mfs, _ := r.reg.Gather()
	for _, mf := range mfs {
		if mf.GetName() == "tone_statements_total" {
			for _, m := range mf.GetMetric() {
				total += m.GetCounter().GetValue()
			}
		}
	}
	if total != 4*300 {
		t.Errorf("sum of tone_statements_total = %v; want %d", total, 4*300)
	}
}

func TestLongIDNoExemplar(t *testing.T) {
	r := newRig(t, 0)
	// client_golang refuses exemplars over 128 runes; such an id is
	// observed without one rather than panicking.
	st := extract.Statement{ID: strings.Repeat("x", 120), Speaker: "Alice", Time: now, Scores: tone.Scores{Valence: 0.5}}
	r.tr.Observe(st.Speaker, st.Time, st.Scores)
	r.ex.Added(st)
	m := series(t, r, "tone_score", "Alice", "valence")
	if m == nil || m.GetHistogram().GetSampleCount() != 1 {
		t.Fatalf("tone_score{speaker=Alice,dimension=valence} = %v; want one observation", m)
	}
	for _, b := range m.GetHistogram().GetBucket() {
		if b.GetExemplar() != nil {
			t.Errorf("bucket le=%v has exemplar %v; want none for a 120-rune id", b.GetUpperBound(), b.GetExemplar())
		}
	}
}

func TestEvents(t *testing.T) {
	r := newRig(t, 0)
	r.ex.Duplicate(3)
	r.ex.Duplicate(0)
	r.ex.Rejected(ReasonInvalidUTF8)
	r.ex.Rejected(ReasonInvalidUTF8)
	r.ex.Rejected("feed_parse")
	r.ex.ScoreDuration(3 * time.Millisecond)
	want := `
# HELP tone_duplicates_total Statements received whose id was already stored (replays, repeats, redeliveries).
# TYPE tone_duplicates_total counter
tone_duplicates_total 3
# HELP tone_ingest_rejected_total Ingest requests or items rejected as bad input, by reason.
# TYPE tone_ingest_rejected_total counter
tone_ingest_rejected_total{reason="feed_parse"} 1
tone_ingest_rejected_total{reason="invalid_field"} 0
tone_ingest_rejected_total{reason="invalid_utf8"} 2
tone_ingest_rejected_total{reason="malformed"} 0
tone_ingest_rejected_total{reason="media_type"} 0
tone_ingest_rejected_total{reason="missing_field"} 0
tone_ingest_rejected_total{reason="too_large"} 0
tone_ingest_rejected_total{reason="unknown_field"} 0
`
	if err := testutil.CollectAndCompare(r.reg, strings.NewReader(want), "tone_duplicates_total", "tone_ingest_rejected_total"); err != nil {
		t.Error(err)
	}
	if n := testutil.CollectAndCount(r.reg, "tone_score_duration_seconds"); n != 1 {
		t.Errorf("tone_score_duration_seconds series = %d; want 1", n)
	}
	m := series(t, r, "tone_build_info", "", "")
	if m == nil {
		t.Fatal("no tone_build_info")
	}
	labels := map[string]string{}
	for _, lp := range m.GetLabel() {
		labels[lp.GetName()] = lp.GetValue()
	}
	if labels["version"] != "v1.2.3" || labels["goversion"] != runtime.Version() || labels["revision"] == "" {
		t.Errorf("tone_build_info labels = %v; want version v1.2.3, goversion %s, a revision", labels, runtime.Version())
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(nil, nil, Options{}); err == nil {
		t.Error("New(nil registerer) succeeded; want an error")
	}
	if _, err := New(prometheus.NewRegistry(), nil, Options{MaxSpeakers: -1}); err == nil {
		t.Error("New(MaxSpeakers -1) succeeded; want an error")
	}
	reg := prometheus.NewRegistry()
	if _, err := New(reg, track.New(track.Options{}), Options{}); err != nil {
		t.Fatalf("New: %v", err)
	}
	_, err := New(reg, track.New(track.Options{}), Options{})
	if err == nil || !strings.Contains(err.Error(), "one Exporter per registry") {
		t.Errorf("second New on one registry: %v; want an already-registered error", err)
	}
}

// fixture fills r with a few speakers over a week, the state the golden
// exposition is taken from.
func fixture(r *rig) {
	speakers := []string{"Kim Jong Un", "Ministry of Foreign Affairs", `Spokesperson "Lee"`}
	for i, sp := range speakers {
		for d := range 8 {
			f := float64((d+i)%5) / 4
			r.add(sp, time.Duration(d*20+i)*time.Hour+5*time.Minute, f-0.5, f, 1-f, f/2, 8*f-4)
		}
	}
	r.ex.Duplicate(2)
	r.ex.Rejected(ReasonMalformed)
	r.ex.ScoreDuration(250 * time.Microsecond)
}

func TestGoldenMetrics(t *testing.T) {
	r := newRig(t, 0)
	fixture(r)
	if problems, err := testutil.GatherAndLint(r.reg); err != nil || len(problems) > 0 {
		t.Errorf("GatherAndLint: %v %v", problems, err)
	}
	for _, name := range []string{"tone_score", "tone_score_mean", "tone_statements_total"} {
		if problems, err := testutil.CollectAndLint(r.reg, name); err != nil || len(problems) > 0 {
			t.Errorf("CollectAndLint(%s): %v %v", name, problems, err)
		}
	}
	mfs, err := r.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := expfmt.NewEncoder(&buf, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, mf := range mfs {
		if err := enc.Encode(mf); err != nil {
			t.Fatal(err)
		}
	}
	got := strings.ReplaceAll(buf.String(), `goversion="`+runtime.Version()+`"`, `goversion="GOVERSION"`)
	golden := filepath.Join("testdata", "metrics.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("exposition differs from %s (go test -update rewrites it):\n%s", golden, firstDiff(got, string(want)))
	}
	promtoolCheck(t, golden)
}

// promtoolCheck runs the real `promtool check metrics` (found or built by
// dashboards.Tool) on file; it never skips.
func promtoolCheck(tb testing.TB, file string) {
	tb.Helper()
	in, err := os.Open(file)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	if err := dashboards.CheckMetrics(context.Background(), in); err != nil {
		tb.Errorf("%s: %v", file, err)
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, x, y)
		}
	}
	return ""
}

// BenchmarkScrape gathers and encodes the whole exposition at 1,000
// speakers, each with a week of statements: what one Prometheus scrape of
// tonetrack costs.
func BenchmarkScrape(b *testing.B) {
	r := newRig(b, 0)
	for s := range 1000 {
		sp := fmt.Sprintf("Speaker %04d", s)
		for k := range 12 {
			f := float64((s+k)%9) / 8
			r.add(sp, time.Duration(k*13+s%7)*time.Hour, 2*f-1, f, 1-f, f, 20*f-10)
		}
	}
	var size int64
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		mfs, err := r.reg.Gather()
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		enc := expfmt.NewEncoder(&buf, expfmt.NewFormat(expfmt.TypeOpenMetrics))
		for _, mf := range mfs {
			if err := enc.Encode(mf); err != nil {
				b.Fatal(err)
			}
		}
		size = int64(buf.Len())
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	b.SetBytes(size)
}

// BenchmarkAdded is the exporter's share of ingesting one statement (five
// histogram observations with an exemplar), over 1,000 speakers.
func BenchmarkAdded(b *testing.B) {
	r := newRig(b, 0)
	sts := make([]extract.Statement, 1000)
	for i := range sts {
		sts[i] = extract.Statement{ID: fmt.Sprintf("%024x", i), Speaker: fmt.Sprintf("Speaker %04d", i), Time: now,
			Scores: tone.Scores{Valence: 0.3, Hostility: 0.1, Cooperation: 0.6, Intensity: 0.2, Goldstein: 3}}
	}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		r.ex.Added(sts[i%len(sts)])
		i++
	}
}
