package tone

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// FitSample is one labelled text for (*Analyzer).Fit.
type FitSample struct {
	// Text is the sentence or statement.
	Text string
	// Valence is the human valence rating scaled to -1..1, NaN when the
	// sample has none.
	Valence float64
	// Goldstein is the conflict-cooperation value -10..10, NaN when the
	// sample has none.
	Goldstein float64
	// Weight is the sample's weight in the loss; 0 means 1.
	Weight float64
}

// FitOptions tunes (*Analyzer).Fit. The zero value uses the defaults.
type FitOptions struct {
	// Lambda is the ridge penalty on the dense valence and goldstein
	// coefficients, per unit of total sample weight (default 0.001).
	Lambda float64
	// WordLambda is the ridge penalty on learned word valences, per unit
	// of total sample weight (default 0.0002).
	WordLambda float64
	// MinCount is how many training texts a word must occur in to get a
	// learned valence (default 5).
	MinCount int
	// Meta lines are copied into the weights file.
	Meta []string
}

// ErrNoFitData is returned when Fit gets no usable samples.
var ErrNoFitData = errors.New("no samples to fit")

type sparseRow struct {
	dense [nValenceFeatures]float64
	idx   []int32
	val   []float64
	y, w  float64
}

// Fit fits the weights of the scorer on samples, using a's lexicons and
// Naive Bayes model (its current weights are ignored): a ridge regression of
// valence on the dense features plus one learned valence per frequent word,
// solved by preconditioned conjugate gradients, then a ridge regression of
// goldstein on hostility, cooperation and the fitted valence. It is
// deterministic: the same samples give the same weights.
func (a *Analyzer) Fit(samples []FitSample, opts FitOptions) (*Weights, error) {
	if opts.Lambda == 0 {
		opts.Lambda = 0.001
	}
	if opts.WordLambda == 0 {
		opts.WordLambda = 0.0002
	}
	if opts.MinCount == 0 {
		opts.MinCount = 5
	}
	// Features without learned word valences: the fit learns them anew.
	base, err := a.WithWeights(&Weights{})
	if err != nil {
		return nil, err
	}
	// Vocabulary: words in at least MinCount valence texts.
	df := map[string]int{}
	seen := map[string]bool{}
	for _, s := range samples {
		if math.IsNaN(s.Valence) {
			continue
		}
		clear(seen)
		for _, t := range Tokenize(s.Text) {
			if t.Kind == Word {
				k := key(t)
				if !seen[k] && fitWord(k) {
					seen[k] = true
					df[k]++
				}
			}
		}
	}
	vocab := make([]string, 0, len(df))
	for k, n := range df {
		if n >= opts.MinCount {
			vocab = append(vocab, k)
		}
	}
	slices.Sort(vocab)
	col := make(map[string]int32, len(vocab))
	for i, k := range vocab {
		col[k] = int32(i)
	}
	nd := len(valenceFeatures)
	var rows []sparseRow
	totalW := 0.0
	acc := map[int32]float64{}
	for _, s := range samples {
		if math.IsNaN(s.Valence) {
			continue
		}
		toks := Tokenize(s.Text)
		clear(acc)
		sc := scratchPool.Get().(*scratch)
		f := base.features(s.Text, toks, func(k string, factor float64) {
			if c, ok := col[k]; ok {
				acc[c] += factor
			}
		}, sc)
		sc.release(len(s.Text))
		norm := lengthNorm(f.r.words)
		row := sparseRow{dense: f.valence, y: s.Valence, w: s.Weight}
		if row.w == 0 {
			row.w = 1
		}
		for c := range acc {
			row.idx = append(row.idx, c)
		}
		slices.Sort(row.idx) // a fixed order of sums: the same bytes on every run
		for _, c := range row.idx {
			row.val = append(row.val, acc[c]*norm)
		}
		rows = append(rows, row)
		totalW += row.w
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("fit valence: %w", ErrNoFitData)
	}
	n := nd + len(vocab)
	lambda := make([]float64, n)
	for j := range nd {
		lambda[j] = opts.Lambda * totalW
	}
	lambda[slices.Index(valenceFeatures, "bias")] = 0
	for j := nd; j < n; j++ {
		lambda[j] = opts.WordLambda * totalW
	}
	beta := ridgeCG(rows, n, lambda, 400)
	w := &Weights{Valence: map[string]float64{}, Goldstein: map[string]float64{}, Words: map[string]float64{}, Meta: opts.Meta}
	for j, name := range valenceFeatures {
		w.Valence[name] = round6(beta[j])
	}
	for i, k := range vocab {
		if v := round6(beta[nd+i]); math.Abs(v) >= 1e-4 {
			w.Words[k] = v
		}
	}

	// Goldstein on hostility, cooperation and the fitted valence.
	fitted, err := a.WithWeights(w)
	if err != nil {
		return nil, err
	}
	var grows []sparseRow
	gw := 0.0
	for _, s := range samples {
		if math.IsNaN(s.Goldstein) {
			continue
		}
		toks := Tokenize(s.Text)
		sc := scratchPool.Get().(*scratch)
		f := fitted.features(s.Text, toks, nil, sc)
		sc.release(len(s.Text))
		v := fitted.valenceOf(&f)
		row := sparseRow{y: s.Goldstein, w: s.Weight}
		if row.w == 0 {
			row.w = 1
		}
		gf := goldsteinFeats(f.hs, f.cs, v)
		copy(row.dense[:], gf[:])
		grows = append(grows, row)
		gw += row.w
	}
	if len(grows) == 0 {
		return nil, fmt.Errorf("fit goldstein: %w", ErrNoFitData)
	}
	ng := len(goldsteinFeatures)
	gl := make([]float64, ng)
	for j := range gl {
		gl[j] = opts.Lambda * gw
	}
	// Only the first ng dense columns are used; the rest stay zero.
	gbeta := ridgeCG(grows, ng, gl, 100)
	for j, name := range goldsteinFeatures {
		w.Goldstein[name] = round6(gbeta[j])
	}
	return w, nil
}

// fitWord reports whether a word may get a learned valence: letters (and
// inner apostrophes or hyphens) only, no tab or newline.
func fitWord(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	if !unicode.IsLetter(r) {
		return false
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return true
}

// ridgeCG solves (XᵀWX + diag(lambda)) b = XᵀWy with Jacobi-preconditioned
// conjugate gradients. The first columns of X are rows[i].dense (up to n of
// them), then the sparse part at offset len(dense).
func ridgeCG(rows []sparseRow, n int, lambda []float64, iters int) []float64 {
	nd := min(n, len(rows[0].dense))
	mul := func(v, out []float64) {
		clear(out)
		for i := range rows {
			r := &rows[i]
			s := 0.0
			for j := range nd {
				s += r.dense[j] * v[j]
			}
			for k, c := range r.idx {
				s += r.val[k] * v[nd+int(c)]
			}
			s *= r.w
			for j := range nd {
				out[j] += r.dense[j] * s
			}
			for k, c := range r.idx {
				out[nd+int(c)] += r.val[k] * s
			}
		}
		for j := range out {
			out[j] += lambda[j] * v[j]
		}
	}
	bvec := make([]float64, n)
	diag := make([]float64, n)
	for i := range rows {
		r := &rows[i]
		for j := range nd {
			bvec[j] += r.w * r.y * r.dense[j]
			diag[j] += r.w * r.dense[j] * r.dense[j]
		}
		for k, c := range r.idx {
			bvec[nd+int(c)] += r.w * r.y * r.val[k]
			diag[nd+int(c)] += r.w * r.val[k] * r.val[k]
		}
	}
	for j := range diag {
		diag[j] += lambda[j]
		if diag[j] == 0 {
			diag[j] = 1
		}
	}
	x := make([]float64, n)
	res := slices.Clone(bvec)
	z := make([]float64, n)
	for j := range z {
		z[j] = res[j] / diag[j]
	}
	p := slices.Clone(z)
	ap := make([]float64, n)
	rz := dot(res, z)
	b2 := dot(bvec, bvec)
	for range iters {
		mul(p, ap)
		pap := dot(p, ap)
		if pap <= 0 {
			break
		}
		alpha := rz / pap
		for j := range x {
			x[j] += alpha * p[j]
			res[j] -= alpha * ap[j]
		}
		if dot(res, res) <= 1e-14*b2 {
			break
		}
		for j := range z {
			z[j] = res[j] / diag[j]
		}
		rz2 := dot(res, z)
		beta := rz2 / rz
		rz = rz2
		for j := range p {
			p[j] = z[j] + beta*p[j]
		}
	}
	return x
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
