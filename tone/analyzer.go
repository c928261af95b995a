package tone

// Options configures an Analyzer. The zero value is safe: it uses the
// embedded model and lexicons.
type Options struct {
	// Model is the Naive Bayes sentiment model; nil means the embedded one.
	Model *Model
	// Lexicons are applied after the embedded ones (DefaultLexicons):
	// they add terms, override the weights of known terms and add new
	// dimensions, reported in Scores.Extra. Build them with ParseLexicon.
	Lexicons []*Lexicon
	// NoDefaultLexicons leaves the embedded lexicons out: only Lexicons
	// are read.
	NoDefaultLexicons bool
	// Weights are the fitted coefficients and word valences; nil means the
	// embedded ones (DefaultWeights).
	Weights *Weights
}

// Analyzer scores texts. It is safe for concurrent use once built.
type Analyzer struct {
	bayes   *Model
	rh      *rhetoric
	weights *Weights
	lexs    []*Lexicon
	coef    coefs
}

// New builds an Analyzer from opts, loading embedded data where opts leaves
// a part unset.
func New(opts Options) (*Analyzer, error) {
	a := &Analyzer{bayes: opts.Model, weights: opts.Weights}
	// The lexicons compile while the model decodes: both are CPU work
	// done once, and a command's start-up time is their longer one.
	type built struct {
		rh   *rhetoric
		lexs []*Lexicon
		w    *Weights
		err  error
	}
	done := make(chan built, 1)
	go func() {
		var b built
		defer func() { done <- b }()
		if !opts.NoDefaultLexicons {
			def, err := DefaultLexicons()
			if err != nil {
				b.err = err
				return
			}
			b.lexs = append(b.lexs, def...)
		}
		b.lexs = append(b.lexs, opts.Lexicons...)
		b.w = opts.Weights
		if b.w == nil {
			w, err := DefaultWeights()
			if err != nil {
				b.err = err
				return
			}
			b.w = w
		}
		b.rh, b.err = compile(b.lexs, b.w.Words)
	}()
	var merr error
	if a.bayes == nil {
		a.bayes, merr = DefaultModel()
	}
	if opts.Weights == nil {
		// The embedded weights parse here while the lexicons do there;
		// DefaultWeights gives the goroutine the same result (or error).
		_, _ = DefaultWeights()
	}
	b := <-done
	if merr != nil {
		return nil, merr
	}
	if b.err != nil {
		return nil, b.err
	}
	a.rh, a.lexs, a.weights, a.coef = b.rh, b.lexs, b.w, b.w.coefs()
	return a, nil
}

// Dimensions returns the names of every dimension Score fills: the fixed
// ones, then those user lexicons added (in Scores.Extra).
func (a *Analyzer) Dimensions() []string {
	out := []string{DimValence, DimBayes, DimHostility, DimCooperation, DimIntensity, DimGoldstein}
	for _, d := range a.rh.dims[len(builtinScale):] {
		out = append(out, d.name)
	}
	return out
}

// Score scores one text.
func (a *Analyzer) Score(text string) (r Result) {
	// After annotateAfter texts, annotate runs once in the background: it
	// costs several milliseconds of CPU that only a long run wins back, so
	// a command scoring a few lines does not pay it.
	if !a.rh.annotateStarted.Load() && a.rh.scored.Add(1) >= annotateAfter &&
		a.rh.annotateStarted.CompareAndSwap(false, true) {
		go a.rh.annotate(a.bayes)
	}
	sc := scratchPool.Get().(*scratch)
	sc.slab = len(text) < keepTextBelow
	sc.toks = appendTokens(sc.toks[:0], text)
	var f featureSet
	a.featuresInto(&f, text, sc.toks, nil, sc)
	r.Scores.Bayes = f.nbP
	a.fill(&f, &r, text, sc)
	sc.release(len(text))
	return
}
