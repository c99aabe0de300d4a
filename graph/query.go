package graph

import (
	"context"
	"fmt"
	"runtime/debug"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/graphql"

	"newsgraph/graph/internal/gizmo"
	"newsgraph/schema"
)

// QueryError is the error of a raw query that failed: it did not parse, it used the
// language wrongly, or it panicked inside Cayley.
type QueryError struct {
	Lang string
	Err  error
}

func (e *QueryError) Error() string { return fmt.Sprintf("%s query: %v", e.Lang, e.Err) }
func (e *QueryError) Unwrap() error { return e.Err }

// Gizmo runs a Gizmo query (Cayley's JavaScript path language) and returns up to limit
// results (0: no limit) as JSON-able values. The prefixes of schema.Prefixes work in
// g.IRI("schema:name"). A query that panics inside Cayley returns a *QueryError; ctx's
// deadline stops endless queries.
func (s *Store) Gizmo(ctx context.Context, src string, limit int) ([]any, error) {
	var out []any
	err := s.read(func(qs cgraph.QuadStore) error {
		sess := gizmo.NewSession(qs)
		for p, full := range schema.Prefixes {
			sess.AddNamespace(p, full)
		}
		var err error
		out, err = runQuery(ctx, sess, src, limit)
		return err
	})
	if err != nil {
		return nil, &QueryError{Lang: "gizmo", Err: err}
	}
	return out, nil
}

// GraphQL runs a query in Cayley's GraphQL dialect and returns up to limit results (0: no
// limit) as JSON-able values.
func (s *Store) GraphQL(ctx context.Context, src string, limit int) ([]any, error) {
	var out []any
	err := s.read(func(qs cgraph.QuadStore) error {
		var err error
		out, err = runQuery(ctx, graphql.NewSession(qs), src, limit)
		return err
	})
	if err != nil {
		return nil, &QueryError{Lang: "graphql", Err: err}
	}
	return out, nil
}

// runQuery executes src in sess and collects its results. A panic in the calling
// goroutine is recovered here; gizmo recovers the ones in its own goroutine.
func runQuery(ctx context.Context, sess query.Session, src string, limit int) (out []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("query failed: %v\n%s", r, debug.Stack())
		}
	}()
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out = []any{}
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
