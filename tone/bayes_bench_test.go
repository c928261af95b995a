package tone

import (
	"testing"
)

// benchText is the news article of the sentence goldens.
func benchText(tb testing.TB) string {
	tb.Helper()
	cases := readGolden[[]string](tb, articleGolden)
	return cases[0].Input
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokenize(text)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

// BenchmarkLoadModel measures loading the embedded model (checking it and
// reading its arrays in place), what a command pays at start-up.
func BenchmarkLoadModel(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(defaultModelData)))
	for b.Loop() {
		if _, err := ParseModel(defaultModelData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPredict scores the article sentence by sentence with evidence,
// as statements are scored.
func BenchmarkPredict(b *testing.B) {
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	var toks [][]Token
	for _, s := range Sentences(text) {
		toks = append(toks, Tokenize(s.Text))
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, t := range toks {
			m.Predict(t)
		}
	}
}

// BenchmarkPredictArticle scores the whole article as one text.
func BenchmarkPredictArticle(b *testing.B) {
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	toks := Tokenize(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Predict(toks)
	}
}

// BenchmarkScoreSentences runs the whole Analyzer (all dimensions, with
// tokenizing) over the article's sentences.
func BenchmarkScoreSentences(b *testing.B) {
	a, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	var sents []string
	for _, s := range Sentences(text) {
		sents = append(sents, s.Text)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, s := range sents {
			a.Score(s)
		}
	}
}
