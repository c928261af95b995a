package extract

import (
	"errors"
	"time"

	"github.com/tonetrack/tonetrack/tone"
)

// Article is one article to read: a title, a body and where it came from.
type Article struct {
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitempty"`
	Source    string    `json:"source,omitempty"`
}

// ParseArticle reads an article from data: JSON {"text","title","url",
// "published","source"}, HTML (the body found by readability), or plain text
// with the title on the first line. contentType may be empty; then the form is
// sniffed from the data.
func ParseArticle(data []byte, contentType string) (Article, error) {
	return Article{}, errors.New("extract: not implemented yet")
}

// Options configures an Extractor. The zero value uses the embedded analyzer
// and the built-in aliases.
type Options struct {
	// Analyzer scores each statement; nil means tone.New(tone.Options{}).
	Analyzer *tone.Analyzer
}

// Extractor turns articles into attributed, scored statements. It is safe for
// concurrent use.
type Extractor struct {
	an *tone.Analyzer
}

// New builds an Extractor.
func New(opts Options) (*Extractor, error) {
	return &Extractor{an: opts.Analyzer}, nil
}

// Extract returns the statements of an article, deduplicated, in article
// order, each with its id, speaker, kind, scores and evidence.
func (x *Extractor) Extract(a Article) []Statement {
	return nil
}
