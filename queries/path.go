package queries

import (
	"context"
	"fmt"
	"math"
	"sort"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"newsgraph/graph"
)

// PathQuery asks how two entities are connected.
type PathQuery struct {
	// From and To are entity names (any alias; the best match of each is taken).
	From, To string
	// MaxHops is the most hops a path may take (0: DefaultMaxHops).
	MaxHops int
	// Limit is the most paths returned, shortest first (0: DefaultPathLimit).
	Limit int
	// Since and Until keep the facts dated in the range (YYYY, YYYY-MM or YYYY-MM-DD).
	Since, Until string
}

// Defaults of PathQuery.
const (
	DefaultMaxHops   = 4
	DefaultPathLimit = 3
)

// PathResult is the answer to a PathQuery.
type PathResult struct {
	// From and To are the entities the query's names stand for.
	From Resolved `json:"from"`
	To   Resolved `json:"to"`
	// MaxHops is the longest path looked for.
	MaxHops int `json:"max_hops"`
	// Routes are the paths found, shortest first; none when the two are not connected
	// within MaxHops.
	Routes []Route `json:"routes"`
}

// Route is one path between two entities: each hop goes from one entity to the next
// through the fact that links them.
type Route struct {
	Hops []Hop `json:"hops"`
}

// Hop is one step of a route.
type Hop struct {
	From graph.EntityRef `json:"from"`
	To   graph.EntityRef `json:"to"`
	// Label names the link in a few words: "meeting at White House", "occupies",
	// "President of", "said about".
	Label string `json:"label"`
	// Fact is the strongest fact linking the two (an event before a relation, a role and
	// a statement); Facts counts every fact that links them.
	Fact  FactRef `json:"fact"`
	Facts int     `json:"facts"`
}

// Path returns the shortest connections between the entities going by the names from
// and to, at most maxHops hops long (0: DefaultMaxHops), up to DefaultPathLimit of them.
// See Paths.
func Path(ctx context.Context, st *graph.Store, from, to string, maxHops int) (PathResult, error) {
	return Paths(ctx, st, PathQuery{From: from, To: to, MaxHops: maxHops})
}

// Paths returns the shortest connections between two entities, shortest first, each hop
// with the fact behind it. The search runs over a projection of the store in which
// entities are nodes and facts are edges: two participants of one event, the subject and
// object of a relation, a person and the country or organization of their role, a
// speaker and what they spoke about, a participant and the place of an event. Each hop
// costs 1; among paths of one length those through events and relations come first.
// No path within MaxHops gives no routes and no error; an unknown name gives a
// *graph.UnknownNameError with suggestions.
func Paths(ctx context.Context, store *graph.Store, q PathQuery) (PathResult, error) {
	st := store.Reader()
	if q.MaxHops <= 0 {
		q.MaxHops = DefaultMaxHops
	}
	if q.Limit <= 0 {
		q.Limit = DefaultPathLimit
	}
	res := PathResult{MaxHops: q.MaxHops, Routes: []Route{}}
	if err := graph.CheckDates(q.Since, q.Until); err != nil {
		return res, err
	}
	var err error
	if res.From, err = resolve(ctx, st, q.From, ""); err != nil {
		return res, err
	}
	if res.To, err = resolve(ctx, st, q.To, ""); err != nil {
		return res, err
	}
	src, dst := res.From.EntityRef, res.To.EntityRef
	if src.IRI == dst.IRI {
		return res, fmt.Errorf("%q and %q name the same entity, %s", q.From, q.To, src.Name)
	}
	fs, err := readFacts(ctx, st, q.Since, q.Until)
	if err != nil {
		return res, fmt.Errorf("path: %w", err)
	}
	lg := newLinkGraph(fs)
	s, ok1 := lg.ids[src.IRI]
	t, ok2 := lg.ids[dst.IRI]
	if !ok1 || !ok2 {
		return res, nil
	}
	// Ask for more paths than wanted: detours are dropped below.
	found := path.YenKShortestPaths(lg.g, q.Limit*detourFactor, math.Inf(1), lg.g.Node(s), lg.g.Node(t))
	for _, nodes := range found {
		if len(nodes)-1 > q.MaxHops || len(res.Routes) == q.Limit {
			break
		}
		if r, ok := lg.route(nodes); ok {
			res.Routes = append(res.Routes, r)
		}
	}
	return res, nil
}

// detourFactor is how many more paths than asked for Paths looks at, to make up for the
// detours it drops.
const detourFactor = 4

// route turns a path of nodes into hops. A path that takes two hops through one event
// (from one participant of a meeting to another and on to a third) is a detour, and is
// dropped.
func (lg *linkGraph) route(nodes []gg.Node) (Route, bool) {
	var r Route
	for i := 0; i+1 < len(nodes); i++ {
		a, b := nodes[i].ID(), nodes[i+1].ID()
		l := lg.link(a, b)
		if i > 0 && l.shares(lg.link(nodes[i-1].ID(), a)) {
			return Route{}, false
		}
		best := l.facts[0]
		r.Hops = append(r.Hops, Hop{From: lg.refs[a], To: lg.refs[b], Label: best.label(lg.refs[a]), Fact: best.fact, Facts: len(l.facts)})
	}
	return r, true
}

// shares reports whether l and m share an event: participants of one event are linked
// directly, so a path through two links of one event has a shorter way round.
func (l *link) shares(m *link) bool {
	for _, f := range l.facts {
		if f.rank != rankEvent && f.rank != rankPlace {
			continue
		}
		for _, g := range m.facts {
			if f.fact.IRI == g.fact.IRI {
				return true
			}
		}
	}
	return false
}

// Link ranks: the lower, the more a link says about how two entities are connected.
const (
	rankEvent = iota
	rankRelation
	rankRole
	rankStatement
	rankPlace
)

// linkFact is one fact behind a link, with what it says from either end.
type linkFact struct {
	rank int
	fact FactRef
	// fwd says the link read from the entity from, back read from the other end
	// ("President of" / "has President"); back is empty when both read alike.
	from      string
	fwd, back string
}

func (f linkFact) label(from graph.EntityRef) string {
	if from.IRI == f.from || f.back == "" {
		return f.fwd
	}
	return f.back
}

// link is every fact between two entities, the strongest first.
type link struct{ facts []linkFact }

// linkGraph is the entity graph Paths searches.
type linkGraph struct {
	g     *simple.WeightedUndirectedGraph
	ids   map[string]int64
	refs  map[int64]graph.EntityRef
	links map[[2]int64]*link
}

func newLinkGraph(fs *factSet) *linkGraph {
	lg := &linkGraph{g: simple.NewWeightedUndirectedGraph(0, math.Inf(1)), ids: map[string]int64{},
		refs: map[int64]graph.EntityRef{}, links: map[[2]int64]*link{}}
	for _, ev := range fs.events {
		f := eventFact(ev)
		label := ev.Kind
		if ev.Place != nil {
			label += " " + placePreposition(ev.Place.Name) + " " + ev.Place.Name
		}
		for i, a := range ev.Participants {
			for _, b := range ev.Participants[i+1:] {
				lg.add(a, b, linkFact{rank: rankEvent, fact: f, fwd: label})
			}
			if ev.Place != nil {
				lg.add(a, *ev.Place, linkFact{rank: rankPlace, fact: f, from: a.IRI,
					fwd: ev.Kind + " " + placePreposition(ev.Place.Name), back: "place of " + ev.Kind})
			}
		}
	}
	for _, r := range fs.relations {
		verb := relationVerbs[r.Predicate]
		if verb == "" {
			verb = string(r.Predicate)
		}
		lg.add(r.Subject, r.Object, linkFact{rank: rankRelation, fact: relationFact(r), from: r.Subject.IRI,
			fwd: verb, back: passive(verb)})
	}
	for _, r := range fs.roles {
		if r.Of == nil {
			continue
		}
		title := r.Title
		if r.Former {
			title = "former " + title
		}
		lg.add(r.Person, *r.Of, linkFact{rank: rankRole, fact: roleFact(r), from: r.Person.IRI,
			fwd: title + " of", back: "has " + title})
	}
	for _, s := range fs.statements {
		if s.Speaker == nil {
			continue
		}
		for _, a := range s.About {
			lg.add(*s.Speaker, a, linkFact{rank: rankStatement, fact: statementFact(s), from: s.Speaker.IRI,
				fwd: "spoke about", back: "spoken about by"})
		}
	}
	// Each hop costs 1, plus a little for weaker links so that, among paths of one
	// length, those through events and relations come first.
	for k, l := range lg.links {
		sort.SliceStable(l.facts, func(i, j int) bool {
			a, b := l.facts[i], l.facts[j]
			if a.rank != b.rank {
				return a.rank < b.rank
			}
			if a.fact.Date != b.fact.Date {
				return a.fact.Date > b.fact.Date
			}
			return a.fact.IRI < b.fact.IRI
		})
		w := 1 + 0.01*float64(l.facts[0].rank)
		lg.g.SetWeightedEdge(lg.g.NewWeightedEdge(lg.g.Node(k[0]), lg.g.Node(k[1]), w))
	}
	return lg
}

// node returns the graph id of entity e, adding it when new.
func (lg *linkGraph) node(e graph.EntityRef) int64 {
	if id, ok := lg.ids[e.IRI]; ok {
		return id
	}
	n := lg.g.NewNode()
	lg.g.AddNode(n)
	lg.ids[e.IRI] = n.ID()
	lg.refs[n.ID()] = e
	return n.ID()
}

// add adds a fact to the link between a and b.
func (lg *linkGraph) add(a, b graph.EntityRef, f linkFact) {
	if a.IRI == "" || b.IRI == "" || a.IRI == b.IRI {
		return
	}
	x, y := lg.node(a), lg.node(b)
	if y < x {
		x, y = y, x
	}
	k := [2]int64{x, y}
	l := lg.links[k]
	if l == nil {
		l = &link{}
		lg.links[k] = l
	}
	for _, old := range l.facts {
		if old.fact.IRI == f.fact.IRI && old.rank == f.rank {
			return
		}
	}
	l.facts = append(l.facts, f)
}

// link returns the link between nodes a and b.
func (lg *linkGraph) link(a, b int64) *link {
	if b < a {
		a, b = b, a
	}
	return lg.links[[2]int64{a, b}]
}

// passiveVerbs read a relation from its object's end: "occupies" -> "occupied by".
var passiveVerbs = map[string]string{
	"is a member of": "has member",
	"supports":       "supported by",
	"opposes":        "opposed by",
	"occupies":       "occupied by",
	"controls":       "controlled by",
	"sanctions":      "sanctioned by",
	"bans":           "banned by",
	"accuses":        "accused by",
}

// passive reads a relation verb from its object's end.
func passive(verb string) string {
	if p, ok := passiveVerbs[verb]; ok {
		return p
	}
	return verb + " (object)"
}
