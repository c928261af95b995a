package track

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

// TestAllStatsMatchesSnapshot checks that AllStats says what Snapshot says,
// window by window and dimension by dimension, for speakers with and without
// a shift and with empty windows.
func TestAllStatsMatchesSnapshot(t *testing.T) {
	if len(Windows) != NumWindows || len(tone.Tracked) != NumDims {
		t.Fatalf("NumWindows %d, NumDims %d; want %d, %d", NumWindows, NumDims, len(Windows), len(tone.Tracked))
	}
	tr := New(Options{Clock: func() time.Time { return now }})
	for s := range 4 {
		sp := fmt.Sprintf("S%d", 3-s)
		for k := range 3 + 4*s {
			f := float64((s+k)%7) / 6
			step := []int{50, 30, 9, 5}[s] // hours between statements
			tr.Observe(sp, now.Add(-time.Duration(k*step)*time.Hour-time.Duration(k)*time.Minute),
				tone.Scores{Valence: 2*f - 1, Hostility: f, Cooperation: 1 - f, Intensity: f * f, Goldstein: 10 * f})
		}
	}
	snap, stats := tr.Snapshot(), tr.AllStats()
	if len(snap) != len(stats) {
		t.Fatalf("%d stats; want %d", len(stats), len(snap))
	}
	shifts := 0
	for i, st := range snap {
		x := stats[i]
		if x.Speaker != st.Speaker || x.Count != st.Count || !x.First.Equal(st.First) || !x.Last.Equal(st.Last) || !reflect.DeepEqual(x.LastScores, st.LastScores) {
			t.Errorf("stats[%d] = %+v; snapshot %+v", i, x, st)
		}
		for w, win := range Windows {
			if x.Counts[w] != st.Counts[win] {
				t.Errorf("%s %s: count %d; want %d", st.Speaker, win, x.Counts[w], st.Counts[win])
			}
			for d, dim := range tone.Tracked {
				if want, ok := st.Means[win][dim]; ok != (x.Counts[w] > 0) || (ok && x.Means[w][d] != want) {
					t.Errorf("%s %s %s: mean %v (count %d); want %v (present %v)", st.Speaker, win, dim, x.Means[w][d], x.Counts[w], want, ok)
				}
			}
		}
		if x.HasShift != (len(st.Shift) > 0) {
			t.Errorf("%s: HasShift %v; snapshot shift %v", st.Speaker, x.HasShift, st.Shift)
		}
		if x.HasShift {
			shifts++
			for d, dim := range tone.Tracked {
				if x.Shift[d] != st.Shift[dim] {
					t.Errorf("%s %s: shift %v; want %v", st.Speaker, dim, x.Shift[d], st.Shift[dim])
				}
			}
		}
	}
	if shifts == 0 || shifts == len(snap) {
		t.Errorf("%d of %d speakers with a shift; the fixture should have both kinds", shifts, len(snap))
	}
}
