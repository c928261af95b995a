package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func benchArticles(b *testing.B) ([]Article, int64) {
	b.Helper()
	var as []Article
	var n int64
	for _, dir := range []string{"testdata/articles", "testdata/heldout"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if strings.HasSuffix(p, ".jsonl") {
				continue
			}
			a := readArticle(b, p)
			as = append(as, a)
			n += int64(len(a.Text))
		}
	}
	return as, n
}

// BenchmarkExtract measures whole extraction (attribution and scoring) over
// the test articles; MB/s is of article text.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	benchEach(b, func(a Article) { x.Extract(a) })
}

// BenchmarkAttribute measures attribution alone, without scoring.
func BenchmarkAttribute(b *testing.B) {
	x := newTestExtractor(b)
	benchEach(b, func(a Article) { x.find(a) })
}

// benchEach runs f on every test article per loop and reports articles/s
// and MB/s of article text.
func benchEach(b *testing.B, f func(Article)) {
	as, n := benchArticles(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			f(a)
		}
	}
	b.ReportMetric(float64(b.N*len(as))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkAttributeLong measures attribution on one long generated article
// (about 140 KB, 1,000 paragraphs, 2,000 speakers), to show that the cost
// grows with the length of the article, not its square.
func BenchmarkAttributeLong(b *testing.B) {
	var sb strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&sb, "\"We will win round %d,\" said Person%c Name%d. He added that talks were over. "+
			"Official%d Smith%d said the plan \"works\" and urged calm.\n", i, 'A'+rune(i%26), i, i, i)
	}
	a := Article{Text: sb.String()}
	x := newTestExtractor(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		x.find(a)
	}
}
