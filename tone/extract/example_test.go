package extract_test

import (
	"fmt"
	"strings"

	"github.com/tonetrack/tonetrack/tone/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := extract.ParseArticle([]byte("Leaders trade words\n"+
		"North Korean leader Kim Jong Un told officials that the army must be ready for war.\n"+
		"\"We remain open to dialogue,\" President Biden said. \"The door is open.\"\n"+
		"He added that allies would meet next week, according to Reuters.\n"), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range x.Extract(a) {
		fmt.Printf("%s (%s, via %q): %s\n", s.Speaker, s.Kind, s.Via, s.Text)
	}
	// Output:
	// Kim Jong Un (indirect, via ""): the army must be ready for war
	// Joe Biden (direct, via ""): We remain open to dialogue
	// Joe Biden (direct, via ""): The door is open.
	// Joe Biden (indirect, via "Reuters"): allies would meet next week
}

func ExampleParseAliases() {
	al, err := extract.ParseAliases(stringsReader(`
Kim Jong Un:
  aliases: [Kim Jong-un]
  titles: [Supreme Leader]
  roles: [the North Korean leader]
KCNA:
  kind: outlet
  aliases: [Korean Central News Agency]
`), "aliases.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	e, _ := al.Lookup("Kim Jong-un")
	fmt.Println(e.Canonical, e.Kind)
	// Output: Kim Jong Un person
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
