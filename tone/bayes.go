package tone

import (
	_ "embed" // the default model
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unsafe"
)

//go:generate go run ../cmd/tonetrack train --data ../../shared/data/imdb_train.jsonl.gz --out model/sentiment.ttnb

// DefaultModelFile is the path, inside the tone package, of the embedded
// model; `tonetrack train` writes the same format.
const DefaultModelFile = "model/sentiment.ttnb"

//go:embed model/sentiment.ttnb
var defaultModelData []byte

// ErrBadModel is returned (wrapped) when a model file cannot be decoded.
var ErrBadModel = errors.New("bad model file")

// Feature flags of a model: which features its texts are turned into. They
// are stored in the model file so that prediction matches training.
const (
	featNegation uint64 = 1 << iota // words after a negation get a "not_" prefix
	featBigrams                     // adjacent word pairs
	featPunct                       // "!" and "?" as features
	featKnown    = featNegation | featBigrams | featPunct
)

// Model is a multinomial Naive Bayes sentiment model with binary (set of
// words) counts, computed in log space. A Model is read-only once built and
// safe for concurrent use.
type Model struct {
	flags uint64
	meta  string
	// prior is log P(positive)/P(negative). scale and shift calibrate the
	// Naive Bayes log-odds into a probability: the calibrated log-odds are
	// scale*(prior + sum of weights) + shift*(number of known features),
	// fitted on held-out training documents. shift corrects the drift that
	// grows with the length of a text, so a short text is not pushed to one
	// side by the length of the training texts.
	prior, scale, shift float64

	keys string   // all feature strings, concatenated in sorted order
	off  []uint32 // feature i is keys[off[i]:off[i+1]]
	w    []float32
	// table is open addressing: feature index + 1 in the low idxBits bits
	// (0 is empty), and in the bits above them the same bits of the
	// feature's hash, a fingerprint that spares most string compares.
	table   []uint32
	mask    uint64
	idxMask uint32
	// filter is a one-hash Bloom filter of the features (bits 32-51 of
	// their hash), small enough to stay in cache: most word pairs of a text
	// are not features, and the filter turns them away without touching
	// the table.
	filter []uint64
	// punct holds the feature index + 1 (0: not a feature) of "!" and "?".
	punct [2]uint32
	// hashIndexState holds the second index that Analyzer.Score uses once
	// its phrase table is annotated (hashIndexOf).
	hashIndexState
}

// DefaultModel returns the embedded model, trained on the IMDB movie reviews
// of Maas et al. (2011) by `tonetrack train`. It is decoded once and shared:
// a Model is read-only.
func DefaultModel() (*Model, error) {
	return defaultModel()
}

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := parseModel(defaultModelData, false)
	if err != nil {
		return nil, fmt.Errorf("embedded model: %w", err)
	}
	return m, nil
})

// LoadModel reads a model file written by `tonetrack train` (or
// MarshalBinary) from fsys.
func LoadModel(fsys fs.FS, name string) (*Model, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	m, err := ParseModel(data)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", name, err)
	}
	return m, nil
}

// Len returns the number of features the model knows.
func (m *Model) Len() int { return len(m.w) }

// Meta returns the description written into the model file at training
// (data size, options, held-out accuracy), as JSON.
func (m *Model) Meta() string { return m.meta }

// idxMaskFor is the mask of the feature index + 1 in a table entry of a
// model with n features.
func idxMaskFor(n int) uint32 { return uint32(uint64(1)<<bits.Len(uint(n)) - 1) }

// buildIndex builds the look-up table and the filter of the features
// keys[off[i]:off[i+1]]: Model.table, Model.filter and Model.idxMask.
func buildIndex(keys string, off []uint32) (table []uint32, filter []uint64, idxMask uint32) {
	n := len(off) - 1
	size := tableSize(n)
	table = make([]uint32, size)
	mask := uint64(size - 1)
	idxMask = idxMaskFor(n)
	filter = make([]uint64, filterBits/64)
	// Word pairs sharing their first word are next to each other (the
	// keys are sorted): its hash is computed once for them.
	var fh sortedFeatureHasher
	for i := range n {
		f := keys[off[i]:off[i+1]]
		hv := fh.hash(f)
		h := hv & mask
		for table[h] != 0 {
			h = (h + 1) & mask
		}
		table[h] = uint32(hv>>32)&^idxMask | uint32(i+1)
		b := hv >> 32 & (filterBits - 1)
		filter[b>>6] |= 1 << (b & 63)
	}
	return table, filter, idxMask
}

// filterBits is the size of Model.filter: 128 KiB, about 10% false
// positives for 100,000 features.
const filterBits = 1 << 20

// lookup returns the index of a feature.
func (m *Model) lookup(f []byte) (uint32, bool) {
	s := unsafe.String(unsafe.SliceData(f), len(f))
	return m.probe(featureHash(s), "", false, s)
}

// probe returns the index of the feature a+c, or of the word pair a+" "+c
// when pair is set, whose featureHash is hv.
func (m *Model) probe(hv uint64, a string, pair bool, c string) (uint32, bool) {
	if len(m.table) == 0 {
		return 0, false
	}
	if b := hv >> 32 & (filterBits - 1); m.filter[b>>6]&(1<<(b&63)) == 0 {
		return 0, false
	}
	fp := uint32(hv>>32) &^ m.idxMask
	na := len(a)
	if pair {
		na++ // a and the space
	}
	h := hv & m.mask
	for {
		e := m.table[h]
		if e == 0 {
			return 0, false
		}
		// The full string compare, only when the fingerprint agrees, makes
		// the look-up exact whatever the hashes.
		if e&^m.idxMask == fp {
			i := e&m.idxMask - 1
			if k := m.keys[m.off[i]:m.off[i+1]]; len(k) == na+len(c) && (!pair || k[len(a)] == ' ') &&
				k[:len(a)] == a && k[na:] == c {
				return i, true
			}
		}
		h = (h + 1) & m.mask
	}
}

// MaxEvidence is the number of terms Predict returns at most.
const MaxEvidence = 12

// Predict returns P(positive) for the tokens and the terms that drove it,
// strongest first, at most MaxEvidence of them. A term's Weight is its
// contribution to the log-odds of the positive class, rounded to 1e-4
// (terms that round to 0 are left out): the calibrated log-odds are the sum
// of all weights plus a constant, so a text without known words scores the
// prior. Each feature counts once per text,
// as in training, and is shown where it first occurs.
func (m *Model) Predict(toks []Token) (float64, []Term) {
	return m.predict(nil, toks, "", nil)
}

// predict is Predict, appending the terms to dst (a nil dst gets a new
// slice of the right size, and stays nil without terms); text, when not
// empty, is the text toks were cut from, so that a word pair's evidence can
// be a slice of it rather than a new string. known, when not nil, holds
// per token the head of its word in a table annotated for m (or nil): the
// feature indexes of its word are taken from there instead of looked up.
func (m *Model) predict(dst []Term, toks []Token, text string, known []*head) (float64, []Term) {
	sc := nbPool.Get().(*nbScratch)
	defer nbPool.Put(sc)
	hits := m.hits(toks, sc, known)
	// A hit's place is its index in sc.found, which the evidence is ranked
	// and read by.
	shown := slices.Grow(sc.shown[:0], len(sc.found))[:len(sc.found)]
	sc.shown = shown
	var top topTerms
	for j := range hits {
		h := &hits[j]
		q := m.shown(m.w[h.i])
		shown[h.pos] = q / 1e4
		top.add(q, h.pos)
	}
	return sigmoid(m.logOdds(hits)), top.terms(dst, sc.found, shown, toks, text)
}

// predictScanned is predict for a text that rhetoric.scan has read: keys
// and hashes are the lookup forms of the tokens and their wordHash. It
// finds the same features as features does, in the same order, without
// building them. When hx (m's hashIndex) and slots are not nil, slots
// holds the slot of each token's word in htab, a word table annotated for
// m (rhetoric.annotate), or -1: the features are taken from there and hx
// instead of m's own index. sc holds its buffers, and its evidence until
// the next call: the hits sc.found, with their shown weights in sc.shown,
// ranked in sc.top.
func (m *Model) predictScanned(toks []Token, keys []string, hashes []uint64, slots []int32, htab []hslot, hx *hashIndex, sc *nbScratch) float64 {
	var found []hit
	if hx != nil && slots != nil && m.flags == featKnown {
		found = m.hitsHashed(toks, keys, hashes, slots, htab, hx, sc)
	} else {
		found = m.hitsScanned(toks, keys, hashes, sc)
	}
	// The weights are multiples of 1/weightUnit, so their sum is exact in
	// any order; the evidence is ranked by weight, then place, whatever
	// the order its candidates come in.
	sum := 0.0
	shown := slices.Grow(sc.shown[:0], len(found))[:len(found)]
	sc.shown = shown
	// Each hit's weight (found with it, in sc.wts), its shown weight and
	// its ranking key (0: nothing to show at this precision); then the
	// ranking.
	wts := sc.wts[:len(found)]
	rkeys := slices.Grow(sc.keys[:0], len(found))[:len(found)]
	sc.keys = rkeys
	scale, shift := m.scale, m.shift
	for j := range shown { // j is the hit's place
		wf := float64(wts[j])
		sum += wf
		q := math.Round((scale*wf + shift) * 1e4) // m.shown(wi)
		shown[j] = q / 1e4
		aq := math.Abs(q)
		if aq > maxShown {
			aq = maxShown
		}
		key := uint64(int64(aq))<<32 | uint64(^uint32(j))
		if q == 0 {
			key = 0
		}
		rkeys[j] = key
	}
	sc.top.n = rankKeys(&sc.top.keys, rkeys)
	z := m.scale*(m.prior+sum) + m.shift*float64(len(found)) // logOdds
	return sigmoid(z)
}

// rankShort is the number of keys up to which rankKeys counts ranks.
const rankShort = 32

// rankKeys writes to rank the greatest MaxEvidence of keys that are not 0,
// greatest first, zeros after them, and returns their number: the ranking
// of topTerms.add. The keys that are not 0 are distinct. Up to 16 keys,
// a sorting network (sortDesc8, sortDesc16) orders them; up to rankShort
// keys, each key's place is the number of keys greater than it, counted;
// both without a branch: an insertion's loop ends at a place no branch
// predictor foresees, a miss per key.
func rankKeys(rank *[MaxEvidence]uint64, keys []uint64) int {
	switch n := len(keys); {
	case n <= 8:
		// Most texts of a sentence or two: a sorting network, less work
		// than counting from about six keys on, and no branch either.
		var b [8]uint64
		copy(b[:], keys)
		sortDesc8(&b)
		*rank = [MaxEvidence]uint64{b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]}
		return nonZero(b[:])
	case n <= 16:
		var b [16]uint64
		copy(b[:], keys)
		sortDesc16(&b)
		*rank = [MaxEvidence]uint64(b[:MaxEvidence])
		return min(nonZero(b[:]), MaxEvidence)
	case n > rankShort:
		return rankKeysLong(rank, keys)
	}
	var buf [MaxEvidence + 1]uint64 // buf[MaxEvidence] takes the keys not kept
	nz := 0
	for _, key := range keys {
		r := uint64(0)
		for _, k := range keys {
			_, b := bits.Sub64(key, k, 0) // key < k
			r += b
		}
		if key == 0 || r >= MaxEvidence {
			r = MaxEvidence
		}
		buf[r] = key
		if key != 0 {
			nz++
		}
	}
	*rank = [MaxEvidence]uint64(buf[:MaxEvidence])
	return min(nz, MaxEvidence)
}

// nonZero returns the number of keys that are not 0, without a branch.
func nonZero(keys []uint64) int {
	n := uint64(0)
	for _, k := range keys {
		n += (k | -k) >> 63
	}
	return int(n)
}

// rankKeysLong is rankKeys by insertion, for many keys.
func rankKeysLong(rank *[MaxEvidence]uint64, keys []uint64) int {
	*rank = [MaxEvidence]uint64{}
	n := 0
	for _, key := range keys {
		if key == 0 {
			continue
		}
		k := n
		if k == MaxEvidence {
			if key <= rank[k-1] {
				continue
			}
			k--
		} else {
			n++
		}
		for ; k > 0 && key > rank[k-1]; k-- {
			rank[k] = rank[k-1]
		}
		rank[k] = key
	}
	return n
}

// shown returns the weight a feature of model weight wi shows as evidence,
// its contribution to the calibrated log-odds, in units of 1e-4, rounded:
// an integer.
func (m *Model) shown(wi float32) float64 {
	return math.Round((m.scale*float64(wi) + m.shift) * 1e4)
}

// maxShown bounds the magnitude of a shown weight (in units of 1e-4) that
// topTerms tells apart from greater ones.
const maxShown = 1<<32 - 1

// topTerms keeps the places of the strongest MaxEvidence hits, strongest
// first; among equals, the earliest in the text. Each is one key: the
// magnitude of the hit's shown weight above, the complement of its place
// below, so that the stronger of two hits has the greater key.
type topTerms struct {
	keys [MaxEvidence]uint64
	n    int
}

// add offers the hit at place pos, whose shown weight is q (Model.shown).
func (t *topTerms) add(q float64, pos int32) {
	if q == 0 {
		return // nothing to show at this precision
	}
	key := uint64(int64(min(math.Abs(q), maxShown)))<<32 | uint64(^uint32(pos))
	k := t.n
	if k == MaxEvidence {
		if key <= t.keys[k-1] {
			return
		}
		k--
	} else {
		t.n++
	}
	// Insert at its place, shifting the weaker ones down.
	for ; k > 0 && key > t.keys[k-1]; k-- {
		t.keys[k] = t.keys[k-1]
	}
	t.keys[k] = key
}

// terms appends the kept hits as terms to dst (a nil dst gets a new slice
// of the right size, and stays nil without terms): byPos holds the hits by
// place, shown their shown weights.
func (t *topTerms) terms(dst []Term, byPos []hit, shown []float64, toks []Token, text string) []Term {
	if dst == nil && t.n > 0 {
		dst = make([]Term, 0, t.n)
	} else {
		dst = slices.Grow(dst, t.n)
	}
	for _, key := range t.keys[:t.n] {
		pos := ^uint32(key)
		dst = append(dst, Term{Term: byPos[pos].ref.termIn(toks, text), Weight: shown[pos]})
	}
	return dst
}

// Prob returns P(positive) for the tokens, like Predict without evidence.
func (m *Model) Prob(toks []Token) float64 {
	sc := nbPool.Get().(*nbScratch)
	defer nbPool.Put(sc)
	return sigmoid(m.logOdds(m.hits(toks, sc, nil)))
}

// hit is a known feature found in a text: its index in the model, the
// order in which it was found and where.
type hit struct {
	i   uint32
	pos int32
	ref featureRef
}

// nbScratch holds the per-call buffers of hits.
type nbScratch struct {
	found []hit
	// wts holds the weight of each hit of hitsScanned and hitsHashed
	// (Model.w), by place.
	wts   []float32
	keys  []uint64
	out   []hit
	seen  []uint32 // hitsScanned's set of feature indexes
	touch uint64   // what hitsScanned reads ahead (otherwise unused)
	// shown and top are the evidence of predict and predictScanned: the
	// shown weight of each hit by place, the strongest places.
	shown []float64
	top   topTerms
}

var nbPool = sync.Pool{New: func() any { return new(nbScratch) }}

// hits returns the distinct known features of the tokens, each at its first
// place, in the order of the model's features. The result lives in sc.
// known is as for predict.
func (m *Model) hits(toks []Token, sc *nbScratch, known []*head) []hit {
	found := sc.found[:0]
	keys := sc.keys[:0] // feature index, then place: sorts to first places
	features(toks, m.flags, func(f []byte, ref featureRef) {
		var i uint32
		var ok bool
		if h := knownHead(known, ref); h != nil {
			i, ok = h.nb[ref.kind]-1, h.nb[ref.kind] != 0
		} else {
			i, ok = m.lookup(f)
		}
		if ok {
			keys = append(keys, uint64(i)<<32|uint64(len(found)))
			found = append(found, hit{i, int32(len(found)), ref})
		}
	})
	slices.Sort(keys)
	out := sc.out[:0]
	for j, k := range keys {
		if j > 0 && keys[j-1]>>32 == k>>32 {
			continue
		}
		out = append(out, found[uint32(k)])
	}
	sc.found, sc.keys, sc.out = found, keys, out
	return out
}

// hitsScanned finds the known features of a scanned text (see
// predictScanned), the ones features emits, looked up by their parts'
// hashes. It returns the distinct ones, each where it first occurs, in the
// order found: the hits of hits in text order. The result lives in sc.
func (m *Model) hitsScanned(toks []Token, keys []string, hashes []uint64, sc *nbScratch) []hit {
	// seen is a set of the feature indexes found (index + 1, 0: empty),
	// open addressing at most half full: a text has at most two features
	// per token.
	size := tableSize(2 * len(toks))
	seen := slices.Grow(sc.seen[:0], size)[:size]
	clear(seen)
	hs := hitSet{found: sc.found[:0], wts: sc.wts[:0], w: m.w, seen: seen, shift: uint(32 - bits.Len(uint(size-1)))}
	negation := m.flags&featNegation != 0
	bigrams := m.flags&featBigrams != 0
	punct := m.flags&featPunct != 0
	if len(m.table) > 0 {
		// Read ahead, as rhetoric.scan does, what the look-ups of the words
		// and word pairs below read first (their filter words, table slots
		// and the offsets these slots point to), in a loop whose reads,
		// mostly cache misses, the processor overlaps.
		var touch uint64
		look := func(hv uint64) {
			e := m.table[hv&m.mask]
			touch ^= m.filter[hv>>32&(filterBits-1)>>6] ^ uint64(m.off[e&m.idxMask])
		}
		for i, hv := range hashes {
			look(hv)
			if bigrams && i > 0 {
				look(pairHash(hashes[i-1], hv))
			}
		}
		sc.touch = touch
	}
	neg, havePrev, prev := false, false, 0
	for i := range toks {
		if toks[i].Kind == Punct {
			switch s := toks[i].Text; s {
			case ".", ",", ";", ":", "!", "?":
				neg = false
				if punct && (s == "!" || s == "?") {
					j := 0
					if s == "?" {
						j = 1
					}
					if e := m.punct[j]; e != 0 {
						hs.add(e-1, featureRef{kind: refPunct, a: int32(i)})
					}
				}
			}
			havePrev = false
			continue
		}
		k := keys[i]
		negator := isNegatorKey(k)
		kind, hv, pre := refWord, hashes[i], ""
		if neg && !negator && negation {
			kind, hv, pre = refNegated, negHash(hashes[i]), negationPrefix
		}
		if j, ok := m.probe(hv, pre, false, k); ok {
			hs.add(j, featureRef{kind: kind, a: int32(i)})
		}
		if bigrams && havePrev {
			if j, ok := m.probe(pairHash(hashes[prev], hashes[i]), keys[prev], true, k); ok {
				hs.add(j, featureRef{kind: refBigram, a: int32(prev), b: int32(i)})
			}
		}
		switch {
		case negator:
			neg = true
		case k == "but":
			neg = false
		}
		havePrev, prev = true, i
	}
	sc.found, sc.wts, sc.seen = hs.found, hs.wts, hs.seen
	return hs.found
}

// hitsHashed is hitsScanned for a text scanned with a word table
// annotated for m (slots and htab, as for predictScanned), of a model with
// every feature flag, looked up in hx: the same hits, with less work a
// token. A hit's i is not always the feature's index here, only a number
// no other feature has: a feature found in hx is told by its place there,
// with hxFeature set. (A feature is found in hx or in a slot depending on
// its word only, so that each has one number.)
func (m *Model) hitsHashed(toks []Token, keys []string, hashes []uint64, slots []int32, htab []hslot, hx *hashIndex, sc *nbScratch) []hit {
	size := tableSize(2 * len(toks))
	seen := slices.Grow(sc.seen[:0], size)[:size]
	clear(seen)
	found, wts, w := sc.found[:0], sc.wts[:0], m.w
	shift := uint(32 - bits.Len(uint(size-1)))
	mask := uint32(size - 1)
	// add is hitSet.add, with the feature's weight wi.
	add := func(i uint32, wi float32, ref featureRef) {
		e := i + 1
		for h := (e * 0x9e3779b1) >> shift & mask; ; h = (h + 1) & mask {
			switch seen[h] {
			case e:
				return
			case 0:
				seen[h] = e
				found = append(found, hit{i, int32(len(found)), ref})
				wts = append(wts, wi)
				return
			}
		}
	}
	keys, hashes, slots = keys[:len(toks)], hashes[:len(toks)], slots[:len(toks)]
	neg, havePrev, prevHash := false, false, uint64(0)
	for i := range toks {
		t := &toks[i]
		if t.Kind == Punct {
			if len(t.Text) == 1 {
				switch c := t.Text[0]; c {
				case '.', ',', ';', ':':
					neg = false
				case '!', '?':
					neg = false
					j := 0
					if c == '?' {
						j = 1
					}
					if e := m.punct[j]; e != 0 {
						add(e-1, w[e-1], featureRef{kind: refPunct, a: int32(i)})
					}
				}
			}
			havePrev = false
			continue
		}
		hv := hashes[i]
		// A word with a slot has its features, weight and negation flags
		// there; another is looked up in hx.
		var negator, but bool
		if si := slots[i]; si >= 0 {
			e := &htab[si]
			negator, but = e.flags&slotNegator != 0, e.flags&slotBut != 0
			if neg && !negator {
				if j := e.nb[refNegated]; j != 0 {
					add(j-1, w[j-1], featureRef{kind: refNegated, a: int32(i)})
				}
			} else if j := e.nb[refWord]; j != 0 {
				add(j-1, e.nbw, featureRef{kind: refWord, a: int32(i)})
			}
		} else {
			k := keys[i]
			switch k[0] { // the first letters of negators; "n't" ends the others
			case 'n', 'c', 'w':
				negator = isNegatorKey(k)
			default:
				negator = len(k) > 3 && k[len(k)-3:] == "n't"
			}
			but = k == "but"
			kind, fh := refWord, hv
			if neg && !negator {
				kind, fh = refNegated, negHash(hv)
			}
			if j, wj, ok := hx.find(fh); ok {
				add(j|hxFeature, wj, featureRef{kind: kind, a: int32(i)})
			}
		}
		if havePrev {
			if j, wj, ok := hx.find(pairHash(prevHash, hv)); ok {
				add(j|hxFeature, wj, featureRef{kind: refBigram, a: int32(i - 1), b: int32(i)})
			}
		}
		switch {
		case negator:
			neg = true
		case but:
			neg = false
		}
		havePrev, prevHash = true, hv
	}
	sc.found, sc.wts, sc.seen = found, wts, seen
	return found
}

// hxFeature marks the hit numbers of hitsHashed that are places in the
// hashIndex, not feature indexes.
const hxFeature = 1 << 31

// hitSet collects the distinct hits of hitsScanned, in the order found.
type hitSet struct {
	found []hit
	wts   []float32 // the weight of each of found
	w     []float32 // Model.w
	seen  []uint32  // the feature indexes found + 1, open addressing (0: empty)
	shift uint      // 32 - log2(len(seen)): the bits of seen's hash
}

// add adds feature i, found at ref, unless it was found before.
func (s *hitSet) add(i uint32, ref featureRef) {
	e := i + 1
	mask := uint32(len(s.seen) - 1)
	for h := (e * 0x9e3779b1) >> s.shift & mask; ; h = (h + 1) & mask {
		switch s.seen[h] {
		case e:
			return
		case 0:
			s.seen[h] = e
			s.found = append(s.found, hit{i, int32(len(s.found)), ref})
			s.wts = append(s.wts, s.w[i])
			return
		}
	}
}

// knownHead returns the head of a word or negated word feature, or nil.
func knownHead(known []*head, ref featureRef) *head {
	if known == nil || ref.kind > refNegated {
		return nil
	}
	return known[ref.a]
}

// logOdds returns the calibrated log-odds of the positive class given the
// distinct known features.
func (m *Model) logOdds(hits []hit) float64 {
	sum := 0.0
	for _, h := range hits {
		sum += float64(m.w[h.i])
	}
	return m.scale*(m.prior+sum) + m.shift*float64(len(hits))
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// tableSize is the size of an open-addressing table for n keys: the least
// power of two at least 2n, so that the table stays at most half full.
func tableSize(n int) int {
	if n <= 0 {
		return 1
	}
	return 1 << bits.Len(uint(2*n-1))
}

// sortedFeatureHasher hashes the features of a sorted key list as
// featureHash does, computing the first word's hash once for the word pairs
// that share it (they are next to each other).
type sortedFeatureHasher struct {
	first     string
	firstHash uint64
}

// hash returns featureHash(f).
func (h *sortedFeatureHasher) hash(f string) uint64 {
	sp := 0
	for sp < len(f) && f[sp] != ' ' {
		sp++
	}
	if sp == len(f) {
		return featureHash(f)
	}
	if f[:sp] != h.first {
		h.first, h.firstHash = f[:sp], wordHash(f[:sp])
	}
	return pairHash(h.firstHash, wordHash(f[sp+1:]))
}
