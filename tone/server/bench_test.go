package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
)

// BenchmarkMetrics1000Speakers serves /metrics as Prometheus asks for it
// (OpenMetrics, gzip) with 1,000 speakers, each with a week of statements.
func BenchmarkMetrics1000Speakers(b *testing.B) {
	for _, enc := range []string{"gzip", "identity"} {
		b.Run(enc, func(b *testing.B) {
			e := newEnv(b)
			h := e.handler
			now := time.Now().UTC()
			var batch []extract.Statement
			for s := range 1000 {
				for k := range 12 {
					f := float64((s+k)%9) / 8
					batch = append(batch, extract.Statement{
						Speaker: fmt.Sprintf("Speaker %04d", s),
						Text:    fmt.Sprintf("statement %d of speaker %d", k, s),
						Time:    now.Add(-time.Duration(k*13+s%7) * time.Hour),
						Scores:  tone.Scores{Valence: 2*f - 1, Bayes: f, Hostility: f, Cooperation: 1 - f, Intensity: f, Goldstein: 20*f - 10},
					})
				}
			}
			if _, err := e.pipeline.Add(b.Context(), batch); err != nil {
				b.Fatal(err)
			}
			req := httptest.NewRequest("GET", "/metrics", nil)
			req.Header.Set("Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5")
			req.Header.Set("Accept-Encoding", enc)
			var size int
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET /metrics = %d", rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
			b.SetBytes(int64(size))
			b.ReportMetric(float64(size), "bytes/scrape")
		})
	}
}

// BenchmarkExplorer renders / over 20,000 statements by 200 speakers.
func BenchmarkExplorer(b *testing.B) {
	e := newEnv(b)
	now := time.Now().UTC()
	var batch []extract.Statement
	for i := range 20000 {
		f := float64(i%9) / 8
		batch = append(batch, extract.Statement{
			Speaker:  fmt.Sprintf("Speaker %03d", i%200),
			Text:     fmt.Sprintf("We welcome dialogue but condemn the provocation number %d.", i),
			Time:     now.Add(-time.Duration(i) * time.Minute),
			Scores:   tone.Scores{Valence: 2*f - 1, Bayes: f, Hostility: f, Cooperation: 1 - f, Intensity: f, Goldstein: 20*f - 10},
			Evidence: tone.NewEvidence(map[string][]tone.Term{"hostility": {{Term: "condemn", Weight: 1.5}, {Term: "provocation", Weight: 1.8}}, "cooperation": {{Term: "welcome", Weight: 1.8}}}),
		})
	}
	if _, err := e.pipeline.Add(b.Context(), batch); err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"/", "/?speaker=Speaker+007&from=now-7d"} {
		b.Run(q, func(b *testing.B) {
			req := httptest.NewRequest("GET", q, nil)
			var size int
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				rec := httptest.NewRecorder()
				e.handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", q, rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
			b.SetBytes(int64(size))
		})
	}
}
