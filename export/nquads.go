package export

import (
	"context"
	"fmt"
	"io"
	"strconv"
)

// NQuads writes N-Quads (www.w3.org/TR/n-quads). The projection is written as triples in
// the default graph (see the RDF form in rdf.go); WriteQuads writes the stored quads as
// they are, each with its article as graph label.
type NQuads struct{}

// Write writes the projection g as N-Quads.
func (NQuads) Write(ctx context.Context, w io.Writer, g Graph) error {
	o := newOut(ctx, w)
	// subj is the subject of the element being written, already in N-Quads form.
	var subj []byte
	emit := func(p string, obj Term) {
		o.Write(subj)
		o.WriteString(" <")
		o.WriteString(p)
		o.WriteString("> ")
		o.term(obj)
		o.WriteString(" .\n")
	}
	err := g.Nodes(ctx, func(n Node) error {
		subj = append(append(append(subj[:0], '<'), cleanIRI(NodeIRI(n.ID))...), '>')
		projectNode(n, emit)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("nquads nodes: %w", err)
	}
	i := 0
	err = g.Edges(ctx, func(e Edge) error {
		iri := iriOf(e)
		o.quad(iriTerm(iri.src), iriTerm(iri.pred), iriTerm(iri.dst), Term{})
		subj = strconv.AppendInt(append(subj[:0], "_:e"...), int64(i), 10)
		i++
		projectEdge(e, iri, emit)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("nquads edges: %w", err)
	}
	if err := o.Flush(); err != nil {
		return fmt.Errorf("nquads: %w", err)
	}
	return nil
}

// WriteQuads writes the stored quads q as N-Quads.
func (NQuads) WriteQuads(ctx context.Context, w io.Writer, q Quads) error {
	o := newOut(ctx, w)
	err := q.Quads(ctx, func(x Quad) error {
		if x.Predicate.Kind != IRI || x.Subject.Kind == Literal || x.Label.Kind == Literal {
			return fmt.Errorf("quad %v: a literal can only be an object", x)
		}
		o.quad(x.Subject, x.Predicate, x.Object, x.Label)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("nquads: %w", err)
	}
	if err := o.Flush(); err != nil {
		return fmt.Errorf("nquads: %w", err)
	}
	return nil
}

// quad writes one N-Quads line; a zero label (an IRI with no value) means the default
// graph.
func (o *out) quad(s, p, obj, label Term) {
	o.term(s)
	o.WriteByte(' ')
	o.term(p)
	o.WriteByte(' ')
	o.term(obj)
	if label.Value != "" {
		o.WriteByte(' ')
		o.term(label)
	}
	o.WriteString(" .\n")
}

func (o *out) term(t Term) {
	switch t.Kind {
	case IRI:
		o.WriteByte('<')
		o.WriteString(cleanIRI(t.Value))
		o.WriteByte('>')
	case BlankNode:
		o.WriteString("_:")
		o.WriteString(cleanBlank(t.Value))
	default:
		o.nqString(t.Value)
		switch {
		case t.Datatype != "":
			o.WriteString("^^<")
			o.WriteString(cleanIRI(t.Datatype))
			o.WriteByte('>')
		case validLang(t.Lang):
			o.WriteByte('@')
			o.WriteString(t.Lang)
		}
	}
}

// nqString writes s as an N-Quads string literal: '"', '\', newline and carriage return
// are escaped as the grammar requires, other control characters as \uXXXX, and invalid
// UTF-8 becomes U+FFFD.
func (o *out) nqString(s string) {
	o.quoted(s, func(o *out, c byte) {
		switch c {
		case '"':
			o.WriteString(`\"`)
		case '\\':
			o.WriteString(`\\`)
		case '\n':
			o.WriteString(`\n`)
		case '\r':
			o.WriteString(`\r`)
		case '\t':
			o.WriteString(`\t`)
		default:
			o.WriteString(`\u00`)
			o.WriteByte(hexDigits[c>>4])
			o.WriteByte(hexDigits[c&0xF])
		}
	})
}
