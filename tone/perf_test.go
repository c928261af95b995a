package tone

import (
	"strings"
	"testing"
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
	for _, s := range []string{"", "abc", "We WELCOME the U.S. Deal!", "ZZ", "a-Z@[`{"} {
		if got, want := sc.lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
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
