package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// openInput opens path ("-" is stdin) for ingest and publish, gunzipping it
// when it starts with gzip's magic bytes. wrap, when not nil, sees the raw
// bytes (a progress bar counts them). It returns the reader, a close
// function and the label to name the input by in messages.
func openInput(stdin io.Reader, path string, wrap func(io.Reader) io.Reader) (io.Reader, func(), string, error) {
	if wrap == nil {
		wrap = func(r io.Reader) io.Reader { return r }
	}
	if path == "-" {
		r, err := maybeGunzip(wrap(stdin))
		if err != nil {
			return nil, nil, "<stdin>", fmt.Errorf("<stdin>: %w", err)
		}
		return r, func() {}, "<stdin>", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, path, err
	}
	r, err := maybeGunzip(wrap(f))
	if err != nil {
		f.Close()
		return nil, nil, path, fmt.Errorf("%s: %w", path, err)
	}
	return r, func() { f.Close() }, path, nil
}

// readArticle reads a whole article from r, refusing one over limit bytes
// rather than cutting it short.
func readArticle(r io.Reader, label string, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: article larger than %d bytes", label, limit)
	}
	return data, nil
}

// articleContentType is the media type of an article file by its extension
// (a .gz suffix aside); "" lets the reader sniff it.
func articleContentType(path string) string {
	switch filepath.Ext(strings.ToLower(strings.TrimSuffix(path, ".gz"))) {
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".html", ".htm":
		return "text/html"
	case ".json":
		return "application/json"
	}
	return ""
}
