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
// # Text handling
//
// Tokenize splits text into word, number and punctuation tokens with their
// byte offsets; words keep inner apostrophes (straight or curly), hyphens
// and abbreviation dots, and carry flags for words in capitals (Caps) and
// editorial insertions in square brackets (Bracketed). Sentences splits news
// text into sentences (Span), knowing titles, initials, dotted
// abbreviations, quotes that run over several sentences and headline lines.
// The rest of tonetrack builds on both.
//
// # Naive Bayes sentiment
//
// Model is a multinomial Naive Bayes classifier with binary counts over
// words, words in the scope of a negation and adjacent word pairs, computed
// in log space. Predict returns a calibrated P(positive) for a whole text
// and the terms that drove it. Trainer builds a Model from labelled texts;
// `tonetrack train` runs it over JSON Lines and writes the versioned model
// file (MarshalBinary) that DefaultModel embeds and LoadModel reads from
// any fs.FS. Training is deterministic: the same data and options give the
// same bytes, so the embedded model is regenerated and checked with
// `go generate ./tone/` (it reads ../shared/data/imdb_train.jsonl.gz).
//
// # Rhetoric
//
// Score reads the tokens against the embedded lexicons (tone/lexicon:
// VADER's valence words, news words, and hostility, cooperation and
// intensity terms organised by CAMEO event class), applying negation scope,
// reversal verbs, hedges, intensifiers, contrast and multi-word expressions,
// then combines those features and the Naive Bayes log-odds with fitted
// weights (Weights, written by `tonetrack fit`) into valence and goldstein.
// Options.Lexicons adds users' terms and whole new dimensions (ParseLexicon
// reports unknown keys, bad weights and duplicate terms with their line);
// the new dimensions appear in Scores.Extra.
package tone
