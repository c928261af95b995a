package track

import (
	"math"
	"sync"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

// now is the fixed clock of the tests: half past an hour.
var now = time.Date(2026, 11, 29, 10, 30, 0, 0, time.UTC)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func newTracker() (*Tracker, *clock) {
	c := &clock{t: now}
	return New(Options{Clock: c.now}), c
}

func val(v float64) tone.Scores {
	return tone.Scores{Valence: v, Hostility: v / 2, Cooperation: 1 - v, Intensity: v, Goldstein: 10 * v}
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestWindows(t *testing.T) {
	tr, _ := newTracker()
	// Observed in no particular order, the latest last-but-one.
	obs := []struct {
		ago time.Duration
		v   float64
	}{
		{3 * 24 * time.Hour, 0.6}, // 7d only
		{20 * time.Minute, 0.2},   // 1h, 24h, 7d
		{10 * 24 * time.Hour, -1}, // too old for every window
		{5 * time.Minute, 0.4},    // 1h, 24h, 7d (latest)
		{2 * time.Hour, 0.0},      // 24h, 7d
	}
	for _, o := range obs {
		tr.Observe("Alice", now.Add(-o.ago), val(o.v))
	}
	st, ok := tr.Speaker("Alice")
	if !ok {
		t.Fatal("Speaker(Alice) not found")
	}
	if st.Count != 5 {
		t.Errorf("Count = %d; want 5", st.Count)
	}
	if want := now.Add(-10 * 24 * time.Hour); !st.First.Equal(want) {
		t.Errorf("First = %s; want %s", st.First, want)
	}
	if want := now.Add(-5 * time.Minute); !st.Last.Equal(want) {
		t.Errorf("Last = %s; want %s", st.Last, want)
	}
	if st.LastScores.Valence != 0.4 {
		t.Errorf("LastScores.Valence = %v; want 0.4 (the latest statement's)", st.LastScores.Valence)
	}
	want := map[string]struct {
		n    int64
		mean float64
	}{
		"1h":  {2, 0.3},
		"24h": {3, 0.2},
		"7d":  {4, 0.3},
	}
	for w, exp := range want {
		if got := st.Counts[w]; got != exp.n {
			t.Errorf("Counts[%s] = %d; want %d", w, got, exp.n)
		}
		if got := st.Means[w][tone.DimValence]; !approx(got, exp.mean) {
			t.Errorf("Means[%s][valence] = %v; want %v", w, got, exp.mean)
		}
		if got := st.Means[w][tone.DimGoldstein]; !approx(got, 10*exp.mean) {
			t.Errorf("Means[%s][goldstein] = %v; want %v", w, got, 10*exp.mean)
		}
		if got := st.Means[w][tone.DimCooperation]; !approx(got, 1-exp.mean) {
			t.Errorf("Means[%s][cooperation] = %v; want %v", w, got, 1-exp.mean)
		}
	}
	if len(st.Shift) != 0 {
		t.Errorf("Shift = %v with 3 recent and 1 baseline statements; want none", st.Shift)
	}
}

func TestWindowsFollowTheClock(t *testing.T) {
	tr, c := newTracker()
	tr.Observe("Alice", now.Add(-10*time.Minute), val(0.5))
	c.set(now.Add(2 * time.Hour))
	st, _ := tr.Speaker("Alice")
	if _, ok := st.Means["1h"]; ok {
		t.Errorf("Means[1h] present two hours later: %v", st.Means["1h"])
	}
	if st.Counts["24h"] != 1 {
		t.Errorf("Counts[24h] = %d; want 1", st.Counts["24h"])
	}
	c.set(now.Add(8 * 24 * time.Hour))
	st, _ = tr.Speaker("Alice")
	if len(st.Means) != 0 || st.Count != 1 {
		t.Errorf("eight days later Means = %v, Count = %d; want no windows, Count 1", st.Means, st.Count)
	}
}

func TestLateStatementsLandInTheirWindow(t *testing.T) {
	tr, _ := newTracker()
	tr.Observe("Bob", now.Add(-time.Minute), val(1))
	// Arrives later, was said two days ago: 7d only, and not the last.
	tr.Observe("Bob", now.Add(-48*time.Hour), val(0))
	// Arrives later still, said 30 minutes ago.
	tr.Observe("Bob", now.Add(-30*time.Minute), val(0.5))
	st, _ := tr.Speaker("Bob")
	if st.Counts["1h"] != 2 || st.Counts["24h"] != 2 || st.Counts["7d"] != 3 {
		t.Errorf("Counts = %v; want 1h:2 24h:2 7d:3", st.Counts)
	}
	if got := st.Means["1h"][tone.DimValence]; !approx(got, 0.75) {
		t.Errorf("Means[1h][valence] = %v; want 0.75", got)
	}
	if st.LastScores.Valence != 1 || !st.Last.Equal(now.Add(-time.Minute)) {
		t.Errorf("Last = %s with valence %v; want the statement of a minute ago", st.Last, st.LastScores.Valence)
	}
}

func TestShift(t *testing.T) {
	tests := []struct {
		name      string
		baseline  []float64 // one per day, 2..8 days ago
		recent    []float64 // in the last 24h
		wantShift float64
		wantNone  bool
	}{
		{
			name:     "rise against a varied week",
			baseline: []float64{0.1, 0.3, 0.1, 0.3, 0.1, 0.3},
			recent:   []float64{0.5, 0.5, 0.5},
			// baseline mean 0.2, sample sd sqrt(6*0.01/5)
			wantShift: (0.5 - 0.2) / math.Sqrt(0.06/5),
		},
		{
			name:      "fall against a flat week uses the floor",
			baseline:  []float64{0.2, 0.2, 0.2, 0.2, 0.2},
			recent:    []float64{0.0, 0.0, 0.0},
			wantShift: (0.0 - 0.2) / 0.1,
		},
		{
			name:     "too few recent",
			baseline: []float64{0.2, 0.2, 0.2, 0.2, 0.2},
			recent:   []float64{0.9, 0.9},
			wantNone: true,
		},
		{
			name:     "too short a baseline",
			baseline: []float64{0.2, 0.2, 0.2, 0.2},
			recent:   []float64{0.9, 0.9, 0.9},
			wantNone: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, _ := newTracker()
			for i, v := range tt.baseline {
				tr.Observe("Carol", now.Add(-time.Duration(i+2)*24*time.Hour), val(v))
			}
			for i, v := range tt.recent {
				tr.Observe("Carol", now.Add(-time.Duration(i+1)*time.Hour), val(v))
			}
			st, _ := tr.Speaker("Carol")
			got, ok := st.Shift[tone.DimValence]
			if tt.wantNone {
				if ok {
					t.Fatalf("Shift[valence] = %v; want none", got)
				}
				return
			}
			if !ok || !approx(got, tt.wantShift) {
				t.Fatalf("Shift[valence] = %v, %v; want %v", got, ok, tt.wantShift)
			}
			if len(st.Shift) != len(tone.Tracked) {
				t.Errorf("Shift has %d dimensions; want %d", len(st.Shift), len(tone.Tracked))
			}
		})
	}
}

func TestMemoryIsBounded(t *testing.T) {
	tr, c := newTracker()
	// A month of one statement a minute, observed as the clock moves.
	start := now.Add(-30 * 24 * time.Hour)
	for m := range 30 * 24 * 60 {
		at := start.Add(time.Duration(m) * time.Minute)
		c.set(at)
		tr.Observe("Dave", at, val(0.1))
	}
	sr := tr.speakers["Dave"]
	if len(sr.minutes) > minuteBuckets || len(sr.hours) > hourBuckets {
		t.Fatalf("buckets: %d minutes, %d hours; want at most %d and %d",
			len(sr.minutes), len(sr.hours), minuteBuckets, hourBuckets)
	}
	if cap(sr.minutes) > 4*minuteBuckets || cap(sr.hours) > 4*hourBuckets {
		t.Errorf("bucket arrays grew: cap %d minutes, %d hours", cap(sr.minutes), cap(sr.hours))
	}
	st, _ := tr.Speaker("Dave")
	if st.Count != 30*24*60 || st.Counts["1h"] != 60 || st.Counts["7d"] != 7*24*60-30 {
		t.Errorf("Count %d, Counts %v; want %d, 1h:60, 7d:%d", st.Count, st.Counts, 30*24*60, 7*24*60-30)
	}
}

func TestSnapshotSortedAndHourly(t *testing.T) {
	tr, _ := newTracker()
	for _, sp := range []string{"Zed", "Amy", "Max"} {
		tr.Observe(sp, now.Add(-90*time.Minute), val(0.2))
		tr.Observe(sp, now.Add(-80*time.Minute), val(0.4))
		tr.Observe(sp, now.Add(-10*time.Minute), val(0.6))
	}
	snap := tr.Snapshot()
	if len(snap) != 3 || snap[0].Speaker != "Amy" || snap[1].Speaker != "Max" || snap[2].Speaker != "Zed" {
		t.Fatalf("Snapshot speakers out of order: %+v", snap)
	}
	pts := tr.Hourly("Max")
	if len(pts) != 2 {
		t.Fatalf("Hourly(Max) = %+v; want 2 hours", pts)
	}
	if pts[0].Count != 2 || !approx(pts[0].Means[tone.DimValence], 0.3) || !pts[0].Start.Equal(now.Truncate(time.Hour).Add(-time.Hour)) {
		t.Errorf("Hourly(Max)[0] = %+v; want 2 statements, mean 0.3, starting %s", pts[0], now.Truncate(time.Hour).Add(-time.Hour))
	}
	if tr.Hourly("Nobody") != nil {
		t.Error("Hourly(Nobody) != nil")
	}
}

func TestConcurrentObserve(t *testing.T) {
	tr, _ := newTracker()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 1000 {
				tr.Observe([]string{"A", "B"}[g%2], now.Add(-time.Duration(i)*time.Minute), val(0.5))
				if i%100 == 0 {
					tr.Snapshot()
				}
			}
		})
	}
	wg.Wait()
	snap := tr.Snapshot()
	if len(snap) != 2 || snap[0].Count != 2000 || snap[1].Count != 2000 {
		t.Fatalf("Snapshot = %+v; want A and B with 2000 each", snap)
	}
}

func BenchmarkSnapshot1000Speakers(b *testing.B) {
	tr, _ := newTracker()
	for s := range 1000 {
		for h := range 8 * 24 {
			tr.Observe(speakerName(s), now.Add(-time.Duration(h)*time.Hour), val(0.3))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		tr.Snapshot()
	}
}

func BenchmarkObserve(b *testing.B) {
	tr, _ := newTracker()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		tr.Observe(speakerName(i%1000), now.Add(-time.Duration(i%(7*24*60))*time.Minute), val(0.3))
		i++
	}
}

func speakerName(i int) string {
	return "Speaker " + string(rune('A'+i%26)) + string(rune('a'+(i/26)%26)) + string(rune('a'+(i/676)%26))
}

func TestFutureStatementsCountWhenTheirTimeComes(t *testing.T) {
	tr, c := newTracker()
	tr.Observe("Eve", now.Add(3*time.Hour), val(0.5))  // ahead of the clock
	tr.Observe("Eve", now.Add(48*time.Hour), val(0.5)) // too far ahead for the buckets
	st, _ := tr.Speaker("Eve")
	if len(st.Means) != 0 || st.Count != 2 {
		t.Fatalf("before its time: Means %v, Count %d; want no windows, Count 2", st.Means, st.Count)
	}
	c.set(now.Add(3*time.Hour + time.Minute))
	st, _ = tr.Speaker("Eve")
	if st.Counts["1h"] != 1 || st.Counts["24h"] != 1 {
		t.Errorf("once its time has come: Counts %v; want 1h:1 24h:1", st.Counts)
	}
}
