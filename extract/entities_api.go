package extract

import (
	"strings"

	"newsgraph/schema"
)

// What the entity, role and coreference stages leave in the Draft for the stages after
// them (statements, dates, events, relations):
//
//   - d.Entities: every person, organization, country and place, with Type, Name (the
//     canonical name), Aliases (the other spellings the article uses) and, for countries,
//     ISO. The index of an entity is its handle inside the Draft; d.EntityRef(i) is its id.
//   - d.Mentions, sorted by Start: every place an entity is referred to, with its sentence
//     and Kind: "name" (a proper name, acronym or alias: "Donald Trump", "Trump", "AU"),
//     "title" ("the commissioner", "the US President": the person holding that role in
//     the article), "demonym" ("Russian" for Russia, in "Russian President" or "the
//     Russian government"), "capital" ("Moscow" acting for Russia: "Moscow currently
//     occupies"). "pronoun" mentions are added by the statements stage.
//   - d.Roles: person, title, owner ("of"), former, with evidence.
//
// The lookups below answer the usual questions about them.

// MentionAt returns the index in d.Mentions of the mention covering byte offset off of
// Text (the longest, when mentions nest), or -1.
func (d *Draft) MentionAt(off int) int {
	best := -1
	for i, m := range d.Mentions {
		if m.Start > off {
			break
		}
		if off < m.End && (best < 0 || m.End-m.Start > d.Mentions[best].End-d.Mentions[best].Start) {
			best = i
		}
	}
	return best
}

// EntityNamed returns the index of the entity of type t (any type when t is "") that the
// name or one of its aliases is ("Britain" finds the United Kingdom, "AfCFTA" the African
// Continental Free Trade Area), else the only person with that surname ("Muchanga"), or
// -1. Case, accents and punctuation are ignored.
func (d *Draft) EntityNamed(t schema.EntityType, name string) int {
	k := NameKey(name)
	if k == "" {
		return -1
	}
	for i, e := range d.Entities {
		if t != "" && e.Type != t {
			continue
		}
		if NameKey(e.Name) == k {
			return i
		}
		for _, a := range e.Aliases {
			if NameKey(a) == k {
				return i
			}
		}
	}
	if t != "" && t != schema.Person || strings.Contains(k, " ") {
		return -1
	}
	found := -1
	for i, e := range d.Entities {
		if e.Type != schema.Person {
			continue
		}
		if w := personNameWords(e.Name); len(w) > 1 && NameKey(stripNamePrefix(w[len(w)-1])) == NameKey(stripNamePrefix(name)) {
			if found >= 0 {
				return -1 // two people share it
			}
			found = i
		}
	}
	return found
}

// TitleHolder returns the entity of the person the article gives the title whose head is
// head ("president", "foreign minister" -> "minister"), for the country or organization
// of (-1 for any): the only one, else the one mentioned last before byte offset before.
// It returns -1 when nobody holds it. The roles stage must have run.
func (d *Draft) TitleHolder(head string, of int, before int) int {
	words := strings.Fields(strings.ToLower(head))
	if len(words) == 0 {
		return -1
	}
	h := strings.Join(words, " ")
	if sing, ok := titleHeads[h]; ok {
		h = sing
	}
	return holderOf(d, h, of, before)
}

// RolesOf returns the roles of the person entity i.
func (d *Draft) RolesOf(i int) []Role {
	ref := d.EntityRef(i)
	var out []Role
	for _, r := range d.Roles {
		if r.Person == ref && ref != "" {
			out = append(out, r)
		}
	}
	return out
}

// CountryOfDemonym returns the ISO code and the canonical name of the country of a
// demonym: "Russian" -> RU, Russia; "Britons" -> GB, United Kingdom.
func CountryOfDemonym(word string) (iso, name string, ok bool) {
	for _, e := range DefaultGazetteer().Lookup(word) {
		if e.Kind == GazDemonym {
			return e.ISO, e.Name, true
		}
	}
	return "", "", false
}

// CountryOfCapital returns the ISO code and the canonical name of the country whose
// capital is named: "Moscow" -> RU, Russia; "Kyiv" -> UA, Ukraine.
func CountryOfCapital(city string) (iso, name string, ok bool) {
	g := DefaultGazetteer()
	for _, e := range g.Lookup(city) {
		if e.ISO != "" && g.CapitalOf(e.ISO) == e.Name && (e.Kind == GazCapital || e.Kind == GazPlace) {
			return e.ISO, g.CountryName(e.ISO), true
		}
	}
	return "", "", false
}
