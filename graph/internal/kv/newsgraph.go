// newsgraph: this file is not part of Cayley; it adds to the copy what newsgraph's reads
// need (see doc.go).

package kv

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/cayleygraph/cayley/graph/refs"
)

// ReadTx reads the store in one read transaction of its bbolt database, with the
// buckets opened once. It reads the same buckets and keys as Cayley's iterators, but
// those open a transaction per batch of 100 quads, look each key's bucket up again and
// seek every log entry from the root of the tree; a ReadTx reads the log entries it
// needs in id order with one cursor, stepping to the next key when it is near, which
// is several times faster (the entries of one article's quads are neighbours). A ReadTx
// is not safe for concurrent use.
type ReadTx struct {
	qs      *QuadStore
	tx      *bolt.Tx
	log     *bolt.Bucket
	buckets map[string]*bolt.Bucket
}

// Entry is a log entry as newsgraph reads it: a quad (the node ids of its directions;
// Label 0 for none) or a node (its marshalled value).
type Entry struct {
	ID                                uint64
	Subject, Predicate, Object, Label uint64
	// Value is a node's value (pquads), in the transaction's memory: valid until the
	// ReadTx is closed.
	Value   []byte
	Deleted bool
}

// IsNode reports whether the entry is a node rather than a quad.
func (e *Entry) IsNode() bool { return len(e.Value) != 0 }

// decodeEntry decodes a log entry, a proto.Primitive, field by field (protowire): the
// generated decoder allocates a message with its runtime state for every entry.
func decodeEntry(b []byte, e *Entry) error {
	*e = Entry{}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
		if typ == protowire.VarintType {
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return protowire.ParseError(n)
			}
			b = b[n:]
			switch num {
			case 1:
				e.ID = v
			case 2:
				e.Subject = v
			case 3:
				e.Predicate = v
			case 4:
				e.Object = v
			case 5:
				e.Label = v
			case 9:
				e.Deleted = v != 0
			}
			continue
		}
		if typ == protowire.BytesType && num == 8 {
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return protowire.ParseError(n)
			}
			e.Value = v
			b = b[n:]
			continue
		}
		n = protowire.ConsumeFieldValue(num, typ, b)
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
	}
	return nil
}

// boltDB is the hidalgo bbolt database the store runs on.
type boltDB interface{ DB() *bolt.DB }

// BeginRead starts a ReadTx, or returns nil when the store does not run on bbolt.
func (qs *QuadStore) BeginRead() (*ReadTx, error) {
	db, ok := qs.db.(boltDB)
	if !ok {
		return nil, nil
	}
	tx, err := db.DB().Begin(false)
	if err != nil {
		return nil, err
	}
	t := &ReadTx{qs: qs, tx: tx, log: tx.Bucket(logIndex[0]), buckets: map[string]*bolt.Bucket{}}
	if t.log == nil {
		tx.Rollback()
		return nil, ErrNoBucket
	}
	return t, nil
}

// Close ends the transaction.
func (t *ReadTx) Close() error { return t.tx.Rollback() }

// ValueOf returns the node id of v, or 0 when no quad uses it.
func (t *ReadTx) ValueOf(v quad.Value) uint64 {
	if v == nil {
		return 0
	}
	h := refs.HashOf(v)
	b := t.bucket(bucketForVal(h[0], h[1])[0])
	if b == nil {
		return 0
	}
	id, _ := binary.Uvarint(b.Get(h[:]))
	return id
}

// bucket returns the bucket name (nil when there is none), opened once per ReadTx.
func (t *ReadTx) bucket(name []byte) *bolt.Bucket {
	b, ok := t.buckets[string(name)]
	if !ok {
		b = t.tx.Bucket(name)
		t.buckets[string(name)] = b
	}
	return b
}

// logID is the id of a log key (0 for a key that is not an id).
func logID(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return quadKeyEnc.Uint64(k)
}

// nearSteps is how far ahead (in keys) the log cursor steps rather than seeks.
const nearSteps = 16

// Entries returns the log entries of ids, in the order of ids (a zero Entry for an id
// with none). The ids are read in ascending order with one cursor.
func (t *ReadTx) Entries(ids []uint64) ([]Entry, error) {
	out := make([]Entry, len(ids))
	order := make([]int32, len(ids))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(ids[a], ids[b]) })
	sorted := make([]uint64, 0, len(ids))
	for _, i := range order {
		if id := ids[i]; len(sorted) == 0 || sorted[len(sorted)-1] != id {
			sorted = append(sorted, id)
		}
	}
	// order and sorted advance together: the positions of each id follow each other.
	at := 0
	err := t.walk(sorted, func(e *Entry) error {
		for at < len(order) && ids[order[at]] < e.ID {
			at++
		}
		for ; at < len(order) && ids[order[at]] == e.ID; at++ {
			out[order[at]] = *e
		}
		return nil
	})
	return out, err
}

// walk calls fn with the log entries of ids, which are sorted and distinct.
func (t *ReadTx) walk(ids []uint64, fn func(e *Entry) error) error {
	c := t.log.Cursor()
	var key [8]byte
	var k, v []byte
	positioned := false
	var e Entry
	for _, id := range ids {
		if positioned {
			for n := 0; k != nil && logID(k) < id && n < nearSteps; n++ {
				k, v = c.Next()
			}
		}
		if !positioned || k == nil || logID(k) < id {
			quadKeyEnc.PutUint64(key[:], id)
			k, v = c.Seek(key[:])
			positioned = true
		}
		if k == nil || logID(k) != id {
			continue
		}
		if err := decodeEntry(v, &e); err != nil {
			return fmt.Errorf("kv: log entry %d: %w", id, err)
		}
		e.ID = id
		if err := fn(&e); err != nil {
			return err
		}
	}
	return nil
}

// Values returns the values of the node ids (nil for 0 and for ids that name no node).
func (t *ReadTx) Values(ids []uint64) ([]quad.Value, error) {
	entries, err := t.Entries(ids)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Value, len(ids))
	for i := range entries {
		if ids[i] == 0 || !entries[i].IsNode() {
			continue
		}
		if out[i], err = pquads.UnmarshalValue(entries[i].Value); err != nil {
			return nil, fmt.Errorf("kv: value of node %d: %w", ids[i], err)
		}
	}
	return out, nil
}

// index returns the index whose leading directions are dirs (in any order), followed
// by next when next is not quad.Any, and the values of dirs in its order.
func (t *ReadTx) index(dirs []quad.Direction, vals []uint64, next quad.Direction) (QuadIndex, []uint64, bool) {
	if len(dirs) == 0 || len(dirs) != len(vals) {
		return QuadIndex{}, nil, false
	}
	t.qs.indexes.RLock()
	all := t.qs.indexes.all
	t.qs.indexes.RUnlock()
	for _, ind := range all {
		if len(ind.Dirs) < len(dirs) || (next != quad.Any && (len(ind.Dirs) == len(dirs) || ind.Dirs[len(dirs)] != next)) {
			continue
		}
		prefix := make([]uint64, 0, len(dirs))
		for _, d := range ind.Dirs[:len(dirs)] {
			i := slices.Index(dirs, d)
			if i < 0 {
				break
			}
			prefix = append(prefix, vals[i])
		}
		if len(prefix) == len(dirs) {
			return ind, prefix, true
		}
	}
	return QuadIndex{}, nil, false
}

// QuadIDs returns the ids of the quads, live or deleted, that have vals[i] in direction
// dirs[i], from one prefix scan of the index whose leading directions are dirs, in the
// order of that index (the order of Cayley's QuadIterator for one direction). ok is
// false when no index starts with the directions.
func (t *ReadTx) QuadIDs(dirs []quad.Direction, vals []uint64) (ids []uint64, ok bool, err error) {
	ind, prefix, ok := t.index(dirs, vals, quad.Any)
	if !ok {
		return nil, false, nil
	}
	key := ind.Key(prefix)
	b := t.bucket(key[0])
	if b == nil {
		return nil, true, nil
	}
	pre := key[1]
	c := b.Cursor()
	for k, v := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, v = c.Next() {
		l, err := decodeIndex(v)
		if err != nil {
			return nil, true, err
		}
		ids = append(ids, l...)
	}
	return ids, true, nil
}

// Quads calls fn with every live quad that has vals[i] in direction dirs[i] (see
// QuadIDs), in the order of the index.
func (t *ReadTx) Quads(dirs []quad.Direction, vals []uint64, fn func(e *Entry) error) (ok bool, err error) {
	ids, ok, err := t.QuadIDs(dirs, vals)
	if !ok || err != nil || len(ids) == 0 {
		return ok, err
	}
	entries, err := t.Entries(ids)
	if err != nil {
		return true, err
	}
	for i := range entries {
		if e := &entries[i]; e.ID != 0 && !e.Deleted && !e.IsNode() {
			if err := fn(e); err != nil {
				return true, err
			}
		}
	}
	return true, nil
}

// Distinct calls fn with the distinct node ids in direction d of the live quads that
// have vals in dirs, in ascending order, reading the keys of an index whose directions
// are dirs then d: the distinct subjects of quads (? p o), from the object index, need
// one quad read per subject rather than one per quad (a quad is read to make sure the
// key still lists a live one: deleted quads stay in the index lists). ok is false when
// no index fits.
func (t *ReadTx) Distinct(dirs []quad.Direction, vals []uint64, d quad.Direction, fn func(id uint64) error) (ok bool, err error) {
	ind, prefix, ok := t.index(dirs, vals, d)
	if !ok {
		return false, nil
	}
	key := ind.Key(prefix)
	b := t.bucket(key[0])
	if b == nil {
		return true, nil
	}
	pre := key[1]
	at := 8 * len(dirs)
	// The value in d of each key, and the newest quad it lists; keys of one value in d
	// that differ in later directions are neighbours.
	type cand struct{ id, quad uint64 }
	var cands []cand
	var lists [][]uint64
	c := b.Cursor()
	for k, v := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, v = c.Next() {
		if len(k) < at+8 {
			continue
		}
		l, err := decodeIndex(v)
		if err != nil || len(l) == 0 {
			if err != nil {
				return true, err
			}
			continue
		}
		cands = append(cands, cand{quadKeyEnc.Uint64(k[at:]), l[len(l)-1]})
		lists = append(lists, l)
	}
	// The newest quad of a key is live but for deletes: check those first, all at once.
	newest := make([]uint64, len(cands))
	for i, c := range cands {
		newest[i] = c.quad
	}
	entries, err := t.Entries(newest)
	if err != nil {
		return true, err
	}
	last, emitted := uint64(0), false
	for i, c := range cands {
		if emitted && c.id == last {
			continue
		}
		live := entries[i].ID != 0 && !entries[i].Deleted
		if !live && len(lists[i]) > 1 {
			// Older quads of the key, newest first.
			rest := lists[i][:len(lists[i])-1]
			es, err := t.Entries(rest)
			if err != nil {
				return true, err
			}
			for j := range es {
				if es[j].ID != 0 && !es[j].Deleted {
					live = true
					break
				}
			}
		}
		if !live {
			continue
		}
		last, emitted = c.id, true
		if err := fn(c.id); err != nil {
			return true, err
		}
	}
	return true, nil
}

// All calls fn with every live quad in id order, with one scan of the log.
func (t *ReadTx) All(fn func(e *Entry) error) error {
	c := t.log.Cursor()
	var e Entry
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if err := decodeEntry(v, &e); err != nil {
			return fmt.Errorf("kv: log entry %x: %w", k, err)
		}
		e.ID = logID(k)
		if e.Deleted || e.IsNode() {
			continue
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return nil
}

// Capacities of the store's bloom filters. Upstream made each of them 100M entries, 75 MB
// apiece (some 400 MB for a new store), and every test or add of such a filter is a few
// cache misses. A filter that fills up past its capacity only answers "maybe" more often,
// which costs an index lookup; it never misses a quad that is there.
const (
	// bulkBloomCapacity is the capacity of the filters a new store keeps while it is
	// loaded (nodes, keys of each index).
	bulkBloomCapacity = 10 * 1000 * 1000
	// minExistsBloom is the least capacity of the filter of the quads stored.
	minExistsBloom = 10 * 1000 * 1000
)

// existsBloomCapacity is the capacity of the filter of the quads of a store that holds
// size quads: room for as many again.
func existsBloomCapacity(size int64) uint {
	return uint(max(minExistsBloom, 2*size))
}

// fillBloom adds every live quad of a store on bbolt to the filter of the quads stored,
// with one cursor scan of the log and the entries decoded field by field.
func (qs *QuadStore) fillBloom(db boltDB) error {
	return db.DB().View(func(tx *bolt.Tx) error {
		log := tx.Bucket(logIndex[0])
		if log == nil {
			return nil
		}
		c := log.Cursor()
		var e Entry
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := decodeEntry(v, &e); err != nil {
				return fmt.Errorf("kv: log entry %x: %w", k, err)
			}
			if e.Deleted || e.IsNode() {
				continue
			}
			quadKeyEnc.PutUint64(qs.exists.buf[0:8], e.Subject)
			quadKeyEnc.PutUint64(qs.exists.buf[8:16], e.Predicate)
			quadKeyEnc.PutUint64(qs.exists.buf[16:24], e.Object)
			qs.exists.Add(qs.exists.buf)
		}
		return nil
	})
}
