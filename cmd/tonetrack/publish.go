package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/stream"
)

// maxPublishArticleBytes bounds one article file; NATS's max_payload (1 MiB
// by default) is the real limit and is reported by the server.
const maxPublishArticleBytes = 8 << 20

// runPublish sends statements (JSON Lines) and article files into the NATS
// JetStream stream that 'tonetrack serve --nats' consumes.
func runPublish(ctx context.Context, e *env, args []string) error {
	fset := flag.NewFlagSet("publish", flag.ContinueOnError)
	fset.SetOutput(e.stderr)
	natsURL := fset.String("nats", "", "NATS server `URL`(s), comma-separated (required)")
	subject := fset.String("subject", "", "publish to this `SUBJECT` as is instead of routing: statements as JSON Lines (e.g. tone.statements, routed by a replica), articles one per message")
	source := fset.String("source", "", "source `NAME` for articles whose body does not name one (header Tone-Source)")
	batch := fset.Int("batch", 1000, "statements read before publishing them (one message per partition per batch, at most 256 KiB each)")
	timeout := fset.Duration("timeout", 10*time.Second, "how long to wait for each publish acknowledgement")
	var cfg stream.Config
	fset.StringVar(&cfg.Stream, "stream", stream.DefaultStream, "JetStream `NAME` (created if missing)")
	fset.StringVar(&cfg.Prefix, "prefix", stream.DefaultPrefix, "subject `PREFIX`: PREFIX.statements, PREFIX.articles, PREFIX.statements.p.<k>")
	fset.StringVar(&cfg.Creds, "creds", "", "NATS credentials `FILE` (JWT and NKey seed)")
	fset.StringVar(&cfg.TLSCA, "tls-ca", "", "PEM `FILE` of the CA that signed the NATS server's certificate")
	fset.StringVar(&cfg.TLSCert, "tls-cert", "", "client certificate PEM `FILE` for mutual TLS (with --tls-key)")
	fset.StringVar(&cfg.TLSKey, "tls-key", "", "client key PEM `FILE` for mutual TLS")
	fset.IntVar(&cfg.Partitions, "partitions", 0, "speaker partitions of a new stream (`N`; default 8; an existing stream keeps its own)")
	fset.Usage = func() {
		fmt.Fprintf(fset.Output(), "usage: tonetrack publish --nats URL [flags] [FILE|DIR...]\n\n"+
			"Sends statements and articles into the JetStream stream that 'tonetrack serve --nats' consumes.\n"+
			"Files ending in .jsonl or .ndjson (and standard input, the default or \"-\") hold one statement per\n"+
			"line, as 'tonetrack extract' writes them; each goes straight to its speaker's partition. Files\n"+
			"ending in .txt, .html, .htm or .json are articles, one message each. Every publish waits for the\n"+
			"stream's acknowledgement. A bad line is reported as FILE:LINE and skipped; the exit status is then 1.\n\n")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if *natsURL == "" {
		fset.Usage()
		return errors.New("publish: --nats URL is required")
	}
	if *batch < 1 {
		return fmt.Errorf("publish: --batch %d: must be at least 1", *batch)
	}
	cfg.URL = *natsURL
	if err := cfg.Normalize(); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	inputs, _, err := ingestInputs(fset.Args())
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	nc, err := stream.Connect(cfg, "tonetrack publish", *timeout)
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	defer nc.Close()
	sctx, cancel := context.WithTimeout(ctx, *timeout)
	pub, err := stream.NewPublisher(sctx, nc, cfg)
	cancel()
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	p := &publisher{e: e, pub: pub, cfg: cfg, subject: *subject, source: *source, batch: *batch, timeout: *timeout}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if in.article {
			err = p.article(ctx, in.path)
		} else {
			err = p.statements(ctx, in.path)
		}
		if err != nil {
			return fmt.Errorf("publish: %w", err)
		}
	}
	fmt.Fprintf(e.stderr, "published %d statements in %d messages and %d articles to stream %s (%d partitions); %d bad lines skipped\n",
		p.statementsSent, p.messages, p.articles, cfg.Stream, pub.Partitions(), p.bad)
	if p.bad > 0 {
		return errPartial
	}
	return nil
}

type publisher struct {
	e       *env
	pub     *stream.Publisher
	cfg     stream.Config
	subject string
	source  string
	batch   int
	timeout time.Duration

	statementsSent, messages, articles, bad int
}

func (p *publisher) open(path string) (io.Reader, func(), string, error) {
	return openInput(p.e.stdin, path, nil)
}

// statements reads JSON Lines and publishes them in batches.
func (p *publisher) statements(ctx context.Context, path string) error {
	r, closeFn, label, err := p.open(path)
	if err != nil {
		return err
	}
	defer closeFn()
	br := bufio.NewReaderSize(r, 1<<20)
	var pending []extract.Statement
	for line := 1; ; line++ {
		b, rerr := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			st, err := parseStatementLine(b)
			if err == nil && (strings.TrimSpace(st.Speaker) == "" || strings.TrimSpace(st.Text) == "") {
				err = errors.New("invalid statement: speaker and text are required")
			}
			if err != nil {
				p.bad++
				fmt.Fprintf(p.e.stderr, "%s:%d: %v\n", label, line, err)
			} else {
				pending = append(pending, st)
			}
		}
		if len(pending) >= p.batch || (rerr != nil && len(pending) > 0) {
			if err := p.send(ctx, pending); err != nil {
				return fmt.Errorf("%s: up to line %d: %w", label, line, err)
			}
			pending = pending[:0]
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return fmt.Errorf("%s:%d: %w", label, line, rerr)
		}
	}
}

func (p *publisher) send(ctx context.Context, sts []extract.Statement) error {
	ctx, cancel := context.WithTimeout(ctx, p.timeout)
	defer cancel()
	if p.subject == "" {
		n, err := p.pub.Statements(ctx, sts)
		p.messages += n
		if err != nil {
			return err
		}
		p.statementsSent += len(sts)
		return nil
	}
	var buf []byte
	for _, st := range sts {
		line, err := jsonLine(st)
		if err != nil {
			return err
		}
		if len(buf) > 0 && len(buf)+len(line) > 256<<10 {
			if err := p.pub.Raw(ctx, p.subject, buf, nil); err != nil {
				return err
			}
			p.messages++
			buf = buf[:0]
		}
		buf = append(buf, line...)
	}
	if len(buf) > 0 {
		if err := p.pub.Raw(ctx, p.subject, buf, nil); err != nil {
			return err
		}
		p.messages++
	}
	p.statementsSent += len(sts)
	return nil
}

// article publishes one article file, its form in the Content-Type header.
func (p *publisher) article(ctx context.Context, path string) error {
	r, closeFn, label, err := p.open(path)
	if err != nil {
		return err
	}
	defer closeFn()
	data, err := readArticle(r, label, maxPublishArticleBytes)
	if err != nil {
		return err
	}
	ct := articleContentType(path)
	// Refuse here what every replica would refuse, with the file's name.
	if _, err := stream.DecodeArticle(data, nats.Header{stream.HeaderContentType: []string{ct}}); err != nil {
		p.bad++
		fmt.Fprintf(p.e.stderr, "%s: %v\n", label, err)
		return nil
	}
	h := nats.Header{}
	if p.source != "" {
		h.Set(stream.HeaderSource, p.source)
	}
	actx, cancel := context.WithTimeout(ctx, p.timeout)
	defer cancel()
	if p.subject != "" {
		h.Set(stream.HeaderContentType, ct)
		err = p.pub.Raw(actx, p.subject, data, h)
	} else {
		err = p.pub.Article(actx, data, ct, h)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	p.articles++
	p.messages++
	return nil
}

func jsonLine(st extract.Statement) ([]byte, error) {
	b, err := json.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("encode statement %s: %w", st.ID, err)
	}
	return append(b, '\n'), nil
}
