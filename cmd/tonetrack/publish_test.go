package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/stream"
	"github.com/tonetrack/tonetrack/tone/track"
)

// startNATS runs a real nats-server with JetStream on 127.0.0.1.
func startNATS(tb testing.TB) *server.Server {
	tb.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: tb.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		tb.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		tb.Fatal("nats server not ready")
	}
	tb.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s
}

// TestPublishThenConsume publishes statements and an article, checks what
// the stream holds, then consumes it into a real store as serve does.
func TestPublishThenConsume(t *testing.T) {
	ns := startNATS(t)
	dir := filepath.Join("testdata", "publish")
	jsonl := filepath.Join(dir, "statements.jsonl")
	e, _, errb := testEnv(t)
	err := Run(t.Context(), e, []string{"publish", "--nats", ns.ClientURL(), "--partitions", "4", "--source", "Example News",
		jsonl, filepath.Join(dir, "article.html"), filepath.Join(dir, "empty.txt")})
	if !errors.Is(err, errPartial) {
		t.Fatalf("publish = %v; want errPartial for the bad lines\n%s", err, errb)
	}
	for _, want := range []string{
		jsonl + ":3: invalid statement",
		jsonl + `:4: invalid statement: json: unknown field "mood"`,
		filepath.Join(dir, "empty.txt") + ": poison message: article",
		"published 3 statements in ",
		"and 1 articles to stream TONE (4 partitions); 3 bad lines skipped",
	} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb)
		}
	}

	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	s, err := js.Stream(t.Context(), "TONE")
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context(), jetstream.WithSubjectFilter("tone.>"))
	if err != nil {
		t.Fatal(err)
	}
	var routed uint64
	for subj, n := range info.State.Subjects {
		if strings.HasPrefix(subj, "tone.statements.p.") {
			routed += n
		}
	}
	if info.State.Subjects["tone.articles"] != 1 || routed < 1 || routed > 3 {
		t.Errorf("stream subjects = %v; want 1 article and 1 to 3 partition messages", info.State.Subjects)
	}

	// --subject publishes as is, for a replica to route.
	raw := filepath.Join(t.TempDir(), "raw.jsonl")
	if err := os.WriteFile(raw, []byte(`{"speaker":"Lena Holt","text":"We hope the talks bring lasting calm to the region."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e, _, errb = testEnv(t)
	if err := Run(t.Context(), e, []string{"publish", "--nats", ns.ClientURL(), "--subject", "tone.statements", raw}); err != nil {
		t.Fatalf("publish --subject: %v\n%s", err, errb)
	}
	info, err = s.Info(t.Context(), jetstream.WithSubjectFilter("tone.>"))
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Subjects["tone.statements"] != 1 {
		t.Errorf("stream subjects = %v; want 1 message on tone.statements", info.State.Subjects)
	}

	// Consume as serve does, into a real store.
	an, err := tone.New(tone.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, _ := extract.New(extract.Options{Analyzer: an})
	st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := pipeline.New(pipeline.Options{Store: st, Tracker: track.New(track.Options{}), Analyzer: an, Extractor: x})
	if err != nil {
		t.Fatal(err)
	}
	c, err := stream.New(t.Context(), stream.Options{Conn: nc, Sink: p, Extractor: x, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(15 * time.Second)
	for {
		n, _ := st.Count(t.Context())
		if n >= 7 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("store has %d statements; want 7 (3 lines, 3 from the article, 1 routed by the replica)", n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	got, _, err := st.List(t.Context(), store.Query{Speaker: "Paul Grant"})
	if err != nil {
		t.Fatal(err)
	}
	var fromArticle bool
	for _, s := range got {
		if s.Source == "Example News" {
			fromArticle = true
		}
	}
	if !fromArticle {
		t.Errorf("Paul Grant's statements %v; want one from the article with source Example News (the --source header)", got)
	}
}

func TestPublishFlagErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"publish"}, "--nats URL is required"},
		{[]string{"publish", "--nats", "nats://127.0.0.1:1", "--batch", "0"}, "--batch 0"},
		{[]string{"publish", "--nats", "nats://127.0.0.1:1", "--stream", "a.b"}, `nats stream "a.b"`},
		{[]string{"publish", "--nats", "nats://127.0.0.1:1", "--timeout", "200ms", filepath.Join("testdata", "publish", "statements.jsonl")}, "connect to NATS at nats://127.0.0.1:1"},
	}
	for _, tc := range tests {
		e, _, _ := testEnv(t)
		err := Run(t.Context(), e, tc.args)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v = %v; want an error containing %q", tc.args, err, tc.want)
		}
	}
}
