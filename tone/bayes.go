package tone

import "errors"

// Model is a multinomial Naive Bayes sentiment model.
type Model struct{}

// DefaultModel returns the embedded model.
func DefaultModel() (*Model, error) { return &Model{}, errors.New("bayes: not implemented yet") }

// Predict returns P(positive) for the tokens and the terms that drove it.
func (m *Model) Predict(toks []Token) (float64, []Term) { return 0.5, nil }
