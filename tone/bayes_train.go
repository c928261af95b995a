package tone

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
)

// TrainOptions configures a Trainer. The zero value gives the settings the
// embedded model was trained with.
type TrainOptions struct {
	// Alpha is the additive (Lidstone) smoothing of word counts; 0 means 1.
	Alpha float64
	// MinDocs drops features seen in fewer documents; 0 means 3.
	MinDocs int
	// MaxFeatures keeps at most this many features, those carrying the most
	// evidence (|log-likelihood ratio| times document frequency); 0 means
	// 100000, negative means no limit.
	MaxFeatures int
	// Holdout keeps every Holdout-th document of each class out of the
	// counts to
	// calibrate probabilities (and report held-out accuracy); the final
	// model then counts every document. 0 means 10; negative means no
	// calibration (the raw Naive Bayes posterior, far too sure of itself
	// on long texts).
	Holdout int
	// Source names the training data in the model's metadata (Model.Meta).
	Source string
	// NoBigrams, NoNegation and NoPunct turn off features: adjacent word
	// pairs, the "not_" marking of words after a negation, "!" and "?".
	NoBigrams, NoNegation, NoPunct bool
}

func (o TrainOptions) withDefaults() (TrainOptions, error) {
	if o.Alpha < 0 || math.IsNaN(o.Alpha) || math.IsInf(o.Alpha, 0) {
		return o, fmt.Errorf("train: alpha %v: must be a positive number", o.Alpha)
	}
	if o.MinDocs < 0 {
		return o, fmt.Errorf("train: min docs %d: must not be negative", o.MinDocs)
	}
	if o.Alpha == 0 {
		o.Alpha = 1
	}
	if o.MinDocs == 0 {
		o.MinDocs = 3
	}
	if o.MaxFeatures == 0 {
		o.MaxFeatures = 100000
	}
	if o.Holdout == 0 {
		o.Holdout = 10
	}
	return o, nil
}

func (o TrainOptions) flags() uint64 {
	f := featKnown
	if o.NoBigrams {
		f &^= featBigrams
	}
	if o.NoNegation {
		f &^= featNegation
	}
	if o.NoPunct {
		f &^= featPunct
	}
	return f
}

// Trainer counts labelled documents into a Model. The model depends only on
// the documents and their order, so training is reproducible.
type Trainer struct {
	opts  TrainOptions
	flags uint64
	idx   map[string]int32
	keys  []string
	// counts per feature: documents [positive, negative] in the counted
	// part, and the same in the held-out part.
	counts [][4]int32
	last   []int32 // last document that had the feature
	docs   [4]int  // documents: positive, negative, held-out positive, held-out negative
	held   []heldDoc
	n      int32
}

type heldDoc struct {
	positive bool
	feats    []int32
}

// NewTrainer returns a Trainer with opts, checked.
func NewTrainer(opts TrainOptions) (*Trainer, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Trainer{opts: o, flags: o.flags(), idx: map[string]int32{}}, nil
}

// Add counts one document.
func (t *Trainer) Add(text string, positive bool) {
	d := t.n
	t.n++
	col := 1
	if positive {
		col = 0
	}
	// Every Holdout-th document of each class, so both are held out
	// whatever the order of the data.
	seen := t.docs[col] + t.docs[col+2]
	held := t.opts.Holdout > 0 && seen%t.opts.Holdout == t.opts.Holdout-1
	var hd heldDoc
	if held {
		col += 2
		hd.positive = positive
	}
	t.docs[col]++
	features(Tokenize(text), t.flags, func(f []byte, _ featureRef) {
		i, ok := t.idx[string(f)]
		if !ok {
			s := string(f)
			i = int32(len(t.keys))
			t.idx[s] = i
			t.keys = append(t.keys, s)
			t.counts = append(t.counts, [4]int32{})
			t.last = append(t.last, -1)
		}
		if t.last[i] == d {
			return
		}
		t.last[i] = d
		t.counts[i][col]++
		if held {
			hd.feats = append(hd.feats, i)
		}
	})
	if held {
		t.held = append(t.held, hd)
	}
}

// Docs returns the number of documents added.
func (t *Trainer) Docs() int { return int(t.n) }

// TrainReport tells how training went.
type TrainReport struct {
	Source       string  `json:"source,omitempty"`
	Docs         int     `json:"docs"`
	Positive     int     `json:"positive"`
	Features     int     `json:"features"`
	HeldOut      int     `json:"held_out"`
	HeldAccuracy float64 `json:"held_out_accuracy,omitempty"`
	HeldLogLoss  float64 `json:"held_out_log_loss,omitempty"`
	Scale        float64 `json:"scale"`
	Shift        float64 `json:"shift"`
	Alpha        float64 `json:"alpha"`
	MinDocs      int     `json:"min_docs"`
	MaxFeatures  int     `json:"max_features"`
	Bigrams      bool    `json:"bigrams"`
	Negation     bool    `json:"negation"`
	Punct        bool    `json:"punct"`
}

// Model builds the model from the documents added so far, with the report
// of its held-out accuracy. It fails when either class has no document.
func (t *Trainer) Model() (*Model, TrainReport, error) {
	rep := TrainReport{
		Source: t.opts.Source, Docs: int(t.n), Positive: t.docs[0] + t.docs[2], HeldOut: len(t.held),
		Alpha: t.opts.Alpha, MinDocs: t.opts.MinDocs, MaxFeatures: t.opts.MaxFeatures,
		Bigrams: t.flags&featBigrams != 0, Negation: t.flags&featNegation != 0, Punct: t.flags&featPunct != 0,
		Scale: 1,
	}
	pos, neg := t.docs[0]+t.docs[2], t.docs[1]+t.docs[3]
	if pos == 0 || neg == 0 {
		return nil, rep, fmt.Errorf("train: need documents of both classes (have %d positive, %d negative)", pos, neg)
	}
	scale, shift := 1.0, 0.0
	if len(t.held) > 0 {
		if t.docs[0] == 0 || t.docs[1] == 0 || t.docs[2] == 0 || t.docs[3] == 0 {
			return nil, rep, fmt.Errorf("train: too few documents to hold 1 in %d of each class out for calibration (turn calibration off with holdout -1)", t.opts.Holdout)
		}
		// Weights from the counted part only, to score the held-out part.
		w, prior := t.weights(func(c [4]int32) (int32, int32) { return c[0], c[1] }, t.docs[0], t.docs[1])
		// Prune as the final model will be, so the held-out figures are
		// those of a model of that size.
		keep := t.choose(w, func(c [4]int32) int32 { return c[0] + c[1] })
		pruned := make([]float64, len(w))
		for _, i := range keep {
			pruned[i] = w[i]
		}
		w = pruned
		x := make([][2]float64, len(t.held))
		y := make([]bool, len(t.held))
		for j, h := range t.held {
			s, k := prior, 0
			for _, i := range h.feats {
				if w[i] != 0 {
					s += w[i]
					k++
				}
			}
			x[j], y[j] = [2]float64{s, float64(k)}, h.positive
		}
		scale, shift = fitCalibration(x, y)
		scale, shift = round6(scale), round6(shift)
		if !(scale > 0) {
			return nil, rep, fmt.Errorf("train: calibration failed (scale %v): the held-out documents contradict the counted ones", scale)
		}
		correct, loss := 0, 0.0
		for j := range x {
			p := sigmoid(scale*x[j][0] + shift*x[j][1])
			if (p >= 0.5) == y[j] {
				correct++
			}
			if y[j] {
				loss -= math.Log(max(p, 1e-15))
			} else {
				loss -= math.Log(max(1-p, 1e-15))
			}
		}
		rep.HeldAccuracy = float64(correct) / float64(len(x))
		rep.HeldLogLoss = loss / float64(len(x))
	}
	rep.Scale, rep.Shift = scale, shift
	w, prior := t.weights(func(c [4]int32) (int32, int32) { return c[0] + c[2], c[1] + c[3] }, pos, neg)
	keep := t.choose(w, func(c [4]int32) int32 { return c[0] + c[1] + c[2] + c[3] })
	rep.Features = len(keep)
	meta, err := json.Marshal(rep)
	if err != nil {
		return nil, rep, fmt.Errorf("train: %w", err)
	}
	m := &Model{flags: t.flags, meta: string(meta), prior: round6(prior), scale: scale, shift: shift}
	slices.SortFunc(keep, func(a, b int32) int { return strings.Compare(t.keys[a], t.keys[b]) })
	var keys strings.Builder
	m.off = make([]uint32, 1, len(keep)+1)
	for _, i := range keep {
		keys.WriteString(t.keys[i])
		m.off = append(m.off, uint32(keys.Len()))
		m.w = append(m.w, float32(math.Round(w[i]*weightUnit)/weightUnit))
	}
	m.keys = keys.String()
	// Round-trip through the file format so that a trained model and a
	// loaded one are the same.
	data, err := m.MarshalBinary()
	if err != nil {
		return nil, rep, err
	}
	m, err = ParseModel(data)
	if err != nil {
		return nil, rep, fmt.Errorf("train: %w", err)
	}
	return m, rep, nil
}

// weights returns each feature's log-likelihood ratio log P(f|pos) -
// log P(f|neg), with features below MinDocs left out (0), and the log prior
// odds.
func (t *Trainer) weights(count func([4]int32) (int32, int32), dpos, dneg int) ([]float64, float64) {
	var npos, nneg float64
	v := 0
	for _, c := range t.counts {
		p, n := count(c)
		if int(p+n) >= t.opts.MinDocs {
			npos += float64(p)
			nneg += float64(n)
			v++
		}
	}
	a := t.opts.Alpha
	lpos := math.Log(npos + a*float64(v))
	lneg := math.Log(nneg + a*float64(v))
	w := make([]float64, len(t.counts))
	for i, c := range t.counts {
		p, n := count(c)
		if int(p+n) < t.opts.MinDocs {
			continue
		}
		w[i] = (math.Log(float64(p)+a) - lpos) - (math.Log(float64(n)+a) - lneg)
	}
	return w, math.Log(float64(dpos) / float64(dneg))
}

// choose returns the features to keep: those past MinDocs, at most
// MaxFeatures of them, ranked by |weight| times document frequency.
func (t *Trainer) choose(w []float64, df func([4]int32) int32) []int32 {
	var keep []int32
	for i, c := range t.counts {
		if int(df(c)) >= t.opts.MinDocs && w[i] != 0 {
			keep = append(keep, int32(i))
		}
	}
	if t.opts.MaxFeatures > 0 && len(keep) > t.opts.MaxFeatures {
		rank := func(i int32) float64 { return math.Abs(w[i]) * float64(df(t.counts[i])) }
		slices.SortFunc(keep, func(a, b int32) int {
			if c := cmp.Compare(rank(b), rank(a)); c != 0 {
				return c
			}
			return strings.Compare(t.keys[a], t.keys[b])
		})
		keep = keep[:t.opts.MaxFeatures]
	}
	return keep
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// fitCalibration fits p = sigmoid(a*x[0] + b*x[1]) to labels y (logistic
// regression without intercept) by Newton's method on the log loss, with
// Platt's smoothed targets against overconfidence.
func fitCalibration(x [][2]float64, y []bool) (a, b float64) {
	var np, nn float64
	for _, v := range y {
		if v {
			np++
		} else {
			nn++
		}
	}
	tp, tn := (np+1)/(np+2), 1/(nn+2)
	target := func(k int) float64 {
		if y[k] {
			return tp
		}
		return tn
	}
	loss := func(a, b float64) float64 {
		l := 0.0
		for k := range x {
			f := a*x[k][0] + b*x[k][1]
			// log(1+e^f) - t*f, computed stably.
			l += math.Max(f, 0) + math.Log1p(math.Exp(-math.Abs(f))) - target(k)*f
		}
		return l
	}
	// Start from a scale that maps the spread of the log-odds to a few
	// units.
	var sd float64
	for _, v := range x {
		sd += v[0] * v[0]
	}
	sd = math.Sqrt(sd / float64(len(x)))
	a, b = 1, 0
	if sd > 0 {
		a = 1 / sd
	}
	cur := loss(a, b)
	for range 100 {
		var ga, gb, haa, hab, hbb float64
		for k := range x {
			p := sigmoid(a*x[k][0] + b*x[k][1])
			d := p - target(k)
			ga += d * x[k][0]
			gb += d * x[k][1]
			q := p * (1 - p)
			haa += q * x[k][0] * x[k][0]
			hab += q * x[k][0] * x[k][1]
			hbb += q * x[k][1] * x[k][1]
		}
		haa, hbb = haa+1e-9, hbb+1e-9
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		improved := false
		for step := 1.0; step > 1e-6; step /= 2 {
			na, nb := a-step*da, b-step*db
			if l := loss(na, nb); l <= cur {
				improved = cur-l > 1e-12*math.Max(1, cur)
				a, b, cur = na, nb, l
				break
			}
		}
		if !improved {
			break
		}
	}
	return a, b
}
