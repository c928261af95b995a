package tone

import (
	"math"
	"sync"
)

// hashIndex is a second index of a Model's features, for Analyzer.Score
// once a long run has paid for it (see rhetoric.annotate): one 8-byte slot
// per feature, open addressing, holding the feature's weight (Model.w, a
// multiple of 1/weightUnit: weightUnit times it plus hxBias) in the low
// hxLow bits and above them the same bits of the feature's featureHash. A
// look-up reads one slot (mostly one cache line) where Model.probe reads
// the filter, the table, the offsets and the feature's key, and the model's
// weights after them; a feature is told by its slot's place.
//
// It matches by hash, not by string: the 64 - hxLow = 47 bits of the hash
// a slot holds, with the slot's place, tell the features apart
// (buildHashIndex refuses a model two of whose features share them), and a
// word or pair of a text that is not a feature is taken for one only when
// its hash agrees with that feature's in all those bits: about one look-up
// in 10^14.
type hashIndex struct {
	slots []uint64
	mask  uint64
}

// The low bits of a hashIndex slot: the feature's weight times weightUnit,
// plus hxBias (so that a slot in use is not 0).
const (
	hxLow     = 17
	hxLowMask = 1<<hxLow - 1
	hxBias    = 1 << (hxLow - 1)
)

// find returns the feature whose featureHash is hv: its place in x (a
// number no other feature of x has) and its weight.
func (x *hashIndex) find(hv uint64) (place uint32, w float32, ok bool) {
	fp := hv &^ hxLowMask
	for h := hv & x.mask; ; h = (h + 1) & x.mask {
		e := x.slots[h]
		if e == 0 {
			return 0, 0, false
		}
		if e&^hxLowMask == fp {
			return uint32(h), float32(int64(e&hxLowMask)-hxBias) / weightUnit, true
		}
	}
}

// buildHashIndex builds the hashIndex of m's features, or returns nil when
// two of them share the hash bits it keeps or a weight does not fit in a
// slot (then look-ups stay with Model.probe).
func buildHashIndex(m *Model) *hashIndex {
	n := len(m.w)
	if n == 0 {
		return nil
	}
	size := tableSize(n)
	x := &hashIndex{slots: hugeSlice[uint64](size), mask: uint64(size - 1)}
	var fh sortedFeatureHasher
	for i := range n {
		wq := math.Round(float64(m.w[i]) * weightUnit)
		if math.Abs(wq) >= hxBias || float32(wq)/weightUnit != m.w[i] {
			return nil
		}
		f := m.keys[m.off[i]:m.off[i+1]]
		hv := fh.hash(f)
		fp := hv &^ hxLowMask
		h := hv & x.mask
		for x.slots[h] != 0 {
			if x.slots[h]&^hxLowMask == fp {
				return nil
			}
			h = (h + 1) & x.mask
		}
		x.slots[h] = fp | uint64(int64(wq)+hxBias)
	}
	return x
}

// hashIndexOf returns m's hashIndex, built on the first call (nil when
// buildHashIndex refuses m).
func (m *Model) hashIndexOf() *hashIndex {
	m.hxOnce.Do(func() { m.hx = buildHashIndex(m) })
	return m.hx
}

// hashIndexState is the part of Model that holds its hashIndex.
type hashIndexState struct {
	hxOnce sync.Once
	hx     *hashIndex
}
