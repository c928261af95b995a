package tone

// Options configures an Analyzer. The zero value is safe: it uses the
// embedded model and lexicons.
type Options struct {
	// Model is the Naive Bayes sentiment model; nil means the embedded one.
	Model *Model
}

// Analyzer scores texts. It is safe for concurrent use once built.
type Analyzer struct {
	bayes *Model
}

// New builds an Analyzer from opts, loading embedded data where opts leaves
// a part unset.
func New(opts Options) (*Analyzer, error) {
	a := &Analyzer{bayes: opts.Model}
	if a.bayes == nil {
		m, err := DefaultModel()
		if err != nil {
			return nil, err
		}
		a.bayes = m
	}
	return a, nil
}

// Score scores one text.
func (a *Analyzer) Score(text string) Result {
	toks := Tokenize(text)
	r := Result{Evidence: Evidence{}}
	p, ev := a.bayes.Predict(toks)
	r.Scores.Bayes = p
	r.Evidence[DimBayes] = ev
	return r
}
