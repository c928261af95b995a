package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migration is one step of the schema. Versions start at 1 and increase by
// one; a released migration is never edited, only followed by a new one.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations is the schema's history, applied in order by Open.
var migrations = []migration{
	{1, "statements", `
CREATE TABLE statements (
	seq         INTEGER PRIMARY KEY,           -- arrival order
	id          TEXT    NOT NULL UNIQUE,
	speaker     TEXT    NOT NULL,
	text        TEXT    NOT NULL,
	kind        TEXT    NOT NULL DEFAULT '',
	via         TEXT    NOT NULL DEFAULT '',
	title       TEXT    NOT NULL DEFAULT '',
	url         TEXT    NOT NULL DEFAULT '',
	source      TEXT    NOT NULL DEFAULT '',
	time_ns     INTEGER NOT NULL,              -- statement time, Unix ns UTC
	valence     REAL    NOT NULL,
	bayes       REAL    NOT NULL,
	hostility   REAL    NOT NULL,
	cooperation REAL    NOT NULL,
	intensity   REAL    NOT NULL,
	goldstein   REAL    NOT NULL,
	extra       BLOB,                          -- JSON of tone.Scores.Extra
	evidence    BLOB,                          -- JSON of tone.Evidence
	stored_ns   INTEGER NOT NULL               -- arrival time, Unix ns
);
CREATE INDEX statements_time ON statements (time_ns, seq);
CREATE INDEX statements_speaker_time ON statements (speaker, time_ns, seq);
`},
}

// migrate brings the database on db to the latest schema.
func migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at TEXT    NOT NULL
	)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var cur int
	if err := db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&cur); err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	latest := migrations[len(migrations)-1].version
	if cur > latest {
		return fmt.Errorf("migrate: database at version %d, this tonetrack knows up to %d: %w", cur, latest, ErrNewerSchema)
	}
	for _, m := range migrations {
		if m.version <= cur {
			continue
		}
		if err := apply(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

func apply(ctx context.Context, db *sql.DB, m migration) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	// Another process may have migrated while this one waited for the lock.
	var done int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations WHERE version = ?", m.version).Scan(&done); err != nil {
		return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
	}
	if done > 0 {
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, time.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
	}
	return nil
}
