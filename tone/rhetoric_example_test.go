package tone_test

import (
	"fmt"

	"github.com/tonetrack/tonetrack/tone"
)

// A user lexicon adds terms to built-in dimensions and whole new ones; the
// new ones are reported in Scores.Extra (and inline in JSON "scores").
func ExampleParseLexicon() {
	l, err := tone.ParseLexicon("sanctions.yaml", []byte(`
dimensions:
  sanctions_talk:
    scale: unipolar
    description: talk of economic sanctions
    terms:
      asset freeze: 2.5
      export controls: 2
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := tone.New(tone.Options{Lexicons: []*tone.Lexicon{l}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := a.Score("The EU agreed an asset freeze and new export controls.")
	fmt.Printf("sanctions_talk %.2f\n", r.Scores.Extra["sanctions_talk"])
	for _, t := range r.Evidence.Terms("sanctions_talk") {
		fmt.Printf("  %s %+.1f\n", t.Term, t.Weight)
	}
	// Output:
	// sanctions_talk 0.89
	//   asset freeze +2.5
	//   export controls +2.0
}

// Negation has a scope: a negated threat reads as reassurance.
func ExampleAnalyzer_Score_negation() {
	a, err := tone.New(tone.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{"We will attack them.", "We have no intention of attacking anyone."} {
		r := a.Score(s)
		fmt.Printf("%-42s hostility %.2f cooperation %.2f conflict %v\n", s, r.Scores.Hostility, r.Scores.Cooperation, r.Scores.Goldstein < 0)
	}
	// Output:
	// We will attack them.                       hostility 0.71 cooperation 0.00 conflict true
	// We have no intention of attacking anyone.  hostility 0.00 cooperation 0.46 conflict false
}
