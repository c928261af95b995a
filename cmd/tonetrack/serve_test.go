package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/store"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildTonetrack builds the tonetrack binary once per test run.
func buildTonetrack(tb testing.TB) string {
	tb.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tonetrack-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "tonetrack")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		tb.Fatal(buildErr)
	}
	return binPath
}

// child is a running "tonetrack serve".
type child struct {
	cmd    *exec.Cmd
	base   string
	stderr *bytes.Buffer
	done   chan error
}

// startServe starts "tonetrack serve" on 127.0.0.1:0 over db and waits until
// it listens and /readyz answers 200.
func startServe(tb testing.TB, db string, args ...string) *child {
	tb.Helper()
	bin := buildTonetrack(tb)
	addrFile := filepath.Join(tb.TempDir(), "addr")
	c := &child{stderr: &bytes.Buffer{}, done: make(chan error, 1)}
	c.cmd = exec.Command(bin, append([]string{"serve", "--listen", "127.0.0.1:0", "--db", db, "--addr-file", addrFile}, args...)...)
	c.cmd.Stderr = &lockedWriter{w: c.stderr}
	if err := c.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() { c.done <- c.cmd.Wait() }()
	tb.Cleanup(func() {
		c.cmd.Process.Kill()
		<-c.done
	})
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if b, err := os.ReadFile(addrFile); err == nil && c.base == "" {
			c.base = "http://" + strings.TrimSpace(string(b))
		}
		if c.base != "" {
			// Listening; ready once the series are rebuilt.
			if resp, err := http.Get(c.base + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return c
				}
			}
		}
		select {
		case err := <-c.done:
			c.done <- err
			tb.Fatalf("tonetrack serve exited before listening: %v\n%s", err, c.stderr)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			tb.Fatalf("tonetrack serve was not ready within 2 minutes\n%s", c.stderr)
		}
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func postJSONLines(ctx context.Context, base string, sts []map[string]any) (int, error) {
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	for _, s := range sts {
		enc.Encode(s)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v1/statements", &body)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// TestCrashLosesNothingAcknowledged posts batches from several clients to a
// child tonetrack serve, kills it with SIGKILL in the middle, and reopens the
// store: every id answered 2xx is there, once; every batch is there whole or
// not at all.
func TestCrashLosesNothingAcknowledged(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	db := filepath.Join(t.TempDir(), "crash.db")
	c := startServe(t, db)

	const workers, perBatch = 4, 100
	var (
		mu       sync.Mutex
		acked    = map[string]bool{}
		unacked  [][]string // batches whose answer never came or was not 2xx
		replays  int
		ackedBat int
	)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var mine [][]map[string]any
			for b := 0; ctx.Err() == nil; b++ {
				var batch []map[string]any
				replay := b%5 == 4 && len(mine) > 0
				if replay {
					batch = mine[b%len(mine)]
				} else {
					for i := range perBatch {
						batch = append(batch, map[string]any{
							"id":      fmt.Sprintf("crash-%d-%d-%d", w, b, i),
							"speaker": fmt.Sprintf("Speaker %d", (w*7+i)%13),
							"text":    fmt.Sprintf("Worker %d says thing %d of batch %d: we will talk, and we will not yield.", w, i, b),
							"time":    time.Now().Add(-time.Duration(i) * time.Minute).UTC().Format(time.RFC3339Nano),
						})
					}
				}
				code, err := postJSONLines(context.Background(), c.base, batch)
				ids := make([]string, len(batch))
				for i, s := range batch {
					ids[i] = s["id"].(string)
				}
				mu.Lock()
				switch {
				case err == nil && code/100 == 2:
					for _, id := range ids {
						acked[id] = true
					}
					ackedBat++
					if replay {
						replays++
					} else {
						mine = append(mine, batch)
					}
				case !replay:
					unacked = append(unacked, ids)
				}
				mu.Unlock()
				if err != nil {
					return // the server is gone
				}
				if code/100 != 2 {
					t.Errorf("POST answered %d before the kill", code)
					return
				}
			}
		})
	}
	// Let a good number of batches through, then kill mid-stream.
	deadline := time.Now().Add(60 * time.Second)
	for {
		mu.Lock()
		n := ackedBat
		mu.Unlock()
		if n >= 40 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := <-c.done
	c.done <- err
	cancel()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if ackedBat == 0 {
		t.Fatalf("no batch was acknowledged before the kill\n%s", c.stderr)
	}
	t.Logf("killed after %d acknowledged batches (%d ids, %d replays); %d batches unanswered",
		ackedBat, len(acked), replays, len(unacked))

	st, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatalf("reopen after kill -9: %v", err)
	}
	defer st.Close()
	seen := map[string]int{}
	if err := st.Each(t.Context(), func(s extract.Statement) error { seen[s.ID]++; return nil }); err != nil {
		t.Fatal(err)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("id %s stored %d times", id, n)
		}
	}
	missing := 0
	for id := range acked {
		if seen[id] == 0 {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d acknowledged ids are missing after kill -9", missing, len(acked))
	}
	for _, ids := range unacked {
		present := 0
		for _, id := range ids {
			if seen[id] > 0 {
				present++
			}
		}
		if present != 0 && present != len(ids) {
			t.Errorf("an unanswered batch is stored in part: %d of %d ids", present, len(ids))
		}
	}
	if n, _ := st.Count(t.Context()); n != int64(len(seen)) {
		t.Errorf("Count = %d; Each saw %d distinct ids", n, len(seen))
	}
	st.Close()

	// A restart rebuilds the series from what survived.
	c2 := startServe(t, db)
	resp, err := http.Get(c2.base + "/api/v1/speakers")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var sp struct {
		Speakers []struct {
			Count int64 `json:"count"`
		} `json:"speakers"`
	}
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &sp); err != nil {
		// The answer may be a bare array.
		var arr []struct {
			Count int64 `json:"count"`
		}
		if err2 := json.Unmarshal(raw, &arr); err2 != nil {
			t.Fatalf("GET /api/v1/speakers: %v: %s", err, raw)
		}
		sp.Speakers = arr
	}
	var total int64
	for _, s := range sp.Speakers {
		total += s.Count
	}
	if total != int64(len(seen)) {
		t.Errorf("after restart the speakers count %d statements; the store holds %d", total, len(seen))
	}
}

// TestServeShutdownFinishesRequests sends SIGTERM while a large request is
// being handled: the request is answered 2xx, the process exits 0 and the
// store holds the batch.
func TestServeShutdownFinishesRequests(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	db := filepath.Join(t.TempDir(), "term.db")
	c := startServe(t, db)
	var batch []map[string]any
	for i := range 3000 {
		batch = append(batch, map[string]any{
			"speaker": "Speaker " + fmt.Sprint(i%5),
			"text":    fmt.Sprintf("Statement %d: we condemn the attack and call for calm talks between the parties.", i),
		})
	}
	type answer struct {
		code int
		err  error
	}
	ans := make(chan answer, 1)
	go func() {
		code, err := postJSONLines(context.Background(), c.base, batch)
		ans <- answer{code, err}
	}()
	time.Sleep(150 * time.Millisecond)
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	a := <-ans
	if a.err != nil || a.code != http.StatusOK {
		t.Fatalf("in-flight POST during SIGTERM = %d, %v; want 200\n%s", a.code, a.err, c.stderr)
	}
	select {
	case err := <-c.done:
		c.done <- err
		if err != nil {
			t.Fatalf("serve exited with %v after SIGTERM\n%s", err, c.stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("serve still running 30s after SIGTERM\n%s", c.stderr)
	}
	if !strings.Contains(c.stderr.String(), "stopped") {
		t.Errorf("no clean stop in the log:\n%s", c.stderr)
	}
	// A clean close checkpoints the WAL into the database file.
	if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("WAL left with %d bytes after a clean shutdown", fi.Size())
	}
	st, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Count(t.Context()); n != int64(len(batch)) {
		t.Errorf("stored %d statements; want %d", n, len(batch))
	}
}

func httpGet(tb testing.TB, url string) string {
	tb.Helper()
	resp, err := http.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("GET %s = %s: %s", url, resp.Status, b)
	}
	return string(b)
}

// TestServeDemo checks that "serve --demo" has something to show at once:
// speakers, recent means in /metrics and statements in the API.
func TestServeDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	c := startServe(t, filepath.Join(t.TempDir(), "demo.db"), "--demo")
	speakers := httpGet(t, c.base+"/api/v1/speakers")
	if strings.Count(speakers, `"speaker"`) < 3 {
		t.Errorf("/api/v1/speakers after --demo: %.300s", speakers)
	}
	metrics := httpGet(t, c.base+"/metrics")
	for _, want := range []string{`tone_score_mean{`, `window="1h"`, `window="7d"`, "tone_statements_total{", "tone_build_info"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics after --demo lacks %s", want)
		}
	}
	if sts := httpGet(t, c.base+"/api/v1/statements?limit=5"); !strings.Contains(sts, `"scores"`) {
		t.Errorf("/api/v1/statements after --demo: %.300s", sts)
	}
}

// TestIngestServer loads the ingest fixtures into a running server.
func TestIngestServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	c := startServe(t, filepath.Join(t.TempDir(), "srv.db"))
	jsonl := filepath.Join("testdata", "ingest", "statements.jsonl")
	article := filepath.Join("testdata", "ingest", "article.txt")
	e, out, errb := testEnv(t)
	err := Run(t.Context(), e, []string{"ingest", "--server", c.base, jsonl, article})
	if err != errPartial {
		t.Fatalf("ingest --server = %v; want errPartial for the bad lines\n%s", err, errb)
	}
	for _, want := range []string{jsonl + ":3:", jsonl + ":4:", jsonl + ":5:"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb)
		}
	}
	if !strings.Contains(out.String(), "4 statements added, 1 duplicates, 3 rejected") {
		t.Errorf("summary = %q; want 4 added, 1 duplicate, 3 rejected", out)
	}
	got := httpGet(t, c.base+"/api/v1/statements/wire-7")
	if !strings.Contains(got, "Ana Ruiz") {
		t.Errorf("GET /api/v1/statements/wire-7 = %s", got)
	}
}
