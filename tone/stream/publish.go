package stream

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/tonetrack/tonetrack/tone/extract"
)

// Message headers tonetrack reads on article messages.
const (
	// HeaderContentType gives an article's form: text/html, text/plain or
	// application/json (as extract.ParseArticle takes it).
	HeaderContentType = "Content-Type"
	// HeaderSource, HeaderURL and HeaderPublished (RFC 3339) fill an
	// article's source, URL and time when its body does not carry them.
	HeaderSource    = "Tone-Source"
	HeaderURL       = "Tone-Url"
	HeaderPublished = "Tone-Published"
)

// maxChunk bounds the body of one routed message, well under NATS's default
// 1 MiB max_payload.
const maxChunk = 256 << 10

// Publisher sends statements and articles into the stream, statements
// straight to their speakers' partitions. Every publish waits for
// JetStream's acknowledgement, and every message carries a Nats-Msg-Id made
// from its content, so a retried publish is stored once.
type Publisher struct {
	js         jetstream.JetStream
	cfg        Config
	partitions int
	maxPayload int
}

// NewPublisher ensures the stream exists (see EnsureStream) and returns a
// Publisher over nc.
func NewPublisher(ctx context.Context, nc *nats.Conn, cfg Config) (*Publisher, error) {
	if err := cfg.Normalize(); err != nil {
		return nil, err
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	_, n, err := EnsureStream(ctx, js, cfg)
	if err != nil {
		return nil, err
	}
	mp := int(nc.MaxPayload())
	if mp <= 0 || mp > maxChunk {
		mp = maxChunk
	}
	return &Publisher{js: js, cfg: cfg, partitions: n, maxPayload: mp}, nil
}

// Partitions is the number of speaker partitions of the stream.
func (p *Publisher) Partitions() int { return p.partitions }

// Statements publishes sts to their speakers' partitions as JSON Lines, in
// messages of at most 256 KiB, and returns the number of messages sent.
func (p *Publisher) Statements(ctx context.Context, sts []extract.Statement) (int, error) {
	parts := make([][]extract.Statement, p.partitions)
	for _, st := range sts {
		k := Partition(st.Speaker, p.partitions)
		parts[k] = append(parts[k], st)
	}
	sent := 0
	for k, group := range parts {
		var buf bytes.Buffer
		flush := func() error {
			if buf.Len() == 0 {
				return nil
			}
			if err := p.publish(ctx, p.cfg.PartitionSubject(k), buf.Bytes(), nil); err != nil {
				return err
			}
			sent++
			buf.Reset()
			return nil
		}
		for _, st := range group {
			line, err := json.Marshal(st)
			if err != nil {
				return sent, fmt.Errorf("encode statement %s: %w", st.ID, err)
			}
			if len(line)+1 > p.maxPayload {
				return sent, fmt.Errorf("statement %s of %s: %d bytes encoded, over the %d-byte message limit", st.ID, st.Speaker, len(line), p.maxPayload)
			}
			if buf.Len()+len(line)+1 > p.maxPayload {
				if err := flush(); err != nil {
					return sent, err
				}
			}
			buf.Write(line)
			buf.WriteByte('\n')
		}
		if err := flush(); err != nil {
			return sent, err
		}
	}
	return sent, nil
}

// Article publishes one article (its bytes as extract.ParseArticle takes
// them) with its content type and optional headers.
func (p *Publisher) Article(ctx context.Context, data []byte, contentType string, h nats.Header) error {
	if h == nil {
		h = nats.Header{}
	}
	if contentType != "" {
		h.Set(HeaderContentType, contentType)
	}
	return p.publish(ctx, p.cfg.ArticlesSubject(), data, h)
}

// Raw publishes data to subject as it is (for example JSON Lines to the
// unrouted statements subject).
func (p *Publisher) Raw(ctx context.Context, subject string, data []byte, h nats.Header) error {
	return p.publish(ctx, subject, data, h)
}

func (p *Publisher) publish(ctx context.Context, subject string, data []byte, h nats.Header) error {
	sum := sha256.Sum256(append([]byte(subject+"\x00"), data...))
	m := &nats.Msg{Subject: subject, Data: data, Header: h}
	if _, err := p.js.PublishMsg(ctx, m, jetstream.WithMsgID(hex.EncodeToString(sum[:16])), jetstream.WithExpectStream(p.cfg.Stream)); err != nil {
		return fmt.Errorf("publish %d bytes to %s: %w", len(data), subject, err)
	}
	return nil
}
