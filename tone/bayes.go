package tone

import (
	"cmp"
	_ "embed" // the default model
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"math"
	"slices"
	"sort"
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

	keys  string   // all feature strings, concatenated in sorted order
	off   []uint32 // feature i is keys[off[i]:off[i+1]]
	w     []float32
	table []uint32 // open addressing: feature index + 1, 0 is empty
	mask  uint64
	seed  maphash.Seed
}

// DefaultModel returns the embedded model, trained on the IMDB movie reviews
// of Maas et al. (2011) by `tonetrack train`. Each call decodes it afresh.
func DefaultModel() (*Model, error) {
	m, err := ParseModel(defaultModelData)
	if err != nil {
		return nil, fmt.Errorf("embedded model: %w", err)
	}
	return m, nil
}

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

func (m *Model) buildIndex() {
	n := len(m.w)
	size := 1
	for size < 2*n {
		size <<= 1
	}
	m.table = make([]uint32, size)
	m.mask = uint64(size - 1)
	m.seed = maphash.MakeSeed()
	for i := range n {
		h := maphash.String(m.seed, m.keys[m.off[i]:m.off[i+1]]) & m.mask
		for m.table[h] != 0 {
			h = (h + 1) & m.mask
		}
		m.table[h] = uint32(i + 1)
	}
}

// lookup returns the index of a feature.
func (m *Model) lookup(f []byte) (uint32, bool) {
	if len(m.table) == 0 {
		return 0, false
	}
	h := maphash.Bytes(m.seed, f) & m.mask
	for {
		e := m.table[h]
		if e == 0 {
			return 0, false
		}
		i := e - 1
		if m.keys[m.off[i]:m.off[i+1]] == string(f) {
			return i, true
		}
		h = (h + 1) & m.mask
	}
}

// MaxEvidence is the number of terms Predict returns at most.
const MaxEvidence = 12

// Predict returns P(positive) for the tokens and the terms that drove it,
// strongest first, at most MaxEvidence of them. A term's Weight is its contribution to the log-odds of
// the positive class, rounded to 1e-4: the calibrated log-odds are the sum
// of all weights plus a constant, so a text without known words scores the
// prior. Each
// feature counts once per text, as in training.
func (m *Model) Predict(toks []Token) (float64, []Term) {
	var terms []Term
	idx := map[string]int{}
	z := m.score(toks, func(f featureRef, w float64) {
		t := f.term(toks)
		if i, ok := idx[t]; ok {
			terms[i].Weight += w
			return
		}
		idx[t] = len(terms)
		terms = append(terms, Term{Term: t, Weight: w})
	})
	for i := range terms {
		terms[i].Weight = math.Round(terms[i].Weight*1e4) / 1e4
	}
	sort.SliceStable(terms, func(i, j int) bool {
		return math.Abs(terms[i].Weight) > math.Abs(terms[j].Weight)
	})
	if len(terms) > MaxEvidence {
		terms = terms[:MaxEvidence]
	}
	return sigmoid(z), terms
}

// Prob returns P(positive) for the tokens, like Predict without evidence.
func (m *Model) Prob(toks []Token) float64 {
	return sigmoid(m.score(toks, nil))
}

// score returns the calibrated log-odds, calling fn for each known feature
// (once per distinct feature, at its first place) with its calibrated
// weight.
func (m *Model) score(toks []Token, fn func(featureRef, float64)) float64 {
	type hit struct {
		i   uint32
		ref featureRef
	}
	hits := make([]hit, 0, len(toks)+8)
	features(toks, m.flags, func(f []byte, ref featureRef) {
		if i, ok := m.lookup(f); ok {
			hits = append(hits, hit{i, ref})
		}
	})
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(a.i, b.i) })
	sum, k := 0.0, 0
	for j, h := range hits {
		if j > 0 && hits[j-1].i == h.i {
			continue
		}
		w := float64(m.w[h.i])
		sum += w
		if fn != nil {
			fn(h.ref, m.scale*w+m.shift)
		}
		k++
	}
	return m.scale*(m.prior+sum) + m.shift*float64(k)
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
