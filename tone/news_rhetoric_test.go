package tone_test

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"testing"
)

// TestNewsRhetoricSetA guards the scores on the fresh labelled news
// statements of testdata/news-rhetoric (tuning data since its first run:
// see its README): goldstein must separate hostile from cooperative
// statements, valence follow the readers' rating.
func TestNewsRhetoricSetA(t *testing.T) {
	a := analyzer(t)
	f, err := os.Open("testdata/news-rhetoric/set-a.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var hostile, coop, val, rating []float64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct {
			Text   string
			Class  string
			Rating float64
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		s := a.Score(r.Text).Scores
		switch r.Class {
		case "hostile":
			hostile = append(hostile, s.Goldstein)
		case "cooperative":
			coop = append(coop, s.Goldstein)
		}
		val = append(val, s.Valence)
		rating = append(rating, r.Rating)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(hostile) < 50 || len(coop) < 50 {
		t.Fatalf("%d hostile, %d cooperative statements: want at least 50 of each", len(hostile), len(coop))
	}
	// AUC: how often a cooperative statement's goldstein exceeds a hostile one's.
	wins := 0.0
	for _, h := range hostile {
		for _, c := range coop {
			switch {
			case c > h:
				wins++
			case c == h:
				wins += 0.5
			}
		}
	}
	auc := wins / float64(len(hostile)*len(coop))
	r := pearsonR(val, rating)
	t.Logf("AUC of goldstein, cooperative vs hostile: %.3f; valence r %.3f", auc, r)
	if auc < 0.95 {
		t.Errorf("AUC %.3f: want >= 0.95", auc)
	}
	if r < 0.6 {
		t.Errorf("valence r %.3f: want >= 0.6", r)
	}
}

func pearsonR(x, y []float64) float64 {
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= float64(len(x))
	my /= float64(len(y))
	var sxy, sxx, syy float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
		syy += (y[i] - my) * (y[i] - my)
	}
	return sxy / math.Sqrt(sxx*syy)
}
