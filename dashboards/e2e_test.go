package dashboards

import (
	"bytes"
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
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestEndToEnd runs the whole chain for real: a tonetrack built from
// ./cmd/tonetrack, fed over HTTP with the seed story and other articles and
// statements dated near now; a Prometheus server scraping it every second
// with exemplar storage and a copy of dashboards/rules whose for: durations
// are shortened (the expressions are the same). Then every dashboard and rule
// expression runs through Prometheus's query API without error, the panels
// that should show data do, exemplars come back and lead to the stored
// statements, and ToneHostilitySpike is pending or firing for Kim Jong Un and
// for no one else.
func TestEndToEnd(t *testing.T) {
	ctx := t.Context()
	prometheusBin, err := Tool(ctx, "prometheus")
	if err != nil {
		t.Fatalf("prometheus: %v", err)
	}
	dir := t.TempDir()
	tonetrackBin := buildTonetrack(t, dir)
	start := time.Now()

	tt := startTonetrack(t, tonetrackBin, dir)
	rules := shortenedRules(t, dir, "2s")
	prom := startPrometheus(t, prometheusBin, dir, tt.addr, rules)

	// Let Prometheus see tonetrack empty first, then feed it in two rounds,
	// so that counters and histogram series grow between scrapes (rate()
	// needs an increase, not a series that appears already at its value).
	prom.waitFor(t, `up{job="tonetrack"} == 1`, 30*time.Second)
	prom.waitScrapes(t, 2)
	now := time.Now()
	tt.postStatements(t, now, func(age time.Duration) bool { return age >= 24*time.Hour })
	prom.waitScrapes(t, 3)
	tt.postArticle(t, "talks.txt", now.Add(-40*time.Minute))
	var kimIDs []string
	for _, st := range tt.postArticle(t, "seed.txt", now.Add(-20*time.Minute)) {
		if st.Speaker == "Kim Jong Un" {
			kimIDs = append(kimIDs, st.ID)
		}
	}
	if len(kimIDs) == 0 {
		t.Fatalf("the seed story gave no statement by Kim Jong Un")
	}
	tt.postStatements(t, now, func(age time.Duration) bool { return age < 24*time.Hour })
	// Bad input, which must be rejected and counted.
	tt.post(t, "/api/v1/statements", "application/json", []byte(`[{"speaker": "Nobody"}]`), http.StatusBadRequest)
	prom.waitFor(t, `sum(tone_statements_total{speaker="Kim Jong Un"}) >= 10`, 30*time.Second)
	prom.waitScrapes(t, 3)

	// The hostility spike: Kim Jong Un's last hour (the seed story) against
	// his calm week, and no one else.
	alert := prom.waitAlert(t, "ToneHostilitySpike", "Kim Jong Un", 60*time.Second)
	t.Logf("ToneHostilitySpike for Kim Jong Un: %s, value %s", alert.State, alert.Value)
	prom.waitScrapes(t, 3) // a few more evaluations for anyone else to show up
	for _, a := range prom.alerts(t) {
		if a.Labels["alertname"] == "ToneHostilitySpike" && a.Labels["speaker"] != "Kim Jong Un" {
			t.Errorf("ToneHostilitySpike %s for %q; want Kim Jong Un alone", a.State, a.Labels["speaker"])
		}
		if a.Labels["alertname"] == "TonetrackDown" || a.Labels["alertname"] == "TonetrackAbsent" {
			t.Errorf("%s %s while tonetrack is up", a.Labels["alertname"], a.State)
		}
	}

	// Every rule evaluates without error.
	for _, r := range prom.rules(t) {
		if r.Health != "ok" || r.LastError != "" {
			t.Errorf("rule %s: health %q, error %q", r.Name, r.Health, r.LastError)
		}
	}
	for _, r := range loadRules(t) {
		name := r.Record + r.Alert
		if _, err := prom.query(t, r.Expr); err != nil {
			t.Errorf("rule %s: %v", name, err)
		}
	}
	if res, err := prom.query(t, `speaker_dimension:tone_score:mean1h{speaker="Kim Jong Un", dimension="hostility"} > 0`); err != nil || len(res) != 1 {
		t.Errorf("recorded hourly hostility mean for Kim Jong Un: %v, %v; want one positive sample", res, err)
	}

	// Every dashboard expression runs; the panels that must show data do.
	noData := map[string]bool{ // panels that are empty in this setup: no feeds are configured
		"Feeds: items and errors":                true,
		"Feeds: time since last successful poll": true,
	}
	for name, raw := range committedDashboards(t) {
		b := parseBoard(t, raw)
		for _, p := range b.leafPanels() {
			got := 0
			perQuery := map[string]int{}
			for _, q := range p.Targets {
				e, err := interpolate(q.Expr, map[string]string{
					"__rate_interval": "1m", "__interval": "1s", "__range": "10m",
					"job": "tonetrack", "speaker": "Kim Jong Un", "dimension": "hostility", "window": "1h",
				})
				if err != nil {
					t.Fatalf("%s panel %q: %v", name, p.Title, err)
				}
				n, err := prom.queryRange(t, e, time.Now().Add(-2*time.Minute), time.Now())
				if err != nil {
					t.Errorf("%s panel %q query %s: %v\n%s", name, p.Title, q.RefID, err, e)
				}
				got += n
				if n > 0 && noData[p.Title] {
					t.Logf("%s panel %q query %s: %d values (listed as empty in this setup)", name, p.Title, q.RefID, n)
				}
				perQuery[q.RefID] = n
			}
			t.Logf("%s panel %q: values per query %v", name, p.Title, perQuery)
			if got == 0 && !noData[p.Title] {
				t.Errorf("%s panel %q returned no data", name, p.Title)
			}
		}
		for k, e := range exprs(t, raw) {
			if !strings.HasPrefix(k, "panel ") {
				e, _ = interpolate(e, map[string]string{"job": "tonetrack"})
				if _, err := prom.query(t, e); err != nil {
					t.Errorf("%s %s: %v", name, k, err)
				}
			}
		}
	}

	// The rejected request was counted.
	if res, err := prom.query(t, `sum(tone_ingest_rejected_total{job="tonetrack"}) >= 1`); err != nil || len(res) != 1 {
		t.Errorf("the rejected request is not in tone_ingest_rejected_total: %v, %v", res, err)
	}

	// The speaker dashboard's links open the explorer on the speaker's
	// statements in the time range.
	links := map[string]bool{}
	for _, p := range parseBoard(t, committedDashboards(t)["speaker.json"]).leafPanels() {
		for _, l := range p.FieldConfig.Defaults.Links {
			links[l.URL] = true
		}
	}
	for l := range links {
		u := strings.NewReplacer(
			"${tonetrack_url}", tt.base,
			"${speaker:percentencode}", url.QueryEscape("Kim Jong Un"),
			"${dimension}", "hostility",
			"${__from}", fmt.Sprint(time.Now().Add(-2*time.Hour).UnixMilli()),
			"${__to}", fmt.Sprint(time.Now().UnixMilli()),
		).Replace(l)
		if strings.Contains(u, "${") {
			t.Errorf("link %s: unknown variable left in %s", l, u)
			continue
		}
		resp, err := http.Get(u)
		if err != nil {
			t.Fatalf("GET %s: %v", u, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(kimIDs[0])) {
			t.Errorf("link %s: GET %s: %s; want 200 and Kim Jong Un's statement %s from the seed story", l, u, resp.Status, kimIDs[0])
		}
	}

	// Exemplars: statement ids on tone_score, each one a stored statement.
	ex := prom.exemplars(t, `tone_score_bucket{speaker="Kim Jong Un", dimension="hostility"}`, start.Add(-time.Minute), time.Now())
	if len(ex) == 0 {
		t.Fatalf("no exemplars for Kim Jong Un's hostility")
	}
	for _, id := range ex[:min(3, len(ex))] {
		var st struct {
			Speaker string `json:"speaker"`
		}
		tt.getJSON(t, "/api/v1/statements/"+url.PathEscape(id), &st)
		if st.Speaker != "Kim Jong Un" {
			t.Errorf("exemplar statement %s is by %q; want Kim Jong Un", id, st.Speaker)
		}
	}
}

// buildTonetrack builds ./cmd/tonetrack into dir.
func buildTonetrack(t *testing.T, dir string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go: %v", err)
	}
	bin := filepath.Join(dir, "tonetrack")
	cmd := exec.CommandContext(t.Context(), goTool, "build", "-o", bin, "./cmd/tonetrack")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/tonetrack: %v\n%s", err, out)
	}
	return bin
}

// startProcess starts a command that logs to a file and stops it (SIGTERM,
// then SIGKILL) when the test ends; the log is shown when the test fails.
func startProcess(t *testing.T, logPath string, name string, args ...string) *exec.Cmd {
	t.Helper()
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			if len(b) > 8000 {
				b = b[len(b)-8000:]
			}
			t.Logf("%s log (tail):\n%s", filepath.Base(name), b)
		}
	})
	return cmd
}

type tonetrack struct {
	addr string
	base string
}

func startTonetrack(t *testing.T, bin, dir string) *tonetrack {
	t.Helper()
	addrFile := filepath.Join(dir, "tonetrack.addr")
	startProcess(t, filepath.Join(dir, "tonetrack.log"), bin, "serve",
		"--listen", "127.0.0.1:0", "--db", filepath.Join(dir, "tonetrack.db"), "--addr-file", addrFile)
	deadline := time.Now().Add(60 * time.Second)
	for {
		b, err := os.ReadFile(addrFile)
		if err == nil && len(bytes.TrimSpace(b)) > 0 {
			addr := strings.TrimSpace(string(b))
			tt := &tonetrack{addr: addr, base: "http://" + addr}
			if resp, err := http.Get(tt.base + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return tt
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("tonetrack not ready after 60s (addr file: %q, %v)", b, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (tt *tonetrack) post(t *testing.T, path, contentType string, body []byte, want int) []byte {
	t.Helper()
	resp, err := http.Post(tt.base+path, contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("POST %s: %s: %s; want %d", path, resp.Status, b, want)
	}
	return b
}

func (tt *tonetrack) getJSON(t *testing.T, path string, v any) {
	t.Helper()
	resp, err := http.Get(tt.base + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %s", path, resp.Status, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// postStatements posts the statements of testdata/e2e/statements.json whose
// age passes keep, dated now minus their age.
func (tt *tonetrack) postStatements(t *testing.T, now time.Time, keep func(time.Duration) bool) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "e2e", "statements.json"))
	if err != nil {
		t.Fatal(err)
	}
	var in []struct {
		Age     string `json:"age"`
		Speaker string `json:"speaker"`
		Text    string `json:"text"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatalf("statements.json: %v", err)
	}
	type statement struct {
		Time    time.Time `json:"time"`
		Speaker string    `json:"speaker"`
		Text    string    `json:"text"`
		Source  string    `json:"source"`
	}
	var out []statement
	for _, s := range in {
		age, err := time.ParseDuration(s.Age)
		if err != nil {
			t.Fatalf("statements.json: age %q: %v", s.Age, err)
		}
		if keep(age) {
			out = append(out, statement{Time: now.Add(-age), Speaker: s.Speaker, Text: s.Text, Source: "dashboards e2e"})
		}
	}
	body, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	tt.post(t, "/api/v1/statements", "application/json", body, http.StatusOK)
}

// storedStatement is the part of a stored statement the test reads.
type storedStatement struct {
	ID      string `json:"id"`
	Speaker string `json:"speaker"`
}

// postArticle posts a testdata/e2e article (title on line 1) as JSON with a
// publication time, and returns the statements stored from it.
func (tt *tonetrack) postArticle(t *testing.T, name string, published time.Time) []storedStatement {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "e2e", name))
	if err != nil {
		t.Fatal(err)
	}
	title, text, _ := strings.Cut(string(raw), "\n")
	body, err := json.Marshal(map[string]any{
		"title": title, "text": text, "published": published, "source": "dashboards e2e", "url": "https://example.org/" + name,
	})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Statements []storedStatement `json:"statements"`
	}
	if err := json.Unmarshal(tt.post(t, "/api/v1/articles", "application/json", body, http.StatusOK), &res); err != nil {
		t.Fatalf("POST article %s: %v", name, err)
	}
	if len(res.Statements) == 0 {
		t.Fatalf("article %s gave no statements", name)
	}
	return res.Statements
}

// shortenedRules copies dashboards/rules into dir with every for: set to d,
// and checks that the expressions did not change.
func shortenedRules(t *testing.T, dir, d string) []string {
	t.Helper()
	forRe := regexp.MustCompile(`(?m)^(\s+for:\s*)\S+\s*$`)
	var out []string
	for _, p := range globT(t, "rules/*.yaml") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		short := forRe.ReplaceAll(b, []byte("${1}"+d))
		dst := filepath.Join(dir, "rules-"+filepath.Base(p))
		if err := os.WriteFile(dst, short, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, dst)
	}
	orig, copied := loadRulesFrom(t, globT(t, "rules/*.yaml")), loadRulesFrom(t, out)
	if len(orig) != len(copied) {
		t.Fatalf("shortened rules: %d rules; want %d", len(copied), len(orig))
	}
	for i := range orig {
		if orig[i].Expr != copied[i].Expr || (orig[i].For != "" && copied[i].For != d) {
			t.Fatalf("shortened rule %s%s: expr or for: not as intended", orig[i].Record, orig[i].Alert)
		}
	}
	return out
}

type promServer struct {
	base string
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func startPrometheus(t *testing.T, bin, dir, target string, rules []string) *promServer {
	t.Helper()
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\nrule_files:\n")
	for _, r := range rules {
		fmt.Fprintf(&cfg, "  - %q\n", r)
	}
	fmt.Fprintf(&cfg, "scrape_configs:\n  - job_name: tonetrack\n    static_configs:\n      - targets: [%q]\n", target)
	cfgPath := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	listen := freePort(t)
	startProcess(t, filepath.Join(dir, "prometheus.log"), bin,
		"--config.file="+cfgPath,
		"--storage.tsdb.path="+filepath.Join(dir, "prometheus-data"),
		"--web.listen-address="+listen,
		"--enable-feature=exemplar-storage",
		"--log.level=warn")
	p := &promServer{base: "http://" + listen}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(p.base + "/-/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("prometheus not ready after 60s: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// api calls a Prometheus API endpoint and decodes its data, or returns the
// API's error.
func (p *promServer) api(t *testing.T, path string, params url.Values, data any) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	// The query endpoints take POST (long expressions); the others only GET.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+path, nil)
	if params != nil {
		req, err = http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, strings.NewReader(params.Encode()))
	}
	if err != nil {
		t.Fatal(err)
	}
	if params != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer resp.Body.Close()
	var env struct {
		Status    string          `json:"status"`
		Error     string          `json:"error"`
		ErrorType string          `json:"errorType"`
		Data      json.RawMessage `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatalf("%s: decode: %v", path, err)
	}
	if env.Status != "success" {
		return fmt.Errorf("%s: %s: %s", path, env.ErrorType, env.Error)
	}
	if data != nil {
		if err := json.Unmarshal(env.Data, data); err != nil {
			t.Fatalf("%s: decode data: %v", path, err)
		}
	}
	return nil
}

type sample struct {
	Metric map[string]string `json:"metric"`
	Value  []any             `json:"value"`
}

// query runs an instant query and returns its samples (vector results) or
// one sample (scalars).
func (p *promServer) query(t *testing.T, expr string) ([]sample, error) {
	t.Helper()
	var data struct {
		ResultType string          `json:"resultType"`
		Result     json.RawMessage `json:"result"`
	}
	if err := p.api(t, "/api/v1/query", url.Values{"query": {expr}}, &data); err != nil {
		return nil, err
	}
	if data.ResultType != "vector" {
		return []sample{{}}, nil
	}
	var out []sample
	if err := json.Unmarshal(data.Result, &out); err != nil {
		t.Fatal(err)
	}
	return out, nil
}

// queryRange runs a range query, as Grafana does for a panel, and returns the
// number of values that are numbers (not NaN).
func (p *promServer) queryRange(t *testing.T, expr string, from, to time.Time) (int, error) {
	t.Helper()
	var data struct {
		Result []struct {
			Values [][2]any `json:"values"`
		} `json:"result"`
	}
	err := p.api(t, "/api/v1/query_range", url.Values{
		"query": {expr}, "start": {unixString(from)}, "end": {unixString(to)}, "step": {"1"},
	}, &data)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range data.Result {
		for _, v := range s.Values {
			if str, _ := v[1].(string); str != "NaN" {
				n++
			}
		}
	}
	return n, nil
}

func unixString(t time.Time) string { return fmt.Sprintf("%.3f", float64(t.UnixMilli())/1000) }

// waitFor polls an expression until it returns something.
func (p *promServer) waitFor(t *testing.T, expr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		res, err := p.query(t, expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if len(res) > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: still empty after %v", expr, timeout)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// waitScrapes waits until Prometheus has scraped tonetrack n more times.
func (p *promServer) waitScrapes(t *testing.T, n int) {
	t.Helper()
	count := func() float64 {
		res, err := p.query(t, `count_over_time(up{job="tonetrack"}[1h])`)
		if err != nil || len(res) == 0 {
			return 0
		}
		var v float64
		fmt.Sscan(fmt.Sprint(res[0].Value[1]), &v)
		return v
	}
	start := count()
	deadline := time.Now().Add(time.Duration(n)*time.Second + 20*time.Second)
	for count() < start+float64(n) {
		if time.Now().After(deadline) {
			t.Fatalf("prometheus did not scrape tonetrack %d more times", n)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

type activeAlert struct {
	Labels map[string]string `json:"labels"`
	State  string            `json:"state"`
	Value  string            `json:"value"`
}

func (p *promServer) alerts(t *testing.T) []activeAlert {
	t.Helper()
	var data struct {
		Alerts []activeAlert `json:"alerts"`
	}
	if err := p.api(t, "/api/v1/alerts", nil, &data); err != nil {
		t.Fatal(err)
	}
	return data.Alerts
}

// waitAlert waits until the alert is pending or firing for the speaker.
func (p *promServer) waitAlert(t *testing.T, name, speaker string, timeout time.Duration) activeAlert {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		for _, a := range p.alerts(t) {
			if a.Labels["alertname"] == name && a.Labels["speaker"] == speaker && (a.State == "pending" || a.State == "firing") {
				return a
			}
		}
		if time.Now().After(deadline) {
			res, _ := p.query(t, `tone_score_mean{dimension="hostility", window=~"1h|7d"}`)
			t.Fatalf("%s not pending or firing for %s after %v; alerts %+v; hostility means %+v", name, speaker, timeout, p.alerts(t), res)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

type ruleState struct {
	Name      string `json:"name"`
	Health    string `json:"health"`
	LastError string `json:"lastError"`
}

func (p *promServer) rules(t *testing.T) []ruleState {
	t.Helper()
	var data struct {
		Groups []struct {
			Rules []ruleState `json:"rules"`
		} `json:"groups"`
	}
	if err := p.api(t, "/api/v1/rules", nil, &data); err != nil {
		t.Fatal(err)
	}
	var out []ruleState
	for _, g := range data.Groups {
		out = append(out, g.Rules...)
	}
	if len(out) == 0 {
		t.Fatal("prometheus loaded no rules")
	}
	return out
}

// exemplars returns the statement_id of every exemplar of the series.
func (p *promServer) exemplars(t *testing.T, expr string, from, to time.Time) []string {
	t.Helper()
	var data []struct {
		Exemplars []struct {
			Labels map[string]string `json:"labels"`
		} `json:"exemplars"`
	}
	if err := p.api(t, "/api/v1/query_exemplars", url.Values{
		"query": {expr}, "start": {unixString(from)}, "end": {unixString(to)},
	}, &data); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range data {
		for _, e := range s.Exemplars {
			if id := e.Labels[exemplarLabel]; id != "" {
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	return ids
}
