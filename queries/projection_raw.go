package queries

import (
	"context"
	"strings"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/schema"
)

// StoredQuads is the store's quads as they are, for the RDF exports' raw mode (graph
// export --raw): it implements export.Quads.
type StoredQuads struct{ Store *graph.Store }

// Quads calls fn with every stored quad.
func (q StoredQuads) Quads(ctx context.Context, fn func(export.Quad) error) error {
	return q.Store.Quads(ctx, func(x graph.Quad) error {
		return fn(export.Quad{Subject: quadTerm(x.Subject), Predicate: quadTerm(x.Predicate), Object: quadTerm(x.Object), Label: quadTerm(x.Label)})
	})
}

// quadTerm converts a stored term. The store writes a blank node as a literal-like term whose
// value starts with "_:"; an empty label is the default graph.
func quadTerm(t graph.Term) export.Term {
	switch {
	case t.Value == "" && !t.IRI:
		return export.Term{}
	case t.IRI:
		return export.Term{Kind: export.IRI, Value: t.Value}
	case t.Datatype == "" && t.Lang == "" && strings.HasPrefix(t.Value, "_:"):
		return export.Term{Kind: export.BlankNode, Value: t.Value[2:]}
	}
	return export.Term{Kind: export.Literal, Value: t.Value, Datatype: expandPrefix(t.Datatype), Lang: t.Lang}
}

// expandPrefix turns a compact IRI with one of schema.Prefixes into the full IRI: Cayley
// types numbers and booleans as "xsd:integer", "xsd:double", "xsd:boolean".
func expandPrefix(iri string) string {
	prefix, local, ok := strings.Cut(iri, ":")
	if !ok || strings.HasPrefix(local, "//") {
		return iri
	}
	if ns, ok := schema.Prefixes[prefix]; ok {
		return ns + local
	}
	return iri
}
