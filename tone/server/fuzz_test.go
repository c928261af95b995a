package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseStatements checks the body parser's invariants on any input: no
// panic; either statements, each with a speaker and a text and a line inside
// the body, or one error with a reason and, when it names a line, a line
// inside the body.
func FuzzParseStatements(f *testing.F) {
	for _, dir := range []string{"testdata", filepath.Join("testdata", "bad")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json*"))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(`[{"speaker":"A","text":"x"}]`))
	f.Add([]byte("\uFEFF{\"speaker\":\"A\",\"text\":\"x\"}\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		items, _, bad := parseStatements(data, 1<<10)
		if bad != nil {
			if bad.Error() == "" || bad.Reason == "" {
				t.Fatalf("parseStatements(%q): error without a message or reason: %+v", data, bad)
			}
			if bad.Line < 0 || bad.Line > lines {
				t.Fatalf("parseStatements(%q): error at line %d of %d", data, bad.Line, lines)
			}
			if items != nil {
				t.Fatalf("parseStatements(%q): statements and an error", data)
			}
			return
		}
		if len(items) == 0 {
			t.Fatalf("parseStatements(%q): no statements and no error", data)
		}
		for _, it := range items {
			if strings.TrimSpace(it.st.Speaker) == "" || strings.TrimSpace(it.st.Text) == "" {
				t.Fatalf("parseStatements(%q): statement without speaker or text: %+v", data, it.st)
			}
			if it.line < 1 || it.line > lines {
				t.Fatalf("parseStatements(%q): statement at line %d of %d", data, it.line, lines)
			}
		}
	})
}
