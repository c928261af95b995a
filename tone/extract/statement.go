package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tonetrack/tonetrack/tone"
)

// Statement kinds.
const (
	// Direct is quoted speech: the speaker's own words.
	Direct = "direct"
	// Indirect is reported speech: a clause that paraphrases the speaker.
	Indirect = "indirect"
)

// Statement is one attributed statement: who said what, when and where. It is
// the unit that tonetrack scores, stores, tracks and exports. Its JSON form is
// a contract (see DESIGN.md): scripts read these names.
type Statement struct {
	ID       string        `json:"id"`
	Speaker  string        `json:"speaker"`
	Text     string        `json:"text"`
	Kind     string        `json:"kind,omitempty"`
	Via      string        `json:"via,omitempty"`
	Title    string        `json:"title,omitempty"`
	URL      string        `json:"url,omitempty"`
	Time     time.Time     `json:"time"`
	Source   string        `json:"source,omitempty"`
	Scores   tone.Scores   `json:"scores"`
	Evidence tone.Evidence `json:"evidence,omitzero"`
}

// ID returns the stable id of a statement: a hash of the speaker and the
// normalised words, so the same words from the same speaker get the same id
// in any run, from any article, on any replica.
func ID(speaker, text string) string {
	h := sha256.New()
	h.Write([]byte(NormalizeWords(speaker)))
	h.Write([]byte{0})
	h.Write([]byte(NormalizeWords(text)))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// NormalizeWords lower-cases text and keeps only its letters and digits,
// one space between words, so that quoting, punctuation, curly or straight
// apostrophes and spacing do not change a statement's identity.
func NormalizeWords(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if r < utf8.RuneSelf {
			// ASCII, the usual rune, without the Unicode tables
			switch {
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			case r == '\'':
				continue
			default:
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r) // as strings.ToLower, without a copy of text
		if r == '\'' || r == '\u2019' {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// equalWords reports whether NormalizeWords(text) == norm, without building
// it: it stops at the first word that differs.
func equalWords(text, norm string) bool {
	space, started := false, false
	for _, r := range text {
		r = unicode.ToLower(r)
		if r == '\'' || r == '\u2019' {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && started {
				if norm == "" || norm[0] != ' ' {
					return false
				}
				norm = norm[1:]
			}
			space, started = false, true
			c, n := utf8.DecodeRuneInString(norm)
			if n == 0 || c != r {
				return false
			}
			norm = norm[n:]
			continue
		}
		space = true
	}
	return norm == ""
}
