package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	a, err := ParseArticle(data, "")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := New(Options{})
	for _, s := range x.find(a) {
		fmt.Printf("%-20s %-8s via=%-12q %q\n", s.Speaker, s.Kind, s.Via, s.Text)
	}
}
