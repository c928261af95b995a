package stream

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
)

// Sink takes in statements and articles; *pipeline.Pipeline satisfies it.
// Both methods return only once the statements are committed.
type Sink interface {
	Add(ctx context.Context, sts []extract.Statement) (pipeline.Result, error)
	AddArticle(ctx context.Context, a extract.Article) (pipeline.Result, error)
}

// ErrPoison marks a message that can never be processed (bad JSON, no
// speaker): it is terminated, logged and counted, never redelivered.
var ErrPoison = errors.New("poison message")

// Options configures a Consumer.
type Options struct {
	Config Config
	// Conn is the NATS connection; the caller closes it.
	Conn *nats.Conn
	// Sink stores this replica's statements.
	Sink Sink
	// Extractor turns articles into statements that are then routed to
	// their speakers' partitions. Nil stores each article's statements on
	// the replica that took the article (per-speaker gauges then split
	// across replicas; the histogram sums stay exact).
	Extractor *extract.Extractor
	// Registerer takes the tone_stream_* metrics; nil leaves them unregistered.
	Registerer prometheus.Registerer
	Logger     *slog.Logger
}

// Consumer consumes the stream for one replica: the shared intake consumer
// (unrouted statements and articles, routed on) and every partition's
// consumer, pulling its own partitions at priority 0 and the others at
// priority 1, so that each speaker is stored by one replica while it is up
// and by another when it is not.
type Consumer struct {
	opts       Options
	cfg        Config
	js         jetstream.JetStream
	pub        *Publisher
	partitions int
	log        *slog.Logger
	m          *metrics
}

// New ensures the stream and the durable consumers exist and returns a
// Consumer. Run starts consuming.
func New(ctx context.Context, opts Options) (*Consumer, error) {
	if opts.Conn == nil {
		return nil, errors.New("stream: no NATS connection")
	}
	if opts.Sink == nil {
		return nil, errors.New("stream: no sink")
	}
	cfg := opts.Config
	if err := cfg.Normalize(); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	pub, err := NewPublisher(ctx, opts.Conn, cfg)
	if err != nil {
		return nil, err
	}
	m, err := newMetrics(opts.Registerer)
	if err != nil {
		return nil, err
	}
	c := &Consumer{opts: opts, cfg: cfg, js: pub.js, pub: pub, partitions: pub.partitions,
		log: log.With("component", "stream", "replica", cfg.Replica), m: m}
	if err := c.ensureConsumers(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// Partitions is the number of speaker partitions of the stream.
func (c *Consumer) Partitions() int { return c.partitions }

// Owns reports whether partition k is this replica's (pulled at priority 0).
func (c *Consumer) Owns(k int) bool { return k%c.cfg.Replicas == c.cfg.Replica }

func (c *Consumer) intakeName() string { return c.cfg.Consumer + "-intake" }

func (c *Consumer) partitionName(k int) string { return fmt.Sprintf("%s-p%d", c.cfg.Consumer, k) }

func (c *Consumer) ensureConsumers(ctx context.Context) error {
	base := jetstream.ConsumerConfig{
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.cfg.AckWait,
		MaxDeliver:    c.cfg.MaxDeliver,
		MaxAckPending: 4 * c.cfg.Batch,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	}
	in := base
	in.Durable = c.intakeName()
	in.Description = "tonetrack: unrouted statements and articles, shared by all replicas"
	in.FilterSubjects = []string{c.cfg.StatementsSubject(), c.cfg.ArticlesSubject()}
	if _, err := c.js.CreateOrUpdateConsumer(ctx, c.cfg.Stream, in); err != nil {
		return fmt.Errorf("create consumer %s: %w", in.Durable, err)
	}
	for k := range c.partitions {
		pc := base
		pc.Durable = c.partitionName(k)
		pc.Description = fmt.Sprintf("tonetrack: statements of speaker partition %d", k)
		pc.FilterSubject = c.cfg.PartitionSubject(k)
		pc.PriorityPolicy = jetstream.PriorityPolicyPrioritized
		pc.PriorityGroups = []string{priorityGroup}
		if _, err := c.js.CreateOrUpdateConsumer(ctx, c.cfg.Stream, pc); err != nil {
			return fmt.Errorf("create consumer %s: %w", pc.Durable, err)
		}
	}
	return nil
}

// Run consumes until ctx is done (then returns nil) or the connection is
// closed (then returns an error). A message is acknowledged only after its
// statements are committed to the Sink, or routed on and acknowledged by
// JetStream.
func (c *Consumer) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, c.partitions+1)
	var wg sync.WaitGroup
	start := func(name string, delay time.Duration, opts []jetstream.PullMessagesOpt, handle func(context.Context, []jetstream.Msg)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if delay > 0 && !sleep(ctx, delay) {
				return
			}
			if err := c.loop(ctx, name, opts, handle); err != nil {
				errc <- err
				cancel()
			}
		}()
	}
	start(c.intakeName(), 0, nil, c.handleIntake)
	for k := range c.partitions {
		prio, delay := jetstream.PullPrioritized(1), c.cfg.TakeoverDelay
		if c.Owns(k) {
			prio, delay = 0, 0
		}
		start(c.partitionName(k), delay, []jetstream.PullMessagesOpt{jetstream.PullPriorityGroup(priorityGroup), prio}, c.handleStatements)
	}
	wg.Wait()
	close(errc)
	return errors.Join(collect(errc)...)
}

func collect(errc <-chan error) []error {
	var errs []error
	for err := range errc {
		errs = append(errs, err)
	}
	return errs
}

// linger is how long a batch waits for more messages once it has one.
const linger = 20 * time.Millisecond

func (c *Consumer) loop(ctx context.Context, name string, opts []jetstream.PullMessagesOpt, handle func(context.Context, []jetstream.Msg)) error {
	opts = append(opts, jetstream.PullMaxMessages(c.cfg.Batch), jetstream.PullExpiry(5*time.Second))
	batch := make([]jetstream.Msg, 0, c.cfg.Batch)
	wait := time.Second
	for {
		it, err := c.messages(ctx, name, opts)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if c.opts.Conn.IsClosed() {
				return fmt.Errorf("consume %s: %w", name, err)
			}
			// The server may be restarting, or someone deleted the
			// consumer: make sure it exists and try again.
			c.log.Warn("cannot consume; retrying", "consumer", name, "err", err, "retry_in", wait)
			if !sleep(ctx, wait) {
				return nil
			}
			wait = min(2*wait, 30*time.Second)
			if err := c.ensureConsumers(ctx); err != nil {
				c.log.Warn("cannot create consumers", "err", err)
			}
			continue
		}
		wait = time.Second
		err = c.drain(ctx, it, batch, handle)
		it.Stop()
		if ctx.Err() != nil {
			return nil
		}
		if c.opts.Conn.IsClosed() {
			return fmt.Errorf("consume %s: %w", name, err)
		}
		c.log.Warn("consumer interrupted; resuming", "consumer", name, "err", err)
		if !sleep(ctx, time.Second) {
			return nil
		}
	}
}

func (c *Consumer) messages(ctx context.Context, name string, opts []jetstream.PullMessagesOpt) (jetstream.MessagesContext, error) {
	cons, err := c.js.Consumer(ctx, c.cfg.Stream, name)
	if err != nil {
		return nil, err
	}
	return cons.Messages(opts...)
}

// drain handles batches from it until an error ends the iterator. Missed
// heartbeats (the server is away) are waited out.
func (c *Consumer) drain(ctx context.Context, it jetstream.MessagesContext, batch []jetstream.Msg, handle func(context.Context, []jetstream.Msg)) error {
	for {
		msg, err := it.Next(jetstream.NextContext(ctx))
		if errors.Is(err, jetstream.ErrNoHeartbeat) {
			continue
		}
		if err != nil {
			return err
		}
		batch = append(batch[:0], msg)
		for len(batch) < c.cfg.Batch {
			more, err := it.Next(jetstream.NextMaxWait(linger))
			if err != nil {
				break
			}
			batch = append(batch, more)
		}
		c.working(batch, func() { handle(ctx, batch) })
	}
}

// working runs fn while telling JetStream, every third of AckWait, that the
// batch's messages are still being worked on, so that a slow commit does not
// get them redelivered to another replica.
func (c *Consumer) working(batch []jetstream.Msg, fn func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(c.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, m := range batch {
					_ = m.InProgress() // best effort: a lost one means a redelivery, which is idempotent
				}
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// maxTxStatements bounds the statements of one transaction (a message holds
// up to 256 KiB of them).
const maxTxStatements = 5000

// handleStatements stores a batch of routed statement messages, as few
// transactions as maxTxStatements allows, and acknowledges each message once
// its transaction committed. On failure each message is tried alone, so one
// bad message cannot hold back the rest.
func (c *Consumer) handleStatements(ctx context.Context, msgs []jetstream.Msg) {
	var sts []extract.Statement
	var group []jetstream.Msg
	var decoded [][]extract.Statement
	for _, m := range msgs {
		one, err := DecodeStatements(m.Data())
		if err != nil {
			c.poison(m, "partition", err)
			continue
		}
		if len(group) > 0 && len(sts)+len(one) > maxTxStatements {
			c.commit(ctx, group, decoded, sts)
			sts, group, decoded = nil, nil, nil
		}
		sts = append(sts, one...)
		group = append(group, m)
		decoded = append(decoded, one)
	}
	if len(group) > 0 {
		c.commit(ctx, group, decoded, sts)
	}
}

// commit stores the statements of msgs (decoded[i] are msgs[i]'s; all is
// their concatenation) in one transaction, falling back to one per message.
func (c *Consumer) commit(ctx context.Context, msgs []jetstream.Msg, decoded [][]extract.Statement, all []extract.Statement) {
	_, err := c.opts.Sink.Add(ctx, all)
	if err == nil {
		for _, m := range msgs {
			c.ack(m, "partition")
		}
		return
	}
	if len(msgs) == 1 {
		c.failed(ctx, msgs[0], "partition", err)
		return
	}
	for i, m := range msgs {
		if _, err := c.opts.Sink.Add(ctx, decoded[i]); err != nil {
			c.failed(ctx, m, "partition", err)
			continue
		}
		c.ack(m, "partition")
	}
}

// failed terminates a message the pipeline found invalid (it would fail the
// same way forever) and asks for redelivery of any other failure.
func (c *Consumer) failed(ctx context.Context, m jetstream.Msg, kind string, err error) {
	if errors.Is(err, pipeline.ErrInvalid) {
		c.poison(m, kind, err)
		return
	}
	c.retry(ctx, m, kind, err)
}

// handleIntake routes unrouted statements and articles' statements to
// their partitions (or stores articles here when there is no Extractor).
func (c *Consumer) handleIntake(ctx context.Context, msgs []jetstream.Msg) {
	for _, m := range msgs {
		kind := "statements"
		var err error
		if m.Subject() == c.cfg.ArticlesSubject() {
			kind = "articles"
			err = c.article(ctx, m)
		} else {
			var sts []extract.Statement
			sts, err = DecodeStatements(m.Data())
			if err == nil {
				err = c.route(ctx, sts)
			}
		}
		switch {
		case errors.Is(err, ErrPoison):
			c.poison(m, kind, err)
		case err != nil:
			c.failed(ctx, m, kind, err)
		default:
			c.ack(m, kind)
		}
	}
}

func (c *Consumer) route(ctx context.Context, sts []extract.Statement) error {
	if len(sts) == 0 {
		return nil
	}
	if _, err := c.pub.Statements(ctx, sts); err != nil {
		return fmt.Errorf("route %d statements: %w", len(sts), err)
	}
	c.m.routed.Add(float64(len(sts)))
	return nil
}

func (c *Consumer) article(ctx context.Context, m jetstream.Msg) error {
	a, err := DecodeArticle(m.Data(), m.Headers())
	if err != nil {
		return err
	}
	if c.opts.Extractor == nil {
		if _, err := c.opts.Sink.AddArticle(ctx, a); err != nil {
			return fmt.Errorf("store article: %w", err)
		}
		return nil
	}
	return c.route(ctx, c.opts.Extractor.Extract(a))
}

func (c *Consumer) ack(m jetstream.Msg, kind string) {
	if err := m.Ack(); err != nil {
		// The message will come again and be stored again idempotently.
		c.log.Warn("ack failed; the message will be redelivered", "subject", m.Subject(), "err", err)
	}
	c.m.messages.WithLabelValues(kind, "ok").Inc()
}

func (c *Consumer) poison(m jetstream.Msg, kind string, err error) {
	c.m.messages.WithLabelValues(kind, "poison").Inc()
	seq := uint64(0)
	if md, merr := m.Metadata(); merr == nil {
		seq = md.Sequence.Stream
	}
	c.log.Error("poison message terminated", "subject", m.Subject(), "stream_seq", seq, "err", err)
	reason := err.Error()
	if len(reason) > 200 {
		reason = reason[:200]
	}
	if terr := m.TermWithReason(reason); terr != nil {
		c.log.Warn("term failed", "subject", m.Subject(), "stream_seq", seq, "err", terr)
	}
}

// retry asks for redelivery after a growing delay, and terminates the
// message once MaxDeliver deliveries have failed.
func (c *Consumer) retry(ctx context.Context, m jetstream.Msg, kind string, err error) {
	if ctx.Err() != nil {
		// Shutting down: leave it unacknowledged for another replica.
		return
	}
	md, merr := m.Metadata()
	if merr == nil && md.NumDelivered >= uint64(c.cfg.MaxDeliver) {
		c.poison(m, kind, fmt.Errorf("failed %d deliveries, last: %w", md.NumDelivered, err))
		return
	}
	c.m.messages.WithLabelValues(kind, "retry").Inc()
	n := uint64(1)
	if merr == nil {
		n = md.NumDelivered
	}
	delay := min(time.Duration(n)*time.Second, c.cfg.AckWait)
	c.log.Warn("message failed; redelivery requested", "subject", m.Subject(), "deliveries", n, "retry_in", delay, "err", err)
	if nerr := m.NakWithDelay(delay); nerr != nil {
		c.log.Warn("nak failed; the message will be redelivered after ack_wait", "subject", m.Subject(), "err", nerr)
	}
}

// DecodeStatements reads a message body of statements (JSON Lines or one
// JSON array) with extract.DecodeStatements. Unknown fields, a missing
// speaker or text, or invalid UTF-8 wrap ErrPoison and name the line or
// the array item. Speakers come back trimmed of white space.
func DecodeStatements(data []byte) ([]extract.Statement, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%w: empty body", ErrPoison)
	}
	sts, err := extract.DecodeStatements(data)
	if err != nil {
		var de *extract.DecodeError
		if !errors.As(err, &de) {
			return nil, fmt.Errorf("%w: %v", ErrPoison, err)
		}
		why := poisonReason(de.Err)
		switch {
		case de.Item > 0:
			return nil, fmt.Errorf("%w: statement %d: %s", ErrPoison, de.Item, why)
		case de.Line > 0:
			return nil, fmt.Errorf("%w: line %d: %s", ErrPoison, de.Line, why)
		}
		return nil, fmt.Errorf("%w: %s", ErrPoison, why)
	}
	for i := range sts {
		sts[i].Speaker = strings.TrimSpace(sts[i].Speaker)
	}
	return sts, nil
}

// poisonReason words a refusal of extract.DecodeStatement as the terminated
// message's reason: encoding/json's own words when it refused the statement
// ("json: unknown field ..."), else "no speaker", "no text" or the problem.
func poisonReason(err error) string {
	var fe *extract.FieldError
	switch {
	case !errors.As(err, &fe):
		return err.Error()
	case errors.Is(fe, extract.ErrMoreValues):
		return extract.ErrMoreValues.Error()
	case fe.Err != nil:
		return fe.Err.Error()
	case fe.Reason == extract.ReasonMissingField:
		return "no " + fe.Field
	}
	return fe.Error()
}

// DecodeArticle reads an article message: the body as extract.ParseArticle
// takes it, its form from the Content-Type header (sniffed when absent), and
// Tone-Source, Tone-Url and Tone-Published headers for what the body lacks.
// A body with no readable text wraps ErrPoison.
func DecodeArticle(data []byte, h nats.Header) (extract.Article, error) {
	a, err := extract.ParseArticle(data, h.Get(HeaderContentType))
	if err != nil {
		return extract.Article{}, fmt.Errorf("%w: article: %v", ErrPoison, err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return extract.Article{}, fmt.Errorf("%w: article has no text", ErrPoison)
	}
	if a.Source == "" {
		a.Source = h.Get(HeaderSource)
	}
	if a.URL == "" {
		a.URL = h.Get(HeaderURL)
	}
	if v := h.Get(HeaderPublished); a.Published.IsZero() && v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return extract.Article{}, fmt.Errorf("%w: header %s %q: want RFC 3339", ErrPoison, HeaderPublished, v)
		}
		a.Published = t
	}
	return a, nil
}
