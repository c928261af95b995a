package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tonetrack/tonetrack/tone"
)

// addAnalyzerFlags defines the flags that choose how texts are scored
// (--model, --lexicon, --weights) on fs and returns a function, to call after fs.Parse, that
// builds the Analyzer they describe.
func addAnalyzerFlags(fs *flag.FlagSet) func() (*tone.Analyzer, error) {
	model := fs.String("model", "", "Naive Bayes model `FILE` written by 'tonetrack train' (default: the embedded IMDB model)")
	var lexicons lexiconFlag
	fs.Var(&lexicons, "lexicon", "YAML lexicon `FILE` adding terms or dimensions (repeatable; later files override earlier ones)")
	weights := fs.String("weights", "", "fitted weights `FILE` written by 'tonetrack fit' (default: the embedded weights)")
	return func() (*tone.Analyzer, error) {
		var opts tone.Options
		for _, path := range lexicons {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("--lexicon: %w", err)
			}
			l, err := tone.ParseLexicon(path, data)
			if err != nil {
				return nil, fmt.Errorf("--lexicon: %w", err)
			}
			opts.Lexicons = append(opts.Lexicons, l)
		}
		if *weights != "" {
			data, err := os.ReadFile(*weights)
			if err != nil {
				return nil, fmt.Errorf("--weights: %w", err)
			}
			w, err := tone.ParseWeights(data)
			if err != nil {
				return nil, fmt.Errorf("--weights %s: %w", *weights, err)
			}
			opts.Weights = w
		}
		if *model != "" {
			m, err := loadModelFile(*model)
			if err != nil {
				return nil, fmt.Errorf("--model: %w", err)
			}
			opts.Model = m
		}
		a, err := tone.New(opts)
		if err != nil {
			return nil, fmt.Errorf("build analyzer: %w", err)
		}
		return a, nil
	}
}

// lexiconFlag collects repeated --lexicon paths.
type lexiconFlag []string

func (l *lexiconFlag) String() string { return strings.Join(*l, ",") }

func (l *lexiconFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty path")
	}
	*l = append(*l, v)
	return nil
}

// loadModelFile loads a model from a path on disk.
func loadModelFile(path string) (*tone.Model, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return tone.LoadModel(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
}
