// Package exporter exports tonetrack's per-speaker tone as Prometheus
// metrics with github.com/prometheus/client_golang.
//
// It has two halves, as client_golang recommends:
//
//   - direct instrumentation of the events the pipeline causes (a statement
//     added, a duplicate, a rejection, the time spent scoring), kept in a
//     small metrics struct: tone_score (a histogram of statement scores with
//     the statement id as exemplar), tone_duplicates_total,
//     tone_ingest_rejected_total, tone_score_duration_seconds and
//     tone_build_info;
//   - a custom Collector that mirrors the tracker's state at scrape time:
//     tone_statements_total, tone_score_last, tone_score_mean,
//     tone_score_shift and tone_last_statement_timestamp_seconds.
//
// An *Exporter is a pipeline.Observer: the pipeline tells it about every
// newly stored statement, every duplicate and how long scoring took. It is
// also a pipeline.Replayer: when serve starts, the statements replayed from
// the store are counted exactly as if they had been added, but only the
// latest replayed statement of each speaker, dimension and bucket gets its
// id as exemplar (a histogram bucket keeps one exemplar, the latest), which
// spares building one exemplar per stored statement.
//
// # Bounded labels
//
// The speaker label is capped at Options.MaxSpeakers values (default 500).
// At every scrape the speakers are ranked by statement count (ties: the
// speakers already exported first, then the most recent, then by name); the
// top MaxSpeakers keep their own series and the rest fold into
// speaker="other" (never in the store or the API). For "other" the Collector
// aggregates: tone_statements_total sums the counts,
// tone_last_statement_timestamp_seconds and tone_score_last take the latest
// statement, tone_score_mean is the mean of the speakers' window means
// weighted by their statement counts in that window, and tone_score_shift
// is left out (the shift of a mixture of speakers names no one to alert on).
//
// The tone_score histogram cannot move past observations between series, so
// its speaker is decided when a statement is observed: a speaker in the
// exported set (or any speaker while fewer than MaxSpeakers are exported) gets
// its own series, any other goes to "other". When a re-ranking at scrape time
// drops a speaker from the set, its histogram series are deleted and its
// later statements count in "other"; when a speaker enters the set its series
// starts from zero. Each series only ever grows, so rate() and
// histogram_quantile() over sum by (le) stay right; the ranking keeps
// incumbents on ties so that the set does not flap.
//
// A speaker moving in or out of the set also moves its count in or out of
// tone_statements_total{speaker="other"}, which Prometheus reads as a counter
// reset of that one series. With fewer speakers than MaxSpeakers no folding
// ever happens.
//
// # Buckets
//
// The dimensions have different ranges (goldstein -10..10, valence -1..1,
// the others 0..1), so each dimension's tone_score series has buckets of its
// own (ScoreBuckets): one histogram vector per dimension with the dimension
// as a constant label, which the registry exposes as the one family
// tone_score{speaker,dimension}. Values are observed raw, so sums and means
// keep their meaning; histogram_quantile works per dimension, and summing
// buckets across dimensions, which would mean nothing anyway, is not
// possible.
package exporter
