package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tonetrack/tonetrack/tone"
)

// addAnalyzerFlags defines the flags that choose how texts are scored
// (--model) on fs and returns a function, to call after fs.Parse, that
// builds the Analyzer they describe.
func addAnalyzerFlags(fs *flag.FlagSet) func() (*tone.Analyzer, error) {
	model := fs.String("model", "", "Naive Bayes model `FILE` written by 'tonetrack train' (default: the embedded IMDB model)")
	return func() (*tone.Analyzer, error) {
		var opts tone.Options
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

// loadModelFile loads a model from a path on disk.
func loadModelFile(path string) (*tone.Model, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return tone.LoadModel(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
}
