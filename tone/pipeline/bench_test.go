package pipeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

var benchWords = []string{"we", "will", "not", "accept", "the", "terms", "of", "this", "agreement", "peace",
	"talks", "must", "continue", "aggression", "condemn", "partners", "cooperate", "never", "threat", "security",
	"sovereignty", "respond", "firmly", "welcome", "progress", "sanctions", "dialogue", "border", "troops", "trade"}

// benchStatements makes n distinct statements of nSpeakers speakers over the
// last span, scored or not.
func benchStatements(rng *rand.Rand, n, nSpeakers int, span time.Duration, end time.Time, scored bool, seq int) []extract.Statement {
	out := make([]extract.Statement, n)
	for i := range out {
		sp := fmt.Sprintf("Speaker %04d", rng.IntN(nSpeakers))
		text := fmt.Sprintf("Statement %d:", seq+i)
		for range 12 {
			text += " " + benchWords[rng.IntN(len(benchWords))]
		}
		st := extract.Statement{
			Speaker: sp, Text: text, Kind: extract.Direct, Source: "bench",
			Time: end.Add(-time.Duration(rng.Int64N(int64(span)))),
		}
		if scored {
			st.ID = extract.ID(sp, text)
			st.Scores = tone.Scores{Valence: rng.Float64()*2 - 1, Bayes: rng.Float64(), Hostility: rng.Float64(),
				Cooperation: rng.Float64(), Intensity: rng.Float64(), Goldstein: rng.Float64()*20 - 10}
			st.Evidence = tone.NewEvidence(map[string][]tone.Term{tone.DimValence: {{Term: "peace", Weight: 0.3}}})
		}
		out[i] = st
	}
	return out
}

// benchmarkAdd measures Pipeline.Add with persistence (a store on disk,
// synchronous=FULL) in batches of 1,000.
func benchmarkAdd(b *testing.B, scored bool) {
	dir := b.TempDir()
	st, err := store.Open(b.Context(), filepath.Join(dir, "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	an, err := analyzer()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Options{Store: st, Tracker: track.New(track.Options{}), Analyzer: an})
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const batch = 1000
	// Fixtures outside the timed loop: enough distinct batches.
	var batches [][]extract.Statement
	var bytes int64
	for i := range 20 {
		bt := benchStatements(rng, batch, 1000, 7*24*time.Hour, time.Now(), scored, i*batch)
		batches = append(batches, bt)
	}
	for _, s := range batches[0] {
		bytes += int64(len(s.Speaker) + len(s.Text))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		bt := batches[i%len(batches)]
		if i >= len(batches) {
			// Fresh ids so every batch is new work, not duplicates.
			b.StopTimer()
			bt = benchStatements(rng, batch, 1000, 7*24*time.Hour, time.Now(), scored, i*batch)
			b.StartTimer()
		}
		res, err := p.Add(context.Background(), bt)
		if err != nil {
			b.Fatal(err)
		}
		if res.Added != batch {
			b.Fatalf("added %d of %d", res.Added, batch)
		}
		i++
	}
	b.ReportMetric(float64(i*batch)/b.Elapsed().Seconds(), "statements/s")
	// CPU time per statement (user+system, all threads): a figure that a
	// busy machine's other processes do not inflate as much as wall time.
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(i*batch), "cpu-µs/statement")
}

// cpuTime returns the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAddPersist is ingest with persistence of statements that come
// scored (tonetrack extract output, NATS, ingest of scored files).
func BenchmarkAddPersist(b *testing.B) { benchmarkAdd(b, true) }

// BenchmarkAddScoreAndPersist includes scoring each statement.
func BenchmarkAddScoreAndPersist(b *testing.B) { benchmarkAdd(b, false) }

// BenchmarkRebuild1M measures rebuilding 1,000 speakers' series from a store
// of 1,000,000 statements over 30 days, and the heap the tracker keeps. The
// store is built once (about a minute) and kept in TONETRACK_BENCH_DB, or a
// temporary directory.
func BenchmarkRebuild1M(b *testing.B) {
	path := os.Getenv("TONETRACK_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), "tonetrack-bench-1m.db")
	}
	st := benchStore(b, path, 1_000_000, 1000)
	defer st.Close()
	b.ReportAllocs()
	var tr *track.Tracker
	cpu0 := cpuTime()
	for b.Loop() {
		tr = track.New(track.Options{})
		p, err := New(Options{Store: st, Tracker: tr})
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Rebuild(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	if tr.Len() != 1000 {
		b.Fatalf("tracker has %d speakers; want 1000", tr.Len())
	}
	// Heap held with the tracker alive, after a collection.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(tr.Snapshot())), "speakers")
	runtime.KeepAlive(tr)
}

// benchStore opens path, filling it with n statements of nSpeakers speakers
// over the last 30 days if it holds fewer.
func benchStore(b *testing.B, path string, n, nSpeakers int) *store.Store {
	b.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	have, err := st.Count(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if have >= int64(n) {
		return st
	}
	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Now()
	end := time.Now()
	for i := int(have); i < n; i += 1000 {
		bt := benchStatements(rng, min(1000, n-i), nSpeakers, 30*24*time.Hour, end, true, i)
		if _, err := st.Add(context.Background(), bt); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("built %s with %d statements in %s", path, n, time.Since(start).Round(time.Second))
	return st
}
