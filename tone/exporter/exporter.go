package exporter

import (
	"cmp"
	"errors"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/track"
)

// Other is the speaker label value that the least active speakers fold into
// once there are more than Options.MaxSpeakers.
const Other = "other"

// DefaultMaxSpeakers is Options.MaxSpeakers when it is zero.
const DefaultMaxSpeakers = 500

// Options configures an Exporter. The zero value is safe.
type Options struct {
	// MaxSpeakers caps the values of the speaker label; past it the least
	// active speakers fold into speaker="other". Zero means
	// DefaultMaxSpeakers.
	MaxSpeakers int
	// Version is the version label of tone_build_info ("" means "devel").
	Version string
}

// Exporter exports the tracker's state and the pipeline's events as tone_*
// metrics. It implements pipeline.Observer and is safe for concurrent use.
type Exporter struct {
	tr  *track.Tracker
	max int
	m   *metrics

	// mu guards named. Observations hold it for reading while they pick
	// and use a series, re-ranking holds it for writing while it deletes
	// the series of speakers that left the set.
	mu    sync.RWMutex
	named map[string]struct{}
	// bounds are the tone_score buckets' upper bounds, in tone.Tracked
	// order.
	bounds [][]float64

	// rmu guards replay, the held-back exemplars of a replay in progress
	// (see Replayed); replaying says whether one is. Taken after mu.
	rmu       sync.Mutex
	replay    map[string]*replaySeries
	replaying atomic.Bool
}

// New builds an Exporter over tr and registers its metrics and Collector with
// reg. tr may be nil: then only the direct instrumentation is exported.
func New(reg prometheus.Registerer, tr *track.Tracker, opts Options) (*Exporter, error) {
	if reg == nil {
		return nil, errors.New("new exporter: nil registerer")
	}
	if opts.MaxSpeakers < 0 {
		return nil, errors.New("new exporter: MaxSpeakers must not be negative")
	}
	if opts.MaxSpeakers == 0 {
		opts.MaxSpeakers = DefaultMaxSpeakers
	}
	if opts.Version == "" {
		opts.Version = "devel"
	}
	m, err := newMetrics(reg, opts.Version)
	if err != nil {
		return nil, err
	}
	e := &Exporter{tr: tr, max: opts.MaxSpeakers, m: m, named: make(map[string]struct{})}
	for _, dim := range tone.Tracked {
		e.bounds = append(e.bounds, m.bounds[dim])
	}
	if tr != nil {
		if err := reg.Register(&collector{e: e}); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// Added records a newly stored statement: one tone_score observation per
// tracked dimension, with the statement id as exemplar.
func (e *Exporter) Added(st extract.Statement) {
	speaker := e.rlockLabel(st.Speaker)
	defer e.mu.RUnlock()
	if e.replaying.Load() {
		// A replayed statement held back for an exemplar in a bucket
		// this one lands in is older: count it plainly, so that the end
		// of the replay does not put it back over this one.
		e.rmu.Lock()
		if rs := e.replay[speaker]; rs != nil {
			for d, dim := range tone.Tracked {
				v, _ := st.Scores.Get(dim)
				if p := &rs.pend[d][e.bucketOf(d, v)]; p.set {
					rs.obs[d].Observe(p.v)
					*p = pending{}
				}
			}
		}
		e.rmu.Unlock()
	}
	ex := prometheus.Labels{"statement_id": st.ID}
	if !utf8Short(st.ID) {
		ex = nil
	}
	for _, dim := range tone.Tracked {
		v, _ := st.Scores.Get(dim)
		o := e.m.score[dim].WithLabelValues(speaker)
		if ex != nil {
			o.(prometheus.ExemplarObserver).ObserveWithExemplar(v, ex)
		} else {
			o.Observe(v)
		}
	}
}

// rlockLabel returns the label value of speaker's tone_score series,
// admitting the speaker to the exported set if there is room, with e.mu
// held for reading: the caller observes, then unlocks.
func (e *Exporter) rlockLabel(name string) string {
	e.mu.RLock()
	speaker, ok := e.labelLocked(name)
	if !ok {
		e.mu.RUnlock()
		e.mu.Lock()
		speaker = e.admitLocked(name)
		e.mu.Unlock()
		e.mu.RLock()
		if _, still := e.named[speaker]; !still && speaker != Other {
			speaker = Other
		}
	}
	return speaker
}

// Replayed records a statement replayed from the store on start (see
// pipeline.Replayer): the same tone_score observations as Added, with
// exactly the same counts and sums, but exemplars only for the latest
// replayed statement of each speaker, dimension and bucket, which is all
// that a histogram keeps (one exemplar per bucket). They are attached by
// ReplayDone; until then, the latest statement of each bucket is held back
// and the one it replaces is observed without an exemplar. That spares
// building a million exemplars that would be thrown away at once when a
// server starts over a large store.
func (e *Exporter) Replayed(st extract.Statement) {
	speaker := e.rlockLabel(st.Speaker)
	defer e.mu.RUnlock()
	e.rmu.Lock()
	defer e.rmu.Unlock()
	if e.replay == nil {
		e.replay = make(map[string]*replaySeries)
		e.replaying.Store(true)
	}
	rs := e.replay[speaker]
	if rs == nil {
		rs = &replaySeries{obs: make([]prometheus.Observer, len(tone.Tracked)), pend: make([][]pending, len(tone.Tracked))}
		for d, dim := range tone.Tracked {
			rs.obs[d] = e.m.score[dim].WithLabelValues(speaker)
			rs.pend[d] = make([]pending, len(e.bounds[d])+1)
		}
		e.replay[speaker] = rs
	}
	short := utf8Short(st.ID)
	for d, dim := range tone.Tracked {
		v, _ := st.Scores.Get(dim)
		if !short {
			rs.obs[d].Observe(v) // no exemplar possible; the bucket keeps the one it has
			continue
		}
		p := &rs.pend[d][e.bucketOf(d, v)]
		if p.set {
			rs.obs[d].Observe(p.v)
		}
		*p = pending{id: st.ID, v: v, set: true}
	}
}

// ReplayDone ends a replay: the statements Replayed held back are observed
// with their ids as exemplars.
func (e *Exporter) ReplayDone() {
	e.mu.RLock()
	defer e.mu.RUnlock()
	e.rmu.Lock()
	defer e.rmu.Unlock()
	for _, rs := range e.replay {
		for d := range rs.pend {
			for b := range rs.pend[d] {
				if p := &rs.pend[d][b]; p.set {
					rs.obs[d].(prometheus.ExemplarObserver).ObserveWithExemplar(p.v, prometheus.Labels{"statement_id": p.id})
				}
			}
		}
	}
	e.replay = nil
	e.replaying.Store(false)
}

// replaySeries is one tone_score label value's state during a replay: its
// observers by dimension (in tone.Tracked order) and, per dimension and
// bucket, the statement held back to carry the bucket's exemplar.
type replaySeries struct {
	obs  []prometheus.Observer
	pend [][]pending
}

// pending is a replayed observation held back to carry its bucket's
// exemplar.
type pending struct {
	id  string
	v   float64
	set bool
}

// bucketOf is the index of the tone_score bucket of dimension d (in
// tone.Tracked order) that v falls in, the way client_golang picks it: the
// first upper bound >= v, or len(bounds) for +Inf.
func (e *Exporter) bucketOf(d int, v float64) int {
	return sort.SearchFloat64s(e.bounds[d], v)
}

// utf8Short reports whether id fits in an exemplar: client_golang refuses
// exemplar labels longer than 128 runes in all.
func utf8Short(id string) bool {
	return id != "" && len("statement_id")+len([]rune(id)) <= prometheus.ExemplarMaxRunes
}

// labelLocked returns the label of speaker if it is decided without writing:
// the speaker is exported, or the set is full. e.mu is held (either way).
func (e *Exporter) labelLocked(speaker string) (string, bool) {
	if _, ok := e.named[speaker]; ok {
		return speaker, true
	}
	if len(e.named) >= e.max {
		return Other, true
	}
	return "", false
}

// admitLocked gives speaker a series of its own if there is room. e.mu is
// held for writing.
func (e *Exporter) admitLocked(speaker string) string {
	if l, ok := e.labelLocked(speaker); ok {
		return l
	}
	e.named[speaker] = struct{}{}
	return speaker
}

// Duplicate counts n statements that were already stored.
func (e *Exporter) Duplicate(n int) {
	if n > 0 {
		e.m.duplicates.Add(float64(n))
	}
}

// ScoreDuration records the time spent scoring one statement.
func (e *Exporter) ScoreDuration(d time.Duration) {
	e.m.duration.Observe(d.Seconds())
}

// Rejected counts one rejected request or item under reason (one of Reasons,
// or a reason of the caller's own: a short, fixed, snake_case word).
func (e *Exporter) Rejected(reason string) {
	e.m.rejected.WithLabelValues(reason).Inc()
}

// rank returns the indexes of states ordered by activity, most active
// first: statement count, then the speakers already exported (so the set
// does not flap on ties), then the most recent statement, then name. It
// sorts indexes rather than the states themselves, which are large. e.mu is
// held.
func (e *Exporter) rank(states []track.Stats) []int32 {
	idx := make([]int32, len(states))
	named := make([]bool, len(states))
	for i := range states {
		idx[i] = int32(i)
		_, named[i] = e.named[states[i].Speaker]
	}
	slices.SortFunc(idx, func(i, j int32) int {
		a, b := &states[i], &states[j]
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		if named[i] != named[j] {
			if named[i] {
				return -1
			}
			return 1
		}
		if c := b.Last.Compare(a.Last); c != 0 {
			return c
		}
		return cmp.Compare(a.Speaker, b.Speaker)
	})
	return idx
}

// fold decides, when there are more than MaxSpeakers, which of states keep
// their own label: keep[i] says whether states[i] does (nil: every one
// does). It updates the exported set to match, deleting the histogram
// series of the speakers that left it.
func (e *Exporter) fold(states []track.Stats) (keep []bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := len(states)
	if n > e.max {
		n = e.max
		keep = make([]bool, len(states))
		for _, i := range e.rank(states)[:n] {
			keep[i] = true
		}
	}
	next := make(map[string]struct{}, max(n, len(e.named)))
	for i := range states {
		if keep == nil || keep[i] {
			next[states[i].Speaker] = struct{}{}
		}
	}
	for s := range e.named {
		if _, ok := next[s]; ok {
			continue
		}
		if len(next) < e.max {
			// Observed but not tracked yet (only possible when everyone
			// fits): keep its series.
			next[s] = struct{}{}
			continue
		}
		for _, v := range e.m.score {
			v.DeleteLabelValues(s)
		}
		e.rmu.Lock()
		delete(e.replay, s) // its observers point at the deleted series
		e.rmu.Unlock()
	}
	e.named = next
	return keep
}
