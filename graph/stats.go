package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// Stats counts what a store holds.
type Stats struct {
	Backend  string `json:"backend"`
	Articles int    `json:"articles"`
	// Entities counts distinct entities by type name ("Person", ...), every type listed.
	Entities map[string]int `json:"entities"`
	// Facts counts fact nodes by kind: "role", "statement", "event", "relation".
	Facts map[string]int `json:"facts"`
	Quads int64          `json:"quads"`
	// SizeBytes is the size of the store on disk, or -1 when unknown (memstore).
	SizeBytes int64 `json:"size_bytes"`
}

// FactKinds lists the kinds of fact nodes with their classes, in display order.
var FactKinds = []struct{ Kind, Class string }{
	{"role", schema.RoleClass},
	{"statement", schema.Quotation},
	{"event", schema.EventClass},
	{"relation", schema.Relation},
}

// Stats counts the articles, entities by type, facts by kind and quads of the store, and
// its size on disk when known.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Backend: s.cfg.Backend, Entities: map[string]int{}, Facts: map[string]int{}, SizeBytes: -1}
	err := s.read(func(qs cgraph.QuadStore) error {
		n, err := countType(ctx, qs, schema.NewsArticle)
		if err != nil {
			return err
		}
		st.Articles = n
		for _, t := range schema.EntityTypes {
			if st.Entities[string(t)], err = countType(ctx, qs, t.IRI()); err != nil {
				return err
			}
		}
		for _, k := range FactKinds {
			if st.Facts[k.Kind], err = countType(ctx, qs, k.Class); err != nil {
				return err
			}
		}
		cs, err := qs.Stats(ctx, false)
		if err == nil && !cs.Quads.Exact {
			cs, err = qs.Stats(ctx, true)
		}
		if err != nil {
			return err
		}
		st.Quads = cs.Quads.Value
		if size, err := s.size(ctx); err == nil {
			st.SizeBytes = size
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("store stats: %w", err)
	}
	return st, nil
}

// countType counts the distinct nodes of rdf:type class.
func countType(ctx context.Context, qs cgraph.QuadStore, class string) (int, error) {
	seen := map[string]struct{}{}
	err := eachQuad(ctx, qs, quad.Object, quad.IRI(class), func(q quad.Quad) error {
		if q.Predicate == quad.IRI(schema.Type) {
			seen[plain(q.Subject)] = struct{}{}
		}
		return nil
	})
	return len(seen), err
}

// eachQuad calls fn with every quad that has v in direction d.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}
