package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadArticleRefusesOversized(t *testing.T) {
	if _, err := readArticle(strings.NewReader("12345"), "a.txt", 4); err == nil || !strings.Contains(err.Error(), "a.txt: article larger than 4 bytes") {
		t.Errorf("readArticle(5 bytes, limit 4) error = %v; want it named and refused", err)
	}
	data, err := readArticle(strings.NewReader("1234"), "a.txt", 4)
	if err != nil || string(data) != "1234" {
		t.Errorf("readArticle(4 bytes, limit 4) = %q, %v; want the whole text", data, err)
	}
}

func TestOpenInputGunzips(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("{\"speaker\":\"A\",\"text\":\"b\"}\n"))
	zw.Close()
	path := filepath.Join(t.TempDir(), "s.jsonl.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path string }{{"file", path}, {"stdin", "-"}} {
		t.Run(tc.name, func(t *testing.T) {
			r, closeFn, _, err := openInput(bytes.NewReader(buf.Bytes()), tc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer closeFn()
			got, _ := io.ReadAll(r)
			if !strings.Contains(string(got), `"speaker":"A"`) {
				t.Errorf("openInput(%s) read %q; want the gunzipped line", tc.path, got)
			}
		})
	}
	if _, _, label, err := openInput(nil, filepath.Join(t.TempDir(), "missing"), nil); err == nil {
		t.Errorf("openInput(missing file %s) = nil error", label)
	}
}

func TestArticleContentType(t *testing.T) {
	for path, want := range map[string]string{"a.TXT": "text/plain; charset=utf-8", "b.html.gz": "text/html", "c.htm": "text/html", "d.json": "application/json", "e.md": ""} {
		if got := articleContentType(path); got != want {
			t.Errorf("articleContentType(%q) = %q; want %q", path, got, want)
		}
	}
}
