package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/tonetrack/tonetrack/tone"
)

// evalDims are the dimensions eval reports, in table order.
var evalDims = []string{tone.DimBayes, tone.DimValence, tone.DimHostility, tone.DimCooperation, tone.DimIntensity, tone.DimGoldstein}

// dimMidpoint is the value that splits a dimension into positive and
// negative tone, where that makes sense.
var dimMidpoint = map[string]float64{tone.DimBayes: 0.5, tone.DimValence: 0, tone.DimGoldstein: 0}

// evalKind is what the labels of an eval file are.
type evalKind string

const (
	kindLabel     evalKind = "label"     // binary sentiment, 1 positive
	kindRating    evalKind = "rating"    // human valence -4..4
	kindGoldstein evalKind = "goldstein" // CAMEO Goldstein value -10..10
)

// evalItem is one labelled text, scored.
type evalItem struct {
	gold   float64
	scores tone.Scores
}

// evalRow is the result for one dimension (or combination).
type evalRow struct {
	Dimension string   `json:"dimension"`
	AUC       *float64 `json:"auc,omitempty"`
	Accuracy  *float64 `json:"accuracy,omitempty"`
	Pearson   *float64 `json:"pearson,omitempty"`
	Spearman  *float64 `json:"spearman,omitempty"`
	SignAcc   *float64 `json:"sign_accuracy,omitempty"`
	Selected  bool     `json:"selected,omitempty"`
}

// evalReport is what eval prints.
type evalReport struct {
	File    string    `json:"file"`
	Kind    evalKind  `json:"kind"`
	Items   int       `json:"items"`
	Skipped int       `json:"skipped,omitempty"`
	Used    int       `json:"used"`
	Note    string    `json:"note"`
	Rows    []evalRow `json:"rows"`
}

// runEval measures the scores against human labels.
func runEval(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	data := fs.String("data", "", "labelled JSON Lines `FILE` with \"text\" and one of \"label\", \"rating\" or \"goldstein\" (.gz accepted)")
	dim := fs.String("dimension", "", "the dimension to headline (default: bayes for labels, valence for ratings, goldstein for Goldstein values)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	field := fs.String("label", "", "the label `FIELD` to measure against when a line has several: label, rating or goldstein (default: the first of those the first line has)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "score on `N` cores at once")
	analyzer := addAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: tonetrack eval --data FILE [--label FIELD] [--dimension D] [--json] [flags]\n\n"+
			"Scores each labelled text and measures the scores against the labels:\n"+
			"  \"label\" (1 positive, 0 negative): accuracy and ROC AUC;\n"+
			"  \"rating\" (human valence -4..4): Pearson r, Spearman rho, sign accuracy on |rating| >= 0.5;\n"+
			"  \"goldstein\" (CAMEO, -10..10): ROC AUC separating conflict (< 0) from cooperation (> 0),\n"+
			"  Pearson and Spearman with the Goldstein value.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return errors.New("eval: --data FILE is required and no arguments are taken")
	}
	if *workers < 1 {
		return fmt.Errorf("eval: --workers %d: want 1 or more", *workers)
	}
	switch evalKind(*field) {
	case "", kindLabel, kindRating, kindGoldstein:
	default:
		return fmt.Errorf("eval: --label %q: want label, rating or goldstein", *field)
	}
	if *dim != "" {
		if _, ok := (tone.Scores{}).Get(*dim); !ok {
			return fmt.Errorf("eval: --dimension %q: want one of %s", *dim, strings.Join(evalDims, ", "))
		}
	}
	a, err := analyzer()
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	rep := evalReport{File: *data, Kind: evalKind(*field)}
	var items []evalItem
	var texts []string // read but not yet scored
	err = readJSONLines(ctx, *data, func(line int, raw []byte) error {
		var rec map[string]json.RawMessage
		if err := json.Unmarshal(raw, &rec); err != nil {
			return fmt.Errorf("invalid JSON: %w", err)
		}
		var text string
		if err := json.Unmarshal(rec["text"], &text); err != nil || rec["text"] == nil {
			return errors.New(`no "text" string field`)
		}
		if rep.Kind == "" {
			for _, k := range []evalKind{kindLabel, kindRating, kindGoldstein} {
				if _, ok := rec[string(k)]; ok {
					rep.Kind = k
					break
				}
			}
			if rep.Kind == "" {
				return errors.New(`no "label", "rating" or "goldstein" field`)
			}
		}
		rep.Items++
		graw, ok := rec[string(rep.Kind)]
		if !ok {
			return fmt.Errorf("no %q field (the file's first item has one)", rep.Kind)
		}
		var gold float64
		switch rep.Kind {
		case kindLabel:
			pos, err := parseLabel(graw)
			if err != nil {
				return err
			}
			if pos {
				gold = 1
			}
		default:
			var g *float64
			if err := json.Unmarshal(graw, &g); err != nil {
				return fmt.Errorf("field %q: want a number: %w", rep.Kind, err)
			}
			if g == nil {
				rep.Skipped++ // e.g. a PETRARCH sentence with no event
				return nil
			}
			gold = *g
		}
		items = append(items, evalItem{gold: gold})
		texts = append(texts, text)
		if len(texts) == evalBatch {
			scoreBatch(a, items[len(items)-len(texts):], texts, *workers)
			texts = texts[:0]
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	scoreBatch(a, items[len(items)-len(texts):], texts, *workers)
	if len(items) == 0 {
		return fmt.Errorf("eval: %s: no labelled items", *data)
	}
	rep.Used = len(items)
	selected := *dim
	switch rep.Kind {
	case kindLabel:
		if selected == "" {
			selected = tone.DimBayes
		}
		rep.Note = "accuracy at the dimension's midpoint (bayes 0.5; valence, goldstein 0); AUC of the score for label 1"
		rep.Rows = evalLabels(items)
	case kindRating:
		if selected == "" {
			selected = tone.DimValence
		}
		rep.Note = "correlation with the human rating; sign accuracy on items with |rating| >= 0.5 (bayes split at 0.5)"
		rep.Rows = evalRatings(items)
	case kindGoldstein:
		if selected == "" {
			selected = tone.DimGoldstein
		}
		rep.Note = "AUC of the score turned toward conflict (hostility, intensity, or minus the others) for Goldstein < 0 against > 0;\nPearson and Spearman of the score itself with the Goldstein value"
		rep.Rows = evalGoldstein(items)
	}
	for i := range rep.Rows {
		rep.Rows[i].Selected = rep.Rows[i].Dimension == selected
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return printEval(e.stdout, rep)
}

// evalBatch is how many texts eval holds at once to score in parallel.
const evalBatch = 1024

// scoreBatch scores texts[i] into items[i].scores on workers goroutines.
func scoreBatch(a *tone.Analyzer, items []evalItem, texts []string, workers int) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(texts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				items[i].scores = a.Score(texts[i]).Scores
			}
		}()
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
}

func num(x float64) *float64 {
	if math.IsNaN(x) {
		return nil
	}
	x = math.Round(x*1e4) / 1e4
	return &x
}

func column(items []evalItem, dim string, sign float64) []float64 {
	out := make([]float64, len(items))
	for i, it := range items {
		v, _ := it.scores.Get(dim)
		out[i] = sign * v
	}
	return out
}

func evalLabels(items []evalItem) []evalRow {
	pos := make([]bool, len(items))
	for i, it := range items {
		pos[i] = it.gold == 1
	}
	var rows []evalRow
	for _, d := range evalDims {
		xs := column(items, d, 1)
		row := evalRow{Dimension: d, AUC: num(rocAUC(xs, pos))}
		if mid, ok := dimMidpoint[d]; ok {
			correct := 0
			for i, x := range xs {
				if (x >= mid) == pos[i] {
					correct++
				}
			}
			row.Accuracy = num(float64(correct) / float64(len(xs)))
		}
		rows = append(rows, row)
	}
	return rows
}

func evalRatings(items []evalItem) []evalRow {
	gold := make([]float64, len(items))
	for i, it := range items {
		gold[i] = it.gold
	}
	var rows []evalRow
	for _, d := range evalDims {
		xs := column(items, d, 1)
		row := evalRow{Dimension: d, Pearson: num(pearson(xs, gold)), Spearman: num(spearman(xs, gold))}
		if mid, ok := dimMidpoint[d]; ok {
			n, correct := 0, 0
			for i, x := range xs {
				if math.Abs(gold[i]) < 0.5 {
					continue
				}
				n++
				if (x > mid) == (gold[i] > 0) && x != mid {
					correct++
				}
			}
			if n > 0 {
				row.SignAcc = num(float64(correct) / float64(n))
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// conflictSign tells which way a dimension points to conflict.
var conflictSign = map[string]float64{
	tone.DimBayes: -1, tone.DimValence: -1, tone.DimHostility: 1, tone.DimCooperation: -1,
	tone.DimIntensity: 1, tone.DimGoldstein: -1,
}

func evalGoldstein(items []evalItem) []evalRow {
	var sub []evalItem // Goldstein 0 is neither side for the AUC
	for _, it := range items {
		if it.gold != 0 {
			sub = append(sub, it)
		}
	}
	conflict := make([]bool, len(sub))
	for i, it := range sub {
		conflict[i] = it.gold < 0
	}
	gold := make([]float64, len(items))
	for i, it := range items {
		gold[i] = it.gold
	}
	var rows []evalRow
	for _, d := range evalDims {
		all := column(items, d, 1)
		rows = append(rows, evalRow{
			Dimension: d,
			AUC:       num(rocAUC(column(sub, d, conflictSign[d]), conflict)),
			Pearson:   num(pearson(all, gold)),
			Spearman:  num(spearman(all, gold)),
		})
	}
	hc := func(its []evalItem) []float64 {
		out := make([]float64, len(its))
		for i, it := range its {
			out[i] = it.scores.Hostility - it.scores.Cooperation
		}
		return out
	}
	rows = append(rows, evalRow{
		Dimension: "hostility-cooperation",
		AUC:       num(rocAUC(hc(sub), conflict)),
		Pearson:   num(pearson(hc(items), gold)),
		Spearman:  num(spearman(hc(items), gold)),
	})
	return rows
}

func printEval(w io.Writer, rep evalReport) error {
	fmt.Fprintf(w, "%s: %d items (%s)", rep.File, rep.Used, rep.Kind)
	if rep.Skipped > 0 {
		fmt.Fprintf(w, ", %d skipped without a value", rep.Skipped)
	}
	fmt.Fprintf(w, "\n%s\n\n", rep.Note)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	var cols []string
	have := func(get func(evalRow) *float64) bool {
		for _, r := range rep.Rows {
			if get(r) != nil {
				return true
			}
		}
		return false
	}
	type col struct {
		name string
		get  func(evalRow) *float64
	}
	all := []col{
		{"ACCURACY", func(r evalRow) *float64 { return r.Accuracy }},
		{"AUC", func(r evalRow) *float64 { return r.AUC }},
		{"PEARSON", func(r evalRow) *float64 { return r.Pearson }},
		{"SPEARMAN", func(r evalRow) *float64 { return r.Spearman }},
		{"SIGN_ACC", func(r evalRow) *float64 { return r.SignAcc }},
	}
	var shown []col
	for _, c := range all {
		if have(c.get) {
			shown = append(shown, c)
			cols = append(cols, fmt.Sprintf("%9s", c.name))
		}
	}
	fmt.Fprintf(tw, "  DIMENSION\t%s\n", strings.Join(cols, "\t"))
	for _, r := range rep.Rows {
		mark := " "
		if r.Selected {
			mark = "*"
		}
		fmt.Fprintf(tw, "%s %s", mark, r.Dimension)
		for _, c := range shown {
			if v := c.get(r); v != nil {
				fmt.Fprintf(tw, "\t%9.4f", *v)
			} else {
				fmt.Fprintf(tw, "\t%9s", "-")
			}
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
