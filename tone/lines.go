package tone

import (
	"iter"
	"strings"
)

// textLines yields the lines of a text file held in memory with their
// 1-based numbers, without "\n" or "\r\n". The lines are slices of text (no
// copy), which the embedded lexicon, weights and compiled files rely on.
func textLines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		ln := 0
		for line := range strings.Lines(text) {
			ln++
			line = strings.TrimSuffix(line, "\n")
			if !yield(ln, strings.TrimSuffix(line, "\r")) {
				return
			}
		}
	}
}
