package queries

import (
	"context"
	"sort"
	"strings"

	"newsgraph/graph"
)

// Neighbor is an entity linked to the one asked about by facts of the articles.
type Neighbor struct {
	Entity graph.EntityRef `json:"entity"`
	// Links are the facts that link the two, by date.
	Links []Link `json:"links"`
}

// Link is one fact linking an entity to a neighbour.
type Link struct {
	// Kind is the kind of fact: "role", "statement", "relation" or "event".
	Kind string `json:"kind"`
	// Label says how, read from the entity asked about to the neighbour when Outgoing
	// ("President of", "said about", "occupies", "summit with") and from the neighbour
	// to it otherwise.
	Label    string `json:"label"`
	Outgoing bool   `json:"outgoing"`
	// Date is the date of the fact (an event's own date, else the article's).
	Date string `json:"date,omitempty"`
	// Fact is the IRI of the fact node.
	Fact string `json:"fact"`
	graph.Provenance
}

// NeighborsResult is the answer to Neighbors.
type NeighborsResult struct {
	Entity    Resolved   `json:"entity"`
	Neighbors []Neighbor `json:"neighbors"`
}

// Neighbors returns the entities linked to the one named by roles (a person and the
// country or organization of the role), statements (speaker and the entities the
// statement is about), relations, and events (participants with each other and with the
// place). The most linked come first.
func Neighbors(ctx context.Context, store *graph.Store, name string) (NeighborsResult, error) {
	st := store.Reader()
	r, err := resolve(ctx, st, name, "")
	if err != nil {
		return NeighborsResult{}, err
	}
	n := neighborSet{self: r.IRI, index: map[string]int{}}
	iri := r.IRI

	roles, err := st.Roles(ctx, graph.RoleFilter{Person: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	ofs, err := st.Roles(ctx, graph.RoleFilter{Of: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	for _, ro := range append(roles, ofs...) {
		if ro.Of == nil {
			continue
		}
		label := ro.Title + " of"
		if ro.Former {
			label = "former " + label
		}
		l := Link{Kind: "role", Label: label, Date: ro.AsOf, Fact: ro.IRI, Provenance: ro.Provenance}
		if ro.Person.IRI == iri {
			l.Outgoing = true
			n.add(*ro.Of, l)
		} else {
			n.add(ro.Person, l)
		}
	}

	by, err := st.Statements(ctx, graph.StatementFilter{Speaker: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	about, err := st.Statements(ctx, graph.StatementFilter{About: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	for _, s := range by {
		for _, a := range s.About {
			n.add(a, Link{Kind: "statement", Label: "said about", Outgoing: true, Date: s.Date, Fact: s.IRI, Provenance: s.Provenance})
		}
	}
	for _, s := range about {
		if s.Speaker != nil && s.Speaker.IRI != iri {
			n.add(*s.Speaker, Link{Kind: "statement", Label: "said about", Date: s.Date, Fact: s.IRI, Provenance: s.Provenance})
		}
	}

	rels, err := st.Relations(ctx, graph.RelationFilter{Entity: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	for _, rel := range rels {
		l := Link{Kind: "relation", Label: string(rel.Predicate), Date: rel.Date, Fact: rel.IRI, Provenance: rel.Provenance}
		if rel.Subject.IRI == iri {
			l.Outgoing = true
			n.add(rel.Object, l)
		} else {
			n.add(rel.Subject, l)
		}
	}

	evs, err := st.Events(ctx, graph.EventFilter{Participant: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	at, err := st.Events(ctx, graph.EventFilter{Place: iri})
	if err != nil {
		return NeighborsResult{}, err
	}
	for _, ev := range append(evs, at...) {
		date := ev.Date
		if date == "" {
			date = ev.Provenance.Date
		}
		l := Link{Kind: "event", Date: date, Fact: ev.IRI, Provenance: ev.Provenance}
		if ev.Place != nil && ev.Place.IRI == iri {
			for _, p := range ev.Participants {
				l.Label = ev.Kind + " in"
				n.add(p, l)
			}
			continue
		}
		for _, p := range ev.Participants {
			l.Label, l.Outgoing = ev.Kind+" with", true
			n.add(p, l)
		}
		if ev.Place != nil {
			l.Label, l.Outgoing = ev.Kind+" in", true
			n.add(*ev.Place, l)
		}
	}
	return NeighborsResult{Entity: r, Neighbors: n.sorted()}, nil
}

// neighborSet collects the links of one entity, one Neighbor per other entity.
type neighborSet struct {
	self  string
	list  []Neighbor
	index map[string]int
	seen  map[string]bool
}

func (n *neighborSet) add(e graph.EntityRef, l Link) {
	if e.IRI == n.self || e.IRI == "" {
		return
	}
	// The same fact links the same pair once (a statement about two entities is two
	// links, but one per neighbour).
	key := e.IRI + "\x00" + l.Fact + "\x00" + l.Label
	if n.seen == nil {
		n.seen = map[string]bool{}
	}
	if n.seen[key] {
		return
	}
	n.seen[key] = true
	i, ok := n.index[e.IRI]
	if !ok {
		i = len(n.list)
		n.index[e.IRI] = i
		n.list = append(n.list, Neighbor{Entity: e})
	}
	n.list[i].Links = append(n.list[i].Links, l)
}

func (n *neighborSet) sorted() []Neighbor {
	for i := range n.list {
		links := n.list[i].Links
		sort.SliceStable(links, func(a, b int) bool {
			if links[a].Date != links[b].Date {
				return links[a].Date < links[b].Date
			}
			return links[a].Fact < links[b].Fact
		})
	}
	sort.SliceStable(n.list, func(i, j int) bool {
		a, b := n.list[i], n.list[j]
		if len(a.Links) != len(b.Links) {
			return len(a.Links) > len(b.Links)
		}
		return strings.ToLower(a.Entity.Name) < strings.ToLower(b.Entity.Name)
	})
	if n.list == nil {
		return []Neighbor{}
	}
	return n.list
}
