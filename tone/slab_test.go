package tone

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"
)

// TestEvidenceChunksKept checks that the Results whose evidence shares a
// chunk (scratch.termsFor, concat3) keep their own: each Result of many
// texts, scored in turn on several goroutines and kept, marshals as the
// same text scored alone by a fresh Analyzer.
func TestEvidenceChunksKept(t *testing.T) {
	texts := []string{
		"We have no intention of attacking, but we will not negotiate with terrorists!",
		"The window for dialogue is open, without preconditions.",
		"They never threatened anyone and did not refuse the talks.",
		"Kim Jong Un said the U.S. would pay dearly; Biden welcomed the talks.",
		"Don’t ever say it wasn't a GREAT, great deal?",
		"",
	}
	for _, s := range Sentences(benchText(t)) {
		texts = append(texts, s.Text)
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		b, err := json.Marshal(analyzerForTest(t).Score(s))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = string(b)
	}
	a := analyzerForTest(t)
	const workers, rounds = 4, 60 // enough texts to fill several chunks
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var kept []Result
			for r := range rounds {
				for i := range texts {
					kept = append(kept, a.Score(texts[(i+w+r)%len(texts)]))
				}
			}
			for k, res := range kept {
				r, i := k/len(texts), k%len(texts)
				b, err := json.Marshal(res)
				if err != nil {
					errs <- err
					return
				}
				if j := (i + w + r) % len(texts); string(b) != want[j] {
					errs <- fmt.Errorf("worker %d, result %d (%q):\n%s\nwant\n%s", w, k, texts[j], b, want[j])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func analyzerForTest(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// TestScoreAcrossAnnotate scores on four goroutines before, during and
// after the background annotate (which fills the word slots' Naive Bayes
// fields and builds the model's hashIndex while Score reads the slots):
// every Result must marshal as the text scored alone. Run with -race.
func TestScoreAcrossAnnotate(t *testing.T) {
	texts := []string{
		"We have no intention of attacking, but we will not negotiate with terrorists!",
		"The window for dialogue is open, without preconditions.",
		"They never threatened anyone and did not refuse the talks.",
		"Don’t ever say it wasn't a GREAT, great deal?",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		b, err := json.Marshal(analyzerForTest(t).Score(s))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = string(b)
	}
	a := analyzerForTest(t)
	const workers = 4
	per := annotateAfter/workers + 500 // past the start of annotate
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < per || (w == 0 && a.rh.nbModel.Load() != a.bayes && n < 50*per); n++ {
				i := (n + w) % len(texts)
				b, err := json.Marshal(a.Score(texts[i]))
				if err != nil {
					errs <- err
					return
				}
				if string(b) != want[i] {
					errs <- fmt.Errorf("worker %d, text %d (%q):\n%s\nwant\n%s", w, n, texts[i], b, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if a.rh.nbModel.Load() != a.bayes {
		t.Error("annotate did not finish while scoring")
	}
}
