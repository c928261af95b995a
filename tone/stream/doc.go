// Package stream connects tonetrack to NATS JetStream, so that statements
// and articles reach it from anywhere and any number of replicas share the
// work.
//
// # Subjects and consumers
//
// One stream (default TONE, created when missing: work-queue retention, file
// storage, 7-day max age, 2-minute duplicate window) holds three kinds of
// subject, under a prefix (default "tone"):
//
//   - tone.statements: statements as JSON Lines or a JSON array, from any
//     producer that does not know the partitioning;
//   - tone.articles: one article per message (JSON, HTML or plain text, the
//     form in the Content-Type header, as extract.ParseArticle takes it);
//   - tone.statements.p.<k>: the statements of speaker partition k, where
//     k = Partition(speaker, N) and N is fixed when the stream is created and
//     recorded in its metadata ("tonetrack.partitions").
//
// The intake consumer (durable "tonetrack-intake") is shared by all replicas:
// whoever takes a message routes its statements (for an article, the
// statements the Extractor finds) to their partitions and acknowledges it
// once JetStream has acknowledged the routed messages. Each partition has a
// durable pull consumer ("tonetrack-p<k>") with the "prioritized" priority
// policy (nats-server 2.12 or later): replica r pulls partitions k with
// k mod R = r at priority 0 and, from TakeoverDelay (15s) after its start,
// all others at priority 1. While a replica is
// up, its partitions' statements reach it alone; when it stops pulling (a
// crash, a closed connection), the others' priority-1 pulls take its
// partitions over, and messages it held unacknowledged come again after
// AckWait. When it comes back it gets its partitions back without any
// coordination.
//
// Sources inside a replica write through a Router (a Sink that routes
// instead of storing): tonetrack serve's feed poller does so when NATS is
// on, so a speaker's statements reach the same replica whether they came
// from a feed, a publisher or an article.
//
// # Correctness across replicas
//
// Each replica is a whole tonetrack with its own store, tracker and
// /metrics. Routing each speaker to one replica keeps the tracker's
// per-speaker state (tone_score_mean windows, tone_score_shift,
// tone_score_last) whole: in steady state exactly one replica holds a
// speaker, so Prometheus takes those gauges with max by (speaker, ...)
// across instances. The counters and the tone_score histogram are exact
// under any routing: the dashboards' rules sum their rate()s across
// instances, so windowed means from histogram sums stay right even while a
// speaker's partition moves during a failover (when, for a while, two
// replicas hold parts of a speaker's history and its gauges are partial).
//
// # Delivery
//
// A message is acknowledged only after its statements are committed to the
// Sink (a *pipeline.Pipeline), so a crash means redelivery, and redelivery
// is idempotent because statement ids come from speaker and words. A batch
// of messages is stored in one transaction; if it fails, each message is
// tried alone. A message that can never work (bad JSON, unknown fields, no
// speaker or text, no article text) is terminated at once with an error log
// and counted in tone_stream_messages_total{result="poison"}; one that keeps
// failing for other reasons is retried with a growing delay and terminated
// after MaxDeliver deliveries. Every publish carries a Nats-Msg-Id made from
// its content, so a retried publish is stored once by JetStream.
//
// A replica that dies after committing a batch but before its ack reaches
// the server is the one case where a statement can be stored by two
// replicas (the other takes the redelivery): at most one batch per crash,
// and only in the stores, never twice in one store.
package stream
