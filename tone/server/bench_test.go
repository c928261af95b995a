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
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET /metrics = %d", rec.Code)
				}
				size = rec.Body.Len()
			}
			b.SetBytes(int64(size))
			b.ReportMetric(float64(size), "bytes/scrape")
		})
	}
}
