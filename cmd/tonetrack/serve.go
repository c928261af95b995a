package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/tonetrack/tonetrack/tone/demo"
	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/server"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// runServe runs the HTTP API, the store and /metrics until ctx ends, then
// shuts down gracefully.
func runServe(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	listen := fs.String("listen", "127.0.0.1:8080", "`HOST:PORT` to listen on (port 0: any free port; see --addr-file)")
	db := fs.String("db", "tonetrack.db", "store `FILE` (SQLite; created if missing)")
	demoFlag := fs.Bool("demo", false, "load the example articles that ship with tonetrack, dated over the last days; without --db, into a temporary store deleted on exit")
	maxSpeakers := fs.Int("max-speakers", exporter.DefaultMaxSpeakers, "speaker label values in /metrics; past `N` the least active fold into speaker=\"other\" (the store and the API keep every speaker)")
	maxBody := fs.Int64("max-body-bytes", server.DefaultMaxBodyBytes, "largest request body, in `BYTES`")
	maxStatement := fs.Int("max-statement-bytes", server.DefaultMaxStatementBytes, "largest statement (one JSON line or array item), in `BYTES`")
	addrFile := fs.String("addr-file", "", "write the address listened on to `FILE` once ready (for scripts and tests with --listen HOST:0)")
	shutdown := fs.Duration("shutdown-timeout", 30*time.Second, "on SIGTERM, how long in-flight requests may take to finish")
	analyzer := addAnalyzerFlags(fs)
	extractor := addExtractorFlags(fs)
	sources := addSourceFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack serve [--listen HOST:PORT] [--db FILE] [--demo] [flags]\n\n"+
			"Serves the HTTP API (/api/v1/statements, /api/v1/articles, /api/v1/speakers), the statement explorer (/),\n"+
			"/metrics, /healthz and /readyz. Statements are stored durably in --db; on start the per-speaker series\n"+
			"are rebuilt from it. SIGTERM or SIGINT stops it gracefully.\n"+
			"Live sources: --feed URL and --config FILE poll RSS/Atom feeds; --nats URL consumes JetStream\n"+
			"(subjects tone.statements, tone.articles; see 'tonetrack publish').\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("serve: unexpected arguments %q", fs.Args())
	}
	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	switch {
	case *maxSpeakers < 1:
		return fmt.Errorf("serve: --max-speakers %d: must be at least 1", *maxSpeakers)
	case *maxBody < 1:
		return fmt.Errorf("serve: --max-body-bytes %d: must be at least 1", *maxBody)
	case *maxStatement < 1:
		return fmt.Errorf("serve: --max-statement-bytes %d: must be at least 1", *maxStatement)
	case *shutdown <= 0:
		return fmt.Errorf("serve: --shutdown-timeout %s: must be positive", *shutdown)
	}
	log := e.log.With("component", "serve")
	an, err := analyzer()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	// Articles (POSTed, from feeds, from NATS, the demo) are read with
	// --aliases; a bad alias file stops serve before it opens the store.
	ex, err := extractor(an)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	path := *db
	if *demoFlag && !dbSet {
		dir, err := os.MkdirTemp("", "tonetrack-demo-")
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
		log.Info("demo: using a temporary store, deleted on exit", "db", path)
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			log.Error("close store", "err", err)
		}
	}()

	reg := prometheus.NewRegistry()
	if err := reg.Register(collectors.NewGoCollector()); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := reg.Register(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	tr := track.New(track.Options{})
	exp, err := exporter.New(reg, tr, exporter.Options{MaxSpeakers: *maxSpeakers, Version: version()})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	p, err := pipeline.New(pipeline.Options{Store: st, Tracker: tr, Analyzer: an, Extractor: ex, Observer: exp,
		Logger: e.log, MaxTextBytes: *maxStatement})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	// The rebuild marks the store's end now and replays it in the
	// background while the server and the sources already take statements
	// in (those count once); /readyz answers 503 until it is done and the
	// demo loaded.
	waitRebuild, err := p.StartRebuild(ctx)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var notReady atomic.Pointer[error]
	starting := errors.New("starting: rebuilding series from the store")
	notReady.Store(&starting)
	startErr := make(chan error, 1)
	go func() {
		if err := waitRebuild(); err != nil {
			startErr <- err
			return
		}
		if *demoFlag {
			if err := loadDemo(ctx, p, time.Now()); err != nil {
				startErr <- fmt.Errorf("demo: %w", err)
				return
			}
		}
		notReady.Store(nil)
		log.Info("ready", "speakers", tr.Len())
	}()
	// Feeds and NATS: stopped (in-flight items finished) before the store closes.
	defer sources.stop()
	if err := sources.start(ctx, e.log, fs, p, ex, reg, path, version()); err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	srv, err := server.New(server.Options{
		Pipeline:          p,
		Store:             st,
		Tracker:           tr,
		Exporter:          exp,
		Gatherer:          reg,
		Registerer:        reg,
		Logger:            e.log,
		MaxBodyBytes:      *maxBody,
		MaxStatementBytes: *maxStatement,
		Ready: func() error {
			if e := notReady.Load(); e != nil {
				return *e
			}
			return sources.ready()
		},
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	addr := ln.Addr().String()
	if *addrFile != "" {
		// Write then rename, so a reader never sees half an address.
		tmp := *addrFile + ".tmp"
		if err := os.WriteFile(tmp, []byte(addr+"\n"), 0o644); err != nil {
			ln.Close()
			return fmt.Errorf("serve: --addr-file: %w", err)
		}
		if err := os.Rename(tmp, *addrFile); err != nil {
			ln.Close()
			return fmt.Errorf("serve: --addr-file: %w", err)
		}
	}
	n, err := st.Count(ctx)
	if err != nil {
		ln.Close()
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("listening", "addr", addr, "url", "http://"+addr+"/", "db", path, "statements", n)

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	var srcErr error
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case err := <-startErr:
		hs.Close()
		<-errc
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	case srcErr = <-sources.errs():
		log.Error("a live source stopped; shutting down", "err", srcErr)
	}
	log.Info("shutting down: finishing in-flight requests", "timeout", *shutdown)
	sctx, cancel := context.WithTimeout(context.Background(), *shutdown)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	if srcErr != nil {
		return fmt.Errorf("serve: %w", srcErr)
	}
	return nil
}

// loadDemo adds the demo articles, dated so that the latest is a few minutes
// old and the others spread over the six days before: every window of the
// tracker and the dashboards has something to show.
func loadDemo(ctx context.Context, p *pipeline.Pipeline, now time.Time) error {
	arts, err := demo.Articles()
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return errors.New("no demo articles")
	}
	span := 6 * 24 * time.Hour
	var added, dups int
	for i, a := range arts {
		age := 5 * time.Minute
		if len(arts) > 1 {
			age += span * time.Duration(len(arts)-1-i) / time.Duration(len(arts)-1)
		}
		a.Published = now.Add(-age).Truncate(time.Second)
		r, err := p.AddArticle(ctx, a)
		if err != nil {
			return fmt.Errorf("article %d (%q): %w", i+1, a.Title, err)
		}
		added += r.Added
		dups += r.Duplicates
	}
	if added+dups == 0 {
		return errors.New("the demo articles gave no statements")
	}
	return nil
}

// version is the module version tonetrack was built as ("" in development).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}
