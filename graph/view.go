package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// view reads one quad store for the reads of one query. Quads are handled as the
// references of their four values, compared without reading the values; the values that
// are needed are read in batches and cached, as are the references of the IRIs asked for.
// Backends with a faster way than Cayley's iterators (bbolt: one read transaction with
// the buckets open; PostgreSQL: one SQL query for many nodes) give the view an accel.
type view struct {
	ctx context.Context
	qs  cgraph.QuadStore
	// open starts the backend's accel, when it has one; acc is the one open between
	// begin and end.
	open func(ctx context.Context, qs cgraph.QuadStore) (accel, error)
	acc  accel

	refs map[quad.Value]cgraph.Ref // nil: not stored
	vals map[any]quad.Value        // by Ref.Key()
}

// accel is a backend's faster way of making the view's reads. A method that returns ok
// false leaves the read to Cayley's iterators; a method that returns ok true must give
// what the iterators give, in the same order.
type accel interface {
	// ref returns the reference of a value (nil when not stored).
	ref(val quad.Value) (r cgraph.Ref, ok bool, err error)
	// values returns the values of references (nil for nil).
	values(rs []cgraph.Ref) (vals []quad.Value, ok bool, err error)
	// quads lists the quads with the values of dirs, in the order of the index of the
	// first direction.
	quads(dirs []dir, fn func(qref) error) (ok bool, err error)
	// distinct lists the distinct values in direction d of the quads with the values of
	// dirs, in the order quads lists them in.
	distinct(d quad.Direction, dirs []dir, fn func(cgraph.Ref) error) (ok bool, err error)
	// subjectQuads lists the quads of each subject of ids (those of the predicates preds
	// only, when given); fn gets the index of the subject in ids.
	subjectQuads(ids, preds []cgraph.Ref, fn func(i int, q qref) error) (ok bool, err error)
	// all lists every quad, in the order of Cayley's QuadsAllIterator.
	all(fn func(qref) error) (ok bool, err error)
	close() error
}

func newView(ctx context.Context, qs cgraph.QuadStore, open func(context.Context, cgraph.QuadStore) (accel, error)) *view {
	return &view{ctx: ctx, qs: qs, open: open, refs: map[quad.Value]cgraph.Ref{}, vals: map[any]quad.Value{}}
}

// begin starts the backend's accel; end stops it. The caches outlive them: the
// reference of a value does not change.
func (v *view) begin() error {
	if v.open == nil {
		return nil
	}
	acc, err := v.open(v.ctx, v.qs)
	if err != nil {
		return err
	}
	v.acc = acc
	return nil
}

func (v *view) end() {
	if v.acc != nil {
		v.acc.close()
		v.acc = nil
	}
}

// qref is a stored quad as the references of its values; l is nil for the default graph.
type qref struct{ s, p, o, l cgraph.Ref }

func (q qref) get(d quad.Direction) cgraph.Ref {
	switch d {
	case quad.Subject:
		return q.s
	case quad.Predicate:
		return q.p
	case quad.Object:
		return q.o
	}
	return q.l
}

// is holds when ref a and ref b name the same node; nil matches nil only.
func is(a, b cgraph.Ref) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Key() == b.Key()
}

// ref returns the reference of v, or nil when no quad uses it.
func (v *view) ref(val quad.Value) (cgraph.Ref, error) {
	if r, ok := v.refs[val]; ok {
		return r, nil
	}
	var r cgraph.Ref
	ok := false
	if v.acc != nil {
		var err error
		if r, ok, err = v.acc.ref(val); err != nil {
			return nil, err
		}
	}
	if !ok {
		var err error
		if r, err = v.qs.ValueOf(val); err != nil {
			return nil, err
		}
	}
	v.refs[val] = r
	if r != nil {
		v.vals[r.Key()] = val
	}
	return r, nil
}

// iri returns the reference of an IRI.
func (v *view) iri(s string) (cgraph.Ref, error) { return v.ref(quad.IRI(s)) }

// dir is a value a listed quad must have in one direction.
type dir struct {
	d quad.Direction
	r cgraph.Ref
}

// matches reports whether q has the values of dirs.
func matches(q qref, dirs []dir) bool {
	for _, d := range dirs {
		if !is(q.get(d.d), d.r) {
			return false
		}
	}
	return true
}

// quads calls fn with every stored quad that has the values of all dirs, the first of
// which should be the most selective: without an accel, the quads are read from the
// index of the first direction and the others are checked on the references.
func (v *view) quads(fn func(qref) error, dirs ...dir) error {
	for _, d := range dirs {
		if d.r == nil {
			return nil // a value not stored: no quad has it
		}
	}
	if v.acc != nil {
		if ok, err := v.acc.quads(dirs, fn); ok || err != nil {
			return err
		}
	}
	it := v.qs.QuadIterator(dirs[0].d, dirs[0].r).Iterate()
	defer it.Close()
	for it.Next(v.ctx) {
		q, err := v.quadRefs(it.Result())
		if err != nil {
			return err
		}
		if !matches(q, dirs) {
			continue
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// distinct calls fn with the distinct values in direction d of the quads that have the
// values of dirs, in the order quads lists them in.
func (v *view) distinct(d quad.Direction, fn func(cgraph.Ref) error, dirs ...dir) error {
	for _, x := range dirs {
		if x.r == nil {
			return nil
		}
	}
	if v.acc != nil {
		if ok, err := v.acc.distinct(d, dirs, fn); ok || err != nil {
			return err
		}
	}
	seen := map[any]bool{}
	return v.quads(func(q qref) error {
		r := q.get(d)
		if r == nil {
			return nil
		}
		if k := r.Key(); !seen[k] {
			seen[k] = true
			return fn(r)
		}
		return nil
	}, dirs...)
}

// subjectQuads calls fn with the quads of each subject of ids, or of its predicates
// preds only when given, and the index of the subject in ids.
func (v *view) subjectQuads(ids, preds []cgraph.Ref, fn func(i int, q qref) error) error {
	if v.acc != nil {
		if ok, err := v.acc.subjectQuads(ids, preds, fn); ok || err != nil {
			return err
		}
	}
	for i, id := range ids {
		err := v.quads(func(q qref) error {
			if len(preds) > 0 && !hasRef(preds, q.p) {
				return nil
			}
			return fn(i, q)
		}, dir{quad.Subject, id})
		if err != nil {
			return err
		}
	}
	return nil
}

// hasRef reports whether r is one of rs.
func hasRef(rs []cgraph.Ref, r cgraph.Ref) bool {
	for _, x := range rs {
		if is(x, r) {
			return true
		}
	}
	return false
}

// all calls fn with every stored quad, in the backend's order.
func (v *view) all(fn func(qref) error) error {
	if v.acc != nil {
		if ok, err := v.acc.all(fn); ok || err != nil {
			return err
		}
	}
	it := v.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(v.ctx) {
		q, err := v.quadRefs(it.Result())
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// quadRefs returns the references of the values of quad r.
func (v *view) quadRefs(r cgraph.Ref) (qref, error) {
	var q qref
	var err error
	if q.s, err = v.qs.QuadDirection(r, quad.Subject); err != nil {
		return q, err
	}
	if q.p, err = v.qs.QuadDirection(r, quad.Predicate); err != nil {
		return q, err
	}
	if q.o, err = v.qs.QuadDirection(r, quad.Object); err != nil {
		return q, err
	}
	if q.l, err = v.qs.QuadDirection(r, quad.Label); err != nil {
		return q, err
	}
	return q, nil
}

// valueBatch is the most values read in one batch.
const valueBatch = 4096

// fetch reads the values of rs not read yet, in batches.
func (v *view) fetch(rs []cgraph.Ref) error {
	var missing []cgraph.Ref
	seen := map[any]bool{}
	for _, r := range rs {
		if r == nil {
			continue
		}
		k := r.Key()
		if _, ok := v.vals[k]; ok || seen[k] {
			continue
		}
		seen[k] = true
		missing = append(missing, r)
	}
	batch, _ := v.qs.(refs.BatchNamer)
	for len(missing) > 0 {
		chunk := missing[:min(len(missing), valueBatch)]
		missing = missing[len(chunk):]
		var vals []quad.Value
		ok := false
		if v.acc != nil {
			var err error
			if vals, ok, err = v.acc.values(chunk); err != nil {
				return err
			}
		}
		if !ok && batch != nil {
			var err error
			if vals, err = batch.ValuesOf(v.ctx, chunk); err != nil {
				return err
			}
			ok = true
		}
		if !ok {
			vals = make([]quad.Value, len(chunk))
			for i, r := range chunk {
				var err error
				if vals[i], err = v.qs.NameOf(r); err != nil {
					return err
				}
			}
		}
		for i, r := range chunk {
			v.vals[r.Key()] = vals[i]
		}
	}
	return nil
}

// value returns the value r names (nil for nil), reading it when not cached.
func (v *view) value(r cgraph.Ref) (quad.Value, error) {
	if r == nil {
		return nil, nil
	}
	if val, ok := v.vals[r.Key()]; ok {
		return val, nil
	}
	if err := v.fetch([]cgraph.Ref{r}); err != nil {
		return nil, err
	}
	return v.vals[r.Key()], nil
}
