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
	res, errs := s.WriteDocuments(ctx, []*extract.Document{doc}, replace)
	return res[0], errs[0]
}

// WriteDocuments writes several documents as WriteDocument does, grouping them into
// transactions of at most Config.BatchSize quads, which is much faster on disk stores
// (one sync per transaction). Each document is still all or nothing: when a transaction
// fails, its documents are written again one by one, so that one bad document does not
// fail the others. results[i] and errs[i] are those of docs[i].
func (s *Store) WriteDocuments(ctx context.Context, docs []*extract.Document, replace bool) (results []WriteResult, errs []error) {
	results = make([]WriteResult, len(docs))
	errs = make([]error, len(docs))
	quads := make([][]quad.Quad, len(docs))
	for i, doc := range docs {
		if doc != nil {
			results[i].Article = doc.IRI
		}
		if s.cfg.ReadOnly {
			errs[i] = fmt.Errorf("write article %s: %w", source(doc), ErrReadOnly)
			continue
		}
		var err error
		if quads[i], err = documentQuads(doc); err != nil {
			errs[i] = fmt.Errorf("write article %s: %w", source(doc), err)
		}
	}

	s.wmu.Lock()
	defer s.wmu.Unlock()
	w := batchWrite{s: s, docs: docs, quads: quads, replace: replace, results: results, errs: errs}
	var batch []int
	size := 0
	inBatch := map[string]bool{}
	for i, doc := range docs {
		if errs[i] != nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		// The same article twice goes in two transactions: the second sees the first.
		if inBatch[doc.IRI] || (len(batch) > 0 && size+len(quads[i]) > s.cfg.BatchSize) {
			w.apply(ctx, batch)
			batch, size = batch[:0], 0
			clear(inBatch)
		}
		batch = append(batch, i)
		size += len(quads[i])
		inBatch[doc.IRI] = true
	}
	w.apply(ctx, batch)
	return results, errs
}

// batchWrite is one call of WriteDocuments.
type batchWrite struct {
	s       *Store
	docs    []*extract.Document
	quads   [][]quad.Quad
	replace bool
	results []WriteResult
	errs    []error
}

// apply writes the documents of indexes idx in one transaction. The caller holds wmu.
func (w *batchWrite) apply(ctx context.Context, idx []int) {
	if len(idx) == 0 {
		return
	}
	s := w.s
	unlock := s.lockForWrite()
	if s.closed {
		unlock()
		for _, i := range idx {
			w.errs[i] = fmt.Errorf("write article %s: store is closed", source(w.docs[i]))
		}
		return
	}
	var deltas []cgraph.Delta
	var written []int // the documents with something to write
	for _, i := range idx {
		res := WriteResult{Article: w.docs[i].IRI}
		d, err := s.deltas(ctx, w.docs[i].IRI, w.quads[i], w.replace, &res)
		if err != nil {
			w.errs[i] = fmt.Errorf("write article %s: %w", source(w.docs[i]), err)
			continue
		}
		if !res.Skipped {
			res.Facts = w.docs[i].FactCount()
		}
		w.results[i] = res
		if len(d) > 0 {
			deltas = append(deltas, d...)
			written = append(written, i)
		}
	}
	if len(deltas) == 0 {
		unlock()
		return
	}
	if s.fault != nil {
		deltas = append(deltas, faultDelta(w.docs[written[0]].IRI))
	}
	err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
	if err != nil && s.fault != nil {
		err = fmt.Errorf("%w (%w)", s.fault, err)
	}
	unlock()
	if err == nil {
		return
	}
	if s.backend.reopen {
		if rerr := s.reopen(ctx); rerr != nil {
			err = fmt.Errorf("%w; %w", err, rerr)
		}
	}
	if len(written) == 1 || s.closed {
		for _, i := range written {
			w.results[i] = WriteResult{Article: w.docs[i].IRI}
			w.errs[i] = fmt.Errorf("write article %s: %w", source(w.docs[i]), err)
		}
		return
	}
	// Find the document that failed: write each alone.
	for _, i := range written {
		w.results[i] = WriteResult{Article: w.docs[i].IRI}
		w.apply(ctx, []int{i})
	}
}

// deltas computes the changes that store quads as the whole content of the article iri.
func (s *Store) deltas(ctx context.Context, iri string, quads []quad.Quad, replace bool, res *WriteResult) ([]cgraph.Delta, error) {
	var old []quad.Quad
	if replace {
		var err error
		if old, err = s.labelQuads(ctx, iri); err != nil {
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
	if len(old) == 0 {
		deltas := make([]cgraph.Delta, len(quads))
		for i, q := range quads {
			deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
		}
		res.Added = len(quads)
		return deltas, nil
	}
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
