package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// Default limits of Options.
const (
	// DefaultMaxBodyBytes is the largest request body read.
	DefaultMaxBodyBytes = 32 << 20
	// DefaultMaxStatementBytes is the largest JSON statement (one line or
	// array item, as sent) accepted.
	DefaultMaxStatementBytes = 64 << 10
)

// Options configures a Server. Pipeline, Store and Tracker are required.
type Options struct {
	// Pipeline takes statements and articles in.
	Pipeline *pipeline.Pipeline
	// Store answers queries for statements.
	Store *store.Store
	// Tracker answers queries for speakers.
	Tracker *track.Tracker
	// Exporter counts rejected input; nil counts nothing.
	Exporter *exporter.Exporter
	// Gatherer is what /metrics exposes; nil means no /metrics route.
	Gatherer prometheus.Gatherer
	// Registerer takes the HTTP metrics (tone_http_*); nil means Gatherer
	// when it is also a Registerer (a *prometheus.Registry), else none.
	Registerer prometheus.Registerer
	// Logger logs server errors; nil discards.
	Logger *slog.Logger
	// MaxBodyBytes caps a request body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxStatementBytes caps one statement as sent (a JSON line or array
	// item); 0 means DefaultMaxStatementBytes.
	MaxStatementBytes int
	// Ready reports whether the service is ready (for /readyz), besides
	// the store answering; nil means always.
	Ready func() error
	// Clock is the time "now" in relative query times; nil means time.Now.
	Clock func() time.Time
}

// Server serves tonetrack's HTTP API, /metrics and the explorer page.
type Server struct {
	opts    Options
	log     *slog.Logger
	handler http.Handler
	mux     *http.ServeMux
	page    *pageRenderer
}

// New builds a Server.
func New(opts Options) (*Server, error) {
	switch {
	case opts.Pipeline == nil:
		return nil, errors.New("server: options: Pipeline is required")
	case opts.Store == nil:
		return nil, errors.New("server: options: Store is required")
	case opts.Tracker == nil:
		return nil, errors.New("server: options: Tracker is required")
	case opts.MaxBodyBytes < 0:
		return nil, fmt.Errorf("server: options: MaxBodyBytes %d is negative", opts.MaxBodyBytes)
	case opts.MaxStatementBytes < 0:
		return nil, fmt.Errorf("server: options: MaxStatementBytes %d is negative", opts.MaxStatementBytes)
	}
	if opts.MaxBodyBytes == 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.MaxStatementBytes == 0 {
		opts.MaxStatementBytes = DefaultMaxStatementBytes
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Registerer == nil {
		if r, ok := opts.Gatherer.(prometheus.Registerer); ok {
			opts.Registerer = r
		}
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{opts: opts, log: log.With("component", "server")}
	page, err := newPageRenderer()
	if err != nil {
		return nil, err
	}
	s.page = page
	h, err := s.routes()
	if err != nil {
		return nil, err
	}
	s.handler = h
	return s, nil
}

// Handler returns the handler of every route.
func (s *Server) Handler() http.Handler { return s.handler }

// route is one pattern and its handler.
type route struct {
	pattern string // method and path, as http.ServeMux reads it
	label   string // the handler label of the HTTP metrics
	h       http.HandlerFunc
}

func (s *Server) routes() (http.Handler, error) {
	rs := []route{
		{"POST /api/v1/statements", "/api/v1/statements", s.postStatements},
		{"GET /api/v1/statements", "/api/v1/statements", s.listStatements},
		{"GET /api/v1/statements/{id}", "/api/v1/statements/{id}", s.getStatement},
		{"POST /api/v1/articles", "/api/v1/articles", s.postArticle},
		{"GET /api/v1/speakers", "/api/v1/speakers", s.speakers},
		{"GET /healthz", "/healthz", s.healthz},
		{"GET /readyz", "/readyz", s.readyz},
		{"GET /{$}", "/", s.explorer},
		{"/api/", "/api/", s.apiNotFound},
	}
	if s.opts.Gatherer != nil {
		mh := promhttp.HandlerFor(s.opts.Gatherer, promhttp.HandlerOpts{
			EnableOpenMetrics: true,
			ErrorLog:          slogPrinter{s.log},
			Registry:          s.opts.Registerer,
			// No Timeout: promhttp implements it with http.TimeoutHandler,
			// which holds the whole uncompressed exposition (about 5 MB at
			// 1,000 speakers) in a growing buffer before sending a byte,
			// and, as its documentation says, does not stop the gathering
			// anyway. The scraper's own timeout ends a slow scrape.
			// Compressed below, faster than promhttp's default level.
			DisableCompression: true,
		})
		rs = append(rs, route{"GET /metrics", "/metrics", gzipFast(mh).ServeHTTP})
	}
	mux := http.NewServeMux()
	s.mux = mux
	inst, err := newInstrumenter(s.opts.Registerer)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		mux.Handle(r.pattern, inst.wrap(r.label, r.h))
	}
	return mux, nil
}

// instrumenter wraps handlers with promhttp's counter and duration
// middleware.
type instrumenter struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newInstrumenter(reg prometheus.Registerer) (*instrumenter, error) {
	if reg == nil {
		return nil, nil
	}
	in := &instrumenter{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tone_http_requests_total",
			Help: "HTTP requests answered, by route pattern, method and status code.",
		}, []string{"handler", "method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "tone_http_request_duration_seconds",
			Help:    "Time to answer HTTP requests, by route pattern and method.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"handler", "method"}),
	}
	for _, c := range []prometheus.Collector{in.requests, in.duration} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("server: register http metrics: %w", err)
		}
	}
	return in, nil
}

func (in *instrumenter) wrap(label string, h http.Handler) http.Handler {
	if in == nil {
		return h
	}
	l := prometheus.Labels{"handler": label}
	return promhttp.InstrumentHandlerDuration(in.duration.MustCurryWith(l),
		promhttp.InstrumentHandlerCounter(in.requests.MustCurryWith(l), h))
}

// slogPrinter lets promhttp log through slog.
type slogPrinter struct{ log *slog.Logger }

// Println implements promhttp.Logger.
func (p slogPrinter) Println(v ...any) { p.log.Error(fmt.Sprint(v...)) }

// apiError is the JSON body of every error answer.
type apiError struct {
	// Error says what is wrong, with the place.
	Error string `json:"error"`
	// Reason is the rejection reason (as in tone_ingest_rejected_total).
	Reason string `json:"reason,omitempty"`
	// Line is the 1-based line of the body where the problem is.
	Line int `json:"line,omitempty"`
	// Item is the 1-based statement (array item or JSON line) at fault.
	Item int `json:"item,omitempty"`
	// Field is the JSON field at fault.
	Field string `json:"field,omitempty"`
}

// badInput is a rejection of a request's input.
type badInput struct {
	apiError
	status int
}

func (b *badInput) Error() string { return b.apiError.Error }

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		s.log.Warn("write response", "err", err)
	}
}

// reject answers a bad request and counts it.
func (s *Server) reject(w http.ResponseWriter, b *badInput) {
	if s.opts.Exporter != nil && b.Reason != "" {
		s.opts.Exporter.Rejected(b.Reason)
	}
	status := b.status
	if status == 0 {
		status = http.StatusBadRequest
	}
	s.writeJSON(w, status, b.apiError)
}

// fail answers a server-side error.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
		return // the client went away
	}
	s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	s.writeJSON(w, http.StatusInternalServerError, apiError{Error: err.Error()})
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, p := s.mux.Handler(probe); p != "" && p != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.writeJSON(w, http.StatusMethodNotAllowed, apiError{Error: fmt.Sprintf("method %s not allowed on %s (allowed: %s)", r.Method, r.URL.Path, strings.Join(allow, ", "))})
		return
	}
	s.writeJSON(w, http.StatusNotFound, apiError{Error: fmt.Sprintf("no route %s %s", r.Method, r.URL.Path)})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := s.opts.Store.Ping(ctx); err != nil {
		s.writeJSON(w, http.StatusServiceUnavailable, apiError{Error: fmt.Sprintf("store: %v", err)})
		return
	}
	if s.opts.Ready != nil {
		if err := s.opts.Ready(); err != nil {
			s.writeJSON(w, http.StatusServiceUnavailable, apiError{Error: err.Error()})
			return
		}
	}
	s.writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// readBody reads the whole body up to MaxBodyBytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *badInput) {
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	data, err := io.ReadAll(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &badInput{apiError: apiError{
				Error:  fmt.Sprintf("request body is larger than the limit of %d bytes", mbe.Limit),
				Reason: exporter.ReasonTooLarge,
			}}
		}
		return nil, &badInput{apiError: apiError{Error: fmt.Sprintf("read request body: %v", err), Reason: exporter.ReasonMalformed}}
	}
	return data, nil
}

// gzipPool holds gzip writers at BestSpeed.
var gzipPool = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

// gzipFast compresses h's answers with gzip at BestSpeed when the client
// accepts gzip (Prometheus does). On a large exposition (1,000 speakers,
// about 5 MB) BestSpeed takes about half the time of the default level for
// a body about a quarter larger, which keeps scrapes short. The encoder is
// github.com/klauspost/compress/gzip (pure Go, already a dependency of
// nats): on a 3.4 MB exposition it took 16-23 ms against the standard
// library's 46-51 ms, for a body 6% smaller.
func gzipFast(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.ServeHTTP(w, r)
			return
		}
		gz := gzipPool.Get().(*gzip.Writer)
		defer gzipPool.Put(gz)
		gz.Reset(w)
		w.Header().Set("Content-Encoding", "gzip")
		h.ServeHTTP(&gzipWriter{ResponseWriter: w, gz: gz}, r)
		if err := gz.Close(); err != nil {
			return // the client went away; nothing more to send
		}
	})
}

// acceptsGzip reads an Accept-Encoding header.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

type gzipWriter struct {
	http.ResponseWriter
	gz *gzip.Writer
}

// Write compresses b.
func (g *gzipWriter) Write(b []byte) (int, error) { return g.gz.Write(b) }

// WriteHeader drops any Content-Length set for the uncompressed body.
func (g *gzipWriter) WriteHeader(code int) {
	g.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}
