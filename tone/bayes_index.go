package tone

import (
	"math/bits"
	"sync"
)

// hashIndex is a second index of a Model's features, for Analyzer.Score
// once a long run has paid for it (see rhetoric.annotate): one 8-byte slot
// per feature, open addressing, holding the feature index + 1 in the low
// bits (those of Model.idxMask) and above them the same bits of the
// feature's featureHash. A look-up reads one slot (mostly one cache line)
// where Model.probe reads the filter, the table, the offsets and the
// feature's key.
//
// It matches by hash, not by string: the 64 - bits.Len(n) bits (47 for the
// embedded model's 100,000 features) of the hash a slot holds, with the
// slot's place, tell the features apart (buildHashIndex refuses a model two
// of whose features share them), and a word or pair of a text that is not a
// feature is taken for one only when its hash agrees with that feature's in
// all those bits: about one look-up in 10^14.
type hashIndex struct {
	slots   []uint64
	mask    uint64
	idxMask uint64
}

// find returns the index of the feature whose featureHash is hv.
func (x *hashIndex) find(hv uint64) (uint32, bool) {
	fp := hv &^ x.idxMask
	for h := hv & x.mask; ; h = (h + 1) & x.mask {
		e := x.slots[h]
		if e == 0 {
			return 0, false
		}
		if e&^x.idxMask == fp {
			return uint32(e&x.idxMask) - 1, true
		}
	}
}

// buildHashIndex builds the hashIndex of m's features, or returns nil when
// two of them share the hash bits it keeps (then look-ups stay with
// Model.probe).
func buildHashIndex(m *Model) *hashIndex {
	n := len(m.w)
	if n == 0 {
		return nil
	}
	size := tableSize(n)
	idxMask := uint64(1)<<bits.Len(uint(n)) - 1
	x := &hashIndex{slots: hugeSlice[uint64](size), mask: uint64(size - 1), idxMask: idxMask}
	var fh sortedFeatureHasher
	for i := range n {
		f := m.keys[m.off[i]:m.off[i+1]]
		hv := fh.hash(f)
		fp := hv &^ idxMask
		h := hv & x.mask
		for x.slots[h] != 0 {
			if x.slots[h]&^idxMask == fp {
				return nil
			}
			h = (h + 1) & x.mask
		}
		x.slots[h] = fp | uint64(i+1)
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
