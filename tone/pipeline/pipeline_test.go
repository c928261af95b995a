package pipeline

import (
	"errors"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

var now = time.Date(2026, 11, 29, 10, 30, 0, 0, time.UTC)

// recorder is an Observer that remembers what it was told.
type recorder struct {
	mu     sync.Mutex
	added  []string
	dups   int
	scored int
}

func (r *recorder) Added(st extract.Statement) {
	r.mu.Lock()
	r.added = append(r.added, st.ID)
	r.mu.Unlock()
}
func (r *recorder) Duplicate(n int) { r.mu.Lock(); r.dups += n; r.mu.Unlock() }
func (r *recorder) ScoreDuration(d time.Duration) {
	r.mu.Lock()
	r.scored++
	r.mu.Unlock()
}

var analyzer = sync.OnceValues(func() (*tone.Analyzer, error) { return tone.New(tone.Options{}) })

type rig struct {
	p    *Pipeline
	st   *store.Store
	tr   *track.Tracker
	obs  *recorder
	path string
}

func newRig(tb testing.TB, path string) *rig {
	tb.Helper()
	if path == "" {
		path = filepath.Join(tb.TempDir(), "t.db")
	}
	st, err := store.Open(tb.Context(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	an, err := analyzer()
	if err != nil {
		tb.Fatal(err)
	}
	r := &rig{st: st, tr: track.New(track.Options{Clock: func() time.Time { return now }}), obs: &recorder{}, path: path}
	r.p, err = New(Options{Store: st, Tracker: r.tr, Analyzer: an, Observer: r.obs,
		Clock: func() time.Time { return now }, MaxTextBytes: 200})
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func TestAddFillsScoresStoresObserves(t *testing.T) {
	r := newRig(t, "")
	in := []extract.Statement{
		{Speaker: "  Jane   Smith ", Text: "We will destroy the aggressors and punish their crimes.", Time: now.Add(-time.Hour)},
		{Speaker: "Li Wei", Text: "We welcome the agreement and will cooperate closely with our partners."},
	}
	res, err := r.p.Add(t.Context(), in)
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	if res.Added != 2 || res.Duplicates != 0 || len(res.Statements) != 2 {
		t.Fatalf("Add = %d added, %d duplicates, %d statements; want 2, 0, 2", res.Added, res.Duplicates, len(res.Statements))
	}
	if in[0].ID != "" || in[0].Speaker != "  Jane   Smith " {
		t.Error("Add modified its argument")
	}
	hostile, friendly := res.Statements[0], res.Statements[1]
	if hostile.Speaker != "Jane Smith" {
		t.Errorf("speaker = %q; want white space collapsed to %q", hostile.Speaker, "Jane Smith")
	}
	if want := extract.ID("Jane Smith", in[0].Text); hostile.ID != want {
		t.Errorf("id = %q; want extract.ID = %q", hostile.ID, want)
	}
	if !friendly.Time.Equal(now) {
		t.Errorf("missing time filled with %s; want the clock, %s", friendly.Time, now)
	}
	if hostile.Scores.Hostility <= friendly.Scores.Hostility || friendly.Scores.Cooperation <= hostile.Scores.Cooperation {
		t.Errorf("scores not filled sensibly: hostile %+v, friendly %+v", hostile.Scores, friendly.Scores)
	}
	if r.obs.scored != 2 {
		t.Errorf("ScoreDuration called %d times; want 2", r.obs.scored)
	}
	got, err := r.st.Get(t.Context(), hostile.ID)
	if err != nil {
		t.Fatalf("Get(%s): %v", hostile.ID, err)
	}
	if got.Scores.Hostility != hostile.Scores.Hostility || !got.Time.Equal(hostile.Time) {
		t.Errorf("stored %+v; want %+v", got, hostile)
	}
	if !reflect.DeepEqual(r.obs.added, []string{hostile.ID, friendly.ID}) {
		t.Errorf("observer saw %v; want both ids", r.obs.added)
	}
	if st, _ := r.tr.Speaker("Jane Smith"); st.Counts["24h"] != 1 || st.Counts["1h"] != 0 {
		t.Errorf("tracker counts for Jane Smith = %v; want 24h:1 and nothing in the last hour", st.Counts)
	}
}

func TestAddKeepsGivenScoresAndIDs(t *testing.T) {
	r := newRig(t, "")
	in := extract.Statement{ID: "wire-42", Speaker: "A", Text: "Fine words.", Time: now,
		Scores: tone.Scores{Valence: -0.75, Goldstein: 3}}
	res, err := r.p.Add(t.Context(), []extract.Statement{in})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Statements[0]; got.ID != "wire-42" || got.Scores.Valence != -0.75 || got.Scores.Goldstein != 3 {
		t.Errorf("stored %+v; want the given id and scores kept", got)
	}
	if r.obs.scored != 0 {
		t.Errorf("scored %d statements that came with scores", r.obs.scored)
	}
}

func TestDuplicatesCountOnce(t *testing.T) {
	r := newRig(t, "")
	first := []extract.Statement{{Speaker: "A", Text: "Peace now.", Time: now.Add(-2 * time.Hour)}}
	if _, err := r.p.Add(t.Context(), first); err != nil {
		t.Fatal(err)
	}
	// Replayed with another time and punctuation (same id), plus a new one.
	replay := []extract.Statement{
		{Speaker: "A", Text: "Peace, now!", Time: now},
		{Speaker: "A", Text: "Something new.", Time: now},
	}
	res, err := r.p.Add(t.Context(), replay)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || res.Duplicates != 1 {
		t.Fatalf("replay: %d added, %d duplicates; want 1, 1", res.Added, res.Duplicates)
	}
	if got := res.Statements[0]; !got.Time.Equal(now.Add(-2*time.Hour)) || got.Text != "Peace now." {
		t.Errorf("duplicate answered as %q at %s; want the stored row", got.Text, got.Time)
	}
	if r.obs.dups != 1 || len(r.obs.added) != 2 {
		t.Errorf("observer: %d duplicates, %d added; want 1, 2", r.obs.dups, len(r.obs.added))
	}
	if st, _ := r.tr.Speaker("A"); st.Count != 2 {
		t.Errorf("tracker count = %d; want 2", st.Count)
	}
}

func TestInvalidBatchStoresNothing(t *testing.T) {
	good := extract.Statement{Speaker: "A", Text: "Good."}
	tests := []struct {
		name  string
		bad   extract.Statement
		field string
	}{
		{"missing speaker", extract.Statement{Text: "Hello."}, "speaker"},
		{"blank speaker", extract.Statement{Speaker: " \t", Text: "Hello."}, "speaker"},
		{"missing text", extract.Statement{Speaker: "A"}, "text"},
		{"invalid UTF-8 text", extract.Statement{Speaker: "A", Text: "bad \xff byte"}, "text"},
		{"invalid UTF-8 speaker", extract.Statement{Speaker: "A\xc3", Text: "Hi."}, "speaker"},
		{"text too long", extract.Statement{Speaker: "A", Text: strings.Repeat("word ", 50)}, "text"},
		{"speaker too long", extract.Statement{Speaker: strings.Repeat("A", MaxSpeakerBytes+1), Text: "Hi."}, "speaker"},
		{"control character in speaker", extract.Statement{Speaker: "A\x07B", Text: "Hi."}, "speaker"},
		{"unknown kind", extract.Statement{Speaker: "A", Text: "Hi.", Kind: "shouted"}, "kind"},
		{"far future", extract.Statement{Speaker: "A", Text: "Hi.", Time: now.Add(48 * time.Hour)}, "time"},
		{"ancient", extract.Statement{Speaker: "A", Text: "Hi.", Time: time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC)}, "time"},
		{"id with spaces", extract.Statement{ID: "a b", Speaker: "A", Text: "Hi."}, "id"},
		{"url too long", extract.Statement{Speaker: "A", Text: "Hi.", URL: strings.Repeat("u", MaxFieldBytes+1)}, "url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, "")
			_, err := r.p.Add(t.Context(), []extract.Statement{good, tt.bad, good})
			var inv *InvalidError
			if !errors.As(err, &inv) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Add = %v; want an *InvalidError", err)
			}
			if inv.Index != 1 || inv.Field != tt.field {
				t.Errorf("error at statement %d, field %q (%v); want 1, %q", inv.Index, inv.Field, err, tt.field)
			}
			if n, _ := r.st.Count(t.Context()); n != 0 {
				t.Errorf("stored %d statements of a rejected batch", n)
			}
			if len(r.obs.added) != 0 || r.tr.Len() != 0 {
				t.Errorf("observer or tracker saw a rejected batch")
			}
		})
	}
}

func TestRebuildRestoresTracker(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	r := newRig(t, path)
	var in []extract.Statement
	for i, sp := range []string{"A", "B", "A", "C", "A", "B"} {
		in = append(in, extract.Statement{Speaker: sp, Text: "Statement " + strings.Repeat("x", i+1),
			Time: now.Add(-time.Duration(i*7) * time.Hour)})
	}
	if _, err := r.p.Add(t.Context(), in[3:]); err != nil {
		t.Fatal(err)
	}
	if _, err := r.p.Add(t.Context(), in[:3]); err != nil {
		t.Fatal(err)
	}
	want := r.tr.Snapshot()
	r.st.Close()

	r2 := newRig(t, path)
	if err := r2.p.Rebuild(t.Context()); err != nil {
		t.Fatalf("Rebuild: %v", err)
	}
	if got := r2.tr.Snapshot(); !reflect.DeepEqual(got, want) {
		t.Errorf("after Rebuild Snapshot = %+v\nwant %+v", got, want)
	}
	if len(r2.obs.added) != len(in) {
		t.Errorf("Rebuild told the observer of %d statements; want %d", len(r2.obs.added), len(in))
	}
}

// replayRecorder is a recorder that is also a Replayer.
type replayRecorder struct {
	recorder
	replayed []string
	done     int
}

func (r *replayRecorder) Replayed(st extract.Statement) {
	r.mu.Lock()
	r.replayed = append(r.replayed, st.ID)
	r.mu.Unlock()
}
func (r *replayRecorder) ReplayDone() { r.mu.Lock(); r.done++; r.mu.Unlock() }

// TestRebuildTellsReplayer checks that an Observer that is a Replayer hears
// of stored statements through Replayed, then ReplayDone once, and of new
// ones through Added.
func TestRebuildTellsReplayer(t *testing.T) {
	r := newRig(t, "")
	in := []extract.Statement{
		{Speaker: "A", Text: "First statement.", Time: now.Add(-time.Hour)},
		{Speaker: "B", Text: "Second statement.", Time: now.Add(-2 * time.Hour)},
	}
	if _, err := r.p.Add(t.Context(), in); err != nil {
		t.Fatal(err)
	}
	obs := &replayRecorder{}
	p, err := New(Options{Store: r.st, Tracker: track.New(track.Options{}), Observer: obs,
		Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Rebuild(t.Context()); err != nil {
		t.Fatalf("Rebuild: %v", err)
	}
	if len(obs.replayed) != len(in) || len(obs.added) != 0 || obs.done != 1 {
		t.Errorf("after Rebuild: %d replayed, %d added, ReplayDone %d times; want %d, 0, 1",
			len(obs.replayed), len(obs.added), obs.done, len(in))
	}
	if _, err := p.Add(t.Context(), []extract.Statement{{Speaker: "C", Text: "Third statement.", Time: now}}); err != nil {
		t.Fatal(err)
	}
	if len(obs.added) != 1 || len(obs.replayed) != len(in) {
		t.Errorf("after Add: %d added, %d replayed; want 1, %d", len(obs.added), len(obs.replayed), len(in))
	}
}

func TestAddArticle(t *testing.T) {
	r := newRig(t, "")
	a := extract.Article{
		Title:     "Talks collapse",
		Text:      "Talks collapse\n\n\"We will never accept these terms,\" said Prime Minister Jane Smith on Monday.",
		URL:       "https://example.com/talks",
		Published: now.Add(-3 * time.Hour),
		Source:    "example",
	}
	res, err := r.p.AddArticle(t.Context(), a)
	if err != nil {
		t.Fatalf("AddArticle: %v", err)
	}
	if res.Added == 0 {
		t.Fatalf("AddArticle stored nothing from %q", a.Text)
	}
	for _, st := range res.Statements {
		if !st.Time.Equal(a.Published) || st.URL != a.URL || st.Source != a.Source {
			t.Errorf("statement %+v lacks the article's time, URL or source", st)
		}
	}
	if n, _ := r.st.Count(t.Context()); n != int64(res.Added) {
		t.Errorf("Count = %d; want %d", n, res.Added)
	}
}

func TestNewNeedsStore(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("New without a store: no error")
	}
}

// TestAddDuringRebuildCountsOnce adds statements while a rebuild runs: each
// statement, old or new, is counted exactly once.
func TestAddDuringRebuildCountsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	r := newRig(t, path)
	var old []extract.Statement
	for i := range 3000 {
		old = append(old, extract.Statement{Speaker: "Old " + string(rune('A'+i%5)), Text: "Old statement " + strconv.Itoa(i),
			Time: now.Add(-time.Duration(i) * time.Minute), Scores: tone.Scores{Valence: 0.5}})
	}
	if _, err := r.p.Add(t.Context(), old); err != nil {
		t.Fatal(err)
	}
	r.st.Close()

	r2 := newRig(t, path)
	wait, err := r2.p.StartRebuild(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for b := range 10 {
		var batch []extract.Statement
		for i := range 50 {
			batch = append(batch, extract.Statement{Speaker: "New", Text: "New statement " + strconv.Itoa(b*50+i),
				Time: now, Scores: tone.Scores{Valence: -0.5}})
		}
		batch = append(batch, old[b]) // a replay: a duplicate, not counted
		if _, err := r2.p.Add(t.Context(), batch); err != nil {
			t.Fatal(err)
		}
	}
	if err := wait(); err != nil {
		t.Fatalf("rebuild: %v", err)
	}
	var total int64
	for _, s := range r2.tr.Snapshot() {
		total += s.Count
	}
	if total != 3500 || len(r2.obs.added) != 3500 {
		t.Errorf("tracker counts %d statements, observer saw %d; want 3500 each", total, len(r2.obs.added))
	}
}
