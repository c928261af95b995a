package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tonetrack/tonetrack/tone"
)

// runTrain trains the Naive Bayes sentiment model from labelled JSON Lines.
func runTrain(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	data := fs.String("data", "", "labelled JSON Lines `FILE` ({\"text\",\"label\"}, label 1/0, true/false or pos/neg; .gz accepted)")
	out := fs.String("out", "sentiment.ttnb", "write the model to `FILE`")
	var o tone.TrainOptions
	fs.Float64Var(&o.Alpha, "alpha", 0, "additive smoothing of counts (0: the default, 1)")
	fs.IntVar(&o.MinDocs, "min-docs", 0, "drop features seen in fewer documents (0: the default, 3)")
	fs.IntVar(&o.MaxFeatures, "max-features", 0, "keep at most N features (0: the default, 100000; -1: all)")
	fs.IntVar(&o.Holdout, "holdout", 0, "hold every Nth document out to calibrate probabilities (0: the default, 10; -1: no calibration)")
	fs.BoolVar(&o.NoBigrams, "no-bigrams", false, "do not use word pairs")
	fs.BoolVar(&o.NoNegation, "no-negation", false, "do not mark words after a negation")
	fs.BoolVar(&o.NoPunct, "no-punct", false, "do not use ! and ? as features")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack train --data FILE [--out FILE] [options]\n\n"+
			"Trains the Naive Bayes sentiment model; the same data and options give the same bytes.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return errors.New("train: --data FILE is required and no arguments are taken")
	}
	o.Source = filepath.Base(*data)
	tr, err := tone.NewTrainer(o)
	if err != nil {
		return err
	}
	err = readJSONLines(ctx, *data, func(line int, raw []byte) error {
		var rec struct {
			Text  *string         `json:"text"`
			Label json.RawMessage `json:"label"`
		}
		if err := json.Unmarshal(raw, &rec); err != nil {
			return err
		}
		if rec.Text == nil {
			return errors.New(`no "text" field`)
		}
		pos, err := parseLabel(rec.Label)
		if err != nil {
			return err
		}
		tr.Add(*rec.Text, pos)
		return nil
	})
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	m, rep, err := tr.Model()
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := writeFileAtomic(*out, b); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	fmt.Fprintf(e.stdout, "trained on %d documents (%d positive): %d features, %d bytes written to %s\n",
		rep.Docs, rep.Positive, rep.Features, len(b), *out)
	if rep.HeldOut > 0 {
		fmt.Fprintf(e.stdout, "held out %d documents for calibration: accuracy %.4f, log loss %.4f (scale %.4g, shift %.4g per feature)\n",
			rep.HeldOut, rep.HeldAccuracy, rep.HeldLogLoss, rep.Scale, rep.Shift)
	}
	return nil
}

// parseLabel reads a binary label: 1/0, true/false, "pos"/"neg",
// "positive"/"negative", "1"/"0".
func parseLabel(raw json.RawMessage) (bool, error) {
	if len(raw) == 0 {
		return false, errors.New(`no "label" field`)
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return false, fmt.Errorf("label: %w", err)
	}
	switch x := v.(type) {
	case bool:
		return x, nil
	case float64:
		switch x {
		case 1:
			return true, nil
		case 0:
			return false, nil
		}
	case string:
		switch strings.ToLower(x) {
		case "1", "pos", "positive", "true":
			return true, nil
		case "0", "neg", "negative", "false":
			return false, nil
		}
	}
	return false, fmt.Errorf("label %s: want 1 or 0, true or false, pos or neg", raw)
}

// readJSONLines calls fn for each non-blank line of the JSON Lines file at
// path (gzip-compressed or not), stopping at the first error, which it
// returns as path:line: error.
func readJSONLines(ctx context.Context, path string, fn func(line int, raw []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := maybeGunzip(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		line, rerr := readLine(br)
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if rerr != nil && !errors.Is(rerr, errEOF) {
			return fmt.Errorf("%s:%d: %w", path, n, rerr)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if err := fn(n, line); err != nil {
				return fmt.Errorf("%s:%d: %w", path, n, err)
			}
		}
		if rerr != nil {
			return nil
		}
	}
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so a reader never sees half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
