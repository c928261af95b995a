package tone

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed lexicon/vader.tsv
var lexiconFS embed.FS

// The embedded YAML lexicons, compiled by go generate (lexicon_compiled.go).
var (
	//go:embed lexicon/news.ttlex
	newsCompiled string
	//go:embed lexicon/rhetoric.ttlex
	rhetoricCompiled string
)

// Scale tells the range of a lexicon dimension.
type Scale string

// Scales of a dimension.
const (
	// Bipolar dimensions run from -1 to 1 (like valence); terms carry a
	// sign and negation flips them.
	Bipolar Scale = "bipolar"
	// Unipolar dimensions run from 0 to 1 (like hostility); negation
	// cancels a term.
	Unipolar Scale = "unipolar"
)

// MaxWeight bounds the absolute weight of a lexicon term (VADER's -4..4
// scale, with a little room).
const MaxWeight = 5

// maxGap is how many tokens a "a ... b" phrase may skip.
const maxGap = 8

// ErrLexicon is wrapped by every error ParseLexicon and New return for a bad
// lexicon file.
var ErrLexicon = errors.New("invalid lexicon")

// Lexicon is one parsed lexicon file: dimensions with their terms, and
// modifiers (negators, intensifiers, hedges, contrast and background
// words). Build one with ParseLexicon and pass it in Options.Lexicons.
type Lexicon struct {
	name string
	dims []lexDim
	mods []lexMod
}

type lexDim struct {
	name, desc string
	scale      Scale
	line       int
	terms      []lexTerm
}

type lexTerm struct {
	phrase string
	weight float64
	line   int
}

type modKind uint8

const (
	modNone modKind = iota
	modNegator
	modPseudo
	modIntensifier
	modHedge
	modContrast
	modBackground
	modReversal
	modFrame
)

var modNames = map[modKind]string{
	modNegator: "negators", modPseudo: "pseudo_negations", modIntensifier: "intensifiers",
	modHedge: "hedges", modContrast: "contrast", modBackground: "background",
	modReversal: "reversals", modFrame: "frames",
}

type lexMod struct {
	kind   modKind
	phrase string
	weight float64
	line   int
}

// Name returns the name the lexicon was parsed under (its file name).
func (l *Lexicon) Name() string { return l.name }

// Dimensions returns the names of the dimensions the lexicon defines or adds
// terms to, in file order.
func (l *Lexicon) Dimensions() []string {
	out := make([]string, len(l.dims))
	for i, d := range l.dims {
		out[i] = d.name
	}
	return out
}

// Terms returns how many terms the lexicon holds over all dimensions.
func (l *Lexicon) Terms() int {
	n := 0
	for _, d := range l.dims {
		n += len(d.terms)
	}
	return n
}

// lexFile is the YAML layout of a lexicon file.
type lexFile struct {
	// Dimensions is read as a node, for the lines of its keys; its
	// entries are checked key by key (see dimKeys).
	Dimensions yaml.Node   `yaml:"dimensions"`
	Modifiers  *lexModFile `yaml:"modifiers"`
}

type lexDimFile struct {
	Scale       Scale     `yaml:"scale"`
	Description string    `yaml:"description"`
	Terms       yaml.Node `yaml:"terms"`
}

type lexModFile struct {
	Negators        yaml.Node `yaml:"negators"`
	PseudoNegations yaml.Node `yaml:"pseudo_negations"`
	Intensifiers    yaml.Node `yaml:"intensifiers"`
	Hedges          yaml.Node `yaml:"hedges"`
	Contrast        yaml.Node `yaml:"contrast"`
	Background      yaml.Node `yaml:"background"`
	Reversals       yaml.Node `yaml:"reversals"`
	Frames          yaml.Node `yaml:"frames"`
}

var (
	dimNameRE  = regexp.MustCompile(`^[a-z][a-z0-9_]{0,39}$`)
	yamlLineRE = regexp.MustCompile(`^line (\d+): (.*)$`)
	unknownRE  = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
)

// dimKeys are the keys a dimension may have (the yaml tags of lexDimFile).
var dimKeys = map[string]bool{"scale": true, "description": true, "terms": true}

// reserved dimension names are computed, not read from lexicons.
var reserved = map[string]bool{DimBayes: true, DimGoldstein: true}

// builtinScale is the fixed scale of the built-in lexicon dimensions.
var builtinScale = map[string]Scale{
	DimValence: Bipolar, DimHostility: Unipolar, DimCooperation: Unipolar, DimIntensity: Unipolar,
}

// ParseLexicon parses a lexicon file in YAML. name (usually the file path)
// prefixes every error, with the line at fault:
//
//	dimensions:
//	  hostility:            # a built-in dimension: add or override terms
//	    terms:
//	      "scorched earth": 3
//	  sanctions_talk:       # a new dimension: scale is required
//	    scale: unipolar     # unipolar 0..1 or bipolar -1..1
//	    description: talk of sanctions
//	    terms:
//	      sanction: 2
//	      "asset freeze": 2.5
//	modifiers:
//	  negators: ["no way"]
//	  intensifiers: {mightily: 0.4}
//
// Term weights are numbers in -5..5; a phrase "a ... b" matches b up to six
// words after a. Unknown keys, bad weights and terms listed twice in one
// dimension are errors.
func ParseLexicon(name string, data []byte) (*Lexicon, error) {
	var f lexFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: %s: empty file", ErrLexicon, name)
		}
		return nil, yamlError(name, err)
	}
	dm := &f.Dimensions
	if dm.Kind != 0 && dm.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: %s:%d: dimensions: want a mapping of name: {scale, description, terms}", ErrLexicon, name, dm.Line)
	}
	if len(dm.Content) == 0 && f.Modifiers == nil {
		return nil, fmt.Errorf("%w: %s: no dimensions and no modifiers", ErrLexicon, name)
	}
	l := &Lexicon{name: name}
	dimSeen := map[string]int{}
	for j := 0; j+1 < len(dm.Content); j += 2 {
		kn, vn := dm.Content[j], dm.Content[j+1]
		dn, line := kn.Value, kn.Line
		if prev, dup := dimSeen[dn]; dup {
			return nil, fmt.Errorf("%w: %s:%d: duplicate dimension %q (first at line %d)", ErrLexicon, name, line, dn, prev)
		}
		dimSeen[dn] = line
		if vn.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("%w: %s:%d: dimension %q: want a mapping with scale, description and terms", ErrLexicon, name, line, dn)
		}
		for i := 0; i+1 < len(vn.Content); i += 2 {
			if k := vn.Content[i]; !dimKeys[k.Value] {
				return nil, fmt.Errorf("%w: %s:%d: unknown key %q", ErrLexicon, name, k.Line, k.Value)
			}
		}
		var df lexDimFile
		if err := vn.Decode(&df); err != nil {
			return nil, yamlError(name, err)
		}
		if !dimNameRE.MatchString(dn) {
			return nil, fmt.Errorf("%w: %s:%d: dimension name %q: use lower-case letters, digits and _ (at most 40)", ErrLexicon, name, line, dn)
		}
		if reserved[dn] {
			return nil, fmt.Errorf("%w: %s:%d: dimension %q is computed, not read from a lexicon", ErrLexicon, name, line, dn)
		}
		switch df.Scale {
		case "", Bipolar, Unipolar:
		default:
			return nil, fmt.Errorf("%w: %s:%d: dimension %q: scale %q: want unipolar or bipolar", ErrLexicon, name, line, dn, df.Scale)
		}
		if s, ok := builtinScale[dn]; ok && df.Scale != "" && df.Scale != s {
			return nil, fmt.Errorf("%w: %s:%d: dimension %q is built in with scale %s, not %s", ErrLexicon, name, line, dn, s, df.Scale)
		}
		d := lexDim{name: dn, desc: df.Description, scale: df.Scale, line: line}
		terms, err := weightMap(name, "dimension "+strconvQuote(dn)+": terms", &df.Terms, -MaxWeight, MaxWeight)
		if err != nil {
			return nil, err
		}
		for _, t := range terms {
			d.terms = append(d.terms, lexTerm(t))
		}
		l.dims = append(l.dims, d)
	}
	if m := f.Modifiers; m != nil {
		lists := []struct {
			kind   modKind
			node   *yaml.Node
			lo, hi float64
		}{
			{modNegator, &m.Negators, 0, 0},
			{modPseudo, &m.PseudoNegations, 0, 0},
			{modContrast, &m.Contrast, 0, 0},
			{modIntensifier, &m.Intensifiers, -0.9, 2},
			{modHedge, &m.Hedges, 0, 1},
			{modBackground, &m.Background, 0, 1},
			{modReversal, &m.Reversals, 0, 0},
			{modFrame, &m.Frames, 0, 1},
		}
		for _, li := range lists {
			if li.node.Kind == 0 {
				continue
			}
			what := "modifiers: " + modNames[li.kind]
			var ts []lexTerm
			var err error
			if li.hi == 0 {
				ts, err = phraseList(name, what, li.node)
			} else {
				ts, err = weightMap(name, what, li.node, li.lo, li.hi)
			}
			if err != nil {
				return nil, err
			}
			for _, t := range ts {
				l.mods = append(l.mods, lexMod{kind: li.kind, phrase: t.phrase, weight: t.weight, line: t.line})
			}
		}
	}
	return l, nil
}

func strconvQuote(s string) string { return strconv.Quote(s) }

// yamlError turns a yaml.v3 error into "name:line: message".
func yamlError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msgs := make([]string, 0, len(te.Errors))
		for _, e := range te.Errors {
			if m := yamlLineRE.FindStringSubmatch(e); m != nil {
				msg := m[2]
				if u := unknownRE.FindStringSubmatch(msg); u != nil {
					msg = fmt.Sprintf("unknown key %q", u[1])
				}
				msgs = append(msgs, fmt.Sprintf("%s:%s: %s", name, m[1], msg))
			} else {
				msgs = append(msgs, name+": "+e)
			}
		}
		return fmt.Errorf("%w: %s", ErrLexicon, strings.Join(msgs, "; "))
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%w: %s:%s: %s", ErrLexicon, name, m[1], m[2])
	}
	return fmt.Errorf("%w: %s: %s", ErrLexicon, name, msg)
}

// normPhrase gives the lookup form of a term: its tokens' Norm joined by
// single spaces, with " ... " kept as the gap marker.
func normPhrase(p string) (string, bool) {
	if plainWord(p) {
		return p, true
	}
	parts := strings.Split(p, "...")
	if len(parts) > 2 {
		return "", false
	}
	var out []string
	for _, part := range parts {
		toks := Tokenize(part)
		if len(toks) == 0 {
			return "", false
		}
		ws := make([]string, len(toks))
		for i, t := range toks {
			ws[i] = t.Norm()
		}
		out = append(out, strings.Join(ws, " "))
	}
	return strings.Join(out, " ... "), true
}

// plainWord reports a lower-case ASCII word that Tokenize keeps whole.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// weightMap reads a mapping of phrase to number from node, checking the
// range and duplicates (after normalisation).
func weightMap(name, what string, node *yaml.Node, lo, hi float64) ([]lexTerm, error) {
	if node.Kind == 0 {
		return nil, nil
	}
	if node.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: %s:%d: %s: want a mapping of term: weight", ErrLexicon, name, node.Line, what)
	}
	seen := map[string]int{}
	out := make([]lexTerm, 0, len(node.Content)/2)
	for i := 0; i+1 < len(node.Content); i += 2 {
		k, v := node.Content[i], node.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%w: %s:%d: %s: a term must be a string", ErrLexicon, name, k.Line, what)
		}
		np, ok := normPhrase(k.Value)
		if !ok {
			return nil, fmt.Errorf("%w: %s:%d: %s: term %q has no words", ErrLexicon, name, k.Line, what, k.Value)
		}
		if prev, dup := seen[np]; dup {
			return nil, fmt.Errorf("%w: %s:%d: %s: duplicate term %q (first at line %d)", ErrLexicon, name, k.Line, what, k.Value, prev)
		}
		seen[np] = k.Line
		w, err := parseNumber(v.Value)
		if v.Kind != yaml.ScalarNode || (v.Tag != "!!int" && v.Tag != "!!float") || err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("%w: %s:%d: %s: term %q: weight %q is not a number", ErrLexicon, name, v.Line, what, k.Value, v.Value)
		}
		if w < lo || w > hi {
			return nil, fmt.Errorf("%w: %s:%d: %s: term %q: weight %g out of range %g..%g", ErrLexicon, name, v.Line, what, k.Value, w, lo, hi)
		}
		out = append(out, lexTerm{phrase: np, weight: w, line: k.Line})
	}
	return out, nil
}

// phraseList reads a sequence of phrases from node.
func phraseList(name, what string, node *yaml.Node) ([]lexTerm, error) {
	if node.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%w: %s:%d: %s: want a list of phrases", ErrLexicon, name, node.Line, what)
	}
	seen := map[string]int{}
	out := make([]lexTerm, 0, len(node.Content))
	for _, n := range node.Content {
		if n.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%w: %s:%d: %s: a phrase must be a string", ErrLexicon, name, n.Line, what)
		}
		np, ok := normPhrase(n.Value)
		if !ok || strings.Contains(np, "...") {
			return nil, fmt.Errorf("%w: %s:%d: %s: phrase %q has no words", ErrLexicon, name, n.Line, what, n.Value)
		}
		if prev, dup := seen[np]; dup {
			return nil, fmt.Errorf("%w: %s:%d: %s: duplicate phrase %q (first at line %d)", ErrLexicon, name, n.Line, what, n.Value, prev)
		}
		seen[np] = n.Line
		out = append(out, lexTerm{phrase: np, line: n.Line})
	}
	return out, nil
}

// parseTSV reads "term<TAB>weight" lines into the named dimension; lines
// starting with # are comments.
func parseTSV(name, dim string, scale Scale, data []byte) (*Lexicon, error) {
	d := lexDim{name: dim, scale: scale, line: 1}
	nl := bytes.Count(data, []byte("\n"))
	seen := make(map[string]int, nl)
	d.terms = make([]lexTerm, 0, nl+1)
	// One copy of the file: its terms are slices of it.
	for ln, s := range textLines(string(data)) {
		if s == "" || s[0] == '#' {
			continue
		}
		term, ws, ok := strings.Cut(s, "\t")
		if !ok {
			return nil, fmt.Errorf("%w: %s:%d: want term<TAB>weight", ErrLexicon, name, ln)
		}
		w, err := parseNumber(ws)
		if err != nil || w < -MaxWeight || w > MaxWeight {
			return nil, fmt.Errorf("%w: %s:%d: term %q: bad weight %q", ErrLexicon, name, ln, term, ws)
		}
		np, ok := normPhrase(term)
		if !ok {
			continue
		}
		if _, dup := seen[np]; dup {
			continue // the VADER list spells a few emoticons twice
		}
		seen[np] = ln
		d.terms = append(d.terms, lexTerm{phrase: np, weight: w, line: ln})
	}
	return &Lexicon{name: name, dims: []lexDim{d}}, nil
}

var defaultLex = sync.OnceValues(func() ([]*Lexicon, error) {
	// The YAML files are read in their compiled form (no YAML parser at
	// start-up), on one goroutine while this one reads vader.tsv.
	out := make([]*Lexicon, 3)
	var errs [3]error
	var wg sync.WaitGroup
	wg.Go(func() {
		out[1], errs[1] = parseCompiled("lexicon/news.ttlex", newsCompiled)
		if errs[1] == nil {
			out[2], errs[2] = parseCompiled("lexicon/rhetoric.ttlex", rhetoricCompiled)
		}
	})
	const vader = "lexicon/vader.tsv"
	data, err := lexiconFS.ReadFile(vader)
	if err != nil {
		errs[0] = fmt.Errorf("read embedded lexicon: %w", err)
	} else {
		out[0], errs[0] = parseTSV(vader, DimValence, Bipolar, data)
	}
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	return out, nil
})

// DefaultLexicons returns the embedded lexicons, in the order they are
// applied: VADER's word list for valence, news valence words
// (lexicon/news.yaml), then tonetrack's rhetoric lexicon
// (lexicon/rhetoric.yaml: hostility, cooperation, intensity, news phrases
// for valence, modifiers). The YAML lexicons are read from the compiled
// form go generate writes beside them; they carry the names and lines of
// the YAML files.
func DefaultLexicons() ([]*Lexicon, error) { return defaultLex() }

// pow10 holds the powers of ten a float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseNumber is strconv.ParseFloat(s, 64), with a fast path for the plain
// decimals of lexicon and weights files ("-1.25", "0.0381"): with at most
// 15 digits, the digits and the power of ten are exact float64 values, so
// one division rounds as ParseFloat does.
func parseNumber(s string) (float64, error) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var mant uint64
	digits, frac := 0, -1
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			mant = mant*10 + uint64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0:
			frac = 0
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits > 15 {
		return strconv.ParseFloat(s, 64)
	}
	f := float64(mant) / pow10[max(frac, 0)]
	if neg {
		f = -f
	}
	return f, nil
}
