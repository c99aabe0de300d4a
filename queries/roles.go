package queries

import (
	"context"
	"sort"

	"newsgraph/graph"
	"newsgraph/schema"
)

// RolesQuery asks which positions people hold, and since when.
type RolesQuery struct {
	// Name is a person (any alias), or a country or organization to list the roles of;
	// empty lists every role.
	Name string
	// Since and Until bound the as-of dates: YYYY, YYYY-MM or YYYY-MM-DD.
	Since, Until string
}

// RoleSpan is one position of one person as the articles report it over time: the same
// title of the same country or organization, former or not.
type RoleSpan struct {
	Person graph.EntityRef  `json:"person"`
	Title  string           `json:"title"`
	Of     *graph.EntityRef `json:"of"`
	Former bool             `json:"former,omitempty"`
	// From and To are the first and last as-of dates reported.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Reports are the facts behind the span, by date, each with its article and sentence.
	Reports []graph.Role `json:"reports"`
}

// RolesResult is the answer to a RolesQuery.
type RolesResult struct {
	// Entity is what Name stands for (nil when the query gave no name).
	Entity *Resolved  `json:"entity,omitempty"`
	Roles  []RoleSpan `json:"roles"`
}

// Roles returns the roles of a person (or of every person, or the roles belonging to a
// country or organization), grouped into spans over time: by person, then date.
func Roles(ctx context.Context, store *graph.Store, q RolesQuery) (RolesResult, error) {
	st := store.Reader()
	if err := graph.CheckDates(q.Since, q.Until); err != nil {
		return RolesResult{}, err
	}
	var res RolesResult
	f := graph.RoleFilter{Since: q.Since, Until: q.Until}
	if q.Name != "" {
		r, err := resolve(ctx, st, q.Name, "")
		if err != nil {
			return RolesResult{}, err
		}
		res.Entity = &r
		if r.Type == schema.Person {
			f.Person = r.IRI
		} else {
			f.Of = r.IRI
		}
	}
	roles, err := st.Roles(ctx, f)
	if err != nil {
		return RolesResult{}, err
	}
	res.Roles = RoleSpans(roles)
	return res, nil
}

// RoleSpans groups roles into spans: one per person, title (case and punctuation
// ignored), country or organization, and former or not. Spans are ordered by person,
// then first date; reports by date.
func RoleSpans(roles []graph.Role) []RoleSpan {
	type key struct {
		person, title, of string
		former            bool
	}
	index := map[key]int{}
	spans := []RoleSpan{}
	for _, r := range roles {
		k := key{r.Person.IRI, graph.FoldName(r.Title), "", r.Former}
		if r.Of != nil {
			k.of = r.Of.IRI
		}
		i, ok := index[k]
		if !ok {
			i = len(spans)
			index[k] = i
			spans = append(spans, RoleSpan{Person: r.Person, Title: r.Title, Of: r.Of, Former: r.Former})
		}
		spans[i].Reports = append(spans[i].Reports, r)
	}
	for i := range spans {
		s := &spans[i]
		sort.SliceStable(s.Reports, func(a, b int) bool { return s.Reports[a].AsOf < s.Reports[b].AsOf })
		for _, r := range s.Reports {
			if r.AsOf == "" {
				continue
			}
			if s.From == "" || r.AsOf < s.From {
				s.From = r.AsOf
			}
			if r.AsOf > s.To {
				s.To = r.AsOf
			}
		}
	}
	sort.SliceStable(spans, func(i, j int) bool {
		a, b := spans[i], spans[j]
		if a.Person.Name != b.Person.Name {
			return a.Person.Name < b.Person.Name
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return graph.FoldName(a.Title) < graph.FoldName(b.Title)
	})
	return spans
}
