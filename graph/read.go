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

// reader reads typed values out of one quad store, caching the nodes it has seen.
type reader struct {
	ctx      context.Context
	qs       cgraph.QuadStore
	articles map[string]*Article
	mentions map[string][]string // article IRI -> IRIs of the entities it mentions
	refs     map[string]EntityRef
}

func newReader(ctx context.Context, qs cgraph.QuadStore) *reader {
	return &reader{ctx: ctx, qs: qs, articles: map[string]*Article{}, mentions: map[string][]string{}, refs: map[string]EntityRef{}}
}

// load returns every property of subject iri.
func (r *reader) load(iri string) (node, error) {
	n := node{}
	err := eachQuad(r.ctx, r.qs, quad.Subject, quad.IRI(iri), func(q quad.Quad) error {
		p := plain(q.Predicate)
		n[p] = append(n[p], prop{v: q.Object, label: plain(q.Label)})
		return nil
	})
	return n, err
}

// subjects returns the distinct subjects of quads (? pred obj), in the order stored.
func (r *reader) subjects(pred string, obj quad.Value) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	err := eachQuad(r.ctx, r.qs, quad.Object, obj, func(q quad.Quad) error {
		if q.Predicate != quad.IRI(pred) {
			return nil
		}
		s := plain(q.Subject)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
		return nil
	})
	return out, err
}

// article returns the stored article iri without its Entities (cached), or nil when
// none is stored.
func (r *reader) article(iri string) (*Article, error) {
	if a, ok := r.articles[iri]; ok {
		return a, nil
	}
	n, err := r.load(iri)
	if err != nil {
		return nil, err
	}
	var a *Article
	if n.hasType(schema.NewsArticle) {
		a = &Article{IRI: iri, URL: n.str(schema.URL), Title: n.str(schema.Headline),
			Date: n.str(schema.DatePublished), Source: n.str(schema.Source)}
		r.mentions[iri] = n.iris(schema.Mentions)
	}
	r.articles[iri] = a
	return a, nil
}

// fullArticle returns the stored article iri with the entities it mentions.
func (r *reader) fullArticle(iri string) (*Article, error) {
	a, err := r.article(iri)
	if err != nil || a == nil {
		return nil, err
	}
	full := *a
	if full.Entities, err = r.refList(r.mentions[iri]); err != nil {
		return nil, err
	}
	return &full, nil
}

// ref returns the reference to entity iri (cached).
func (r *reader) ref(iri string) (EntityRef, error) {
	if ref, ok := r.refs[iri]; ok {
		return ref, nil
	}
	n, err := r.load(iri)
	if err != nil {
		return EntityRef{}, err
	}
	ref := entityRef(iri, n)
	r.refs[iri] = ref
	return ref, nil
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

// provenance reads the evidence of fact node n.
func (r *reader) provenance(n node) (Provenance, error) {
	p := Provenance{
		Article:       n.iri(schema.Article),
		Sentence:      n.str(schema.Sentence),
		SentenceIndex: n.int(schema.SentenceIndex),
		Confidence:    n.float(schema.Confidence),
	}
	if p.Article == "" && len(n[schema.Type]) > 0 {
		p.Article = n[schema.Type][0].label
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

// candidates returns the fact nodes of class to look at: those linked by the first
// given edge (pred -> entity), else those of the article, else every node of class.
func (r *reader) candidates(class, article string, edges ...[2]string) ([]string, error) {
	for _, e := range edges {
		if e[1] != "" {
			return r.subjects(e[0], quad.IRI(e[1]))
		}
	}
	if article != "" {
		var out []string
		seen := map[string]bool{}
		err := eachQuad(r.ctx, r.qs, quad.Label, quad.IRI(article), func(q quad.Quad) error {
			if q.Predicate == quad.IRI(schema.Type) && q.Object == quad.IRI(class) {
				s := plain(q.Subject)
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
			return nil
		})
		return out, err
	}
	return r.subjects(schema.Type, quad.IRI(class))
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
	var out []Role
	err := s.read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		ids, err := r.candidates(schema.RoleClass, f.Article, [2]string{schema.Holder, f.Person}, [2]string{schema.Of, f.Of})
		if err != nil {
			return err
		}
		for _, id := range ids {
			n, err := r.load(id)
			if err != nil {
				return err
			}
			if !n.hasType(schema.RoleClass) || !has(n, schema.Holder, f.Person) || !has(n, schema.Of, f.Of) || !has(n, schema.Article, f.Article) {
				continue
			}
			role := Role{IRI: id, Title: n.str(schema.JobTitle), Former: n.bool(schema.Former), AsOf: n.str(schema.AsOf)}
			if role.Provenance, err = r.provenance(n); err != nil {
				return err
			}
			if role.AsOf == "" {
				role.AsOf = role.Date
			}
			if !inRange(role.AsOf, f.Since, f.Until) {
				continue
			}
			if role.Person, err = r.ref(n.iri(schema.Holder)); err != nil {
				return err
			}
			if role.Of, err = r.optRef(n.iri(schema.Of)); err != nil {
				return err
			}
			out = append(out, role)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read roles: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Person.Name != b.Person.Name {
			return a.Person.Name < b.Person.Name
		}
		return factLess(a.AsOf, b.AsOf, a.Provenance, b.Provenance, a.IRI, b.IRI)
	})
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
	var out []Statement
	err := s.read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		ids, err := r.candidates(schema.Quotation, f.Article, [2]string{schema.SpokenBy, f.Speaker}, [2]string{schema.About, f.About})
		if err != nil {
			return err
		}
		for _, id := range ids {
			n, err := r.load(id)
			if err != nil {
				return err
			}
			if !n.hasType(schema.Quotation) || !has(n, schema.SpokenBy, f.Speaker) || !has(n, schema.About, f.About) || !has(n, schema.Article, f.Article) {
				continue
			}
			st := Statement{IRI: id, Text: n.str(schema.Text), Kind: n.str(schema.Kind), Cue: n.str(schema.Cue), Medium: n.str(schema.Medium)}
			if st.Provenance, err = r.provenance(n); err != nil {
				return err
			}
			if !inRange(st.Date, f.Since, f.Until) {
				continue
			}
			if st.Speaker, err = r.optRef(n.iri(schema.SpokenBy)); err != nil {
				return err
			}
			if st.About, err = r.refList(n.iris(schema.About)); err != nil {
				return err
			}
			out = append(out, st)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read statements: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return factLess(out[i].Date, out[j].Date, out[i].Provenance, out[j].Provenance, out[i].IRI, out[j].IRI)
	})
	return out, nil
}

// Events returns the events that match f, ordered by date.
func (s *Store) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	var out []Event
	err := s.read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		ids, err := r.candidates(schema.EventClass, f.Article, [2]string{schema.Participant, f.Participant}, [2]string{schema.Location, f.Place})
		if err != nil {
			return err
		}
		for _, id := range ids {
			n, err := r.load(id)
			if err != nil {
				return err
			}
			if !n.hasType(schema.EventClass) || !has(n, schema.Participant, f.Participant) || !has(n, schema.Location, f.Place) || !has(n, schema.Article, f.Article) {
				continue
			}
			ev := Event{IRI: id, Kind: n.str(schema.Kind), Date: n.str(schema.StartDate), EndDate: n.str(schema.EndDate), DateSource: n.str(schema.DateSource)}
			if f.Kind != "" && !strings.EqualFold(ev.Kind, f.Kind) {
				continue
			}
			if ev.Provenance, err = r.provenance(n); err != nil {
				return err
			}
			if !inRange(eventDate(ev), f.Since, f.Until) {
				continue
			}
			if ev.Participants, err = r.refList(n.iris(schema.Participant)); err != nil {
				return err
			}
			if ev.Place, err = r.optRef(n.iri(schema.Location)); err != nil {
				return err
			}
			out = append(out, ev)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return factLess(eventDate(out[i]), eventDate(out[j]), out[i].Provenance, out[j].Provenance, out[i].IRI, out[j].IRI)
	})
	return out, nil
}

func eventDate(e Event) string {
	if e.Date != "" {
		return e.Date
	}
	return e.Provenance.Date
}

// Relations returns the relations that match f, ordered by date.
func (s *Store) Relations(ctx context.Context, f RelationFilter) ([]Relation, error) {
	var out []Relation
	err := s.read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		var ids []string
		if f.Entity != "" {
			// Either end: the union of both lookups.
			a, err := r.subjects(schema.Subject, quad.IRI(f.Entity))
			if err != nil {
				return err
			}
			b, err := r.subjects(schema.Object, quad.IRI(f.Entity))
			if err != nil {
				return err
			}
			ids = append(a, b...)
		} else {
			var err error
			ids, err = r.candidates(schema.Relation, f.Article, [2]string{schema.Subject, f.Subject}, [2]string{schema.Object, f.Object})
			if err != nil {
				return err
			}
		}
		seen := map[string]bool{}
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			n, err := r.load(id)
			if err != nil {
				return err
			}
			if !n.hasType(schema.Relation) || !has(n, schema.Subject, f.Subject) || !has(n, schema.Object, f.Object) || !has(n, schema.Article, f.Article) {
				continue
			}
			rel := Relation{IRI: id, Predicate: relationKind(n.iri(schema.Predicate))}
			if f.Predicate != "" && rel.Predicate != f.Predicate {
				continue
			}
			if rel.Provenance, err = r.provenance(n); err != nil {
				return err
			}
			if !inRange(rel.Date, f.Since, f.Until) {
				continue
			}
			if rel.Subject, err = r.ref(n.iri(schema.Subject)); err != nil {
				return err
			}
			if rel.Object, err = r.ref(n.iri(schema.Object)); err != nil {
				return err
			}
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read relations: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return factLess(out[i].Date, out[j].Date, out[i].Provenance, out[j].Provenance, out[i].IRI, out[j].IRI)
	})
	return out, nil
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
	var a *Article
	err := s.read(func(qs cgraph.QuadStore) error {
		var err error
		a, err = newReader(ctx, qs).fullArticle(iri)
		return err
	})
	if err != nil {
		return Article{}, fmt.Errorf("read article %s: %w", iri, err)
	}
	if a == nil {
		return Article{}, fmt.Errorf("article %s: %w", iri, ErrNotFound)
	}
	return *a, nil
}

// Articles returns every stored article, ordered by date then IRI.
func (s *Store) Articles(ctx context.Context) ([]Article, error) {
	var out []Article
	err := s.read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		ids, err := r.subjects(schema.Type, quad.IRI(schema.NewsArticle))
		if err != nil {
			return err
		}
		for _, id := range ids {
			a, err := r.fullArticle(id)
			if err != nil {
				return err
			}
			if a != nil {
				out = append(out, *a)
			}
		}
		return nil
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
	name, match := FoldName(f.Name), FoldName(f.Match)
	err := s.read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		for _, t := range schema.EntityTypes {
			if f.Type != "" && f.Type != t {
				continue
			}
			ids, err := r.subjects(schema.Type, quad.IRI(t.IRI()))
			if err != nil {
				return err
			}
			for _, id := range ids {
				n, err := r.load(id)
				if err != nil {
					return err
				}
				e, err := r.entity(id, n)
				if err != nil {
					return err
				}
				if (f.Name == "" || anyName(e, func(s string) bool { return s == name })) &&
					(f.Match == "" || anyName(e, func(s string) bool { return strings.Contains(s, match) })) {
					out = append(out, e)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read entities: %w", err)
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

// Quads calls fn with every stored quad, in the backend's order, until fn returns an
// error (which Quads returns).
func (s *Store) Quads(ctx context.Context, fn func(Quad) error) error {
	return s.read(func(qs cgraph.QuadStore) error {
		it := qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			if err := fn(quadOf(q)); err != nil {
				return err
			}
		}
		return it.Err()
	})
}

// ArticleQuads calls fn with every quad of the article iri (the quads labelled with it);
// the label index finds them without scanning the store.
func (s *Store) ArticleQuads(ctx context.Context, iri string, fn func(Quad) error) error {
	return s.read(func(qs cgraph.QuadStore) error {
		return eachQuad(ctx, qs, quad.Label, quad.IRI(iri), func(q quad.Quad) error {
			return fn(quadOf(q))
		})
	})
}

// plain returns an IRI without its angle brackets, a literal's text, or the N-Quads form
// of other values.
func plain(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return literal(v)
}
