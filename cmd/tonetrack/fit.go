package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/tonetrack/tonetrack/tone"
)

// fitSet is one labelled dev set that fit reads from --data.
type fitSet struct {
	file string
	// label is "rating" (valence -4..4) or "goldstein".
	label string
	// group maps an id to the unit kept together by the split (all
	// sentences of one article or review go to the same side).
	group func(id string) string
	// path, when set, is where the set is read (a set outside --data).
	path string
}

var fitSets = []fitSet{
	{"nyt_dev.jsonl", "rating", idPrefix, ""},
	{"tweets.jsonl", "rating", idWhole, ""},
	{"movie_snippets.jsonl", "rating", idWhole, ""},
	{"amazon_snippets.jsonl", "rating", idPrefix, ""},
	{"cameo_codebook_examples.jsonl", "goldstein", idWhole, ""},
	{"petrarch_unittest.jsonl", "goldstein", idVariant, ""},
}

func idWhole(id string) string { return id }

// idPrefix groups "12_3" (article 12, sentence 3) by article.
func idPrefix(id string) string {
	p, _, _ := strings.Cut(id, "_")
	return p
}

// idVariant groups "SYNSET-22b" with "SYNSET-22a".
func idVariant(id string) string { return strings.TrimRight(id, "abcdefghijklmnopqrstuvwxyz") }

// fitRow is one labelled text of a set.
type fitRow struct {
	text  string
	gold  float64
	valid bool
}

// inValidation reports whether a group goes to the validation part: a
// seeded hash, so the split is fixed and needs no stored list.
func inValidation(seed int64, set, group string, frac float64) bool {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s\x00%s", seed, set, group)
	return float64(h.Sum64()%10000) < frac*10000
}

// readFitSet reads one set; a line without a usable label is skipped.
func readFitSet(path string, s fitSet, seed int64, frac float64) ([]fitRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("fit: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var rows []fitRow
	for ln := 1; sc.Scan(); ln++ {
		var rec struct {
			ID        string   `json:"id"`
			Text      string   `json:"text"`
			Rating    *float64 `json:"rating"`
			Goldstein *float64 `json:"goldstein"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("fit: %s:%d: %w", path, ln, err)
		}
		var v *float64
		if s.label == "rating" {
			v = rec.Rating
		} else {
			v = rec.Goldstein
		}
		if v == nil || strings.TrimSpace(rec.Text) == "" {
			continue
		}
		id := rec.ID
		if id == "" {
			id = fmt.Sprint(ln)
		}
		rows = append(rows, fitRow{text: rec.Text, gold: *v, valid: inValidation(seed, s.file, s.group(id), frac)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("fit: %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("fit: %s: no labelled lines", path)
	}
	return rows, nil
}

// fitSamples turns the rows of every set into samples, the training parts
// only or (all) every row. Each set weighs the same in total; nyt_dev
// newsWeight times as much.
func fitSamples(use []fitSet, sets [][]fitRow, newsWeight, ratedWeight float64, all bool) []tone.FitSample {
	var samples []tone.FitSample
	for i, s := range use {
		n := 0
		for _, r := range sets[i] {
			if all || !r.valid {
				n++
			}
		}
		w := 1000 / float64(max(n, 1)) // every set weighs the same
		if s.file == "nyt_dev.jsonl" {
			w *= newsWeight
		}
		if s.path != "" {
			w *= ratedWeight
		}
		for _, r := range sets[i] {
			if r.valid && !all {
				continue
			}
			fsm := tone.FitSample{Text: r.text, Valence: math.NaN(), Goldstein: math.NaN(), Weight: w}
			if s.label == "rating" {
				fsm.Valence = r.gold / 4
			} else {
				fsm.Goldstein = r.gold
			}
			samples = append(samples, fsm)
		}
	}
	return samples
}

// runFit fits the scorer's weights on the dev sets and writes them.
func runFit(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("fit", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	data := fs.String("data", "", "`DIR` holding the dev sets (nyt_dev, tweets, movie_snippets, amazon_snippets, cameo_codebook_examples, petrarch_unittest .jsonl)")
	out := fs.String("out", "", "write the weights to `FILE` (e.g. tone/lexicon/weights.txt); without it only the figures are printed")
	seed := fs.Int64("seed", 1, "seed of the fixed train/validation split")
	frac := fs.Float64("validation", 0.2, "fraction of each set (by article, review or sentence) held out for validation")
	lambda := fs.Float64("lambda", 0, "ridge penalty on the dense coefficients (0: default)")
	wordLambda := fs.Float64("word-lambda", 0, "ridge penalty on learned word valences (0: default)")
	minCount := fs.Int("min-count", 0, "texts a word must occur in to get a learned valence (0: default)")
	newsWeight := fs.Float64("news-weight", 2, "weight of nyt_dev (the set closest to political rhetoric) against the other valence sets")
	var rated repeated
	fs.Var(&rated, "rated", "also fit on the ratings of `FILE` (JSON Lines with \"text\" and \"rating\" -4..4), a set of your own; repeatable")
	ratedWeight := fs.Float64("rated-weight", 0.25, "weight of each --rated set against one dev set")
	refit := fs.Bool("refit", true, "after measuring, write weights refitted on every row (validation parts included) rather than the training-part fit the figures describe")
	analyzer := addAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack fit --data DIR [--out FILE] [flags]\n\n"+
			"Fits the rhetoric scorer on the training part of each dev set (a fixed seeded\n"+
			"split) and prints validation figures: Pearson r of valence against the human\n"+
			"ratings, ROC AUC of -goldstein separating conflict (< 0) from cooperation (> 0).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" {
		fs.Usage()
		return errors.New("fit: --data is required")
	}
	if !(*ratedWeight > 0) || math.IsInf(*ratedWeight, 0) {
		return fmt.Errorf("fit: --rated-weight %g: want a positive number", *ratedWeight)
	}
	if !(*newsWeight > 0) || math.IsInf(*newsWeight, 0) {
		return fmt.Errorf("fit: --news-weight %g: want a positive number", *newsWeight)
	}
	if *frac <= 0 || *frac >= 1 {
		return fmt.Errorf("fit: --validation %g: want a fraction between 0 and 1", *frac)
	}
	a, err := analyzer()
	if err != nil {
		return fmt.Errorf("fit: %w", err)
	}
	use := slices.Clone(fitSets)
	for _, path := range rated {
		use = append(use, fitSet{file: filepath.Base(path), path: path, label: "rating", group: idWhole})
	}
	sets := make([][]fitRow, len(use))
	for i, s := range use {
		path := s.path
		if path == "" {
			path = filepath.Join(*data, s.file)
		}
		rows, err := readFitSet(path, s, *seed, *frac)
		if err != nil {
			return err
		}
		sets[i] = rows
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	samples := fitSamples(use, sets, *newsWeight, *ratedWeight, false)
	e.log.Info("fitting", "samples", len(samples))
	meta := []string{
		fmt.Sprintf("split: seed %d, validation %.2f of each set by group; fitted on the training parts of %d sets", *seed, *frac, len(use)),
		fmt.Sprintf("options: news-weight %g, rated-weight %g, lambda %g, word-lambda %g, min-count %d (0: default)", *newsWeight, *ratedWeight, *lambda, *wordLambda, *minCount),
	}
	w, err := a.Fit(samples, tone.FitOptions{Lambda: *lambda, WordLambda: *wordLambda, MinCount: *minCount})
	if err != nil {
		return fmt.Errorf("fit: %w", err)
	}
	fitted, err := a.WithWeights(w)
	if err != nil {
		return fmt.Errorf("fit: %w", err)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tmeasure\tvalidation n\tvalidation\ttrain\twhole file\t")
	for i, s := range use {
		var parts [3][]float64 // scores: validation, train, all
		var golds [3][]float64
		for _, r := range sets[i] {
			sc := fitted.Score(r.text).Scores
			v := sc.Valence
			if s.label != "rating" {
				v = -sc.Goldstein
			}
			p := 1
			if r.valid {
				p = 0
			}
			for _, k := range []int{p, 2} {
				parts[k] = append(parts[k], v)
				golds[k] = append(golds[k], r.gold)
			}
		}
		measure := "pearson r valence"
		stat := func(k int) float64 { return pearson(parts[k], golds[k]) }
		if s.label != "rating" {
			measure = "auc -goldstein"
			stat = func(k int) float64 {
				var sc []float64
				var pos []bool
				for j, g := range golds[k] {
					if g != 0 {
						sc = append(sc, parts[k][j])
						pos = append(pos, g < 0)
					}
				}
				return rocAUC(sc, pos)
			}
		}
		name := strings.TrimSuffix(s.file, ".jsonl")
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t\n", name, measure, len(parts[0]), stat(0), stat(1), stat(2))
		meta = append(meta, fmt.Sprintf("%s: %s validation %.3f (n=%d), train %.3f", name, measure, stat(0), len(parts[0]), stat(1)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if *out == "" {
		return nil
	}
	if *refit {
		// The figures above are those of the fit on the training parts;
		// the weights written are fitted the same way on every row, so
		// no labelled sentence is left unused.
		all := fitSamples(use, sets, *newsWeight, *ratedWeight, true)
		e.log.Info("refitting on every row", "samples", len(all))
		if w, err = a.Fit(all, tone.FitOptions{Lambda: *lambda, WordLambda: *wordLambda, MinCount: *minCount}); err != nil {
			return fmt.Errorf("fit: %w", err)
		}
		meta = append(meta, "weights: refitted with the same options on every row of every set (validation parts included); the figures above are the training-part fit's")
	}
	w.Meta = meta
	b, err := w.MarshalText()
	if err != nil {
		return fmt.Errorf("fit: %w", err)
	}
	if err := writeFileAtomic(*out, b); err != nil {
		return fmt.Errorf("fit: %w", err)
	}
	fmt.Fprintf(e.stderr, "wrote %s (%d learned words)\n", *out, len(w.Words))
	return nil
}
