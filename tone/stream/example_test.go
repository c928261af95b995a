package stream_test

import (
	"fmt"

	"github.com/tonetrack/tonetrack/tone/stream"
)

// Speakers are routed by their normalised words, so spellings that differ
// only in case, spacing or punctuation reach the same replica.
func ExamplePartition() {
	a := stream.Partition("Kim Jong Un", 16)
	b := stream.Partition("kim jong-un", 16)
	fmt.Println(a == b, a >= 0 && a < 16)
	// Output: true true
}

func ExampleDecodeStatements() {
	body := []byte(`{"speaker":"Anna Berg","text":"We are ready to talk."}
{"speaker":"Paul Grant","text":"Our patience has limits.","source":"wire"}
`)
	sts, err := stream.DecodeStatements(body)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range sts {
		fmt.Printf("%s: %s\n", st.Speaker, st.Text)
	}
	_, err = stream.DecodeStatements([]byte(`{"speaker":"Anna Berg","txt":"typo"}`))
	fmt.Println(err)
	// Output:
	// Anna Berg: We are ready to talk.
	// Paul Grant: Our patience has limits.
	// poison message: line 1: json: unknown field "txt"
}
