// Package pipeline is the one way statements enter tonetrack: every source
// (HTTP API, ingest command, feeds, NATS) hands its statements or articles to
// a Pipeline, which fills what is missing, scores, validates, stores and only
// then tells the tracker and the metrics about what was newly stored.
//
// The order is what makes tonetrack's promises hold:
//
//  1. fill: an empty id becomes extract.ID(speaker, text), an empty time the
//     arrival time;
//  2. score: statements without scores are scored by the Analyzer (in
//     parallel for large batches);
//  3. validate: speaker, text, UTF-8, lengths, kind, time; the first problem
//     rejects the whole batch with an *InvalidError naming the statement and
//     the field, and nothing is stored;
//  4. store: one transaction for the batch, committed and fsynced before Add
//     returns (so a caller may acknowledge once Add returns nil);
//  5. observe: the tracker and the Observer see the newly added statements
//     only; replays count as duplicates.
//
// Rebuild replays a store into a fresh tracker and observer on start.
package pipeline
