// Package store keeps tonetrack's statements durably in an embedded SQLite
// database (modernc.org/sqlite, pure Go, no cgo).
//
// # Durability
//
// The database runs in WAL mode with synchronous=FULL: every committed
// transaction has its write-ahead log fsynced before Commit returns, so a
// statement that [Store.Add] reported as stored survives a kill -9 of the
// process and also a crash of the machine or a power cut. (synchronous=NORMAL
// with WAL would survive a process kill but could lose the last commits on a
// power cut; tonetrack acknowledges a request only after Add returns, so
// "acknowledged" has to mean "on disk".) The cost is one fsync per Add call,
// which a batch of statements shares.
//
// Writes go through one connection (SQLite allows one writer at a time) and
// begin IMMEDIATE, so two writers never deadlock on a lock upgrade; reads use
// a pool of connections and, thanks to WAL, never wait for a writer. A
// busy_timeout makes a second process that opens the same file wait rather
// than fail.
//
// # Schema
//
// The schema is versioned: the table schema_migrations records each applied
// migration, and [Open] applies the missing ones in order, each in its own
// transaction. A database written by a newer tonetrack (a version this binary
// does not know) is refused with [ErrNewerSchema] rather than guessed at.
//
// Each statement is one row keyed by its id (unique), with its time as Unix
// nanoseconds in UTC, one REAL column per score dimension and its evidence as
// JSON. Indexes on (time) and (speaker, time) serve the time-ordered scans and
// the per-speaker listings.
package store
