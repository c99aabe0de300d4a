package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/schema"
)

// Predicates of the projection's edges, besides the relation kinds (supports, opposes,
// occupies, sanctions, accuses, memberOf), which keep their names.
const (
	// PredRole links a person to the country or organization of a role they hold; the
	// edge label is the title ("President", "former Secretary of State").
	PredRole = "role"
	// PredSaidAbout links a speaker to an entity a statement of theirs mentions.
	PredSaidAbout = "saidAbout"
	// PredCoParticipant links two participants of an event (from the lower id to the
	// higher); the label is the event kind ("summit").
	PredCoParticipant = "coParticipant"
	// PredEventPlace links a participant of an event to the event's place; the label is
	// the event kind.
	PredEventPlace = "eventPlace"
)

// ProjectionOptions narrows the projection. The zero value projects the whole store.
type ProjectionOptions struct {
	// Around, when set, keeps the entities within Depth edges of the entity (or entities)
	// going by this name (any alias, as graph.Store.LookupEntity matches names).
	Around string
	// Depth is the number of hops kept around Around: 0 keeps the entity alone; a
	// negative value counts as 1.
	Depth int
	// Types keeps the entities of these types only (and the edges between them).
	Types []schema.EntityType
	// Since and Until keep the facts dated in the range (YYYY, YYYY-MM or YYYY-MM-DD, both
	// ends included; the fact's date is a role's as-of date, an event's date, else its
	// article's date) and the entities seen in it.
	Since, Until string
	// MinWeight drops edges supported by fewer facts.
	MinWeight int
}

// Projection is the entity graph people look at: nodes are entities, edges aggregate the
// facts that link two entities (roles, statements about, relations, shared events), each
// counted (Weight), dated (first and last) and illustrated by one sentence and its
// article. It implements export.Graph.
type Projection struct {
	nodes []export.Node
	edges []export.Edge
}

// Nodes calls fn for each entity, ordered by type then name.
func (p *Projection) Nodes(ctx context.Context, fn func(export.Node) error) error {
	return (&export.Static{NodeList: p.nodes}).Nodes(ctx, fn)
}

// Edges calls fn for each edge, ordered by source, target, predicate and label.
func (p *Projection) Edges(ctx context.Context, fn func(export.Edge) error) error {
	return (&export.Static{EdgeList: p.edges}).Edges(ctx, fn)
}

// Size returns the number of nodes and edges.
func (p *Projection) Size() (nodes, edges int) { return len(p.nodes), len(p.edges) }

// projEdgeKey identifies an aggregated edge.
type projEdgeKey struct{ src, dst, pred, label string }

// projFact is one piece of evidence for an edge.
type projFact struct {
	date, sentence, article string
}

// projector accumulates nodes and edges.
type projector struct {
	nodes map[string]*export.Node
	edges map[projEdgeKey]*export.Edge
}

// Project computes the projection of the store s.
func Project(ctx context.Context, store *graph.Store, o ProjectionOptions) (*Projection, error) {
	s := store.Reader()
	for _, d := range []string{o.Since, o.Until} {
		if d != "" && !validDatePrefix(d) {
			return nil, fmt.Errorf("projection: date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	pr := &projector{nodes: map[string]*export.Node{}, edges: map[projEdgeKey]*export.Edge{}}
	entities, err := s.Entities(ctx, graph.EntityFilter{})
	if err != nil {
		return nil, fmt.Errorf("projection: %w", err)
	}
	for _, e := range entities {
		pr.node(e.EntityRef)
		n := pr.nodes[e.ID]
		n.Aliases, n.Mentions, n.Articles, n.FirstSeen, n.LastSeen = e.Aliases, e.Mentions, e.Articles, e.FirstSeen, e.LastSeen
	}
	all := map[string]export.Node{}
	for id, n := range pr.nodes {
		all[id] = *n
	}
	if err := pr.facts(ctx, s, o.Since, o.Until); err != nil {
		return nil, fmt.Errorf("projection: %w", err)
	}

	// Filters, in order: weight, types, dates, neighbourhood.
	for k, e := range pr.edges {
		if e.Weight < o.MinWeight {
			delete(pr.edges, k)
		}
	}
	if len(o.Types) > 0 {
		keep := map[string]bool{}
		for _, t := range o.Types {
			keep[string(t)] = true
		}
		for id, n := range pr.nodes {
			if !keep[n.Type] {
				delete(pr.nodes, id)
			}
		}
	}
	pr.dropDangling()
	if o.Since != "" || o.Until != "" {
		linked := pr.linked()
		for id, n := range pr.nodes {
			if !linked[id] && !seenIn(n.FirstSeen, n.LastSeen, o.Since, o.Until) {
				delete(pr.nodes, id)
			}
		}
	}
	if o.Around != "" {
		found, err := s.LookupEntity(ctx, o.Around, "")
		if err != nil {
			return nil, fmt.Errorf("projection around %q: %w", o.Around, err)
		}
		depth := o.Depth
		if depth < 0 {
			depth = 1
		}
		var seeds []string
		for _, e := range found {
			seeds = append(seeds, e.ID)
			if n, ok := all[e.ID]; ok && pr.nodes[e.ID] == nil {
				pr.nodes[e.ID] = &n // the entity asked for stays, whatever the filters
			}
		}
		pr.around(seeds, depth)
	}
	return pr.result(), nil
}

// facts reads every fact in the date range and adds its edges.
func (pr *projector) facts(ctx context.Context, s reads, since, until string) error {
	roles, err := s.Roles(ctx, graph.RoleFilter{Since: since, Until: until})
	if err != nil {
		return err
	}
	for _, r := range roles {
		if r.Of == nil {
			continue
		}
		title := r.Title
		if r.Former {
			title = "former " + title
		}
		pr.edge(r.Person, *r.Of, PredRole, title, factOf(r.AsOf, r.Provenance))
	}
	statements, err := s.Statements(ctx, graph.StatementFilter{Since: since, Until: until})
	if err != nil {
		return err
	}
	for _, st := range statements {
		if st.Speaker == nil {
			continue
		}
		seen := map[string]bool{}
		for _, about := range st.About {
			if seen[about.ID] {
				continue
			}
			seen[about.ID] = true
			pr.edge(*st.Speaker, about, PredSaidAbout, "", factOf("", st.Provenance))
		}
	}
	events, err := s.Events(ctx, graph.EventFilter{Since: since, Until: until})
	if err != nil {
		return err
	}
	for _, ev := range events {
		f := factOf(ev.Date, ev.Provenance)
		ps := append([]graph.EntityRef(nil), ev.Participants...)
		sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID })
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				if ps[i].ID != ps[j].ID {
					pr.edge(ps[i], ps[j], PredCoParticipant, ev.Kind, f)
				}
			}
			if ev.Place != nil {
				pr.edge(ps[i], *ev.Place, PredEventPlace, ev.Kind, f)
			}
		}
	}
	relations, err := s.Relations(ctx, graph.RelationFilter{Since: since, Until: until})
	if err != nil {
		return err
	}
	for _, r := range relations {
		pr.edge(r.Subject, r.Object, string(r.Predicate), "", factOf("", r.Provenance))
	}
	return nil
}

// factOf is a fact's date (its own, else its article's), sentence and article (URL,
// else IRI).
func factOf(date string, p graph.Provenance) projFact {
	if date == "" {
		date = p.Date
	}
	article := p.URL
	if article == "" {
		article = p.Article
	}
	return projFact{date: date, sentence: p.Sentence, article: article}
}

// node makes sure the entity has a node.
func (pr *projector) node(r graph.EntityRef) {
	if _, ok := pr.nodes[r.ID]; ok {
		return
	}
	pr.nodes[r.ID] = &export.Node{ID: r.ID, Label: r.Name, Type: string(r.Type), Aliases: []string{}}
}

// edge adds one fact to the edge src -pred/label-> dst.
func (pr *projector) edge(src, dst graph.EntityRef, pred, label string, f projFact) {
	if src.ID == "" || dst.ID == "" || src.ID == dst.ID {
		return
	}
	pr.node(src)
	pr.node(dst)
	k := projEdgeKey{src.ID, dst.ID, pred, label}
	e, ok := pr.edges[k]
	if !ok {
		e = &export.Edge{Source: src.ID, Target: dst.ID, Predicate: pred, Label: label, Undirected: pred == PredCoParticipant}
		pr.edges[k] = e
	}
	e.Weight++
	if f.date != "" && (e.FirstDate == "" || f.date < e.FirstDate) {
		e.FirstDate = f.date
		// The example is the earliest dated sentence.
		if f.sentence != "" {
			e.Sentence, e.Article = f.sentence, f.article
		}
	}
	if f.date > e.LastDate {
		e.LastDate = f.date
	}
	if e.Sentence == "" && f.sentence != "" {
		e.Sentence, e.Article = f.sentence, f.article
	}
}

// dropDangling removes edges with an end that is no longer a node.
func (pr *projector) dropDangling() {
	for k := range pr.edges {
		if pr.nodes[k.src] == nil || pr.nodes[k.dst] == nil {
			delete(pr.edges, k)
		}
	}
}

// linked returns the nodes at an end of an edge.
func (pr *projector) linked() map[string]bool {
	out := map[string]bool{}
	for k := range pr.edges {
		out[k.src], out[k.dst] = true, true
	}
	return out
}

// around keeps the nodes within depth hops of the seeds (edges taken either way) and the
// edges between them.
func (pr *projector) around(seeds []string, depth int) {
	adj := map[string][]string{}
	for k := range pr.edges {
		adj[k.src] = append(adj[k.src], k.dst)
		adj[k.dst] = append(adj[k.dst], k.src)
	}
	keep := map[string]bool{}
	frontier := []string{}
	for _, s := range seeds {
		if !keep[s] {
			keep[s] = true
			frontier = append(frontier, s)
		}
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, nb := range adj[id] {
				if !keep[nb] {
					keep[nb] = true
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	for id := range pr.nodes {
		if !keep[id] {
			delete(pr.nodes, id)
		}
	}
	pr.dropDangling()
}

// entityTypeOrder sorts nodes by entity type, in schema order.
func entityTypeOrder(t string) int {
	for i, et := range schema.EntityTypes {
		if string(et) == t {
			return i
		}
	}
	return len(schema.EntityTypes)
}

// result sorts the nodes and edges.
func (pr *projector) result() *Projection {
	p := &Projection{}
	for _, n := range pr.nodes {
		p.nodes = append(p.nodes, *n)
	}
	sort.Slice(p.nodes, func(i, j int) bool {
		a, b := p.nodes[i], p.nodes[j]
		if ta, tb := entityTypeOrder(a.Type), entityTypeOrder(b.Type); ta != tb {
			return ta < tb
		}
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.ID < b.ID
	})
	for _, e := range pr.edges {
		p.edges = append(p.edges, *e)
	}
	sort.Slice(p.edges, func(i, j int) bool {
		a, b := p.edges[i], p.edges[j]
		for _, c := range [][2]string{{a.Source, b.Source}, {a.Target, b.Target}, {a.Predicate, b.Predicate}, {a.Label, b.Label}} {
			if c[0] != c[1] {
				return c[0] < c[1]
			}
		}
		return false
	})
	return p
}

// validDatePrefix reports whether d is YYYY, YYYY-MM or YYYY-MM-DD.
func validDatePrefix(d string) bool {
	if len(d) != 4 && len(d) != 7 && len(d) != 10 {
		return false
	}
	for i, c := range []byte(d) {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// seenIn reports whether [first, last] meets the range [since, until] (date prefixes,
// both ends included). Undated entities are not seen in any range.
func seenIn(first, last, since, until string) bool {
	if first == "" && last == "" {
		return false
	}
	if last == "" {
		last = first
	}
	if first == "" {
		first = last
	}
	if since != "" && last < since {
		return false
	}
	if until != "" && first > until && !strings.HasPrefix(first, until) {
		return false
	}
	return true
}
