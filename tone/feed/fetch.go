package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Reasons of failure, the values of the reason label of
// tone_feed_errors_total. The set is fixed so the label stays bounded.
const (
	// ReasonTimeout: a feed or page request took longer than the timeout.
	ReasonTimeout = "timeout"
	// ReasonNetwork: the connection failed (DNS, refused, reset, TLS).
	ReasonNetwork = "network"
	// ReasonHTTPStatus: the server answered neither 2xx nor 304.
	ReasonHTTPStatus = "http_status"
	// ReasonTooLarge: a feed or page body exceeded its size limit.
	ReasonTooLarge = "too_large"
	// ReasonParse: the feed is not valid RSS, Atom or JSON Feed.
	ReasonParse = "parse"
	// ReasonArticle: an item's page (and the item itself) held no readable article.
	ReasonArticle = "article"
	// ReasonStore: the sink (pipeline and store) refused or failed to store.
	ReasonStore = "store"
)

// Reasons lists every reason label value, in a stable order.
var Reasons = []string{ReasonTimeout, ReasonNetwork, ReasonHTTPStatus, ReasonTooLarge, ReasonParse, ReasonArticle, ReasonStore}

// ErrTooLarge is wrapped by errors for bodies larger than their limit.
var ErrTooLarge = errors.New("body exceeds the size limit")

// Error is a failed feed or page fetch or ingest, with the reason it is
// counted under.
type Error struct {
	URL    string
	Reason string // one of Reasons
	// Status is the HTTP status for ReasonHTTPStatus.
	Status int
	// RetryAfter is the server's Retry-After, when it sent one.
	RetryAfter time.Duration
	// Err is the underlying error, when there is one.
	Err error
}

// Error returns the URL, the reason and the status or cause.
func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("%s: %s: HTTP %d", e.URL, e.Reason, e.Status)
	}
	return fmt.Sprintf("%s: %s: %v", e.URL, e.Reason, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

func reasonOf(err error) string {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return ReasonNetwork
}

type response struct {
	body         []byte
	contentType  string
	etag         string
	lastModified string
	notModified  bool
}

// get fetches rawURL with a timeout, the validators v (for a conditional
// GET) and at most limit bytes of body. A cancelled parent context returns
// ctx.Err() unwrapped, so shutdown is never counted as a feed error.
func (p *Poller) get(ctx context.Context, rawURL, accept string, v validators, limit int64) (response, error) {
	rctx, cancel := context.WithTimeout(ctx, p.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return response{}, &Error{URL: rawURL, Reason: ReasonNetwork, Err: err}
	}
	req.Header.Set("User-Agent", p.opts.UserAgent)
	req.Header.Set("Accept", accept)
	if v.etag != "" {
		req.Header.Set("If-None-Match", v.etag)
	}
	if v.lastModified != "" {
		req.Header.Set("If-Modified-Since", v.lastModified)
	}
	resp, err := p.client.Do(req)
	if err != nil {
		return response{}, p.netError(ctx, rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return response{notModified: true, etag: v.etag, lastModified: v.lastModified}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
		return response{}, &Error{URL: rawURL, Reason: ReasonHTTPStatus, Status: resp.StatusCode,
			RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now()),
			Err:        fmt.Errorf("HTTP %d", resp.StatusCode)}
	}
	tooLarge := &Error{URL: rawURL, Reason: ReasonTooLarge, Err: fmt.Errorf("%w of %d bytes", ErrTooLarge, limit)}
	if resp.ContentLength > limit {
		return response{}, tooLarge
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return response{}, p.netError(ctx, rawURL, err)
	}
	if int64(len(body)) > limit {
		return response{}, tooLarge
	}
	return response{
		body:         body,
		contentType:  resp.Header.Get("Content-Type"),
		etag:         resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified"),
	}, nil
}

func (p *Poller) netError(parent context.Context, rawURL string, err error) error {
	if parent.Err() != nil {
		return parent.Err()
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return &Error{URL: rawURL, Reason: ReasonTimeout, Err: fmt.Errorf("no complete answer within %s: %w", p.opts.Timeout, err)}
	}
	return &Error{URL: rawURL, Reason: ReasonNetwork, Err: err}
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
