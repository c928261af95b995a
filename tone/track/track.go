package track

import (
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

// Windows are the rolling windows of SpeakerState.Means, as used in the
// window label of tone_score_mean.
var Windows = []string{"1h", "24h", "7d"}

// Shift thresholds: the minimum numbers of statements in the last 24 hours
// and in the 7 days before them for a shift to be computed.
const (
	MinRecent   = 3
	MinBaseline = 5
)

// Bucket sizes and how many of each are kept.
const (
	minuteBuckets = 60        // the 1h window
	hourBuckets   = 24 + 7*24 // the 24h window and the 7 days before it
	futureSlack   = 24 * 60   // minutes ahead of the clock still bucketed
	nDims         = 5         // len(tone.Tracked)
	recentHours   = 24        // the 24h window
	weekHours     = 7 * 24    // the 7d window and the shift baseline
	minuteNanos   = int64(time.Minute)
	hourNanos     = int64(time.Hour)
)

// floors are the smallest standard deviations used by the shift, per tracked
// dimension (5% of each dimension's range).
var floors = [nDims]float64{0.1, 0.05, 0.05, 0.05, 1}

// Options configures a Tracker. The zero value is safe.
type Options struct {
	// Clock returns the current time against which windows are computed;
	// nil means time.Now.
	Clock func() time.Time
}

// Tracker holds every speaker's recent series. It is safe for concurrent use.
type Tracker struct {
	clock    func() time.Time
	mu       sync.Mutex
	speakers map[string]*series
}

// SpeakerState is what the tracker knows of one speaker at one moment.
type SpeakerState struct {
	// Speaker is the speaker's canonical name.
	Speaker string `json:"speaker"`
	// Count is how many statements of the speaker were observed, at any
	// time.
	Count int64 `json:"count"`
	// First and Last are the earliest and latest statement times observed.
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
	// LastScores are the scores of the statement with the latest time.
	LastScores tone.Scores `json:"last_scores"`
	// Means maps a window ("1h", "24h", "7d") to the mean of each tracked
	// dimension over it; a window with no statement is absent.
	Means map[string]map[string]float64 `json:"means"`
	// Counts maps a window to how many statements it holds (absent when 0).
	Counts map[string]int64 `json:"counts"`
	// Shift maps a tracked dimension to its shift (see the package doc);
	// absent when there is not enough data.
	Shift map[string]float64 `json:"shift"`
}

// Point is one hour of a speaker's series.
type Point struct {
	// Start is the beginning of the hour.
	Start time.Time `json:"start"`
	// Count is how many statements fall in the hour.
	Count int64 `json:"count"`
	// Means maps each tracked dimension to its mean over the hour.
	Means map[string]float64 `json:"means"`
}

type bucket struct {
	idx int64 // Unix minute or hour
	n   int64
	sum [nDims]float64
	sq  [nDims]float64
}

type series struct {
	count       int64
	first, last time.Time
	lastScores  tone.Scores
	minutes     []bucket // sorted by idx
	hours       []bucket // sorted by idx
}

// New returns an empty Tracker.
func New(opts Options) *Tracker {
	c := opts.Clock
	if c == nil {
		c = time.Now
	}
	return &Tracker{clock: c, speakers: make(map[string]*series)}
}

// Observe records one statement of speaker, said at time at, with scores s.
// Observations may come in any order.
func (t *Tracker) Observe(speaker string, at time.Time, s tone.Scores) {
	now := t.clock()
	vals := values(s)
	t.mu.Lock()
	defer t.mu.Unlock()
	sr := t.speakers[speaker]
	if sr == nil {
		sr = &series{first: at, last: at}
		t.speakers[speaker] = sr
	}
	sr.count++
	if at.Before(sr.first) {
		sr.first = at
	}
	if !at.Before(sr.last) {
		sr.last = at
		sr.lastScores = s
	}
	ns := at.UnixNano()
	nowMin := floorDiv(now.UnixNano(), minuteNanos)
	nowHour := floorDiv(now.UnixNano(), hourNanos)
	if m := floorDiv(ns, minuteNanos); m > nowMin-minuteBuckets && m <= nowMin+futureSlack {
		sr.minutes = add(sr.minutes, m, &vals)
	}
	if h := floorDiv(ns, hourNanos); h > nowHour-hourBuckets && h <= nowHour+futureSlack/60 {
		sr.hours = add(sr.hours, h, &vals)
	}
	sr.prune(nowMin, nowHour)
}

// Len returns how many speakers have been observed.
func (t *Tracker) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.speakers)
}

// Snapshot returns the state of every speaker, sorted by speaker, with
// windows computed against the clock.
func (t *Tracker) Snapshot() []SpeakerState {
	now := t.clock()
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]SpeakerState, 0, len(t.speakers))
	for name, sr := range t.speakers {
		out = append(out, sr.state(name, now))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Speaker < out[j].Speaker })
	return out
}

// Speaker returns the state of one speaker and whether it was ever observed.
func (t *Tracker) Speaker(name string) (SpeakerState, bool) {
	now := t.clock()
	t.mu.Lock()
	defer t.mu.Unlock()
	sr := t.speakers[name]
	if sr == nil {
		return SpeakerState{}, false
	}
	return sr.state(name, now), true
}

// Hourly returns the speaker's hours with statements over the last 7 days
// (plus the current hour), oldest first: what a sparkline draws. It returns
// nil for a speaker never observed.
func (t *Tracker) Hourly(name string) []Point {
	now := t.clock()
	nowHour := floorDiv(now.UnixNano(), hourNanos)
	t.mu.Lock()
	defer t.mu.Unlock()
	sr := t.speakers[name]
	if sr == nil {
		return nil
	}
	var out []Point
	for i := range sr.hours {
		b := &sr.hours[i]
		if b.idx <= nowHour-weekHours || b.idx > nowHour || b.n == 0 {
			continue
		}
		p := Point{Start: time.Unix(0, b.idx*hourNanos).UTC(), Count: b.n, Means: make(map[string]float64, nDims)}
		for d, dim := range tone.Tracked {
			p.Means[dim] = b.sum[d] / float64(b.n)
		}
		out = append(out, p)
	}
	return out
}

// state computes a speaker's state at now. t.mu must be held.
func (sr *series) state(name string, now time.Time) SpeakerState {
	x := sr.stats(name, now)
	st := SpeakerState{
		Speaker:    name,
		Count:      x.Count,
		First:      x.First,
		Last:       x.Last,
		LastScores: x.LastScores,
		Means:      map[string]map[string]float64{},
		Counts:     map[string]int64{},
		Shift:      map[string]float64{},
	}
	for w, win := range Windows {
		if x.Counts[w] == 0 {
			continue
		}
		m := make(map[string]float64, nDims)
		for d, dim := range tone.Tracked {
			m[dim] = x.Means[w][d]
		}
		st.Means[win] = m
		st.Counts[win] = x.Counts[w]
	}
	if x.HasShift {
		for d, dim := range tone.Tracked {
			st.Shift[dim] = x.Shift[d]
		}
	}
	return st
}

// NumWindows is len(Windows); NumDims is len(tone.Tracked).
const (
	NumWindows = 3
	NumDims    = nDims
)

// Stats is a speaker's state like SpeakerState, in arrays rather than
// maps: what the metrics exporter reads at every scrape, for every speaker,
// without allocating per speaker. Windows are in Windows order, dimensions
// in tone.Tracked order.
type Stats struct {
	Speaker     string
	Count       int64
	First, Last time.Time
	LastScores  tone.Scores
	// Means[w][d] is the mean over window w; meaningful when Counts[w] > 0.
	Means [NumWindows][NumDims]float64
	// Counts[w] is how many statements fall in window w.
	Counts [NumWindows]int64
	// HasShift says whether Shift is set (enough data; see SpeakerState).
	HasShift bool
	Shift    [NumDims]float64
}

// AllStats returns the Stats of every speaker, sorted by speaker, computed
// against the clock: Snapshot without maps, in one allocation.
func (t *Tracker) AllStats() []Stats {
	now := t.clock()
	t.mu.Lock()
	defer t.mu.Unlock()
	// Sort the names, not the (large) Stats.
	names := make([]string, 0, len(t.speakers))
	for name := range t.speakers {
		names = append(names, name)
	}
	slices.Sort(names)
	out := make([]Stats, len(names))
	for i, name := range names {
		out[i] = t.speakers[name].stats(name, now)
	}
	return out
}

// stats computes a speaker's Stats at now. t.mu must be held.
func (sr *series) stats(name string, now time.Time) Stats {
	nowMin := floorDiv(now.UnixNano(), minuteNanos)
	nowHour := floorDiv(now.UnixNano(), hourNanos)
	sr.prune(nowMin, nowHour)
	x := Stats{Speaker: name, Count: sr.count, First: sr.first, Last: sr.last, LastScores: sr.lastScores}
	hour := sum(sr.minutes, nowMin-minuteBuckets+1, nowMin)
	var day, week, base bucket
	for i := range sr.hours {
		b := &sr.hours[i]
		switch {
		case b.idx > nowHour:
			// in the future: not yet in any window
		case b.idx > nowHour-recentHours:
			merge(&day, b)
			merge(&week, b)
		case b.idx > nowHour-weekHours:
			merge(&week, b)
			merge(&base, b)
		case b.idx > nowHour-recentHours-weekHours:
			merge(&base, b)
		}
	}
	for w, b := range [NumWindows]*bucket{&hour, &day, &week} {
		if b.n == 0 {
			continue
		}
		for d := range nDims {
			x.Means[w][d] = b.sum[d] / float64(b.n)
		}
		x.Counts[w] = b.n
	}
	if day.n >= MinRecent && base.n >= MinBaseline {
		x.HasShift = true
		for d := range nDims {
			x.Shift[d] = shift(day, base, d)
		}
	}
	return x
}

// shift is (mean of recent − mean of base) / max(sd of base, floor) for
// dimension d; see the package doc.
func shift(recent, base bucket, d int) float64 {
	mr := recent.sum[d] / float64(recent.n)
	mb := base.sum[d] / float64(base.n)
	n := float64(base.n)
	// Sample variance from the sums; clamp the rounding error below zero.
	v := (base.sq[d] - base.sum[d]*base.sum[d]/n) / (n - 1)
	sd := math.Sqrt(math.Max(v, 0))
	return (mr - mb) / math.Max(sd, floors[d])
}

// prune drops buckets that have left every window.
func (sr *series) prune(nowMin, nowHour int64) {
	sr.minutes = dropBefore(sr.minutes, nowMin-minuteBuckets+1)
	sr.hours = dropBefore(sr.hours, nowHour-hourBuckets+1)
}

func dropBefore(bs []bucket, idx int64) []bucket {
	i := 0
	for i < len(bs) && bs[i].idx < idx {
		i++
	}
	if i == 0 {
		return bs
	}
	if i == len(bs) {
		return nil
	}
	// Copy down rather than reslice so the array does not grow forever.
	n := copy(bs, bs[i:])
	return bs[:n]
}

// add adds vals to the bucket idx of bs (sorted), creating it in place.
func add(bs []bucket, idx int64, vals *[nDims]float64) []bucket {
	// Most statements are recent: look from the end.
	i := len(bs)
	for i > 0 && bs[i-1].idx > idx {
		i--
	}
	if i == 0 || bs[i-1].idx != idx {
		bs = append(bs, bucket{})
		copy(bs[i+1:], bs[i:])
		bs[i] = bucket{idx: idx}
	} else {
		i--
	}
	b := &bs[i]
	b.n++
	for d, v := range vals {
		b.sum[d] += v
		b.sq[d] += v * v
	}
	return bs
}

// sum adds up the buckets with lo <= idx <= hi.
func sum(bs []bucket, lo, hi int64) bucket {
	var out bucket
	for i := range bs {
		b := &bs[i]
		if b.idx < lo || b.idx > hi {
			continue
		}
		merge(&out, b)
	}
	return out
}

// merge adds b's sums to out.
func merge(out, b *bucket) {
	out.n += b.n
	for d := range nDims {
		out.sum[d] += b.sum[d]
		out.sq[d] += b.sq[d]
	}
}

func values(s tone.Scores) [nDims]float64 {
	var v [nDims]float64
	for d, dim := range tone.Tracked {
		v[d], _ = s.Get(dim)
	}
	return v
}

// floorDiv divides rounding towards minus infinity, so times before 1970
// fall in the right bucket.
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
