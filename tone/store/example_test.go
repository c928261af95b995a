package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
)

// Statements are stored once per id: a replay is reported as not added.
func ExampleStore_Add() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "store-example-")
	defer os.RemoveAll(dir)
	st, err := store.Open(ctx, filepath.Join(dir, "tonetrack.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	a := extract.Statement{Speaker: "Li Wei", Text: "We welcome the talks.", Time: at, Scores: tone.Scores{Valence: 0.6}}
	b := extract.Statement{Speaker: "Jane Smith", Text: "We will not yield.", Time: at.Add(time.Hour), Scores: tone.Scores{Valence: -0.3}}
	a.ID, b.ID = extract.ID(a.Speaker, a.Text), extract.ID(b.Speaker, b.Text)

	added, _ := st.Add(ctx, []extract.Statement{a, b})
	fmt.Println("first:", added)
	added, _ = st.Add(ctx, []extract.Statement{b})
	fmt.Println("replay:", added)

	min := 0.0
	sts, _, _ := st.List(ctx, store.Query{Dimension: tone.DimValence, Min: &min})
	for _, s := range sts {
		fmt.Println(s.Speaker, s.Time.Format(time.RFC3339), s.Scores.Valence)
	}
	// Output:
	// first: [true true]
	// replay: [false]
	// Li Wei 2026-11-20T09:00:00Z 0.6
}
