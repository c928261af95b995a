package dashboards

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTool(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "my-promtool")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cached := filepath.Join(dir, "cache")
	if err := os.MkdirAll(cached, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cached, "prometheus"), []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, tool string
		env        map[string]string
		want, err  string
	}{
		{name: "override", tool: "promtool", env: map[string]string{"TONETRACK_PROMTOOL": fake}, want: fake},
		{name: "override missing", tool: "promtool", env: map[string]string{"TONETRACK_PROMTOOL": fake + "-gone"}, err: "TONETRACK_PROMTOOL"},
		{name: "cache", tool: "prometheus", env: map[string]string{"PATH": dir, "TONETRACK_TOOLS_DIR": cached}, want: filepath.Join(cached, "prometheus")},
		{name: "no build", tool: "promtool", env: map[string]string{"PATH": dir, "TONETRACK_TOOLS_DIR": cached, "TONETRACK_NO_TOOL_BUILD": "1"}, err: "TONETRACK_NO_TOOL_BUILD"},
		{name: "unknown", tool: "grafana", err: "want promtool or prometheus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			got, err := Tool(t.Context(), tc.tool)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("Tool(%q) = %q, %v; want error with %q", tc.tool, got, err, tc.err)
				}
				if tc.name != "override missing" && !errors.Is(err, ErrToolNotFound) {
					t.Errorf("Tool(%q) error %v is not ErrToolNotFound", tc.tool, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("Tool(%q) = %q, %v; want %q", tc.tool, got, err, tc.want)
			}
		})
	}
}
