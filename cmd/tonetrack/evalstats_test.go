package main

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 || (math.IsNaN(a) && math.IsNaN(b)) }

func TestRanks(t *testing.T) {
	got := ranks([]float64{10, 20, 10, 30, 20, 20})
	want := []float64{1.5, 4, 1.5, 6, 4, 4}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranks = %v; want %v", got, want)
		}
	}
}

func TestROCAUC(t *testing.T) {
	tests := []struct {
		name   string
		scores []float64
		pos    []bool
		want   float64
	}{
		{"perfect", []float64{0.1, 0.2, 0.8, 0.9}, []bool{false, false, true, true}, 1},
		{"inverted", []float64{0.9, 0.8, 0.2, 0.1}, []bool{false, false, true, true}, 0},
		{"all tied", []float64{0.5, 0.5, 0.5, 0.5}, []bool{false, true, false, true}, 0.5},
		// Pairs (pos,neg): (0.4,0.1)>, (0.4,0.35)>, (0.8,0.1)>, (0.8,0.35)> ... with one swap:
		// pos {0.35, 0.8}, neg {0.1, 0.4}: 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3/4.
		{"one swap", []float64{0.1, 0.4, 0.35, 0.8}, []bool{false, false, true, true}, 0.75},
		// Tie between classes counts half: pos {0.5}, neg {0.5, 0.2} -> (0.5 + 1)/2.
		{"tie", []float64{0.5, 0.5, 0.2}, []bool{true, false, false}, 0.75},
		{"one class", []float64{1, 2}, []bool{true, true}, math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rocAUC(tt.scores, tt.pos); !near(got, tt.want) {
				t.Errorf("rocAUC(%v, %v) = %v; want %v", tt.scores, tt.pos, got, tt.want)
			}
		})
	}
}

func TestPearsonSpearman(t *testing.T) {
	x := []float64{1, 2, 3, 4, 5}
	if got := pearson(x, []float64{2, 4, 6, 8, 10}); !near(got, 1) {
		t.Errorf("pearson(linear) = %v; want 1", got)
	}
	if got := pearson(x, []float64{5, 4, 3, 2, 1}); !near(got, -1) {
		t.Errorf("pearson(reversed) = %v; want -1", got)
	}
	// Worked by hand: x=1..5, y=2,1,4,3,5: mean 3 and 3, sxy=8, sxx=syy=10 -> 0.8.
	if got := pearson(x, []float64{2, 1, 4, 3, 5}); !near(got, 0.8) {
		t.Errorf("pearson = %v; want 0.8", got)
	}
	// Monotonic but not linear: Spearman 1, Pearson below 1.
	y := []float64{1, 8, 27, 64, 1000}
	if got := spearman(x, y); !near(got, 1) {
		t.Errorf("spearman(monotonic) = %v; want 1", got)
	}
	if got := pearson(x, y); got >= 0.99 {
		t.Errorf("pearson(monotonic, skewed) = %v; want < 0.99", got)
	}
	if got := pearson(x, []float64{3, 3, 3, 3, 3}); !math.IsNaN(got) {
		t.Errorf("pearson(constant) = %v; want NaN", got)
	}
}
