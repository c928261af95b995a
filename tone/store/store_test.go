package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
)

var t0 = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func openTemp(tb testing.TB) (*Store, string) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "tonetrack.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, path
}

func stmt(speaker, text string, at time.Time, valence float64) extract.Statement {
	return extract.Statement{
		ID:      extract.ID(speaker, text),
		Speaker: speaker,
		Text:    text,
		Kind:    extract.Direct,
		Time:    at,
		Source:  "test",
		Scores:  tone.Scores{Valence: valence, Bayes: 0.5, Hostility: 0.1, Cooperation: 0.2, Intensity: 0.3, Goldstein: -1.5},
		Evidence: tone.NewEvidence(map[string][]tone.Term{
			tone.DimValence: {{Term: "good", Weight: 0.4}},
		}),
	}
}

func mustAdd(tb testing.TB, s *Store, sts ...extract.Statement) []bool {
	tb.Helper()
	added, err := s.Add(context.Background(), sts)
	if err != nil {
		tb.Fatalf("Add: %v", err)
	}
	return added
}

func count(tb testing.TB, s *Store) int64 {
	tb.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		tb.Fatalf("Count: %v", err)
	}
	return n
}

func TestAddIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	a := stmt("Alice", "We will build bridges.", t0, 0.5)
	b := stmt("Bob", "We will not yield.", t0.Add(time.Minute), -0.2)
	c := stmt("Carol", "Talks resume tomorrow.", t0.Add(2*time.Minute), 0.1)

	if got, want := mustAdd(t, s, a, b), []bool{true, true}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Add(a, b) = %v; want %v", got, want)
	}
	// A replay of a, a new c, and c again in the same batch.
	replay := a
	replay.Time = t0.Add(time.Hour)
	if got, want := mustAdd(t, s, replay, c, c), []bool{false, true, false}; !reflect.DeepEqual(got, want) {
		t.Fatalf("Add(a, c, c) = %v; want %v", got, want)
	}
	if n := count(t, s); n != 3 {
		t.Fatalf("Count = %d; want 3", n)
	}
	got, err := s.Get(t.Context(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Time.Equal(t0) {
		t.Errorf("replay changed the stored time to %s; want %s", got.Time, t0)
	}
}

func TestAddAllOrNothing(t *testing.T) {
	tests := []struct {
		name string
		bad  func(*extract.Statement)
	}{
		{"empty id", func(st *extract.Statement) { st.ID = "" }},
		{"empty speaker", func(st *extract.Statement) { st.Speaker = "" }},
		{"NaN score", func(st *extract.Statement) { st.Scores.Hostility = math.NaN() }},
		{"infinite extra score", func(st *extract.Statement) { st.Scores.Extra = map[string]float64{"x": math.Inf(1)} }},
		{"time out of range", func(st *extract.Statement) { st.Time = time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
			mustAdd(t, s, stmt("Alice", "First.", t0, 0))
			batch := []extract.Statement{
				stmt("Bob", "One.", t0, 0), stmt("Bob", "Two.", t0, 0), stmt("Bob", "Three.", t0, 0),
			}
			tt.bad(&batch[1])
			if _, err := s.Add(t.Context(), batch); err == nil {
				t.Fatalf("Add with %s: no error", tt.name)
			}
			if n := count(t, s); n != 1 {
				t.Errorf("Count after a rejected batch = %d; want 1", n)
			}
		})
	}
}

// TestAddRollsBackOnDatabaseError makes SQLite itself fail in the middle of a
// batch (a trigger that aborts on one row) and checks that the rows before it
// are not committed.
func TestAddRollsBackOnDatabaseError(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.w.Exec(`CREATE TRIGGER boom BEFORE INSERT ON statements
		WHEN NEW.speaker = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	batch := []extract.Statement{
		stmt("Bob", "One.", t0, 0), stmt("Bob", "Two.", t0, 0), stmt("Boom", "Three.", t0, 0),
	}
	_, err := s.Add(t.Context(), batch)
	if err == nil {
		t.Fatal("Add: no error from the aborting trigger")
	}
	if n := count(t, s); n != 0 {
		t.Errorf("Count after a failed batch = %d; want 0", n)
	}
	// The store still works.
	if got := mustAdd(t, s, batch[:2]...); !reflect.DeepEqual(got, []bool{true, true}) {
		t.Errorf("Add after the failure = %v; want [true true]", got)
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	s, path := openTemp(t)
	a := stmt("Alice", "We will build bridges.", t0.In(time.FixedZone("X", 3600)), 0.5)
	a.Via = "Reuters"
	a.Title = "Bridges"
	a.URL = "https://example.com/a"
	a.Scores.Extra = map[string]float64{"populism": 0.25}
	mustAdd(t, s, a)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s2, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	got, err := s2.Get(t.Context(), a.ID)
	if err != nil {
		t.Fatalf("Get after reopen: %v", err)
	}
	want := a
	want.Time = a.Time.UTC()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Get after reopen = %+v; want %+v", got, want)
	}
	if _, err := s2.Get(t.Context(), "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(nope) error = %v; want ErrNotFound", err)
	}
}

func TestMigrations(t *testing.T) {
	s, path := openTemp(t)
	v, err := s.SchemaVersion(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if want := migrations[len(migrations)-1].version; v != want {
		t.Fatalf("SchemaVersion = %d; want %d", v, want)
	}
	var applied int
	if err := s.w.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if applied != len(migrations) {
		t.Fatalf("schema_migrations has %d rows; want %d", applied, len(migrations))
	}
	var mode string
	if err := s.r.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v; want wal", mode, err)
	}
	var sync int
	if err := s.w.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != 2 {
		t.Fatalf("synchronous = %d, %v; want 2 (FULL)", sync, err)
	}
	// Reopening applies nothing twice.
	s.Close()
	s2, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if err := s2.w.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if applied != len(migrations) {
		t.Fatalf("after reopen schema_migrations has %d rows; want %d", applied, len(migrations))
	}
	// A database from a newer tonetrack is refused.
	if _, err := s2.w.Exec("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"); err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if _, err := Open(t.Context(), path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open of a newer schema: error %v; want ErrNewerSchema", err)
	}
}

func TestList(t *testing.T) {
	s, _ := openTemp(t)
	var all []extract.Statement
	for i := range 25 {
		sp := "Alice"
		if i%2 == 1 {
			sp = "Bob"
		}
		all = append(all, stmt(sp, fmt.Sprintf("Statement number %d.", i), t0.Add(time.Duration(i)*time.Hour), float64(i)/25))
	}
	// Store them out of order.
	mustAdd(t, s, all[10:]...)
	mustAdd(t, s, all[:10]...)
	f := func(v float64) *float64 { return &v }

	tests := []struct {
		name string
		q    Query
		want []int // indexes into all, in the expected order
	}{
		{"newest first", Query{Limit: 3}, []int{24, 23, 22}},
		{"speaker", Query{Speaker: "Bob", Limit: 3}, []int{23, 21, 19}},
		{"time range", Query{From: t0.Add(2 * time.Hour), To: t0.Add(5 * time.Hour)}, []int{4, 3, 2}},
		{"min", Query{Dimension: "valence", Min: f(22.0 / 25)}, []int{24, 23, 22}},
		{"max", Query{Dimension: "valence", Max: f(1.0 / 25)}, []int{1, 0}},
		{"min and max and speaker", Query{Speaker: "Alice", Dimension: "valence", Min: f(0.2), Max: f(0.4)}, []int{10, 8, 6}},
		{"none", Query{Speaker: "Nobody"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := s.List(t.Context(), tt.q)
			if err != nil {
				t.Fatalf("List(%+v): %v", tt.q, err)
			}
			var ids, want []string
			for _, st := range got {
				ids = append(ids, st.ID)
			}
			for _, i := range tt.want {
				want = append(want, all[i].ID)
			}
			if !reflect.DeepEqual(ids, want) {
				t.Errorf("List(%+v) ids = %v; want %v", tt.q, ids, want)
			}
		})
	}

	t.Run("cursor pages through everything once", func(t *testing.T) {
		q := Query{Limit: 7}
		var seen []string
		pages := 0
		for {
			got, next, err := s.List(t.Context(), q)
			if err != nil {
				t.Fatal(err)
			}
			pages++
			for _, st := range got {
				seen = append(seen, st.ID)
			}
			if next == "" {
				break
			}
			q.Cursor = next
		}
		if pages != 4 || len(seen) != 25 {
			t.Fatalf("paged %d pages, %d statements; want 4, 25", pages, len(seen))
		}
		for i, id := range seen {
			if want := all[24-i].ID; id != want {
				t.Fatalf("statement %d of the pages = %s; want %s", i, id, want)
			}
		}
	})

	bad := []struct {
		name string
		q    Query
	}{
		{"unknown dimension", Query{Dimension: "anger"}},
		{"min without dimension", Query{Min: f(0)}},
		{"bad cursor", Query{Cursor: "!!"}},
		{"cursor of garbage", Query{Cursor: "Z2FyYmFnZQ"}},
		{"negative limit", Query{Limit: -1}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, err := s.List(t.Context(), tt.q); !errors.Is(err, ErrBadQuery) {
				t.Errorf("List(%+v) error = %v; want ErrBadQuery", tt.q, err)
			}
		})
	}
}

func TestEachInTimeOrder(t *testing.T) {
	old := scanPage
	scanPage = 3 // cross page boundaries, with ties on time
	defer func() { scanPage = old }()
	s, _ := openTemp(t)
	times := []int{5, 1, 9, 1, 7, 3, 3, 3, 0, 8}
	for i, h := range times {
		mustAdd(t, s, stmt("Alice", fmt.Sprintf("Number %d.", i), t0.Add(time.Duration(h)*time.Hour), 0))
	}
	for _, light := range []bool{false, true} {
		var got []time.Time
		var texts int
		err := s.each(t.Context(), light, true, 0, func(st extract.Statement) error {
			got = append(got, st.Time)
			if st.Text != "" {
				texts++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(times) {
			t.Fatalf("each(light=%v) gave %d statements; want %d", light, len(got), len(times))
		}
		for i := 1; i < len(got); i++ {
			if got[i].Before(got[i-1]) {
				t.Fatalf("each(light=%v): %s after %s", light, got[i], got[i-1])
			}
		}
		if light && texts != 0 || !light && texts != len(times) {
			t.Errorf("each(light=%v) gave %d texts", light, texts)
		}
	}
	// ScanScores: arrival order, every statement once, none added after
	// the mark.
	mark, err := s.Mark(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, stmt("Alice", "After the mark.", t0, 0))
	var seqTimes []time.Time
	if err := s.ScanScores(t.Context(), mark, func(st extract.Statement) error {
		seqTimes = append(seqTimes, st.Time)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(seqTimes) != len(times) {
		t.Fatalf("ScanScores gave %d statements; want %d", len(seqTimes), len(times))
	}
	for i, h := range times {
		if want := t0.Add(time.Duration(h) * time.Hour); !seqTimes[i].Equal(want) {
			t.Errorf("ScanScores statement %d at %s; want %s (arrival order)", i, seqTimes[i], want)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Each(t.Context(), func(extract.Statement) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Each with a failing fn = %v after %d calls; want stop after 1", err, n)
	}
}

func TestConcurrentAdds(t *testing.T) {
	s, _ := openTemp(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Go(func() {
			for b := range 5 {
				var batch []extract.Statement
				for i := range 20 {
					// Half the batches overlap between goroutines.
					batch = append(batch, stmt("Alice", fmt.Sprintf("g%d b%d i%d", g%4, b, i), t0, 0))
				}
				if _, err := s.Add(context.Background(), batch); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Add: %v", err)
	}
	if n := count(t, s); n != 4*5*20 {
		t.Errorf("Count = %d; want %d", n, 4*5*20)
	}
}

// TestQueriesUseIndexes checks with EXPLAIN QUERY PLAN that the scans behind
// Each and List read an index range rather than the whole table.
func TestQueriesUseIndexes(t *testing.T) {
	s, _ := openTemp(t)
	tests := []struct {
		name, sql string
		args      []any
	}{
		{"scan page", "SELECT " + lightColumns + " FROM statements WHERE seq > ? ORDER BY seq LIMIT ?", []any{0, 10}},
		{"each page", "SELECT " + columns + " FROM statements WHERE (time_ns, seq) > (?, ?) ORDER BY time_ns, seq LIMIT ?", []any{0, 0, 10}},
		{"list by speaker", "SELECT " + columns + " FROM statements WHERE speaker = ? AND (time_ns, seq) < (?, ?) ORDER BY time_ns DESC, seq DESC LIMIT ?", []any{"A", 0, 0, 10}},
		{"list by time", "SELECT " + columns + " FROM statements WHERE time_ns >= ? AND time_ns < ? ORDER BY time_ns DESC, seq DESC LIMIT ?", []any{0, 1, 10}},
		{"get", "SELECT " + columns + " FROM statements WHERE id = ?", []any{"x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := s.r.Query("EXPLAIN QUERY PLAN "+tt.sql, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			joined := strings.Join(plan, "; ")
			t.Logf("plan: %s", joined)
			if !strings.Contains(joined, "SEARCH statements USING") || strings.Contains(joined, "TEMP B-TREE") {
				t.Errorf("plan of %s: %s; want an index read in order", tt.name, joined)
			}
		})
	}
}
