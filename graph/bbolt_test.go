package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/storetest"
)

func TestBBolt(t *testing.T) {
	storetest.Run(t, storetest.Options{
		Open: func(t testing.TB) *graph.Store {
			s, err := graph.Open(context.Background(), graph.Config{Backend: "bbolt", Path: t.TempDir()})
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
		InjectFault: graph.InjectFault,
		LabelSize:   graph.LabelSize,
	})
}

func TestBBoltReopenAndReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data") // created on first use
	s, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	doc := storetest.SeedDocument()
	first, err := s.WriteDocument(ctx, doc, false)
	if err != nil {
		t.Fatal(err)
	}
	// A second process cannot open the store while this one writes to it.
	if _, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Errorf("open while another writer holds the store: got %v, want an error saying it is in use", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Read-only stores share the file and find what was written.
	r1, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	for _, r := range []*graph.Store{r1, r2} {
		st, err := r.Stats(ctx)
		if err != nil || st.Articles != 1 || st.Quads != int64(first.Added) {
			t.Errorf("read-only store: got %+v, %v; want 1 article, %d quads", st, err, first.Added)
		}
	}
	if _, err := r1.WriteDocument(ctx, storetest.BoltonDocument(), false); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("write to a read-only store: got %v, want ErrReadOnly", err)
	}

	// Reopened for writing, the article is still there and is skipped.
	r1.Close()
	r2.Close()
	s, err = graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.WriteDocument(ctx, doc, false)
	if err != nil || !res.Skipped {
		t.Errorf("rewrite after reopening: got %+v, %v; want skipped", res, err)
	}
}

func TestBBoltReadOnlyMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "none")
	_, err := graph.Open(context.Background(), graph.Config{Backend: "bbolt", Path: dir, ReadOnly: true})
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("got %v, want an error naming %s", err, dir)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("a read-only open created %s", dir)
	}
}
