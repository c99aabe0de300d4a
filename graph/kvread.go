package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/graph/internal/kv"
)

// kvAccel makes the reads of a view on a bbolt store in one read transaction of the
// kv store (kv.ReadTx), whose scans and lookups skip the work Cayley's iterators repeat
// for every batch of quads.
type kvAccel struct{ tx *kv.ReadTx }

// openKVAccel is the accel of kv stores on bbolt.
func openKVAccel(ctx context.Context, qs cgraph.QuadStore) (accel, error) {
	kqs, ok := qs.(*kv.QuadStore)
	if !ok {
		return nil, nil
	}
	tx, err := kqs.BeginRead()
	if err != nil || tx == nil {
		return nil, err
	}
	return kvAccel{tx}, nil
}

func (a kvAccel) close() error { return a.tx.Close() }

// kvRef is the reference of kv node id (nil for 0).
func kvRef(id uint64) cgraph.Ref {
	if id == 0 {
		return nil
	}
	return kv.Int64Value(id)
}

func kvQuad(e *kv.Entry) qref {
	return qref{s: kvRef(e.Subject), p: kvRef(e.Predicate), o: kvRef(e.Object), l: kvRef(e.Label)}
}

// kvIDs returns the node ids of dirs, or false when a reference is not a kv one.
func kvIDs(dirs []dir) ([]quad.Direction, []uint64, bool) {
	ds := make([]quad.Direction, len(dirs))
	ids := make([]uint64, len(dirs))
	for i, d := range dirs {
		id, ok := d.r.(kv.Int64Value)
		if !ok {
			return nil, nil, false
		}
		ds[i], ids[i] = d.d, uint64(id)
	}
	return ds, ids, true
}

func (a kvAccel) ref(val quad.Value) (cgraph.Ref, bool, error) {
	return kvRef(a.tx.ValueOf(val)), true, nil
}

func (a kvAccel) values(rs []cgraph.Ref) ([]quad.Value, bool, error) {
	ids := make([]uint64, len(rs))
	for i, r := range rs {
		id, ok := r.(kv.Int64Value)
		if !ok && r != nil {
			return nil, false, nil
		}
		ids[i] = uint64(id)
	}
	vals, err := a.tx.Values(ids)
	return vals, err == nil, err
}

func (a kvAccel) quads(dirs []dir, fn func(qref) error) (bool, error) {
	ds, ids, ok := kvIDs(dirs)
	if !ok {
		return false, nil
	}
	return a.tx.Quads(ds, ids, func(e *kv.Entry) error {
		q := kvQuad(e)
		if !matches(q, dirs) {
			return nil
		}
		return fn(q)
	})
}

func (a kvAccel) distinct(d quad.Direction, dirs []dir, fn func(cgraph.Ref) error) (bool, error) {
	ds, ids, ok := kvIDs(dirs)
	if !ok {
		return false, nil
	}
	return a.tx.Distinct(ds, ids, d, func(id uint64) error { return fn(kvRef(id)) })
}

func (a kvAccel) subjectQuads(ids, preds []cgraph.Ref, fn func(i int, q qref) error) (bool, error) {
	// The ids of every quad first, then their log entries in one pass.
	var all []uint64
	spans := make([][2]int, len(ids))
	list := func(dirs []dir) (bool, error) {
		ds, vals, ok := kvIDs(dirs)
		if !ok {
			return false, nil
		}
		l, ok, err := a.tx.QuadIDs(ds, vals)
		all = append(all, l...)
		return ok, err
	}
	for i, id := range ids {
		start := len(all)
		if len(preds) == 0 {
			if ok, err := list([]dir{{quad.Subject, id}}); !ok || err != nil {
				return ok, err
			}
		}
		// One prefix scan of the subject-predicate index per predicate: an entity's
		// other quads (one per statement it made, per relation ...) are not read.
		for _, p := range preds {
			if ok, err := list([]dir{{quad.Subject, id}, {quad.Predicate, p}}); !ok || err != nil {
				return ok, err
			}
		}
		spans[i] = [2]int{start, len(all)}
	}
	entries, err := a.tx.Entries(all)
	if err != nil {
		return true, err
	}
	for i, sp := range spans {
		for j := sp[0]; j < sp[1]; j++ {
			if e := &entries[j]; e.ID != 0 && !e.Deleted && !e.IsNode() {
				if err := fn(i, kvQuad(e)); err != nil {
					return true, err
				}
			}
		}
	}
	return true, nil
}

func (a kvAccel) all(fn func(qref) error) (bool, error) {
	return true, a.tx.All(func(e *kv.Entry) error { return fn(kvQuad(e)) })
}
