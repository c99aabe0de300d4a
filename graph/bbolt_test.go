package graph_test

import (
	"context"
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
