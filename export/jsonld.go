package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"newsgraph/schema"
)

// JSONLD writes JSON-LD 1.1 with an inline @context (remote contexts cannot be fetched
// offline). It writes the same triples as NQuads: entities as node objects with short
// keys (name, aliases, mentions ...), and for each edge the direct link plus an edge node
// (_:eN) that carries the weight, dates and evidence. WriteQuads writes the stored
// quads, each in a named graph object for its article.
type JSONLD struct{}

// jsonldContext maps the short keys of the projection to their IRIs; literal values are
// written as strings and typed by the context.
var jsonldContext = `{
  "schema": "` + schema.SchemaOrg + `",
  "ng": "` + schema.NS + `",
  "rdf": "` + schema.RDF + `",
  "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
  "xsd": "` + schema.XSD + `",
  "name": "schema:name",
  "aliases": "schema:alternateName",
  "mentions": {"@id": "ng:mentionCount", "@type": "xsd:integer"},
  "articles": {"@id": "ng:articleCount", "@type": "xsd:integer"},
  "firstSeen": {"@id": "ng:firstSeen", "@type": "xsd:date"},
  "lastSeen": {"@id": "ng:lastSeen", "@type": "xsd:date"},
  "source": {"@id": "ng:source", "@type": "@id"},
  "target": {"@id": "ng:target", "@type": "@id"},
  "predicate": {"@id": "ng:predicate", "@type": "@id"},
  "label": "rdfs:label",
  "weight": {"@id": "ng:weight", "@type": "xsd:integer"},
  "firstDate": {"@id": "ng:firstDate", "@type": "xsd:date"},
  "lastDate": {"@id": "ng:lastDate", "@type": "xsd:date"},
  "sentence": "ng:sentence",
  "article": "ng:article"
}`

// Write writes the projection g as JSON-LD.
func (JSONLD) Write(ctx context.Context, w io.Writer, g Graph) error {
	o := newOut(ctx, w)
	o.WriteString(`{"@context":` + jsonldContext + ",\n\"@graph\":[")
	first := true
	sep := func() {
		if !first {
			o.WriteByte(',')
		}
		first = false
		o.WriteByte('\n')
	}
	err := g.Nodes(ctx, func(n Node) error {
		sep()
		o.WriteString(`{"@id":`)
		o.json(cleanIRI(NodeIRI(n.ID)))
		o.WriteString(`,"@type":`)
		o.json(typeIRI(n.Type))
		o.jsonField("name", n.Label)
		if len(n.Aliases) > 0 {
			o.WriteString(`,"aliases":`)
			o.jsonStrings(n.Aliases)
		}
		o.WriteString(`,"mentions":"`)
		o.int(n.Mentions)
		o.WriteString(`","articles":"`)
		o.int(n.Articles)
		o.WriteByte('"')
		o.jsonldDate("firstSeen", n.FirstSeen)
		o.jsonldDate("lastSeen", n.LastSeen)
		o.WriteByte('}')
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("jsonld nodes: %w", err)
	}
	i := 0
	err = g.Edges(ctx, func(e Edge) error {
		src, dst, pred := cleanIRI(NodeIRI(e.Source)), cleanIRI(NodeIRI(e.Target)), cleanIRI(PredicateIRI(e.Predicate))
		sep()
		o.WriteString(`{"@id":`)
		o.json(src)
		o.WriteByte(',')
		o.json(pred)
		o.WriteString(`:{"@id":`)
		o.json(dst)
		o.WriteString("}},\n")
		o.WriteString(`{"@id":"_:e`)
		o.int(i)
		i++
		o.WriteString(`","@type":"ng:Edge","source":`)
		o.json(src)
		o.WriteString(`,"target":`)
		o.json(dst)
		o.WriteString(`,"predicate":`)
		o.json(pred)
		o.jsonField("label", e.Label)
		o.WriteString(`,"weight":"`)
		o.int(e.Weight)
		o.WriteByte('"')
		o.jsonldDate("firstDate", e.FirstDate)
		o.jsonldDate("lastDate", e.LastDate)
		o.jsonField("sentence", e.Sentence)
		if e.Article != "" {
			o.WriteString(`,"article":`)
			o.jsonldTerm(articleTerm(e.Article))
		}
		o.WriteByte('}')
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("jsonld edges: %w", err)
	}
	o.WriteString("\n]}\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("jsonld: %w", err)
	}
	return nil
}

// jsonldDate writes a date key: typed xsd:date by the context when it is YYYY-MM-DD, an
// explicit plain string otherwise (so that the context does not mistype it).
func (o *out) jsonldDate(key, d string) {
	if d == "" {
		return
	}
	o.WriteString(`,"` + key + `":`)
	if isISODate(d) {
		o.json(d)
		return
	}
	o.WriteString(`{"@value":`)
	o.json(d)
	o.WriteByte('}')
}

// WriteQuads writes the stored quads q as JSON-LD: one node object per quad, inside a
// named graph object when the quad has a label. JSON-LD processors merge node objects
// that share an @id.
func (JSONLD) WriteQuads(ctx context.Context, w io.Writer, q Quads) error {
	o := newOut(ctx, w)
	o.WriteString(`{"@context":{"schema":"` + schema.SchemaOrg + `","ng":"` + schema.NS + `","rdf":"` + schema.RDF + `","xsd":"` + schema.XSD + `"},` + "\n\"@graph\":[")
	first := true
	err := q.Quads(ctx, func(x Quad) error {
		if x.Predicate.Kind != IRI || x.Subject.Kind == Literal || x.Label.Kind == Literal {
			return fmt.Errorf("quad %v: a literal can only be an object", x)
		}
		if !first {
			o.WriteByte(',')
		}
		first = false
		o.WriteByte('\n')
		if x.Label.Value != "" {
			o.WriteString(`{"@id":`)
			o.jsonldID(x.Label)
			o.WriteString(`,"@graph":[`)
		}
		o.WriteString(`{"@id":`)
		o.jsonldID(x.Subject)
		o.WriteByte(',')
		o.json(compactIRI(cleanIRI(x.Predicate.Value)))
		o.WriteByte(':')
		o.jsonldTerm(x.Object)
		o.WriteByte('}')
		if x.Label.Value != "" {
			o.WriteString(`]}`)
		}
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("jsonld: %w", err)
	}
	o.WriteString("\n]}\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("jsonld: %w", err)
	}
	return nil
}

// jsonldID writes an IRI or blank node as an @id string.
func (o *out) jsonldID(t Term) {
	if t.Kind == BlankNode {
		o.json("_:" + cleanBlank(t.Value))
		return
	}
	o.json(cleanIRI(t.Value))
}

// jsonldTerm writes an object: {"@id"} for IRIs and blank nodes, a value object for
// literals.
func (o *out) jsonldTerm(t Term) {
	if t.Kind != Literal {
		o.WriteString(`{"@id":`)
		o.jsonldID(t)
		o.WriteByte('}')
		return
	}
	o.WriteString(`{"@value":`)
	o.json(t.Value)
	switch {
	case t.Datatype != "":
		o.WriteString(`,"@type":`)
		o.json(cleanIRI(t.Datatype))
	case validLang(t.Lang):
		o.WriteString(`,"@language":`)
		o.json(t.Lang)
	}
	o.WriteByte('}')
}

// compactIRI shortens a predicate IRI to prefix:local when the local part is a plain
// name, so raw JSON-LD reads "schema:name" rather than the full IRI.
func compactIRI(iri string) string {
	for _, p := range [][2]string{{"schema", schema.SchemaOrg}, {"ng", schema.NS}, {"rdf", schema.RDF}, {"xsd", schema.XSD}} {
		local, ok := strings.CutPrefix(iri, p[1])
		if !ok || local == "" {
			continue
		}
		plain := true
		for _, c := range []byte(local) {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
				plain = false
				break
			}
		}
		if plain {
			return p[0] + ":" + local
		}
	}
	return iri
}
