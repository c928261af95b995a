package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// BenchmarkRebuild1MWithExporter is what "tonetrack serve" does on start
// over a store of 1,000,000 statements of 1,000 speakers: replay into the
// tracker and the exporter's metrics. It needs the store that
// BenchmarkRebuild1M builds (TONETRACK_BENCH_DB or the temporary default).
func BenchmarkRebuild1MWithExporter(b *testing.B) {
	path := os.Getenv("TONETRACK_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), "tonetrack-bench-1m.db")
	}
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no benchmark store at %s: run BenchmarkRebuild1M first", path)
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	b.ReportAllocs()
	var tr *track.Tracker
	var ru0 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for b.Loop() {
		reg := prometheus.NewRegistry()
		tr = track.New(track.Options{})
		exp, err := exporter.New(reg, tr, exporter.Options{MaxSpeakers: 500})
		if err != nil {
			b.Fatal(err)
		}
		p, err := pipeline.New(pipeline.Options{Store: st, Tracker: tr, Observer: exp})
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Rebuild(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(tr)
}
