package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// InjectFault makes the store's writes fail inside the backend's transaction, after the
// transaction's other changes were applied, until it is called with nil.
func InjectFault(s *Store, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.fault = err
}

// LabelSize returns the number of quads the backend would list for the label iri and
// whether that number is exact: an index answers exactly, a scan only estimates.
func LabelSize(ctx context.Context, s *Store, iri string) (n int64, exact bool, err error) {
	err = s.read(func(qs cgraph.QuadStore) error {
		ref, err := qs.ValueOf(quad.IRI(iri))
		if err != nil {
			return err
		}
		size, err := qs.QuadIteratorSize(ctx, quad.Label, ref)
		n, exact = size.Value, size.Exact
		return err
	})
	return n, exact, err
}
