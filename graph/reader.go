package graph

import (
	"context"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"

	"newsgraph/schema"
)

// A Reader answers several reads of one query with shared caches: the entities,
// articles and values one read loads are not loaded again by the next. Each read sees the
// store as it is when it runs, but what the Reader cached earlier does not change with
// later writes, so a Reader is for the reads of one query, not to keep. It is safe for
// concurrent use; its reads run one at a time.
//
//	rd := st.Reader()
//	by, err := rd.Statements(ctx, graph.StatementFilter{Speaker: iri})
//	about, err := rd.Statements(ctx, graph.StatementFilter{About: iri}) // refs cached
type Reader struct {
	s  *Store
	mu sync.Mutex
	qs cgraph.QuadStore // the quad store r reads
	r  *reader
}

// Reader returns a Reader of the store for the reads of one query.
func (s *Store) Reader() *Reader { return &Reader{s: s} }

// readWith runs fn with a reader of the store held for reading: the one of rd when rd is
// not nil (sharing its caches), else a new one.
func (s *Store) readWith(ctx context.Context, rd *Reader, fn func(r *reader) error) error {
	return s.read(func(qs cgraph.QuadStore) error {
		if rd == nil {
			r := newReader(newView(ctx, qs, s.accel))
			if err := r.v.begin(); err != nil {
				return err
			}
			defer r.v.end()
			return fn(r)
		}
		rd.mu.Lock()
		defer rd.mu.Unlock()
		if rd.r == nil || rd.qs != qs {
			// A new quad store (reopened after a failed write) starts afresh.
			rd.r, rd.qs = newReader(newView(ctx, qs, s.accel)), qs
		}
		rd.r.v.ctx = ctx
		if err := rd.r.v.begin(); err != nil {
			return err
		}
		defer rd.r.v.end()
		return fn(rd.r)
	})
}

// Roles is Store.Roles with the Reader's caches.
func (rd *Reader) Roles(ctx context.Context, f RoleFilter) ([]Role, error) {
	var out []Role
	err := rd.s.readWith(ctx, rd, func(r *reader) (err error) {
		out, err = r.roles(f)
		return err
	})
	return out, err
}

// Statements is Store.Statements with the Reader's caches.
func (rd *Reader) Statements(ctx context.Context, f StatementFilter) ([]Statement, error) {
	var out []Statement
	err := rd.s.readWith(ctx, rd, func(r *reader) (err error) {
		out, err = r.statements(f)
		return err
	})
	return out, err
}

// Events is Store.Events with the Reader's caches.
func (rd *Reader) Events(ctx context.Context, f EventFilter) ([]Event, error) {
	var out []Event
	err := rd.s.readWith(ctx, rd, func(r *reader) (err error) {
		out, err = r.events(f)
		return err
	})
	return out, err
}

// Relations is Store.Relations with the Reader's caches.
func (rd *Reader) Relations(ctx context.Context, f RelationFilter) ([]Relation, error) {
	var out []Relation
	err := rd.s.readWith(ctx, rd, func(r *reader) (err error) {
		out, err = r.relations(f)
		return err
	})
	return out, err
}

// Entities is Store.Entities with the Reader's caches.
func (rd *Reader) Entities(ctx context.Context, f EntityFilter) ([]Entity, error) {
	var out []Entity
	err := rd.s.readWith(ctx, rd, func(r *reader) (err error) {
		out, err = r.entities(f)
		return err
	})
	return out, err
}

// LookupEntity is Store.LookupEntity with the Reader's caches.
func (rd *Reader) LookupEntity(ctx context.Context, name string, t schema.EntityType) ([]Entity, error) {
	return rd.s.lookupEntity(ctx, rd, name, t)
}

// ArticleQuads is Store.ArticleQuads with the Reader's caches.
func (rd *Reader) ArticleQuads(ctx context.Context, iri string, fn func(Quad) error) error {
	return rd.s.readWith(ctx, rd, func(r *reader) error { return r.articleQuads(iri, fn) })
}
