package tone

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// This file holds the rule-based reader: lexicons compiled into a phrase
// table, and a scan of a text's tokens that applies negation scope, hedges,
// contrast, background clauses, intensifiers and capitals to every matched
// term. What it returns (raw sums per dimension) the fitted model in
// rhetoric_model.go turns into scores.

type dimRole uint8

const (
	roleUser dimRole = iota
	roleValence
	roleHostility
	roleCooperation
	roleIntensity
)

type dimInfo struct {
	name  string
	desc  string
	scale Scale
	role  dimRole
}

type dimWeight struct {
	dim int
	w   float64
}

// phrase is one entry of the compiled phrase table: a word or a multi-word
// expression, possibly with a gap ("window ... open"), carrying term weights
// and/or a modifier.
//
// The fields scan reads of every matched entry (terms, mod, mw, and inl,
// where terms mostly are) come first.
type phrase struct {
	terms []dimWeight
	mod   modKind
	tight bool // contains punctuation: tokens must touch (emoticons)
	mw    float64
	// inl holds the terms of an entry that has at most len(inl) of them
	// (compile points terms at it), so that scan reads them with the
	// entry and not from an array of their own elsewhere.
	inl   [2]dimWeight
	words []string // contiguous words from the head
	// hw holds the wordHash of words, then of tail (multi-word phrases):
	// match compares a token's hash before its text.
	hw   []uint64
	tail []string // words after the gap; nil without gap
}

func (p *phrase) size() int { return len(p.words) + len(p.tail) }

// multiPhrase is the entry of a multi-word phrase with room after it for
// its words, their hashes and the words' bytes, so that matching it reads
// the lines after the entry rather than three arrays elsewhere.
type multiPhrase struct {
	phrase
	words [4]string
	hw    [4]uint64
	text  [32]byte
}

// newMultiPhrase returns a new entry for the multi-word phrase key: its
// words, and after a gap (" ... ") those of its tail, with their hashes;
// those that fit are held in the entry (multiPhrase).
func newMultiPhrase(key string) *phrase {
	m := new(multiPhrase)
	p := &m.phrase
	head, tail, gap := strings.Cut(key, " ... ")
	if len(head)+len(tail) <= len(m.text) {
		n := copy(m.text[:], head)
		copy(m.text[n:], tail)
		head = unsafe.String(&m.text[0], len(head))
		tail = unsafe.String(unsafe.SliceData(m.text[n:]), len(tail))
	}
	words := strings.Split(head, " ")
	var tails []string
	if gap {
		tails = strings.Split(tail, " ")
	}
	if nw := len(words); nw+len(tails) <= len(m.words) {
		copy(m.words[:], words)
		copy(m.words[nw:], tails)
		words = m.words[:nw:nw]
		if gap {
			tails = m.words[nw : nw+len(tails) : nw+len(tails)]
		}
	}
	p.words, p.tail = words, tails
	p.hw = m.hw[:0]
	for _, w := range words {
		p.hw = append(p.hw, wordHash(w))
	}
	for _, w := range tails {
		p.hw = append(p.hw, wordHash(w))
	}
	return p
}

// inlineTerms moves p's terms into p.inl when they fit. p must not move
// after it (the entries of the table never do).
func (p *phrase) inlineTerms() {
	if n := len(p.terms); n > 0 && n <= len(p.inl) {
		copy(p.inl[:], p.terms)
		p.terms = p.inl[:n:n]
	}
}

// rhetoric is the compiled reader.
type rhetoric struct {
	dims  []dimInfo
	index map[string]int
	// htab indexes hlist, the entries of every word, by wordHash for scan:
	// open addressing, each slot holding a word's hash and, for words of
	// at most 16 bytes, the word itself, so that a look-up reads one slot
	// and not the word's entry and key too.
	htab  []hslot
	hlist []head
	hmask uint64
	// cands holds the phrases of every head, a head's in turn (in the
	// order of head.phrases), with what scan tests before it reads a
	// phrase: hslot.cand and hslot.ncand give a head's.
	cands []cand
	// evDims are the names of the dimensions a Result's Evidence has,
	// sorted, and evSrc where each one's terms come from: an index in dims,
	// evSrcBayes or evSrcGoldstein.
	evDims []string
	evSrc  []int
	// scored counts Analyzer.Score calls until annotateStarted is set,
	// after annotateAfter of them.
	scored          atomic.Int64
	annotateStarted atomic.Bool
	// annotated is set once annotate has finished: until then head.base
	// and head.nb are not read.
	annotated atomic.Bool
	// nbModel is the model whose feature indexes head.nb holds, set once
	// annotate has finished; nil until then.
	nbModel atomic.Pointer[Model]
}

// annotate stores in every head the entry of its base form, when it has
// none of its own (phrase heads, learned valences), and the Naive Bayes
// feature indexes (m may be nil) of its word and of the word negated, as
// m.lookup finds them, and builds m's hashIndex (once per model). It
// takes several milliseconds (about 6 ms of CPU
// for the embedded data), so Analyzer.Score starts it in the background
// after annotateAfter texts: until it is done, scan finds base forms and
// Score looks words up in the model per text, with the same results.
func (r *rhetoric) annotate(m *Model) {
	var buf []byte
	for j := range r.htab {
		e := &r.htab[j]
		if e.idx == 0 {
			continue
		}
		h := &r.hlist[e.idx-1]
		k := h.key
		if !h.hasOne {
			h.base = r.baseForm(k)
		}
		h.nb = [2]uint32{}
		var nbw float32
		if m == nil {
			e.hasBase = h.base != nil
			continue
		}
		if i, ok := m.lookup([]byte(k)); ok {
			h.nb[refWord], nbw = i+1, m.w[i]
		}
		buf = append(append(buf[:0], negationPrefix...), k...)
		if i, ok := m.lookup(buf); ok {
			h.nb[refNegated] = i + 1
		}
		e.nb, e.nbw, e.hasBase = h.nb, nbw, h.base != nil
	}
	r.annotated.Store(true)
	if m != nil {
		m.hashIndexOf()
		r.nbModel.Store(m)
	}
}

// head is what the table knows of a word: the phrases it starts and its
// learned valence (from Weights.Words). What scan reads of a word's entry
// (phrases, and the terms, modifier and weight of one, with the terms
// themselves when there are at most two) comes first: its first 96 bytes.
type head struct {
	phrases []*phrase // multi-word phrases starting with the word, longest first
	one     phrase    // the word alone, when hasOne
	// base is the entry of the word's base form (baseForm) for a word
	// that has no entry of its own, computed once by annotate; read only
	// once rhetoric.annotated is set.
	base *phrase
	key  string // the word
	next uint64
	// nb holds the Naive Bayes feature index + 1 (0: not a feature) of
	// the word and of its negated form in rhetoric.nbModel, so that
	// Analyzer.Score looks each word up once for both.
	nb      [2]uint32
	learned float64
	hasOne  bool // one holds the word alone
	// gapped is set when one of phrases is a single word and a gap
	// ("window ... open"); next has bit wordHash(w)&63 set for the second
	// word w of each of phrases. scan skips phrases no next word can
	// start.
	gapped bool
}

// hslot is a slot of rhetoric.htab: the wordHash of a word, its length,
// its index in hlist + 1 (0: an empty slot) and, for a word of at most
// inlineKey bytes, its bytes; then what scan reads of every word, so that
// it reads a word's head only for its lexicon entries, and its phrases
// only for those the next word may continue. A slot is one cache line.
type hslot struct {
	hv  uint64
	idx uint32
	// n is the word's length, longKey for longKey bytes or more.
	n     uint8
	flags uint8 // slotPhrases, slotGapped, slotOne, slotNegator, ...
	// nb, nbw and hasBase (head.base != nil) are written by annotate, and
	// read only once rhetoric.annotated (nb, nbw: rhetoric.nbModel) is set.
	hasBase bool
	// ncand and cand place the word's phrases in rhetoric.cands: ncand of
	// them from cand on; ncand is manyCands when there are that many or
	// more (then len(head.phrases) tells).
	ncand   uint8
	kb      [inlineKey]byte
	learned float64 // head.learned
	next    uint64  // head.next
	nb      [2]uint32
	// nbw is the weight (Model.w) of the word's own feature, nb[refWord],
	// so that Score reads it with the slot and not from the model's
	// weights elsewhere (0 when the word is no feature).
	nbw  float32
	cand uint32
}

// manyCands is hslot.ncand for a word that starts manyCands phrases or
// more.
const manyCands = 1<<8 - 1

// longKey is hslot.n for a word of longKey bytes or more.
const longKey = 1<<8 - 1

// cand is a phrase of rhetoric.cands: the wordHash of its second word
// (hw[1]) unless it is a single word and a gap, so that scan tests a
// phrase against the next token without reading it.
type cand struct {
	hw1    uint64
	p      *phrase
	single bool // one word, then the gap: no second word to test
}

// Flags of hslot.
const (
	slotPhrases = 1 << iota // head.phrases is not empty
	slotGapped              // head.gapped
	slotOne                 // head.hasOne
	// The word closes or opens a scope: the Naive Bayes negation's
	// (isNegatorKey, "but") and scan's contraction negator
	// (isNegatorWord), so that the look-ups of a word that has a slot
	// need no string compares for them.
	slotNegator // isNegatorKey
	slotBut     // "but"
	slotNegWord // isNegatorWord
)

// inlineKey is the length up to which a word is held in its hslot.
const inlineKey = 16

// is reports whether the slot holds word k (given that its hash agrees):
// it is not empty, and k is its word.
func (e *hslot) is(k string, hlist []head) bool {
	if int(e.n) != min(len(k), longKey) || e.idx == 0 {
		return false
	}
	if len(k) <= inlineKey {
		return unsafe.String(&e.kb[0], len(k)) == k
	}
	return hlist[e.idx-1].key == k
}

// newHeadTable makes r's list of words, empty, for at most n words, and
// the index of them that compile uses until fitHeadTable makes r.htab.
func (r *rhetoric) newHeadTable(n int) *compileIndex {
	r.hlist = hugeSlice[head](n)[:0]
	size := tableSize(n)
	return &compileIndex{r: r, tab: make([]uint32, size), mask: uint64(size - 1), idx: idxMaskFor(n)}
}

// compileIndex indexes rhetoric.hlist by wordHash while compile fills it:
// index in hlist + 1 in the bits of idx, a fingerprint of the hash above
// (4 bytes a slot, where r.htab, made once the words are known, takes 64).
type compileIndex struct {
	r    *rhetoric
	tab  []uint32
	mask uint64
	idx  uint32
}

// head returns the entry of word k, whose wordHash is hv, or nil.
func (c *compileIndex) head(hv uint64, k string) *head {
	fp := uint32(hv>>32) &^ c.idx
	for i := hv & c.mask; ; i = (i + 1) & c.mask {
		e := c.tab[i]
		if e == 0 {
			return nil
		}
		if e&^c.idx == fp {
			if h := &c.r.hlist[e&c.idx-1]; h.key == k {
				return h
			}
		}
	}
}

// add adds word k, whose wordHash is hv and which hlist does not hold,
// and returns its entry. There is room for it (newHeadTable).
func (c *compileIndex) add(hv uint64, k string) *head {
	i := hv & c.mask
	for c.tab[i] != 0 {
		i = (i + 1) & c.mask
	}
	c.r.hlist = append(c.r.hlist, head{key: k})
	c.tab[i] = uint32(hv>>32)&^c.idx | uint32(len(c.r.hlist))
	return &c.r.hlist[len(c.r.hlist)-1]
}

// sizeHeadTable makes r.htab empty, with room for n words.
func (r *rhetoric) sizeHeadTable(n int) {
	size := tableSize(n)
	r.htab = hugeSlice[hslot](size)
	r.hmask = uint64(size - 1)
}

// fitHeadTable remakes r.htab (and r.cands) for the words of r.hlist,
// whose number newHeadTable could only bound, with what the heads hold
// now.
func (r *rhetoric) fitHeadTable() {
	r.sizeHeadTable(len(r.hlist))
	r.cands = r.cands[:0]
	for i := range r.hlist {
		r.insertHead(wordHash(r.hlist[i].key), i)
	}
}

// insertHead enters hlist[i], whose wordHash is hv, in r.htab.
func (r *rhetoric) insertHead(hv uint64, i int) {
	j := hv & r.hmask
	for r.htab[j].idx != 0 {
		j = (j + 1) & r.hmask
	}
	h := &r.hlist[i]
	k := h.key
	sl := hslot{hv: hv, n: uint8(min(len(k), longKey)), idx: uint32(i + 1), learned: h.learned, next: h.next,
		nb: h.nb, hasBase: h.base != nil}
	copy(sl.kb[:], k)
	if len(h.phrases) > 0 {
		sl.flags |= slotPhrases
		sl.cand, sl.ncand = uint32(len(r.cands)), uint8(min(len(h.phrases), manyCands))
		for _, p := range h.phrases {
			c := cand{p: p, single: len(p.words) == 1}
			if !c.single {
				c.hw1 = p.hw[1]
			}
			r.cands = append(r.cands, c)
		}
	}
	if h.gapped {
		sl.flags |= slotGapped
	}
	if h.hasOne {
		sl.flags |= slotOne
	}
	if isNegatorKey(k) {
		sl.flags |= slotNegator
	}
	if k == "but" {
		sl.flags |= slotBut
	}
	if isNegatorWord(k) {
		sl.flags |= slotNegWord
	}
	r.htab[j] = sl
}

// head returns the entry of word k, whose wordHash is hv, or nil.
func (r *rhetoric) head(hv uint64, k string) *head {
	for i := hv & r.hmask; ; i = (i + 1) & r.hmask {
		e := &r.htab[i]
		if e.hv == hv {
			if e.is(k, r.hlist) {
				return &r.hlist[e.idx-1]
			}
		} else if e.idx == 0 {
			return nil
		}
	}
}

// single returns the word's own entry, or nil.
func (h *head) single() *phrase {
	if h == nil || !h.hasOne {
		return nil
	}
	return &h.one
}

// Negation and contrast factors (VADER's values for valence).
const (
	negScalar           = -0.74 // a negated bipolar term flips and weakens
	negHostileToCoop    = 0.5   // "no intention of attacking": reassurance
	negCoopToHostile    = 0.6   // "refused to negotiate": rejection
	contrastBefore      = 0.5
	contrastAfter       = 1.5
	capsFactor          = 1.3
	negScopeTokens      = 6
	reversalScopeTokens = 8
	boostScopeTokens    = 3
)

// annotateAfter is the number of texts an Analyzer scores before it
// annotates its phrase table (see rhetoric.annotate). Annotating costs
// about 7 ms of CPU, in the background (on another core where there is
// one), and about 2 MiB (the model's hashIndex); every text after it is
// scored 15-25% faster (about 0.3 µs of 1.7-2 µs, measured on a loaded
// 2-core machine). A command scoring a few hundred lines pays neither;
// a longer run (a feed, a file of news) reaches the fast path after a
// few milliseconds of scoring, where 10,000 texts kept a one-second run
// of BenchmarkVersusGovader (about 40,000 texts) on the slow path for a
// quarter of its texts.
const annotateAfter = 2048

// Sources of evidence besides the dimensions of the table (rhetoric.evSrc).
const (
	evSrcBayes     = -1
	evSrcGoldstein = -2
)

// Indexes of the built-in dimensions in rhetoric.dims: compile adds them
// first, in this order.
const (
	idxValence = iota
	idxHostility
	idxCooperation
	idxIntensity
)

// compile merges lexicons, later ones overriding earlier terms and
// modifiers, into a phrase table.
func compile(lexs []*Lexicon, learned map[string]float64) (*rhetoric, error) {
	size := len(learned)
	for _, l := range lexs {
		if l != nil {
			size += l.Terms() + len(l.mods)
		}
	}
	// Every word's entry is in one array, sized for the most words the
	// lexicons can name (a word of its own or the head of a phrase): its
	// entries never move.
	r := &rhetoric{index: map[string]int{}}
	ci := r.newHeadTable(max(size, 1))
	for _, n := range []string{DimValence, DimHostility, DimCooperation, DimIntensity} { // idxValence...
		role := map[string]dimRole{DimValence: roleValence, DimHostility: roleHostility,
			DimCooperation: roleCooperation, DimIntensity: roleIntensity}[n]
		r.index[n] = len(r.dims)
		r.dims = append(r.dims, dimInfo{name: n, scale: builtinScale[n], role: role})
	}
	overflow := false
	hd := func(k string) *head {
		hv := wordHash(k)
		h := ci.head(hv, k)
		if h == nil {
			if len(r.hlist) == cap(r.hlist) {
				// Not reached (size counts every source of a word); moving
				// the array would lose the entries pointed at so far.
				overflow = true
				return &head{}
			}
			h = ci.add(hv, k)
		}
		return h
	}
	multi := map[string]*phrase{}
	get := func(key string) *phrase {
		if !strings.Contains(key, " ") {
			h := hd(key)
			if !h.hasOne {
				h.hasOne = true
				h.one.words = []string{key}
			}
			return &h.one
		}
		p := multi[key]
		if p == nil {
			p = newMultiPhrase(key)
			for _, w := range append(slices.Clip(p.words), p.tail...) {
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					p.tight = true
				}
			}
			multi[key] = p
		}
		return p
	}
	for _, l := range lexs {
		if l == nil {
			continue
		}
		for _, d := range l.dims {
			di, ok := r.index[d.name]
			if !ok {
				if d.scale == "" {
					return nil, fmt.Errorf("%w: %s:%d: unknown dimension %q: a new dimension needs a scale (unipolar or bipolar)", ErrLexicon, l.name, d.line, d.name)
				}
				di = len(r.dims)
				r.index[d.name] = di
				r.dims = append(r.dims, dimInfo{name: d.name, desc: d.desc, scale: d.scale})
			} else if d.scale != "" && d.scale != r.dims[di].scale {
				return nil, fmt.Errorf("%w: %s:%d: dimension %q has scale %s elsewhere, not %s", ErrLexicon, l.name, d.line, d.name, r.dims[di].scale, d.scale)
			}
			if d.desc != "" {
				r.dims[di].desc = d.desc
			}
			for _, t := range d.terms {
				p := get(t.phrase)
				set := false
				for i := range p.terms {
					if p.terms[i].dim == di {
						p.terms[i].w = t.weight
						set = true
					}
				}
				if !set {
					p.terms = append(p.terms, dimWeight{di, t.weight})
				}
			}
		}
		for _, m := range l.mods {
			p := get(m.phrase)
			p.mod, p.mw = m.kind, m.weight
		}
	}
	// A multi-word term counts, on the dimensions it does not set itself,
	// what its words count alone ("prepared for a war" sets hostility; its
	// valence is that of "prepared" and "war"). A multi-word modifier keeps
	// its words' weights except valence ("refused to" is as hostile as
	// "refused").
	for _, p := range multi {
		if len(p.terms) == 0 && p.mod == modNone {
			continue
		}
		own := map[int]bool{}
		if len(p.terms) == 0 {
			own[r.index[DimValence]] = true
		}
		for _, t := range p.terms {
			own[t.dim] = true
		}
		add := map[int]float64{}
		for _, w := range append(slices.Clip(p.words), p.tail...) {
			if s := ci.head(wordHash(w), w).single(); s != nil {
				for _, t := range s.terms {
					if !own[t.dim] {
						add[t.dim] += t.w
					}
				}
			}
		}
		for d, w := range add {
			p.terms = append(p.terms, dimWeight{d, w})
		}
		slices.SortFunc(p.terms, func(a, b dimWeight) int { return cmp.Compare(a.dim, b.dim) })
	}
	for _, p := range multi {
		h := hd(p.words[0])
		h.phrases = append(h.phrases, p)
	}
	for k, w := range learned {
		hd(k).learned = w
	}
	r.evDims = []string{DimBayes, DimGoldstein}
	r.evSrc = []int{evSrcBayes, evSrcGoldstein}
	for i, d := range r.dims {
		r.evDims = append(r.evDims, d.name)
		r.evSrc = append(r.evSrc, i)
	}
	ord := make([]int, len(r.evDims))
	for i := range ord {
		ord[i] = i
	}
	slices.SortFunc(ord, func(a, b int) int { return strings.Compare(r.evDims[a], r.evDims[b]) })
	dims, src := make([]string, len(ord)), make([]int, len(ord))
	for i, o := range ord {
		dims[i], src[i] = r.evDims[o], r.evSrc[o]
	}
	r.evDims, r.evSrc = dims, src
	for i := range r.hlist {
		h := &r.hlist[i]
		for _, p := range h.phrases {
			if len(p.words) > 1 {
				h.next |= 1 << (p.hw[1] & 63)
			} else {
				h.gapped = true
			}
		}
		if len(h.phrases) < 2 {
			continue
		}
		slices.SortFunc(h.phrases, func(a, b *phrase) int {
			if c := cmp.Compare(b.size(), a.size()); c != 0 {
				return c
			}
			return cmp.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
		})
	}
	if overflow {
		return nil, fmt.Errorf("compile lexicons: more words than the %d counted", size)
	}
	// The terms are final: those that fit move into their entries.
	for i := range r.hlist {
		r.hlist[i].one.inlineTerms()
	}
	for _, p := range multi {
		p.inlineTerms()
	}
	r.fitHeadTable()
	return r, nil
}

// key returns the lookup form of a token without allocating when it is
// already lower-case ASCII.
func key(t Token) string {
	s := t.Text
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return t.Norm()
		}
	}
	return s
}

// isCopula reports whether k is a form of "be" that opens a predicate.
func isCopula(k string) bool {
	switch k {
	case "is", "are", "was", "were", "remains", "remained":
		return true
	}
	return false
}

// isRelative reports whether k opens a relative clause.
func isRelative(k string) bool { return k == "that" || k == "which" || k == "who" }

// item is one matched unit of a text: a phrase (or plain token) at
// tokens [start,end), plus the tail of a gapped phrase at [t0,t1).
type item struct {
	p          *phrase
	start, end int
	t0, t1     int
	sent       int
}

// match tries p, a phrase of the head keys[i], at token i; hashes are
// the wordHash of keys.
func (p *phrase) match(keys []string, hashes []uint64, toks []Token, i int) (end, t0, t1 int, ok bool) {
	if i+len(p.words) > len(keys) {
		return 0, 0, 0, false
	}
	for k := 1; k < len(p.words); k++ { // keys[i] is the head, p.words[0]
		if hashes[i+k] != p.hw[k] || keys[i+k] != p.words[k] || (p.tight && toks[i+k].Start != toks[i+k-1].End) {
			return 0, 0, 0, false
		}
	}
	end = i + len(p.words)
	if p.tail == nil {
		return end, -1, -1, true
	}
	for j := end; j < len(keys) && j <= end+maxGap; j++ {
		if isSentenceEnd(keys[j]) {
			break
		}
		if j+len(p.tail) > len(keys) {
			break
		}
		hit := true
		for k, w := range p.tail {
			if hashes[j+k] != p.hw[len(p.words)+k] || keys[j+k] != w {
				hit = false
				break
			}
		}
		if hit {
			return end, j, j + len(p.tail), true
		}
	}
	return 0, 0, 0, false
}

func isSentenceEnd(k string) bool { return k == "." || k == "!" || k == "?" }

func isClauseEnd(k string) bool {
	switch k {
	case ".", "!", "?", ",", ";", ":", "(", ")", "\u2014", "\u2013", "--":
		return true
	}
	return false
}

// raw is what a scan finds in a text.
type raw struct {
	sums    []float64 // per dimension
	pos     float64   // positive valence mass
	neg     float64   // negative valence mass (as a positive number)
	terms   int       // valence terms found
	extreme float64   // the valence term of largest magnitude
	learned float64   // fitted word valences, scoped like valence terms
	words   int
	exclaim int
	caps    int
	ev      []dimTerm // evidence of every dimension, in the order found
}

// dimTerm is a piece of evidence for dimension dim.
type dimTerm struct {
	dim int
	Term
}

// observer receives, in fitting, every word token with the valence factor
// that applied to it.
type observer func(key string, factor float64)

// scan reads toks as a careful reader would, adding the learned word
// valences of the table; obs (may be nil) sees every word with its factor.
// The sums and evidence of the result live in sc until it is released.
func (r *rhetoric) scan(text string, toks []Token, obs observer, sc *scratch) raw {
	sc.sums = slices.Grow(sc.sums[:0], len(r.dims))[:len(r.dims)]
	clear(sc.sums)
	out := raw{sums: sc.sums, ev: sc.ev[:0]}
	keys := slices.Grow(sc.keys[:0], len(toks))[:len(toks)]
	slots := slices.Grow(sc.slots[:0], len(toks))[:len(toks)]
	hashes := slices.Grow(sc.hashes[:0], len(toks))[:len(toks)]
	sc.keys, sc.slots, sc.hashes = keys, slots, hashes
	letters, upper := 0, 0
	// ASCII text is lower-cased once; its tokens' keys are slices of it.
	// Without an observer (which may keep keys) the lower-case copy is
	// the pooled buffer: keys do not outlive scan.
	var low string
	var ascii bool
	if obs == nil {
		low, ascii = sc.lower(text)
	} else if ascii = isASCII(text); ascii {
		low = strings.ToLower(text)
	}
	// The keys and hashes first; then short loops that only read (touch)
	// the first slot each token's word and word pair are looked up in.
	// The tables are large and a look-up is mostly a cache miss: these
	// reads, independent of each other and of any branch, are overlapped
	// by the processor, where the look-ups themselves, behind the branches
	// that decide them, would wait for one miss after the other. What is
	// read goes to sc.touch, so that the compiler keeps the reads.
	hx := sc.nbhx
	var touch uint64
	for i := range toks {
		t := &toks[i]
		var k string
		if ascii {
			k = low[t.Start:t.End]
		} else {
			k = key(*t)
		}
		keys[i] = k
		hv := wordHash(k)
		hashes[i] = hv
		if t.Kind == Word {
			letters++
			if t.Caps {
				upper++
			}
		}
	}
	htab, hmask := r.htab, r.hmask
	for _, hv := range hashes {
		touch ^= htab[hv&hmask].hv
	}
	if hx != nil {
		for i := 1; i < len(hashes); i++ {
			touch ^= hx.slots[pairHash(hashes[i-1], hashes[i])&hx.mask]
		}
	}
	out.words = letters
	for i, hv := range hashes {
		// The slot of r.head(hv, keys[i]), or -1.
		slots[i] = -1
		for j := hv & r.hmask; ; j = (j + 1) & r.hmask {
			e := &r.htab[j]
			if e.hv == hv {
				if e.is(keys[i], r.hlist) {
					slots[i] = int32(j)
					break
				}
			} else if e.idx == 0 {
				break
			}
		}
	}
	sc.touch = touch
	shouting := letters > 0 && upper*2 > letters // all-caps text: caps are no emphasis
	annotated := r.annotated.Load()

	// Pass 1: longest-match phrases; sentence numbers; contrast positions.
	items := sc.items[:0]
	taken := slices.Grow(sc.taken[:0], len(toks))[:len(toks)]
	clear(taken)
	contrastAt := append(sc.contrast[:0], -1) // per sentence: index of its last contrast item, -1 none
	sent := 0
	for i := 0; i < len(toks); i++ {
		if taken[i] {
			continue
		}
		it := item{start: i, end: i + 1, t0: -1, t1: -1, sent: sent}
		var cands []cand
		// next: the next token may be the second word of a phrase.
		next := false
		var e *hslot
		if si := slots[i]; si >= 0 {
			e = &r.htab[si]
		}
		if e != nil && e.flags&slotPhrases != 0 {
			next = i+1 < len(toks) && e.next>>(hashes[i+1]&63)&1 != 0
			if next || e.flags&slotGapped != 0 {
				n := uint32(e.ncand)
				if n == manyCands {
					n = uint32(len(r.hlist[e.idx-1].phrases))
				}
				cands = r.cands[e.cand : e.cand+n]
			}
		}
		for _, c := range cands {
			if !c.single && (!next || c.hw1 != hashes[i+1]) {
				continue
			}
			p := c.p
			if end, t0, t1, ok := p.match(keys, hashes, toks, i); ok {
				overlap := false
				for j := t0; j >= 0 && j < t1; j++ {
					overlap = overlap || taken[j]
				}
				if overlap {
					continue
				}
				it.p, it.end, it.t0, it.t1 = p, end, t0, t1
				for j := t0; j >= 0 && j < t1; j++ {
					taken[j] = true
				}
				break
			}
		}
		if it.p == nil && e != nil && e.flags&slotOne != 0 {
			it.p = &r.hlist[e.idx-1].one // its head's single()
		}
		if it.p == nil && toks[i].Kind == Word {
			// An inflection the lexicons do not list: try its base forms
			// ("tyrannies", "shabbily", "sabotaged", "loveliest").
			if e != nil && annotated {
				if e.hasBase {
					it.p = r.hlist[e.idx-1].base
				}
			} else {
				it.p = r.baseForm(keys[i])
			}
		}
		if it.p != nil && it.p.mod == modContrast {
			contrastAt[sent] = len(items)
		}
		items = append(items, it)
		i = it.end - 1
		if it.p == nil && isSentenceEnd(keys[i]) {
			sent++
			contrastAt = append(contrastAt, -1)
		}
	}

	// Pass 2: walk the items with the reader's state.
	var (
		negUntil   = -1
		reversal   bool // the negation scope was opened by a reversal verb
		negText    string
		hedge      = 1.0
		background = 1.0
		frame      = 1.0 // accusation and demand frames scale cooperation
		boost      float64
		boostUntil = -1
	)
	ix := &r.dims
	addEv := func(d int, term string, w float64) {
		if w != 0 {
			out.ev = append(out.ev, dimTerm{d, Term{Term: term, Weight: w}})
		}
	}
	for n := range items {
		it := &items[n]
		k := keys[it.start]
		if it.p == nil && toks[it.start].Kind == Punct {
			if k == "!" {
				out.exclaim++
			}
			if isClauseEnd(k) {
				negUntil, hedge, background, boostUntil, frame = -1, 1, 1, -1, 1
			}
			continue
		}
		contrast := 1.0
		if c := contrastAt[it.sent]; c >= 0 && n != c {
			if n < c {
				contrast = contrastBefore
			} else {
				contrast = contrastAfter
			}
		}
		negated := it.start < negUntil
		b := 0.0
		if it.start <= boostUntil {
			b = boost
		}
		caps := 1.0
		if !shouting && toks[it.start].Caps && it.p != nil && len(it.p.terms) > 0 {
			caps = capsFactor
			out.caps++
		}
		// Learned word valences, for every word of the item.
		vf := hedge * background * (1 + 0.5*(contrast-1)) * (1 + b)
		if negated {
			vf *= negScalar
		}
		for j := it.start; j < it.end; j++ {
			if toks[j].Kind != Word {
				continue
			}
			if obs != nil {
				obs(keys[j], vf)
			}
			if si := slots[j]; si >= 0 {
				out.learned += r.htab[si].learned * vf
			}
		}
		if it.p == nil {
			var negWord bool
			if si := slots[it.start]; si >= 0 {
				negWord = r.htab[si].flags&slotNegWord != 0
			} else {
				negWord = isNegatorWord(k)
			}
			if negWord {
				negUntil, negText, reversal = it.end+negScopeTokens, toks[it.start].Text, false
			} else if negated && reversal && isCopula(k) && (it.start == 0 || !isRelative(keys[it.start-1])) {
				// "the release of the water was an irresponsible act": the
				// reversal was a noun in the subject; what the copula says
				// of it is not reversed (but "ended the war that was
				// destroying the country" is still the war's end).
				negUntil = -1
			}
			continue
		}
		p := it.p
		if len(p.terms) > 0 {
			term := text[toks[it.start].Start:toks[it.end-1].End]
			if it.t0 >= 0 {
				term = sc.concat3(term, " … ", text[toks[it.t0].Start:toks[it.t1-1].End])
			}
			shown := term
			if negated {
				shown = sc.concat3(negText, " … ", term)
			}
			f := hedge * background * (1 + b) * caps
			for _, dw := range p.terms {
				w := dw.w
				d := &(*ix)[dw.dim]
				// The dimension the term adds to, what it shows as, and
				// how much: one sum and one piece of evidence per term,
				// added in one place (less code on the hot path).
				td, ts, c := dw.dim, term, 0.0
				switch {
				case d.role == roleIntensity:
					c = w * (1 + math.Abs(b))
				case d.scale == Bipolar:
					c = w * f * contrast
					if negated {
						c *= negScalar
					}
					ts = shown
					if d.role == roleValence {
						out.terms++
						if math.Abs(c) > math.Abs(out.extreme) {
							out.extreme = c
						}
						if c > 0 {
							out.pos += c
						} else {
							out.neg -= c
						}
					}
				default:
					uc := 1 + 0.5*(contrast-1)
					c = w * f * uc
					switch {
					case negated && d.role == roleHostility:
						td, ts, c = idxCooperation, shown, negHostileToCoop*c*frame
					case negated && d.role == roleCooperation:
						td, ts, c = idxHostility, shown, negCoopToHostile*c
					case negated:
						continue
					case d.role == roleCooperation:
						c *= frame
					}
				}
				out.sums[td] += c
				addEv(td, ts, c)
			}
			if b != 0 {
				boostUntil = -1
			}
			// Negation reaches the first scored term of its scope (the
			// predicate: "not negotiate with terrorists"), not its object;
			// a reversal verb governs its whole object ("rejected a proposal
			// for signing a trade agreement").
			if negated && !reversal && p.mod != modNegator && p.mod != modReversal {
				for _, dw := range p.terms {
					if (*ix)[dw.dim].role != roleIntensity {
						negUntil = -1
						break
					}
				}
			}
		}
		switch p.mod {
		case modNegator:
			negUntil, negText, reversal = it.end+negScopeTokens, text[toks[it.start].Start:toks[it.end-1].End], false
		case modReversal:
			negUntil, negText, reversal = it.end+reversalScopeTokens, text[toks[it.start].Start:toks[it.end-1].End], true
		case modFrame:
			frame *= p.mw
		case modContrast:
			negUntil, hedge, background, frame = -1, 1, 1, 1
		case modIntensifier:
			boost, boostUntil = p.mw, it.end+boostScopeTokens-1
			ii := idxIntensity
			out.sums[ii] += math.Abs(p.mw)
			addEv(ii, text[toks[it.start].Start:toks[it.end-1].End], math.Abs(p.mw))
		case modHedge:
			hedge *= p.mw
		case modBackground:
			// A background clause ("after", "although") is a clause of
			// its own: a negation or reversal before it does not reach
			// into it ("called off the strike after the government
			// accepted their demands").
			background *= p.mw
			negUntil = -1
		}
	}
	sc.ev, sc.items, sc.taken, sc.contrast = out.ev, items, taken, contrastAt
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isNegatorWord reports contractions such as "don't" and "can't".
func isNegatorWord(k string) bool {
	return strings.HasSuffix(k, "n't") || k == "cannot"
}

// scratch holds the per-call buffers of Analyzer.Score: its tokens, the
// buffers of scan, its sums and evidence, and those of the Naive Bayes
// model (nbs), which hold its ranked evidence.
type scratch struct {
	toks     []Token
	keys     []string
	hashes   []uint64 // wordHash of keys
	slots    []int32  // the slot in rhetoric.htab of each token's word, -1: none
	items    []item
	taken    []bool
	contrast []int
	sums     []float64
	ev       []dimTerm
	nbs      nbScratch
	// nbhx, when set, is the hashIndex of the model the table is annotated
	// for: scan reads ahead the slots of its word pairs there.
	nbhx *hashIndex
	// touch keeps what scan reads ahead (it is otherwise unused).
	touch uint64
	low   []byte
	// termBuf and strBuf are what is left of the chunks that Results'
	// evidence is taken from (termsFor, concat3), when slab is set.
	termBuf []Term
	strBuf  []byte
	slab    bool
}

// lower returns s lower-cased and true when s is ASCII, else "" and
// false. The result is s itself when it has no capitals, else a string
// over sc's buffer, valid until the next call. It reads eight bytes at a
// time, lower-casing into the buffer as it checks.
func (sc *scratch) lower(s string) (string, bool) {
	const hi, ones = 0x8080808080808080, 0x0101010101010101
	// For bytes below 0x80, capMask sets the top bit of each byte in
	// 'A'..'Z' (the sums do not carry from one byte into the next).
	capMask := func(w uint64) uint64 {
		return (w + ones*(0x80-'A')) &^ (w + ones*(0x80-'Z'-1)) & hi
	}
	b := slices.Grow(sc.low[:0], len(s))[:len(s)]
	sc.low = b
	var caps, high uint64
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i:])
		high |= w
		c := capMask(w)
		caps |= c
		binary.LittleEndian.PutUint64(b[i:], w|c>>2) // 0x80>>2 is 'a'-'A'
	}
	for ; i < len(s); i++ {
		c := s[i]
		high |= uint64(c)
		if 'A' <= c && c <= 'Z' {
			caps = 1
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch {
	case high&hi != 0:
		return "", false
	case caps == 0:
		return s, true
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// keepTextBelow is the length under which a text's scratch goes back to
// the pool without clearing its references into the text (see release).
const keepTextBelow = 1 << 10

// release puts sc back in the pool; textLen is the length of the last text
// it scored. From keepTextBelow bytes up, it first clears the references
// sc holds into that text, so that the pool does not keep it alive. A
// shorter text may stay alive until the pool drops sc (at the second
// collection at the latest), which spares every short text the clearing
// and, while the collector runs, its write barriers.
func (sc *scratch) release(textLen int) {
	if textLen >= keepTextBelow {
		clear(sc.toks)
		clear(sc.keys)
		clear(sc.ev)
		clear(sc.items)
	}
	scratchPool.Put(sc)
}

// suffixes for baseForm: strip, then append each replacement in turn.
var suffixes = []struct {
	strip string
	add   []string
}{
	{"iest", []string{"y"}},
	{"ier", []string{"y"}},
	{"ily", []string{"y"}},
	{"ies", []string{"y"}},
	{"ied", []string{"y"}},
	{"ness", []string{""}},
	{"ings", []string{"", "e"}},
	{"ing", []string{"", "e"}},
	{"est", []string{"", "e"}},
	{"ed", []string{"", "e"}},
	{"er", []string{"", "e"}},
	{"ly", []string{"", "le"}},
	{"es", []string{""}},
	{"s", []string{""}},
}

// baseForm returns the one-word entry of a base form of an inflected
// English word w ("tyrannies" -> "tyranny"), or nil. It does not allocate.
func (r *rhetoric) baseForm(w string) *phrase {
	if len(w) < 5 || len(w) > 40 {
		return nil
	}
	switch w[len(w)-1] { // the last letters of the suffixes
	case 's', 'd', 'g', 'r', 't', 'y':
	default:
		return nil
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == '-' || c == '.' {
			return nil
		}
	}
	var buf [48]byte
	look := func(stem, add string) *phrase {
		n := copy(buf[:], stem)
		n += copy(buf[n:], add)
		s := unsafe.String(&buf[0], n)
		return r.head(wordHash(s), s).single()
	}
	for _, sf := range suffixes {
		stem, ok := strings.CutSuffix(w, sf.strip)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, a := range sf.add {
			if p := look(stem, a); p != nil {
				return p
			}
		}
		// Doubled final consonant: "stopped", "biggest".
		if n := len(stem); n >= 4 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiousl", rune(stem[n-1])) {
			if p := look(stem[:n-1], ""); p != nil {
				return p
			}
		}
		if sf.strip != "s" && sf.strip != "es" {
			break
		}
	}
	return nil
}
