package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tonetrack/tonetrack/dashboards"
	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
	"github.com/tonetrack/tonetrack/tone/track"
)

// env is a tonetrack service over a real store in a temp dir, served on
// 127.0.0.1:0.
type env struct {
	url      string
	handler  http.Handler
	pipeline *pipeline.Pipeline
	store    *store.Store
	reg      *prometheus.Registry
	tr       *track.Tracker
	ready    error
}

type envOption func(*Options)

func newEnv(tb testing.TB, opts ...envOption) *env {
	tb.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(tb.TempDir(), "tonetrack.db"))
	if err != nil {
		tb.Fatalf("store.Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := st.Close(); err != nil {
			tb.Errorf("store.Close: %v", err)
		}
	})
	e := &env{store: st, reg: prometheus.NewRegistry(), tr: track.New(track.Options{})}
	ex, err := exporter.New(e.reg, e.tr, exporter.Options{Version: "test"})
	if err != nil {
		tb.Fatalf("exporter.New: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{Store: st, Tracker: e.tr, Observer: ex})
	if err != nil {
		tb.Fatalf("pipeline.New: %v", err)
	}
	o := Options{
		Pipeline: p, Store: st, Tracker: e.tr, Exporter: ex, Gatherer: e.reg,
		Ready: func() error { return e.ready },
	}
	for _, f := range opts {
		f(&o)
	}
	s, err := New(o)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	hs := httptest.NewServer(s.Handler())
	tb.Cleanup(hs.Close)
	e.url = hs.URL
	e.handler = s.Handler()
	e.pipeline = p
	return e
}

// do sends a request and returns the status and body.
func (e *env) do(tb testing.TB, method, path, contentType string, body []byte, header ...string) (int, []byte, http.Header) {
	tb.Helper()
	req, err := http.NewRequest(method, e.url+path, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, data, resp.Header
}

func decode[T any](tb testing.TB, data []byte) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		tb.Fatalf("decode %s: %v", data, err)
	}
	return v
}

func readFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func (e *env) count(tb testing.TB) int64 {
	tb.Helper()
	n, err := e.store.Count(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

type addResponse struct {
	Statements []extract.Statement `json:"statements"`
	Added      int                 `json:"added"`
	Duplicates int                 `json:"duplicates"`
}

func TestPostStatements(t *testing.T) {
	e := newEnv(t)
	body := readFile(t, "statements.jsonl")
	code, data, _ := e.do(t, "POST", "/api/v1/statements", "application/x-ndjson", body)
	if code != http.StatusOK {
		t.Fatalf("POST statements = %d %s; want 200", code, data)
	}
	res := decode[addResponse](t, data)
	if res.Added != 4 || res.Duplicates != 0 || len(res.Statements) != 4 {
		t.Fatalf("POST statements: added %d, duplicates %d, %d statements; want 4, 0, 4", res.Added, res.Duplicates, len(res.Statements))
	}
	first := res.Statements[0]
	if first.ID != extract.ID("Anna Berg", first.Text) || first.Source != "wire" || first.URL != "https://example.org/a" ||
		!first.Time.Equal(time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("stored statement = %+v; want the id derived from speaker and text, the source, url and time sent", first)
	}
	if res.Statements[3].ID != "custom-id-1" {
		t.Errorf("statement with id: stored id %q; want custom-id-1", res.Statements[3].ID)
	}
	// Scored on the way in: the welcoming statement reads more cooperative
	// and positive than the threat.
	welcome, threat := res.Statements[0].Scores, res.Statements[2].Scores
	if !(welcome.Valence > threat.Valence && threat.Hostility > welcome.Hostility) {
		t.Errorf("scores: welcome %+v, threat %+v; want the welcome more positive and the threat more hostile", welcome, threat)
	}
	if res.Statements[2].Evidence.Len() == 0 {
		t.Errorf("statement %q has no evidence", res.Statements[2].Text)
	}

	// The same body as a JSON array, again: a replay counts once.
	var arr []json.RawMessage
	for _, ln := range bytes.Split(bytes.TrimSpace(body), []byte("\n")) {
		if len(bytes.TrimSpace(ln)) > 0 {
			arr = append(arr, ln)
		}
	}
	arrBody, _ := json.Marshal(arr)
	code, data, _ = e.do(t, "POST", "/api/v1/statements", "application/json", arrBody)
	if code != http.StatusOK {
		t.Fatalf("replay = %d %s; want 200", code, data)
	}
	res = decode[addResponse](t, data)
	if res.Added != 0 || res.Duplicates != 4 {
		t.Errorf("replay: added %d, duplicates %d; want 0, 4", res.Added, res.Duplicates)
	}
	if n := e.count(t); n != 4 {
		t.Errorf("store holds %d statements; want 4", n)
	}
	if got := testutil.ToFloat64(counter(t, e.reg, "tone_duplicates_total")); got != 4 {
		t.Errorf("tone_duplicates_total = %v; want 4", got)
	}

	// GET one, and a missing one.
	code, data, _ = e.do(t, "GET", "/api/v1/statements/"+first.ID, "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET statement = %d %s", code, data)
	}
	if got := decode[extract.Statement](t, data); got.ID != first.ID || got.Text != first.Text || got.Scores.Valence != first.Scores.Valence {
		t.Errorf("GET statement = %+v; want %+v", got, first)
	}
	code, data, _ = e.do(t, "GET", "/api/v1/statements/nope", "", nil)
	if code != http.StatusNotFound || !strings.Contains(string(data), `statement \"nope\" not found`) {
		t.Errorf("GET missing statement = %d %s; want 404 naming it", code, data)
	}
}

// counter wraps one gathered sample for testutil.ToFloat64.
func counter(tb testing.TB, g prometheus.Gatherer, name string, labels ...string) prometheus.Collector {
	tb.Helper()
	mfs, err := g.Gather()
	if err != nil {
		tb.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, lp := range m.GetLabel() {
					if lp.GetName() == labels[i] && lp.GetValue() == labels[i+1] {
						found = true
					}
				}
				if !found {
					continue next
				}
			}
			v := m.GetCounter().GetValue()
			return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "v", Help: "v"}, func() float64 { return v })
		}
	}
	tb.Fatalf("no %s%v gathered", name, labels)
	return nil
}

func TestBadStatements(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxBodyBytes = 4096; o.MaxStatementBytes = 512 })
	big := `{"speaker":"A","text":"` + strings.Repeat("word ", 120) + `"}`
	for _, tc := range []struct {
		name, file, body, contentType string
		status                        int
		reason, error                 string
		line                          int
	}{
		{name: "malformed array", file: "malformed-array.json", reason: "malformed", error: "line 4, column 1: malformed JSON: invalid character ']'", line: 4},
		{name: "malformed line", file: "malformed-line.jsonl", reason: "malformed", error: "line 2: malformed JSON at column 32", line: 2},
		{name: "missing speaker", file: "missing-speaker.jsonl", reason: "missing_field", error: "line 2: speaker: missing", line: 2},
		{name: "missing text", file: "missing-text.json", reason: "missing_field", error: "item 2 (line 1): text: missing", line: 1},
		{name: "invalid UTF-8", file: "invalid-utf8.jsonl", reason: "invalid_utf8", error: "line 2: invalid UTF-8 at byte 28 of the line", line: 2},
		{name: "unknown field", file: "unknown-field.jsonl", reason: "unknown_field", error: "line 1: mood: unknown field", line: 1},
		{name: "bad time", file: "bad-time.jsonl", reason: "invalid_field", error: "line 1: time: not an RFC 3339 time", line: 1},
		{name: "wrong type", file: "wrong-type.jsonl", reason: "invalid_field", error: "line 1: speaker: want string, got number", line: 1},
		{name: "bad scores", file: "bad-scores.jsonl", reason: "invalid_field", error: "line 1: scores: want an object of numbers, got string", line: 1},
		{name: "bad evidence", file: "bad-evidence.jsonl", reason: "invalid_field", error: "line 1: evidence: want object, got array", line: 1},
		{name: "not an object", file: "not-object.jsonl", reason: "malformed", error: "line 1: a statement must be a JSON object", line: 1},
		{name: "data after array", file: "data-after-array.json", reason: "malformed", error: "line 1, column 33: data after the JSON array", line: 1},
		{name: "empty array", file: "empty-array.json", reason: "missing_field", error: "the JSON array holds no statements"},
		{name: "empty body", file: "empty-body.jsonl", reason: "missing_field", error: "request body holds no statements"},
		{name: "bad kind", file: "bad-kind.jsonl", reason: "invalid_field", error: `line 1: kind: "shouted" is not "direct" or "indirect"`, line: 1},
		{name: "future time", file: "future-time.jsonl", reason: "invalid_field", error: "line 1: time: 2999-01-01T00:00:00Z is more than 24h0m0s in the future", line: 1},
		{name: "two values on a line", file: "two-values-line.jsonl", reason: "malformed", error: "line 1: malformed JSON at column 31", line: 1},
		{name: "statement too large", body: "{\"speaker\":\"A\",\"text\":\"ok\"}\n" + big, reason: "too_large", error: "line 2: statement is 625 bytes, the limit is 512", line: 2},
		{name: "body too large", body: strings.Repeat(`{"speaker":"A","text":"ok"}`+"\n", 200), reason: "too_large", error: "request body is larger than the limit of 4096 bytes"},
		{name: "media type", body: `{"speaker":"A","text":"ok"}`, contentType: "image/png", status: 415, reason: "media_type", error: "Content-Type image/png is not read here"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.body)
			if tc.file != "" {
				body = readFile(t, filepath.Join("bad", tc.file))
			}
			ct := tc.contentType
			if ct == "" {
				ct = "application/json"
			}
			before := testutil.ToFloat64(counter(t, e.reg, "tone_ingest_rejected_total", "reason", tc.reason))
			code, data, _ := e.do(t, "POST", "/api/v1/statements", ct, body)
			want := tc.status
			if want == 0 {
				want = http.StatusBadRequest
			}
			if code != want {
				t.Fatalf("POST %s = %d %s; want %d", tc.name, code, data, want)
			}
			got := decode[apiError](t, data)
			if !strings.HasPrefix(got.Error, tc.error) || got.Reason != tc.reason || got.Line != tc.line {
				t.Errorf("POST %s: error %+v; want error starting %q, reason %q, line %d", tc.name, got, tc.error, tc.reason, tc.line)
			}
			if n := e.count(t); n != 0 {
				t.Errorf("POST %s stored %d statements; want none (all or nothing)", tc.name, n)
			}
			after := testutil.ToFloat64(counter(t, e.reg, "tone_ingest_rejected_total", "reason", tc.reason))
			if after != before+1 {
				t.Errorf("tone_ingest_rejected_total{reason=%q} went %v -> %v; want +1", tc.reason, before, after)
			}
		})
	}
}

func TestArticles(t *testing.T) {
	e := newEnv(t)
	code, data, _ := e.do(t, "POST", "/api/v1/articles", "text/plain", readFile(t, "article.txt"))
	if code != http.StatusOK {
		t.Fatalf("POST article = %d %s", code, data)
	}
	var res struct {
		addResponse
		Article struct {
			Title string `json:"title"`
		} `json:"article"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	if res.Article.Title != "Harbour talks resume after week of threats" {
		t.Errorf("article title = %q", res.Article.Title)
	}
	speakers := map[string]bool{}
	for _, st := range res.Statements {
		speakers[st.Speaker] = true
	}
	if res.Added == 0 || !speakers["Anna Berg"] || !speakers["Tomas Kell"] {
		t.Errorf("article: added %d, speakers %v; want statements by Anna Berg and Tomas Kell", res.Added, speakers)
	}
	if n := e.count(t); n != int64(res.Added) {
		t.Errorf("store holds %d; want %d", n, res.Added)
	}
	// JSON and HTML forms.
	js := `{"title":"Short note","text":"\"We are ready to talk,\" Foreign Minister Anna Berg said on Friday.","published":"2026-11-28T09:00:00Z","source":"note"}`
	code, data, _ = e.do(t, "POST", "/api/v1/articles", "application/json", []byte(js))
	if code != http.StatusOK || !strings.Contains(string(data), `"source":"note"`) {
		t.Errorf("POST JSON article = %d %s", code, data)
	}
	html := `<html><head><title>Statement</title></head><body><article><h1>Statement</h1><p>"We will never give in to pressure," Defence Minister Tomas Kell said in a televised address on Sunday night.</p></article></body></html>`
	code, data, _ = e.do(t, "POST", "/api/v1/articles", "text/html; charset=utf-8", []byte(html))
	if code != http.StatusOK || !strings.Contains(string(data), "Tomas Kell") {
		t.Errorf("POST HTML article = %d %s", code, data)
	}

	// One file per error message; the extension gives the Content-Type.
	types := map[string]string{".txt": "text/plain", ".json": "application/json", ".pdf": "application/pdf"}
	for _, tc := range []struct {
		file          string
		status        int
		reason, error string
	}{
		{"empty.txt", 400, "missing_field", "article: article has no text"},
		{"unknown-field.json", 400, "unknown_field", `article: field "published_at": unknown field`},
		{"missing-text.json", 400, "missing_field", `article: article json: missing field "text"`},
		{"malformed.json", 400, "malformed", "article: article json: line 2, column 5"},
		{"bad-published.json", 400, "invalid_field", `article: article json: field "published"`},
		{"invalid-utf8.txt", 400, "invalid_utf8", "line 2, column 5: invalid UTF-8"},
		{"media-type.pdf", 415, "media_type", "Content-Type application/pdf is not read here"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			before := e.count(t)
			body := readFile(t, filepath.Join("bad-articles", tc.file))
			code, data, _ := e.do(t, "POST", "/api/v1/articles", types[filepath.Ext(tc.file)], body)
			got := decode[apiError](t, data)
			if code != tc.status || got.Reason != tc.reason || !strings.HasPrefix(got.Error, tc.error) {
				t.Errorf("POST article %s = %d %+v; want %d, reason %q, error starting %q", tc.file, code, got, tc.status, tc.reason, tc.error)
			}
			if n := e.count(t); n != before {
				t.Errorf("rejected article changed the store: %d -> %d", before, n)
			}
		})
	}
}

// seed posts the statements fixture and returns the stored statements.
func (e *env) seed(tb testing.TB) []extract.Statement {
	tb.Helper()
	code, data, _ := e.do(tb, "POST", "/api/v1/statements", "", readFile(tb, "statements.jsonl"))
	if code != http.StatusOK {
		tb.Fatalf("seed: %d %s", code, data)
	}
	return decode[addResponse](tb, data).Statements
}

func TestListStatements(t *testing.T) {
	e := newEnv(t)
	sts := e.seed(t)
	type page struct {
		Statements []extract.Statement `json:"statements"`
		Next       string              `json:"next"`
		NextURL    string              `json:"next_url"`
	}
	ids := func(p page) []string {
		var out []string
		for _, s := range p.Statements {
			out = append(out, s.ID)
		}
		return out
	}
	get := func(q string) page {
		t.Helper()
		code, data, _ := e.do(t, "GET", "/api/v1/statements?"+q, "", nil)
		if code != http.StatusOK {
			t.Fatalf("GET ?%s = %d %s", q, code, data)
		}
		return decode[page](t, data)
	}
	all := get("")
	if got := ids(all); len(got) != 4 || got[0] != "custom-id-1" || got[3] != sts[0].ID {
		t.Errorf("GET all = %v; want 4, newest first", got)
	}
	if got := ids(get("speaker=Anna+Berg")); len(got) != 2 || got[0] != sts[1].ID {
		t.Errorf("speaker=Anna Berg: %v; want her 2, newest first", got)
	}
	// Times in every accepted form select the same day.
	for _, q := range []string{
		"from=2026-11-21&to=2026-11-22",
		"from=2026-11-21T00:00:00Z&to=2026-11-22T00:00:00Z",
		fmt.Sprintf("from=%d&to=%d", time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC).Unix()),
		fmt.Sprintf("from=%d&to=%d", time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC).UnixMilli(), time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC).UnixMilli()),
	} {
		if got := ids(get(q)); len(got) != 2 || got[0] != sts[2].ID || got[1] != sts[1].ID {
			t.Errorf("%s: %v; want the two statements of Nov 21", q, got)
		}
	}
	if got := ids(get("from=now-1h")); len(got) != 0 {
		t.Errorf("from=now-1h: %v; want none (all are older)", got)
	}
	hostile := get("dimension=hostility&min=" + fmt.Sprint(sts[2].Scores.Hostility))
	for _, s := range hostile.Statements {
		if s.Scores.Hostility < sts[2].Scores.Hostility {
			t.Errorf("dimension=hostility&min: got %q with hostility %v", s.Text, s.Scores.Hostility)
		}
	}
	if len(hostile.Statements) == 0 || len(hostile.Statements) == 4 {
		t.Errorf("dimension=hostility&min=%v: %d statements; want some, not all", sts[2].Scores.Hostility, len(hostile.Statements))
	}
	// Paging: two pages of two, then none.
	p1 := get("limit=2")
	if len(p1.Statements) != 2 || p1.Next == "" || !strings.Contains(p1.NextURL, "cursor=") {
		t.Fatalf("limit=2: %d statements, next %q, next_url %q", len(p1.Statements), p1.Next, p1.NextURL)
	}
	u, _ := url.Parse(p1.NextURL)
	p2 := get(u.RawQuery)
	if len(p2.Statements) != 2 || p2.Next != "" || p2.Statements[1].ID != sts[0].ID {
		t.Errorf("page 2: %v next %q; want the 2 oldest and no next", ids(p2), p2.Next)
	}

	for _, tc := range []struct{ q, error string }{
		{"from=yesterday", `query parameter from: "yesterday" is not a time`},
		{"from=2026-11-22&to=2026-11-21", "query parameter from: 2026-11-22T00:00:00Z is not before to"},
		{"min=high&dimension=valence", `query parameter min: "high" is not a number`},
		{"limit=0", `query parameter limit: "0" is not a positive whole number`},
		{"colour=red", "query parameter colour: unknown"},
		{"dimension=mood&min=1", "invalid query"},
		{"min=0.5", "invalid query"},
		{"cursor=garbage", "invalid query"},
	} {
		code, data, _ := e.do(t, "GET", "/api/v1/statements?"+tc.q, "", nil)
		got := decode[apiError](t, data)
		if code != http.StatusBadRequest || !strings.Contains(got.Error, tc.error) {
			t.Errorf("GET ?%s = %d %q; want 400 containing %q", tc.q, code, got.Error, tc.error)
		}
	}
}

func TestSpeakers(t *testing.T) {
	e := newEnv(t)
	now := time.Now().UTC()
	var b strings.Builder
	for i, text := range []string{"We welcome this step.", "We thank our partners for the progress.", "Peace is within reach."} {
		fmt.Fprintf(&b, `{"speaker":"Anna Berg","text":%q,"time":%q}`+"\n", text, now.Add(-time.Duration(i+1)*time.Minute).Format(time.RFC3339))
	}
	fmt.Fprintf(&b, `{"speaker":"Tomas Kell","text":"We will retaliate.","time":%q}`+"\n", now.Add(-48*time.Hour).Format(time.RFC3339))
	if code, data, _ := e.do(t, "POST", "/api/v1/statements", "", []byte(b.String())); code != 200 {
		t.Fatalf("POST: %d %s", code, data)
	}
	code, data, _ := e.do(t, "GET", "/api/v1/speakers", "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET speakers = %d %s", code, data)
	}
	var res struct {
		Speakers []track.SpeakerState `json:"speakers"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Speakers) != 2 || res.Speakers[0].Speaker != "Anna Berg" || res.Speakers[0].Count != 3 || res.Speakers[1].Count != 1 {
		t.Fatalf("speakers = %+v; want Anna Berg (3) and Tomas Kell (1)", res.Speakers)
	}
	anna, kell := res.Speakers[0], res.Speakers[1]
	if anna.Means["1h"] == nil || anna.Counts["1h"] != 3 || anna.Means["24h"] == nil || anna.Last.IsZero() || anna.First.After(anna.Last) {
		t.Errorf("Anna Berg = %+v; want 1h and 24h means over 3 statements and first <= last", anna)
	}
	if kell.Means["24h"] != nil || kell.Means["7d"] == nil {
		t.Errorf("Tomas Kell means = %v; want a 7d mean and no 24h mean (said 48h ago)", kell.Means)
	}
	code, data, _ = e.do(t, "GET", "/api/v1/speakers?speaker=Tomas+Kell", "", nil)
	var one struct {
		Speakers []track.SpeakerState `json:"speakers"`
		Hourly   []track.Point        `json:"hourly"`
	}
	if err := json.Unmarshal(data, &one); err != nil || code != 200 {
		t.Fatalf("GET speakers?speaker=Tomas Kell = %d %s", code, data)
	}
	if len(one.Speakers) != 1 || one.Speakers[0].Count != 1 || len(one.Hourly) != 1 || one.Hourly[0].Count != 1 ||
		!one.Hourly[0].Start.Equal(now.Add(-48*time.Hour).Truncate(time.Hour)) {
		t.Errorf("GET speakers?speaker=Tomas Kell = %+v; want his one statement and one hourly point 48h ago", one)
	}
	code, _, _ = e.do(t, "GET", "/api/v1/speakers?speaker=Nobody", "", nil)
	if code != http.StatusNotFound {
		t.Errorf("GET unknown speaker = %d; want 404", code)
	}
}

func TestMetricsEndpoint(t *testing.T) {
	e := newEnv(t)
	sts := e.seed(t)
	// Plain text for promtool.
	code, text, hdr := e.do(t, "GET", "/metrics", "", nil)
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/plain") {
		t.Fatalf("GET /metrics = %d %s", code, hdr.Get("Content-Type"))
	}
	for _, want := range []string{
		`tone_statements_total{speaker="Anna Berg"} 2`,
		`tone_score_count{dimension="hostility",speaker="Tomas Kell"} 2`,
		`tone_http_requests_total{code="200",handler="/api/v1/statements",method="post"} 1`,
		`tone_build_info{`,
		`tone_ingest_rejected_total{reason="malformed"} 0`,
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if problems, err := testutil.GatherAndLint(e.reg); err != nil || len(problems) > 0 {
		t.Errorf("GatherAndLint: %v %v", problems, err)
	}
	f := filepath.Join(t.TempDir(), "metrics.txt")
	if err := os.WriteFile(f, text, 0o644); err != nil {
		t.Fatal(err)
	}
	promtoolCheck(t, f)

	// Compressed for clients that ask, as Prometheus does.
	req, _ := http.NewRequest("GET", e.url+"/metrics", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET /metrics with gzip: Content-Encoding %q, %v", resp.Header.Get("Content-Encoding"), err)
	}
	unzipped, err := io.ReadAll(zr)
	resp.Body.Close()
	if err != nil || !bytes.Contains(unzipped, []byte(`tone_statements_total{speaker="Anna Berg"} 2`)) {
		t.Errorf("gzip /metrics does not decompress to the exposition: %v", err)
	}

	// OpenMetrics carries the exemplars: the statement ids.
	code, om, hdr := e.do(t, "GET", "/metrics", "", nil, "Accept", "application/openmetrics-text; version=1.0.0")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/openmetrics-text") {
		t.Fatalf("GET /metrics as OpenMetrics = %d %s", code, hdr.Get("Content-Type"))
	}
	last := sts[len(sts)-1]
	if !strings.Contains(string(om), `# {statement_id="`+last.ID+`"}`) {
		t.Errorf("OpenMetrics scrape has no exemplar with statement_id %q", last.ID)
	}
	if !strings.HasSuffix(string(om), "# EOF\n") {
		t.Error("OpenMetrics scrape does not end with # EOF")
	}
	if strings.Contains(string(text), "# {statement_id") {
		t.Error("text scrape carries exemplars; they are OpenMetrics only")
	}
}

func TestHealth(t *testing.T) {
	e := newEnv(t)
	if code, data, _ := e.do(t, "GET", "/healthz", "", nil); code != 200 || !strings.Contains(string(data), "ok") {
		t.Errorf("/healthz = %d %s", code, data)
	}
	if code, data, _ := e.do(t, "GET", "/readyz", "", nil); code != 200 {
		t.Errorf("/readyz = %d %s; want 200", code, data)
	}
	e.ready = errors.New("rebuilding series from the store")
	if code, data, _ := e.do(t, "GET", "/readyz", "", nil); code != 503 || !strings.Contains(string(data), "rebuilding") {
		t.Errorf("/readyz while not ready = %d %s; want 503 with the reason", code, data)
	}
	if code, data, hdr := e.do(t, "DELETE", "/api/v1/statements", "", nil); code != 405 || !strings.Contains(hdr.Get("Allow"), "GET") {
		t.Errorf("DELETE /api/v1/statements = %d %s (Allow %q); want 405", code, data, hdr.Get("Allow"))
	}
	if code, data, _ := e.do(t, "GET", "/api/v1/nothing", "", nil); code != 404 || !strings.Contains(string(data), "no route") {
		t.Errorf("GET /api/v1/nothing = %d %s; want a JSON 404", code, data)
	}
}

// promtoolCheck runs the real `promtool check metrics` (found or built by
// dashboards.Tool) on file; it never skips.
func promtoolCheck(tb testing.TB, file string) {
	tb.Helper()
	in, err := os.Open(file)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	if err := dashboards.CheckMetrics(context.Background(), in); err != nil {
		tb.Errorf("%s: %v", file, err)
	}
}
