package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/tonetrack/tonetrack/tone"
)

// maxLineBytes bounds one input line of score, train and eval.
const maxLineBytes = 16 << 20

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte("\xef\xbb\xbf")

// errEOF marks the last line of an input.
var errEOF = io.EOF

// runScore scores each line of its inputs.
func runScore(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "jsonl", "output `FORMAT`: jsonl (one JSON object per input line) or table (for a person)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "score on `N` cores at once (the output keeps the input order)")
	analyzer := addAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack score [--format jsonl|table] [flags] [FILE...]\n\n"+
			"Scores each line of the FILEs (default, or \"-\": standard input). A line is a JSON object with a\n"+
			"\"text\" field, whose other fields pass through, or else plain text. Each gets \"scores\" and \"evidence\".\n"+
			"Blank lines are skipped. Compressed (gzip) files are read as they are.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	var out scoreWriter
	switch *format {
	case "jsonl":
		out = &jsonlWriter{w: bufio.NewWriterSize(e.stdout, 64<<10)}
	case "table":
		out = newTableWriter(e.stdout)
	default:
		return fmt.Errorf("score: --format %q: want jsonl or table", *format)
	}
	if *workers < 1 {
		return fmt.Errorf("score: --workers %d: want 1 or more", *workers)
	}
	// Building the analyzer allocates about 10 MB, most of it kept: a
	// collection on the way finds little garbage, and a one-line run
	// would pay for it. The collector is off until it is built, and stays
	// off when limitHeap sets a memory limit: the limit alone then starts
	// collections, when the heap nears it.
	gc := debug.SetGCPercent(-1)
	a, err := analyzer()
	if err != nil {
		debug.SetGCPercent(gc)
		return fmt.Errorf("score: %w", err)
	}
	if !limitHeap() {
		debug.SetGCPercent(gc)
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	p := startScorePipe(a, out, e.stderr, *workers)
	var ctxErr error
	for _, name := range files {
		if ctxErr = ctx.Err(); ctxErr != nil {
			break
		}
		if err := scoreFile(ctx, e, name, p); err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				ctxErr = err
				break
			}
			p.fail(err.Error())
		}
	}
	failed, err := p.close()
	if ctxErr != nil {
		return ctxErr
	}
	if err != nil {
		return fmt.Errorf("score: write: %w", err)
	}
	if failed {
		return errPartial
	}
	return nil
}

// scoreFile reads one input and submits its lines to p. The error is for
// the input as a whole (it cannot be opened or read).
func scoreFile(ctx context.Context, e *env, name string, p *scorePipe) error {
	var r io.Reader = e.stdin
	label := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, label = f, name
	}
	r, err := maybeGunzip(r)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p.broken() {
			return nil // the output failed; close reports it
		}
		line, rerr := readLine(br)
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if rerr != nil && !errors.Is(rerr, errEOF) {
			if errors.Is(rerr, errLineTooLong) {
				p.fail(fmt.Sprintf("%s:%d: %v", label, n, rerr))
				continue
			}
			return fmt.Errorf("%s:%d: %w", label, n, rerr)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			rec, err := parseScoreLine(line)
			if err != nil {
				p.fail(fmt.Sprintf("%s:%d: %v", label, n, err))
			} else {
				p.score(label, n, rec)
			}
		}
		if rerr != nil {
			return nil
		}
		// Let a reader of a pipe see results before the next input arrives.
		if br.Buffered() == 0 {
			p.flush()
		}
	}
}

// scorePipe scores lines on several goroutines and writes the results, and
// the problems, in input order.
type scorePipe struct {
	a       *tone.Analyzer
	jobs    chan *scoreJob // to the workers
	order   chan *scoreJob // to the writer, in input order
	workers sync.WaitGroup
	writer  chan struct{}         // closed when the writer is done
	failed  bool                  // set by the writer only
	werr    atomic.Pointer[error] // the first write error
}

// scoreJob is one thing to write: a scored line, a problem or a flush.
type scoreJob struct {
	file  string
	line  int
	rec   scoreLine
	res   tone.Result
	fail  string // a problem to report instead
	flush bool
	ready chan struct{} // closed once res is set
}

func startScorePipe(a *tone.Analyzer, out scoreWriter, stderr io.Writer, workers int) *scorePipe {
	p := &scorePipe{
		a:      a,
		jobs:   make(chan *scoreJob, 4*workers),
		order:  make(chan *scoreJob, 8*workers),
		writer: make(chan struct{}),
	}
	for range workers {
		p.workers.Add(1)
		go func() {
			defer p.workers.Done()
			for j := range p.jobs {
				j.res = p.a.Score(j.rec.text)
				close(j.ready)
			}
		}()
	}
	go func() {
		defer close(p.writer)
		var err error
		for j := range p.order {
			if j.ready != nil {
				<-j.ready
			}
			switch {
			case err != nil:
				// Drain: the output is gone.
			case j.fail != "":
				p.failed = true
				fmt.Fprintf(stderr, "tonetrack score: %s\n", j.fail)
			case j.flush:
				if len(p.order) == 0 {
					err = out.Flush()
				}
			default:
				err = out.Write(j.file, j.line, j.rec, j.res)
			}
			if err != nil {
				p.werr.CompareAndSwap(nil, &err)
			}
		}
		if err == nil {
			if err = out.Close(); err != nil {
				p.werr.CompareAndSwap(nil, &err)
			}
		}
	}()
	return p
}

// score queues a line for scoring and writing.
func (p *scorePipe) score(file string, line int, rec scoreLine) {
	j := &scoreJob{file: file, line: line, rec: rec, ready: make(chan struct{})}
	p.order <- j
	p.jobs <- j
}

// fail queues a problem to report on stderr, in its place.
func (p *scorePipe) fail(msg string) { p.order <- &scoreJob{fail: msg} }

// flush asks the writer to flush once it has caught up.
func (p *scorePipe) flush() { p.order <- &scoreJob{flush: true} }

// broken reports whether writing has failed.
func (p *scorePipe) broken() bool { return p.werr.Load() != nil }

// close waits for everything queued to be written and returns whether a
// problem was reported and the first write error.
func (p *scorePipe) close() (failed bool, err error) {
	close(p.jobs)
	close(p.order)
	p.workers.Wait()
	<-p.writer
	if v := p.werr.Load(); v != nil {
		err = *v
	}
	return p.failed, err
}

// field is one member of an input JSON object, in input order.
type field struct {
	key string
	raw json.RawMessage
}

// scoreLine is one input line: its text and the fields to pass through.
type scoreLine struct {
	text   string
	fields []field
}

// parseScoreLine reads a JSON object with a string "text" field, keeping
// its fields in order, or, when the line does not start with "{", takes the
// line as plain text.
func parseScoreLine(line []byte) (scoreLine, error) {
	trim := bytes.TrimSpace(line)
	if trim[0] != '{' {
		if !utf8.Valid(line) {
			return scoreLine{}, errors.New("not valid UTF-8")
		}
		t := string(bytes.TrimRight(line, " \t\r"))
		raw, err := json.Marshal(t)
		if err != nil {
			return scoreLine{}, err
		}
		return scoreLine{text: t, fields: []field{{"text", raw}}}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(trim))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return scoreLine{}, fmt.Errorf("invalid JSON: %w", err)
	}
	var rec scoreLine
	hasText := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return scoreLine{}, fmt.Errorf("invalid JSON: %w", err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return scoreLine{}, fmt.Errorf("invalid JSON in field %q: %w", key, err)
		}
		if key == "text" {
			if err := json.Unmarshal(raw, &rec.text); err != nil || string(raw) == "null" {
				return scoreLine{}, fmt.Errorf(`field "text": not a string`)
			}
			hasText = true
		}
		if key == "scores" || key == "evidence" {
			continue // replaced by this run's
		}
		rec.fields = append(rec.fields, field{key, raw})
	}
	if _, err := dec.Token(); err != nil {
		return scoreLine{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return scoreLine{}, errors.New("invalid JSON: data after the object")
	}
	if !hasText {
		return scoreLine{}, errors.New(`no "text" field`)
	}
	return rec, nil
}

// scoreWriter writes scored lines in one output format.
type scoreWriter interface {
	Write(file string, line int, rec scoreLine, res tone.Result) error
	Flush() error
	Close() error
}

type jsonlWriter struct {
	w *bufio.Writer
}

func (j *jsonlWriter) Write(_ string, _ int, rec scoreLine, res tone.Result) error {
	scores, err := json.Marshal(res.Scores)
	if err != nil {
		return err
	}
	evidence := []byte("{}")
	if !res.Evidence.IsZero() {
		if evidence, err = json.Marshal(res.Evidence); err != nil {
			return err
		}
	}
	j.w.WriteByte('{')
	for _, f := range rec.fields {
		k, _ := json.Marshal(f.key)
		j.w.Write(k)
		j.w.WriteByte(':')
		j.w.Write(f.raw)
		j.w.WriteByte(',')
	}
	j.w.WriteString(`"scores":`)
	j.w.Write(scores)
	j.w.WriteString(`,"evidence":`)
	j.w.Write(evidence)
	_, err = j.w.WriteString("}\n")
	return err
}

func (j *jsonlWriter) Flush() error { return j.w.Flush() }
func (j *jsonlWriter) Close() error { return j.w.Flush() }

// tableWriter prints an aligned table; it writes when closed, once the
// column widths are known.
type tableWriter struct {
	tw *tabwriter.Writer
}

// tableDims are the columns of the table, in order.
var tableDims = []string{tone.DimBayes, tone.DimValence, tone.DimHostility, tone.DimCooperation, tone.DimIntensity, tone.DimGoldstein}

func newTableWriter(w io.Writer) *tableWriter {
	t := &tableWriter{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	fmt.Fprint(t.tw, "LINE\t")
	for _, d := range tableDims {
		fmt.Fprintf(t.tw, "%11s\t", strings.ToUpper(d))
	}
	fmt.Fprint(t.tw, "TEXT\n")
	return t
}

func (t *tableWriter) Write(file string, line int, rec scoreLine, res tone.Result) error {
	loc := fmt.Sprint(line)
	if file != "<stdin>" {
		loc = fmt.Sprintf("%s:%d", file, line)
	}
	fmt.Fprintf(t.tw, "%s\t", loc)
	for _, d := range tableDims {
		v, _ := res.Scores.Get(d)
		fmt.Fprintf(t.tw, "%11.3f\t", v)
	}
	_, err := fmt.Fprintf(t.tw, "%s\n", clip(rec.text, 70))
	return err
}

func (t *tableWriter) Flush() error { return nil }
func (t *tableWriter) Close() error { return t.tw.Flush() }

// clip shortens s to at most n runes on one line, marking a cut with "…".
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// errLineTooLong is returned by readLine for a line over maxLineBytes; the
// rest of that line is skipped.
var errLineTooLong = fmt.Errorf("line longer than %d bytes", maxLineBytes)

// readLine returns the next line without its line ending. At the end of
// the input it returns the last (possibly empty) line and errEOF.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > maxLineBytes {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong && err == nil {
			return nil, errLineTooLong
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if err != nil {
			if tooLong {
				return nil, errLineTooLong // the next call reports the end
			}
			return line, err
		}
		return line, nil
	}
}

// maybeGunzip returns a reader that decompresses r when it starts with the
// gzip magic bytes, and r as it is otherwise.
func maybeGunzip(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, err := br.Peek(2)
	if err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, nil
	}
	return br, nil
}

// scoreHeapHeadroom is how far score lets its heap grow past what the
// loaded models take.
const scoreHeapHeadroom = 6 << 20

// limitHeap sets a soft memory limit of the heap the models take plus
// scoreHeapHeadroom, unless GOMEMLIMIT says otherwise: score streams, so
// its working set is small, and without a limit the collector lets garbage
// grow to twice the live heap. The limit is soft: a bigger text still
// gets the memory it needs. It forces no collection (2-4 ms of a one-line
// run): the garbage of start-up goes at the first one, and the peak RSS
// over the 25,000 IMDB test reviews stays at 33 MiB. It reports whether it
// set a limit.
func limitHeap() bool {
	if os.Getenv("GOMEMLIMIT") != "" {
		return false
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	debug.SetMemoryLimit(int64(ms.Sys-ms.HeapReleased) + scoreHeapHeadroom)
	return true
}
