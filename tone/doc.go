// Package tone scores the rhetoric of a piece of text.
//
// It is a pure scoring library: no I/O, no logging, no metrics. Another Go
// program imports it to score text:
//
//	a, err := tone.New(tone.Options{})
//	if err != nil { ... }
//	r := a.Score("We are open to dialogue without preconditions.")
//	fmt.Println(r.Scores.Cooperation, r.Evidence)
//
// A Result carries one value per dimension (see Scores) and, for each
// dimension, the terms that moved it (see Evidence). The Naive Bayes
// sentiment model and the lexicons are embedded; Options lets a caller bring
// its own.
//
// Besides scoring, the package exposes the text handling the rest of
// tonetrack builds on: Tokenize splits text into word tokens and Sentences
// splits news text into sentences.
package tone
