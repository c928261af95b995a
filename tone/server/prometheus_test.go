package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/dashboards"
)

// TestPrometheusScrape has a real Prometheus scrape the server and checks
// that the series and the exemplars (statement ids) arrive.
func TestPrometheusScrape(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Prometheus server")
	}
	// The dashboards' tool look-up: $TONETRACK_PROMETHEUS, $PATH, else built
	// once from the pinned Prometheus module. Never skipped for want of it.
	bin, err := dashboards.Tool(t.Context(), "prometheus")
	if err != nil {
		t.Fatalf("prometheus: %v", err)
	}
	e := newEnv(t)
	sts := e.seed(t)
	target := strings.TrimPrefix(e.url, "http://")

	dir := t.TempDir()
	cfg := fmt.Sprintf("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: tonetrack\n    static_configs:\n      - targets: [%q]\n", target)
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--config.file="+filepath.Join(dir, "prometheus.yml"),
		"--storage.tsdb.path="+filepath.Join(dir, "data"), "--web.listen-address="+addr,
		"--enable-feature=exemplar-storage", "--log.level=warn")
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		cmd.Wait()
	})
	start := time.Now().Add(-time.Minute)
	api := "http://" + addr + "/api/v1/"

	// Wait for a scrape that carries the statements and the exemplars.
	var exemplars string
	deadline := time.Now().Add(60 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatalf("no exemplars from Prometheus within 60s; last answer %s\nprometheus log:\n%s", exemplars, logs.String())
		}
		time.Sleep(500 * time.Millisecond)
		v := url.Values{"query": {`tone_score_bucket{dimension="hostility"}`},
			"start": {fmt.Sprint(start.Unix())}, "end": {fmt.Sprint(time.Now().Add(time.Minute).Unix())}}
		body, ok := get(api + "query_exemplars?" + v.Encode())
		if !ok {
			continue
		}
		exemplars = body
		if strings.Contains(body, `"statement_id"`) {
			break
		}
	}
	var res struct {
		Data []struct {
			SeriesLabels map[string]string `json:"seriesLabels"`
			Exemplars    []struct {
				Labels map[string]string `json:"labels"`
			} `json:"exemplars"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(exemplars), &res); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, st := range sts {
		ids[st.ID] = true
	}
	found := 0
	for _, d := range res.Data {
		for _, ex := range d.Exemplars {
			if !ids[ex.Labels["statement_id"]] {
				t.Errorf("exemplar %v on %v is not a stored statement id", ex.Labels, d.SeriesLabels)
			}
			found++
		}
	}
	if found == 0 {
		t.Errorf("Prometheus returned no exemplars: %s", exemplars)
	}
	body, ok := get(api + "query?query=" + url.QueryEscape(`sum(tone_statements_total)`))
	if !ok || !strings.Contains(body, `"4"`) {
		t.Errorf("sum(tone_statements_total) = %s; want 4", body)
	}
}

func get(u string) (string, bool) {
	resp, err := http.Get(u)
	if err != nil {
		return "", false
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", false
	}
	return string(b), resp.StatusCode == http.StatusOK
}

// freeAddr returns a 127.0.0.1 address with a port free a moment ago.
func freeAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}
