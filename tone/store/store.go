package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrNotFound means no statement has the requested id.
	ErrNotFound = errors.New("statement not found")
	// ErrBadQuery means a Query has an invalid field (unknown dimension,
	// min/max without a dimension, a malformed cursor, ...).
	ErrBadQuery = errors.New("invalid query")
	// ErrNewerSchema means the database was written by a newer tonetrack
	// whose schema this binary does not know.
	ErrNewerSchema = errors.New("database schema is newer than this tonetrack")
)

// Limits of List.
const (
	// DefaultLimit is the page size of List when Query.Limit is zero.
	DefaultLimit = 100
	// MaxLimit is the largest page List returns.
	MaxLimit = 10000
)

// busyTimeout is how long a connection waits for a lock held by another
// connection or process before failing with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// mmapSize is how much of the database file is memory-mapped.
const mmapSize = 1 << 30

// scanPage is how many rows Each reads per query; it pages by key so that no
// read transaction stays open for the whole scan.
var scanPage = 5000

// Store is a durable, idempotent collection of statements. It is safe for
// concurrent use.
type Store struct {
	path string
	w    *sql.DB // one connection: all writes
	ins  *sql.Stmt
	r    *sql.DB // a pool of read-only connections
}

// Open opens (creating if needed) the database at path, switches it to WAL,
// and applies any missing schema migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open store %s: path must not contain '?' or '#'", path)
	}
	base := "file:" + path
	common := url.Values{}
	common.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	common.Add("_pragma", "synchronous(FULL)")
	common.Add("_pragma", "foreign_keys(1)")
	// Memory-mapped reads: a scan of a large store (Rebuild, backfill)
	// reads pages without a system call each.
	common.Add("_pragma", fmt.Sprintf("mmap_size(%d)", int64(mmapSize)))

	wq := url.Values{}
	for k, v := range common {
		wq[k] = append([]string(nil), v...)
	}
	wq.Add("_pragma", "journal_mode(WAL)")
	// A 64 MiB page cache keeps the id and time indexes of a large store
	// in memory while inserting (the default is 2 MiB).
	wq.Add("_pragma", "cache_size(-65536)")
	wq.Set("_txlock", "immediate")
	w, err := sql.Open("sqlite", base+"?"+wq.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)

	var mode string
	if err := w.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if !strings.EqualFold(mode, "wal") {
		w.Close()
		return nil, fmt.Errorf("open store %s: journal mode is %q, want wal", path, mode)
	}
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}

	rq := url.Values{}
	for k, v := range common {
		rq[k] = append([]string(nil), v...)
	}
	rq.Add("_pragma", "query_only(1)")
	r, err := sql.Open("sqlite", base+"?"+rq.Encode())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	if err := r.PingContext(ctx); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	ins, err := w.PrepareContext(ctx, insertSQL)
	if err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("open store %s: prepare: %w", path, err)
	}
	return &Store{path: path, w: w, r: r, ins: ins}, nil
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close waits for running operations, checkpoints the write-ahead log into
// the database file and closes it.
func (s *Store) Close() error {
	var errs []error
	if err := s.ins.Close(); err != nil {
		errs = append(errs, err)
	}
	if err := s.r.Close(); err != nil {
		errs = append(errs, err)
	}
	// A TRUNCATE checkpoint leaves the data in the main file and an empty
	// WAL, so the file is self-contained once tonetrack has stopped.
	if _, err := s.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		errs = append(errs, fmt.Errorf("checkpoint: %w", err))
	}
	if err := s.w.Close(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// columns of the statements table in the order rows are scanned; see scanRow.
const columns = `id, speaker, text, kind, via, title, url, source, time_ns,
	valence, bayes, hostility, cooperation, intensity, goldstein, extra, evidence, seq`

// lightColumns are what the light scans read: id, speaker, time and scores.
const lightColumns = `id, speaker, time_ns,
	valence, bayes, hostility, cooperation, intensity, goldstein, extra, seq`

const insertSQL = `INSERT INTO statements
	(id, speaker, text, kind, via, title, url, source, time_ns,
	 valence, bayes, hostility, cooperation, intensity, goldstein, extra, evidence, stored_ns)
	VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
	ON CONFLICT(id) DO NOTHING`

// Add stores sts in one transaction: either all of them are committed (and
// fsynced) when Add returns nil, or none is. It is idempotent on ID:
// added[i] is false when a statement with sts[i].ID was already stored,
// before or earlier in the same batch; that row is left as it was.
//
// Every statement must have an ID, a speaker and a time that fits in Unix
// nanoseconds (years 1678 to 2262); callers validate the rest (the pipeline
// does).
func (s *Store) Add(ctx context.Context, sts []extract.Statement) (added []bool, err error) {
	if len(sts) == 0 {
		return nil, nil
	}
	// Check and encode everything before taking the write lock.
	evs := make([][]byte, len(sts))
	extras := make([][]byte, len(sts))
	for i := range sts {
		st := &sts[i]
		if st.ID == "" {
			return nil, fmt.Errorf("add statement %d: empty id", i)
		}
		if st.Speaker == "" {
			return nil, fmt.Errorf("add statement %d (id %s): empty speaker", i, st.ID)
		}
		if !timeFits(st.Time) {
			return nil, fmt.Errorf("add statement %d (id %s): time %s out of range", i, st.ID, st.Time)
		}
		for _, d := range allDims {
			v, _ := st.Scores.Get(d)
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("add statement %d (id %s): score %s is %v", i, st.ID, d, v)
			}
		}
		for d, v := range st.Scores.Extra {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("add statement %d (id %s): score %s is %v", i, st.ID, d, v)
			}
		}
		if len(st.Scores.Extra) > 0 {
			b, err := json.Marshal(st.Scores.Extra)
			if err != nil {
				return nil, fmt.Errorf("add statement %d (id %s): encode extra scores: %w", i, st.ID, err)
			}
			extras[i] = b
		}
		if st.Evidence.Len() > 0 {
			b, err := json.Marshal(st.Evidence)
			if err != nil {
				return nil, fmt.Errorf("add statement %d (id %s): encode evidence: %w", i, st.ID, err)
			}
			evs[i] = b
		}
	}

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("add: begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	ins := tx.StmtContext(ctx, s.ins)
	defer ins.Close()
	now := time.Now().UnixNano()
	added = make([]bool, len(sts))
	for i := range sts {
		st := &sts[i]
		var ev, extra any
		if evs[i] != nil {
			ev = evs[i]
		}
		if extras[i] != nil {
			extra = extras[i]
		}
		res, err := ins.ExecContext(ctx, st.ID, st.Speaker, st.Text, st.Kind, st.Via, st.Title, st.URL,
			st.Source, st.Time.UnixNano(),
			st.Scores.Valence, st.Scores.Bayes, st.Scores.Hostility, st.Scores.Cooperation,
			st.Scores.Intensity, st.Scores.Goldstein, extra, ev, now)
		if err != nil {
			return nil, fmt.Errorf("add statement %d (id %s): %w", i, st.ID, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, fmt.Errorf("add statement %d (id %s): %w", i, st.ID, err)
		}
		added[i] = n == 1
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("add: commit: %w", err)
	}
	return added, nil
}

// Get returns the statement with the given id, or an error wrapping
// ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (extract.Statement, error) {
	row := s.r.QueryRowContext(ctx, "SELECT "+columns+" FROM statements WHERE id = ?", id)
	st, _, err := scanRow(row)
	if errors.Is(err, sql.ErrNoRows) {
		return extract.Statement{}, fmt.Errorf("get %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return extract.Statement{}, fmt.Errorf("get %q: %w", id, err)
	}
	return st, nil
}

// GetMany returns the stored statements among ids, keyed by id; ids that are
// not stored are absent from the map.
func (s *Store) GetMany(ctx context.Context, ids []string) (map[string]extract.Statement, error) {
	out := make(map[string]extract.Statement, len(ids))
	const chunk = 500
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		part := ids[:n]
		ids = ids[n:]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		q := "SELECT " + columns + " FROM statements WHERE id IN (?" + strings.Repeat(",?", len(part)-1) + ")"
		rows, err := s.r.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("get statements: %w", err)
		}
		for rows.Next() {
			st, _, err := scanRow(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("get statements: %w", err)
			}
			out[st.ID] = st
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("get statements: %w", err)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("get statements: %w", err)
		}
	}
	return out, nil
}

// Query selects statements for List. The zero value lists everything, newest
// first, DefaultLimit at a time.
type Query struct {
	// Speaker, when set, keeps only that speaker's statements (exact match).
	Speaker string
	// From and To, when set, keep statements with From <= time < To.
	From, To time.Time
	// Dimension names the score that Min and Max bound (see tone.Scores).
	Dimension string
	// Min and Max, when set, keep statements whose Dimension score is >= Min
	// and <= Max. They need Dimension.
	Min, Max *float64
	// Limit is the page size: 0 means DefaultLimit; above MaxLimit it is
	// capped.
	Limit int
	// Cursor continues a previous List from where its page ended ("" starts
	// at the newest statement). It is opaque.
	Cursor string
}

// List returns the statements that match q, newest first (by statement time,
// then by arrival), and a cursor for the next page, or "" when there is none.
// Errors about q wrap ErrBadQuery.
func (s *Store) List(ctx context.Context, q Query) (sts []extract.Statement, next string, err error) {
	var where []string
	var args []any
	if q.Speaker != "" {
		where = append(where, "speaker = ?")
		args = append(args, q.Speaker)
	}
	if !q.From.IsZero() {
		if !timeFits(q.From) {
			return nil, "", fmt.Errorf("list: from %s: %w", q.From, ErrBadQuery)
		}
		where = append(where, "time_ns >= ?")
		args = append(args, q.From.UnixNano())
	}
	if !q.To.IsZero() {
		if !timeFits(q.To) {
			return nil, "", fmt.Errorf("list: to %s: %w", q.To, ErrBadQuery)
		}
		where = append(where, "time_ns < ?")
		args = append(args, q.To.UnixNano())
	}
	if q.Dimension != "" {
		if _, ok := (tone.Scores{}).Get(q.Dimension); !ok {
			return nil, "", fmt.Errorf("list: unknown dimension %q (want one of %s): %w",
				q.Dimension, strings.Join(allDims, ", "), ErrBadQuery)
		}
	}
	if (q.Min != nil || q.Max != nil) && q.Dimension == "" {
		return nil, "", fmt.Errorf("list: min and max need a dimension: %w", ErrBadQuery)
	}
	// q.Dimension is one of allDims here, so it is safe as a column name.
	if q.Min != nil {
		if math.IsNaN(*q.Min) {
			return nil, "", fmt.Errorf("list: min is NaN: %w", ErrBadQuery)
		}
		where = append(where, q.Dimension+" >= ?")
		args = append(args, *q.Min)
	}
	if q.Max != nil {
		if math.IsNaN(*q.Max) {
			return nil, "", fmt.Errorf("list: max is NaN: %w", ErrBadQuery)
		}
		where = append(where, q.Dimension+" <= ?")
		args = append(args, *q.Max)
	}
	if q.Cursor != "" {
		t, seq, err := decodeCursor(q.Cursor)
		if err != nil {
			return nil, "", fmt.Errorf("list: %w", err)
		}
		// A row value, so SQLite reads the index as one range.
		where = append(where, "(time_ns, seq) < (?, ?)")
		args = append(args, t, seq)
	}
	limit := q.Limit
	switch {
	case limit < 0:
		return nil, "", fmt.Errorf("list: negative limit %d: %w", limit, ErrBadQuery)
	case limit == 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	sqlq := "SELECT " + columns + " FROM statements"
	if len(where) > 0 {
		sqlq += " WHERE " + strings.Join(where, " AND ")
	}
	// One more than the page tells whether there is a next page.
	sqlq += " ORDER BY time_ns DESC, seq DESC LIMIT ?"
	args = append(args, limit+1)
	rows, err := s.r.QueryContext(ctx, sqlq, args...)
	if err != nil {
		return nil, "", fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	var lastT, lastSeq int64
	for rows.Next() {
		if len(sts) == limit {
			next = encodeCursor(lastT, lastSeq)
			break
		}
		st, seq, err := scanRow(rows)
		if err != nil {
			return nil, "", fmt.Errorf("list: %w", err)
		}
		lastT, lastSeq = st.Time.UnixNano(), seq
		sts = append(sts, st)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("list: %w", err)
	}
	return sts, next, nil
}

// Each calls fn for every stored statement in statement-time order (ties in
// arrival order), stopping at the first error fn returns. It reads in pages,
// so fn may take its time and writers are not held up.
func (s *Store) Each(ctx context.Context, fn func(extract.Statement) error) error {
	return s.each(ctx, false, true, 0, fn)
}

// EachScores is Each with only the id, speaker, time and scores of each
// statement: what rebuilding series and backfilling metrics need, several
// times faster over a large store.
func (s *Store) EachScores(ctx context.Context, fn func(extract.Statement) error) error {
	return s.each(ctx, true, true, 0, fn)
}

// Mark is a point in the store's arrival order: the statements stored up to
// some moment. Get one with (*Store).Mark.
type Mark struct{ seq int64 }

// Mark returns the store's current end: ScanScores up to it reads the
// statements stored by now and none added later.
func (s *Store) Mark(ctx context.Context) (Mark, error) {
	var m Mark
	if err := s.r.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM statements").Scan(&m.seq); err != nil {
		return Mark{}, fmt.Errorf("mark store: %w", err)
	}
	return m, nil
}

// ScanScores is EachScores in arrival order rather than statement-time
// order, over the statements stored up to mark (those added later are left
// out, so a caller that also hears of new statements as they are added sees
// each exactly once). It reads the table from start to end instead of
// jumping from the time index into it, about twice as fast over a large
// store. Rebuild uses it, since the tracker takes statements in any order.
func (s *Store) ScanScores(ctx context.Context, upTo Mark, fn func(extract.Statement) error) error {
	return s.each(ctx, true, false, upTo.seq, fn)
}

// each scans the statements in time order or, with byTime false, in
// arrival order up to maxSeq.
func (s *Store) each(ctx context.Context, light, byTime bool, maxSeq int64, fn func(extract.Statement) error) error {
	cols := columns
	if light {
		cols = lightColumns
	}
	first := "SELECT " + cols + " FROM statements ORDER BY time_ns, seq LIMIT ?"
	after := "SELECT " + cols + " FROM statements WHERE (time_ns, seq) > (?, ?) ORDER BY time_ns, seq LIMIT ?"
	if !byTime {
		first = "SELECT " + cols + " FROM statements WHERE seq <= ? ORDER BY seq LIMIT ?"
		after = "SELECT " + cols + " FROM statements WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"
	}
	var lastT, lastSeq int64
	started := false
	page := make([]extract.Statement, 0, scanPage)
	names := make(map[string]string) // speakers, shared by their rows' statements
	for {
		var rows *sql.Rows
		var err error
		switch {
		case !started && !byTime:
			rows, err = s.r.QueryContext(ctx, first, maxSeq, scanPage)
		case !started:
			rows, err = s.r.QueryContext(ctx, first, scanPage)
		case !byTime:
			rows, err = s.r.QueryContext(ctx, after, lastSeq, maxSeq, scanPage)
		default:
			rows, err = s.r.QueryContext(ctx, after, lastT, lastSeq, scanPage)
		}
		if err != nil {
			return fmt.Errorf("scan statements: %w", err)
		}
		page = page[:0]
		for rows.Next() {
			var st extract.Statement
			var seq int64
			if light {
				st, seq, err = scanLight(rows, names)
			} else {
				st, seq, err = scanRow(rows)
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("scan statements: %w", err)
			}
			lastT, lastSeq = st.Time.UnixNano(), seq
			page = append(page, st)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("scan statements: %w", err)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("scan statements: %w", err)
		}
		started = true
		// fn runs with no rows open, so it may use the store itself.
		for _, st := range page {
			if err := fn(st); err != nil {
				return err
			}
		}
		if len(page) < scanPage {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// Count returns how many statements are stored.
func (s *Store) Count(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM statements").Scan(&n); err != nil {
		return 0, fmt.Errorf("count statements: %w", err)
	}
	return n, nil
}

// SchemaVersion returns the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.r.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// Ping checks that the database answers; servers use it for readiness.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.r.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("ping store: %w", err)
	}
	return nil
}

// allDims are the score columns, named as the dimensions.
var allDims = []string{tone.DimValence, tone.DimBayes, tone.DimHostility, tone.DimCooperation,
	tone.DimIntensity, tone.DimGoldstein}

type scanner interface{ Scan(dest ...any) error }

func scanRow(r scanner) (extract.Statement, int64, error) {
	var st extract.Statement
	var tns, seq int64
	var ev, extra []byte
	err := r.Scan(&st.ID, &st.Speaker, &st.Text, &st.Kind, &st.Via, &st.Title, &st.URL, &st.Source, &tns,
		&st.Scores.Valence, &st.Scores.Bayes, &st.Scores.Hostility, &st.Scores.Cooperation,
		&st.Scores.Intensity, &st.Scores.Goldstein, &extra, &ev, &seq)
	if err != nil {
		return st, 0, err
	}
	st.Time = time.Unix(0, tns).UTC()
	if len(extra) > 0 {
		if err := json.Unmarshal(extra, &st.Scores.Extra); err != nil {
			return st, 0, fmt.Errorf("statement %s: decode extra scores: %w", st.ID, err)
		}
	}
	if len(ev) > 0 {
		if err := json.Unmarshal(ev, &st.Evidence); err != nil {
			return st, 0, fmt.Errorf("statement %s: decode evidence: %w", st.ID, err)
		}
	}
	return st, seq, nil
}

// scanLight scans a row of lightColumns. Speaker names are taken from (and
// added to) names, so that a speaker's statements share one string instead
// of each allocating its own.
func scanLight(rows *sql.Rows, names map[string]string) (extract.Statement, int64, error) {
	var st extract.Statement
	var tns, seq int64
	var speaker sql.RawBytes
	var extra []byte
	err := rows.Scan(&st.ID, &speaker, &tns,
		&st.Scores.Valence, &st.Scores.Bayes, &st.Scores.Hostility, &st.Scores.Cooperation,
		&st.Scores.Intensity, &st.Scores.Goldstein, &extra, &seq)
	if err != nil {
		return st, 0, err
	}
	name, ok := names[string(speaker)]
	if !ok {
		name = string(speaker)
		names[name] = name
	}
	st.Speaker = name
	st.Time = time.Unix(0, tns).UTC()
	if len(extra) > 0 {
		if err := json.Unmarshal(extra, &st.Scores.Extra); err != nil {
			return st, 0, fmt.Errorf("statement %s: decode extra scores: %w", st.ID, err)
		}
	}
	return st, seq, nil
}

var (
	minTime = time.Unix(0, math.MinInt64)
	maxTime = time.Unix(0, math.MaxInt64)
)

func timeFits(t time.Time) bool {
	return !t.Before(minTime) && !t.After(maxTime)
}

func encodeCursor(t, seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(t, 10) + "." + strconv.FormatInt(seq, 10)))
}

func decodeCursor(c string) (t, seq int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, 0, fmt.Errorf("malformed cursor %q: %w", c, ErrBadQuery)
	}
	ts, ss, ok := strings.Cut(string(b), ".")
	if !ok {
		return 0, 0, fmt.Errorf("malformed cursor %q: %w", c, ErrBadQuery)
	}
	t, err1 := strconv.ParseInt(ts, 10, 64)
	seq, err2 := strconv.ParseInt(ss, 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("malformed cursor %q: %w", c, ErrBadQuery)
	}
	return t, seq, nil
}
