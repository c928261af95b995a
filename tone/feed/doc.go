// Package feed follows RSS and Atom feeds and feeds their items into
// tonetrack: for each new item it fetches the item's page, finds the article
// body, and hands the article to a Sink (a *pipeline.Pipeline), which
// extracts, scores and stores the statements.
//
// A Poller is polite and robust:
//
//   - conditional GET with the ETag and Last-Modified validators the server
//     sent (a 304 costs nothing), a timeout on every request, a maximum body
//     size for feeds and pages (an oversized body is an error, never silently
//     truncated), and a User-Agent that names tonetrack, its version and URL;
//   - per-feed exponential backoff with jitter on errors, honouring
//     Retry-After; one goroutine per feed, so a bad feed or page never stops
//     the others;
//   - items are remembered durably in a small table of their own (State,
//     kept in the same SQLite file as the store), and an item is marked seen
//     only after its statements are committed, so a crash means the item is
//     read again (statement ids make that idempotent) and a restart never
//     ingests an item twice. The feed's validators are saved only once every
//     new item of a poll is done, so a 304 can never hide an item that failed.
//
// The Sink may also be a stream.Router (tonetrack serve with NATS): then
// "committed" means acknowledged by JetStream, and the replica that owns
// each speaker stores the statements.
//
// Press releases speak for an institution and often quote nobody. When a feed
// has a DefaultSpeaker and the extractor finds no attributed statement in an
// item, the item's sentences are attributed to that speaker (kind "direct",
// via "press release"). Without a DefaultSpeaker such items yield nothing:
// tonetrack never guesses a speaker.
//
// Metrics, on the registerer passed in: tone_feed_items_total{feed},
// tone_feed_errors_total{feed,reason} with reason one of Reasons, and
// tone_feed_last_success_timestamp_seconds{feed}.
package feed
