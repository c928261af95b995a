package dashboards

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// PrometheusModuleVersion is the version of the github.com/prometheus/prometheus
// Go module that Tool builds promtool and prometheus from when they are not
// installed. v0.42.0 is Prometheus 2.42.0, the version Debian 12 packages, so
// the tests behave the same with either.
const PrometheusModuleVersion = "v0.42.0"

// ErrToolNotFound is returned by Tool when a tool is neither installed nor
// buildable.
var ErrToolNotFound = errors.New("tool not found")

var buildMu sync.Mutex

// Tool returns the path of a Prometheus tool ("promtool" or "prometheus").
//
// It looks, in order, at $TONETRACK_<NAME> (for example TONETRACK_PROMTOOL),
// at $PATH, and at a cache directory ($TONETRACK_TOOLS_DIR, else
// os.UserCacheDir()/tonetrack/prometheus-<PrometheusModuleVersion>/bin). When
// none has it, it builds it there once with
//
//	GOBIN=<cache> go install github.com/prometheus/prometheus/cmd/<name>@<PrometheusModuleVersion>
//
// which takes several minutes and a few GB of module and build cache on an
// empty machine, and seconds afterwards. Set TONETRACK_NO_TOOL_BUILD=1 to get
// an error instead of a build.
func Tool(ctx context.Context, name string) (string, error) {
	switch name {
	case "promtool", "prometheus":
	default:
		return "", fmt.Errorf("tool %q: %w (want promtool or prometheus)", name, ErrToolNotFound)
	}
	env := "TONETRACK_" + map[string]string{"promtool": "PROMTOOL", "prometheus": "PROMETHEUS"}[name]
	if p := os.Getenv(env); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("tool %s from $%s: %w", name, env, err)
		}
		return p, nil
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	dir, err := toolsDir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	if os.Getenv("TONETRACK_NO_TOOL_BUILD") != "" {
		return "", fmt.Errorf("%s: not on $PATH nor in %s and TONETRACK_NO_TOOL_BUILD is set: %w", name, dir, ErrToolNotFound)
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("%s: not on $PATH, not in %s, and no go to build it: %w", name, dir, ErrToolNotFound)
	}
	if err := buildTool(ctx, goTool, dir, name); err != nil {
		return "", err
	}
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("build %s: go build left no binary: %w", name, err)
	}
	return p, nil
}

func toolsDir() (string, error) {
	if d := os.Getenv("TONETRACK_TOOLS_DIR"); d != "" {
		return d, nil
	}
	c, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("tools cache: %w (set TONETRACK_TOOLS_DIR)", err)
	}
	return filepath.Join(c, "tonetrack", "prometheus-"+PrometheusModuleVersion, "bin"), nil
}

// prometheusReplaces are the replace directives of the Prometheus module's
// own go.mod at PrometheusModuleVersion, which a requiring module must repeat
// (cmd/prometheus does not compile against the real klog).
var prometheusReplaces = []string{
	"k8s.io/klog => github.com/simonpasquier/klog-gokit v0.3.0",
	"k8s.io/klog/v2 => github.com/simonpasquier/klog-gokit/v3 v3.0.0",
}

// buildTool builds one Prometheus command into dir from a scratch module
// that requires the Prometheus module at PrometheusModuleVersion, so that the
// project's own go.mod is never touched.
func buildTool(ctx context.Context, goTool, dir, name string) error {
	mod := filepath.Join(filepath.Dir(dir), "src")
	for _, d := range []string{dir, mod} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("build %s: %w", name, err)
		}
	}
	gomod := "module tonetrack.local/prometheus-tools\n\ngo 1.21\n\nreplace (\n"
	for _, r := range prometheusReplaces {
		gomod += "\t" + r + "\n"
	}
	gomod += ")\n"
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return fmt.Errorf("build %s: %w", name, err)
	}
	pkg := "github.com/prometheus/prometheus/cmd/" + name
	for _, args := range [][]string{
		{"get", "github.com/prometheus/prometheus@" + PrometheusModuleVersion},
		{"build", "-o", filepath.Join(dir, name), pkg},
	} {
		cmd := exec.CommandContext(ctx, goTool, args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=false -mod=mod", "GOWORK=off", "CGO_ENABLED=0")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("build %s: go %v: %w\n%s", name, args, err, out.String())
		}
	}
	return nil
}

// CheckMetrics runs `promtool check metrics` (found by Tool) on an exposition
// read from r; the error carries promtool's findings.
func CheckMetrics(ctx context.Context, r io.Reader) error {
	bin, err := Tool(ctx, "promtool")
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, bin, "check", "metrics")
	cmd.Stdin = r
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("promtool check metrics: %w\n%s", err, out)
	}
	return nil
}
