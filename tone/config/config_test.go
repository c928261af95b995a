package config

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadGood(t *testing.T) {
	c, err := Load("testdata/good.yml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if len(c.Feeds) != 2 {
		t.Fatalf("feeds = %d; want 2", len(c.Feeds))
	}
	f := c.Feeds[0]
	if f.Name != "example-mofa" || f.Interval != 10*time.Minute || f.DefaultSpeaker != "Ministry of Foreign Affairs of Example" {
		t.Errorf("feeds[0] = %+v", f)
	}
	// Defaults filled: the name from the host, the default interval.
	if g := c.Feeds[1]; g.Name != "news.example.com" || g.Interval != 15*time.Minute || g.DefaultSpeaker != "" {
		t.Errorf("feeds[1] = %+v; want name news.example.com, interval 15m, no default speaker", g)
	}
	if c.Fetch.Timeout != 20*time.Second || c.Fetch.MaxPageBytes != 2<<20 {
		t.Errorf("fetch = %+v", c.Fetch)
	}
	n := c.NATS
	if n.URL != "nats://127.0.0.1:4222" || n.Partitions != 8 || n.Replica != 1 || n.Replicas != 2 || n.AckWait != 45*time.Second || n.Stream != "TONE" {
		t.Errorf("nats = %+v", n)
	}
}

func TestEmptyConfig(t *testing.T) {
	c, err := Parse(nil, "empty.yml")
	if err != nil || len(c.Feeds) != 0 || c.NATS.URL != "" {
		t.Errorf("Parse(empty) = %+v, %v; want an empty config", c, err)
	}
}

func TestLoadInvalid(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"invalid-unknown-field.yml", "invalid-unknown-field.yml:3: field intervall not found"},
		{"invalid-duration.yml", "invalid-duration.yml:3: cannot unmarshal !!str `ten min...` into time.Duration"},
		{"invalid-url.yml", `invalid-url.yml:3: feeds[1]: feed url "www.example.org/other.xml": want an absolute http or https URL`},
		{"invalid-duplicate-name.yml", `invalid-duplicate-name.yml:4: feeds[1]: name "example" already used by feeds[0]`},
		{"invalid-syntax.yml", "found a tab character that violates indentation"},
		{"invalid-nats-replica.yml", "invalid-nats-replica.yml:1: nats: nats replica 2: want 0 to 1 (replicas 2)"},
		{"invalid-nats-unknown.yml", "invalid-nats-unknown.yml:3: field partition not found"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, err := Load(filepath.Join("testdata", tc.file))
			if err == nil {
				t.Fatalf("Load(%s) = nil error; want %q", tc.file, tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load(%s) = %q; want it to contain %q", tc.file, err, tc.want)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load("testdata/no-such.yml"); err == nil || !strings.Contains(err.Error(), "no-such.yml") {
		t.Errorf("Load(missing) = %v; want an error naming the file", err)
	}
}
