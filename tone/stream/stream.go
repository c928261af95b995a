package stream

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/tonetrack/tonetrack/tone/extract"
)

// Defaults for Config fields left zero.
const (
	DefaultStream     = "TONE"
	DefaultPrefix     = "tone"
	DefaultConsumer   = "tonetrack"
	DefaultPartitions = 8
	DefaultAckWait    = 30 * time.Second
	DefaultMaxDeliver = 10
	DefaultMaxAge     = 7 * 24 * time.Hour
	DefaultBatch      = 256
	// DefaultTakeoverDelay is Config.TakeoverDelay's default.
	DefaultTakeoverDelay = 15 * time.Second
	// MaxPartitions bounds Partitions.
	MaxPartitions = 1024
	// metaPartitions is the stream metadata key that records the number of
	// partitions the stream was created with, so every replica and
	// publisher routes alike.
	metaPartitions = "tonetrack.partitions"
	priorityGroup  = "tonetrack"
)

// Config is the NATS JetStream part of tonetrack's configuration (the YAML
// "nats:" block and the --nats flags).
type Config struct {
	// URL of the NATS server(s), comma-separated; empty disables NATS.
	// user:password@ or token@ in the URL authenticate.
	URL string `yaml:"url"`
	// Creds is a NATS credentials file (JWT and NKey seed), for servers
	// with decentralised auth.
	Creds string `yaml:"creds"`
	// TLSCA is a PEM file of the CA that signed the server's certificate;
	// TLSCert and TLSKey, a client certificate for mutual TLS.
	TLSCA   string `yaml:"tls_ca"`
	TLSCert string `yaml:"tls_cert"`
	TLSKey  string `yaml:"tls_key"`
	// Stream name; default DefaultStream.
	Stream string `yaml:"stream"`
	// Prefix of the subjects: <prefix>.statements, <prefix>.articles and
	// <prefix>.statements.p.<k>; default DefaultPrefix.
	Prefix string `yaml:"prefix"`
	// Consumer is the prefix of the durable consumers' names; default
	// DefaultConsumer.
	Consumer string `yaml:"consumer"`
	// Partitions is the number of speaker partitions, fixed when the
	// stream is created (stored in its metadata); 0 takes the stream's, or
	// DefaultPartitions for a new stream.
	Partitions int `yaml:"partitions"`
	// Replica is this replica's index, 0 ≤ Replica < Replicas.
	Replica int `yaml:"replica"`
	// Replicas is the number of tonetrack replicas; default 1.
	Replicas int `yaml:"replicas"`
	// AckWait is how long a message may stay unacknowledged before
	// JetStream delivers it again (to any replica).
	AckWait time.Duration `yaml:"ack_wait"`
	// MaxDeliver bounds deliveries of a message that keeps failing.
	MaxDeliver int `yaml:"max_deliver"`
	// MaxAge is how long the stream keeps messages nobody consumed.
	MaxAge time.Duration `yaml:"max_age"`
	// StreamReplicas is the JetStream replication factor of a new stream
	// (1 on a single server, 3 on a cluster).
	StreamReplicas int `yaml:"stream_replicas"`
	// Batch is the most messages stored in one transaction.
	Batch int `yaml:"batch"`
	// TakeoverDelay is how long after start a replica waits before it
	// pulls other replicas' partitions (at low priority), so that at a
	// (re)start each partition's owner has time to come up and take its
	// own; default DefaultTakeoverDelay; negative means no delay.
	TakeoverDelay time.Duration `yaml:"takeover_delay"`
}

// Normalize fills defaults and checks c.
func (c *Config) Normalize() error {
	if c.Stream == "" {
		c.Stream = DefaultStream
	}
	if strings.ContainsAny(c.Stream, ". *>") {
		return fmt.Errorf("nats stream %q: no dots, spaces or wildcards allowed", c.Stream)
	}
	if c.Prefix == "" {
		c.Prefix = DefaultPrefix
	}
	if strings.ContainsAny(c.Prefix, " *>") || strings.HasSuffix(c.Prefix, ".") || strings.HasPrefix(c.Prefix, ".") {
		return fmt.Errorf("nats prefix %q: want a subject such as tone", c.Prefix)
	}
	if c.Consumer == "" {
		c.Consumer = DefaultConsumer
	}
	if strings.ContainsAny(c.Consumer, ". *>") {
		return fmt.Errorf("nats consumer %q: no dots, spaces or wildcards allowed", c.Consumer)
	}
	if c.Partitions < 0 || c.Partitions > MaxPartitions {
		return fmt.Errorf("nats partitions %d: want 1 to %d", c.Partitions, MaxPartitions)
	}
	if c.Replicas == 0 {
		c.Replicas = 1
	}
	if c.Replicas < 0 {
		return fmt.Errorf("nats replicas %d: want 1 or more", c.Replicas)
	}
	if c.Replica < 0 || c.Replica >= c.Replicas {
		return fmt.Errorf("nats replica %d: want 0 to %d (replicas %d)", c.Replica, c.Replicas-1, c.Replicas)
	}
	if c.AckWait == 0 {
		c.AckWait = DefaultAckWait
	}
	if c.AckWait < 100*time.Millisecond {
		return fmt.Errorf("nats ack_wait %s: want at least 100ms", c.AckWait)
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.MaxDeliver < 1 {
		return fmt.Errorf("nats max_deliver %d: want 1 or more", c.MaxDeliver)
	}
	if c.MaxAge == 0 {
		c.MaxAge = DefaultMaxAge
	}
	if c.StreamReplicas == 0 {
		c.StreamReplicas = 1
	}
	if c.StreamReplicas < 1 || c.StreamReplicas > 5 {
		return fmt.Errorf("nats stream_replicas %d: want 1 to 5", c.StreamReplicas)
	}
	if c.Batch == 0 {
		c.Batch = DefaultBatch
	}
	if c.TakeoverDelay == 0 {
		c.TakeoverDelay = DefaultTakeoverDelay
	}
	if c.Batch < 1 {
		return fmt.Errorf("nats batch %d: want 1 or more", c.Batch)
	}
	return nil
}

// Connect dials the NATS servers of c with its credentials and TLS
// settings, reconnecting for ever after a loss (a replica waits out a NATS
// restart). name identifies the client in the server's monitoring.
func Connect(c Config, name string, timeout time.Duration) (*nats.Conn, error) {
	if c.URL == "" {
		return nil, errors.New("nats: no URL")
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		return nil, errors.New("nats: tls_cert and tls_key go together")
	}
	opts := []nats.Option{nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(2 * time.Second), nats.Timeout(timeout)}
	if c.Creds != "" {
		opts = append(opts, nats.UserCredentials(c.Creds))
	}
	if c.TLSCA != "" {
		opts = append(opts, nats.RootCAs(c.TLSCA))
	}
	if c.TLSCert != "" {
		opts = append(opts, nats.ClientCert(c.TLSCert, c.TLSKey))
	}
	nc, err := nats.Connect(c.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect to NATS at %s: %w", RedactURL(c.URL), err)
	}
	return nc, nil
}

// RedactURL hides passwords and tokens in NATS URLs for messages.
func RedactURL(urls string) string {
	parts := strings.Split(urls, ",")
	for i, p := range parts {
		if at := strings.LastIndex(p, "@"); at >= 0 {
			if s := strings.Index(p, "://"); s >= 0 && s < at {
				parts[i] = p[:s+3] + "REDACTED" + p[at:]
			}
		}
	}
	return strings.Join(parts, ",")
}

// StatementsSubject is where unrouted statements are published (JSON Lines
// or a JSON array); a replica routes them to their partitions.
func (c Config) StatementsSubject() string { return c.Prefix + ".statements" }

// ArticlesSubject is where articles are published, one per message.
func (c Config) ArticlesSubject() string { return c.Prefix + ".articles" }

// PartitionSubject is the subject of partition k's statements.
func (c Config) PartitionSubject(k int) string {
	return c.Prefix + ".statements.p." + strconv.Itoa(k)
}

// Partition returns the partition, 0 ≤ p < n, of a speaker: a hash of the
// speaker's normalised words, so "Kim Jong Un" and "kim jong-un" land alike.
func Partition(speaker string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(extract.NormalizeWords(speaker)))
	return int(h.Sum32() % uint32(n))
}

// EnsureStream returns the stream named by c, creating it when missing, and
// the number of partitions it routes to. A new stream keeps messages with
// work-queue retention (a message leaves once acknowledged), on file
// storage, for at most MaxAge, with a two-minute duplicate window on
// Nats-Msg-Id. An existing stream must carry tonetrack's subjects; its
// recorded partitions win over c.Partitions when that is 0, and a different
// non-zero c.Partitions is an error (re-partitioning a live stream would
// split speakers across replicas).
func EnsureStream(ctx context.Context, js jetstream.JetStream, c Config) (jetstream.Stream, int, error) {
	s, err := js.Stream(ctx, c.Stream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		n := c.Partitions
		if n == 0 {
			n = DefaultPartitions
		}
		cfg := jetstream.StreamConfig{
			Name:        c.Stream,
			Description: "tonetrack statements and articles",
			Subjects:    []string{c.StatementsSubject(), c.ArticlesSubject(), c.Prefix + ".statements.p.*"},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     jetstream.FileStorage,
			MaxAge:      c.MaxAge,
			Replicas:    c.StreamReplicas,
			Duplicates:  2 * time.Minute,
			Discard:     jetstream.DiscardOld,
			Metadata:    map[string]string{metaPartitions: strconv.Itoa(n)},
		}
		s, err = js.CreateStream(ctx, cfg)
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			// Another replica created it first.
			return EnsureStream(ctx, js, c)
		}
		if err != nil {
			return nil, 0, fmt.Errorf("create stream %s: %w", c.Stream, err)
		}
		return s, n, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("look up stream %s: %w", c.Stream, err)
	}
	info := s.CachedInfo()
	have := map[string]bool{}
	for _, sub := range info.Config.Subjects {
		have[sub] = true
	}
	for _, want := range []string{c.StatementsSubject(), c.ArticlesSubject(), c.Prefix + ".statements.p.*"} {
		if !have[want] {
			return nil, 0, fmt.Errorf("stream %s exists without subject %s (it has %v); choose another --nats-stream or prefix", c.Stream, want, info.Config.Subjects)
		}
	}
	n, err := strconv.Atoi(info.Config.Metadata[metaPartitions])
	if err != nil || n < 1 {
		return nil, 0, fmt.Errorf("stream %s has no valid %s metadata (%q); it was not created by tonetrack", c.Stream, metaPartitions, info.Config.Metadata[metaPartitions])
	}
	if c.Partitions != 0 && c.Partitions != n {
		return nil, 0, fmt.Errorf("stream %s routes to %d partitions, not %d; drop the partitions setting or use a new stream", c.Stream, n, c.Partitions)
	}
	return s, n, nil
}
