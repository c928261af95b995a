package exporter

import (
	"cmp"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/track"
)

var (
	descStatements = prometheus.NewDesc("tone_statements_total",
		"Statements stored, by speaker (rebuilt from the store on start).",
		[]string{"speaker"}, nil)
	descLast = prometheus.NewDesc("tone_score_last",
		"Score of the speaker's latest statement (in statement time), by dimension.",
		[]string{"speaker", "dimension"}, nil)
	descMean = prometheus.NewDesc("tone_score_mean",
		"Mean score of the speaker's statements within the window before now (in statement time), by dimension.",
		[]string{"speaker", "dimension", "window"}, nil)
	descShift = prometheus.NewDesc("tone_score_shift",
		"How far the speaker's last 24h stand from their previous 7 days, by dimension (see tone/track).",
		[]string{"speaker", "dimension"}, nil)
	descLastTime = prometheus.NewDesc("tone_last_statement_timestamp_seconds",
		"Unix time of the speaker's latest statement (statement time).",
		[]string{"speaker"}, nil)
)

// collector mirrors the tracker's per-speaker state at scrape time.
type collector struct {
	e *Exporter
}

// Describe sends the descriptors of the metrics collector emits.
func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descStatements, descLast, descMean, descShift, descLastTime} {
		ch <- d
	}
}

// Collect sends one fresh set of metrics built from tracker.Snapshot.
//
// It sends each metric's series in the order the registry sorts them
// (dimension, then speaker, then window), which makes that sort, a large
// part of a scrape at a thousand speakers, cheap.
func (c *collector) Collect(ch chan<- prometheus.Metric) {
	states := c.e.tr.Snapshot()
	n := c.e.fold(states)
	folded := n < len(states)
	if folded {
		other := aggregate(states[n:])
		states = states[:n]
		slices.SortFunc(states, func(a, b track.SpeakerState) int { return cmp.Compare(a.Speaker, b.Speaker) })
		i, _ := slices.BinarySearchFunc(states, Other, func(s track.SpeakerState, name string) int { return cmp.Compare(s.Speaker, name) })
		states = slices.Insert(states, i, other)
	}
	for i := range states {
		s := &states[i]
		ch <- prometheus.MustNewConstMetric(descStatements, prometheus.CounterValue, float64(s.Count), s.Speaker)
	}
	for i := range states {
		s := &states[i]
		if s.Count > 0 {
			ch <- prometheus.MustNewConstMetric(descLastTime, prometheus.GaugeValue, unixSeconds(s.Last), s.Speaker)
		}
	}
	for _, dim := range dims {
		for i := range states {
			s := &states[i]
			if s.Count == 0 {
				continue
			}
			v, _ := s.LastScores.Get(dim)
			ch <- prometheus.MustNewConstMetric(descLast, prometheus.GaugeValue, v, s.Speaker, dim)
		}
	}
	for _, dim := range dims {
		for i := range states {
			s := &states[i]
			for _, w := range windows {
				if v, ok := s.Means[w][dim]; ok {
					ch <- prometheus.MustNewConstMetric(descMean, prometheus.GaugeValue, v, s.Speaker, dim, w)
				}
			}
		}
	}
	for _, dim := range dims {
		for i := range states {
			s := &states[i]
			if folded && s.Speaker == Other {
				continue // a mixture's shift names no one; see the package doc
			}
			if v, ok := s.Shift[dim]; ok {
				ch <- prometheus.MustNewConstMetric(descShift, prometheus.GaugeValue, v, s.Speaker, dim)
			}
		}
	}
}

// dims and windows are tone.Tracked and track.Windows in label order.
var (
	dims    = sorted(tone.Tracked)
	windows = sorted(track.Windows)
)

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

func unixSeconds(t time.Time) float64 {
	return float64(t.UnixNano()) / 1e9
}

// aggregate folds states into one state for speaker "other": counts sum,
// first is the earliest, last and its scores the latest, and each window
// mean is the mean of the speakers' means weighted by their counts.
func aggregate(states []track.SpeakerState) track.SpeakerState {
	o := track.SpeakerState{
		Speaker: Other,
		Means:   make(map[string]map[string]float64, len(track.Windows)),
		Counts:  make(map[string]int64, len(track.Windows)),
	}
	type acc struct{ sum, weight float64 }
	sums := make(map[string]map[string]acc, len(track.Windows))
	for i := range states {
		s := &states[i]
		o.Count += s.Count
		if !s.First.IsZero() && (o.First.IsZero() || s.First.Before(o.First)) {
			o.First = s.First
		}
		if s.Count > 0 && (o.Last.IsZero() || s.Last.After(o.Last)) {
			o.Last = s.Last
			o.LastScores = s.LastScores
		}
		for w, c := range s.Counts {
			o.Counts[w] += c
		}
		for w, means := range s.Means {
			wt := float64(windowCount(s, w))
			if wt <= 0 {
				continue
			}
			if sums[w] == nil {
				sums[w] = make(map[string]acc, len(means))
			}
			for dim, v := range means {
				a := sums[w][dim]
				a.sum += v * wt
				a.weight += wt
				sums[w][dim] = a
			}
		}
	}
	for w, dims := range sums {
		o.Means[w] = make(map[string]float64, len(dims))
		for dim, a := range dims {
			o.Means[w][dim] = a.sum / a.weight
		}
	}
	return o
}

// windowCount is how many statements of s fall in window w.
func windowCount(s *track.SpeakerState, w string) int64 {
	return s.Counts[w]
}
