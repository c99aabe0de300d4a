package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/extract"
)

// WriteResult says what WriteDocument did with one article.
type WriteResult struct {
	// Article is the article's IRI.
	Article string `json:"article"`
	// Skipped is true when the article was already stored and nothing was written.
	Skipped bool `json:"skipped,omitempty"`
	// Replaced is true when an article already stored was replaced.
	Replaced bool `json:"replaced,omitempty"`
	// Added and Removed count the quads written and deleted.
	Added   int `json:"quads_added"`
	Removed int `json:"quads_removed"`
	// Facts is the number of facts (entities, roles, statements, events, relations) of
	// the document written; 0 when skipped.
	Facts int `json:"facts"`
}

// WriteDocument stores every fact of doc as quads labelled with doc.IRI, in one
// transaction: after an error nothing of it is stored. An article already stored is left
// as it is (the result says Skipped) unless replace is true; then its quads are replaced
// by the new ones in the same transaction, and quads of other articles are untouched.
func (s *Store) WriteDocument(ctx context.Context, doc *extract.Document, replace bool) (WriteResult, error) {
	if s.cfg.ReadOnly {
		return WriteResult{}, ErrReadOnly
	}
	quads, err := documentQuads(doc)
	if err != nil {
		return WriteResult{}, fmt.Errorf("write article %s: %w", source(doc), err)
	}
	if err := ctx.Err(); err != nil {
		return WriteResult{}, err
	}
	res := WriteResult{Article: doc.IRI}

	s.wmu.Lock()
	defer s.wmu.Unlock()
	unlock := s.lockForWrite()
	if s.closed {
		unlock()
		return res, fmt.Errorf("write article %s: store is closed", source(doc))
	}
	deltas, err := s.deltas(ctx, doc.IRI, quads, replace, &res)
	if err == nil && len(deltas) > 0 {
		if s.fault != nil {
			deltas = append(deltas, faultDelta(doc.IRI))
		}
		err = s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
		if err != nil && s.fault != nil {
			err = fmt.Errorf("%w (%w)", s.fault, err)
		}
		if err != nil {
			unlock()
			if s.backend.reopen {
				if rerr := s.reopen(ctx); rerr != nil {
					err = fmt.Errorf("%w; %w", err, rerr)
				}
			}
			return WriteResult{Article: doc.IRI}, fmt.Errorf("write article %s: %w", source(doc), err)
		}
	}
	unlock()
	if err != nil {
		return WriteResult{Article: doc.IRI}, fmt.Errorf("write article %s: %w", source(doc), err)
	}
	if !res.Skipped {
		res.Facts = doc.FactCount()
	}
	return res, nil
}

// deltas computes the changes that store quads as the whole content of the article iri.
func (s *Store) deltas(ctx context.Context, iri string, quads []quad.Quad, replace bool, res *WriteResult) ([]cgraph.Delta, error) {
	var old []quad.Quad
	if replace {
		var err error
		if old, err = labelQuads(ctx, s.qs, iri); err != nil {
			return nil, err
		}
	} else {
		has, err := hasLabel(ctx, s.qs, iri)
		if err != nil {
			return nil, err
		}
		if has {
			res.Skipped = true
			return nil, nil
		}
	}
	res.Replaced = len(old) > 0
	// Delete what is no longer there and add what is new; quads in both stay. (Cayley's
	// kv stores apply the adds of a transaction before its deletes, so a quad both
	// deleted and added would be lost.)
	keep := make(map[string]struct{}, len(old))
	for _, q := range quads {
		keep[quadKey(q)] = struct{}{}
	}
	had := make(map[string]struct{}, len(old))
	deltas := make([]cgraph.Delta, 0, len(quads))
	for _, q := range old {
		k := quadKey(q)
		had[k] = struct{}{}
		if _, ok := keep[k]; !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			res.Removed++
		}
	}
	for _, q := range quads {
		if _, ok := had[quadKey(q)]; !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			res.Added++
		}
	}
	return deltas, nil
}

// lockForWrite holds the quad store for a write and returns the function that lets it
// go. The caller holds wmu. Backends that cannot read during a write get an exclusive
// lock; the others a shared one, which keeps the quad store from being swapped by reopen.
func (s *Store) lockForWrite() (unlock func()) {
	if s.backend.serialize {
		s.rw.Lock()
		return s.rw.Unlock
	}
	s.rw.RLock()
	return s.rw.RUnlock
}

// quadKey identifies a quad by the N-Quads form of its values.
func quadKey(q quad.Quad) string { return q.NQuad() }

// faultDelta is a delete of a quad that is not stored: applied last with IgnoreMissing
// off, it makes the backend fail after the transaction's other changes were applied.
func faultDelta(iri string) cgraph.Delta {
	return cgraph.Delta{Action: cgraph.Delete, Quad: quad.Make(
		quad.IRI(iri+"/injected-fault"), quad.IRI(iri+"/injected-fault"), quad.String("not stored"), quad.IRI(iri))}
}

func source(doc *extract.Document) string {
	if doc == nil {
		return "(none)"
	}
	if doc.Article.Source != "" {
		return fmt.Sprintf("%s (%s)", doc.IRI, doc.Article.Source)
	}
	return doc.IRI
}
