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
	analyzer := addAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack score [--format jsonl|table] [flags] [FILE...]\n\n"+
			"Scores each line of the FILEs (default, or \"-\": standard input). A line is a JSON object with a\n"+
			"\"text\" field, whose other fields pass through, or else plain text. Each gets \"scores\" and \"evidence\".\n"+
			"Files ending in .gz are decompressed.\n\n")
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
	a, err := analyzer()
	if err != nil {
		return fmt.Errorf("score: %w", err)
	}
	limitHeap()
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	failed := false
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		bad, err := scoreFile(ctx, e, a, name, out)
		if err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return err
			}
			fmt.Fprintf(e.stderr, "tonetrack score: %v\n", err)
			failed = true
		}
		failed = failed || bad
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("score: write: %w", err)
	}
	if failed {
		return errPartial
	}
	return nil
}

// scoreFile scores one input. It reports bad lines on stderr and returns
// whether there were any; the error is for the input as a whole.
func scoreFile(ctx context.Context, e *env, a *tone.Analyzer, name string, out scoreWriter) (bad bool, err error) {
	var r io.Reader = e.stdin
	label := "<stdin>"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return false, err
		}
		defer f.Close()
		r, label = f, name
	}
	r, err = maybeGunzip(r)
	if err != nil {
		return false, fmt.Errorf("%s: %w", label, err)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return bad, err
		}
		line, rerr := readLine(br)
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if rerr != nil && !errors.Is(rerr, errEOF) {
			if errors.Is(rerr, errLineTooLong) {
				fmt.Fprintf(e.stderr, "tonetrack score: %s:%d: %v\n", label, n, rerr)
				bad = true
				continue
			}
			return bad, fmt.Errorf("%s:%d: %w", label, n, rerr)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			rec, err := parseScoreLine(line)
			if err != nil {
				fmt.Fprintf(e.stderr, "tonetrack score: %s:%d: %v\n", label, n, err)
				bad = true
			} else {
				res := a.Score(rec.text)
				if err := out.Write(label, n, rec, res); err != nil {
					return bad, fmt.Errorf("write: %w", err)
				}
			}
		}
		if rerr != nil {
			return bad, nil
		}
		// Let a reader of a pipe see results before the next input arrives.
		if br.Buffered() == 0 {
			if err := out.Flush(); err != nil {
				return bad, fmt.Errorf("write: %w", err)
			}
		}
	}
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
	ev := res.Evidence
	if ev == nil {
		ev = tone.Evidence{}
	}
	evidence, err := json.Marshal(ev)
	if err != nil {
		return err
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
// gets the memory it needs.
func limitHeap() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	debug.SetMemoryLimit(int64(ms.Sys-ms.HeapReleased) + scoreHeapHeadroom)
}
