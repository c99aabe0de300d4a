package extract

import (
	"strings"
	"sync"

	"newsgraph/schema"
)

// Registry is a table of known entities (type, canonical name, aliases) shared by the
// articles of an ingest, so that a later article's lone "Trump" or "President Trump"
// joins the "Donald Trump" of an earlier one (same id). It is safe for concurrent use.
//
// The ingest command seeds it from the store, passes it in Options.Registry, and adds the
// entities of every extracted Document:
//
//	reg := extract.NewRegistry()
//	reg.Add(known...)                       // from the store
//	x, _ := extract.New(extract.Options{Registry: reg})
//	doc, _ := x.Extract(ctx, article)
//	reg.Add(doc.Entities...)
//
// A name is joined to a known entity only when that is unambiguous: with two known
// people named Trump, a lone "Trump" stays as it is.
type Registry struct {
	mu sync.RWMutex
	// byName maps a folded name or alias to the known entities that bear it.
	byName map[regKey]map[string]bool
	// bySurname maps a person's folded surname to the full names known.
	bySurname map[string]map[string]bool
	// byFirstLast maps "first last" of a person (initials dropped) to full names.
	byFirstLast map[string]map[string]bool
	// split holds pairs of names never to be joined (from the aliases file).
	aliases *Aliases
}

type regKey struct {
	t   schema.EntityType
	key string
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{
		byName:      map[regKey]map[string]bool{},
		bySurname:   map[string]map[string]bool{},
		byFirstLast: map[string]map[string]bool{},
	}
}

// WithAliases makes the registry honour the split rules of an aliases file.
func (r *Registry) WithAliases(a *Aliases) *Registry {
	r.mu.Lock()
	r.aliases = a
	r.mu.Unlock()
	return r
}

func addTo(m map[string]bool, v string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[v] = true
	return m
}

// Add records entities (their type, name and aliases).
func (r *Registry) Add(es ...Entity) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range es {
		if e.Name == "" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := regKey{e.Type, NameKey(n)}
			if k.key == "" || e.Type == schema.Person && n != e.Name && !surnameAlias(e.Name, n) {
				continue
			}
			r.byName[k] = addTo(r.byName[k], e.Name)
		}
		if e.Type != schema.Person {
			continue
		}
		words := personNameWords(e.Name)
		if len(words) < 2 {
			continue
		}
		last := NameKey(stripNamePrefix(words[len(words)-1]))
		r.bySurname[last] = addTo(r.bySurname[last], e.Name)
		if full := NameKey(words[len(words)-1]); full != last {
			r.bySurname[full] = addTo(r.bySurname[full], e.Name)
		}
		fl := NameKey(words[0] + " " + words[len(words)-1])
		r.byFirstLast[fl] = addTo(r.byFirstLast[fl], e.Name)
	}
}

// surnameAlias reports whether a person's alias may name them in another article: a
// name of several words, or the surname ("Trump"), but not a first name or nickname
// ("John", "Spike"), which in another article is someone else.
func surnameAlias(name, alias string) bool {
	words := personNameWords(name)
	aw := strings.Fields(alias)
	if len(aw) != 1 || len(words) < 2 {
		return len(aw) > 1
	}
	k := NameKey(aw[0])
	last := words[len(words)-1]
	return k == NameKey(last) || k == NameKey(stripNamePrefix(last))
}

// personNameWords splits a person's name into words, without initials.
func personNameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if isInitial(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// Len returns the number of distinct names and aliases known.
func (r *Registry) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.byName)
}

// Resolve returns the canonical name of the known entity of type t that name refers to,
// and false when none is known or the name is ambiguous.
func (r *Registry) Resolve(t schema.EntityType, name string) (string, bool) {
	if r == nil {
		return "", false
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	key := NameKey(name)
	if got, ok := r.unique(r.byName[regKey{t, key}], name); ok {
		return got, true
	}
	if t != schema.Person {
		return "", false
	}
	words := personNameWords(name)
	switch {
	case len(words) == 1:
		return r.unique(r.bySurname[NameKey(stripNamePrefix(words[0]))], name)
	case len(words) >= 2:
		return r.unique(r.byFirstLast[NameKey(words[0]+" "+words[len(words)-1])], name)
	}
	return "", false
}

// unique returns the one name of the set, preferring full names over a lone word equal to
// the query, and false when there are several or the aliases file splits them.
func (r *Registry) unique(set map[string]bool, query string) (string, bool) {
	var full []string
	for n := range set {
		if len(strings.Fields(n)) == 1 && len(set) > 1 && strings.EqualFold(n, query) {
			continue
		}
		full = append(full, n)
	}
	if len(full) != 1 {
		return "", false
	}
	if r.aliases != nil && r.aliases.Split(query, full[0]) {
		return "", false
	}
	return full[0], true
}
