package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tonetrack/tonetrack/tone/feed"
	"github.com/tonetrack/tonetrack/tone/stream"
)

// Config is the configuration file of tonetrack serve.
type Config struct {
	// Feeds to poll.
	Feeds []feed.Feed `yaml:"feeds"`
	// Fetch tunes the HTTP requests of the feed poller.
	Fetch Fetch `yaml:"fetch"`
	// NATS configures the JetStream consumer; empty URL means none.
	NATS stream.Config `yaml:"nats"`
}

// Fetch holds the feed poller's HTTP settings; zero values take
// tone/feed's defaults.
type Fetch struct {
	Timeout      time.Duration `yaml:"timeout"`
	MaxFeedBytes int64         `yaml:"max_feed_bytes"`
	MaxPageBytes int64         `yaml:"max_page_bytes"`
	// UserAgent replaces the default "tonetrack/VERSION (+URL)".
	UserAgent string `yaml:"user_agent"`
}

// Load reads and checks the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(data, path)
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Parse reads and checks a configuration; name (a file name) prefixes
// every error as name:line.
func Parse(data []byte, name string) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			errs := make([]error, 0, len(te.Errors))
			for _, e := range te.Errors {
				errs = append(errs, located(name, e))
			}
			return nil, errors.Join(errs...)
		}
		return nil, located(name, err.Error())
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, located(name, err.Error())
	}
	lines := positions(&root)
	names := map[string]int{}
	for i := range c.Feeds {
		at := fmt.Sprintf("%s:%d: feeds[%d]", name, lines.feeds[i], i)
		if err := c.Feeds[i].Normalize(); err != nil {
			return nil, fmt.Errorf("%s: %w", at, err)
		}
		if j, dup := names[c.Feeds[i].Name]; dup {
			return nil, fmt.Errorf("%s: name %q already used by feeds[%d]; give each feed its own name", at, c.Feeds[i].Name, j)
		}
		names[c.Feeds[i].Name] = i
	}
	if c.Fetch.Timeout < 0 || c.Fetch.MaxFeedBytes < 0 || c.Fetch.MaxPageBytes < 0 {
		return nil, fmt.Errorf("%s:%d: fetch: timeout and sizes must not be negative", name, lines.fetch)
	}
	if c.NATS.URL != "" {
		if err := c.NATS.Normalize(); err != nil {
			return nil, fmt.Errorf("%s:%d: nats: %w", name, lines.nats, err)
		}
	}
	return &c, nil
}

func located(name, msg string) error {
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], m[2])
	}
	return fmt.Errorf("%s: %s", name, msg)
}

type lineInfo struct {
	feeds       []int
	fetch, nats int
}

// positions finds the lines of each feed entry and of the fetch and nats
// blocks, for error messages.
func positions(root *yaml.Node) lineInfo {
	var li lineInfo
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return li
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		switch k.Value {
		case "feeds":
			for _, it := range v.Content {
				li.feeds = append(li.feeds, it.Line)
			}
		case "fetch":
			li.fetch = k.Line
		case "nats":
			li.nats = k.Line
		}
	}
	return li
}
