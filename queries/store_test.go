package queries_test

import (
	"context"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/graph/storetest"
)

// memStore returns a memstore holding docs (by default the seed, the Bolton and the
// Rosselló articles of graph/storetest, with their facts written down by hand).
func memStore(t testing.TB, docs ...*extract.Document) *graph.Store {
	t.Helper()
	if len(docs) == 0 {
		docs = []*extract.Document{storetest.SeedDocument(), storetest.BoltonDocument(), storetest.RosselloDocument()}
	}
	st, err := graph.Open(context.Background(), graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range docs {
		if _, err := st.WriteDocument(context.Background(), d, false); err != nil {
			t.Fatal(err)
		}
	}
	return st
}
