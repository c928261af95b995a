package server

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

// seedExplorer posts a week of statements by three speakers, one of them
// with a name that is HTML.
func seedExplorer(tb testing.TB, e *env) {
	tb.Helper()
	now := time.Now().UTC().Truncate(time.Minute)
	texts := []string{
		"We welcome dialogue and cooperation with our neighbours.",
		"We will crush any aggression with overwhelming force.",
		"The talks were constructive and we thank our partners.",
		"This is a reckless provocation and a threat to peace.",
	}
	speakers := []string{"Anna Berg", "Tomas Kell", `<script>alert("x")</script> & Co`}
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, `{"speaker":%q,"text":%q,"time":%q}`+"\n",
			speakers[i%3], fmt.Sprintf("%s (%d)", texts[(i+i/3)%4], i), now.Add(-time.Duration(i)*150*time.Minute).Format(time.RFC3339))
	}
	if code, data, _ := e.do(tb, "POST", "/api/v1/statements", "", []byte(b.String())); code != 200 {
		tb.Fatalf("seed: %d %s", code, data)
	}
}

func TestExplorerHTML(t *testing.T) {
	e := newEnv(t)
	code, empty, _ := e.do(t, "GET", "/", "", nil)
	if code != 200 || !strings.Contains(string(empty), `id="no-statements"`) {
		t.Errorf("GET / on an empty store = %d; want 200 saying no statements", code)
	}
	seedExplorer(t, e)
	code, page, hdr := e.do(t, "GET", "/", "", nil)
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
		t.Fatalf("GET / = %d %s", code, hdr.Get("Content-Type"))
	}
	html := string(page)
	if strings.Contains(html, `<script>alert`) {
		t.Error("page carries the speaker name as raw HTML")
	}
	if !strings.Contains(html, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co`) {
		t.Error("page lacks the escaped speaker name")
	}
	if n := strings.Count(html, `<svg class="spark`); n != 3*len(tone.Tracked) {
		t.Errorf("page has %d sparklines; want %d", n, 3*len(tone.Tracked))
	}
	if !regexp.MustCompile(`<mark class="neg" title="[^"]*hostility (\+|&#43;)`).MatchString(html) {
		t.Error("page marks no hostile evidence term")
	}
	// A bad filter answers 400 with the problem on the page.
	code, page, _ = e.do(t, "GET", "/?from=someday", "", nil)
	if code != 400 || !strings.Contains(string(page), `query parameter from: &#34;someday&#34; is not a time`) {
		t.Errorf("GET /?from=someday = %d; want 400 naming the parameter", code)
	}
	code, page, _ = e.do(t, "GET", "/?dimension=mood", "", nil)
	if code != 400 || !strings.Contains(string(page), "query parameter dimension") {
		t.Errorf("GET /?dimension=mood = %d; want 400", code)
	}
}

// chromium returns the path of a Chromium binary; without one the test
// skips, unless CI is set: then it fails.
func chromium(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		tb.Fatal("chromium not found and CI is set (Debian: apt-get install chromium)")
	}
	tb.Skip("chromium not found")
	return ""
}

// dumpDOM loads u in headless Chromium and returns the DOM after rendering.
func dumpDOM(tb testing.TB, bin, u string) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+tb.TempDir(), "--dump-dom", u)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("chromium --dump-dom %s: %v\n%s", u, err, stderr.String())
	}
	return string(out)
}

func TestExplorerChromium(t *testing.T) {
	bin := chromium(t)
	e := newEnv(t)
	seedExplorer(t, e)

	dom := dumpDOM(t, bin, e.url+"/")
	rows := regexp.MustCompile(`<tr class="speaker" data-speaker="([^"]*)"`).FindAllStringSubmatch(dom, -1)
	var names []string
	for _, m := range rows {
		names = append(names, m[1])
	}
	if len(names) != 3 {
		t.Fatalf("rendered speakers %q; want 3", names)
	}
	for _, want := range []string{"Anna Berg", "Tomas Kell", `&lt;script&gt;alert("x")&lt;/script&gt; &amp; Co`} {
		if !strings.Contains(dom, ">"+want+"</a>") {
			t.Errorf("rendered DOM lacks the speaker link %q", want)
		}
	}
	if strings.Contains(dom, "<script>") {
		t.Error("rendered DOM holds a <script> element: a speaker name was not escaped")
	}
	// Every speaker has a sparkline per dimension, each a drawn line.
	sparks := regexp.MustCompile(`<svg class="spark[^"]*" data-dimension="(\w+)"[^>]*>.*?</svg>`).FindAllStringSubmatch(dom, -1)
	if len(sparks) != 3*len(tone.Tracked) {
		t.Errorf("rendered %d sparklines; want %d", len(sparks), 3*len(tone.Tracked))
	}
	for _, s := range sparks {
		if !regexp.MustCompile(`<polyline points="[\d.]+,[\d.]+( [\d.]+,[\d.]+){3,}"`).MatchString(s[0]) {
			t.Errorf("%s sparkline has no line of several points: %.200s", s[1], s[0])
			break
		}
	}
	if n := strings.Count(dom, `<tr class="statement"`); n != pageStatements {
		t.Errorf("rendered %d statements; want a page of %d", n, pageStatements)
	}

	// Filter by speaker and time range, as a Grafana data link would
	// (epoch milliseconds): only Anna Berg's statements of the last 24h.
	to := time.Now()
	from := to.Add(-24 * time.Hour)
	q := url.Values{"speaker": {"Anna Berg"}, "from": {fmt.Sprint(from.UnixMilli())}, "to": {fmt.Sprint(to.UnixMilli())}, "dimension": {"hostility"}}
	dom = dumpDOM(t, bin, e.url+"/?"+q.Encode())
	stRows := regexp.MustCompile(`<tr class="statement" data-id="[^"]*" data-speaker="([^"]*)">\s*<td class="meta"><time datetime="([^"]*)"`).FindAllStringSubmatch(dom, -1)
	// Anna speaks every third statement, 150 minutes apart: 4 in 24h.
	if len(stRows) != 4 {
		t.Errorf("filtered page shows %d statements; want Anna Berg's 4 of the last 24h", len(stRows))
	}
	for _, m := range stRows {
		at, err := time.Parse(time.RFC3339, m[2])
		if m[1] != "Anna Berg" || err != nil || at.Before(from.Add(-time.Second)) || at.After(to) {
			t.Errorf("filtered page shows a statement by %q at %s; want Anna Berg within %s..%s", m[1], m[2], from.Format(time.RFC3339), to.Format(time.RFC3339))
		}
	}
	if !strings.Contains(dom, `<input name="speaker" list="speaker-names" value="Anna Berg"`) {
		t.Error("filtered page does not keep the speaker in the form")
	}
	if n := strings.Count(dom, `<option value=`); n < 3+len(tone.Tracked) {
		t.Errorf("filter offers %d options; want the 3 speakers and the %d dimensions", n, len(tone.Tracked))
	}
	if !regexp.MustCompile(`<svg class="spark sel" data-dimension="hostility"`).MatchString(dom) {
		t.Error("filtered page does not mark the hostility sparkline as selected")
	}

	// Save a screenshot next to the test output for people to look at.
	if dir := os.Getenv("TONETRACK_SCREENSHOT_DIR"); dir != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		out, err := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+t.TempDir(), "--window-size=1400,1000", "--screenshot="+filepath.Join(dir, "explorer.png"), e.url+"/").CombinedOutput()
		if err != nil {
			t.Errorf("screenshot: %v\n%s", err, out)
		}
	}
}
