package exporter_test

import (
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/track"
)

// The pipeline tells the tracker and the exporter about each stored
// statement; a scrape then reads both.
func ExampleNew() {
	reg := prometheus.NewRegistry()
	tr := track.New(track.Options{})
	ex, err := exporter.New(reg, tr, exporter.Options{Version: "v1.0.0"})
	if err != nil {
		panic(err)
	}
	st := extract.Statement{
		ID: "3f2a9c", Speaker: "Anna Berg", Time: time.Now(),
		Text:   "We welcome the agreement.",
		Scores: tone.Scores{Valence: 0.6, Cooperation: 0.8, Goldstein: 5},
	}
	tr.Observe(st.Speaker, st.Time, st.Scores)
	ex.Added(st)

	mfs, err := reg.Gather()
	if err != nil {
		panic(err)
	}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			switch mf.GetName() {
			case "tone_statements_total":
				fmt.Println(mf.GetName(), m.GetLabel()[0].GetValue(), m.GetCounter().GetValue())
			case "tone_score_last":
				fmt.Println(mf.GetName(), m.GetLabel()[0].GetValue(), m.GetGauge().GetValue())
			}
		}
	}
	// Output:
	// tone_score_last cooperation 0.8
	// tone_score_last goldstein 5
	// tone_score_last hostility 0
	// tone_score_last intensity 0
	// tone_score_last valence 0.6
	// tone_statements_total Anna Berg 1
}
