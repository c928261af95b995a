package stream

import (
	"context"
	"errors"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
)

// Router is a Sink that stores nothing itself: it routes statements to their
// speakers' partitions in the stream, where the owning replica stores them.
// Sources on a replica (the feed poller) write through a Router when NATS is
// on, so that a speaker's statements reach one replica whatever their
// origin. Add returns once JetStream has acknowledged every message; the
// Result lists the statements routed (Added and Duplicates stay 0: the
// owning replica counts those).
type Router struct {
	pub *Publisher
	x   *extract.Extractor
}

// NewRouter returns a Router over pub; x extracts articles' statements.
func NewRouter(pub *Publisher, x *extract.Extractor) (*Router, error) {
	if pub == nil || x == nil {
		return nil, errors.New("stream: router needs a publisher and an extractor")
	}
	return &Router{pub: pub, x: x}, nil
}

// Add routes sts to their partitions.
func (r *Router) Add(ctx context.Context, sts []extract.Statement) (pipeline.Result, error) {
	if _, err := r.pub.Statements(ctx, sts); err != nil {
		return pipeline.Result{}, err
	}
	return pipeline.Result{Statements: sts}, nil
}

// AddArticle extracts a's statements and routes them.
func (r *Router) AddArticle(ctx context.Context, a extract.Article) (pipeline.Result, error) {
	return r.Add(ctx, r.x.Extract(a))
}

// Router returns a Router over the consumer's stream, or nil when the
// consumer has no Extractor.
func (c *Consumer) Router() *Router {
	if c.opts.Extractor == nil {
		return nil
	}
	return &Router{pub: c.pub, x: c.opts.Extractor}
}
