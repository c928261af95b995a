package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
)

// Sink takes in statements and articles; *pipeline.Pipeline satisfies it.
// Both methods return only once the statements are committed.
type Sink interface {
	Add(ctx context.Context, sts []extract.Statement) (pipeline.Result, error)
	AddArticle(ctx context.Context, a extract.Article) (pipeline.Result, error)
}

// Defaults for Feed and Options fields left zero.
const (
	DefaultInterval     = 15 * time.Minute
	DefaultTimeout      = 30 * time.Second
	DefaultMaxFeedBytes = 10 << 20
	DefaultMaxPageBytes = 5 << 20
	DefaultMaxBackoff   = 6 * time.Hour
	DefaultMinBackoff   = time.Minute
	DefaultMaxAttempts  = 6
	DefaultRetention    = 180 * 24 * time.Hour
	// MinInterval is the shortest polling interval a Feed may ask for.
	MinInterval = time.Second
	// maxReleaseStatements caps the statements one release yields for its
	// default speaker.
	maxReleaseStatements = 60
)

// Feed is one RSS or Atom feed to follow.
type Feed struct {
	// URL of the feed (http or https).
	URL string `yaml:"url"`
	// Name is the source name given to its articles and the feed label of
	// its metrics; default: the URL's host. Names are unique.
	Name string `yaml:"name"`
	// Interval between polls; default DefaultInterval.
	Interval time.Duration `yaml:"interval"`
	// DefaultSpeaker, when set, is the speaker of items in which the
	// extractor finds no attributed statement: an institution's press
	// releases speak for it. Empty means such items yield nothing.
	DefaultSpeaker string `yaml:"default_speaker"`
}

// Normalize fills defaults and checks f.
func (f *Feed) Normalize() error {
	f.URL = strings.TrimSpace(f.URL)
	u, err := url.Parse(f.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("feed url %q: want an absolute http or https URL", f.URL)
	}
	f.Name = strings.TrimSpace(f.Name)
	if f.Name == "" {
		f.Name = u.Host
	}
	if f.Interval == 0 {
		f.Interval = DefaultInterval
	}
	if f.Interval < MinInterval {
		return fmt.Errorf("feed %s: interval %s is shorter than %s", f.Name, f.Interval, MinInterval)
	}
	f.DefaultSpeaker = strings.TrimSpace(f.DefaultSpeaker)
	return nil
}

// Options configures a Poller. Sink and State are required; the rest has
// safe defaults.
type Options struct {
	Feeds []Feed
	Sink  Sink
	State *State
	// Registerer takes the tone_feed_* metrics; nil leaves them unregistered.
	Registerer prometheus.Registerer
	Logger     *slog.Logger
	// Client is the HTTP client; nil means one with a cloned default transport.
	// Timeouts come from Timeout, not from the client.
	Client *http.Client
	// Version goes into the default User-Agent.
	Version   string
	UserAgent string
	// Timeout bounds each request, body included.
	Timeout      time.Duration
	MaxFeedBytes int64
	MaxPageBytes int64
	// MinBackoff and MaxBackoff bound the delay after consecutive errors.
	MinBackoff, MaxBackoff time.Duration
	// MaxAttempts is how many polls try an item before it is given up.
	MaxAttempts int
	// Retention is how long State remembers items.
	Retention time.Duration
}

// Poller follows feeds. Build it with New, then Run it.
type Poller struct {
	opts   Options
	feeds  []Feed
	client *http.Client
	log    *slog.Logger
	m      *metrics
	locks  map[string]*sync.Mutex // serialise polls of one feed between Run and PollOnce
}

// New checks opts and builds a Poller, registering its metrics.
func New(opts Options) (*Poller, error) {
	if opts.Sink == nil {
		return nil, errors.New("feed: no sink")
	}
	if opts.State == nil {
		return nil, errors.New("feed: no state")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxFeedBytes <= 0 {
		opts.MaxFeedBytes = DefaultMaxFeedBytes
	}
	if opts.MaxPageBytes <= 0 {
		opts.MaxPageBytes = DefaultMaxPageBytes
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = DefaultMinBackoff
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultMaxAttempts
	}
	if opts.Retention <= 0 {
		opts.Retention = DefaultRetention
	}
	if opts.UserAgent == "" {
		v := opts.Version
		if v == "" {
			v = "dev"
		}
		opts.UserAgent = "tonetrack/" + v + " (+https://github.com/tonetrack/tonetrack)"
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	client := opts.Client
	if client == nil {
		client = &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	}
	p := &Poller{opts: opts, client: client, log: log.With("component", "feed"), locks: map[string]*sync.Mutex{}}
	names := map[string]bool{}
	for i, f := range opts.Feeds {
		if err := f.Normalize(); err != nil {
			return nil, fmt.Errorf("feed %d: %w", i+1, err)
		}
		if names[f.Name] {
			return nil, fmt.Errorf("feed %d: name %q used twice; give each feed its own name", i+1, f.Name)
		}
		names[f.Name] = true
		p.feeds = append(p.feeds, f)
		p.locks[f.Name] = &sync.Mutex{}
	}
	m, err := newMetrics(opts.Registerer, p.feeds)
	if err != nil {
		return nil, err
	}
	p.m = m
	return p, nil
}

// Feeds returns the feeds, normalised.
func (p *Poller) Feeds() []Feed { return append([]Feed(nil), p.feeds...) }

// Run polls every feed on its interval until ctx is done, then returns nil.
// Each feed has its own goroutine and backoff: one feed's failures never
// delay another's polls. The first poll of each feed starts at once.
func (p *Poller) Run(ctx context.Context) error {
	if n, err := p.opts.State.Prune(ctx, time.Now().Add(-p.opts.Retention)); err != nil {
		return err
	} else if n > 0 {
		p.log.Info("forgot old feed items", "items", n, "retention", p.opts.Retention)
	}
	var wg sync.WaitGroup
	for _, f := range p.feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.loop(ctx, f)
		}()
	}
	wg.Wait()
	return nil
}

func (p *Poller) loop(ctx context.Context, f Feed) {
	failures := 0
	for {
		err := p.pollFeed(ctx, f)
		if ctx.Err() != nil {
			return
		}
		var delay time.Duration
		if err != nil {
			failures++
			delay = p.backoff(f, failures, err)
			p.log.Warn("feed poll failed", "feed", f.Name, "err", err, "failures", failures, "retry_in", delay.Round(time.Second))
		} else {
			failures = 0
			delay = jitter(f.Interval, 0.1)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// backoff is the delay after the n-th consecutive failure: MinBackoff
// doubling, capped at MaxBackoff (but never below the feed's interval), with
// jitter, and never shorter than the server's Retry-After.
func (p *Poller) backoff(f Feed, n int, err error) time.Duration {
	limit := max(p.opts.MaxBackoff, f.Interval)
	d := min(p.opts.MinBackoff, f.Interval)
	for i := 1; i < n && d < limit; i++ {
		d *= 2
	}
	d = jitter(min(d, limit), 0.2)
	var fe *Error
	if errors.As(err, &fe) && fe.RetryAfter > d {
		d = min(fe.RetryAfter, 24*time.Hour)
	}
	return d
}

// jitter spreads d by ±frac so that feeds and replicas do not poll in step.
func jitter(d time.Duration, frac float64) time.Duration {
	return time.Duration(float64(d) * (1 - frac + 2*frac*rand.Float64()))
}

// PollOnce polls every feed once, one after the other, and returns the
// feeds' errors joined (nil when all succeeded). Items that failed are not
// errors of the poll: they are counted, logged and retried next time.
func (p *Poller) PollOnce(ctx context.Context) error {
	var errs []error
	for _, f := range p.feeds {
		if err := p.pollFeed(ctx, f); err != nil {
			errs = append(errs, fmt.Errorf("feed %s: %w", f.Name, err))
		}
	}
	return errors.Join(errs...)
}

const acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
const acceptPage = "text/html, application/xhtml+xml, text/plain;q=0.8, */*;q=0.1"

// pollFeed fetches and parses f and ingests its new items.
func (p *Poller) pollFeed(ctx context.Context, f Feed) error {
	lock := p.locks[f.Name]
	lock.Lock()
	defer lock.Unlock()
	log := p.log.With("feed", f.Name)
	v, err := p.opts.State.validators(ctx, f.URL)
	if err != nil {
		return err
	}
	resp, err := p.get(ctx, f.URL, acceptFeed, v, p.opts.MaxFeedBytes)
	if err != nil {
		if ctx.Err() == nil {
			p.m.errors.WithLabelValues(f.Name, reasonOf(err)).Inc()
		}
		return err
	}
	if resp.notModified {
		log.Debug("feed not modified")
		p.m.success(f.Name)
		return nil
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.body))
	if err != nil {
		p.m.errors.WithLabelValues(f.Name, ReasonParse).Inc()
		return &Error{URL: f.URL, Reason: ReasonParse, Err: fmt.Errorf("not a valid RSS, Atom or JSON feed: %w", err)}
	}
	items := oldestFirst(parsed.Items)
	pending := 0
	for _, it := range items {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		done, err := p.item(ctx, f, it)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// A State or Sink failure is the poll's failure: nothing
			// can be remembered or stored until it is over.
			return err
		}
		if !done {
			pending++
		}
	}
	p.m.success(f.Name)
	if pending > 0 {
		// Keep the old validators so that the next poll reads the feed
		// again and retries these items instead of getting a 304.
		log.Info("feed polled; some items will be retried", "items", len(items), "pending", pending)
		return nil
	}
	if resp.etag != v.etag || resp.lastModified != v.lastModified {
		if err := p.opts.State.setValidators(ctx, f.URL, validators{etag: resp.etag, lastModified: resp.lastModified}); err != nil {
			return err
		}
	}
	return nil
}

// oldestFirst orders items by publication time, oldest first; items without
// a time keep their order (feeds list newest first, so those are reversed).
func oldestFirst(items []*gofeed.Item) []*gofeed.Item {
	out := make([]*gofeed.Item, 0, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		if items[i] != nil {
			out = append(out, items[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ti, tj := itemTime(out[i]), itemTime(out[j])
		if ti.IsZero() || tj.IsZero() {
			return false
		}
		return ti.Before(tj)
	})
	return out
}

func itemTime(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		return it.UpdatedParsed.UTC()
	}
	return time.Time{}
}

// itemKey identifies an item across polls and restarts: its GUID (or Atom
// id), else its link, else its title and time.
func itemKey(f Feed, it *gofeed.Item) string {
	switch {
	case strings.TrimSpace(it.GUID) != "":
		return "guid:" + strings.TrimSpace(it.GUID)
	case strings.TrimSpace(it.Link) != "":
		return "link:" + strings.TrimSpace(it.Link)
	}
	return "title:" + f.Name + "\x00" + strings.TrimSpace(it.Title) + "\x00" + itemTime(it).Format(time.RFC3339)
}

// item ingests one item unless it is already seen. done reports whether the
// item needs no more work (ingested now or before, or given up); err is set
// when State or the Sink fails (not for the item's own faults).
func (p *Poller) item(ctx context.Context, f Feed, it *gofeed.Item) (done bool, err error) {
	key := itemKey(f, it)
	st, err := p.opts.State.item(ctx, key)
	if err != nil {
		return false, err
	}
	if st.seen() {
		return true, nil
	}
	log := p.log.With("feed", f.Name, "item", key)
	res, ierr := p.ingest(ctx, f, it)
	if ierr != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		p.m.errors.WithLabelValues(f.Name, reasonOf(ierr)).Inc()
		if reasonOf(ierr) == ReasonStore && !errors.Is(ierr, pipeline.ErrInvalid) {
			// Not the item's fault: the store (or stream) is failing, and
			// would fail the next items too. The poll fails and backs
			// off; the item keeps its attempts.
			return false, ierr
		}
		attempts := st.attempts + 1
		if attempts >= p.opts.MaxAttempts {
			log.Error("giving up on feed item", "attempts", attempts, "err", ierr)
			return true, p.opts.State.mark(ctx, key, f.Name, stateFailed, attempts)
		}
		log.Warn("feed item failed; will retry", "attempts", attempts, "err", ierr)
		return false, p.opts.State.mark(ctx, key, f.Name, statePending, attempts)
	}
	// Marked only now that the statements are committed.
	if err := p.opts.State.mark(ctx, key, f.Name, stateDone, st.attempts+1); err != nil {
		return false, err
	}
	p.m.items.WithLabelValues(f.Name).Inc()
	log.Info("feed item ingested", "statements", len(res.Statements), "added", res.Added, "duplicates", res.Duplicates)
	return true, nil
}

// ingest reads one item's article and hands it to the sink.
func (p *Poller) ingest(ctx context.Context, f Feed, it *gofeed.Item) (pipeline.Result, error) {
	a, err := p.article(ctx, f, it)
	if err != nil {
		return pipeline.Result{}, err
	}
	res, err := p.opts.Sink.AddArticle(ctx, a)
	if err != nil {
		return res, &Error{URL: a.URL, Reason: ReasonStore, Err: err}
	}
	if len(res.Statements) > 0 || f.DefaultSpeaker == "" {
		return res, nil
	}
	sts := releaseStatements(a, f.DefaultSpeaker)
	if len(sts) == 0 {
		return res, nil
	}
	res, err = p.opts.Sink.Add(ctx, sts)
	if err != nil {
		return res, &Error{URL: a.URL, Reason: ReasonStore, Err: err}
	}
	return res, nil
}

// article builds the item's article: the body from its page when it has a
// link, else (or when the page has no readable text) from the item's own
// content or description.
func (p *Poller) article(ctx context.Context, f Feed, it *gofeed.Item) (extract.Article, error) {
	link, err := resolveLink(f.URL, it.Link)
	if err != nil {
		return extract.Article{}, &Error{URL: it.Link, Reason: ReasonArticle, Err: err}
	}
	var a extract.Article
	var pageErr error
	if link != "" {
		resp, err := p.get(ctx, link, acceptPage, validators{}, p.opts.MaxPageBytes)
		switch {
		case err != nil:
			pageErr = err
		default:
			a, err = extract.ParseArticle(resp.body, resp.contentType)
			if err != nil {
				pageErr = &Error{URL: link, Reason: ReasonArticle, Err: fmt.Errorf("read article: %w", err)}
			}
		}
	}
	if pageErr != nil || strings.TrimSpace(a.Text) == "" {
		if ctx.Err() != nil {
			return extract.Article{}, ctx.Err()
		}
		own := it.Content
		if strings.TrimSpace(own) == "" {
			own = it.Description
		}
		err = nil
		if strings.TrimSpace(own) != "" {
			a, err = extract.ParseArticle([]byte(own), "text/html")
		}
		if strings.TrimSpace(a.Text) == "" {
			if pageErr != nil {
				return extract.Article{}, pageErr
			}
			if err == nil {
				err = errors.New("no article text in the page or the item")
			}
			return extract.Article{}, &Error{URL: link, Reason: ReasonArticle, Err: err}
		}
		if pageErr != nil {
			// Counted, and the item's own text used instead.
			p.m.errors.WithLabelValues(f.Name, reasonOf(pageErr)).Inc()
			p.log.Warn("page unusable; using the item's own text", "feed", f.Name, "url", link, "err", pageErr)
		}
	}
	if t := strings.TrimSpace(it.Title); t != "" {
		a.Title = t
	}
	a.URL = link
	if t := itemTime(it); !t.IsZero() {
		a.Published = t
	}
	a.Source = f.Name
	return a, nil
}

// releaseStatements attributes the sentences of a release to the speaker it
// speaks for. Only whole sentences count: at least six words and ending in
// '.', '!' or '?', so datelines, headings and contact lines are left out.
func releaseStatements(a extract.Article, speaker string) []extract.Statement {
	var sts []extract.Statement
	seen := map[string]bool{}
	for _, sp := range tone.Sentences(a.Text) {
		text := strings.Join(strings.Fields(sp.Text), " ")
		if len(strings.Fields(extract.NormalizeWords(text))) < 6 || !strings.ContainsAny(lastRune(strings.TrimRight(text, `"'”’)`)), ".!?") {
			continue
		}
		id := extract.ID(speaker, text)
		if seen[id] {
			continue
		}
		seen[id] = true
		sts = append(sts, extract.Statement{
			ID: id, Speaker: speaker, Text: text, Kind: extract.Direct, Via: "press release",
			Title: a.Title, URL: a.URL, Time: a.Published, Source: a.Source,
		})
		if len(sts) == maxReleaseStatements {
			break
		}
	}
	return sts
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return string(r)
}

// resolveLink makes an item's link absolute against the feed's URL; only
// http and https pages are fetched. An empty link stays empty.
func resolveLink(feedURL, link string) (string, error) {
	link = strings.TrimSpace(link)
	if link == "" {
		return "", nil
	}
	base, err := url.Parse(feedURL)
	if err != nil {
		return "", fmt.Errorf("feed url: %w", err)
	}
	u, err := url.Parse(link)
	if err != nil {
		return "", fmt.Errorf("item link %q: %w", link, err)
	}
	u = base.ResolveReference(u)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("item link %q: not an http or https URL", link)
	}
	return u.String(), nil
}
