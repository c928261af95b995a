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
