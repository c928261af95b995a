package stream

import (
	"errors"
	"strings"
	"testing"
)

// FuzzDecodeStatements checks that any body either decodes to statements
// that all have a speaker and text, or fails with ErrPoison; never a panic.
func FuzzDecodeStatements(f *testing.F) {
	f.Add([]byte(`{"speaker":"A","text":"We agree."}`))
	f.Add([]byte(`[{"speaker":"A","text":"x"},{"speaker":"B","text":"y"}]`))
	f.Add([]byte("{\"speaker\":\"A\",\"text\":\"x\"}\n\n{\"speaker\":\"B\"}"))
	f.Add([]byte(`{"speaker":"A","text":"x","time":"2026-13-01T00:00:00Z"}`))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, body []byte) {
		sts, err := DecodeStatements(body)
		if err != nil {
			if !errors.Is(err, ErrPoison) {
				t.Fatalf("DecodeStatements(%q) = %v; want ErrPoison", body, err)
			}
			return
		}
		for i, st := range sts {
			if strings.TrimSpace(st.Speaker) == "" || strings.TrimSpace(st.Text) == "" {
				t.Fatalf("DecodeStatements(%q)[%d] = %+v; want speaker and text", body, i, st)
			}
		}
	})
}
