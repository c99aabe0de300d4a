package graph

import (
	"context"
	"fmt"

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
	err := s.readWith(ctx, nil, func(r *reader) error {
		n, err := r.countType(schema.NewsArticle)
		if err != nil {
			return err
		}
		st.Articles = n
		for _, t := range schema.EntityTypes {
			if st.Entities[string(t)], err = r.countType(t.IRI()); err != nil {
				return err
			}
		}
		for _, k := range FactKinds {
			if st.Facts[k.Kind], err = r.countType(k.Class); err != nil {
				return err
			}
		}
		cs, err := r.v.qs.Stats(ctx, false)
		if err == nil && !cs.Quads.Exact {
			cs, err = r.v.qs.Stats(ctx, true)
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
func (r *reader) countType(class string) (int, error) {
	ids, err := r.subjects(schema.Type, quad.IRI(class))
	return len(ids), err
}
