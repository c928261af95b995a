package tone_test

import (
	"fmt"

	"github.com/tonetrack/tonetrack/tone"
)

func ExampleTokenize() {
	for _, t := range tone.Tokenize(`He [Kim] won’t accept U.S.-led talks, NEVER.`) {
		fmt.Printf("%s %s caps=%v bracketed=%v norm=%s\n", t.Text, t.Kind, t.Caps, t.Bracketed, t.Norm())
	}
	// Output:
	// He word caps=false bracketed=false norm=he
	// [ punct caps=false bracketed=true norm=[
	// Kim word caps=false bracketed=true norm=kim
	// ] punct caps=false bracketed=true norm=]
	// won’t word caps=false bracketed=false norm=won't
	// accept word caps=false bracketed=false norm=accept
	// U.S.-led word caps=false bracketed=false norm=u.s.-led
	// talks word caps=false bracketed=false norm=talks
	// , punct caps=false bracketed=false norm=,
	// NEVER word caps=true bracketed=false norm=never
	// . punct caps=false bracketed=false norm=.
}

func ExampleSentences() {
	text := "PEACE TALKS STALL\nGen. Lee met U.S. envoys. \"We will not yield. Never.\" \"Why?\" Kim asked."
	for _, s := range tone.Sentences(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-17 PEACE TALKS STALL
	// 18-43 Gen. Lee met U.S. envoys.
	// 44-63 "We will not yield.
	// 64-71 Never."
	// 72-89 "Why?" Kim asked.
}

func ExampleModel_Predict() {
	m, err := tone.DefaultModel()
	if err != nil {
		panic(err)
	}
	p, evidence := m.Predict(tone.Tokenize("A brilliant, moving film."))
	fmt.Println(p > 0.5, evidence[0].Term, evidence[0].Weight > 0)
	// Output:
	// true moving film true
}
