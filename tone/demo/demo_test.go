package demo

import (
	"testing"

	"github.com/tonetrack/tonetrack/tone/extract"
)

func TestArticles(t *testing.T) {
	as, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) < 5 {
		t.Fatalf("got %d demo articles; want at least 5", len(as))
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]int{}
	for i, a := range as {
		if a.Published.IsZero() {
			t.Errorf("article %d (%q) has no publication time", i, a.Title)
		}
		if i > 0 && a.Published.Before(as[i-1].Published) {
			t.Errorf("article %d (%q) is out of time order", i, a.Title)
		}
		sts := x.Extract(a)
		if len(sts) == 0 {
			t.Errorf("article %d (%q) gives no statements", i, a.Title)
		}
		for _, s := range sts {
			speakers[s.Speaker]++
			if !s.Time.Equal(a.Published) {
				t.Errorf("statement time %v; want the article's %v", s.Time, a.Published)
			}
		}
	}
	for _, want := range []string{"Kim Jong Un", "Joe Biden", "Fumio Kishida", "Mira Castell", "Aldo Varga", "Lena Okafor", "Tor Benning"} {
		if speakers[want] == 0 {
			t.Errorf("no statements by %s; got %v", want, speakers)
		}
	}
}
