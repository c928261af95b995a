package tone

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestIsNegatorList checks that the switch in isNegator knows exactly the
// words of negators.
func TestIsNegatorList(t *testing.T) {
	for _, n := range negators {
		if !isNegator([]byte(n)) {
			t.Errorf("isNegator(%q) = false", n)
		}
	}
	for _, w := range []string{"note", "nor'", "now", "don't", "won't", "without", "with", ""} {
		want := strings.HasSuffix(w, "n't")
		for _, n := range negators {
			want = want || w == n
		}
		if got := isNegator([]byte(w)); got != want {
			t.Errorf("isNegator(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLookupExact checks that every feature of the embedded model is found
// at its own index and that near misses are not found.
func TestLookupExact(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.Len() {
		f := m.keys[m.off[i]:m.off[i+1]]
		j, ok := m.lookup([]byte(f))
		if !ok || j != uint32(i) {
			t.Fatalf("lookup(%q) = %d, %v; want %d", f, j, ok, i)
		}
		if _, ok := m.lookup([]byte(f + "\x00")); ok {
			t.Fatalf("lookup(%q) found a feature the model does not have", f+"\x00")
		}
	}
}

// TestScratchLower checks the pooled lower-casing against strings.ToLower.
func TestScratchLower(t *testing.T) {
	var sc scratch
	all := make([]byte, 128)
	for i := range all {
		all[i] = byte(i)
	}
	for _, s := range []string{"", "abc", "We WELCOME the U.S. Deal!", "ZZ", "a-Z@[`{", string(all),
		"EIGHTCHRthen more @[`{ AZaz", "abcdefgh", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "\x7f\x7fAZ"} {
		if got, ascii := sc.lower(s); !ascii || got != strings.ToLower(s) {
			t.Errorf("lower(%q) = %q %v, want %q true", s, got, ascii, strings.ToLower(s))
		}
	}
	for _, s := range []string{"Élysée", "abcdefgh\x80", "ABCDEFG\xff", "naïve TEXT here"} {
		if got, ascii := sc.lower(s); ascii {
			t.Errorf("lower(%q) = %q true; want not ASCII", s, got)
		}
	}
}

// TestBuiltinDimIndexes checks that compile puts the built-in dimensions
// where the idx constants say.
func TestBuiltinDimIndexes(t *testing.T) {
	rh, err := compile(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]int{DimValence: idxValence, DimHostility: idxHostility, DimCooperation: idxCooperation, DimIntensity: idxIntensity} {
		if got := rh.index[name]; got != want || rh.dims[got].name != name {
			t.Errorf("index[%s] = %d, want %d", name, got, want)
		}
	}
}

// TestIsCapsASCII checks the ASCII fast path of isCaps against the
// Unicode one.
func TestIsCapsASCII(t *testing.T) {
	for _, s := range []string{"NATO", "U.S.", "Nato", "A", "AB", "a", "1990S", "X1", "NEVER'S", "McCAIN", "É", "ÉTAT"} {
		if got, want := isCaps(s), isCapsUnicode(s); got != want {
			t.Errorf("isCaps(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkNew measures building an Analyzer once the embedded model and
// lexicons are decoded: compiling the phrase table and annotating it with
// the model's feature indexes, part of a command's start-up.
func BenchmarkNew(b *testing.B) {
	if _, err := New(Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnnotate measures storing the model's feature indexes in the
// phrase table (part of New).
func BenchmarkAnnotate(b *testing.B) {
	a := annotated(b)
	b.ReportAllocs()
	for b.Loop() {
		a.rh.annotate(a.bayes)
	}
}

// annotated returns a new Analyzer once its background annotate is done.
func annotated(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for range annotateAfter {
		a.Score("") // the last one starts annotate
	}
	deadline := time.Now().Add(10 * time.Second)
	for a.rh.nbModel.Load() != a.bayes {
		if time.Now().After(deadline) {
			tb.Fatal("annotate did not finish in 10 s")
		}
		time.Sleep(time.Millisecond)
	}
	return a
}

// TestScoreBayesMatchesPredict checks that Score, which takes the Naive
// Bayes indexes of known words from the annotated phrase table, gives the
// same probability and evidence as Model.Predict, which looks every feature
// up.
func TestScoreBayesMatchesPredict(t *testing.T) {
	a := annotated(t)
	texts := []string{
		"We have no intention of attacking, but we will not negotiate with terrorists!",
		"Kim Jong Un said the U.S. would pay dearly; Biden welcomed the talks.",
		"Don’t ever say it wasn't a GREAT, great deal?",
		"",
	}
	for _, s := range Sentences(benchText(t)) {
		texts = append(texts, s.Text)
	}
	for _, text := range texts {
		r := a.Score(text)
		p, ev := a.bayes.Predict(Tokenize(text))
		if r.Scores.Bayes != p || !slices.Equal(r.Evidence.Terms(DimBayes), ev) {
			t.Errorf("%q: Score bayes %v %v, Predict %v %v", text, r.Scores.Bayes, r.Evidence.Terms(DimBayes), p, ev)
		}
	}
}

// TestAnnotatedBaseForms checks that scan gives the same sums and evidence
// with the base forms annotate stores as with base forms found per text.
func TestAnnotatedBaseForms(t *testing.T) {
	lexs, err := DefaultLexicons()
	if err != nil {
		t.Fatal(err)
	}
	w, err := DefaultWeights()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := compile(lexs, w.Words)
	if err != nil {
		t.Fatal(err)
	}
	ann, err := compile(lexs, w.Words)
	if err != nil {
		t.Fatal(err)
	}
	ann.annotate(nil)
	texts := []string{"The tyrannies were shabbily sabotaged by the loveliest threatening officials.",
		"Protesters attacked, condemned and rejected the negotiations; talks stopped."}
	for _, s := range Sentences(benchText(t)) {
		texts = append(texts, s.Text)
	}
	for _, text := range texts {
		toks := Tokenize(text)
		var sc1, sc2 scratch
		r1 := plain.scan(text, toks, nil, &sc1)
		r2 := ann.scan(text, toks, nil, &sc2)
		if !slices.Equal(r1.sums, r2.sums) || !slices.Equal(r1.ev, r2.ev) || r1.learned != r2.learned {
			t.Errorf("%q: scan differs with annotated base forms:\n%+v\n%+v", text, r1, r2)
		}
	}
}

// TestTableLayout checks the sizes scan's reads are laid out for (a word's
// slot one cache line), that each slot places its head's phrases in
// rhetoric.cands, in order, and that short term lists are held in their
// entries.
func TestTableLayout(t *testing.T) {
	if n := unsafe.Sizeof(hslot{}); n != 64 {
		t.Errorf("hslot is %d bytes, want 64", n)
	}
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, heads := a.rh, 0
	for j := range r.htab {
		e := &r.htab[j]
		if e.idx == 0 {
			continue
		}
		ps := r.hlist[e.idx-1].phrases
		if (e.flags&slotPhrases != 0) != (len(ps) > 0) || int(e.ncand) != min(len(ps), manyCands) {
			t.Fatalf("slot of %q: flags %b, %d cands, head has %d phrases", r.hlist[e.idx-1].key, e.flags, e.ncand, len(ps))
		}
		for k, p := range ps {
			c := r.cands[int(e.cand)+k]
			if c.p != p || c.single != (len(p.words) == 1) || (!c.single && c.hw1 != wordHash(p.words[1])) {
				t.Fatalf("cand %d of %q: %+v, phrase %q", k, r.hlist[e.idx-1].key, c, p.words)
			}
		}
		if len(ps) > 0 {
			heads++
		}
		for _, p := range append([]*phrase{&r.hlist[e.idx-1].one}, ps...) {
			if n := len(p.terms); n > 0 && n <= len(p.inl) && &p.terms[0] != &p.inl[0] {
				t.Fatalf("%q: %d terms not in the entry", p.words, n)
			}
		}
	}
	if heads == 0 {
		t.Error("no word starts a phrase")
	}
}

// TestHugeSlice checks hugeSlice's tables: their length and capacity, zero
// values, and on Linux a start at a huge page boundary (within one element
// after it for sizes that do not divide it), for several element sizes.
func TestHugeSlice(t *testing.T) {
	check := func(name string, p uintptr, sz, n, length, capacity int, zero bool) {
		t.Helper()
		if length != n || capacity != n || !zero {
			t.Errorf("%s: len %d cap %d zero %v, want %d, %d, true", name, length, capacity, zero, n, n)
		}
		if hugePagesAdvised && n*sz >= hugePage {
			if d := p % hugePage; d >= uintptr(sz) {
				t.Errorf("%s: starts %d bytes after a huge page boundary", name, d)
			}
		}
	}
	for _, n := range []int{1, 1000, hugePage/8 - 1, hugePage / 8, 3 * hugePage / 8} {
		s := hugeSlice[uint64](n)
		check("uint64", uintptr(unsafe.Pointer(&s[0])), 8, n, len(s), cap(s), !slices.ContainsFunc(s, func(v uint64) bool { return v != 0 }))
	}
	for _, n := range []int{10, hugePage/64 + 7} {
		s := hugeSlice[hslot](n)
		check("hslot", uintptr(unsafe.Pointer(&s[0])), 64, n, len(s), cap(s), !slices.ContainsFunc(s, func(v hslot) bool { return v != hslot{} }))
	}
	for _, n := range []int{10, hugePage/200 + 3} {
		s := hugeSlice[[200]byte](n)
		check("[200]byte", uintptr(unsafe.Pointer(&s[0])), 200, n, len(s), cap(s), !slices.ContainsFunc(s, func(v [200]byte) bool { return v != [200]byte{} }))
	}
}

// TestParseNumber checks the fast path of parseNumber against
// strconv.ParseFloat, on the files it reads and on edge cases.
func TestParseNumber(t *testing.T) {
	cases := []string{"0", "-0", "+1.5", "1.", ".5", "-.25", "007", "0.1", "-3.999999", "123456789012345",
		"1234567890123456", "0.000000000000001", "0.0000000000000001", "1e-05", "-2.5E3", "inf", "NaN", "", "-", ".",
		"1.2.3", "1_0", "0x1p-2", " 1", "1 ", "4.44", "-0.0381", "2.2250738585072014e-308"}
	for _, f := range []string{"lexicon/vader.tsv", "lexicon/weights.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if i := strings.LastIndexByte(line, '\t'); i >= 0 {
				cases = append(cases, line[i+1:])
			}
		}
	}
	for _, s := range cases {
		got, gotErr := parseNumber(s)
		want, wantErr := strconv.ParseFloat(s, 64)
		if math.Float64bits(got) != math.Float64bits(want) || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", s, got, gotErr, want, wantErr)
		}
	}
}

// TestManyPhrasesOneWord checks the slot of a word that starts more
// phrases than hslot.ncand counts (manyCands): scan still tries every one
// of them, the last too, before and after the table is annotated.
func TestManyPhrasesOneWord(t *testing.T) {
	var y strings.Builder
	y.WriteString("dimensions:\n  dim_zq:\n    scale: unipolar\n    terms:\n")
	const n = manyCands + 45
	for i := range n {
		fmt.Fprintf(&y, "      zqword w%03d: 1\n", i)
	}
	lex, err := ParseLexicon("zq.yaml", []byte(y.String()))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Lexicons: []*Lexicon{lex}})
	if err != nil {
		t.Fatal(err)
	}
	hv := wordHash("zqword")
	for j := hv & a.rh.hmask; ; j = (j + 1) & a.rh.hmask {
		if e := &a.rh.htab[j]; e.hv == hv {
			if e.ncand != manyCands {
				t.Fatalf("slot of zqword counts %d phrases; want manyCands", e.ncand)
			}
			break
		}
	}
	check := func(when string) {
		for _, i := range []int{0, manyCands - 1, manyCands, n - 1} {
			want := fmt.Sprintf("zqword w%03d", i)
			r := a.Score("They said " + want + " today.")
			if ts := r.Evidence.Terms("dim_zq"); len(ts) != 1 || ts[0].Term != want {
				t.Errorf("%s: evidence of %q = %v", when, want, ts)
			}
		}
	}
	check("before annotate")
	a.rh.annotate(a.bayes)
	check("annotated")
}
