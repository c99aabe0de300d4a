package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// prop is one value of a node's property, with the article that stated it.
type prop struct {
	v     quad.Value
	label string
}

// node is what the store holds about one subject: predicate IRI -> values.
type node map[string][]prop

func (n node) str(p string) string {
	for _, v := range n[p] {
		if s := literal(v.v); s != "" {
			return s
		}
	}
	return ""
}

func (n node) iri(p string) string {
	for _, v := range n[p] {
		if i, ok := v.v.(quad.IRI); ok {
			return string(i)
		}
	}
	return ""
}

// iris returns the distinct IRI values of p, in the order stored.
func (n node) iris(p string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range n[p] {
		if i, ok := v.v.(quad.IRI); ok && !seen[string(i)] {
			seen[string(i)] = true
			out = append(out, string(i))
		}
	}
	return out
}

func (n node) int(p string) int {
	for _, v := range n[p] {
		switch x := v.v.(type) {
		case quad.Int:
			return int(x)
		case quad.Float:
			return int(x)
		}
	}
	return 0
}

func (n node) float(p string) float64 {
	for _, v := range n[p] {
		switch x := v.v.(type) {
		case quad.Float:
			return float64(x)
		case quad.Int:
			return float64(x)
		}
	}
	return 0
}

func (n node) bool(p string) bool {
	for _, v := range n[p] {
		if b, ok := v.v.(quad.Bool); ok {
			return bool(b)
		}
	}
	return false
}

func (n node) hasType(class string) bool {
	for _, v := range n[schema.Type] {
		if v.v == quad.IRI(class) {
			return true
		}
	}
	return false
}

// literal returns the text of a literal value.
func literal(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// reader reads typed values out of one quad store for one query, caching the articles
// and entity references it has read. It reads in batches: the nodes of all candidate
// facts at once, then the articles they come from, then the entities they name.
type reader struct {
	v        *view
	articles map[string]*Article // nil: not an article
	mentions map[string][]string // article IRI -> IRIs of the entities it mentions
	refs     map[string]EntityRef
}

func newReader(v *view) *reader {
	return &reader{v: v, articles: map[string]*Article{}, mentions: map[string][]string{}, refs: map[string]EntityRef{}}
}

// The predicates read of articles and entities; fact nodes are read whole.
var (
	articlePreds   = []string{schema.Type, schema.URL, schema.Headline, schema.DatePublished, schema.Source}
	entityRefPreds = []string{schema.Type, schema.Name}
	entityPreds    = []string{schema.Type, schema.Name, schema.AlternateName, schema.MentionCount, schema.ISOCode}
)

// loadNodes returns the properties of the subjects ids (references): every property, or
// only those of preds when given. Values are read in one batch.
func (r *reader) loadNodes(ids []cgraph.Ref, preds ...string) ([]node, error) {
	nodes := make([]node, len(ids))
	var want []cgraph.Ref
	for _, p := range preds {
		ref, err := r.v.iri(p)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			want = append(want, ref)
		}
	}
	if len(preds) > 0 && len(want) == 0 {
		for i := range nodes {
			nodes[i] = node{}
		}
		return nodes, nil
	}
	quads := make([][]qref, len(ids))
	var need []cgraph.Ref
	err := r.v.subjectQuads(ids, want, func(i int, q qref) error {
		quads[i] = append(quads[i], q)
		need = append(need, q.p, q.o, q.l)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := r.v.fetch(need); err != nil {
		return nil, err
	}
	for i := range ids {
		n := node{}
		for _, q := range quads[i] {
			p := plain(r.v.vals[q.p.Key()])
			var label string
			if q.l != nil {
				label = plain(r.v.vals[q.l.Key()])
			}
			n[p] = append(n[p], prop{v: r.v.vals[q.o.Key()], label: label})
		}
		nodes[i] = n
	}
	return nodes, nil
}

// iris returns the IRIs of the nodes ids, read in one batch.
func (r *reader) iris(ids []cgraph.Ref) ([]string, error) {
	if err := r.v.fetch(ids); err != nil {
		return nil, err
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = plain(r.v.vals[id.Key()])
	}
	return out, nil
}

// refsOf returns the references of the IRIs, leaving out those not stored.
func (r *reader) refsOf(iris []string) ([]cgraph.Ref, []string, error) {
	var refs []cgraph.Ref
	var kept []string
	for _, iri := range iris {
		ref, err := r.v.iri(iri)
		if err != nil {
			return nil, nil, err
		}
		if ref != nil {
			refs = append(refs, ref)
			kept = append(kept, iri)
		}
	}
	return refs, kept, nil
}

// subjects returns the distinct subjects of quads (? pred obj), in the order stored.
func (r *reader) subjects(pred string, obj quad.Value) ([]cgraph.Ref, error) {
	p, err := r.v.iri(pred)
	if err != nil {
		return nil, err
	}
	o, err := r.v.ref(obj)
	if err != nil {
		return nil, err
	}
	var out []cgraph.Ref
	err = r.v.distinct(quad.Subject, func(s cgraph.Ref) error {
		out = append(out, s)
		return nil
	}, dir{quad.Object, o}, dir{quad.Predicate, p})
	return out, err
}

// loadArticles reads the articles iris not read yet, without their entities, in one
// batch.
func (r *reader) loadArticles(iris []string) error {
	var todo []string
	seen := map[string]bool{}
	for _, iri := range iris {
		if _, ok := r.articles[iri]; !ok && iri != "" && !seen[iri] {
			seen[iri] = true
			todo = append(todo, iri)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	ids, kept, err := r.refsOf(todo)
	if err != nil {
		return err
	}
	for _, iri := range todo {
		r.articles[iri] = nil
	}
	nodes, err := r.loadNodes(ids, articlePreds...)
	if err != nil {
		return err
	}
	for i, n := range nodes {
		if n.hasType(schema.NewsArticle) {
			r.articles[kept[i]] = &Article{IRI: kept[i], URL: n.str(schema.URL), Title: n.str(schema.Headline),
				Date: n.str(schema.DatePublished), Source: n.str(schema.Source)}
		}
	}
	return nil
}

// article returns the stored article iri without its Entities (cached), or nil when
// none is stored.
func (r *reader) article(iri string) (*Article, error) {
	if err := r.loadArticles([]string{iri}); err != nil {
		return nil, err
	}
	return r.articles[iri], nil
}

// fullArticles returns the stored articles iris with the entities they mention, leaving
// out those not stored.
func (r *reader) fullArticles(iris []string) ([]Article, error) {
	if err := r.loadArticles(iris); err != nil {
		return nil, err
	}
	var stored []string
	for _, iri := range iris {
		if r.articles[iri] != nil {
			stored = append(stored, iri)
		}
	}
	ids, kept, err := r.refsOf(stored)
	if err != nil {
		return nil, err
	}
	nodes, err := r.loadNodes(ids, schema.Mentions)
	if err != nil {
		return nil, err
	}
	var all []string
	for i, n := range nodes {
		r.mentions[kept[i]] = n.iris(schema.Mentions)
		all = append(all, r.mentions[kept[i]]...)
	}
	if err := r.loadRefs(all); err != nil {
		return nil, err
	}
	out := make([]Article, 0, len(stored))
	for _, iri := range stored {
		full := *r.articles[iri]
		if full.Entities, err = r.refList(r.mentions[iri]); err != nil {
			return nil, err
		}
		out = append(out, full)
	}
	return out, nil
}

// loadRefs reads the references of the entities iris not read yet, in one batch.
func (r *reader) loadRefs(iris []string) error {
	var todo []string
	seen := map[string]bool{}
	for _, iri := range iris {
		if _, ok := r.refs[iri]; !ok && !seen[iri] {
			seen[iri] = true
			todo = append(todo, iri)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	ids, kept, err := r.refsOf(todo)
	if err != nil {
		return err
	}
	for _, iri := range todo {
		r.refs[iri] = entityRef(iri, node{})
	}
	nodes, err := r.loadNodes(ids, entityRefPreds...)
	if err != nil {
		return err
	}
	for i, n := range nodes {
		r.refs[kept[i]] = entityRef(kept[i], n)
	}
	return nil
}

// ref returns the reference to entity iri (cached).
func (r *reader) ref(iri string) (EntityRef, error) {
	if err := r.loadRefs([]string{iri}); err != nil {
		return EntityRef{}, err
	}
	return r.refs[iri], nil
}

func (r *reader) optRef(iri string) (*EntityRef, error) {
	if iri == "" {
		return nil, nil
	}
	ref, err := r.ref(iri)
	return &ref, err
}

func (r *reader) refList(iris []string) ([]EntityRef, error) {
	var out []EntityRef
	for _, iri := range iris {
		ref, err := r.ref(iri)
		if err != nil {
			return nil, err
		}
		out = append(out, ref)
	}
	return out, nil
}

// entityRef builds the reference of entity iri from its properties.
func entityRef(iri string, n node) EntityRef {
	ref := EntityRef{IRI: iri, ID: schema.IRIKey(iri)}
	for _, t := range schema.EntityTypes {
		if n.hasType(t.IRI()) {
			ref.Type = t
			break
		}
	}
	ref.Name = mostCommon(n[schema.Name])
	if ref.Name == "" {
		ref.Name = ref.ID
	}
	return ref
}

// mostCommon returns the literal stated by the most articles (ties: the first stored).
func mostCommon(ps []prop) string {
	count := map[string]int{}
	best := ""
	for _, p := range ps {
		s := literal(p.v)
		count[s]++
		if count[s] > count[best] || best == "" {
			best = s
		}
	}
	return best
}

// factArticle returns the IRI of the article fact node n comes from.
func factArticle(n node) string {
	a := n.iri(schema.Article)
	if a == "" && len(n[schema.Type]) > 0 {
		a = n[schema.Type][0].label
	}
	return a
}

// provenance reads the evidence of fact node n; its article must have been loaded.
func (r *reader) provenance(n node) (Provenance, error) {
	p := Provenance{
		Article:       factArticle(n),
		Sentence:      n.str(schema.Sentence),
		SentenceIndex: n.int(schema.SentenceIndex),
		Confidence:    n.float(schema.Confidence),
	}
	if off := n.str(schema.Offsets); off != "" {
		if a, b, ok := strings.Cut(off, "-"); ok {
			p.Start, _ = strconv.Atoi(a)
			p.End, _ = strconv.Atoi(b)
		}
	}
	if p.Article != "" {
		a, err := r.article(p.Article)
		if err != nil {
			return p, err
		}
		if a != nil {
			p.URL, p.Title, p.Date, p.Source = a.URL, a.Title, a.Date, a.Source
		}
	}
	return p, nil
}

// facts is the fact nodes a typed read looks at: their IRIs and properties.
type facts struct {
	iris  []string
	nodes []node
}

// candidates reads the fact nodes of class to look at: those linked by the first given
// edge (pred -> entity), else those of the article, else every node of class.
func (r *reader) candidates(class, article string, edges ...[2]string) (facts, error) {
	ids, err := r.candidateIDs(class, article, edges...)
	if err != nil {
		return facts{}, err
	}
	return r.factNodes(ids)
}

func (r *reader) factNodes(ids []cgraph.Ref) (facts, error) {
	var f facts
	var err error
	if f.iris, err = r.iris(ids); err != nil {
		return f, err
	}
	f.nodes, err = r.loadNodes(ids)
	return f, err
}

func (r *reader) candidateIDs(class, article string, edges ...[2]string) ([]cgraph.Ref, error) {
	for _, e := range edges {
		if e[1] != "" {
			return r.subjects(e[0], quad.IRI(e[1]))
		}
	}
	if article != "" {
		l, err := r.v.iri(article)
		if err != nil {
			return nil, err
		}
		t, err := r.v.iri(schema.Type)
		if err != nil {
			return nil, err
		}
		c, err := r.v.iri(class)
		if err != nil || t == nil || c == nil {
			return nil, err
		}
		var out []cgraph.Ref
		seen := map[any]bool{}
		err = r.v.quads(func(q qref) error {
			if is(q.p, t) && is(q.o, c) {
				if k := q.s.Key(); !seen[k] {
					seen[k] = true
					out = append(out, q.s)
				}
			}
			return nil
		}, dir{quad.Label, l})
		return out, err
	}
	return r.subjects(schema.Type, quad.IRI(class))
}

// selected reads the fact nodes of class that match the article and the edges (an empty
// value matches anything) and pass extra (nil: all), with their articles loaded.
func (r *reader) selected(class, article string, extra func(node) bool, edges ...[2]string) (facts, error) {
	fs, err := r.candidates(class, article, edges...)
	if err != nil {
		return facts{}, err
	}
	return r.kept(fs, func(n node) bool {
		return factMatches(n, class, article, edges...) && (extra == nil || extra(n))
	})
}

// factMatches reports whether fact node n is of class, from the article and linked by each
// edge (pred -> entity); an empty article or entity matches anything.
func factMatches(n node, class, article string, edges ...[2]string) bool {
	if !n.hasType(class) || !has(n, schema.Article, article) {
		return false
	}
	for _, e := range edges {
		if !has(n, e[0], e[1]) {
			return false
		}
	}
	return true
}

// kept is the fact nodes of fs that pass keep, with their articles loaded.
func (r *reader) kept(fs facts, keep func(n node) bool) (facts, error) {
	var out facts
	var arts []string
	for i, n := range fs.nodes {
		if keep(n) {
			out.iris = append(out.iris, fs.iris[i])
			out.nodes = append(out.nodes, n)
			arts = append(arts, factArticle(n))
		}
	}
	return out, r.loadArticles(arts)
}

// has reports whether n links to iri by pred; an empty iri matches anything.
func has(n node, pred, iri string) bool {
	if iri == "" {
		return true
	}
	for _, v := range n[pred] {
		if v.v == quad.IRI(iri) {
			return true
		}
	}
	return false
}

// inRange reports whether date lies in [since, until]; each bound may be a prefix
// ("2025-08") and is ignored when empty. A fact without a date is out of any range.
func inRange(date, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if date == "" {
		return false
	}
	if since != "" && date < since {
		return false
	}
	if until != "" {
		d := date
		if len(d) > len(until) {
			d = d[:len(until)]
		}
		if d > until {
			return false
		}
	}
	return true
}

// Roles returns the roles that match f, ordered by person, then as-of date.
func (s *Store) Roles(ctx context.Context, f RoleFilter) ([]Role, error) {
	return storeRead(ctx, s, func(r *reader) ([]Role, error) { return r.roles(f) })
}

func (r *reader) roles(f RoleFilter) ([]Role, error) {
	out, err := r.readRoles(f)
	return sortedFacts("roles", out, err, func(a, b *Role) bool {
		if a.Person.Name != b.Person.Name {
			return a.Person.Name < b.Person.Name
		}
		return factLess(a.AsOf, b.AsOf, a.Provenance, b.Provenance, a.IRI, b.IRI)
	})
}

func (r *reader) readRoles(f RoleFilter) ([]Role, error) {
	fs, err := r.selected(schema.RoleClass, f.Article, nil, [2]string{schema.Holder, f.Person}, [2]string{schema.Of, f.Of})
	if err != nil {
		return nil, err
	}
	return readFacts(r, fs, factKind[Role]{
		build: func(iri string, n node, p Provenance) (Role, bool) {
			role := Role{IRI: iri, Title: n.str(schema.JobTitle), Former: n.bool(schema.Former), AsOf: n.str(schema.AsOf), Provenance: p}
			if role.AsOf == "" {
				role.AsOf = role.Date
			}
			return role, inRange(role.AsOf, f.Since, f.Until)
		},
		refs: func(n node) []string { return []string{n.iri(schema.Holder), n.iri(schema.Of)} },
		link: func(r *reader, role *Role, n node) (err error) {
			if role.Person, err = r.ref(n.iri(schema.Holder)); err != nil {
				return err
			}
			role.Of, err = r.optRef(n.iri(schema.Of))
			return err
		},
	})
}

// storeRead runs read in one read transaction of s.
func storeRead[T any](ctx context.Context, s *Store, read func(*reader) ([]T, error)) ([]T, error) {
	var out []T
	err := s.readWith(ctx, nil, func(r *reader) (err error) {
		out, err = read(r)
		return err
	})
	return out, err
}

// sortedFacts orders the facts a read returned with less, or wraps its error with what
// was read.
func sortedFacts[T any](what string, out []T, err error, less func(a, b *T) bool) ([]T, error) {
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	sort.SliceStable(out, func(i, j int) bool { return less(&out[i], &out[j]) })
	return out, nil
}

// factKind says how facts of one kind are read from their nodes: build makes the fact
// from the node's values and provenance and reports whether it passes the filter's dates,
// refs lists the entities the node names, and link sets them on the fact once they are
// loaded (in one batch for all the facts).
type factKind[T any] struct {
	build func(iri string, n node, p Provenance) (T, bool)
	refs  func(n node) []string
	link  func(r *reader, fact *T, n node) error
}

// readFacts builds the facts of the nodes of fs.
func readFacts[T any](r *reader, fs facts, k factKind[T]) ([]T, error) {
	var out []T
	var nodes []node
	var ents []string
	for i, n := range fs.nodes {
		p, err := r.provenance(n)
		if err != nil {
			return nil, err
		}
		fact, ok := k.build(fs.iris[i], n, p)
		if !ok {
			continue
		}
		out = append(out, fact)
		nodes = append(nodes, n)
		ents = append(ents, k.refs(n)...)
	}
	if err := r.loadRefs(ents); err != nil {
		return nil, err
	}
	for i, n := range nodes {
		if err := k.link(r, &out[i], n); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// factLess orders facts by date, then article, then sentence, then IRI.
func factLess(da, db string, a, b Provenance, ia, ib string) bool {
	if da != db {
		return da < db
	}
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	if a.SentenceIndex != b.SentenceIndex {
		return a.SentenceIndex < b.SentenceIndex
	}
	return ia < ib
}

// Statements returns the statements that match f, ordered by date.
func (s *Store) Statements(ctx context.Context, f StatementFilter) ([]Statement, error) {
	return storeRead(ctx, s, func(r *reader) ([]Statement, error) { return r.statements(f) })
}

func (r *reader) statements(f StatementFilter) ([]Statement, error) {
	out, err := r.readStatements(f)
	return sortedFacts("statements", out, err, func(a, b *Statement) bool {
		return factLess(a.Date, b.Date, a.Provenance, b.Provenance, a.IRI, b.IRI)
	})
}

func (r *reader) readStatements(f StatementFilter) ([]Statement, error) {
	fs, err := r.selected(schema.Quotation, f.Article, nil, [2]string{schema.SpokenBy, f.Speaker}, [2]string{schema.About, f.About})
	if err != nil {
		return nil, err
	}
	return readFacts(r, fs, factKind[Statement]{
		build: func(iri string, n node, p Provenance) (Statement, bool) {
			st := Statement{IRI: iri, Text: n.str(schema.Text), Kind: n.str(schema.Kind), Cue: n.str(schema.Cue), Medium: n.str(schema.Medium), Provenance: p}
			return st, inRange(st.Date, f.Since, f.Until)
		},
		refs: func(n node) []string {
			ents := n.iris(schema.About)
			if sp := n.iri(schema.SpokenBy); sp != "" {
				ents = append(ents, sp)
			}
			return ents
		},
		link: func(r *reader, st *Statement, n node) (err error) {
			if st.Speaker, err = r.optRef(n.iri(schema.SpokenBy)); err != nil {
				return err
			}
			st.About, err = r.refList(n.iris(schema.About))
			return err
		},
	})
}

// Events returns the events that match f, ordered by date.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	return storeRead(ctx, s, func(r *reader) ([]Event, error) { return r.events(f) })
}

func (r *reader) events(f EventFilter) ([]Event, error) {
	out, err := r.readEvents(f)
	return sortedFacts("events", out, err, func(a, b *Event) bool {
		return factLess(eventDate(*a), eventDate(*b), a.Provenance, b.Provenance, a.IRI, b.IRI)
	})
}

func (r *reader) readEvents(f EventFilter) ([]Event, error) {
	kind := func(n node) bool { return f.Kind == "" || strings.EqualFold(n.str(schema.Kind), f.Kind) }
	fs, err := r.selected(schema.EventClass, f.Article, kind, [2]string{schema.Participant, f.Participant}, [2]string{schema.Location, f.Place})
	if err != nil {
		return nil, err
	}
	return readFacts(r, fs, factKind[Event]{
		build: func(iri string, n node, p Provenance) (Event, bool) {
			ev := Event{IRI: iri, Kind: n.str(schema.Kind), Date: n.str(schema.StartDate), EndDate: n.str(schema.EndDate), DateSource: n.str(schema.DateSource), Provenance: p}
			return ev, inRange(eventDate(ev), f.Since, f.Until)
		},
		refs: func(n node) []string {
			ents := n.iris(schema.Participant)
			if pl := n.iri(schema.Location); pl != "" {
				ents = append(ents, pl)
			}
			return ents
		},
		link: func(r *reader, ev *Event, n node) (err error) {
			if ev.Participants, err = r.refList(n.iris(schema.Participant)); err != nil {
				return err
			}
			ev.Place, err = r.optRef(n.iri(schema.Location))
			return err
		},
	})
}

func eventDate(e Event) string {
	if e.Date != "" {
		return e.Date
	}
	return e.Provenance.Date
}

// Relations returns the relations that match f, ordered by date.
func (s *Store) Relations(ctx context.Context, f RelationFilter) ([]Relation, error) {
	return storeRead(ctx, s, func(r *reader) ([]Relation, error) { return r.relations(f) })
}

func (r *reader) relations(f RelationFilter) ([]Relation, error) {
	out, err := r.readRelations(f)
	return sortedFacts("relations", out, err, func(a, b *Relation) bool {
		return factLess(a.Date, b.Date, a.Provenance, b.Provenance, a.IRI, b.IRI)
	})
}

func (r *reader) readRelations(f RelationFilter) ([]Relation, error) {
	var ids []cgraph.Ref
	if f.Entity != "" {
		// Either end: the union of both lookups.
		a, err := r.subjects(schema.Subject, quad.IRI(f.Entity))
		if err != nil {
			return nil, err
		}
		b, err := r.subjects(schema.Object, quad.IRI(f.Entity))
		if err != nil {
			return nil, err
		}
		seen := map[any]bool{}
		for _, id := range append(a, b...) {
			if k := id.Key(); !seen[k] {
				seen[k] = true
				ids = append(ids, id)
			}
		}
	} else {
		var err error
		ids, err = r.candidateIDs(schema.Relation, f.Article, [2]string{schema.Subject, f.Subject}, [2]string{schema.Object, f.Object})
		if err != nil {
			return nil, err
		}
	}
	fs, err := r.factNodes(ids)
	if err != nil {
		return nil, err
	}
	fs, err = r.kept(fs, func(n node) bool {
		return factMatches(n, schema.Relation, f.Article, [2]string{schema.Subject, f.Subject}, [2]string{schema.Object, f.Object}) &&
			(f.Predicate == "" || relationKind(n.iri(schema.Predicate)) == f.Predicate)
	})
	if err != nil {
		return nil, err
	}
	return readFacts(r, fs, factKind[Relation]{
		build: func(iri string, n node, p Provenance) (Relation, bool) {
			rel := Relation{IRI: iri, Predicate: relationKind(n.iri(schema.Predicate)), Provenance: p}
			return rel, inRange(rel.Date, f.Since, f.Until)
		},
		refs: func(n node) []string { return []string{n.iri(schema.Subject), n.iri(schema.Object)} },
		link: func(r *reader, rel *Relation, n node) (err error) {
			if rel.Subject, err = r.ref(n.iri(schema.Subject)); err != nil {
				return err
			}
			rel.Object, err = r.ref(n.iri(schema.Object))
			return err
		},
	})
}

// relationKind turns a predicate IRI back into its relation kind.
func relationKind(iri string) schema.RelationKind {
	for _, k := range schema.RelationKinds {
		if k.IRI() == iri {
			return k
		}
	}
	return schema.RelationKind(strings.TrimPrefix(iri, schema.NS))
}

// Article returns the stored article with the given IRI; the error wraps ErrNotFound
// when there is none.
func (s *Store) Article(ctx context.Context, iri string) (Article, error) {
	var as []Article
	err := s.readWith(ctx, nil, func(r *reader) (err error) {
		as, err = r.fullArticles([]string{iri})
		return err
	})
	if err != nil {
		return Article{}, fmt.Errorf("read article %s: %w", iri, err)
	}
	if len(as) == 0 {
		return Article{}, fmt.Errorf("article %s: %w", iri, ErrNotFound)
	}
	return as[0], nil
}

// Articles returns every stored article, ordered by date then IRI.
func (s *Store) Articles(ctx context.Context) ([]Article, error) {
	var out []Article
	err := s.readWith(ctx, nil, func(r *reader) error {
		ids, err := r.subjects(schema.Type, quad.IRI(schema.NewsArticle))
		if err != nil {
			return err
		}
		iris, err := r.iris(ids)
		if err != nil {
			return err
		}
		out, err = r.fullArticles(iris)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

// Entities returns the entities that match f, ordered by type, then name.
func (s *Store) Entities(ctx context.Context, f EntityFilter) ([]Entity, error) {
	var out []Entity
	err := s.readWith(ctx, nil, func(r *reader) (err error) {
		out, err = r.entities(f)
		return err
	})
	return out, err
}

func (r *reader) entities(f EntityFilter) ([]Entity, error) {
	var out []Entity
	name, match := FoldName(f.Name), FoldName(f.Match)
	for _, t := range schema.EntityTypes {
		if f.Type != "" && f.Type != t {
			continue
		}
		ids, err := r.subjects(schema.Type, quad.IRI(t.IRI()))
		if err != nil {
			return nil, fmt.Errorf("read entities: %w", err)
		}
		es, err := r.loadEntities(ids)
		if err != nil {
			return nil, fmt.Errorf("read entities: %w", err)
		}
		for _, e := range es {
			if (f.Name == "" || anyName(e, func(s string) bool { return s == name })) &&
				(f.Match == "" || anyName(e, func(s string) bool { return strings.Contains(s, match) })) {
				out = append(out, e)
			}
		}
	}
	order := map[schema.EntityType]int{}
	for i, t := range schema.EntityTypes {
		order[t] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return order[out[i].Type] < order[out[j].Type]
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

// loadEntities reads the entities ids with everything the store knows of them.
func (r *reader) loadEntities(ids []cgraph.Ref) ([]Entity, error) {
	iris, err := r.iris(ids)
	if err != nil {
		return nil, err
	}
	nodes, err := r.loadNodes(ids, entityPreds...)
	if err != nil {
		return nil, err
	}
	var arts []string
	for _, n := range nodes {
		for _, p := range n[schema.Type] {
			arts = append(arts, p.label)
		}
	}
	if err := r.loadArticles(arts); err != nil {
		return nil, err
	}
	out := make([]Entity, len(ids))
	for i, n := range nodes {
		if out[i], err = r.entity(iris[i], n); err != nil {
			return nil, err
		}
		r.refs[iris[i]] = out[i].EntityRef
	}
	return out, nil
}

// anyName reports whether ok holds for one of e's folded names.
func anyName(e Entity, ok func(string) bool) bool {
	for _, n := range e.Names() {
		if ok(FoldName(n)) {
			return true
		}
	}
	return false
}

// entity aggregates what every article says of entity iri.
func (r *reader) entity(iri string, n node) (Entity, error) {
	e := Entity{EntityRef: entityRef(iri, n), ISO: n.str(schema.ISOCode)}
	names := map[string]bool{e.Name: true}
	for _, p := range append(append([]prop{}, n[schema.Name]...), n[schema.AlternateName]...) {
		if s := literal(p.v); !names[s] {
			names[s] = true
			e.Aliases = append(e.Aliases, s)
		}
	}
	sort.Strings(e.Aliases)
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	for _, p := range n[schema.MentionCount] {
		if c, ok := p.v.(quad.Int); ok {
			e.Mentions += int(c)
		}
	}
	// Every article that mentions the entity states its type.
	for _, p := range n[schema.Type] {
		if p.label == "" {
			continue
		}
		e.Articles++
		a, err := r.article(p.label)
		if err != nil {
			return e, err
		}
		if a == nil || a.Date == "" {
			continue
		}
		if e.FirstSeen == "" || a.Date < e.FirstSeen {
			e.FirstSeen = a.Date
		}
		if a.Date > e.LastSeen {
			e.LastSeen = a.Date
		}
	}
	return e, nil
}

// quadsBatch is the number of quads Quads and ArticleQuads read the values of at once.
const quadsBatch = 1024

// maxCachedValues bounds the values a whole-store listing keeps in its cache.
const maxCachedValues = 1 << 16

// emitQuads calls fn with the quads each lists, reading their values in batches.
func (v *view) emitQuads(each func(func(qref) error) error, fn func(quad.Quad) error) error {
	batch := make([]qref, 0, quadsBatch)
	flush := func() error {
		if len(v.vals) > maxCachedValues {
			clear(v.vals)
			clear(v.refs)
		}
		need := make([]cgraph.Ref, 0, 4*len(batch))
		for _, q := range batch {
			need = append(need, q.s, q.p, q.o, q.l)
		}
		if err := v.fetch(need); err != nil {
			return err
		}
		for _, q := range batch {
			get := func(r cgraph.Ref) quad.Value {
				if r == nil {
					return nil
				}
				return v.vals[r.Key()]
			}
			if err := fn(quad.Quad{Subject: get(q.s), Predicate: get(q.p), Object: get(q.o), Label: get(q.l)}); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	err := each(func(q qref) error {
		batch = append(batch, q)
		if len(batch) == quadsBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// Quads calls fn with every stored quad, in the backend's order, until fn returns an
// error (which Quads returns).
func (s *Store) Quads(ctx context.Context, fn func(Quad) error) error {
	return s.readWith(ctx, nil, func(r *reader) error {
		return r.v.emitQuads(r.v.all, func(q quad.Quad) error { return fn(quadOf(q)) })
	})
}

// ArticleQuads calls fn with every quad of the article iri (the quads labelled with it);
// the label index finds them without scanning the store.
func (s *Store) ArticleQuads(ctx context.Context, iri string, fn func(Quad) error) error {
	return s.readWith(ctx, nil, func(r *reader) error { return r.articleQuads(iri, fn) })
}

func (r *reader) articleQuads(iri string, fn func(Quad) error) error {
	l, err := r.v.iri(iri)
	if err != nil || l == nil {
		return err
	}
	label := func(fn func(qref) error) error { return r.v.quads(fn, dir{quad.Label, l}) }
	return r.v.emitQuads(label, func(q quad.Quad) error { return fn(quadOf(q)) })
}

// plain returns an IRI without its angle brackets, a literal's text, or the N-Quads form
// of other values.
func plain(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return literal(v)
}
