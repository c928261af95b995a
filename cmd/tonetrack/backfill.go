package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// runBackfill writes the stored history as OpenMetrics text with timestamps,
// for promtool tsdb create-blocks-from openmetrics.
func runBackfill(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("backfill", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", "tonetrack.db", "store `FILE` to read")
	out := fs.String("out", "", "OpenMetrics `FILE` to write (\"-\": standard output)")
	step := fs.Duration("step", 5*time.Minute, "`INTERVAL` between samples, like a scrape interval (at most 5m for lines without gaps under Prometheus' default lookback)")
	fromS := fs.String("from", "", "first sample `TIME` (RFC 3339 or YYYY-MM-DD; default: the first stored statement)")
	toS := fs.String("to", "", "last sample `TIME` (default: the last stored statement plus 7 days, or now if earlier)")
	var speakers speakerList
	fs.Var(&speakers, "speaker", "only this `NAME` (repeatable; default: every speaker). The output holds about 100 samples per speaker per step")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack backfill --db FILE --out FILE [--step 5m] [--from TIME] [--to TIME] [--speaker NAME...]\n\n"+
			"Replays the stored statements in statement time and writes, every --step, the gauges and counters\n"+
			"that 'tonetrack serve' exports at /metrics (tone_statements_total, the tone_score histogram, tone_score_last,\n"+
			"tone_score_mean, tone_score_shift, tone_last_statement_timestamp_seconds) for each speaker with a statement in the\n"+
			"7 days before, as OpenMetrics with timestamps, ending in '# EOF'. Load them into Prometheus with\n\n"+
			"  promtool tsdb create-blocks-from openmetrics --max-block-duration=24h FILE DATA_DIR\n\n"+
			"and move the blocks into Prometheus' data directory. (promtool reads the whole file once per block:\n"+
			"without --max-block-duration, once per 2 hours of history, which takes a long time.)\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("backfill: unexpected arguments %q", fs.Args())
	}
	if *out == "" {
		return errors.New("backfill: --out is required")
	}
	if *step < time.Second {
		return fmt.Errorf("backfill: --step %s: must be at least 1s", *step)
	}
	var from, to time.Time
	var err error
	if *fromS != "" {
		if from, err = parseTimeFlag(*fromS); err != nil {
			return fmt.Errorf("backfill: --from: %w", err)
		}
	}
	if *toS != "" {
		if to, err = parseTimeFlag(*toS); err != nil {
			return fmt.Errorf("backfill: --to: %w", err)
		}
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("backfill: --db: %w", err)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	defer st.Close()

	var w io.Writer = e.stdout
	var f *os.File
	if *out != "-" {
		f, err = os.Create(*out)
		if err != nil {
			return fmt.Errorf("backfill: %w", err)
		}
		defer f.Close()
		w = f
	}
	tmp, err := os.MkdirTemp("", "tonetrack-backfill-")
	if err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	defer os.RemoveAll(tmp)
	n, err := backfill(ctx, st, w, tmp, backfillOptions{Step: *step, From: from, To: to, Now: time.Now(), Speakers: speakers.set()})
	if err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	if f != nil {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("backfill: %w", err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("backfill: %w", err)
		}
	}
	e.log.Info("backfill written", "samples", n, "out", *out)
	if n == 0 {
		fmt.Fprintf(e.stderr, "tonetrack backfill: no samples: the store (or the --speaker selection) has no statements in range\n")
	}
	return nil
}

func parseTimeFlag(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither RFC 3339 nor YYYY-MM-DD", s)
	}
	return t, nil
}

type backfillOptions struct {
	Step     time.Duration
	From, To time.Time
	Now      time.Time
	Speakers map[string]bool // nil: all
}

// speakerList is a repeatable --speaker flag.
type speakerList []string

func (l *speakerList) String() string { return strings.Join(*l, ",") }

func (l *speakerList) Set(v string) error {
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return errors.New("empty speaker name")
	}
	*l = append(*l, v)
	return nil
}

func (l speakerList) set() map[string]bool {
	if len(l) == 0 {
		return nil
	}
	m := make(map[string]bool, len(l))
	for _, s := range l {
		m[s] = true
	}
	return m
}

// family is one metric family of the output, written to its own temporary
// file during the replay (OpenMetrics wants each family's samples together,
// and each series' samples in time order).
type family struct {
	name, typ, help string
	f               *os.File
	w               *bufio.Writer
}

// backfill replays st into a tracker whose clock is the sample time and
// writes the exported families to w. It returns the number of samples.
func backfill(ctx context.Context, st *store.Store, w io.Writer, tmp string, o backfillOptions) (int64, error) {
	fams := []*family{
		{name: "tone_statements", typ: "counter", help: "Statements stored, per speaker."},
		{name: "tone_score_last", typ: "gauge", help: "Score of the speaker's latest statement (by statement time)."},
		{name: "tone_score_mean", typ: "gauge", help: "Mean score of the speaker's statements over the window, in statement time."},
		{name: "tone_score_shift", typ: "gauge", help: "How far the speaker's last 24h stand from the 7 days before, in standard deviations of those 7 days (Glass's delta)."},
		{name: "tone_last_statement_timestamp_seconds", typ: "gauge", help: "Time of the speaker's latest statement, Unix seconds."},
		{name: "tone_score", typ: "histogram", help: "Scores of stored statements by speaker and dimension."},
	}
	// Cumulative tone_score histograms per speaker and dimension, with the
	// exporter's buckets.
	type hist struct {
		counts []uint64 // per bucket, not cumulative
		count  uint64
		sum    float64
	}
	hists := map[string][]hist{}
	observe := func(sp string, sc tone.Scores) {
		hs := hists[sp]
		if hs == nil {
			hs = make([]hist, len(tone.Tracked))
			for d, dim := range tone.Tracked {
				hs[d].counts = make([]uint64, len(exporter.ScoreBuckets[dim]))
			}
			hists[sp] = hs
		}
		for d, dim := range tone.Tracked {
			v, _ := sc.Get(dim)
			h := &hs[d]
			h.count++
			h.sum += v
			if i := sort.SearchFloat64s(exporter.ScoreBuckets[dim], v); i < len(h.counts) {
				h.counts[i]++
			}
		}
	}
	for _, fm := range fams {
		f, err := os.Create(filepath.Join(tmp, fm.name))
		if err != nil {
			return 0, err
		}
		defer f.Close()
		fm.f, fm.w = f, bufio.NewWriterSize(f, 256<<10)
	}
	var now time.Time
	tr := track.New(track.Options{Clock: func() time.Time { return now }})

	var samples int64
	var next time.Time // the next sample time
	started := false
	emit := func(at time.Time) error {
		now = at
		ts := strconv.FormatFloat(float64(at.UnixMilli())/1000, 'f', -1, 64)
		for _, s := range tr.Snapshot() {
			if len(s.Means) == 0 {
				continue // nothing in the last 7 days: not exported
			}
			sp := escapeLabel(s.Speaker)
			fmt.Fprintf(fams[0].w, "tone_statements_total{speaker=\"%s\"} %d %s\n", sp, s.Count, ts)
			fmt.Fprintf(fams[4].w, "tone_last_statement_timestamp_seconds{speaker=\"%s\"} %s %s\n", sp, formatFloat(float64(s.Last.UnixMilli())/1000), ts)
			samples += 2
			for _, d := range tone.Tracked {
				v, _ := s.LastScores.Get(d)
				fmt.Fprintf(fams[1].w, "tone_score_last{speaker=\"%s\",dimension=\"%s\"} %s %s\n", sp, d, formatFloat(v), ts)
				samples++
				for _, win := range track.Windows {
					if m, ok := s.Means[win][d]; ok {
						fmt.Fprintf(fams[2].w, "tone_score_mean{speaker=\"%s\",dimension=\"%s\",window=\"%s\"} %s %s\n", sp, d, win, formatFloat(m), ts)
						samples++
					}
				}
				if v, ok := s.Shift[d]; ok {
					fmt.Fprintf(fams[3].w, "tone_score_shift{speaker=\"%s\",dimension=\"%s\"} %s %s\n", sp, d, formatFloat(v), ts)
					samples++
				}
			}
			for d, dim := range tone.Tracked {
				h := hists[s.Speaker][d]
				var cum uint64
				for i, le := range exporter.ScoreBuckets[dim] {
					cum += h.counts[i]
					fmt.Fprintf(fams[5].w, "tone_score_bucket{speaker=\"%s\",dimension=\"%s\",le=\"%s\"} %d %s\n", sp, dim, formatFloat(le), cum, ts)
				}
				fmt.Fprintf(fams[5].w, "tone_score_bucket{speaker=\"%s\",dimension=\"%s\",le=\"+Inf\"} %d %s\n", sp, dim, h.count, ts)
				fmt.Fprintf(fams[5].w, "tone_score_count{speaker=\"%s\",dimension=\"%s\"} %d %s\n", sp, dim, h.count, ts)
				fmt.Fprintf(fams[5].w, "tone_score_sum{speaker=\"%s\",dimension=\"%s\"} %s %s\n", sp, dim, formatFloat(h.sum), ts)
				samples += int64(len(exporter.ScoreBuckets[dim]) + 3)
			}
		}
		return nil
	}
	var last time.Time
	err := st.EachScores(ctx, func(s extract.Statement) error {
		if o.Speakers != nil && !o.Speakers[s.Speaker] {
			return nil
		}
		if !started {
			started = true
			next = o.From
			if next.IsZero() {
				next = s.Time.Truncate(o.Step).Add(o.Step)
			}
		}
		// Emit every step before this statement: a sample at t sees the
		// statements up to and including t.
		for next.Before(s.Time) && (o.To.IsZero() || !next.After(o.To)) {
			if err := emit(next); err != nil {
				return err
			}
			next = next.Add(o.Step)
		}
		now = s.Time
		tr.Observe(s.Speaker, s.Time, s.Scores)
		observe(s.Speaker, s.Scores)
		last = s.Time
		return ctx.Err()
	})
	if err != nil {
		return 0, err
	}
	if started {
		end := o.To
		if end.IsZero() {
			// Until the windows have emptied, but not into the future.
			end = last.Add(7 * 24 * time.Hour)
			if end.After(o.Now) {
				end = o.Now
			}
		}
		for !next.After(end) {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
			if err := emit(next); err != nil {
				return 0, err
			}
			next = next.Add(o.Step)
		}
	}

	bw := bufio.NewWriterSize(w, 256<<10)
	for _, fm := range fams {
		if err := fm.w.Flush(); err != nil {
			return 0, err
		}
		if _, err := fm.f.Seek(0, io.SeekStart); err != nil {
			return 0, err
		}
		fmt.Fprintf(bw, "# HELP %s %s\n# TYPE %s %s\n", fm.name, fm.help, fm.name, fm.typ)
		if _, err := io.Copy(bw, fm.f); err != nil {
			return 0, err
		}
	}
	bw.WriteString("# EOF\n")
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	return samples, nil
}

func formatFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// escapeLabel escapes a label value for the text formats.
func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}
