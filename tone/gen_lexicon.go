//go:build ignore

// gen_lexicon compiles the embedded YAML lexicons named on its command
// line (paths relative to tone/) into FILE.ttlex beside each, the form
// tone reads at start-up. It runs with go generate ./tone; CI regenerates
// the files and fails on any difference.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/tonetrack/tonetrack/tone"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen_lexicon.go LEXICON.yaml...")
		os.Exit(2)
	}
	for _, in := range os.Args[1:] {
		if err := compile(in); err != nil {
			fmt.Fprintf(os.Stderr, "gen_lexicon: %v\n", err)
			os.Exit(1)
		}
	}
}

func compile(in string) error {
	if !strings.HasSuffix(in, ".yaml") {
		return fmt.Errorf("%s: want a .yaml file", in)
	}
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	out, err := tone.CompileLexicon(in, data)
	if err != nil {
		return err
	}
	return os.WriteFile(strings.TrimSuffix(in, ".yaml")+".ttlex", out, 0o644)
}
