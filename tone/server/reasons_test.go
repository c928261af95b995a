package server

import (
	"testing"

	"github.com/tonetrack/tonetrack/tone/exporter"
	"github.com/tonetrack/tonetrack/tone/extract"
)

// TestDecodeReasonsAreExporterReasons checks that the reasons
// extract.DecodeStatement gives, which the server counts as they are, are
// the predeclared reasons of tone_ingest_rejected_total.
func TestDecodeReasonsAreExporterReasons(t *testing.T) {
	for _, pair := range [][2]string{
		{extract.ReasonMalformed, exporter.ReasonMalformed},
		{extract.ReasonMissingField, exporter.ReasonMissingField},
		{extract.ReasonInvalidField, exporter.ReasonInvalidField},
		{extract.ReasonUnknownField, exporter.ReasonUnknownField},
		{extract.ReasonInvalidUTF8, exporter.ReasonInvalidUTF8},
	} {
		if pair[0] != pair[1] {
			t.Errorf("extract reason %q differs from exporter reason %q", pair[0], pair[1])
		}
	}
}
