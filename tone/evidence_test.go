package tone

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
)

// TestEvidenceJSONAsMap checks that Evidence writes the bytes encoding/json
// writes for the map[string][]Term of the same lists, escapes and number
// formats included, and reads them back.
func TestEvidenceJSONAsMap(t *testing.T) {
	maps := []map[string][]Term{
		nil,
		{},
		{"bayes": nil, "valence": {}},
		{
			"valence":   {{"good <b>", 0.25}, {"bad & \"worse\"", -1e-7}, {"tiny", 5e-10}},
			"bayes":     {{"not(happy)", -0.1234}, {"line\u2028sep\u2029", 1e21}, {"ctl\x01\t\n\\", 3}},
			"zz_user":   {{"caf\xe9 bad utf8", 1.5}, {"\x7f", -0}},
			"goldstein": {{"x", 123456789.125}},
		},
	}
	many := map[string][]Term{}
	for i := range 20 {
		d := string(rune('a' + i))
		switch i % 3 {
		case 0:
			many[d] = nil
		case 1:
			many[d] = []Term{{d, float64(i)}}
		default:
			many[d] = []Term{}
		}
	}
	long := make([]Term, 300)
	for i := range long {
		long[i] = Term{"t", float64(i)}
	}
	maps = append(maps, many, map[string][]Term{"a": nil, "b": long, "c": {{"x", 1}}})
	for _, m := range maps {
		want, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		e := NewEvidence(m)
		got, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Marshal(NewEvidence(%v)) =\n%s\nwant\n%s", m, got, want)
		}
		// Without HTML escaping too (encoding/json compacts what
		// MarshalJSON writes, escaping as its encoder is set).
		var gb, wb bytes.Buffer
		for _, x := range []struct {
			b *bytes.Buffer
			v any
		}{{&gb, e}, {&wb, m}} {
			enc := json.NewEncoder(x.b)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(x.v); err != nil {
				t.Fatal(err)
			}
		}
		if gb.String() != wb.String() {
			t.Errorf("Encode without HTML escaping = %s; want %s", gb.String(), wb.String())
		}
		var back Evidence
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatal(err)
		}
		var mback map[string][]Term
		if err := json.Unmarshal(want, &mback); err != nil {
			t.Fatal(err)
		}
		want, _ = json.Marshal(mback) // invalid UTF-8 is U+FFFD now
		again, _ := json.Marshal(back)
		if !bytes.Equal(again, want) {
			t.Errorf("round trip = %s; want %s", again, want)
		}
		if back.Len() != len(m) {
			t.Errorf("Len = %d; want %d", back.Len(), len(m))
		}
		for d, ts := range m {
			if got, ok := e.Lookup(d); !ok || !slices.Equal(got, ts) || (got == nil) != (ts == nil) {
				t.Errorf("Lookup(%s) = %v %v; want %v", d, got, ok, ts)
			}
		}
	}
}

func TestEvidenceAccess(t *testing.T) {
	m := map[string][]Term{"b": {{"x", 1}, {"y", -2}}, "a": nil, "c": {}}
	e := NewEvidence(m)
	if got := e.Dims(); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("Dims = %v", got)
	}
	if ts, ok := e.Lookup("a"); !ok || ts != nil {
		t.Errorf("Lookup(a) = %v %v; want nil true", ts, ok)
	}
	if ts, ok := e.Lookup("c"); !ok || ts == nil || len(ts) != 0 {
		t.Errorf("Lookup(c) = %#v %v; want empty, true", ts, ok)
	}
	if ts := e.Terms("b"); !slices.Equal(ts, m["b"]) {
		t.Errorf("Terms(b) = %v", ts)
	}
	if _, ok := e.Lookup("d"); ok {
		t.Error("Lookup(d) found an entry")
	}
	// A view cannot grow into the next dimension's header.
	ts := e.Terms("b")
	_ = append(ts, Term{"z", 3})
	if ts, ok := e.Lookup("c"); !ok || len(ts) != 0 {
		t.Errorf("after append to b, Lookup(c) = %v %v", ts, ok)
	}
	var n int
	for d, ts := range e.All() {
		if !slices.Equal(ts, m[d]) {
			t.Errorf("All: %s = %v; want %v", d, ts, m[d])
		}
		n++
	}
	if n != 3 {
		t.Errorf("All yielded %d dimensions", n)
	}
	if !(Evidence{}).IsZero() || e.IsZero() {
		t.Error("IsZero wrong")
	}
	if s := e.String(); !strings.Contains(s, "b:[{x 1} {y -2}]") {
		t.Errorf("String = %s", s)
	}
	if _, err := json.Marshal(NewEvidence(map[string][]Term{"v": {{"nan", math.NaN()}}})); err == nil {
		t.Error("NaN weight marshalled")
	}
	if err := json.Unmarshal([]byte(`{"v":3}`), &e); err == nil {
		t.Error("Unmarshal of a number list accepted")
	}
}

// TestScoreEvidenceDims checks that a Result's Evidence has an entry for
// every dimension, and a null Naive Bayes list for a text without a known
// word.
func TestScoreEvidenceDims(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Score("We will never accept this outrageous provocation!")
	want := slices.Sorted(slices.Values(a.Dimensions()))
	if got := r.Evidence.Dims(); !slices.Equal(got, want) {
		t.Errorf("evidence dimensions %v; want %v", got, want)
	}
	if r2 := a.Score("12345"); r2.Evidence.Terms(DimBayes) != nil {
		t.Errorf("bayes evidence of a text without words = %v; want null", r2.Evidence.Terms(DimBayes))
	}
}

// TestScoreEvidenceManyDimensions checks Score's evidence with more user
// dimensions than fit in place: every dimension has its own terms.
func TestScoreEvidenceManyDimensions(t *testing.T) {
	var y strings.Builder
	y.WriteString("dimensions:\n")
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
		"kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo"}
	for _, w := range words {
		y.WriteString("  dim_" + w + ":\n    scale: unipolar\n    terms:\n      " + w + ": 2\n")
	}
	lex, err := ParseLexicon("many.yaml", []byte(y.String()))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Lexicons: []*Lexicon{lex}})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Score("We will never accept it! " + strings.Join(words, " ") + " alpha.")
	if r.Evidence.Len() != 6+len(words) {
		t.Fatalf("evidence has %d dimensions; want %d", r.Evidence.Len(), 6+len(words))
	}
	for _, w := range words {
		ts := r.Evidence.Terms("dim_" + w)
		want := 2.0
		if w == "alpha" {
			want = 4
		}
		if len(ts) != 1 || ts[0].Term != w || math.Abs(ts[0].Weight-want) > 0.5 {
			t.Errorf("dim_%s evidence = %v; want [%s ~%v]", w, ts, w, want)
		}
	}
	if ts := r.Evidence.Terms(DimIntensity); len(ts) == 0 || ts[len(ts)-1].Term != "!" && ts[0].Term != "!" {
		t.Errorf("intensity evidence = %v; want the exclamation", ts)
	}
}
