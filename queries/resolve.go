package queries

import (
	"context"

	"newsgraph/graph"
	"newsgraph/schema"
)

// Resolved is the entity a name given by the user stands for.
type Resolved struct {
	graph.Entity
	// Query is the name as the user gave it.
	Query string `json:"query"`
	// Others are the other entities that go by the name, best first.
	Others []graph.EntityRef `json:"others,omitempty"`
}

// Resolve returns the entity of type t (any type when t is "") that goes by name: the
// one whose canonical name it is, else the one mentioned most. When no entity goes by
// the name, the error is a *graph.UnknownNameError with the closest names.
func Resolve(ctx context.Context, st *graph.Store, name string, t schema.EntityType) (Resolved, error) {
	return resolve(ctx, st.Reader(), name, t)
}

// reads are the store's typed reads, as the queries make them: through one
// *graph.Reader per query, so that its reads share what they load (entities, articles).
type reads interface {
	LookupEntity(ctx context.Context, name string, t schema.EntityType) ([]graph.Entity, error)
	Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error)
	Roles(ctx context.Context, f graph.RoleFilter) ([]graph.Role, error)
	Statements(ctx context.Context, f graph.StatementFilter) ([]graph.Statement, error)
	Events(ctx context.Context, f graph.EventFilter) ([]graph.Event, error)
	Relations(ctx context.Context, f graph.RelationFilter) ([]graph.Relation, error)
	ArticleQuads(ctx context.Context, iri string, fn func(graph.Quad) error) error
}

func resolve(ctx context.Context, st reads, name string, t schema.EntityType) (Resolved, error) {
	found, err := st.LookupEntity(ctx, name, t)
	if err != nil {
		return Resolved{}, err
	}
	r := Resolved{Entity: found[0], Query: name}
	for _, e := range found[1:] {
		r.Others = append(r.Others, e.EntityRef)
	}
	return r, nil
}
