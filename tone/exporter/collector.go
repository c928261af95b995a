package exporter

import (
	"cmp"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

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

	// mu guards labels: the label pairs of each exported speaker's
	// series, kept from one scrape to the next because building them is
	// most of what a scrape allocates at a thousand speakers.
	mu     sync.Mutex
	labels map[string]*speakerLabels
}

// speakerLabels are the sorted label pairs of one speaker's series.
type speakerLabels struct {
	speaker []*dto.LabelPair     // {speaker}
	dim     [][]*dto.LabelPair   // by dims: {dimension, speaker}
	window  [][][]*dto.LabelPair // by dims and windows: {dimension, speaker, window}
}

func newSpeakerLabels(speaker string) *speakerLabels {
	sp := labelPair(&nameSpeaker, speaker)
	l := &speakerLabels{
		speaker: []*dto.LabelPair{sp},
		dim:     make([][]*dto.LabelPair, len(dims)),
		window:  make([][][]*dto.LabelPair, len(dims)),
	}
	for d := range dims {
		dp := dimPairs[d]
		l.dim[d] = []*dto.LabelPair{dp, sp}
		l.window[d] = make([][]*dto.LabelPair, len(windows))
		for w := range windows {
			l.window[d][w] = []*dto.LabelPair{dp, sp, windowPairs[w]}
		}
	}
	return l
}

// The label names, and the dimension and window label pairs, are shared by
// every speaker's series (nothing writes to them): fewer objects for the
// encoder to chase at every scrape.
var (
	nameSpeaker, nameDimension, nameWindow = "speaker", "dimension", "window"

	dimPairs    = pairs(&nameDimension, dims)
	windowPairs = pairs(&nameWindow, windows)
)

func labelPair(name *string, value string) *dto.LabelPair {
	return &dto.LabelPair{Name: name, Value: &value}
}

func pairs(name *string, values []string) []*dto.LabelPair {
	out := make([]*dto.LabelPair, len(values))
	for i, v := range values {
		out[i] = labelPair(name, v)
	}
	return out
}

// sample is one series' value at a scrape. It implements prometheus.Metric
// like a const metric, but with label pairs built once per speaker.
type sample struct {
	desc   *prometheus.Desc
	labels []*dto.LabelPair
	value  float64
	gauge  dto.Gauge
	count  dto.Counter
	isCnt  bool
}

// Desc implements prometheus.Metric.
func (s *sample) Desc() *prometheus.Desc { return s.desc }

// Write implements prometheus.Metric.
func (s *sample) Write(m *dto.Metric) error {
	m.Label = s.labels
	if s.isCnt {
		s.count.Value = &s.value
		m.Counter = &s.count
	} else {
		s.gauge.Value = &s.value
		m.Gauge = &s.gauge
	}
	return nil
}

// Describe sends the descriptors of the metrics collector emits.
func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descStatements, descLast, descMean, descShift, descLastTime} {
		ch <- d
	}
}

// Collect sends one fresh set of metrics built from tracker.AllStats.
//
// It sends each metric's series in the order the registry sorts them
// (dimension, then speaker, then window), which makes that sort, a large
// part of a scrape at a thousand speakers, cheap.
func (c *collector) Collect(ch chan<- prometheus.Metric) {
	states := c.e.tr.AllStats() // sorted by speaker
	keep := c.e.fold(states)
	folded := keep != nil
	if folded {
		other := aggregate(states, keep)
		kept := states[:0]
		for i := range states {
			if keep[i] {
				kept = append(kept, states[i]) // in place: i >= len(kept)
			}
		}
		i, _ := slices.BinarySearchFunc(kept, Other, func(s track.Stats, name string) int { return cmp.Compare(s.Speaker, name) })
		states = slices.Insert(kept, i, other)
	}
	labels := c.labelsFor(states)
	// One allocation for every sample of the scrape.
	samples := make([]sample, 0, len(states)*(2+len(dims)*(2+len(windows))))
	send := func(desc *prometheus.Desc, lp []*dto.LabelPair, v float64, isCnt bool) {
		samples = append(samples, sample{desc: desc, labels: lp, value: v, isCnt: isCnt})
		ch <- &samples[len(samples)-1]
	}
	for i := range states {
		send(descStatements, labels[i].speaker, float64(states[i].Count), true)
	}
	for i := range states {
		if s := &states[i]; s.Count > 0 {
			send(descLastTime, labels[i].speaker, unixSeconds(s.Last), false)
		}
	}
	for d, dim := range dims {
		for i := range states {
			if s := &states[i]; s.Count > 0 {
				v, _ := s.LastScores.Get(dim)
				send(descLast, labels[i].dim[d], v, false)
			}
		}
	}
	for d := range dims {
		td := dimIndex[d]
		for i := range states {
			s := &states[i]
			for w := range windows {
				tw := windowIndex[w]
				if s.Counts[tw] > 0 {
					send(descMean, labels[i].window[d][w], s.Means[tw][td], false)
				}
			}
		}
	}
	for d := range dims {
		td := dimIndex[d]
		for i := range states {
			if folded && states[i].Speaker == Other {
				continue // a mixture's shift names no one; see the package doc
			}
			if s := &states[i]; s.HasShift {
				send(descShift, labels[i].dim[d], s.Shift[td], false)
			}
		}
	}
}

// labelsFor returns the label pairs of each state's speaker, building those
// of new speakers and forgetting those of speakers no longer exported.
func (c *collector) labelsFor(states []track.Stats) []*speakerLabels {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]*speakerLabels, len(states))
	next := make(map[string]*speakerLabels, len(states))
	for i := range states {
		name := states[i].Speaker
		l := c.labels[name]
		if l == nil {
			l = newSpeakerLabels(name)
		}
		next[name] = l
		out[i] = l
	}
	c.labels = next
	return out
}

// dims and windows are tone.Tracked and track.Windows in label order;
// dimIndex and windowIndex give each one's index in tone.Tracked and
// track.Windows (the order of track.Stats' arrays).
var (
	dims        = sorted(tone.Tracked)
	windows     = sorted(track.Windows)
	dimIndex    = indexes(dims, tone.Tracked)
	windowIndex = indexes(windows, track.Windows)
)

func indexes(sortedNames, names []string) []int {
	out := make([]int, len(sortedNames))
	for i, n := range sortedNames {
		out[i] = slices.Index(names, n)
	}
	return out
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

func unixSeconds(t time.Time) float64 {
	return float64(t.UnixNano()) / 1e9
}

// aggregate folds the states not kept into one state for speaker "other":
// counts sum, first is the earliest, last and its scores the latest, and
// each window mean is the mean of the speakers' means weighted by their
// counts in the window.
func aggregate(states []track.Stats, keep []bool) track.Stats {
	o := track.Stats{Speaker: Other}
	var sums [track.NumWindows][track.NumDims]float64
	for i := range states {
		if keep[i] {
			continue
		}
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
			if c <= 0 {
				continue
			}
			o.Counts[w] += c
			for d, v := range s.Means[w] {
				sums[w][d] += v * float64(c)
			}
		}
	}
	for w, c := range o.Counts {
		if c > 0 {
			for d := range sums[w] {
				o.Means[w][d] = sums[w][d] / float64(c)
			}
		}
	}
	return o
}
