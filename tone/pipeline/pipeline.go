package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// Default limits of Options.
const (
	// DefaultMaxTextBytes is the longest statement text accepted.
	DefaultMaxTextBytes = 16 << 10
	// MaxSpeakerBytes is the longest speaker name accepted.
	MaxSpeakerBytes = 200
	// MaxIDBytes is the longest id accepted.
	MaxIDBytes = 128
	// MaxFieldBytes is the longest title, URL, source or via accepted.
	MaxFieldBytes = 2048
	// MaxFuture is how far past the clock a statement's time may lie.
	MaxFuture = 24 * time.Hour
)

// parallelAbove is the batch size from which scoring is spread over the CPUs.
const parallelAbove = 32

// minTime is the earliest statement time accepted.
var minTime = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)

// ErrInvalid is what every *InvalidError matches with errors.Is.
var ErrInvalid = errors.New("invalid statement")

// InvalidError says which statement of a batch is invalid and why. Index is
// the statement's position in the batch (0-based); a server turns it into a
// line number.
type InvalidError struct {
	// Index is the position of the statement in the batch given to Add.
	Index int
	// Field is the JSON name of the offending field ("speaker", "text", ...).
	Field string
	// Problem says what is wrong, for people.
	Problem string
}

// Error implements error.
func (e *InvalidError) Error() string {
	return fmt.Sprintf("statement %d: %s: %s", e.Index+1, e.Field, e.Problem)
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

// Observer is told about what the pipeline stores; the exporter implements it
// to count and histogram statements. Its methods may be called from several
// goroutines at once.
type Observer interface {
	// Added is called once per newly stored statement (and per statement
	// replayed by Rebuild, unless the Observer is a Replayer).
	Added(st extract.Statement)
	// Duplicate is called with the number of statements of a batch that
	// were already stored.
	Duplicate(n int)
	// ScoreDuration is called with the time taken to score one statement.
	ScoreDuration(d time.Duration)
}

// Replayer is implemented by an Observer that wants to tell statements
// replayed from the store apart from new ones: Rebuild then calls Replayed
// instead of Added for each stored statement, and ReplayDone once when the
// replay ends (also when it fails). Statements added meanwhile still go to
// Added. The exporter uses it to attach exemplars only to the latest
// statements rather than to each of millions.
type Replayer interface {
	Replayed(st extract.Statement)
	ReplayDone()
}

// Options configures a Pipeline. Store is required; the zero value of the
// others is safe.
type Options struct {
	// Store keeps the statements (required).
	Store *store.Store
	// Tracker follows speakers over time; nil means none.
	Tracker *track.Tracker
	// Analyzer scores unscored statements; nil means tone.New(tone.Options{}).
	Analyzer *tone.Analyzer
	// Extractor turns articles into statements; nil means one built over
	// Analyzer.
	Extractor *extract.Extractor
	// Observer is told about added statements and duplicates; may be nil.
	Observer Observer
	// Logger logs rebuilds; nil discards.
	Logger *slog.Logger
	// MaxTextBytes is the longest statement text accepted; 0 means
	// DefaultMaxTextBytes.
	MaxTextBytes int
	// Clock gives the time that fills statements without one and bounds
	// future times; nil means time.Now.
	Clock func() time.Time
}

// Pipeline takes statements in. It is safe for concurrent use.
type Pipeline struct {
	st      *store.Store
	tr      *track.Tracker
	an      *tone.Analyzer
	ex      *extract.Extractor
	obs     Observer
	log     *slog.Logger
	maxText int
	clock   func() time.Time
}

// Result is what Add and AddArticle did.
type Result struct {
	// Statements are the batch's statements as stored: for a duplicate,
	// the row that was already there.
	Statements []extract.Statement `json:"statements"`
	// Added is how many statements were newly stored.
	Added int `json:"added"`
	// Duplicates is how many were already stored.
	Duplicates int `json:"duplicates"`
}

// New builds a Pipeline.
func New(opts Options) (*Pipeline, error) {
	if opts.Store == nil {
		return nil, errors.New("pipeline: options: Store is required")
	}
	if opts.MaxTextBytes < 0 {
		return nil, fmt.Errorf("pipeline: options: MaxTextBytes %d is negative", opts.MaxTextBytes)
	}
	p := &Pipeline{
		st:      opts.Store,
		tr:      opts.Tracker,
		an:      opts.Analyzer,
		ex:      opts.Extractor,
		obs:     opts.Observer,
		log:     opts.Logger,
		maxText: opts.MaxTextBytes,
		clock:   opts.Clock,
	}
	if p.an == nil {
		a, err := tone.New(tone.Options{})
		if err != nil {
			return nil, fmt.Errorf("pipeline: analyzer: %w", err)
		}
		p.an = a
	}
	if p.ex == nil {
		x, err := extract.New(extract.Options{Analyzer: p.an})
		if err != nil {
			return nil, fmt.Errorf("pipeline: extractor: %w", err)
		}
		p.ex = x
	}
	if p.log == nil {
		p.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	p.log = p.log.With("component", "pipeline")
	if p.maxText == 0 {
		p.maxText = DefaultMaxTextBytes
	}
	if p.clock == nil {
		p.clock = time.Now
	}
	return p, nil
}

// Add fills, scores, validates and stores sts in one transaction, then tells
// the tracker and the observer about the newly added ones. On error nothing
// is stored; an invalid statement gives an *InvalidError. sts is not
// modified.
func (p *Pipeline) Add(ctx context.Context, sts []extract.Statement) (Result, error) {
	if len(sts) == 0 {
		return Result{}, nil
	}
	batch := make([]extract.Statement, len(sts))
	copy(batch, sts)
	now := p.clock()
	for i := range batch {
		if err := p.prepare(i, &batch[i], now); err != nil {
			return Result{}, err
		}
	}
	p.score(batch)
	added, err := p.st.Add(ctx, batch)
	if err != nil {
		return Result{}, fmt.Errorf("store batch of %d: %w", len(batch), err)
	}
	res := Result{Statements: batch}
	var dups []string
	for i, ok := range added {
		if ok {
			res.Added++
			continue
		}
		res.Duplicates++
		dups = append(dups, batch[i].ID)
	}
	for i, ok := range added {
		if !ok {
			continue
		}
		st := batch[i]
		if p.tr != nil {
			p.tr.Observe(st.Speaker, st.Time, st.Scores)
		}
		if p.obs != nil {
			p.obs.Added(st)
		}
	}
	if res.Duplicates > 0 {
		if p.obs != nil {
			p.obs.Duplicate(res.Duplicates)
		}
		// Answer with what is stored, which may differ from the replay
		// (an earlier time, other scores).
		stored, err := p.st.GetMany(ctx, dups)
		if err != nil {
			return res, fmt.Errorf("read back duplicates: %w", err)
		}
		for i, ok := range added {
			if s, found := stored[batch[i].ID]; !ok && found {
				batch[i] = s
			}
		}
	}
	return res, nil
}

// AddArticle extracts the statements of a and adds them. An article without
// attributed statements adds nothing and is not an error.
func (p *Pipeline) AddArticle(ctx context.Context, a extract.Article) (Result, error) {
	if !utf8.ValidString(a.Text) {
		return Result{}, &InvalidError{Index: 0, Field: "text", Problem: "article text is not valid UTF-8"}
	}
	sts := p.ex.Extract(a)
	if len(sts) == 0 {
		return Result{}, nil
	}
	for i := range sts {
		if sts[i].Time.IsZero() {
			sts[i].Time = a.Published
		}
		if sts[i].Source == "" {
			sts[i].Source = a.Source
		}
		if sts[i].URL == "" {
			sts[i].URL = a.URL
		}
		if sts[i].Title == "" {
			sts[i].Title = a.Title
		}
	}
	return p.Add(ctx, sts)
}

// Rebuild replays every stored statement, in arrival order, into the
// tracker and the observer (the tracker files each by its own time). Call it
// once, on start, before Add; StartRebuild lets Add run meanwhile.
func (p *Pipeline) Rebuild(ctx context.Context) error {
	wait, err := p.StartRebuild(ctx)
	if err != nil {
		return err
	}
	return wait()
}

// StartRebuild marks the end of the store, then replays the statements up
// to the mark into the tracker and the observer in the background; wait
// returns when that is done. Statements added after StartRebuild returns are
// observed by Add and not replayed, so each counts once: a server may take
// statements in while it rebuilds. Call it once, on start.
func (p *Pipeline) StartRebuild(ctx context.Context) (wait func() error, err error) {
	start := time.Now()
	mark, err := p.st.Mark(ctx)
	if err != nil {
		return nil, fmt.Errorf("rebuild from store: %w", err)
	}
	// Reading the store and updating the tracker and the metrics run side
	// by side, one chunk of statements apart.
	const chunk = 1024
	chunks := make(chan []extract.Statement, 4)
	observed := make(chan struct{})
	go func() {
		defer close(observed)
		added := func(extract.Statement) {}
		if p.obs != nil {
			added = p.obs.Added
			if r, ok := p.obs.(Replayer); ok {
				added = r.Replayed
				defer r.ReplayDone()
			}
		}
		for c := range chunks {
			for _, st := range c {
				if p.tr != nil {
					p.tr.Observe(st.Speaker, st.Time, st.Scores)
				}
				added(st)
			}
		}
	}()
	result := make(chan error, 1)
	go func() {
		var n int64
		cur := make([]extract.Statement, 0, chunk)
		err := p.st.ScanScores(ctx, mark, func(st extract.Statement) error {
			n++
			cur = append(cur, st)
			if len(cur) == chunk {
				chunks <- cur
				cur = make([]extract.Statement, 0, chunk)
			}
			return nil
		})
		if len(cur) > 0 {
			chunks <- cur
		}
		close(chunks)
		<-observed
		if err != nil {
			result <- fmt.Errorf("rebuild from store: %w", err)
			return
		}
		p.log.Info("rebuilt series from store", "statements", n, "duration", time.Since(start).Round(time.Millisecond))
		result <- nil
	}()
	var once sync.Once
	var final error
	return func() error {
		once.Do(func() { final = <-result })
		return final
	}, nil
}

// prepare fills the id and time of st and checks it.
func (p *Pipeline) prepare(i int, st *extract.Statement, now time.Time) error {
	bad := func(field, format string, args ...any) error {
		return &InvalidError{Index: i, Field: field, Problem: fmt.Sprintf(format, args...)}
	}
	for _, f := range []struct{ name, v string }{
		{"id", st.ID}, {"speaker", st.Speaker}, {"text", st.Text}, {"kind", st.Kind}, {"via", st.Via},
		{"title", st.Title}, {"url", st.URL}, {"source", st.Source},
	} {
		if !utf8.ValidString(f.v) {
			return bad(f.name, "not valid UTF-8")
		}
	}
	st.Speaker = strings.Join(strings.Fields(st.Speaker), " ")
	switch {
	case st.Speaker == "":
		return bad("speaker", "missing")
	case len(st.Speaker) > MaxSpeakerBytes:
		return bad("speaker", "%d bytes long, the limit is %d", len(st.Speaker), MaxSpeakerBytes)
	case strings.IndexFunc(st.Speaker, unicode.IsControl) >= 0:
		return bad("speaker", "contains a control character")
	}
	st.Text = strings.TrimSpace(st.Text)
	switch {
	case st.Text == "":
		return bad("text", "missing")
	case len(st.Text) > p.maxText:
		return bad("text", "%d bytes long, the limit is %d", len(st.Text), p.maxText)
	case strings.IndexByte(st.Text, 0) >= 0:
		return bad("text", "contains a NUL byte")
	}
	switch st.Kind {
	case "", extract.Direct, extract.Indirect:
	default:
		return bad("kind", "%q is not %q or %q", st.Kind, extract.Direct, extract.Indirect)
	}
	for _, f := range []struct{ name, v string }{
		{"via", st.Via}, {"title", st.Title}, {"url", st.URL}, {"source", st.Source},
	} {
		if len(f.v) > MaxFieldBytes {
			return bad(f.name, "%d bytes long, the limit is %d", len(f.v), MaxFieldBytes)
		}
	}
	if st.ID == "" {
		st.ID = extract.ID(st.Speaker, st.Text)
	}
	switch {
	case len(st.ID) > MaxIDBytes:
		return bad("id", "%d bytes long, the limit is %d", len(st.ID), MaxIDBytes)
	case strings.IndexFunc(st.ID, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0:
		return bad("id", "contains white space or a control character")
	}
	if st.Time.IsZero() {
		st.Time = now
	}
	switch {
	case st.Time.Before(minTime):
		return bad("time", "%s is before %s", st.Time.Format(time.RFC3339), minTime.Format("2006"))
	case st.Time.After(now.Add(MaxFuture)):
		return bad("time", "%s is more than %s in the future", st.Time.Format(time.RFC3339), MaxFuture)
	}
	st.Time = st.Time.UTC()
	if scored(st) {
		for _, d := range tone.Tracked {
			v, _ := st.Scores.Get(d)
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return bad("scores", "%s is %v", d, v)
			}
		}
		if v := st.Scores.Bayes; math.IsNaN(v) || math.IsInf(v, 0) {
			return bad("scores", "bayes is %v", v)
		}
	}
	return nil
}

// scored reports whether st carries scores already (from tonetrack extract
// or score); a statement with every score zero and no evidence is unscored.
func scored(st *extract.Statement) bool {
	s := st.Scores
	return s.Valence != 0 || s.Bayes != 0 || s.Hostility != 0 || s.Cooperation != 0 || s.Intensity != 0 ||
		s.Goldstein != 0 || len(s.Extra) > 0 || st.Evidence.Len() > 0
}

// score scores the unscored statements of batch, in parallel when there are
// many.
func (p *Pipeline) score(batch []extract.Statement) {
	var todo []int
	for i := range batch {
		if !scored(&batch[i]) {
			todo = append(todo, i)
		}
	}
	one := func(i int) {
		start := time.Now()
		r := p.an.Score(batch[i].Text)
		d := time.Since(start)
		batch[i].Scores = r.Scores
		batch[i].Evidence = r.Evidence
		if p.obs != nil {
			p.obs.ScoreDuration(d)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo)/parallelAbove+1)
	if workers <= 1 {
		for _, i := range todo {
			one(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				one(i)
			}
		})
	}
	for _, i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
}
