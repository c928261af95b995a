package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// item is one feed item served by the test site.
type item struct {
	guid, title, path string
	pub               time.Time
	desc              string
}

// site is a news site served on 127.0.0.1: an RSS feed (with ETag and
// Last-Modified unless dumb), article pages, and counters of what was asked.
type site struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	items    []item
	dumb     bool // no validators
	pages    map[string]string
	pageHits map[string]int

	feedHits, notModified atomic.Int32
	modified              time.Time // Last-Modified of the Atom feed
	userAgent             atomic.Value
}

func newSite(tb testing.TB) *site {
	tb.Helper()
	s := &site{t: tb, pages: map[string]string{}, pageHits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feed.xml", s.feed)
	mux.HandleFunc("GET /broken.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed`)
	})
	mux.HandleFunc("GET /slow.xml", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("GET /huge.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>`)
		for range 5000 {
			fmt.Fprint(w, `<item><title>Filler</title><description>`+strings.Repeat("x", 200)+`</description></item>`)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("GET /gone.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("GET /atom.xml", s.atom)
	mux.HandleFunc("GET /news/{name}", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		body, ok := s.pages[r.PathValue("name")]
		s.pageHits[r.PathValue("name")]++
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	})
	s.srv = httptest.NewServer(mux)
	tb.Cleanup(s.srv.Close)
	return s
}

func (s *site) url(path string) string { return s.srv.URL + path }

func (s *site) setItems(items ...item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = items
}

func (s *site) setPage(name, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[name] = body
}

func (s *site) hits(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pageHits[name]
}

func (s *site) feed(w http.ResponseWriter, r *http.Request) {
	s.feedHits.Add(1)
	s.userAgent.Store(r.Header.Get("User-Agent"))
	s.mu.Lock()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0"><channel><title>Example News</title><link>` + s.srv.URL + `</link><description>News</description>`)
	for _, it := range s.items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate>",
			html.EscapeString(it.title), html.EscapeString(s.srv.URL+it.path), html.EscapeString(it.guid), it.pub.Format(time.RFC1123Z))
		if it.desc != "" {
			fmt.Fprintf(&b, "<description>%s</description>", html.EscapeString(it.desc))
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	dumb := s.dumb
	s.mu.Unlock()
	body := b.String()
	sum := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if !dumb {
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprint(w, body)
}

// atom serves the items as an Atom feed with relative links, validated by
// Last-Modified only.
func (s *site) atom(w http.ResponseWriter, r *http.Request) {
	s.feedHits.Add(1)
	s.mu.Lock()
	mod := s.modified
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry</title><id>urn:test:ministry</id><updated>` + mod.Format(time.RFC3339) + `</updated>`)
	for _, it := range s.items {
		fmt.Fprintf(&b, `<entry><title>%s</title><id>%s</id><link href="%s"/><published>%s</published><updated>%s</updated></entry>`,
			html.EscapeString(it.title), html.EscapeString(it.guid), html.EscapeString(it.path), it.pub.Format(time.RFC3339), it.pub.Format(time.RFC3339))
	}
	b.WriteString(`</feed>`)
	s.mu.Unlock()
	if ims, err := http.ParseTime(r.Header.Get("If-Modified-Since")); err == nil && !mod.After(ims) {
		s.notModified.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Last-Modified", mod.UTC().Format(http.TimeFormat))
	w.Header().Set("Content-Type", "application/atom+xml")
	fmt.Fprint(w, b.String())
}

// articlePage is a news page in which named officials say things.
func articlePage(tb testing.TB, n int) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/page.html")
	if err != nil {
		tb.Fatal(err)
	}
	// Different words on every page, so every page has its own statements.
	return strings.ReplaceAll(string(b), "{N}", fmt.Sprint(n))
}

// env is a real store and pipeline, and the feed state in the same file.
type env struct {
	path  string
	st    *store.Store
	pipe  *pipeline.Pipeline
	state *State
}

func newEnv(tb testing.TB, path string) *env {
	tb.Helper()
	ctx := context.Background()
	an, err := tone.New(tone.Options{})
	if err != nil {
		tb.Fatalf("tone.New: %v", err)
	}
	x, err := extract.New(extract.Options{Analyzer: an})
	if err != nil {
		tb.Fatalf("extract.New: %v", err)
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		tb.Fatalf("store.Open: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{Store: st, Tracker: track.New(track.Options{}), Analyzer: an, Extractor: x,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		tb.Fatalf("pipeline.New: %v", err)
	}
	state, err := OpenState(ctx, path)
	if err != nil {
		tb.Fatalf("OpenState: %v", err)
	}
	e := &env{path: path, st: st, pipe: p, state: state}
	tb.Cleanup(e.close)
	return e
}

func (e *env) close() {
	e.state.Close()
	e.st.Close()
}

func (e *env) statements(tb testing.TB) []extract.Statement {
	tb.Helper()
	var out []extract.Statement
	if err := e.st.Each(context.Background(), func(st extract.Statement) error {
		out = append(out, st)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}

func newPoller(tb testing.TB, e *env, sink Sink, opts Options, feeds ...Feed) (*Poller, *prometheus.Registry) {
	tb.Helper()
	reg := prometheus.NewRegistry()
	if sink == nil {
		sink = e.pipe
	}
	opts.Feeds, opts.Sink, opts.State, opts.Registerer = feeds, sink, e.state, reg
	opts.Version = "test"
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	p, err := New(opts)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return p, reg
}

func counter(tb testing.TB, p *Poller, feed string) float64 {
	tb.Helper()
	return testutil.ToFloat64(p.m.items.WithLabelValues(feed))
}

func errCount(tb testing.TB, p *Poller, feed, reason string) float64 {
	tb.Helper()
	return testutil.ToFloat64(p.m.errors.WithLabelValues(feed, reason))
}

var t0 = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

func threeItems(tb testing.TB, s *site) []item {
	var items []item
	for i := 1; i <= 3; i++ {
		name := fmt.Sprintf("story-%d", i)
		s.setPage(name, articlePage(tb, i))
		items = append(items, item{guid: "id-" + name, title: fmt.Sprintf("Talks resume, day %d", i), path: "/news/" + name, pub: t0.Add(time.Duration(i) * time.Hour)})
	}
	return items
}

func TestNewItemsThenNotModified(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	items := threeItems(t, s)
	s.setItems(items[2], items[1], items[0]) // newest first, as feeds do
	p, reg := newPoller(t, e, nil, Options{}, Feed{URL: s.url("/feed.xml"), Name: "example"})

	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatalf("PollOnce: %v", err)
	}
	if got := counter(t, p, "example"); got != 3 {
		t.Errorf("tone_feed_items_total = %v; want 3", got)
	}
	sts := e.statements(t)
	if len(sts) != 9 {
		t.Fatalf("stored %d statements; want 9 (3 per page)", len(sts))
	}
	for _, st := range sts {
		if st.Source != "example" || !strings.HasPrefix(st.URL, s.url("/news/story-")) {
			t.Errorf("statement %s: source %q url %q; want source example and the item's link", st.ID, st.Source, st.URL)
		}
		if st.Time.Before(t0) || st.Time.After(t0.Add(3*time.Hour)) {
			t.Errorf("statement %s: time %v; want the item's pubDate", st.ID, st.Time)
		}
		if !strings.HasPrefix(st.Title, "Talks resume, day") {
			t.Errorf("statement %s: title %q; want the item's title", st.ID, st.Title)
		}
	}
	if ua, _ := s.userAgent.Load().(string); !strings.HasPrefix(ua, "tonetrack/test (+https://") {
		t.Errorf("User-Agent = %q; want tonetrack/test with a URL", ua)
	}
	last := testutil.ToFloat64(p.m.lastSuccess.WithLabelValues("example"))
	if time.Since(time.Unix(int64(last), 0)) > time.Minute {
		t.Errorf("tone_feed_last_success_timestamp_seconds = %v; want about now", last)
	}

	// Unchanged feed: a conditional GET answered 304, no page fetched again.
	before := s.hits("story-1")
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatalf("second PollOnce: %v", err)
	}
	if s.notModified.Load() != 1 {
		t.Errorf("304 answers = %d; want 1 (validators not sent?)", s.notModified.Load())
	}
	if s.hits("story-1") != before {
		t.Errorf("page fetched again on an unchanged feed")
	}
	if got := counter(t, p, "example"); got != 3 {
		t.Errorf("tone_feed_items_total = %v after 304; want 3", got)
	}
	if n, err := testutil.GatherAndCount(reg, "tone_feed_errors_total"); err != nil || n != len(Reasons) {
		t.Errorf("tone_feed_errors_total series = %d, %v; want %d (one per reason)", n, err, len(Reasons))
	}
	if problems, err := testutil.GatherAndLint(reg); err != nil || len(problems) > 0 {
		t.Errorf("metric lint: %v %v", problems, err)
	}
}

func TestItemsMoveBetweenPolls(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	items := threeItems(t, s)
	s.setItems(items[2], items[1], items[0])
	p, _ := newPoller(t, e, nil, Options{}, Feed{URL: s.url("/feed.xml"), Name: "example"})
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	// A new item on top, the oldest dropped, the rest reordered.
	s.setPage("story-4", articlePage(t, 4))
	fourth := item{guid: "id-story-4", title: "Talks resume, day 4", path: "/news/story-4", pub: t0.Add(4 * time.Hour)}
	s.setItems(fourth, items[1], items[2])
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := counter(t, p, "example"); got != 4 {
		t.Errorf("tone_feed_items_total = %v; want 4", got)
	}
	for _, name := range []string{"story-1", "story-2", "story-3", "story-4"} {
		if h := s.hits(name); h != 1 {
			t.Errorf("page %s fetched %d times; want once", name, h)
		}
	}
	if n := len(e.statements(t)); n != 12 {
		t.Errorf("stored %d statements; want 12", n)
	}
}

func TestRestartRemembersItems(t *testing.T) {
	s := newSite(t)
	s.dumb = true // no validators: every poll reads the whole feed
	path := filepath.Join(t.TempDir(), "tone.db")
	e := newEnv(t, path)
	items := threeItems(t, s)
	s.setItems(items...)
	p, _ := newPoller(t, e, nil, Options{}, Feed{URL: s.url("/feed.xml"), Name: "example"})
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	e.close()

	e2 := newEnv(t, path)
	p2, _ := newPoller(t, e2, nil, Options{}, Feed{URL: s.url("/feed.xml"), Name: "example"})
	if err := p2.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := counter(t, p2, "example"); got != 0 {
		t.Errorf("after restart tone_feed_items_total = %v; want 0", got)
	}
	if h := s.hits("story-1"); h != 1 {
		t.Errorf("page fetched %d times across a restart; want once", h)
	}
	if s.feedHits.Load() != 2 {
		t.Errorf("feed fetched %d times; want 2", s.feedHits.Load())
	}
	if n := len(e2.statements(t)); n != 9 {
		t.Errorf("store has %d statements after restart; want 9", n)
	}
}

func TestBadFeedsDoNotStopOthers(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	s.setItems(threeItems(t, s)...)
	p, _ := newPoller(t, e, nil, Options{Timeout: 300 * time.Millisecond, MaxFeedBytes: 256 << 10},
		Feed{URL: s.url("/broken.xml"), Name: "broken"},
		Feed{URL: s.url("/slow.xml"), Name: "slow"},
		Feed{URL: s.url("/huge.xml"), Name: "huge"},
		Feed{URL: s.url("/gone.xml"), Name: "busy"},
		Feed{URL: "http://127.0.0.1:1/feed.xml", Name: "refused"},
		Feed{URL: s.url("/feed.xml"), Name: "good"},
	)
	err := p.PollOnce(t.Context())
	if err == nil {
		t.Fatal("PollOnce = nil; want the bad feeds' errors")
	}
	tests := []struct {
		feed, reason, msg string
	}{
		{"broken", ReasonParse, "not a valid RSS, Atom or JSON feed"},
		{"slow", ReasonTimeout, "no complete answer within 300ms"},
		{"huge", ReasonTooLarge, "body exceeds the size limit of 262144 bytes"},
		{"busy", ReasonHTTPStatus, "HTTP 503"},
		{"refused", ReasonNetwork, "connect"},
	}
	for _, tc := range tests {
		if got := errCount(t, p, tc.feed, tc.reason); got != 1 {
			t.Errorf("tone_feed_errors_total{feed=%q,reason=%q} = %v; want 1", tc.feed, tc.reason, got)
		}
		if !strings.Contains(err.Error(), "feed "+tc.feed+": ") || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("PollOnce error %q; want feed %s to mention %q", err, tc.feed, tc.msg)
		}
	}
	if got := counter(t, p, "good"); got != 3 {
		t.Errorf("good feed items = %v; want 3 despite the bad feeds", got)
	}
	var fe *Error
	if !errors.As(err, &fe) {
		t.Errorf("PollOnce error does not wrap *Error")
	}
}

func TestOversizedAndMissingPages(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	items := threeItems(t, s)
	big := articlePage(t, 9)
	big = strings.Replace(big, "</article>", "<p>"+strings.Repeat("More words here. ", 20000)+"</p></article>", 1)
	s.setPage("big", big)
	items = append(items,
		item{guid: "big", title: "Big page", path: "/news/big", pub: t0.Add(5 * time.Hour)},
		item{guid: "missing", title: "Missing page", path: "/news/missing", pub: t0.Add(6 * time.Hour)},
		// A page that is gone, but the item carries its own text.
		item{guid: "described", title: "Described", path: "/news/also-missing", pub: t0.Add(7 * time.Hour),
			desc: `<p>"We will defend our sovereignty at any cost," Prime Minister Lena Holt said on Sunday.</p>`},
	)
	s.setItems(items...)
	p, _ := newPoller(t, e, nil, Options{MaxPageBytes: 100 << 10, MaxAttempts: 2}, Feed{URL: s.url("/feed.xml"), Name: "example"})
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatalf("PollOnce: %v (item failures are not feed failures)", err)
	}
	if got := errCount(t, p, "example", ReasonTooLarge); got != 1 {
		t.Errorf("too_large errors = %v; want 1", got)
	}
	if got := errCount(t, p, "example", ReasonHTTPStatus); got != 2 {
		t.Errorf("http_status errors = %v; want 2 (missing and also-missing)", got)
	}
	if got := counter(t, p, "example"); got != 4 {
		t.Errorf("items = %v; want 4 (three pages and the described item)", got)
	}
	var holt bool
	for _, st := range e.statements(t) {
		if st.Speaker == "Lena Holt" {
			holt = true
		}
	}
	if !holt {
		t.Error("the described item's statement by Lena Holt was not stored")
	}
	// Failed items are retried on the next poll (the feed is read again,
	// not answered 304), then given up after MaxAttempts.
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if s.notModified.Load() != 0 {
		t.Error("feed answered 304 while items were pending: failed items would never be retried")
	}
	if h := s.hits("big"); h != 2 {
		t.Errorf("big page fetched %d times; want 2 (MaxAttempts)", h)
	}
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if h := s.hits("big"); h != 2 {
		t.Errorf("big page fetched %d times after giving up; want 2", h)
	}
	if s.notModified.Load() != 1 {
		t.Errorf("304 answers = %d once every item was settled; want 1", s.notModified.Load())
	}
}

// failingSink fails its first n calls, then passes to the real pipeline.
type failingSink struct {
	Sink
	n atomic.Int32
}

func (f *failingSink) AddArticle(ctx context.Context, a extract.Article) (pipeline.Result, error) {
	if f.n.Add(-1) >= 0 {
		return pipeline.Result{}, errors.New("disk full")
	}
	return f.Sink.AddArticle(ctx, a)
}

func TestSeenOnlyAfterCommit(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	s.setItems(threeItems(t, s)...)
	sink := &failingSink{Sink: e.pipe}
	sink.n.Store(2)
	// MaxAttempts 1: an item fault would give the item up at once; a store
	// failure must not.
	p, _ := newPoller(t, e, sink, Options{MaxAttempts: 1}, Feed{URL: s.url("/feed.xml"), Name: "example"})
	for range 2 {
		// The store failing fails the poll (so it backs off) at the first item.
		if err := p.PollOnce(t.Context()); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Fatalf("PollOnce with a failing store = %v; want the store's error", err)
		}
	}
	if got := errCount(t, p, "example", ReasonStore); got != 2 {
		t.Errorf("store errors = %v; want 2", got)
	}
	for _, key := range []string{"guid:id-story-1", "guid:id-story-2", "guid:id-story-3"} {
		if seen, err := e.state.Seen(t.Context(), key); err != nil || seen {
			t.Errorf("Seen(%s) = %v, %v after a failed store; want false", key, seen, err)
		}
	}
	if err := p.PollOnce(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := counter(t, p, "example"); got != 3 {
		t.Errorf("items = %v after the store recovered; want 3", got)
	}
	if n := len(e.statements(t)); n != 9 {
		t.Errorf("stored %d statements; want 9", n)
	}
}

func TestDefaultSpeakerForReleases(t *testing.T) {
	release, err := os.ReadFile("testdata/release.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, speaker string
		want          int
	}{
		{"configured", "Ministry of Foreign Affairs of Japan", 2},
		{"not configured", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
			s.setPage("release", string(release))
			s.setPage("story", articlePage(t, 1))
			s.setItems(
				item{guid: "r1", title: "Statement on the missile launch", path: "/news/release", pub: t0},
				item{guid: "s1", title: "Talks resume", path: "/news/story", pub: t0.Add(time.Hour)},
			)
			p, _ := newPoller(t, e, nil, Options{}, Feed{URL: s.url("/feed.xml"), Name: "mofa", DefaultSpeaker: tc.speaker})
			if err := p.PollOnce(t.Context()); err != nil {
				t.Fatal(err)
			}
			var got, quoted int
			for _, st := range e.statements(t) {
				switch {
				case st.Speaker == tc.speaker && tc.speaker != "":
					got++
					if st.Via != "press release" || st.Kind != extract.Direct || !st.Time.Equal(t0) {
						t.Errorf("release statement %+v; want via press release, direct, item time", st)
					}
					if strings.Contains(st.Text, "Contact") || strings.Contains(st.Text, "November 2026") {
						t.Errorf("release statement %q is a contact or dateline line", st.Text)
					}
				case st.Speaker == "Anna Berg" || st.Speaker == "Paul Grant":
					quoted++
				}
			}
			if got != tc.want {
				t.Errorf("statements by the default speaker = %d; want %d", got, tc.want)
			}
			if quoted != 3 {
				t.Errorf("quoted statements in the news story = %d; want 3 (never given to the default speaker)", quoted)
			}
			if c := counter(t, p, "mofa"); c != 2 {
				t.Errorf("items = %v; want 2", c)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	p := &Poller{opts: Options{MinBackoff: time.Minute, MaxBackoff: time.Hour}}
	f := Feed{Interval: 15 * time.Minute}
	tests := []struct {
		name     string
		n        int
		err      error
		min, max time.Duration
	}{
		{"first failure", 1, errors.New("x"), 48 * time.Second, 72 * time.Second},
		{"third failure", 3, errors.New("x"), 192 * time.Second, 288 * time.Second},
		{"capped", 20, errors.New("x"), 48 * time.Minute, 72 * time.Minute},
		{"retry-after wins", 1, &Error{Reason: ReasonHTTPStatus, Status: 503, RetryAfter: 10 * time.Minute}, 10 * time.Minute, 10 * time.Minute},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[time.Duration]bool{}
			for range 50 {
				d := p.backoff(f, tc.n, tc.err)
				if d < tc.min || d > tc.max {
					t.Fatalf("backoff(%d) = %v; want %v..%v", tc.n, d, tc.min, tc.max)
				}
				seen[d] = true
			}
			if tc.min != tc.max && len(seen) < 10 {
				t.Errorf("backoff(%d) took %d distinct values in 50 draws; want jitter", tc.n, len(seen))
			}
		})
	}
}

func TestRunPollsUntilCancelled(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	s.setItems(threeItems(t, s)...)
	p, _ := newPoller(t, e, nil, Options{}, Feed{URL: s.url("/feed.xml"), Name: "example", Interval: time.Second})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for s.feedHits.Load() < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("feed polled %d times in 10s; want 2 at a 1s interval", s.feedHits.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v; want nil on cancel", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if got := counter(t, p, "example"); got != 3 {
		t.Errorf("items = %v; want 3", got)
	}
}

func TestNewRejectsBadFeeds(t *testing.T) {
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	tests := []struct {
		name  string
		feeds []Feed
		want  string
	}{
		{"not http", []Feed{{URL: "ftp://example.org/feed"}}, `feed 1: feed url "ftp://example.org/feed": want an absolute http or https URL`},
		{"relative", []Feed{{URL: "/feed.xml"}}, "want an absolute http or https URL"},
		{"same name", []Feed{{URL: "https://a.example/x"}, {URL: "https://a.example/y"}}, `feed 2: name "a.example" used twice`},
		{"interval", []Feed{{URL: "https://a.example/x", Interval: time.Millisecond}}, "interval 1ms is shorter than 1s"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(Options{Feeds: tc.feeds, Sink: e.pipe, State: e.state})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New(%v) = %v; want an error containing %q", tc.feeds, err, tc.want)
			}
		})
	}
}

func TestAtomLastModifiedRelativeLinks(t *testing.T) {
	s := newSite(t)
	e := newEnv(t, filepath.Join(t.TempDir(), "tone.db"))
	s.modified = t0
	s.setItems(threeItems(t, s)...)
	p, _ := newPoller(t, e, nil, Options{}, Feed{URL: s.url("/atom.xml"), Name: "ministry"})
	for range 2 {
		if err := p.PollOnce(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if got := counter(t, p, "ministry"); got != 3 {
		t.Errorf("items = %v; want 3", got)
	}
	if s.notModified.Load() != 1 {
		t.Errorf("304 answers = %d; want 1 (If-Modified-Since not sent?)", s.notModified.Load())
	}
	for _, st := range e.statements(t) {
		if !strings.HasPrefix(st.URL, s.url("/news/")) {
			t.Errorf("statement url %q; want the relative link resolved against the feed", st.URL)
		}
	}
	if seen, err := e.state.Seen(t.Context(), "guid:id-story-2"); err != nil || !seen {
		t.Errorf("Seen(Atom id) = %v, %v; want true", seen, err)
	}
}
