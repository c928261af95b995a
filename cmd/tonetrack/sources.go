package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone/config"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/feed"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/stream"
)

// sourceFlags are serve's flags for live sources: RSS/Atom feeds and NATS
// JetStream.
type sourceFlags struct {
	feeds      repeated
	interval   *time.Duration
	config     *string
	natsURL    *string
	natsStream *string
	partitions *int
	replica    *int
	replicas   *int
	set        map[string]bool
	started    bool
	nc         *nats.Conn
	stopOnce   sync.Once
	cancel     context.CancelFunc
	wg         sync.WaitGroup
	errc       chan error
}

// repeated is a flag that may be given many times.
type repeated []string

func (r *repeated) String() string { return strings.Join(*r, ",") }

func (r *repeated) Set(v string) error {
	*r = append(*r, v)
	return nil
}

func addSourceFlags(fs *flag.FlagSet) *sourceFlags {
	sf := &sourceFlags{errc: make(chan error, 2)}
	fs.Var(&sf.feeds, "feed", "RSS or Atom feed `URL` to poll (repeatable; more settings per feed in --config)")
	sf.interval = fs.Duration("feed-interval", feed.DefaultInterval, "polling interval of the --feed feeds")
	sf.config = fs.String("config", "", "YAML config `FILE`: feeds (url, name, interval, default_speaker), fetch and nats settings")
	sf.natsURL = fs.String("nats", "", "consume statements and articles from NATS JetStream at `URL` (overrides the config's nats.url)")
	sf.natsStream = fs.String("nats-stream", stream.DefaultStream, "JetStream stream `NAME` (created if missing)")
	sf.partitions = fs.Int("nats-partitions", 0, "speaker partitions of a new stream (`N`, default 8); an existing stream keeps its own")
	sf.replica = fs.Int("nats-replica", 0, "this replica's index `I`, 0 to --nats-replicas - 1: it pulls partitions k with k mod replicas = I first")
	sf.replicas = fs.Int("nats-replicas", 1, "number of tonetrack replicas sharing the stream (`N`)")
	return sf
}

// start starts the feed poller and the NATS consumer, each in its own
// goroutine, storing through p. dbPath is the store's file (the feed state
// keeps its tables there). Call stop before closing the store; a source that
// fails for good sends its error on errs.
func (sf *sourceFlags) start(ctx context.Context, log *slog.Logger, fs *flag.FlagSet, p *pipeline.Pipeline, x *extract.Extractor,
	reg prometheus.Registerer, dbPath, version string) error {
	sf.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { sf.set[f.Name] = true })
	cfg := &config.Config{}
	if *sf.config != "" {
		c, err := config.Load(*sf.config)
		if err != nil {
			return fmt.Errorf("--config: %w", err)
		}
		cfg = c
	}
	for _, u := range sf.feeds {
		cfg.Feeds = append(cfg.Feeds, feed.Feed{URL: u, Interval: *sf.interval})
	}
	nc := cfg.NATS
	if sf.set["nats"] {
		nc.URL = *sf.natsURL
	}
	if sf.set["nats-stream"] || nc.Stream == "" {
		nc.Stream = *sf.natsStream
	}
	if sf.set["nats-partitions"] {
		nc.Partitions = *sf.partitions
	}
	if sf.set["nats-replica"] {
		nc.Replica = *sf.replica
	}
	if sf.set["nats-replicas"] {
		nc.Replicas = *sf.replicas
	}
	if nc.URL == "" {
		for _, n := range []string{"nats-stream", "nats-partitions", "nats-replica", "nats-replicas"} {
			if sf.set[n] {
				return fmt.Errorf("--%s needs --nats URL (or nats.url in --config)", n)
			}
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	sf.cancel = cancel
	sf.started = true

	// With NATS on, feed items go through the stream like everything else,
	// so each speaker's statements reach the one replica that owns them.
	var sink feed.Sink = p
	if nc.URL != "" {
		if err := nc.Normalize(); err != nil {
			return err
		}
		conn, err := stream.Connect(nc, "tonetrack serve", 10*time.Second)
		if err != nil {
			return err
		}
		sf.nc = conn
		c, err := stream.New(ctx, stream.Options{Config: nc, Conn: conn, Sink: p, Extractor: x, Registerer: reg, Logger: log})
		if err != nil {
			return err
		}
		sf.wg.Add(1)
		go func() {
			defer sf.wg.Done()
			if err := c.Run(ctx); err != nil {
				sf.errc <- fmt.Errorf("nats: %w", err)
			}
		}()
		sink = c.Router()
		log.Info("consuming NATS JetStream", "component", "stream", "url", stream.RedactURL(nc.URL), "stream", nc.Stream,
			"partitions", c.Partitions(), "replica", nc.Replica, "replicas", nc.Replicas)
	}
	if len(cfg.Feeds) > 0 {
		state, err := feed.OpenState(ctx, dbPath)
		if err != nil {
			return err
		}
		poller, err := feed.New(feed.Options{
			Feeds: cfg.Feeds, Sink: sink, State: state, Registerer: reg, Logger: log, Version: version,
			UserAgent: cfg.Fetch.UserAgent, Timeout: cfg.Fetch.Timeout,
			MaxFeedBytes: cfg.Fetch.MaxFeedBytes, MaxPageBytes: cfg.Fetch.MaxPageBytes,
		})
		if err != nil {
			state.Close()
			return err
		}
		sf.wg.Add(1)
		go func() {
			defer sf.wg.Done()
			defer state.Close()
			if err := poller.Run(ctx); err != nil {
				sf.errc <- fmt.Errorf("feeds: %w", err)
			}
		}()
		names := make([]string, 0, len(cfg.Feeds))
		for _, f := range poller.Feeds() {
			names = append(names, f.Name)
		}
		log.Info("polling feeds", "component", "feed", "feeds", names, "via_nats", nc.URL != "")
	}

	return nil
}

// errs delivers the error of a source that stopped for good.
func (sf *sourceFlags) errs() <-chan error { return sf.errc }

// ready reports a lost NATS connection (for /readyz).
func (sf *sourceFlags) ready() error {
	if sf.nc != nil && !sf.nc.IsConnected() {
		return errors.New("nats: not connected")
	}
	return nil
}

// stop stops the sources, waits for in-flight items and messages to
// finish, and closes the NATS connection. It is safe to call more than once
// and before start.
func (sf *sourceFlags) stop() {
	sf.stopOnce.Do(func() {
		if !sf.started {
			return
		}
		sf.cancel()
		sf.wg.Wait()
		if sf.nc != nil {
			sf.nc.Close()
		}
	})
}
