package exporter

import (
	"fmt"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
)

// replayStatements are n statements of a few speakers whose scores land in
// many buckets, several per bucket, in arrival order.
func replayStatements(n int) []extract.Statement {
	sts := make([]extract.Statement, n)
	for i := range sts {
		f := math.Mod(float64(i)*0.137, 1)
		st := extract.Statement{
			Speaker: fmt.Sprintf("Speaker %d", i%3),
			Text:    fmt.Sprintf("statement %d", i),
			Time:    now.Add(-time.Duration(i) * time.Minute),
			Scores:  tone.Scores{Valence: 2*f - 1, Hostility: f, Cooperation: 1 - f, Intensity: f * f, Goldstein: 20*f - 10},
		}
		st.ID = extract.ID(st.Speaker, st.Text)
		sts[i] = st
	}
	return sts
}

// scoreFamily gathers tone_score with the exemplar timestamps cleared.
func scoreFamily(t *testing.T, reg prometheus.Gatherer) *dto.MetricFamily {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "tone_score" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, b := range m.GetHistogram().GetBucket() {
				if b.Exemplar != nil {
					b.Exemplar.Timestamp = nil
				}
			}
		}
		return mf
	}
	t.Fatal("no tone_score family")
	return nil
}

// A replay (Replayed for each statement, then ReplayDone) gives tone_score
// the same counts, sums and exemplars as observing each statement with Added.
func TestReplayedSameAsAdded(t *testing.T) {
	sts := replayStatements(500)
	added, replayed := newRig(t, 0), newRig(t, 0)
	for _, st := range sts {
		added.ex.Added(st)
		replayed.ex.Replayed(st)
	}
	// Before ReplayDone the counts are not all in yet: the latest
	// statement of each bucket is held back.
	if a, r := sampleCount(t, added, "Speaker 0"), sampleCount(t, replayed, "Speaker 0"); r >= a {
		t.Errorf("before ReplayDone: count %d; want less than %d (held back for exemplars)", r, a)
	}
	replayed.ex.ReplayDone()
	want, got := scoreFamily(t, added.reg), scoreFamily(t, replayed.reg)
	if len(got.GetMetric()) != len(want.GetMetric()) {
		t.Fatalf("%d tone_score series after the replay; want %d", len(got.GetMetric()), len(want.GetMetric()))
	}
	for i, w := range want.GetMetric() {
		g := got.GetMetric()[i]
		name := fmt.Sprint(w.GetLabel())
		if fmt.Sprint(g.GetLabel()) != name {
			t.Fatalf("series %d: labels %v; want %v", i, g.GetLabel(), w.GetLabel())
		}
		gh, wh := g.GetHistogram(), w.GetHistogram()
		if gh.GetSampleCount() != wh.GetSampleCount() {
			t.Errorf("%s: count %d; want %d", name, gh.GetSampleCount(), wh.GetSampleCount())
		}
		// The held-back values are added last: the same sum up to rounding.
		if math.Abs(gh.GetSampleSum()-wh.GetSampleSum()) > 1e-9 {
			t.Errorf("%s: sum %v; want %v", name, gh.GetSampleSum(), wh.GetSampleSum())
		}
		for j, wb := range wh.GetBucket() {
			gb := gh.GetBucket()[j]
			if gb.GetCumulativeCount() != wb.GetCumulativeCount() {
				t.Errorf("%s le=%v: count %d; want %d", name, wb.GetUpperBound(), gb.GetCumulativeCount(), wb.GetCumulativeCount())
			}
			if gb.GetExemplar().String() != wb.GetExemplar().String() {
				t.Errorf("%s le=%v: exemplar %v; want %v", name, wb.GetUpperBound(), gb.GetExemplar(), wb.GetExemplar())
			}
		}
	}
	var exemplars int
	for _, m := range got.GetMetric() {
		for _, b := range m.GetHistogram().GetBucket() {
			if b.GetExemplar() != nil {
				exemplars++
			}
		}
	}
	if exemplars < 3*len(tone.Tracked)*5 {
		t.Errorf("%d exemplars after the replay; want one in most buckets", exemplars)
	}
}

func sampleCount(t *testing.T, r *rig, speaker string) uint64 {
	t.Helper()
	m := series(t, r, "tone_score", speaker, "hostility")
	if m == nil {
		t.Fatalf("no tone_score{speaker=%q,dimension=hostility}", speaker)
	}
	return m.GetHistogram().GetSampleCount()
}

// A statement added while the replay runs is newer than every replayed one:
// its exemplar stays when the replay ends, and every statement counts once.
func TestAddedDuringReplayKeepsExemplar(t *testing.T) {
	r := newRig(t, 0)
	old := extract.Statement{ID: "old", Speaker: "Alice", Time: now.Add(-time.Hour),
		Scores: tone.Scores{Hostility: 0.55, Goldstein: 3}}
	live := extract.Statement{ID: "live", Speaker: "Alice", Time: now,
		Scores: tone.Scores{Hostility: 0.52, Goldstein: -9}}
	r.ex.Replayed(old)
	r.ex.Added(live)
	r.ex.ReplayDone()
	m := series(t, r, "tone_score", "Alice", "hostility")
	if m == nil {
		t.Fatal("no tone_score{speaker=Alice,dimension=hostility}")
	}
	if c := m.GetHistogram().GetSampleCount(); c != 2 {
		t.Errorf("count %d; want 2", c)
	}
	for _, b := range m.GetHistogram().GetBucket() {
		if b.GetUpperBound() == 0.6 {
			if id := b.GetExemplar().GetLabel()[0].GetValue(); id != "live" {
				t.Errorf("hostility le=0.6 exemplar %q; want the live statement's", id)
			}
		}
	}
	// In goldstein they fall in different buckets: each keeps its own.
	g := series(t, r, "tone_score", "Alice", "goldstein")
	ids := map[string]bool{}
	for _, b := range g.GetHistogram().GetBucket() {
		if ex := b.GetExemplar(); ex != nil {
			ids[ex.GetLabel()[0].GetValue()] = true
		}
	}
	if !ids["old"] || !ids["live"] {
		t.Errorf("goldstein exemplars %v; want old and live", ids)
	}
}

// TestReplayWithConcurrentScrapes replays while scrapes re-rank the speakers
// (deleting the series of those that leave the set) and new statements
// arrive: nothing races, the labels stay bounded, and after ReplayDone no
// statement is held back.
func TestReplayWithConcurrentScrapes(t *testing.T) {
	const max = 5
	r := newRig(t, max)
	sts := replayStatements(3000)
	for i := range sts {
		sts[i].Speaker = fmt.Sprintf("S%02d", (i*7)%40)
		r.tr.Observe(sts[i].Speaker, sts[i].Time, sts[i].Scores)
	}
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Go(func() {
		for _, st := range sts {
			r.ex.Replayed(st)
		}
	})
	wg.Go(func() {
		for i := range 200 {
			r.add(fmt.Sprintf("S%02d", i%40), time.Duration(i)*time.Second, 0.1, 0.2, 0.3, 0.4, 1)
		}
	})
	wg.Go(func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			if _, err := r.reg.Gather(); err != nil {
				t.Errorf("Gather: %v", err)
				return
			}
		}
	})
	time.Sleep(20 * time.Millisecond)
	close(done)
	wg.Wait()
	r.ex.ReplayDone()
	if r.ex.replay != nil || r.ex.replaying.Load() {
		t.Errorf("after ReplayDone: replay state left (%d series)", len(r.ex.replay))
	}
	if n := testutil.CollectAndCount(r.reg, "tone_score"); n > (max+1)*len(tone.Tracked) {
		t.Errorf("tone_score series = %d; want at most %d", n, (max+1)*len(tone.Tracked))
	}
}
