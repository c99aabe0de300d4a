package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Config chooses and configures the backend of a Store.
type Config struct {
	// Backend names the backend: "bbolt" (the default), "memstore" or "postgres"
	// (Backends lists them).
	Backend string
	// Path is the directory of a bbolt store, created on first use.
	Path string
	// DSN is the connection string of a postgres store.
	DSN string
	// BatchSize is the most quads WriteDocuments puts in one transaction (0: 10000).
	BatchSize int
	// ReadOnly opens the store for reading only: writes fail, a bbolt store can be read
	// by several processes at once and opens without loading its write caches.
	ReadOnly bool
}

// DefaultBatchSize is the number of quads per transaction of a bulk write when
// Config.BatchSize is zero (the best batch size measured for bbolt).
const DefaultBatchSize = 10000

// ErrReadOnly is returned by writes to a store opened with Config.ReadOnly.
var ErrReadOnly = errors.New("store is open read-only")

// Store is newsgraph's graph of facts over a Cayley quad store. It is safe for concurrent
// use: writes are serialized, and on backends that need it (memstore) reads wait for
// writes.
type Store struct {
	cfg     Config
	backend backend

	// wmu serializes writes: one article's check-then-write must not interleave with
	// another's.
	wmu sync.Mutex
	// rw guards qs: reads hold it shared; writes hold it exclusively on backends that
	// cannot read during a write, and always while qs is reopened after a failed write.
	rw      sync.RWMutex
	qs      cgraph.QuadStore
	size    func(ctx context.Context) (int64, error)
	closers []func() error
	closed  bool
	// accel starts the backend's faster reads (nil: Cayley's iterators only).
	accel func(ctx context.Context, qs cgraph.QuadStore) (accel, error)

	// fault, when set (by tests), makes the next writes fail inside the backend's
	// transaction, after some of their quads were applied.
	fault error
}

// Open opens (creating it when needed) the store cfg describes.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	b, err := lookupBackend(cfg.Backend)
	if err != nil {
		return nil, err
	}
	cfg.Backend = b.name
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	o, err := b.open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return &Store{cfg: cfg, backend: b, qs: o.qs, size: o.size, closers: o.closers, accel: o.accel}, nil
}

// Backend returns the name of the store's backend.
func (s *Store) Backend() string { return s.cfg.Backend }

// Close closes the store. It is safe to call more than once.
func (s *Store) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.rw.Lock()
	defer s.rw.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.closeLocked()
}

func (s *Store) closeLocked() error {
	err := s.qs.Close()
	for _, c := range s.closers {
		if cerr := c(); err == nil {
			err = cerr
		}
	}
	s.closers = nil
	if err != nil {
		return fmt.Errorf("close %s store: %w", s.cfg.Backend, err)
	}
	return nil
}

// reopen replaces the quad store with a freshly opened one. Cayley's kv stores keep
// caches (node ids, pending index entries) that a failed transaction leaves stale; only
// a new QuadStore forgets them. The caller holds wmu.
func (s *Store) reopen(ctx context.Context) error {
	s.rw.Lock()
	defer s.rw.Unlock()
	if err := s.closeLocked(); err != nil {
		return err
	}
	o, err := s.backend.open(ctx, s.cfg)
	if err != nil {
		s.closed = true
		return fmt.Errorf("reopen store after a failed write: %w", err)
	}
	s.qs, s.size, s.closers, s.accel = o.qs, o.size, o.closers, o.accel
	return nil
}

// read runs fn with the quad store held for reading.
func (s *Store) read(fn func(qs cgraph.QuadStore) error) error {
	s.rw.RLock()
	defer s.rw.RUnlock()
	if s.closed {
		return errors.New("store is closed")
	}
	return fn(s.qs)
}

// HasArticle reports whether the article with the given IRI is stored.
func (s *Store) HasArticle(ctx context.Context, articleIRI string) (bool, error) {
	var has bool
	err := s.read(func(qs cgraph.QuadStore) error {
		var err error
		has, err = hasLabel(ctx, qs, articleIRI)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", articleIRI, err)
	}
	return has, nil
}

// hasLabel reports whether any quad is labelled iri.
func hasLabel(ctx context.Context, qs cgraph.QuadStore, iri string) (bool, error) {
	ref, err := qs.ValueOf(quad.IRI(iri))
	if err != nil || ref == nil {
		return false, err
	}
	it := qs.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	if it.Next(ctx) {
		return true, nil
	}
	return false, it.Err()
}

// labelQuads returns every quad labelled iri; with the label index this reads only them.
func (s *Store) labelQuads(ctx context.Context, iri string) ([]quad.Quad, error) {
	v := newView(ctx, s.qs, s.accel)
	if err := v.begin(); err != nil {
		return nil, err
	}
	defer v.end()
	l, err := v.iri(iri)
	if err != nil || l == nil {
		return nil, err
	}
	var out []quad.Quad
	label := func(fn func(qref) error) error { return v.quads(fn, dir{quad.Label, l}) }
	err = v.emitQuads(label, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}
