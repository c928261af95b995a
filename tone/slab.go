package tone

import "unsafe"

// A Result's evidence is one list of terms, and a few of its terms are
// strings built for it ("not(afraid)", "never … attack"). Analyzer.Score
// takes both from chunks its scratch hands out in turn rather than
// allocating each: a chunk serves many texts, so a text costs a fraction
// of an allocation. A chunk stays alive as long as any Result taken from
// it: at most termChunk terms and strChunk bytes for one kept Result, and
// the texts of the other Results of the chunk (terms are slices of their
// texts). So only texts shorter than keepTextBelow use the chunks, as
// they may stay alive with the pooled scratch anyway (see
// scratch.release); a scratch's slab field says whether its text does.
const (
	termChunk = 1024 // terms, 24 KiB
	strChunk  = 4096 // bytes
)

// termsFor returns an empty (not nil) slice with room for exactly n
// terms, from the scratch's current chunk.
func (sc *scratch) termsFor(n int) []Term {
	if n == 0 {
		return []Term{}
	}
	if n > len(sc.termBuf) {
		if n > termChunk/8 || !sc.slab {
			return make([]Term, 0, n)
		}
		sc.termBuf = make([]Term, termChunk)
	}
	t := sc.termBuf[:0:n]
	sc.termBuf = sc.termBuf[n:]
	return t
}

// concat3 returns a+b+c, in the scratch's current string chunk.
func (sc *scratch) concat3(a, b, c string) string {
	n := len(a) + len(b) + len(c)
	if n > len(sc.strBuf) {
		if n > strChunk/8 || !sc.slab {
			return a + b + c
		}
		sc.strBuf = make([]byte, strChunk)
	}
	if n == 0 {
		return ""
	}
	buf := sc.strBuf[:n:n]
	sc.strBuf = sc.strBuf[n:]
	k := copy(buf, a)
	k += copy(buf[k:], b)
	copy(buf[k:], c)
	return unsafe.String(unsafe.SliceData(buf), n)
}
