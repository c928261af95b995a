package tone

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// go generate runs the files of tone in name order: this one before
// rhetoric_model.go, so that tonetrack fit is built with the fresh
// compiled lexicons. gen_lexicon.go builds tone, which embeds the compiled
// files: they must exist (any content) for it to run.
//
//go:generate go run gen_lexicon.go lexicon/news.yaml lexicon/rhetoric.yaml

// The embedded YAML lexicons are read at start-up in a compiled form that
// gen_lexicon.go writes from them (go generate): the parsed lexicon, line
// by line, so that start-up needs no YAML parser (go-yaml took about a
// third of a one-line score run). TestCompiledLexicons checks that each
// compiled file is exactly what parsing its YAML gives.
//
// The format, one record a line, fields separated by tabs, after a header
// of # comments:
//
//	N <name>                                   the lexicon's name (its YAML path)
//	D <line> <scale> <dimension> <description> a dimension (description quoted as Go does)
//	T <line> <weight> <phrase>                 a term of the dimension above
//	M <modifier list> <line> <weight> <phrase> a modifier
//
// Lines are those of the YAML file, so errors that name a term still point
// into it; weights are written in the shortest form that reads back to the
// same float64.

// compiledHeader starts every compiled lexicon file.
const compiledHeader = "# tonetrack compiled lexicon, version 1"

// CompileLexicon parses the YAML lexicon data (as ParseLexicon does, under
// name) and returns its compiled form, the one the embedded lexicons are
// read from at start-up. It is what go generate runs (gen_lexicon.go).
func CompileLexicon(name string, data []byte) ([]byte, error) {
	l, err := ParseLexicon(name, data)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s. Generated from %s by `go generate ./tone`\n", compiledHeader, name)
	b.WriteString("# (gen_lexicon.go): do not edit; edit the YAML and regenerate.\n")
	if err := compiledField(name, "name", name); err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, "N\t%s\n", name)
	w := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for _, d := range l.dims {
		if err := compiledField(name, "dimension", d.name); err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "D\t%d\t%s\t%s\t%s\n", d.line, d.scale, d.name, strconv.Quote(d.desc))
		for _, t := range d.terms {
			if err := compiledField(name, "term", t.phrase); err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, "T\t%d\t%s\t%s\n", t.line, w(t.weight), t.phrase)
		}
	}
	for _, m := range l.mods {
		if err := compiledField(name, "modifier", m.phrase); err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "M\t%s\t%d\t%s\t%s\n", modNames[m.kind], m.line, w(m.weight), m.phrase)
	}
	return b.Bytes(), nil
}

// compiledField rejects a value the line format cannot hold.
func compiledField(name, what, v string) error {
	if v == "" || strings.ContainsAny(v, "\t\n\r") {
		return fmt.Errorf("%w: %s: %s %q cannot be compiled (empty, or a tab or line break in it)", ErrLexicon, name, what, v)
	}
	return nil
}

// modByName maps a modifier list's name to its kind.
var modByName = func() map[string]modKind {
	m := make(map[string]modKind, len(modNames))
	for k, n := range modNames {
		m[n] = k
	}
	return m
}()

// parseCompiled reads a lexicon compiled by CompileLexicon. file names the
// compiled file in errors; the lexicon takes the name recorded in it.
func parseCompiled(file, data string) (*Lexicon, error) {
	bad := func(ln int, format string, args ...any) error {
		return fmt.Errorf("%w: %s:%d: %s", ErrLexicon, file, ln, fmt.Sprintf(format, args...))
	}
	if !strings.HasPrefix(data, compiledHeader) {
		return nil, bad(1, "not a compiled lexicon (want %q)", compiledHeader)
	}
	l := &Lexicon{}
	hasName := false
	// Phrases and names are slices of data: no copy.
	for ln, s := range textLines(data) {
		if s == "" || s[0] == '#' {
			continue
		}
		tag, s, _ := strings.Cut(s, "\t")
		if tag == "N" {
			if hasName || s == "" {
				return nil, bad(ln, "a second or empty name")
			}
			l.name, hasName = s, true
			continue
		}
		want := 0
		switch tag {
		case "T":
			want = 3
		case "D", "M":
			want = 4
		default:
			return nil, bad(ln, "unknown record %q", tag)
		}
		// The last field may hold anything but a line break.
		var f [4]string
		n := 0
		for ; n < want && s != ""; n++ {
			if n == want-1 {
				f[n], s = s, ""
			} else {
				f[n], s, _ = strings.Cut(s, "\t")
			}
		}
		if n != want {
			return nil, bad(ln, "record %s: want %d fields, have %d", tag, want, n)
		}
		switch tag {
		case "D":
			line, err := strconv.Atoi(f[0])
			if err != nil {
				return nil, bad(ln, "dimension line %q: %v", f[0], err)
			}
			desc, err := strconv.Unquote(f[3])
			if err != nil {
				return nil, bad(ln, "dimension description %s: %v", f[3], err)
			}
			l.dims = append(l.dims, lexDim{name: f[2], desc: desc, scale: Scale(f[1]), line: line})
		case "T", "M":
			var kind modKind
			if tag == "M" {
				k, ok := modByName[f[0]]
				if !ok {
					return nil, bad(ln, "unknown modifier list %q", f[0])
				}
				kind = k
				f[0], f[1], f[2] = f[1], f[2], f[3]
			}
			line, err := strconv.Atoi(f[0])
			if err != nil {
				return nil, bad(ln, "term line %q: %v", f[0], err)
			}
			w, err := parseNumber(f[1])
			if err != nil {
				return nil, bad(ln, "weight %q: %v", f[1], err)
			}
			if tag == "M" {
				l.mods = append(l.mods, lexMod{kind: kind, phrase: f[2], weight: w, line: line})
				continue
			}
			if len(l.dims) == 0 {
				return nil, bad(ln, "a term before any dimension")
			}
			d := &l.dims[len(l.dims)-1]
			d.terms = append(d.terms, lexTerm{phrase: f[2], weight: w, line: line})
		}
	}
	if !hasName {
		return nil, bad(1, "no name record")
	}
	return l, nil
}
