package tone

import (
	"encoding/json"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Evidence holds, per dimension, the terms that moved it, strongest first.
// It is read through Len, Dims, Terms, Lookup and All, and built by Score,
// NewEvidence or UnmarshalJSON. The zero value holds no dimension.
//
// In JSON it is the object {"dimension": [{"term": ..., "weight": ...}, ...]}
// with the dimensions sorted by name, exactly as encoding/json writes a
// map[string][]Term; a dimension may also be null (the Naive Bayes
// dimension of a text without a known word).
//
// An Evidence is one array of terms (each dimension's terms in turn) and
// their numbers per dimension, so that Score allocates it once: it is
// meant to be read, not changed. The slices Terms returns share that array.
type Evidence struct {
	// dims are the dimension names, sorted; the slice may be shared
	// between values (all Score results of an Analyzer), so it is never
	// modified.
	dims []string
	// terms holds each dimension's terms, in dims order.
	terms []Term
	// n holds the number of terms of each dimension (nullList: null) when
	// there are at most evInline dimensions with fewer than nullList
	// terms each; otherwise more holds them (-1: null).
	n    [evInline]uint8
	more []int32
}

// evInline is the number of dimensions whose term counts an Evidence holds
// in place.
const evInline = 16

// nullList is the count of a dimension whose list is null, in Evidence.n.
const nullList = 255

// evidenceBuilder fills an Evidence, one dimension at a time, in dims
// order.
type evidenceBuilder struct {
	e Evidence
	i int
}

func newEvidenceBuilder(dims []string, nterms int) evidenceBuilder {
	return evidenceBuilder{e: Evidence{dims: dims, terms: make([]Term, 0, nterms)}}
}

// evidenceBuilderIn is newEvidenceBuilder, filling terms (empty, with room
// for every term) instead of a new array.
func evidenceBuilderIn(dims []string, terms []Term) evidenceBuilder {
	return evidenceBuilder{e: Evidence{dims: dims, terms: terms}}
}

// add appends the next dimension's terms (nil: null).
func (b *evidenceBuilder) add(ts []Term) {
	b.e.terms = append(b.e.terms, ts...)
	b.end(len(ts), ts == nil)
}

// tidyLast tidies (see tidy) the terms appended since start, in place, as
// the next dimension's list.
func (b *evidenceBuilder) tidyLast(start int) {
	n := len(b.e.terms) - start
	if n > 0 {
		n = len(tidy(b.e.terms[start:]))
		b.e.terms = b.e.terms[:start+n]
	}
	b.end(n, false)
}

// end closes the next dimension, whose n terms are the last ones of
// b.e.terms (null: a null list, n 0).
func (b *evidenceBuilder) end(n int, null bool) {
	if null {
		n = -1
	}
	if b.e.more == nil && b.i < evInline && n < nullList {
		b.e.n[b.i] = uint8(n) // -1 is nullList
	} else {
		b.endMore(n)
	}
	b.i++
}

// empty closes the next dimension with no terms: end(0, false), with
// its common case inline (a new Evidence's counts are all 0).
func (b *evidenceBuilder) empty() {
	if b.e.more != nil || b.i >= evInline {
		b.end(0, false)
		return
	}
	b.i++
}

// endMore is end for an Evidence that keeps its counts in more (n -1:
// null).
func (b *evidenceBuilder) endMore(n int) {
	e := &b.e
	if e.more == nil {
		e.more = make([]int32, len(e.dims))
		for j := range b.i {
			e.more[j] = int32(e.n[j])
			if e.n[j] == nullList {
				e.more[j] = -1
			}
		}
	}
	e.more[b.i] = int32(n)
}

// NewEvidence returns the Evidence of m: each dimension's terms in the
// order given (a nil list stays null in JSON). It copies m.
func NewEvidence(m map[string][]Term) Evidence {
	if m == nil {
		return Evidence{}
	}
	dims := slices.AppendSeq(make([]string, 0, len(m)), maps.Keys(m))
	slices.Sort(dims)
	n := 0
	for _, ts := range m {
		n += len(ts)
	}
	b := newEvidenceBuilder(dims, n)
	for _, d := range dims {
		b.add(m[d])
	}
	return b.e
}

// Len returns the number of dimensions that have an entry (possibly with no
// terms).
func (e Evidence) Len() int { return len(e.dims) }

// IsZero reports whether e holds no dimension (encoding/json's omitzero
// and omitempty-like use).
func (e Evidence) IsZero() bool { return len(e.dims) == 0 }

// Dims returns the names of the dimensions e has an entry for, sorted.
func (e Evidence) Dims() []string { return slices.Clone(e.dims) }

// Lookup returns the terms of dimension dim, strongest first, and whether e
// has an entry for it. The slice shares e's array: do not modify it.
func (e Evidence) Lookup(dim string) ([]Term, bool) {
	h := 0
	for i, d := range e.dims {
		ts, next := e.list(i, h)
		if d == dim {
			return ts, true
		}
		h = next
	}
	return nil, false
}

// Terms returns the terms of dimension dim, strongest first (nil when e has
// none). The slice shares e's array: do not modify it.
func (e Evidence) Terms(dim string) []Term {
	ts, _ := e.Lookup(dim)
	return ts
}

// All yields each dimension with its terms, in the order of Dims.
func (e Evidence) All() iter.Seq2[string, []Term] {
	return func(yield func(string, []Term) bool) {
		h := 0
		for i, d := range e.dims {
			ts, next := e.list(i, h)
			if !yield(d, ts) {
				return
			}
			h = next
		}
	}
}

// list returns the list of dimension i, which starts at terms[h] (nil when
// null), and where the next one starts.
func (e Evidence) list(i, h int) ([]Term, int) {
	var n int
	if e.more != nil {
		n = int(e.more[i])
	} else if n = int(e.n[i]); n == nullList {
		n = -1
	}
	if n < 0 {
		return nil, h
	}
	end := h + n
	return e.terms[h:end:end], end
}

// String formats e as fmt formats a map[string][]Term.
func (e Evidence) String() string {
	m := make(map[string][]Term, len(e.dims))
	for d, ts := range e.All() {
		m[d] = ts
	}
	return fmt.Sprint(m)
}

// MarshalJSON writes e as encoding/json writes the map[string][]Term of the
// same lists: dimensions sorted, a null list as null, the zero Evidence as
// null.
func (e Evidence) MarshalJSON() ([]byte, error) {
	if e.dims == nil {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 2+16*len(e.dims)+48*len(e.terms))
	return e.appendJSON(b)
}

// appendJSON appends the JSON of e (not the zero Evidence) to b. HTML
// characters are left as they are: encoding/json escapes them, as it does
// for a map, when it compacts a marshaler's output.
func (e Evidence) appendJSON(b []byte) ([]byte, error) {
	b = append(b, '{')
	h := 0
	for i, d := range e.dims {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, d)
		b = append(b, ':')
		ts, next := e.list(i, h)
		h = next
		if ts == nil {
			b = append(b, "null"...)
			continue
		}
		b = append(b, '[')
		for j, t := range ts {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"term":`...)
			b = appendJSONString(b, t.Term)
			b = append(b, `,"weight":`...)
			var err error
			if b, err = appendJSONFloat(b, t.Weight); err != nil {
				return nil, fmt.Errorf("marshal evidence: %s: %q: %w", d, t.Term, err)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads the JSON object MarshalJSON writes.
func (e *Evidence) UnmarshalJSON(data []byte) error {
	var m map[string][]Term
	if err := json.Unmarshal(data, &m); err != nil {
		// Not wrapped: encoding/json adds the field path to a
		// *json.UnmarshalTypeError a field's unmarshaler returns, as it
		// does for a map field.
		return err
	}
	*e = NewEvidence(m)
	return nil
}

// appendJSONFloat appends v as encoding/json writes a float64.
func appendJSONFloat(b []byte, v float64) ([]byte, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return b, fmt.Errorf("unsupported value %v", v)
	}
	abs := math.Abs(v)
	f := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		f = 'e'
	}
	b = strconv.AppendFloat(b, v, f, -1, 64)
	if f == 'e' {
		// e-09 to e-9, as encoding/json does.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendJSONString appends s quoted as encoding/json quotes a string
// without HTML escaping: invalid UTF-8 becomes U+FFFD, U+2028 and U+2029
// are escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
