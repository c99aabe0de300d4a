package extract

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"newsgraph/schema"
)

// Aliases are the user's own rules on entity identity, read from a small YAML file (named
// in config.yaml) and applied by the entity stage:
//
//	# Names listed together are one entity; the first is its canonical name.
//	merge:
//	  - type: Person
//	    names: [Donald Trump, Donald J. Trump, The Donald]
//	  - type: Organization
//	    names: [European Union, EU, E.U., Brussels]
//	# Names listed together are never merged, whatever the rules would say.
//	split:
//	  - [George W. Bush, George H. W. Bush]
//	  - [Boris Johnson, Lyndon Johnson]
//
// Names match whatever their case, accents and punctuation ("E.U." is "EU"). A merge rule
// renames any entity of its type named by one of its names to the canonical name, and
// adds the other names as aliases. A split pair stops the in-article surname merge and the
// cross-article registry from joining the two names (nor a lone surname to either when
// both are known).
type Aliases struct {
	merge map[regKey]*MergeRule
	split map[string]map[string]bool
	// Merge and Separate are the rules as read ("merge" and "split" in the file).
	Merge    []MergeRule `yaml:"merge"`
	Separate [][]string  `yaml:"split"`
}

// MergeRule says that Names are one entity of type Type, named Names[0].
type MergeRule struct {
	Type  string   `yaml:"type"`
	Names []string `yaml:"names"`

	typ schema.EntityType
}

// LoadAliases reads an aliases file.
func LoadAliases(path string) (*Aliases, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read aliases file: %w", err)
	}
	a, err := ParseAliases(b)
	if err != nil {
		return nil, fmt.Errorf("aliases file %q: %w", path, err)
	}
	return a, nil
}

// ParseAliases reads the YAML of an aliases file.
func ParseAliases(b []byte) (*Aliases, error) {
	a := &Aliases{}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(a); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("parse yaml: %w", err)
	}
	a.merge = map[regKey]*MergeRule{}
	a.split = map[string]map[string]bool{}
	for i := range a.Merge {
		m := &a.Merge[i]
		t, ok := schema.ParseEntityType(m.Type)
		if !ok {
			return nil, fmt.Errorf("merge rule %d: unknown type %q (want Person, Organization, Country or Place)", i+1, m.Type)
		}
		m.typ = t
		var names []string
		for _, n := range m.Names {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("merge rule %d: no names", i+1)
		}
		m.Names = names
		for _, n := range names {
			k := regKey{t, NameKey(n)}
			if k.key == "" {
				return nil, fmt.Errorf("merge rule %d: name %q has no letters", i+1, n)
			}
			if old, ok := a.merge[k]; ok && old != m {
				return nil, fmt.Errorf("merge rule %d: %q is already merged into %q", i+1, n, old.Names[0])
			}
			a.merge[k] = m
		}
	}
	for i, pair := range a.Separate {
		if len(pair) < 2 {
			return nil, fmt.Errorf("split rule %d: want at least two names", i+1)
		}
		for _, x := range pair {
			for _, y := range pair {
				kx, ky := NameKey(x), NameKey(y)
				if kx == ky {
					continue
				}
				if a.split[kx] == nil {
					a.split[kx] = map[string]bool{}
				}
				a.split[kx][ky] = true
			}
		}
	}
	return a, nil
}

// Canonical returns the canonical name of the entity of type t named name when a merge
// rule lists it.
func (a *Aliases) Canonical(t schema.EntityType, name string) (string, bool) {
	if a == nil {
		return "", false
	}
	m, ok := a.merge[regKey{t, NameKey(name)}]
	if !ok {
		return "", false
	}
	return m.Names[0], true
}

// Names returns every name a merge rule gives the entity of type t named name (the
// canonical name first), or nil.
func (a *Aliases) Names(t schema.EntityType, name string) []string {
	if a == nil {
		return nil
	}
	if m, ok := a.merge[regKey{t, NameKey(name)}]; ok {
		return m.Names
	}
	return nil
}

// Split reports whether a split rule keeps the two names apart.
func (a *Aliases) Split(x, y string) bool {
	if a == nil {
		return false
	}
	return a.split[NameKey(x)][NameKey(y)]
}

// canonical decides the name an entity is stored under: a merge rule of the aliases file
// first, then a known entity of the registry, else the name as found.
func (s *Entities) canonical(t schema.EntityType, name string) (schema.EntityType, string) {
	if c, ok := s.aliases.Canonical(t, name); ok {
		return t, c
	}
	if c, ok := s.registry.Resolve(t, name); ok {
		return t, c
	}
	return t, name
}
