package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/graph"
)

func TestOpenUnknownBackend(t *testing.T) {
	_, err := graph.Open(context.Background(), graph.Config{Backend: "mongo"})
	var ub *graph.UnknownBackendError
	if !errors.As(err, &ub) {
		t.Fatalf("got error %v, want an UnknownBackendError", err)
	}
	for _, name := range []string{"mongo", "bbolt", "memstore", "postgres"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("got error %q, want it to name %q", err, name)
		}
	}
}

func TestOpenUnwritablePath(t *testing.T) {
	// A path below a regular file can never be created, whoever runs the test.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(file, "store")
	_, err := graph.Open(context.Background(), graph.Config{Backend: "bbolt", Path: path})
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("got error %v, want one naming %q", err, path)
	}
}
