package main

import (
	"math"
	"sort"
)

// ranks returns the 1-based ranks of xs, ties given their average rank.
func ranks(xs []float64) []float64 {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return xs[idx[a]] < xs[idx[b]] })
	r := make([]float64, len(xs))
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && xs[idx[j]] == xs[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2 // mean of ranks i+1..j
		for k := i; k < j; k++ {
			r[idx[k]] = avg
		}
		i = j
	}
	return r
}

// rocAUC returns the area under the ROC curve of scores separating the
// positive items from the others: the probability that a random positive
// scores above a random negative, ties counting half (Mann-Whitney U). It
// is NaN when either class is empty.
func rocAUC(scores []float64, positive []bool) float64 {
	r := ranks(scores)
	var np, nn, sum float64
	for i, p := range positive {
		if p {
			np++
			sum += r[i]
		} else {
			nn++
		}
	}
	if np == 0 || nn == 0 {
		return math.NaN()
	}
	return (sum - np*(np+1)/2) / (np * nn)
}

// pearson returns Pearson's correlation of xs and ys, NaN when either has
// no variance or there are fewer than two pairs.
func pearson(xs, ys []float64) float64 {
	n := float64(len(xs))
	if len(xs) < 2 || len(xs) != len(ys) {
		return math.NaN()
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// spearman returns Spearman's rank correlation (Pearson's on average
// ranks).
func spearman(xs, ys []float64) float64 {
	if len(xs) != len(ys) {
		return math.NaN()
	}
	return pearson(ranks(xs), ranks(ys))
}
