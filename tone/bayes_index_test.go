package tone

import "testing"

// TestHashIndex checks that the embedded model's hashIndex builds and
// finds every feature at its own index, as Model.probe does, and that the
// negated forms and pairs of words that are not features are not found.
func TestHashIndex(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	x := buildHashIndex(m)
	if x == nil {
		t.Fatal("buildHashIndex refused the embedded model")
	}
	places := map[uint32]string{}
	for i := range m.Len() {
		f := m.keys[m.off[i]:m.off[i+1]]
		j, w, ok := x.find(featureHash(f))
		if !ok || w != m.w[i] {
			t.Fatalf("find(%q) = %d, %v, %v; want weight %v", f, j, w, ok, m.w[i])
		}
		if g, dup := places[j]; dup {
			t.Fatalf("find(%q) and find(%q) both at %d", f, g, j)
		}
		places[j] = f
	}
	for _, f := range []string{"zzqx", "not_zzqx", "zzqx the", "the zzqx", "great zzqx"} {
		if j, _, ok := x.find(featureHash(f)); ok {
			t.Errorf("find(%q) = %d: not a feature", f, j)
		}
		if _, ok := m.lookup([]byte(f)); ok {
			t.Errorf("the model has %q: pick another non-feature", f)
		}
	}
}

// TestHashIndexRefusesClash checks that buildHashIndex gives up on a model
// two of whose features share their hash bits (here: the same feature
// twice).
func TestHashIndexRefusesClash(t *testing.T) {
	m := &Model{keys: "goodgood", off: []uint32{0, 4, 8}, w: []float32{1, 2}}
	if x := buildHashIndex(m); x != nil {
		t.Error("buildHashIndex accepted two features with the same hash")
	}
}

// TestHashIndexRefusesWeight checks that buildHashIndex gives up on a model
// with a weight its slots cannot hold: too large, or not a multiple of
// 1/weightUnit.
func TestHashIndexRefusesWeight(t *testing.T) {
	for _, w := range []float32{hxBias / weightUnit, -hxBias / weightUnit, 1.0 / 3} {
		m := &Model{keys: "goodbad", off: []uint32{0, 4, 7}, w: []float32{1, w}}
		if x := buildHashIndex(m); x != nil {
			t.Errorf("buildHashIndex accepted weight %v", w)
		}
	}
	m := &Model{keys: "goodbad", off: []uint32{0, 4, 7}, w: []float32{1, (1 - hxBias) / weightUnit}}
	if x := buildHashIndex(m); x == nil {
		t.Error("buildHashIndex refused weights that fit")
	}
}
