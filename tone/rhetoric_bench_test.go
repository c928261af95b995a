package tone_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/jonreiter/govader"
	"github.com/tonetrack/tonetrack/tone"
)

// benchSentences are the seed statements and the careful-reader pairs: news
// sentences of ordinary length.
func benchSentences(tb testing.TB) ([]string, int) {
	tb.Helper()
	var out []string
	f, err := os.Open("testdata/seed-statements.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var st struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &st); err != nil {
			tb.Fatal(err)
		}
		out = append(out, st.Text)
	}
	data, err := os.ReadFile("testdata/rhetoric_pairs.json")
	if err != nil {
		tb.Fatal(err)
	}
	var pairs []struct{ More, Less string }
	if err := json.Unmarshal(data, &pairs); err != nil {
		tb.Fatal(err)
	}
	for _, p := range pairs {
		out = append(out, p.More, p.Less)
	}
	n := 0
	for _, s := range out {
		n += len(s)
	}
	return out, n
}

// BenchmarkScore scores the sentences on every dimension, with evidence.
func BenchmarkScore(b *testing.B) {
	a := analyzer(b)
	sents, n := benchSentences(b)
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			a.Score(s)
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkGovader is the baseline: VADER's Go port on the same sentences.
func BenchmarkGovader(b *testing.B) {
	v := govader.NewSentimentIntensityAnalyzer()
	sents, n := benchSentences(b)
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			v.PolarityScores(s)
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkVersusGovader scores the same sentences with govader and with
// tonetrack (all dimensions) in one run and reports tonetrack's speed as a
// multiple of govader's (target: at least 3).
func BenchmarkVersusGovader(b *testing.B) {
	a := analyzer(b)
	v := govader.NewSentimentIntensityAnalyzer()
	sents, n := benchSentences(b)
	b.ReportAllocs()
	b.SetBytes(int64(2 * n))
	var tv, tt time.Duration
	runV := func() {
		t0 := time.Now()
		for _, s := range sents {
			v.PolarityScores(s)
		}
		tv += time.Since(t0)
	}
	runT := func() {
		t0 := time.Now()
		for _, s := range sents {
			a.Score(s)
		}
		tt += time.Since(t0)
	}
	odd := false
	for b.Loop() {
		// Alternate the order so that neither pays for the other's garbage.
		if odd {
			runT()
			runV()
		} else {
			runV()
			runT()
		}
		odd = !odd
	}
	secs := func(d time.Duration) float64 { return max(d.Seconds(), 1e-9) }
	b.ReportMetric(float64(len(sents)*b.N)/secs(tv), "govader-sentences/s")
	b.ReportMetric(float64(len(sents)*b.N)/secs(tt), "tonetrack-sentences/s")
	b.ReportMetric(secs(tv)/secs(tt), "speedup")
}

// BenchmarkBayesPredict is the Naive Bayes part of Score alone (tokenizing
// included), to show its share of BenchmarkScore.
func BenchmarkBayesPredict(b *testing.B) {
	m, err := tone.DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	sents, n := benchSentences(b)
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			m.Predict(tone.Tokenize(s))
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
