package track_test

import (
	"fmt"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/track"
)

// A speaker whose tone turns hostile: the last day stands well above the
// week before.
func ExampleTracker() {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	tr := track.New(track.Options{Clock: func() time.Time { return now }})
	// A calm week before: one statement a day, hostility 0.1 or 0.2 (the
	// statement 8 days ago has left every window; 7 days ago is in the
	// baseline of the shift but not in the 7d mean, which ends now).
	for day := 2; day <= 8; day++ {
		tr.Observe("Jane Smith", now.Add(-time.Duration(day)*24*time.Hour), tone.Scores{Hostility: 0.1 + 0.1*float64(day%2)})
	}
	// Then three hostile statements today, one of them arriving late.
	tr.Observe("Jane Smith", now.Add(-2*time.Hour), tone.Scores{Hostility: 0.7})
	tr.Observe("Jane Smith", now.Add(-30*time.Minute), tone.Scores{Hostility: 0.8})
	tr.Observe("Jane Smith", now.Add(-5*time.Hour), tone.Scores{Hostility: 0.6})

	st, _ := tr.Speaker("Jane Smith")
	fmt.Printf("statements: %d (1h: %d, 24h: %d, 7d: %d)\n", st.Count, st.Counts["1h"], st.Counts["24h"], st.Counts["7d"])
	fmt.Printf("hostility mean 24h %.2f, 7d %.2f\n", st.Means["24h"][tone.DimHostility], st.Means["7d"][tone.DimHostility])
	fmt.Printf("hostility shift %.1f\n", st.Shift[tone.DimHostility])
	// Output:
	// statements: 10 (1h: 1, 24h: 3, 7d: 8)
	// hostility mean 24h 0.70, 7d 0.35
	// hostility shift 10.0
}
