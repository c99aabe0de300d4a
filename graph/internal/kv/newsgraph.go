// newsgraph: this file is not part of Cayley; it adds to the copy what newsgraph's reads
// need (see doc.go).

package kv

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
)

// ReadTx reads the store in one read transaction of its bbolt database, with the
// buckets opened once: Cayley's iterators open a transaction per batch of 100 quads and
// look each key's bucket up again, which makes them three to eight times slower. It
// reads the same buckets and keys as they do. A ReadTx is not safe for concurrent use.
type ReadTx struct {
	qs   *QuadStore
	tx   *bolt.Tx
	log  *bolt.Bucket
	key  [8]byte
	vals map[string]*bolt.Bucket
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
	t := &ReadTx{qs: qs, tx: tx, log: tx.Bucket(logIndex[0]), vals: map[string]*bolt.Bucket{}}
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
	name := string(bucketForVal(h[0], h[1])[0])
	b, ok := t.vals[name]
	if !ok {
		b = t.tx.Bucket([]byte(name))
		t.vals[name] = b
	}
	if b == nil {
		return 0
	}
	id, _ := binary.Uvarint(b.Get(h[:]))
	return id
}

// primitive reads entry id of the log, or nil when there is none.
func (t *ReadTx) primitive(id uint64) (*cproto.Primitive, error) {
	quadKeyEnc.PutUint64(t.key[:], id)
	buf := t.log.Get(t.key[:])
	if buf == nil {
		return nil, nil
	}
	p := new(cproto.Primitive)
	if err := proto.Unmarshal(buf, p); err != nil {
		return nil, fmt.Errorf("kv: log entry %d: %w", id, err)
	}
	return p, nil
}

// Values returns the values of the node ids (nil for 0 and for ids that name no node).
func (t *ReadTx) Values(ids []uint64) ([]quad.Value, error) {
	out := make([]quad.Value, len(ids))
	for i, id := range ids {
		if id == 0 {
			continue
		}
		p, err := t.primitive(id)
		if err != nil {
			return nil, err
		}
		if p == nil || !p.IsNode() {
			continue
		}
		if out[i], err = pquads.UnmarshalValue(p.Value); err != nil {
			return nil, fmt.Errorf("kv: value of node %d: %w", id, err)
		}
	}
	return out, nil
}

// Quads calls fn with every live quad that has vals[i] in direction dirs[i], read from
// one prefix scan of the index whose leading directions are dirs, in the order of that
// index (the order of Cayley's QuadIterator for one direction). ok is false when no
// index starts with the directions.
func (t *ReadTx) Quads(dirs []quad.Direction, vals []uint64, fn func(p *cproto.Primitive) error) (ok bool, err error) {
	if len(dirs) == 0 || len(dirs) != len(vals) {
		return false, nil
	}
	want := make(map[quad.Direction]uint64, len(dirs))
	for i, d := range dirs {
		want[d] = vals[i]
	}
	t.qs.indexes.RLock()
	all := t.qs.indexes.all
	t.qs.indexes.RUnlock()
	for _, ind := range all {
		if len(ind.Dirs) < len(dirs) {
			continue
		}
		prefix := make([]uint64, 0, len(dirs))
		for _, d := range ind.Dirs[:len(dirs)] {
			v, ok := want[d]
			if !ok {
				break
			}
			prefix = append(prefix, v)
		}
		if len(prefix) == len(dirs) {
			return true, t.scan(ind, prefix, fn)
		}
	}
	return false, nil
}

// scan lists the live quads of the index keys that start with vals.
func (t *ReadTx) scan(ind QuadIndex, vals []uint64, fn func(p *cproto.Primitive) error) error {
	key := ind.Key(vals)
	b := t.tx.Bucket(key[0])
	if b == nil {
		return nil
	}
	prefix := key[1]
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		ids, err := decodeIndex(v)
		if err != nil {
			return err
		}
		for _, id := range ids {
			p, err := t.primitive(id)
			if err != nil {
				return err
			}
			if p == nil || p.Deleted {
				continue
			}
			if err := fn(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// All calls fn with every live quad in id order, with one scan of the log.
func (t *ReadTx) All(fn func(p *cproto.Primitive) error) error {
	c := t.log.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		p := new(cproto.Primitive)
		if err := proto.Unmarshal(v, p); err != nil {
			return fmt.Errorf("kv: log entry %x: %w", k, err)
		}
		if p.Deleted || p.IsNode() {
			continue
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}

// Distinct calls fn with the distinct node ids in direction d of the live quads that
// have vals in dirs, in ascending order, reading the keys of an index whose directions
// are dirs then d: the distinct subjects of quads (? p o), from the object index, need
// one quad read per subject rather than one per quad (a quad is read to make sure the
// key still lists a live one: deleted quads stay in the index lists). ok is false when
// no index fits.
func (t *ReadTx) Distinct(dirs []quad.Direction, vals []uint64, d quad.Direction, fn func(id uint64) error) (ok bool, err error) {
	if len(dirs) == 0 || len(dirs) != len(vals) {
		return false, nil
	}
	want := make(map[quad.Direction]uint64, len(dirs))
	for i, d := range dirs {
		want[d] = vals[i]
	}
	t.qs.indexes.RLock()
	all := t.qs.indexes.all
	t.qs.indexes.RUnlock()
	for _, ind := range all {
		if len(ind.Dirs) <= len(dirs) || ind.Dirs[len(dirs)] != d {
			continue
		}
		prefix := make([]uint64, 0, len(dirs))
		for _, d := range ind.Dirs[:len(dirs)] {
			v, ok := want[d]
			if !ok {
				break
			}
			prefix = append(prefix, v)
		}
		if len(prefix) != len(dirs) {
			continue
		}
		key := ind.Key(prefix)
		b := t.tx.Bucket(key[0])
		if b == nil {
			return true, nil
		}
		pre := key[1]
		at := 8 * len(dirs)
		c := b.Cursor()
		last := uint64(0)
		for k, v := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, v = c.Next() {
			if len(k) < at+8 {
				continue
			}
			id := quadKeyEnc.Uint64(k[at:])
			if id == last {
				continue // keys of the same value in d, differing in later directions
			}
			live, err := t.anyLive(v)
			if err != nil {
				return true, err
			}
			if !live {
				continue
			}
			last = id
			if err := fn(id); err != nil {
				return true, err
			}
		}
		return true, nil
	}
	return false, nil
}

// anyLive reports whether an index list names a quad that is not deleted.
func (t *ReadTx) anyLive(list []byte) (bool, error) {
	ids, err := decodeIndex(list)
	if err != nil {
		return false, err
	}
	for i := len(ids) - 1; i >= 0; i-- { // the newest first: deleted ones are older
		p, err := t.primitive(ids[i])
		if err != nil {
			return false, err
		}
		if p != nil && !p.Deleted {
			return true, nil
		}
	}
	return false, nil
}
