package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/tonetrack/tonetrack/tone/extract"
	"github.com/tonetrack/tonetrack/tone/pipeline"
	"github.com/tonetrack/tonetrack/tone/store"
)

// runIngest loads statements (JSON Lines) and articles into a store or a
// running server.
func runIngest(ctx context.Context, e *env, args []string) error {
	fset := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fset.SetOutput(e.stderr)
	db := fset.String("db", "tonetrack.db", "store `FILE` to load into (not with --server)")
	server := fset.String("server", "", "`URL` of a running 'tonetrack serve' to post to instead of a store")
	batch := fset.Int("batch", 1000, "statements per transaction or request")
	maxText := fset.Int("max-statement-bytes", pipeline.DefaultMaxTextBytes, "longest statement text accepted, in `BYTES` (with --db)")
	progress := fset.String("progress", "auto", "progress bar on standard error: auto (when it is a terminal), always or never")
	analyzer := addAnalyzerFlags(fset)
	extractor := addExtractorFlags(fset)
	fset.Usage = func() {
		fmt.Fprintf(fset.Output(), "usage: tonetrack ingest [--db FILE | --server URL] [flags] [FILE|DIR...]\n\n"+
			"Loads statements and articles. Files ending in .jsonl or .ndjson (and standard input, the default\n"+
			"or \"-\") hold one statement per line: {\"speaker\",\"text\",\"id\"?,\"time\"?,\"source\"?,\"url\"?,...}, as\n"+
			"'tonetrack extract' writes them; unscored statements are scored. Files ending in .txt, .html, .htm or\n"+
			".json are articles, whose statements are extracted. Directories are walked for those files.\n"+
			"A bad line is reported as FILE:LINE and skipped; the rest is loaded; the exit status is then 1.\n\n")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	dbSet := false
	fset.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	if dbSet && *server != "" {
		return errors.New("ingest: --db and --server exclude each other")
	}
	if *server != "" {
		var set []string
		fset.Visit(func(f *flag.Flag) {
			if f.Name == "aliases" || f.Name == "no-default-aliases" {
				set = append(set, "--"+f.Name)
			}
		})
		if len(set) > 0 {
			return fmt.Errorf("ingest: %s with --server: the server extracts articles with its own aliases (give them to serve)", strings.Join(set, " and "))
		}
	}
	if *batch < 1 {
		return fmt.Errorf("ingest: --batch %d: must be at least 1", *batch)
	}
	switch *progress {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("ingest: --progress %q: want auto, always or never", *progress)
	}
	inputs, total, err := ingestInputs(fset.Args())
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}

	var sink ingestSink
	if *server != "" {
		u, err := url.Parse(*server)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("ingest: --server %q: want an http:// or https:// URL", *server)
		}
		sink = &httpSink{base: strings.TrimSuffix(u.String(), "/"), client: &http.Client{Timeout: 5 * time.Minute}}
	} else {
		an, err := analyzer()
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		ex, err := extractor(an)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		st, err := store.Open(ctx, *db)
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		defer st.Close()
		p, err := pipeline.New(pipeline.Options{Store: st, Analyzer: an, Extractor: ex, MaxTextBytes: *maxText,
			Logger: e.log})
		if err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
		sink = &localSink{p: p}
	}

	in := &ingester{e: e, sink: sink, batch: *batch, start: time.Now()}
	if *progress == "always" || (*progress == "auto" && isTerminal(e.stderr)) {
		in.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	runErr := in.run(ctx, inputs)
	if in.bar != nil {
		in.bar.Finish()
	}
	in.summary()
	if runErr != nil {
		return fmt.Errorf("ingest: %w", runErr)
	}
	if in.rejected > 0 || in.failedFiles > 0 {
		return errPartial
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// input is one file to read ("-" for standard input).
type input struct {
	path    string
	article bool
}

// ingestInputs expands directories and returns the inputs with their total
// size (-1 when unknown, as for standard input).
func ingestInputs(args []string) ([]input, int64, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var out []input
	var total int64
	for _, a := range args {
		if a == "-" {
			out = append(out, input{path: "-"})
			total = -1
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			return nil, 0, err
		}
		if !fi.IsDir() {
			kind, ok := inputKind(a)
			if !ok {
				return nil, 0, fmt.Errorf("%s: unknown kind of file (want .jsonl, .ndjson, .txt, .html, .htm or .json, optionally .gz)", a)
			}
			out = append(out, input{path: a, article: kind})
			if total >= 0 {
				total += fi.Size()
			}
			continue
		}
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && path != a {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			kind, ok := inputKind(path)
			if !ok {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			out = append(out, input{path: path, article: kind})
			if total >= 0 {
				total += info.Size()
			}
			return nil
		})
		if err != nil {
			return nil, 0, err
		}
	}
	return out, total, nil
}

// inputKind tells statements (false) from articles (true) by extension.
func inputKind(path string) (article, ok bool) {
	name := strings.ToLower(strings.TrimSuffix(path, ".gz"))
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson":
		return false, true
	case ".txt", ".html", ".htm", ".json":
		return true, true
	}
	return false, false
}

// ingestSink is where the ingester sends statements and articles.
type ingestSink interface {
	// add stores a batch; an *pipeline.InvalidError names the bad statement.
	add(ctx context.Context, sts []extract.Statement) (added, dups int, err error)
	// addArticle stores an article's statements.
	addArticle(ctx context.Context, data []byte, contentType string) (added, dups int, err error)
}

type localSink struct{ p *pipeline.Pipeline }

func (s *localSink) add(ctx context.Context, sts []extract.Statement) (int, int, error) {
	r, err := s.p.Add(ctx, sts)
	return r.Added, r.Duplicates, fatalUnlessInvalid(err)
}

func (s *localSink) addArticle(ctx context.Context, data []byte, ct string) (int, int, error) {
	a, err := extract.ParseArticle(data, ct)
	if err != nil {
		return 0, 0, err
	}
	r, err := s.p.AddArticle(ctx, a)
	return r.Added, r.Duplicates, fatalUnlessInvalid(err)
}

// fatalUnlessInvalid marks a pipeline error as fatal unless it is about the
// input: a store that fails stops the ingest.
func fatalUnlessInvalid(err error) error {
	if err == nil || errors.Is(err, pipeline.ErrInvalid) {
		return err
	}
	return fmt.Errorf("%w: %w", errFatal, err)
}

// httpSink posts to a running server.
type httpSink struct {
	base   string
	client *http.Client
}

// errTooLarge means the server refused a request body as too large.
var errTooLarge = errors.New("request too large for the server")

func (s *httpSink) add(ctx context.Context, sts []extract.Statement) (int, int, error) {
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	for i := range sts {
		if err := enc.Encode(postStatement(sts[i])); err != nil {
			return 0, 0, &pipeline.InvalidError{Index: i, Field: "statement", Problem: err.Error()}
		}
	}
	return s.post(ctx, "/api/v1/statements", "application/x-ndjson", body.Bytes())
}

func (s *httpSink) addArticle(ctx context.Context, data []byte, ct string) (int, int, error) {
	return s.post(ctx, "/api/v1/articles", ct, data)
}

// postStatement is a statement as POST /api/v1/statements takes it: id,
// time, speaker, text, source and url. The server scores it (scores that
// came with the input are not sent: the API does not take them).
func postStatement(st extract.Statement) any {
	type out struct {
		ID      string     `json:"id,omitempty"`
		Time    *time.Time `json:"time,omitempty"`
		Speaker string     `json:"speaker"`
		Text    string     `json:"text"`
		Source  string     `json:"source,omitempty"`
		URL     string     `json:"url,omitempty"`
	}
	o := out{ID: st.ID, Speaker: st.Speaker, Text: st.Text, Source: st.Source, URL: st.URL}
	if !st.Time.IsZero() {
		o.Time = &st.Time
	}
	return o
}

// post sends one request, retrying server errors and refused connections
// (requests are idempotent: statements carry their ids).
func (s *httpSink) post(ctx context.Context, path, ct string, body []byte) (int, int, error) {
	var lastErr error
	for attempt := range 5 {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return 0, 0, ctx.Err()
			case <-time.After(time.Duration(1<<attempt) * 200 * time.Millisecond):
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+path, bytes.NewReader(body))
		if err != nil {
			return 0, 0, err
		}
		req.Header.Set("Content-Type", ct)
		resp, err := s.client.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return 0, 0, ctx.Err()
			}
			lastErr = err
			continue
		}
		data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
		resp.Body.Close()
		if err != nil {
			lastErr = err
			continue
		}
		switch {
		case resp.StatusCode/100 == 2:
			var r struct {
				Added      int `json:"added"`
				Duplicates int `json:"duplicates"`
			}
			if err := json.Unmarshal(data, &r); err != nil {
				return 0, 0, fmt.Errorf("POST %s: %s: unreadable answer: %w", path, resp.Status, err)
			}
			return r.Added, r.Duplicates, nil
		case resp.StatusCode == http.StatusRequestEntityTooLarge:
			return 0, 0, errTooLarge
		case resp.StatusCode/100 == 4:
			return 0, 0, apiError(path, resp.Status, data)
		default:
			lastErr = fmt.Errorf("POST %s: %s: %s", path, resp.Status, bytes.TrimSpace(data))
		}
	}
	return 0, 0, fmt.Errorf("%w: %w", errFatal, lastErr)
}

// apiError turns a 4xx answer into an error; one that names a line of the
// request becomes an *pipeline.InvalidError for that statement.
func apiError(path, status string, data []byte) error {
	var e struct {
		Error string `json:"error"`
		Item  int    `json:"item"` // 1-based statement of the request
		Field string `json:"field"`
	}
	if err := json.Unmarshal(data, &e); err != nil || e.Error == "" {
		return fmt.Errorf("POST %s: %s: %s", path, status, bytes.TrimSpace(data))
	}
	if e.Item > 0 {
		if e.Field == "" {
			e.Field = "statement"
		}
		return &pipeline.InvalidError{Index: e.Item - 1, Field: e.Field, Problem: e.Error}
	}
	return fmt.Errorf("POST %s: %s: %s", path, status, e.Error)
}

// ingester reads inputs, batches statements and reports progress and
// problems.
type ingester struct {
	e     *env
	sink  ingestSink
	batch int
	bar   *progressbar.ProgressBar
	start time.Time

	pending []extract.Statement
	where   []string // file:line of each pending statement

	files, failedFiles, articles int
	read, added, dups, rejected  int
}

func (in *ingester) run(ctx context.Context, inputs []input) error {
	for _, inp := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		in.files++
		var err error
		if inp.article {
			err = in.article(ctx, inp.path)
		} else {
			err = in.statements(ctx, inp.path)
		}
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, errFatal) {
				return err
			}
			in.failedFiles++
			in.report("%v", err)
		}
	}
	return in.flush(ctx)
}

// maxIngestArticleBytes bounds one article file read by ingest.
const maxIngestArticleBytes = 64 << 20

// errFatal marks an error that stops the whole ingest (the store failing).
var errFatal = errors.New("fatal")

func (in *ingester) open(path string) (io.Reader, func(), string, error) {
	return openInput(in.e.stdin, path, in.counting)
}

func (in *ingester) counting(r io.Reader) io.Reader {
	if in.bar == nil {
		return r
	}
	return io.TeeReader(r, in.bar)
}

func (in *ingester) statements(ctx context.Context, path string) error {
	r, closeFn, label, err := in.open(path)
	if err != nil {
		return err
	}
	defer closeFn()
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, rerr := readLine(br)
		if rerr != nil && !errors.Is(rerr, errEOF) {
			if errors.Is(rerr, errLineTooLong) {
				in.rejected++
				in.report("%s:%d: %v", label, n, rerr)
				continue
			}
			return fmt.Errorf("%s:%d: %w", label, n, rerr)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			in.read++
			st, err := parseStatementLine(line)
			if err != nil {
				in.rejected++
				in.report("%s:%d: %v", label, n, err)
			} else {
				in.pending = append(in.pending, st)
				in.where = append(in.where, label+":"+strconv.Itoa(n))
				if len(in.pending) >= in.batch {
					if err := in.flush(ctx); err != nil {
						return err
					}
				}
			}
		}
		if rerr != nil {
			return nil
		}
	}
}

// parseStatementLine decodes one JSON Lines statement with
// extract.DecodeStatement (unknown fields, a missing speaker or text and
// invalid UTF-8 refused). A missing field is reported as the pipeline
// reports it ("speaker: missing"); any other refusal as "invalid statement:"
// and encoding/json's words, or the problem.
func parseStatementLine(line []byte) (extract.Statement, error) {
	st, err := extract.DecodeStatement(line)
	if err == nil {
		return st, nil
	}
	var fe *extract.FieldError
	switch {
	case !errors.As(err, &fe):
	case fe.Reason == extract.ReasonMissingField:
		return st, fe
	case errors.Is(fe, extract.ErrMoreValues):
		return st, errors.New("invalid statement: data after the JSON object")
	case fe.Err != nil:
		return st, fmt.Errorf("invalid statement: %w", fe.Err)
	}
	return st, fmt.Errorf("invalid statement: %w", err)
}

// flush stores the pending statements. A statement the pipeline or server
// rejects is reported with its file:line and left out; the rest are retried.
func (in *ingester) flush(ctx context.Context) error {
	sts, where := in.pending, in.where
	in.pending, in.where = nil, nil
	return in.send(ctx, sts, where)
}

func (in *ingester) send(ctx context.Context, sts []extract.Statement, where []string) error {
	for len(sts) > 0 {
		added, dups, err := in.sink.add(ctx, sts)
		var inv *pipeline.InvalidError
		switch {
		case err == nil:
			in.added += added
			in.dups += dups
			return nil
		case errors.As(err, &inv) && inv.Index >= 0 && inv.Index < len(sts):
			in.rejected++
			in.report("%s: %s: %s", where[inv.Index], inv.Field, inv.Problem)
			sts = append(sts[:inv.Index:inv.Index], sts[inv.Index+1:]...)
			where = append(where[:inv.Index:inv.Index], where[inv.Index+1:]...)
		case errors.Is(err, errTooLarge) && len(sts) > 1:
			half := len(sts) / 2
			if err := in.send(ctx, sts[:half], where[:half]); err != nil {
				return err
			}
			sts, where = sts[half:], where[half:]
		case errors.Is(err, errTooLarge):
			in.rejected++
			in.report("%s: statement too large for the server", where[0])
			return nil
		default:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("storing the statements of %s to %s: %w", where[0], where[len(where)-1], err)
		}
	}
	return nil
}

func (in *ingester) article(ctx context.Context, path string) error {
	r, closeFn, label, err := in.open(path)
	if err != nil {
		return err
	}
	defer closeFn()
	data, err := readArticle(r, label, maxIngestArticleBytes)
	if err != nil {
		return err
	}
	ct := articleContentType(path)
	in.articles++
	added, dups, err := in.sink.addArticle(ctx, data, ct)
	if err != nil {
		var inv *pipeline.InvalidError
		if errors.As(err, &inv) {
			return fmt.Errorf("%s: %s: %s", label, inv.Field, inv.Problem)
		}
		if errors.Is(err, errTooLarge) {
			return fmt.Errorf("%s: article too large for the server", label)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%s: %w", label, err)
	}
	in.added += added
	in.dups += dups
	return nil
}

func (in *ingester) report(format string, args ...any) {
	if in.bar != nil {
		in.bar.Clear()
	}
	fmt.Fprintf(in.e.stderr, "tonetrack ingest: "+format+"\n", args...)
}

func (in *ingester) summary() {
	d := time.Since(in.start)
	rate := 0.0
	if d > 0 {
		rate = float64(in.added+in.dups) / d.Seconds()
	}
	fmt.Fprintf(in.e.stdout, "ingested %d files (%d articles): %d statement lines read, %d statements added, %d duplicates, %d rejected, %d files failed; %s (%.0f statements/s)\n",
		in.files, in.articles, in.read, in.added, in.dups, in.rejected, in.failedFiles, d.Round(time.Millisecond), rate)
}
