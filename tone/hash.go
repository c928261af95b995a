package tone

import (
	"math/bits"
	"strings"
)

// The look-up tables of Score (the lexicon words in rhetoric, the features
// in Model) hash a word once per token and derive from that the hashes of
// the features built on it: the negated word and the pair of adjacent
// words. wordHash is a fixed (unseeded) wyhash-style hash: the tables are
// built from trusted data at load and only read after, so a text can cost
// at most a few extra probes. Every look-up ends with an exact string
// compare, but for the model's hashIndex, which Score uses once annotated:
// it matches 47 bits of the hash and the slot (see hashIndex), so that a
// word or pair that is not a feature passes for one about once in 10^14
// look-ups.

const (
	hashK0 = 0xa0761d6478bd642f
	hashK1 = 0xe7037ed1a0b428db
	hashK2 = 0x8ebc6af09c88c6e3
	hashK3 = 0x589965cc75374cc3
	hashK4 = 0x1d8e4e27c47d124f
)

// mum is the 128-bit multiply-and-fold mixer of wyhash.
func mum(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// wordHash hashes s (a token's lookup form).
func wordHash(s string) uint64 {
	h := hashK0 ^ uint64(len(s))*hashK1
	for len(s) > 8 {
		_ = s[7]
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = mum(h^w, hashK1)
		s = s[8:]
	}
	var t uint64
	switch n := len(s); {
	case n >= 4:
		_ = s[3]
		lo := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		e := s[n-4:]
		_ = e[3]
		hi := uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24
		t = lo | hi<<32
	case n > 0:
		t = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return mum(h^t^hashK2, hashK1^t)
}

// negHash is the hash of negationPrefix + w, given wordHash(w).
func negHash(w uint64) uint64 { return mum(w^hashK3, hashK2) }

// pairHash is the hash of a + " " + b, given wordHash(a) and wordHash(b).
func pairHash(a, b uint64) uint64 { return mum(a^hashK4, b^hashK3) }

// featureHash is the hash of a model feature, as the look-ups of its parts
// compute it: a word pair (split at its first space) from its words, a
// negated word from the word, else the word itself.
func featureHash(f string) uint64 {
	if i := strings.IndexByte(f, ' '); i >= 0 {
		return pairHash(wordHash(f[:i]), wordHash(f[i+1:]))
	}
	if w, ok := strings.CutPrefix(f, negationPrefix); ok {
		return negHash(wordHash(w))
	}
	return wordHash(f)
}
