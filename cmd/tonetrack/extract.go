package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tonetrack/tonetrack/tone"
	"github.com/tonetrack/tonetrack/tone/extract"
)

// maxArticleBytes bounds one article read by extract.
const maxArticleBytes = 32 << 20

// runExtract turns each article into attributed, scored statements, written
// as JSON Lines.
func runExtract(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	extractor := addExtractorFlags(fs)
	format := fs.String("type", "", "article `TYPE` for every input: json, html or text (default: from the file extension, else sniffed)")
	analyzer := addAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack extract [--aliases FILE] [flags] [FILE...]\n\n"+
			"Reads each FILE (default, or \"-\": standard input) as one article - JSON {\"text\",\"title\",\"url\",\n"+
			"\"published\",\"source\"}, an HTML page, or plain text with the title on the first line - and writes\n"+
			"its statements as JSON Lines: id, speaker, text, kind, via, title, url, time, source, scores, evidence.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctype := ""
	switch *format {
	case "":
	case "json":
		ctype = "application/json"
	case "html":
		ctype = "text/html"
	case "text", "txt":
		ctype = "text/plain"
	default:
		return fmt.Errorf("extract: --type %q: want json, html or text", *format)
	}
	an, err := analyzer()
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	x, err := extractor(an)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := false
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := readArticleFile(e, name, ctype)
		if err != nil {
			fmt.Fprintf(e.stderr, "tonetrack extract: %v\n", err)
			failed = true
			continue
		}
		for _, st := range x.Extract(a) {
			if err := enc.Encode(newOutStatement(st)); err != nil {
				return fmt.Errorf("extract: write: %w", err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("extract: write: %w", err)
	}
	if failed {
		return errPartial
	}
	return nil
}

// addExtractorFlags defines the flags that choose how articles are read
// (--aliases, --no-default-aliases) on fs and returns a function, to call
// after fs.Parse, that builds the Extractor they describe around an analyzer.
// Commands that take articles (extract, and serve or ingest when they want
// the same aliases) share it.
func addExtractorFlags(fs *flag.FlagSet) func(an *tone.Analyzer) (*extract.Extractor, error) {
	aliasFile := fs.String("aliases", "", "YAML alias `FILE` (canonical name -> aliases, titles, roles), laid over the built-in aliases")
	noDefault := fs.Bool("no-default-aliases", false, "do not use the built-in aliases of well-known leaders and outlets")
	return func(an *tone.Analyzer) (*extract.Extractor, error) {
		opts := extract.Options{Analyzer: an, NoDefaultAliases: *noDefault}
		if *aliasFile != "" {
			f, err := os.Open(*aliasFile)
			if err != nil {
				return nil, fmt.Errorf("--aliases: %w", err)
			}
			al, err := extract.ParseAliases(f, *aliasFile)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("--aliases: %w", err)
			}
			opts.Aliases = al
		}
		return extract.New(opts)
	}
}

// readArticleFile reads and parses one article; "-" is standard input.
func readArticleFile(e *env, name, ctype string) (extract.Article, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
		name = "standard input"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return extract.Article{}, err
		}
		defer f.Close()
		r = f
		if ctype == "" {
			switch strings.ToLower(filepath.Ext(name)) {
			case ".json":
				ctype = "application/json"
			case ".html", ".htm", ".xhtml":
				ctype = "text/html"
			case ".txt", ".text":
				ctype = "text/plain"
			}
		}
	}
	data, err := io.ReadAll(io.LimitReader(r, maxArticleBytes+1))
	if err != nil {
		return extract.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxArticleBytes {
		return extract.Article{}, fmt.Errorf("%s: article larger than %d bytes", name, maxArticleBytes)
	}
	a, err := extract.ParseArticle(data, ctype)
	if err != nil {
		return extract.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// outStatement is a statement as extract writes it: "time" is left out when
// the article did not say when it was published.
type outStatement struct {
	extract.Statement
	Time *time.Time `json:"time,omitempty"`
}

func newOutStatement(st extract.Statement) outStatement {
	o := outStatement{Statement: st}
	if !st.Time.IsZero() {
		t := st.Time
		o.Time = &t
	}
	return o
}
