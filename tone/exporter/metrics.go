package exporter

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone"
)

// ScoreBuckets are the upper bounds of the tone_score histogram's buckets
// (+Inf added), per dimension, each over the dimension's own range: the
// 0..1 dimensions in tenths, valence and goldstein with a neutral band
// around 0 (-0.05..0.05 and -0.5..0.5) so that neutral statements are told
// apart from negative ones. The top of each range is left to +Inf, which
// holds the same count, to keep the exposition small.
var ScoreBuckets = map[string][]float64{
	tone.DimValence:     {-0.8, -0.6, -0.4, -0.2, -0.05, 0.05, 0.2, 0.4, 0.6, 0.8},
	tone.DimHostility:   unitBuckets,
	tone.DimCooperation: unitBuckets,
	tone.DimIntensity:   unitBuckets,
	tone.DimGoldstein:   {-8, -6, -4, -2, -0.5, 0.5, 2, 4, 6, 8},
}

var unitBuckets = []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}

// DurationBuckets are the upper bounds of tone_score_duration_seconds: 10µs
// to about 2.6s, a factor of 4 apart.
var DurationBuckets = prometheus.ExponentialBuckets(10e-6, 4, 10)

// Reasons for tone_ingest_rejected_total that tonetrack's HTTP API uses.
// Their series exist from the start at zero so that rate() and alerts see
// them; other parts may count further reasons with Rejected.
const (
	ReasonMalformed    = "malformed"     // not parseable JSON, JSON Lines or article
	ReasonMissingField = "missing_field" // no speaker or no text
	ReasonInvalidField = "invalid_field" // a field of the wrong form (time, id, ...)
	ReasonUnknownField = "unknown_field" // a field that is not part of the format
	ReasonInvalidUTF8  = "invalid_utf8"  // bytes that are not UTF-8
	ReasonTooLarge     = "too_large"     // body or statement over its limit
	ReasonMediaType    = "media_type"    // a Content-Type the endpoint does not read
)

// Reasons lists the predeclared rejection reasons.
var Reasons = []string{
	ReasonMalformed, ReasonMissingField, ReasonInvalidField, ReasonUnknownField,
	ReasonInvalidUTF8, ReasonTooLarge, ReasonMediaType,
}

// metrics is the direct instrumentation: events the pipeline causes.
type metrics struct {
	score      map[string]*prometheus.HistogramVec // by dimension
	duplicates prometheus.Counter
	rejected   *prometheus.CounterVec
	duration   prometheus.Histogram
	buildInfo  *prometheus.GaugeVec
	bounds     map[string][]float64 // tone_score buckets by dimension, as registered
}

func newMetrics(reg prometheus.Registerer, version string) (*metrics, error) {
	m := &metrics{
		score:  make(map[string]*prometheus.HistogramVec, len(tone.Tracked)),
		bounds: make(map[string][]float64, len(tone.Tracked)),
		duplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "tone_duplicates_total",
			Help: "Statements received whose id was already stored (replays, repeats, redeliveries).",
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tone_ingest_rejected_total",
			Help: "Ingest requests or items rejected as bad input, by reason.",
		}, []string{"reason"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "tone_score_duration_seconds",
			Help:    "Time spent scoring one statement (statements that arrive scored are not timed).",
			Buckets: DurationBuckets,
		}),
		buildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "tone_build_info",
			Help: "A constant 1 labelled with the version, VCS revision and Go version of this tonetrack.",
		}, []string{"version", "revision", "goversion"}),
	}
	cs := []prometheus.Collector{m.duplicates, m.rejected, m.duration, m.buildInfo}
	// One vector per dimension, each with its own buckets; the dimension
	// is a constant label, so together they are one metric family.
	for _, dim := range tone.Tracked {
		m.bounds[dim] = slices.Clone(ScoreBuckets[dim])
		if len(m.bounds[dim]) == 0 {
			m.bounds[dim] = prometheus.DefBuckets // what client_golang would use
		}
		v := prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:        "tone_score",
			Help:        "Scores of stored statements by speaker and dimension (exemplar: statement_id).",
			Buckets:     m.bounds[dim],
			ConstLabels: prometheus.Labels{"dimension": dim},
		}, []string{"speaker"})
		m.score[dim] = v
		cs = append(cs, v)
	}
	for _, r := range Reasons {
		m.rejected.WithLabelValues(r)
	}
	m.buildInfo.WithLabelValues(version, revision(), runtime.Version()).Set(1)
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				return nil, fmt.Errorf("register tone metrics: %w (one Exporter per registry)", err)
			}
			return nil, fmt.Errorf("register tone metrics: %w", err)
		}
	}
	return m, nil
}

// revision is the VCS revision the binary was built from, or "unknown".
func revision() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "unknown"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}
