package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// metricSum adds up the samples of a metric family in a /metrics text.
func metricSum(text, family string) float64 {
	var sum float64
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, family+"{") && !strings.HasPrefix(line, family+" ") {
			continue
		}
		f := strings.Fields(line)
		if v, err := strconv.ParseFloat(f[len(f)-1], 64); err == nil {
			sum += v
		}
	}
	return sum
}

func speakers(tb testing.TB, base string) map[string]bool {
	tb.Helper()
	var resp struct {
		Speakers []track.SpeakerState `json:"speakers"`
	}
	if err := json.Unmarshal([]byte(httpGet(tb, base+"/api/v1/speakers")), &resp); err != nil {
		tb.Fatal(err)
	}
	out := map[string]bool{}
	for _, s := range resp.Speakers {
		out[s.Speaker] = true
	}
	return out
}

// TestServeFeedsAndNATSReplicas runs two "tonetrack serve" processes on one
// JetStream stream; the first also polls a feed (configured in YAML). Every
// statement, published or read from the feed, is stored once, by the
// replica that owns its speaker.
func TestServeFeedsAndNATSReplicas(t *testing.T) {
	ns := startNATS(t)
	page, err := os.ReadFile(filepath.Join("testdata", "publish", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	var site *httptest.Server
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>`+
			`<item><title>Talks resume</title><link>%s/news/1</link><guid>local-1</guid><pubDate>%s</pubDate></item></channel></rss>`,
			site.URL, time.Now().Add(-time.Hour).UTC().Format(time.RFC1123Z))
	})
	mux.HandleFunc("GET /news/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	site = httptest.NewServer(mux)
	defer site.Close()

	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "tonetrack.yml")
	cfg := fmt.Sprintf("feeds:\n  - url: %s/feed.xml\n    name: local\n    interval: 1s\nnats:\n  url: %s\n  partitions: 4\n  replicas: 2\n  replica: 0\n",
		site.URL, ns.ClientURL())
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	r0 := startServe(t, filepath.Join(dir, "r0.db"), "--config", cfgFile)
	r1 := startServe(t, filepath.Join(dir, "r1.db"), "--nats", ns.ClientURL(), "--nats-replicas", "2", "--nats-replica", "1")

	var lines strings.Builder
	now := time.Now().UTC().Truncate(time.Second)
	for i := range 200 {
		fmt.Fprintf(&lines, `{"speaker":"Speaker %02d","text":"We will keep working with our partners on issue %d.","time":%q}`+"\n",
			i%40, i, now.Add(-time.Duration(i)*time.Minute).Format(time.RFC3339))
	}
	jsonl := filepath.Join(dir, "statements.jsonl")
	if err := os.WriteFile(jsonl, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	e, _, errb := testEnv(t)
	if err := Run(t.Context(), e, []string{"publish", "--nats", ns.ClientURL(), jsonl}); err != nil {
		t.Fatalf("publish: %v\n%s", err, errb)
	}

	// 200 published and 3 from the feed's page.
	const want = 203
	deadline := time.Now().Add(time.Minute)
	var m0, m1 string
	for {
		m0, m1 = httpGet(t, r0.base+"/metrics"), httpGet(t, r1.base+"/metrics")
		if metricSum(m0, "tone_statements_total")+metricSum(m1, "tone_statements_total") >= want {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("replicas stored %v and %v statements; want %d in all\n%s\n%s", metricSum(m0, "tone_statements_total"),
				metricSum(m1, "tone_statements_total"), want, r0.stderr, r1.stderr)
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(3 * time.Second) // three feed polls: nothing more may arrive
	m0, m1 = httpGet(t, r0.base+"/metrics"), httpGet(t, r1.base+"/metrics")
	n0, n1 := metricSum(m0, "tone_statements_total"), metricSum(m1, "tone_statements_total")
	t.Logf("replica 0 stored %v statements, replica 1 %v", n0, n1)
	if n0+n1 != want || n0 == 0 || n1 == 0 {
		t.Errorf("replicas stored %v and %v statements; want both some, %d in all", n0, n1, want)
	}
	if got := metricSum(m0, `tone_feed_items_total{feed="local"}`); got != 1 {
		t.Errorf("tone_feed_items_total{feed=\"local\"} = %v; want 1 (polled several times, ingested once)", got)
	}
	if metricSum(m0, "tone_feed_last_success_timestamp_seconds") < float64(now.Unix()-60) {
		t.Errorf("tone_feed_last_success_timestamp_seconds missing or old on replica 0")
	}
	if dups := metricSum(m0, "tone_duplicates_total") + metricSum(m1, "tone_duplicates_total"); dups != 0 {
		t.Errorf("tone_duplicates_total = %v; want 0 (nothing delivered twice)", dups)
	}
	// Speakers are partitioned: none is on both replicas.
	s0, s1 := speakers(t, r0.base), speakers(t, r1.base)
	for sp := range s0 {
		if s1[sp] {
			t.Errorf("speaker %q on both replicas", sp)
		}
	}
	if !s0["Anna Berg"] && !s1["Anna Berg"] {
		t.Errorf("the feed article's speaker Anna Berg is on neither replica")
	}
	httpGet(t, r0.base+"/readyz")
	httpGet(t, r1.base+"/readyz")
}

func TestServeSourceFlagErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yml")
	if err := os.WriteFile(bad, []byte("feeds:\n  - url: https://example.org/rss\n    every: 5m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--nats-replicas", "2"}, "--nats-replicas needs --nats URL"},
		{[]string{"--config", bad}, bad + ":3: field every not found"},
		{[]string{"--feed", "ftp://example.org/rss"}, "want an absolute http or https URL"},
		{[]string{"--nats", "nats://127.0.0.1:1"}, "connect to NATS at nats://127.0.0.1:1"},
	}
	for i, tc := range tests {
		e, _, _ := testEnv(t)
		args := append([]string{"serve", "--listen", "127.0.0.1:0", "--db", filepath.Join(dir, fmt.Sprintf("%d.db", i))}, tc.args...)
		err := Run(t.Context(), e, args)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("serve %v = %v; want an error containing %q", tc.args, err, tc.want)
		}
	}
}

// TestServeReplicaKilledOtherTakesOver SIGKILLs one of two serve replicas
// while statements stream in: every statement ends up stored by one replica
// or the other (none lost), and the survivor takes over the dead one's
// partitions. Statements the dead replica committed but had not yet
// acknowledged may be stored again by the survivor: at most its in-flight
// batches, never twice in one store.
func TestServeReplicaKilledOtherTakesOver(t *testing.T) {
	ns := startNATS(t)
	dir := t.TempDir()
	db0, db1 := filepath.Join(dir, "r0.db"), filepath.Join(dir, "r1.db")
	common := []string{"--nats", ns.ClientURL(), "--nats-replicas", "2", "--nats-partitions", "4"}
	r0 := startServe(t, db0, append(common, "--nats-replica", "0")...)
	r1 := startServe(t, db1, append(common, "--nats-replica", "1")...)

	const total = 3000
	var ids []string
	files := make([]string, 0, 6)
	for f := range 6 {
		var b strings.Builder
		for i := f * total / 6; i < (f+1)*total/6; i++ {
			sp := fmt.Sprintf("Speaker %02d", i%50)
			text := fmt.Sprintf("We will keep working with our partners on issue %d.", i)
			ids = append(ids, extract.ID(sp, text))
			fmt.Fprintf(&b, `{"speaker":%q,"text":%q,"time":"2026-11-28T10:00:00Z"}`+"\n", sp, text)
		}
		name := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", f))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	publish := func(files ...string) {
		e, _, errb := testEnv(t)
		if err := Run(t.Context(), e, append([]string{"publish", "--nats", ns.ClientURL(), "--batch", "100"}, files...)); err != nil {
			t.Fatalf("publish: %v\n%s", err, errb)
		}
	}
	publish(files[:3]...)
	// Kill replica 0 as soon as it has stored something, while the rest is
	// still being published.
	deadline := time.Now().Add(time.Minute)
	for metricSum(httpGet(t, r0.base+"/metrics"), "tone_statements_total") == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("replica 0 stored nothing\n%s", r0.stderr)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := r0.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	publish(files[3:]...)

	// Replica 1 takes over; wait until the two stores hold every id.
	st1 := openStore(t, db1)
	deadline = time.Now().Add(2 * time.Minute)
	for {
		<-r0.done
		r0.done <- nil
		st0 := openStore(t, db0)
		missing, both := 0, 0
		for _, id := range ids {
			_, err0 := st0.Get(t.Context(), id)
			_, err1 := st1.Get(t.Context(), id)
			switch {
			case err0 != nil && err1 != nil:
				missing++
			case err0 == nil && err1 == nil:
				both++
			}
		}
		st0.Close()
		if missing == 0 {
			t.Logf("all %d statements stored; %d by both replicas (committed by the killed one, not yet acknowledged)", total, both)
			if both > 2*512 {
				t.Errorf("%d statements stored by both replicas; want at most the killed replica's in-flight batches", both)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d statements lost after replica 0 was killed\n%s", missing, total, r1.stderr)
		}
		time.Sleep(500 * time.Millisecond)
	}
	n1, err := st1.Count(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if m := metricSum(httpGet(t, r1.base+"/metrics"), "tone_statements_total"); int64(m) != n1 {
		t.Errorf("replica 1 exports %v statements, stores %d", m, n1)
	}
}

func openStore(tb testing.TB, path string) *store.Store {
	tb.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}
