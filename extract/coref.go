package extract

import (
	"sort"
	"strings"
)

// Coref is the stage that links descriptions to the people they describe, once the roles
// are known: "the commissioner said" is Albert Muchanga when the article made him the
// commissioner; "the French president's suggestion" is Emmanuel Macron. It adds mentions
// of kind "title". It needs the entity and role stages before it.
type Coref struct{}

// Run implements Stage.
func (Coref) Run(d *Draft) error {
	if d.notes == nil || len(d.Roles) == 0 {
		return nil
	}
	added := false
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		for k := 0; k < len(toks); k++ {
			w := strings.ToLower(toks[k].Text)
			if w != "the" {
				continue
			}
			j := k + 1
			of := -1
			// "the US President", "the French president's", "the Russian foreign minister".
			if pi := pieceStartingAt(d, si, j); pi >= 0 {
				p := &d.notes.pieces[pi]
				if d.Entities[p.entity].Type == "Person" {
					continue
				}
				of = p.entity
				j = p.b
				if j < len(toks) && toks[j].Text == "'s" {
					j++
				}
			}
			if j >= len(toks) {
				continue
			}
			tm, ok := titleAt(toks, j, false)
			if !ok || tm.Honorific {
				continue
			}
			// A name right after the title is the stage's own business (a role).
			if tm.End < len(toks) && pieceStartingAt(d, si, tm.End) >= 0 {
				continue
			}
			if tm.End < len(toks) && strings.EqualFold(toks[tm.End].Text, "of") {
				if pi := pieceStartingAt(d, si, tm.End+1); pi >= 0 {
					of = d.notes.pieces[pi].entity
				}
			}
			person := holderOf(d, tm.Head, of, toks[k].Start)
			if person < 0 {
				continue
			}
			d.Mentions = append(d.Mentions, MentionRef{Start: toks[k].Start, End: toks[tm.End-1].End, Sentence: si, Entity: person, Kind: "title"})
			added = true
			k = tm.End - 1
		}
	}
	if added {
		sort.SliceStable(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
	}
	return nil
}

// pieceStartingAt returns the resolved piece of sentence si starting at token k, or -1.
func pieceStartingAt(d *Draft, si, k int) int {
	for _, i := range d.notes.bySent[si] {
		p := &d.notes.pieces[i]
		if p.a == k && p.entity >= 0 {
			return i
		}
	}
	return -1
}

// holderOf returns the entity of the person who holds the title with head head (of the
// country or organization of, when of >= 0) in the Draft's roles: the only one, else the
// one mentioned last before offset at; -1 when nobody does.
func holderOf(d *Draft, head string, of int, at int) int {
	var people []int
	seen := map[int]bool{}
	for _, r := range d.Roles {
		if !titleHasHead(r.Title, head) {
			continue
		}
		if of >= 0 && r.Of != d.EntityRef(of) {
			continue
		}
		p := d.entityIndex(r.Person)
		if p >= 0 && !seen[p] {
			seen[p] = true
			people = append(people, p)
		}
	}
	switch len(people) {
	case 0:
		return -1
	case 1:
		return people[0]
	}
	best, bestAt := -1, -1
	for _, m := range d.Mentions {
		if m.Start < at && seen[m.Entity] && m.Start > bestAt {
			best, bestAt = m.Entity, m.Start
		}
	}
	return best
}

// titleHasHead reports whether a role title has the given singular head: "foreign
// minister" has "minister".
func titleHasHead(title, head string) bool {
	t := strings.ToLower(title)
	if t == head || strings.HasSuffix(t, " "+head) {
		return true
	}
	words := strings.Fields(t)
	if len(words) == 0 {
		return false
	}
	if h, ok := titleHeads[words[len(words)-1]]; ok && h == head {
		return true
	}
	return false
}

// entityIndex returns the index of the entity with the given ref, or -1.
func (d *Draft) entityIndex(r Ref) int {
	for i := range d.Entities {
		if d.Entities[i].ID == string(r) {
			return i
		}
	}
	return -1
}
