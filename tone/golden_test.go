package tone

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

// update rewrites the golden outputs in testdata from what the code does now:
// go test ./tone/ -run Golden -update, then review the diff.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// goldenCase is one {name, input, output} case of a golden file.
type goldenCase[T any] struct {
	Name   string `json:"name"`
	Input  string `json:"input"`
	Output T      `json:"output"`
}

// readGolden reads the cases of a golden file in testdata.
func readGolden[T any](tb testing.TB, path string) []goldenCase[T] {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var cases []goldenCase[T]
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cases); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return cases
}

// writeGolden rewrites a golden file with the given cases.
func writeGolden[T any](tb testing.TB, path string, cases []goldenCase[T]) {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(cases); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}
