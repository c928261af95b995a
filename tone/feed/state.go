package feed

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // database/sql driver "sqlite", pure Go
)

// Item states kept in the feed_items table.
const (
	stateDone    = "done"   // statements committed
	stateFailed  = "failed" // given up after MaxAttempts
	statePending = "pending"
)

// State remembers, durably, which feed items have been ingested and the HTTP
// validators (ETag, Last-Modified) of each feed. It keeps two small tables of
// its own (feed_items, feed_http) in a SQLite file, normally the store's own
// file, and is safe for concurrent use.
type State struct {
	db *sql.DB
}

// OpenState opens (creating if needed) the feed state tables in the SQLite
// file at path. The file may be the one tone/store uses: the tables do not
// clash with the store's, and WAL mode with a busy timeout lets both write.
func OpenState(ctx context.Context, path string) (*State, error) {
	if path == "" {
		return nil, errors.New("open feed state: empty path")
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	if path == ":memory:" {
		dsn = "file::memory:?" + q.Encode()
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open feed state %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1)
	}
	s := &State{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open feed state %s: %w", path, err)
	}
	return s, nil
}

func (s *State) migrate(ctx context.Context) error {
	const schema = `
CREATE TABLE IF NOT EXISTS feed_items (
	key      TEXT PRIMARY KEY,
	feed     TEXT NOT NULL,
	state    TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	updated  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS feed_http (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	updated       INTEGER NOT NULL
);`
	if _, err := s.db.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("create feed tables: %w", err)
	}
	return nil
}

// Close closes the state's database handle.
func (s *State) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close feed state: %w", err)
	}
	return nil
}

// itemStatus is what State knows of one item.
type itemStatus struct {
	state    string // "" when never seen
	attempts int
}

func (st itemStatus) seen() bool { return st.state == stateDone || st.state == stateFailed }

func (s *State) item(ctx context.Context, key string) (itemStatus, error) {
	var st itemStatus
	err := s.db.QueryRowContext(ctx, `SELECT state, attempts FROM feed_items WHERE key = ?`, key).Scan(&st.state, &st.attempts)
	if errors.Is(err, sql.ErrNoRows) {
		return itemStatus{}, nil
	}
	if err != nil {
		return itemStatus{}, fmt.Errorf("read feed item %q: %w", key, err)
	}
	return st, nil
}

// Seen reports whether the item with key has been ingested or given up on.
func (s *State) Seen(ctx context.Context, key string) (bool, error) {
	st, err := s.item(ctx, key)
	return st.seen(), err
}

func (s *State) mark(ctx context.Context, key, feed, state string, attempts int) error {
	_, err := s.db.ExecContext(ctx, `
INSERT INTO feed_items (key, feed, state, attempts, updated) VALUES (?, ?, ?, ?, ?)
ON CONFLICT(key) DO UPDATE SET state = excluded.state, attempts = excluded.attempts, updated = excluded.updated`,
		key, feed, state, attempts, time.Now().Unix())
	if err != nil {
		return fmt.Errorf("mark feed item %q %s: %w", key, state, err)
	}
	return nil
}

type validators struct {
	etag, lastModified string
}

func (s *State) validators(ctx context.Context, feedURL string) (validators, error) {
	var v validators
	err := s.db.QueryRowContext(ctx, `SELECT etag, last_modified FROM feed_http WHERE url = ?`, feedURL).Scan(&v.etag, &v.lastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return validators{}, nil
	}
	if err != nil {
		return validators{}, fmt.Errorf("read validators of %s: %w", feedURL, err)
	}
	return v, nil
}

func (s *State) setValidators(ctx context.Context, feedURL string, v validators) error {
	_, err := s.db.ExecContext(ctx, `
INSERT INTO feed_http (url, etag, last_modified, updated) VALUES (?, ?, ?, ?)
ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated = excluded.updated`,
		feedURL, strings.TrimSpace(v.etag), strings.TrimSpace(v.lastModified), time.Now().Unix())
	if err != nil {
		return fmt.Errorf("save validators of %s: %w", feedURL, err)
	}
	return nil
}

// Prune forgets items last touched before cutoff, so the table does not grow
// without bound. Items long gone from their feed cannot come back in it.
func (s *State) Prune(ctx context.Context, cutoff time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM feed_items WHERE updated < ?`, cutoff.Unix())
	if err != nil {
		return 0, fmt.Errorf("prune feed items: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("prune feed items: %w", err)
	}
	return n, nil
}
