package extract

import (
	"fmt"
	"strings"
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

// Options configures an Extractor. The zero value uses the embedded analyzer
// and the built-in aliases.
type Options struct {
	// Analyzer scores each statement; nil means tone.New(tone.Options{}).
	Analyzer *tone.Analyzer
	// Aliases are laid over the built-in aliases (DefaultAliases): an entry
	// replaces the built-in entry of the same canonical name. nil means the
	// built-in aliases alone.
	Aliases *Aliases
	// NoDefaultAliases drops the built-in aliases, so only Aliases apply.
	NoDefaultAliases bool
}

// Extractor turns articles into attributed, scored statements. It holds no
// state between calls and is safe for concurrent use.
type Extractor struct {
	an *tone.Analyzer
	al *Aliases
}

// New builds an Extractor.
func New(opts Options) (*Extractor, error) {
	an := opts.Analyzer
	if an == nil {
		var err error
		an, err = tone.New(tone.Options{})
		if err != nil {
			return nil, fmt.Errorf("extract: build analyzer: %w", err)
		}
	}
	base := DefaultAliases()
	if opts.NoDefaultAliases {
		base = &Aliases{}
	}
	if base.Len() == 0 && !opts.NoDefaultAliases {
		return nil, fmt.Errorf("extract: built-in aliases did not load")
	}
	return &Extractor{an: an, al: Merge(base, opts.Aliases)}, nil
}

// Extract returns the statements of an article, deduplicated by id, in
// article order, each with its id, speaker, kind, scores and evidence, and
// Time set to a.Published. Every Text is a substring of Normalize(a.Text).
func (x *Extractor) Extract(a Article) []Statement {
	found := x.find(a)
	out := make([]Statement, 0, len(found))
	for _, f := range found {
		st := Statement{
			ID:      f.ID,
			Speaker: f.Speaker,
			Text:    f.Text,
			Kind:    f.Kind,
			Via:     f.Via,
			Title:   a.Title,
			URL:     a.URL,
			Time:    a.Published,
			Source:  a.Source,
		}
		if x.an != nil {
			res := x.an.Score(st.Text)
			st.Scores, st.Evidence = res.Scores, res.Evidence
		}
		out = append(out, st)
	}
	return out
}

// find returns the unscored statements of a, deduplicated.
func (x *Extractor) find(a Article) []Statement {
	norm := Normalize(a.Text)
	r := newReader(norm, a.Title, x.al)
	r.read()
	nm := newNamer(r) // every speaker gets its canonical name (naming.go)
	seen := map[string]bool{}
	var out []Statement
	if len(r.out) > 0 {
		out = make([]Statement, 0, len(r.out))
	}
	for _, f := range r.out {
		text := norm[f.start:f.end]
		speaker := ministryCase(nm.speaker(f.speaker, f.start))
		id := ID(speaker, text)
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, Statement{ID: id, Speaker: speaker, Text: text, Kind: f.kind, Via: f.via})
	}
	return out
}

// speakerName gives a speaker's name its one written form: a name suffix
// without its full stop ("Ferdinand Marcos Jr." -> "Ferdinand Marcos Jr"),
// as British and many wire styles write it, so that a person is one speaker
// whichever style the article used (the statement ID already ignored the
// stop).
func speakerName(s string) string {
	for _, suf := range []string{" Jr.", " Sr."} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-1]
		}
	}
	return s
}
