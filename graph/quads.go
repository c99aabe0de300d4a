package graph

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/schema"
)

// Term is one position of a quad: an IRI, or a literal with an optional datatype or
// language tag.
type Term struct {
	Value    string `json:"value"`
	IRI      bool   `json:"iri,omitempty"`
	Datatype string `json:"datatype,omitempty"`
	Lang     string `json:"lang,omitempty"`
}

// Quad is one stored statement; Label is the IRI of the article it came from.
type Quad struct {
	Subject   Term `json:"subject"`
	Predicate Term `json:"predicate"`
	Object    Term `json:"object"`
	Label     Term `json:"label"`
}

// NQuad returns the quad as one line of N-Quads, without the final newline.
func (q Quad) NQuad() string { return q.cayley().NQuad() }

func (q Quad) cayley() quad.Quad {
	return quad.Quad{
		Subject:   q.Subject.value(),
		Predicate: q.Predicate.value(),
		Object:    q.Object.value(),
		Label:     q.Label.value(),
	}
}

func (t Term) value() quad.Value {
	switch {
	case t.IRI:
		return quad.IRI(t.Value)
	case t.Datatype != "":
		return quad.TypedString{Value: quad.String(t.Value), Type: quad.IRI(t.Datatype)}
	case t.Lang != "":
		return quad.LangString{Value: quad.String(t.Value), Lang: t.Lang}
	case t.Value == "":
		return nil
	}
	return quad.String(t.Value)
}

// termOf turns a Cayley value into a Term.
func termOf(v quad.Value) Term {
	switch v := v.(type) {
	case nil:
		return Term{}
	case quad.IRI:
		return Term{Value: string(v), IRI: true}
	case quad.BNode:
		return Term{Value: "_:" + string(v)}
	case quad.String:
		return Term{Value: string(v)}
	case quad.LangString:
		return Term{Value: string(v.Value), Lang: v.Lang}
	case quad.TypedStringer:
		ts := v.TypedString()
		return Term{Value: string(ts.Value), Datatype: fullIRI(string(ts.Type))}
	case quad.TypedString:
		return Term{Value: string(v.Value), Datatype: fullIRI(string(v.Type))}
	}
	return Term{Value: quad.StringOf(v)}
}

// fullIRI expands the short datatype IRIs Cayley uses ("xsd:integer") with
// schema.Prefixes.
func fullIRI(iri string) string {
	if p, rest, ok := strings.Cut(iri, ":"); ok {
		if ns, known := schema.Prefixes[p]; known && !strings.HasPrefix(rest, "//") {
			return ns + rest
		}
	}
	return iri
}

func quadOf(q quad.Quad) Quad {
	return Quad{Subject: termOf(q.Subject), Predicate: termOf(q.Predicate), Object: termOf(q.Object), Label: termOf(q.Label)}
}

// DocumentQuads returns the quads WriteDocument stores for doc, every one labelled with
// doc.IRI, in a stable order. The package doc of schema describes the layout.
func DocumentQuads(doc *extract.Document) ([]Quad, error) {
	qs, err := documentQuads(doc)
	if err != nil {
		return nil, err
	}
	out := make([]Quad, len(qs))
	for i, q := range qs {
		out[i] = quadOf(q)
	}
	return out, nil
}

// quadBuilder collects the quads of one article.
type quadBuilder struct {
	label quad.IRI
	quads []quad.Quad
	seen  map[quad.Quad]struct{}
}

func (b *quadBuilder) add(s quad.IRI, p string, o quad.Value) {
	if o == nil {
		return
	}
	if str, ok := o.(quad.String); ok && str == "" {
		return
	}
	q := quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: b.label}
	if _, dup := b.seen[q]; dup {
		return
	}
	b.seen[q] = struct{}{}
	b.quads = append(b.quads, q)
}

// documentQuads lays doc out as quads; see the schema package doc.
func documentQuads(doc *extract.Document) ([]quad.Quad, error) {
	if doc == nil {
		return nil, fmt.Errorf("no document")
	}
	if doc.IRI == "" {
		return nil, fmt.Errorf("document of %q has no IRI", doc.Article.Source)
	}
	a := quad.IRI(doc.IRI)
	b := &quadBuilder{label: a, seen: make(map[quad.Quad]struct{}, 64)}

	date := doc.Published
	if date == "" {
		date = doc.Article.Date
	}
	b.add(a, schema.Type, quad.IRI(schema.NewsArticle))
	b.add(a, schema.URL, quad.String(doc.Article.URL))
	b.add(a, schema.Headline, quad.String(doc.Article.Title))
	b.add(a, schema.DatePublished, quad.String(date))
	b.add(a, schema.Source, quad.String(doc.Article.Source))

	// Entities, and the IRI each Ref of the document stands for.
	iris := make(map[extract.Ref]quad.IRI, len(doc.Entities))
	for _, e := range doc.Entities {
		if e.ID == "" || e.Name == "" {
			return nil, fmt.Errorf("entity %q of type %q has no id or name", e.Name, e.Type)
		}
		if _, ok := schema.ParseEntityType(string(e.Type)); !ok {
			return nil, fmt.Errorf("entity %q: unknown type %q", e.ID, e.Type)
		}
		if _, dup := iris[extract.Ref(e.ID)]; dup {
			return nil, fmt.Errorf("entity %q listed twice", e.ID)
		}
		// The id is schema.EntityKey(Type, Name), so this is schema.EntityIRI(Type, Name);
		// when an alias rule gave the entity another id, the id wins.
		iri := quad.IRI(schema.KeyIRI(e.ID))
		iris[extract.Ref(e.ID)] = iri
		b.add(iri, schema.Type, quad.IRI(e.Type.IRI()))
		b.add(iri, schema.Name, quad.String(e.Name))
		for _, al := range e.Aliases {
			if al != e.Name {
				b.add(iri, schema.AlternateName, quad.String(al))
			}
		}
		// The folded names let LookupEntity find the entity by the object index.
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			b.add(iri, schema.NameKey, quad.String(FoldName(n)))
		}
		b.add(iri, schema.MentionCount, quad.Int(len(e.Mentions)))
		b.add(iri, schema.ISOCode, quad.String(e.ISO))
		b.add(a, schema.Mentions, iri)
	}
	ref := func(what string, r extract.Ref) (quad.Value, error) {
		if r == "" {
			return nil, nil
		}
		iri, ok := iris[r]
		if !ok {
			return nil, fmt.Errorf("%s: %q is not an entity of the document", what, r)
		}
		return iri, nil
	}
	evidence := func(f quad.IRI, ev extract.Evidence) {
		b.add(f, schema.Article, a)
		if ev.Sentence >= 0 && ev.Sentence < len(doc.Sentences) {
			b.add(f, schema.Sentence, quad.String(doc.Sentences[ev.Sentence].Text))
			b.add(f, schema.SentenceIndex, quad.Int(ev.Sentence))
		}
		if ev.End > ev.Start {
			b.add(f, schema.Offsets, quad.String(strconv.Itoa(ev.Start)+"-"+strconv.Itoa(ev.End)))
		}
		if ev.Confidence > 0 {
			b.add(f, schema.Confidence, quad.Float(ev.Confidence))
		}
	}

	for i, r := range doc.Roles {
		f := quad.IRI(schema.FactIRI(doc.IRI, "role", i))
		what := fmt.Sprintf("role %d", i)
		person, err := ref(what+" person", r.Person)
		if err != nil {
			return nil, err
		}
		if person == nil {
			return nil, fmt.Errorf("%s (%q) has no person", what, r.Title)
		}
		of, err := ref(what+" of", r.Of)
		if err != nil {
			return nil, err
		}
		b.add(f, schema.Type, quad.IRI(schema.RoleClass))
		b.add(f, schema.Holder, person)
		b.add(f, schema.JobTitle, quad.String(r.Title))
		b.add(f, schema.Of, of)
		if r.Former {
			b.add(f, schema.Former, quad.Bool(true))
		}
		b.add(f, schema.AsOf, quad.String(r.AsOf))
		evidence(f, r.Evidence)
	}

	for i, st := range doc.Statements {
		f := quad.IRI(schema.FactIRI(doc.IRI, "statement", i))
		what := fmt.Sprintf("statement %d", i)
		speaker, err := ref(what+" speaker", st.Speaker)
		if err != nil {
			return nil, err
		}
		b.add(f, schema.Type, quad.IRI(schema.Quotation))
		if speaker != nil {
			b.add(f, schema.SpokenBy, speaker)
			b.add(speaker.(quad.IRI), schema.Said, f)
		}
		b.add(f, schema.Text, quad.String(st.Text))
		b.add(f, schema.Kind, quad.String(st.Kind))
		b.add(f, schema.Cue, quad.String(st.Cue))
		b.add(f, schema.Medium, quad.String(st.Medium))
		for _, r := range st.About {
			about, err := ref(what+" about", r)
			if err != nil {
				return nil, err
			}
			b.add(f, schema.About, about)
		}
		evidence(f, st.Evidence)
	}

	for i, ev := range doc.Events {
		f := quad.IRI(schema.FactIRI(doc.IRI, "event", i))
		what := fmt.Sprintf("event %d", i)
		b.add(f, schema.Type, quad.IRI(schema.EventClass))
		b.add(f, schema.Kind, quad.String(ev.Type))
		for _, r := range ev.Participants {
			p, err := ref(what+" participant", r)
			if err != nil {
				return nil, err
			}
			b.add(f, schema.Participant, p)
		}
		place, err := ref(what+" place", ev.Place)
		if err != nil {
			return nil, err
		}
		b.add(f, schema.Location, place)
		b.add(f, schema.StartDate, quad.String(ev.Date))
		b.add(f, schema.EndDate, quad.String(ev.EndDate))
		b.add(f, schema.DateSource, quad.String(ev.DateSource))
		evidence(f, ev.Evidence)
	}

	for i, rel := range doc.Relations {
		f := quad.IRI(schema.FactIRI(doc.IRI, "relation", i))
		what := fmt.Sprintf("relation %d", i)
		subj, err := ref(what+" subject", rel.Subject)
		if err != nil {
			return nil, err
		}
		obj, err := ref(what+" object", rel.Object)
		if err != nil {
			return nil, err
		}
		if subj == nil || obj == nil || rel.Predicate == "" {
			return nil, fmt.Errorf("%s needs a subject, a predicate and an object", what)
		}
		pred := rel.Predicate.IRI()
		b.add(f, schema.Type, quad.IRI(schema.Relation))
		b.add(f, schema.Subject, subj)
		b.add(f, schema.Predicate, quad.IRI(pred))
		b.add(f, schema.Object, obj)
		b.add(subj.(quad.IRI), pred, obj)
		evidence(f, rel.Evidence)
	}
	return b.quads, nil
}
