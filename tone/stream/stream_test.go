package stream

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// startNATS runs a real nats-server with JetStream on 127.0.0.1, on a
// random port, storing in a temp dir.
func startNATS(tb testing.TB) *server.Server {
	tb.Helper()
	opts := &server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: tb.TempDir(),
		NoLog: true, NoSigs: true,
	}
	s, err := server.NewServer(opts)
	if err != nil {
		tb.Fatalf("nats server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		tb.Fatal("nats server not ready")
	}
	tb.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s
}

func connect(tb testing.TB, s *server.Server) *nats.Conn {
	tb.Helper()
	nc, err := nats.Connect(s.ClientURL(), nats.Name("test"))
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	tb.Cleanup(nc.Close)
	return nc
}

// replica is one tonetrack replica: its own store and pipeline, consuming.
type replica struct {
	nc       *nats.Conn
	st       *store.Store
	pipe     *pipeline.Pipeline
	c        *Consumer
	reg      *prometheus.Registry
	cancel   context.CancelFunc
	done     chan error
	stopOnce sync.Once
}

// sinkFunc lets a test wrap the real pipeline (to stop a replica mid-batch).
type sinkFunc struct {
	Sink
	add func(ctx context.Context, sts []extract.Statement) (pipeline.Result, error)
}

func (s sinkFunc) Add(ctx context.Context, sts []extract.Statement) (pipeline.Result, error) {
	return s.add(ctx, sts)
}

func newPipeline(tb testing.TB, path string) (*pipeline.Pipeline, *store.Store, *extract.Extractor) {
	tb.Helper()
	ctx := context.Background()
	an, err := tone.New(tone.Options{})
	if err != nil {
		tb.Fatalf("tone.New: %v", err)
	}
	x, err := extract.New(extract.Options{Analyzer: an})
	if err != nil {
		tb.Fatalf("extract.New: %v", err)
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		tb.Fatalf("store.Open: %v", err)
	}
	tb.Cleanup(func() { st.Close() })
	p, err := pipeline.New(pipeline.Options{Store: st, Tracker: track.New(track.Options{}), Analyzer: an, Extractor: x,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		tb.Fatalf("pipeline.New: %v", err)
	}
	return p, st, x
}

func startReplica(tb testing.TB, s *server.Server, cfg Config, wrap func(Sink) Sink) *replica {
	tb.Helper()
	r := &replica{nc: connect(tb, s), reg: prometheus.NewRegistry(), done: make(chan error, 1)}
	var x *extract.Extractor
	r.pipe, r.st, x = newPipeline(tb, filepath.Join(tb.TempDir(), "tone.db"))
	var sink Sink = r.pipe
	if wrap != nil {
		sink = wrap(sink)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	c, err := New(ctx, Options{Config: cfg, Conn: r.nc, Sink: sink, Extractor: x, Registerer: r.reg,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		tb.Fatalf("stream.New: %v", err)
	}
	r.c = c
	go func() { r.done <- c.Run(ctx) }()
	tb.Cleanup(r.stop)
	return r
}

// stop cancels the replica and waits for its Run to return (once).
func (r *replica) stop() {
	r.stopOnce.Do(func() {
		r.cancel()
		select {
		case <-r.done:
		case <-time.After(10 * time.Second):
			panic("replica did not stop within 10s")
		}
	})
}

func (r *replica) count(tb testing.TB) int64 {
	tb.Helper()
	n, err := r.st.Count(context.Background())
	if err != nil {
		tb.Fatalf("count: %v", err)
	}
	return n
}

func (r *replica) ids(tb testing.TB) map[string]bool {
	tb.Helper()
	ids := map[string]bool{}
	err := r.st.Each(context.Background(), func(st extract.Statement) error {
		ids[st.ID] = true
		return nil
	})
	if err != nil {
		tb.Fatalf("each: %v", err)
	}
	return ids
}

// statements makes n distinct statements by speakers distinct speakers.
func statements(n, speakers int) []extract.Statement {
	base := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	sts := make([]extract.Statement, n)
	for i := range sts {
		sp := fmt.Sprintf("Speaker %03d", i%speakers)
		text := fmt.Sprintf("We will keep talking with our partners about item number %d and build trust.", i)
		sts[i] = extract.Statement{ID: extract.ID(sp, text), Speaker: sp, Text: text,
			Time: base.Add(time.Duration(i) * time.Second), Source: "test"}
	}
	return sts
}

func publisher(tb testing.TB, s *server.Server, cfg Config) *Publisher {
	tb.Helper()
	p, err := NewPublisher(context.Background(), connect(tb, s), cfg)
	if err != nil {
		tb.Fatalf("NewPublisher: %v", err)
	}
	return p
}

// norm returns cfg with its defaults filled.
func norm(tb testing.TB, cfg Config) Config {
	tb.Helper()
	if err := cfg.Normalize(); err != nil {
		tb.Fatal(err)
	}
	return cfg
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(tb testing.TB, d time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func pendingAcks(tb testing.TB, s *server.Server, cfg Config, name string) (ackPending int, pending uint64) {
	tb.Helper()
	js, err := jetstream.New(connect(tb, s))
	if err != nil {
		tb.Fatal(err)
	}
	c, err := js.Consumer(context.Background(), cfg.Stream, name)
	if err != nil {
		tb.Fatalf("consumer %s: %v", name, err)
	}
	info, err := c.Info(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return info.NumAckPending, info.NumPending
}

// waitPulling waits until every partition consumer has pull requests
// waiting from n clients.
func waitPulling(tb testing.TB, s *server.Server, cfg Config, partitions, n int) {
	tb.Helper()
	js, err := jetstream.New(connect(tb, s))
	if err != nil {
		tb.Fatal(err)
	}
	waitFor(tb, 20*time.Second, "replicas pulling", func() bool {
		for k := range partitions {
			c, err := js.Consumer(context.Background(), cfg.Stream, fmt.Sprintf("tonetrack-p%d", k))
			if err != nil {
				return false
			}
			info, err := c.Info(context.Background())
			if err != nil || info.NumWaiting < n {
				return false
			}
		}
		return true
	})
}

func TestStatementsStoredExactlyOnce(t *testing.T) {
	s := startNATS(t)
	cfg := norm(t, Config{Partitions: 4, AckWait: 10 * time.Second})
	r := startReplica(t, s, cfg, nil)
	pub := publisher(t, s, cfg)
	ctx := t.Context()

	sts := statements(600, 40)
	// Routed by the publisher, twice (a producer's retry).
	if _, err := pub.Statements(ctx, sts[:400]); err != nil {
		t.Fatal(err)
	}
	if _, err := pub.Statements(ctx, sts[:400]); err != nil {
		t.Fatal(err)
	}
	// Unrouted, as JSON Lines and as a JSON array, for a replica to route.
	var lines []byte
	for _, st := range sts[400:500] {
		lines = fmt.Appendf(lines, `{"speaker":%q,"text":%q,"time":%q}`+"\n", st.Speaker, st.Text, st.Time.Format(time.RFC3339))
	}
	if err := pub.Raw(ctx, pub.cfg.StatementsSubject(), lines, nil); err != nil {
		t.Fatal(err)
	}
	arr := []byte("[")
	for i, st := range sts[500:] {
		if i > 0 {
			arr = append(arr, ',')
		}
		arr = fmt.Appendf(arr, `{"speaker":%q,"text":%q}`, st.Speaker, st.Text)
	}
	arr = append(arr, ']')
	if err := pub.Raw(ctx, pub.cfg.StatementsSubject(), arr, nil); err != nil {
		t.Fatal(err)
	}

	waitFor(t, 20*time.Second, "600 statements stored", func() bool { return r.count(t) >= int64(len(sts)) })
	ids := r.ids(t)
	for _, st := range sts {
		if !ids[st.ID] {
			t.Errorf("statement %s (%s) not stored", st.ID, st.Speaker)
		}
	}
	// Nothing more arrives later, and nothing is left unacknowledged.
	time.Sleep(2 * time.Second)
	if n := r.count(t); n != int64(len(sts)) {
		t.Errorf("store has %d statements; want exactly %d", n, len(sts))
	}
	for k := range 4 {
		if ap, p := pendingAcks(t, s, cfg, fmt.Sprintf("tonetrack-p%d", k)); ap != 0 || p != 0 {
			t.Errorf("partition %d: %d unacknowledged, %d pending; want 0, 0", k, ap, p)
		}
	}
	if got := testutil.ToFloat64(r.c.m.routed); got != 200 {
		t.Errorf("routed statements = %v; want 200", got)
	}
	if problems, err := testutil.GatherAndLint(r.reg, "tone_stream_messages_total", "tone_stream_routed_statements_total"); err != nil || len(problems) > 0 {
		t.Errorf("metric lint: %v %v", problems, err)
	}
}

func TestPoisonTerminated(t *testing.T) {
	s := startNATS(t)
	cfg := norm(t, Config{Partitions: 2, AckWait: 500 * time.Millisecond, MaxDeliver: 3})
	r := startReplica(t, s, cfg, nil)
	pub := publisher(t, s, cfg)
	ctx := t.Context()
	bad := []struct {
		name, subject, body string
	}{
		{"bad JSON on a partition", cfg.PartitionSubject(0), `{"speaker": "A", "text": `},
		{"unknown field", cfg.PartitionSubject(1), `{"speaker":"A","text":"We agree.","mood":"happy"}`},
		{"no speaker", "tone.statements", `{"text":"Nobody said this."}`},
		{"invalid UTF-8", "tone.statements", "{\"speaker\":\"A\",\"text\":\"\xff\xfe\"}"},
		{"article without text", "tone.articles", `{"title":"Empty","text":"   "}`},
		{"refused by the pipeline", cfg.PartitionSubject(0), `{"speaker":"A","text":"We will prevail.","time":"2999-01-01T00:00:00Z"}`},
	}
	for _, b := range bad {
		h := nats.Header{}
		if b.subject == "tone.articles" {
			h.Set(HeaderContentType, "application/json")
		}
		if err := pub.Raw(ctx, b.subject, []byte(b.body), h); err != nil {
			t.Fatalf("%s: %v", b.name, err)
		}
	}
	good := statements(20, 5)
	if _, err := pub.Statements(ctx, good); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "good statements stored", func() bool { return r.count(t) == int64(len(good)) })
	poison := func() float64 {
		var n float64
		for _, k := range []string{"statements", "articles", "partition"} {
			n += testutil.ToFloat64(r.c.m.messages.WithLabelValues(k, "poison"))
		}
		return n
	}
	waitFor(t, 5*time.Second, "poison counted", func() bool { return poison() == float64(len(bad)) })
	// Terminated, not redelivered: after several AckWaits the count stands
	// and nothing waits for an ack.
	time.Sleep(4 * cfg.AckWait)
	if got := poison(); got != float64(len(bad)) {
		t.Errorf("poison messages = %v after waiting; want %d (redelivered?)", got, len(bad))
	}
	for _, name := range []string{"tonetrack-intake", "tonetrack-p0", "tonetrack-p1"} {
		if ap, p := pendingAcks(t, s, cfg, name); ap != 0 || p != 0 {
			t.Errorf("%s: %d unacknowledged, %d pending; want 0, 0", name, ap, p)
		}
	}
}

func TestDecodeStatementsErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"empty", "  \n", "empty body"},
		{"bad line", "{\"speaker\":\"A\",\"text\":\"Hi there.\"}\n{oops}\n", "line 2"},
		{"two values on a line", `{"speaker":"A","text":"x y"} {"speaker":"B","text":"z"}`, "more than one JSON value"},
		{"no text", `[{"speaker":"A"}]`, "statement 1: no text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeStatements([]byte(tc.body))
			if !errors.Is(err, ErrPoison) {
				t.Fatalf("DecodeStatements(%q) = %v; want ErrPoison", tc.body, err)
			}
			if !containsStr(err.Error(), tc.want) {
				t.Errorf("DecodeStatements(%q) = %q; want it to mention %q", tc.body, err, tc.want)
			}
		})
	}
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestTwoReplicasSplitLoad(t *testing.T) {
	s := startNATS(t)
	// A long AckWait: this test is about sharing, not redelivery.
	cfg := Config{Partitions: 8, Replicas: 2, AckWait: 30 * time.Second}
	a := startReplica(t, s, Config{Partitions: 8, Replicas: 2, Replica: 0, AckWait: 30 * time.Second}, nil)
	b := startReplica(t, s, Config{Partitions: 8, Replicas: 2, Replica: 1, AckWait: 30 * time.Second}, nil)
	pub := publisher(t, s, cfg)
	// Each partition's owner pulling before anything is sent (the other
	// replica joins as a fallback only after TakeoverDelay).
	waitPulling(t, s, norm(t, cfg), 8, 1)
	sts := statements(1000, 60)
	if _, err := pub.Statements(t.Context(), sts); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "all statements stored", func() bool { return a.count(t)+b.count(t) >= int64(len(sts)) })
	ia, ib := a.ids(t), b.ids(t)
	if len(ia) == 0 || len(ib) == 0 {
		t.Fatalf("replica A stored %d, B %d; want both some", len(ia), len(ib))
	}
	for id := range ia {
		if ib[id] {
			t.Errorf("statement %s stored by both replicas", id)
		}
	}
	// Each speaker lives on the replica that owns its partition.
	for _, st := range sts {
		owner := ia
		if !a.c.Owns(Partition(st.Speaker, 8)) {
			owner = ib
		}
		if !owner[st.ID] {
			t.Errorf("%s (partition %d) not on its owner replica", st.Speaker, Partition(st.Speaker, 8))
			break
		}
	}
	t.Logf("replica A stored %d, B %d", len(ia), len(ib))
}

func TestReplicaKilledOtherTakesOver(t *testing.T) {
	s := startNATS(t)
	mk := func(i int) Config {
		return Config{Partitions: 4, Replicas: 2, Replica: i, AckWait: 3 * time.Second, TakeoverDelay: 500 * time.Millisecond}
	}

	// Replica A commits its first batch, then "crashes" inside the second:
	// it never commits or acknowledges it, and its connection is closed.
	var calls atomic.Int32
	crashed := make(chan struct{})
	holding := make(chan struct{})
	var once sync.Once
	a := startReplica(t, s, mk(0), func(next Sink) Sink {
		return sinkFunc{Sink: next, add: func(ctx context.Context, sts []extract.Statement) (pipeline.Result, error) {
			if calls.Add(1) == 1 {
				return next.Add(ctx, sts)
			}
			once.Do(func() { close(holding) })
			<-crashed
			return pipeline.Result{}, errors.New("replica crashed")
		}}
	})
	b := startReplica(t, s, mk(1), nil)
	pub := publisher(t, s, mk(0))

	sts := statements(400, 30)
	// A statement of a partition A owns goes first: A commits it. Then the
	// rest arrive.
	for i, st := range sts {
		if a.c.Owns(Partition(st.Speaker, 4)) {
			sts[0], sts[i] = sts[i], sts[0]
			break
		}
	}
	if _, err := pub.Statements(t.Context(), sts[:1]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "A's first commit", func() bool { return calls.Load() >= 1 && a.count(t)+b.count(t) >= 1 })
	if _, err := pub.Statements(t.Context(), sts[1:]); err != nil {
		t.Fatal(err)
	}
	select {
	case <-holding:
	case <-time.After(10 * time.Second):
		t.Fatal("replica A never took a second batch")
	}
	a.nc.Close() // abrupt: no drain, no ack, no nak
	close(crashed)
	a.stop()

	waitFor(t, 30*time.Second, "B to take over A's partitions", func() bool {
		return a.count(t)+b.count(t) >= int64(len(sts))
	})
	ia, ib := a.ids(t), b.ids(t)
	for _, st := range sts {
		switch {
		case ia[st.ID] && ib[st.ID]:
			t.Errorf("statement %s stored by both replicas", st.ID)
		case !ia[st.ID] && !ib[st.ID]:
			t.Errorf("statement %s lost", st.ID)
		}
	}
	if n := a.count(t) + b.count(t); n != int64(len(sts)) {
		t.Errorf("stores hold %d statements together; want exactly %d", n, len(sts))
	}
	t.Logf("A committed %d before the crash; B stored %d", len(ia), len(ib))
}

func TestPartitionStable(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Kim Jong Un", "kim jong-un"},
		{"Ministry of Foreign Affairs", "  ministry of foreign affairs "},
	}
	for _, tc := range tests {
		if pa, pb := Partition(tc.a, 16), Partition(tc.b, 16); pa != pb {
			t.Errorf("Partition(%q) = %d, Partition(%q) = %d; want equal", tc.a, pa, tc.b, pb)
		}
	}
	seen := map[int]bool{}
	for i := range 200 {
		p := Partition(fmt.Sprintf("Speaker %d", i), 8)
		if p < 0 || p >= 8 {
			t.Fatalf("Partition = %d; want 0..7", p)
		}
		seen[p] = true
	}
	if len(seen) != 8 {
		t.Errorf("200 speakers fell in %d of 8 partitions", len(seen))
	}
}

func TestEnsureStreamPartitionsMismatch(t *testing.T) {
	s := startNATS(t)
	nc := connect(t, s)
	if _, err := NewPublisher(t.Context(), nc, Config{Partitions: 4}); err != nil {
		t.Fatal(err)
	}
	p, err := NewPublisher(t.Context(), nc, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Partitions() != 4 {
		t.Errorf("Partitions() = %d; want the stream's 4", p.Partitions())
	}
	_, err = NewPublisher(t.Context(), nc, Config{Partitions: 8})
	if err == nil || !containsStr(err.Error(), "routes to 4 partitions, not 8") {
		t.Errorf("NewPublisher with 8 partitions on a 4-partition stream: err = %v; want a mismatch error", err)
	}
}

func TestServerRestartResumes(t *testing.T) {
	dir := t.TempDir()
	opts := &server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true}
	s, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("not ready")
	}
	url := s.ClientURL()
	port := s.Addr().(*net.TCPAddr).Port
	nc, err := nats.Connect(url, nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	cfg := norm(t, Config{Partitions: 2, AckWait: time.Second})
	p, st, x := newPipeline(t, filepath.Join(t.TempDir(), "tone.db"))
	c, err := New(t.Context(), Options{Config: cfg, Conn: nc, Sink: p, Extractor: x, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	defer func() { cancel(); <-done }()
	count := func() int64 { n, _ := st.Count(t.Context()); return n }

	sts := statements(200, 20)
	pub, err := NewPublisher(t.Context(), nc, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pub.Statements(t.Context(), sts[:100]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "first half stored", func() bool { return count() == 100 })

	s.Shutdown()
	s.WaitForShutdown()
	opts2 := *opts
	opts2.Port = port
	s2, err := server.NewServer(&opts2)
	if err != nil {
		t.Fatal(err)
	}
	go s2.Start()
	if !s2.ReadyForConnections(10 * time.Second) {
		t.Fatal("restarted server not ready")
	}
	defer func() { s2.Shutdown(); s2.WaitForShutdown() }()
	waitFor(t, 10*time.Second, "reconnect", nc.IsConnected)
	pctx, pcancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer pcancel()
	for {
		if _, err := pub.Statements(pctx, sts[100:]); err == nil {
			break
		} else if pctx.Err() != nil {
			t.Fatalf("publish after restart: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	waitFor(t, 20*time.Second, "second half stored after the server restart", func() bool { return count() == 200 })
	select {
	case err := <-done:
		t.Fatalf("Run returned %v during a server restart; want it to resume", err)
	default:
	}
}
