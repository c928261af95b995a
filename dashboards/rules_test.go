package dashboards

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/model"
	"go.yaml.in/yaml/v3"
)

func runTool(tb testing.TB, tool string, args ...string) (string, error) {
	tb.Helper()
	cmd := exec.CommandContext(tb.Context(), tool, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

func globT(tb testing.TB, pattern string) []string {
	tb.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	if len(m) == 0 {
		tb.Fatalf("no files match %s", pattern)
	}
	return m
}

// TestRulesCheck runs promtool check rules on dashboards/rules and promtool
// check config on the example Prometheus configuration.
func TestRulesCheck(t *testing.T) {
	promtool, err := Tool(t.Context(), "promtool")
	if err != nil {
		t.Fatalf("promtool: %v", err)
	}
	out, err := runTool(t, promtool, append([]string{"check", "rules"}, globT(t, "rules/*.yaml")...)...)
	if err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
	out, err = runTool(t, promtool, "check", "config", filepath.Join("prometheus", "prometheus.yml"))
	if err != nil {
		t.Fatalf("promtool check config: %v\n%s", err, out)
	}
}

// TestRulesUnit runs promtool test rules on dashboards/tests.
func TestRulesUnit(t *testing.T) {
	promtool, err := Tool(t.Context(), "promtool")
	if err != nil {
		t.Fatalf("promtool: %v", err)
	}
	out, err := runTool(t, promtool, append([]string{"test", "rules"}, globT(t, "tests/*.yaml")...)...)
	if err != nil {
		t.Fatalf("promtool test rules: %v\n%s", err, out)
	}
	if strings.Count(out, "SUCCESS") != len(globT(t, "tests/*.yaml")) {
		t.Fatalf("promtool test rules did not report SUCCESS for every file:\n%s", out)
	}
}

// ruleFile is the part of a Prometheus rule file the checks read.
type ruleFile struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []rule `yaml:"rules"`
	} `yaml:"groups"`
}

type rule struct {
	Record      string            `yaml:"record"`
	Alert       string            `yaml:"alert"`
	Expr        string            `yaml:"expr"`
	For         string            `yaml:"for"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
}

func loadRules(tb testing.TB) []rule {
	tb.Helper()
	return loadRulesFrom(tb, globT(tb, "rules/*.yaml"))
}

func loadRulesFrom(tb testing.TB, paths []string) []rule {
	tb.Helper()
	var all []rule
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var f ruleFile
		dec := yaml.NewDecoder(bytes.NewReader(b))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		for _, g := range f.Groups {
			all = append(all, g.Rules...)
		}
	}
	return all
}

// TestAlertsConventions checks every alert's labels and annotations, that its
// runbook section exists, and that the unit tests cover it on both sides (an
// expected firing and an expected silence).
func TestAlertsConventions(t *testing.T) {
	runbook, err := os.ReadFile("RUNBOOK.md")
	if err != nil {
		t.Fatal(err)
	}
	anchors := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^#+ (.+)$`).FindAllStringSubmatch(string(runbook), -1) {
		anchors[githubAnchor(m[1])] = true
	}
	fors := map[string]time.Duration{}
	for _, r := range loadRules(t) {
		if r.Alert != "" && r.For != "" {
			d, err := model.ParseDuration(r.For)
			if err != nil {
				t.Fatalf("%s: for: %v", r.Alert, err)
			}
			fors[r.Alert] = time.Duration(d)
		}
	}
	fired, silent := map[string]bool{}, map[string]bool{}
	for _, p := range globT(t, "tests/*.yaml") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		alertTestSides(t, b, fors, fired, silent)
	}

	alerts := 0
	for _, r := range loadRules(t) {
		if r.Alert == "" {
			if !regexp.MustCompile(`^[a-z_]+:[a-z_]+:[a-z0-9_]+$`).MatchString(r.Record) {
				t.Errorf("recording rule %q is not named level:metric:operations", r.Record)
			}
			continue
		}
		alerts++
		if !regexp.MustCompile(`^[A-Z][A-Za-z]+$`).MatchString(r.Alert) {
			t.Errorf("alert %q is not CamelCase", r.Alert)
		}
		switch r.Labels["severity"] {
		case "critical", "warning", "info":
		default:
			t.Errorf("%s: severity %q; want critical, warning or info", r.Alert, r.Labels["severity"])
		}
		if r.For == "" {
			t.Errorf("%s: no for: (alerts must not fire on one blip)", r.Alert)
		}
		if r.Annotations["summary"] == "" {
			t.Errorf("%s: no summary", r.Alert)
		}
		d := r.Annotations["description"]
		if !strings.Contains(d, "$value") || !strings.Contains(d, "$labels.") {
			t.Errorf("%s: description %q names neither the value nor a label", r.Alert, d)
		}
		if strings.Contains(r.Expr, "speaker") && !strings.Contains(d, "$labels.speaker") {
			t.Errorf("%s: a speaker alert whose description does not name the speaker", r.Alert)
		}
		u := r.Annotations["runbook_url"]
		const prefix = "https://github.com/tonetrack/tonetrack/blob/main/dashboards/RUNBOOK.md#"
		if !strings.HasPrefix(u, prefix) || !anchors[strings.TrimPrefix(u, prefix)] {
			t.Errorf("%s: runbook_url %q does not point at a section of RUNBOOK.md", r.Alert, u)
		}
		if !fired[r.Alert] || !silent[r.Alert] {
			t.Errorf("%s: tests/*.yaml must expect it firing, and silent less than its for: (%s) before (fired %v, pending side %v)", r.Alert, r.For, fired[r.Alert], silent[r.Alert])
		}
	}
	if alerts < 7 {
		t.Errorf("%d alerts; want the hostility, escalation, shift, down, stopped, rejections and feed alerts", alerts)
	}
}

// alertTestSides reads a promtool test file and records, per alert name,
// whether some test expects it firing (fired) and whether the same test also
// expects it silent less than its for: duration before it first fires
// (silent: the pending side of the for: window).
func alertTestSides(tb testing.TB, file []byte, fors map[string]time.Duration, fired, silent map[string]bool) {
	tb.Helper()
	var f struct {
		Tests []struct {
			AlertRuleTest []struct {
				EvalTime  string           `yaml:"eval_time"`
				Alertname string           `yaml:"alertname"`
				ExpAlerts []map[string]any `yaml:"exp_alerts"`
			} `yaml:"alert_rule_test"`
		} `yaml:"tests"`
	}
	if err := yaml.Unmarshal(file, &f); err != nil {
		tb.Fatalf("parse tests: %v", err)
	}
	for _, tc := range f.Tests {
		first := map[string]time.Duration{}
		quiet := map[string][]time.Duration{}
		for _, a := range tc.AlertRuleTest {
			d, err := model.ParseDuration(a.EvalTime)
			if err != nil {
				tb.Fatalf("eval_time %q: %v", a.EvalTime, err)
			}
			at := time.Duration(d)
			if len(a.ExpAlerts) > 0 {
				fired[a.Alertname] = true
				if f, ok := first[a.Alertname]; !ok || at < f {
					first[a.Alertname] = at
				}
			} else {
				quiet[a.Alertname] = append(quiet[a.Alertname], at)
			}
		}
		for name, f := range first {
			for _, q := range quiet[name] {
				if q < f && f-q <= fors[name] {
					silent[name] = true
				}
			}
		}
	}
}

// githubAnchor is the anchor GitHub gives a Markdown heading.
func githubAnchor(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	h = regexp.MustCompile(`[^a-z0-9 _-]`).ReplaceAllString(h, "")
	return strings.ReplaceAll(h, " ", "-")
}
