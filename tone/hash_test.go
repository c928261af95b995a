package tone

import (
	"slices"
	"testing"
)

// TestFeatureHashParts checks that the hash of a negated word or a word pair
// is the one its parts give, as the look-ups of Score compute it.
func TestFeatureHashParts(t *testing.T) {
	for _, w := range []string{"", "a", "war", "peace", "negotiations", "don't", "über-große", "x\xff"} {
		if got, want := featureHash(negationPrefix+w), negHash(wordHash(w)); got != want {
			t.Errorf("featureHash(not_%s) = %x; want %x", w, got, want)
		}
		for _, v := range []string{"talks", "b", "2024"} {
			if got, want := featureHash(w+" "+v), pairHash(wordHash(w), wordHash(v)); got != want {
				t.Errorf("featureHash(%q) = %x; want %x", w+" "+v, got, want)
			}
		}
	}
	if wordHash("ab") == wordHash("ba") || wordHash("abcdefgh") == wordHash("abcdefgi") {
		t.Error("wordHash collides on near words")
	}
}

// TestScoreBayesBeforeAnnotate checks that Score's Naive Bayes pass, before
// the phrase table is annotated (every feature looked up by hash), gives
// Predict's probability and evidence, on ASCII and other text.
func TestScoreBayesBeforeAnnotate(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"We have no intention of attacking, but we will not negotiate with terrorists!",
		"Don’t ever say it wasn't a GREAT, great deal? Never! NOT good at all.",
		"Ça ne va pas: the Élysée said it was “a terrible, terrible mistake”.",
		"bad \xff bytes, not   good; not bad... but great",
		"",
	}
	for _, s := range Sentences(benchText(t)) {
		texts = append(texts, s.Text)
	}
	for _, text := range texts {
		if a.rh.annotated.Load() {
			t.Fatal("table annotated during the test")
		}
		r := a.Score(text)
		p, ev := a.bayes.Predict(Tokenize(text))
		if r.Scores.Bayes != p || !slices.Equal(r.Evidence.Terms(DimBayes), ev) {
			t.Errorf("%q: Score bayes %v %v, Predict %v %v", text, r.Scores.Bayes, r.Evidence.Terms(DimBayes), p, ev)
		}
	}
}
