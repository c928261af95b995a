package tone

import (
	"bytes"
	"errors"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
)

// sameLexicon reports whether a and b are equal field by field, weights
// compared bit for bit (reflect.DeepEqual takes -0 for 0).
func sameLexicon(t *testing.T, a, b *Lexicon) bool {
	t.Helper()
	if !reflect.DeepEqual(a, b) {
		return false
	}
	for i, d := range a.dims {
		for j, tm := range d.terms {
			if math.Float64bits(tm.weight) != math.Float64bits(b.dims[i].terms[j].weight) {
				return false
			}
		}
	}
	for i, m := range a.mods {
		if math.Float64bits(m.weight) != math.Float64bits(b.mods[i].weight) {
			return false
		}
	}
	return true
}

// TestCompiledLexicons checks that each embedded compiled lexicon is
// byte for byte what CompileLexicon makes of its YAML file today (a stale
// file fails: run go generate ./tone), and that reading it gives exactly
// the lexicon ParseLexicon makes of the YAML, the one DefaultLexicons
// returns.
func TestCompiledLexicons(t *testing.T) {
	def, err := DefaultLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct{ yaml, compiled, embedded string }{
		{"lexicon/news.yaml", "lexicon/news.ttlex", newsCompiled},
		{"lexicon/rhetoric.yaml", "lexicon/rhetoric.ttlex", rhetoricCompiled},
	} {
		data, err := os.ReadFile(c.yaml)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ParseLexicon(c.yaml, data)
		if err != nil {
			t.Fatal(err)
		}
		comp, err := CompileLexicon(c.yaml, data)
		if err != nil {
			t.Fatal(err)
		}
		if string(comp) != c.embedded {
			t.Errorf("%s is stale: it differs from what %s compiles to; run go generate ./tone", c.compiled, c.yaml)
		}
		got, err := parseCompiled(c.compiled, string(comp))
		if err != nil {
			t.Fatal(err)
		}
		if !sameLexicon(t, got, want) {
			t.Errorf("%s read back differs from %s parsed", c.compiled, c.yaml)
		}
		if d := def[i+1]; !sameLexicon(t, d, want) {
			t.Errorf("DefaultLexicons()[%d] (%s) differs from %s parsed", i+1, d.Name(), c.yaml)
		}
	}
}

// TestCompileLexiconRoundTrip compiles a user lexicon with a new
// dimension, a dimension without a scale and every modifier list, and
// reads it back.
func TestCompileLexiconRoundTrip(t *testing.T) {
	src := []byte(`dimensions:
  hostility:
    terms:
      "scorched earth": 3.5
      "punish ... severely": -0
      "Café": 1e-3
  sanctions_talk:
    scale: unipolar
    description: "talk of \"sanctions\"\tand embargoes"
    terms:
      sanction: 2
modifiers:
  negators: ["no way"]
  pseudo_negations: ["not merely"]
  intensifiers: {mightily: 0.4}
  hedges: {conceivably: 0.6}
  contrast: [but]
  background: {after: 0.5}
  reversals: [rescind]
  frames: {demanded: 0.2}
`)
	for _, f := range []string{"testdata/lexicon/valid-user.yaml", "inline"} {
		data := src
		if f != "inline" {
			var err error
			if data, err = os.ReadFile(f); err != nil {
				t.Fatal(err)
			}
		}
		want, err := ParseLexicon(f, data)
		if err != nil {
			t.Fatal(err)
		}
		comp, err := CompileLexicon(f, data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseCompiled(f+".ttlex", string(comp))
		if err != nil {
			t.Fatal(err)
		}
		if !sameLexicon(t, got, want) {
			t.Errorf("%s: compiled and read back:\n%+v\nparsed:\n%+v", f, got, want)
		}
		if len(want.mods) == 0 || len(want.dims) == 0 {
			t.Errorf("%s: parsed no modifiers or no dimensions", f)
		}
	}
	if _, err := CompileLexicon("bad.yaml", []byte("dimensions: [")); !errors.Is(err, ErrLexicon) {
		t.Errorf("CompileLexicon of bad YAML: err %v, want ErrLexicon", err)
	}
}

// TestParseCompiledErrors checks that a damaged compiled file is an error
// naming the file and line.
func TestParseCompiledErrors(t *testing.T) {
	good, err := CompileLexicon("x.yaml", []byte("dimensions:\n  hostility:\n    terms:\n      threat: 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(good), "\n")
	n := len(lines) - 2 // the term, before the final empty line
	if !strings.HasPrefix(lines[n], "T\t") {
		t.Fatalf("line %d: %q, want a term", n+1, lines[n])
	}
	for _, c := range []struct{ name, data, want string }{
		{"no header", "N\tx\n", "x.ttlex:1: not a compiled lexicon"},
		{"bad weight", strings.Replace(string(good), "\t2\tthreat", "\tzwei\tthreat", 1), "weight \"zwei\""},
		{"missing phrase", strings.Replace(string(good), "\t2\tthreat", "\t2", 1), "record T: want 3 fields, have 2"},
		{"unknown record", string(good) + "X\t1\n", "unknown record \"X\""},
		{"unknown modifier", string(good) + "M\tboosters\t3\t0\tvery\n", "unknown modifier list \"boosters\""},
		{"no name", strings.Replace(string(good), "N\tx.yaml\n", "", 1), "no name record"},
		{"orphan term", strings.Replace(string(good), lines[n-1]+"\n", "", 1), "a term before any dimension"},
	} {
		_, err := parseCompiled("x.ttlex", c.data)
		if !errors.Is(err, ErrLexicon) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want one containing %q", c.name, err, c.want)
		}
	}
	if l, err := parseCompiled("x.ttlex", string(good)); err != nil || l.Terms() != 1 || !bytes.Contains(good, []byte("T\t4\t2\tthreat")) {
		t.Errorf("good file: %v, %v", l, err)
	}
}
