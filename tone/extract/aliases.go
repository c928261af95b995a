package extract

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Speaker kinds in an alias file.
const (
	// KindPerson is a person: the default kind.
	KindPerson = "person"
	// KindOrganisation is a government, party, company or other body.
	KindOrganisation = "organisation"
	// KindOutlet is a news outlet: it relays others' words and is named in
	// Statement.Via rather than as their speaker.
	KindOutlet = "outlet"
)

//go:embed aliases.yaml
var defaultAliasesYAML []byte

// Entity is one speaker of an alias file: the canonical name and the other
// ways an article may name it.
type Entity struct {
	// Canonical is the name statements carry.
	Canonical string
	// Kind is person, organisation or outlet.
	Kind string
	// Aliases are other names: "Biden", "Joseph R. Biden".
	Aliases []string
	// Titles are words that precede the name and are not part of it:
	// "Supreme Leader".
	Titles []string
	// Roles are phrases that on their own name the speaker: "the North
	// Korean leader".
	Roles []string
}

type entityYAML struct {
	Kind    string   `yaml:"kind"`
	Aliases []string `yaml:"aliases"`
	Titles  []string `yaml:"titles"`
	Roles   []string `yaml:"roles"`
}

// Aliases maps names, titles and roles to canonical speakers. The zero value
// is empty; DefaultAliases returns the built-in table. An Aliases is
// read-only once built and safe for concurrent use.
type Aliases struct {
	entities map[string]*Entity // canonical -> entity
	names    map[string]*Entity // NormalizeWords(alias or canonical) -> entity
	roles    map[string]*Entity // NormalizeWords(role) -> entity
	titles   map[string]bool    // lower-case title words
}

// DefaultAliases returns the built-in aliases of well-known leaders,
// organisations and news outlets (embedded aliases.yaml).
func DefaultAliases() *Aliases {
	a, err := ParseAliases(bytes.NewReader(defaultAliasesYAML), "aliases.yaml")
	if err != nil {
		// The embedded file is checked by TestDefaultAliases; reaching this
		// means the binary was built from a broken tree.
		return &Aliases{}
	}
	return a
}

// ParseAliases reads a YAML alias file: a mapping from canonical name to
// {kind, aliases, titles, roles}. Unknown fields, an empty name, an unknown
// kind or a name claimed by two entries are errors naming the file and line.
func ParseAliases(r io.Reader, name string) (*Aliases, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read aliases %s: %w", name, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("aliases %s: %w", name, err)
	}
	a := &Aliases{}
	if len(root.Content) == 0 {
		return a, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("aliases %s:%d: want a mapping from canonical name to {aliases, titles, roles}", name, doc.Line)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var m map[string]*entityYAML
	if err := dec.Decode(&m); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("aliases %s: %w", name, err)
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k := doc.Content[i]
		canon := strings.TrimSpace(k.Value)
		line := k.Line
		if canon == "" {
			return nil, fmt.Errorf("aliases %s:%d: empty canonical name", name, line)
		}
		e := &Entity{Canonical: canon, Kind: KindPerson}
		if y := m[k.Value]; y != nil {
			if y.Kind != "" {
				e.Kind = y.Kind
			}
			e.Aliases, e.Titles, e.Roles = y.Aliases, y.Titles, y.Roles
		}
		switch e.Kind {
		case KindPerson, KindOrganisation, KindOutlet:
		case "organization":
			e.Kind = KindOrganisation
		default:
			return nil, fmt.Errorf("aliases %s:%d: %q: unknown kind %q (want person, organisation or outlet)", name, line, canon, e.Kind)
		}
		if err := a.add(e); err != nil {
			return nil, fmt.Errorf("aliases %s:%d: %w", name, line, err)
		}
	}
	return a, nil
}

func (a *Aliases) init() {
	if a.entities == nil {
		a.entities = map[string]*Entity{}
		a.names = map[string]*Entity{}
		a.roles = map[string]*Entity{}
		a.titles = map[string]bool{}
	}
}

// add registers e; a name already claimed by another entity is an error.
func (a *Aliases) add(e *Entity) error {
	a.init()
	if _, dup := a.entities[e.Canonical]; dup {
		return fmt.Errorf("%q listed twice", e.Canonical)
	}
	claim := func(m map[string]*Entity, s, what string) error {
		n := NormalizeWords(s)
		if n == "" {
			return fmt.Errorf("%q: empty %s", e.Canonical, what)
		}
		if o, ok := m[n]; ok && o != e {
			return fmt.Errorf("%q: %s %q already belongs to %q", e.Canonical, what, s, o.Canonical)
		}
		m[n] = e
		return nil
	}
	a.entities[e.Canonical] = e
	if err := claim(a.names, e.Canonical, "name"); err != nil {
		return err
	}
	for _, s := range e.Aliases {
		if err := claim(a.names, s, "alias"); err != nil {
			return err
		}
	}
	for _, s := range e.Roles {
		if err := claim(a.roles, strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "), "role"); err != nil {
			return err
		}
	}
	for _, s := range e.Titles {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			a.titles[w] = true
		}
	}
	return nil
}

// Merge returns a new table with over's entries laid over base's: an entry of
// over replaces base's entry of the same canonical name, and takes over any
// alias or role that base gave to another entry.
func Merge(base, over *Aliases) *Aliases {
	out := &Aliases{}
	out.init()
	if over == nil {
		over = &Aliases{}
	}
	if base == nil {
		base = &Aliases{}
	}
	for _, e := range over.entities {
		_ = out.add(e) // over is already consistent
	}
	for c, e := range base.entities {
		if _, ok := out.entities[c]; ok {
			continue
		}
		// keep base's entry minus the names over took
		keep := &Entity{Canonical: e.Canonical, Kind: e.Kind, Titles: e.Titles}
		if _, taken := out.names[NormalizeWords(e.Canonical)]; taken {
			continue
		}
		for _, s := range e.Aliases {
			if _, taken := out.names[NormalizeWords(s)]; !taken {
				keep.Aliases = append(keep.Aliases, s)
			}
		}
		for _, s := range e.Roles {
			if _, taken := out.roles[NormalizeWords(strings.TrimPrefix(s, "the "))]; !taken {
				keep.Roles = append(keep.Roles, s)
			}
		}
		_ = out.add(keep)
	}
	return out
}

// Len returns the number of entities.
func (a *Aliases) Len() int {
	if a == nil {
		return 0
	}
	return len(a.entities)
}

// Lookup returns the entity a name or alias belongs to.
func (a *Aliases) Lookup(name string) (*Entity, bool) {
	if a == nil || a.names == nil {
		return nil, false
	}
	return lookupWords(a.names, name)
}

// role returns the entity a role phrase ("North Korean leader", without
// "the") belongs to.
func (a *Aliases) role(phrase string) (*Entity, bool) {
	if a == nil || a.roles == nil {
		return nil, false
	}
	return lookupWords(a.roles, phrase)
}

// lookupWords returns m[NormalizeWords(s)], without building the key when s
// is short and ASCII (a map look-up of string(bytes) does not allocate).
func lookupWords[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if len(s) > len(buf) || !isASCII(s) {
		v, ok := m[NormalizeWords(s)]
		return v, ok
	}
	b := buf[:0] // never longer than s
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		default:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	v, ok := m[string(b)]
	return v, ok
}

func (a *Aliases) isTitle(low string) bool {
	return isTitleWord(low) || (a != nil && a.titles[low])
}

// outletNames returns the names and aliases of the table's news outlets.
func (a *Aliases) outletNames() []string {
	if a == nil {
		return nil
	}
	var out []string
	for _, e := range a.entities {
		if e.Kind == KindOutlet {
			out = append(out, e.Canonical)
			out = append(out, e.Aliases...)
		}
	}
	return out
}
