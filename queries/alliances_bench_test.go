package queries

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/ingest"
)

// corpusArticles is the number of Wikinews articles the benchmarks store.
const corpusArticles = 300

var errEnough = errors.New("enough articles")

// corpusStore is a bbolt store (the default backend) holding the first corpusArticles
// articles of the 2020 Wikinews corpus, extracted by the real pipeline and resolved
// across articles as ingest does.
func corpusStore(b *testing.B) *graph.Store {
	b.Helper()
	ctx := context.Background()
	x, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	reg := extract.NewRegistry()
	var docs []*extract.Document
	err = ingest.ReadFile(ctx, filepath.Join("..", "testdata", "corpus", "wikinews-2020.csv"), ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		doc, err := x.Extract(ctx, it.Article)
		if err != nil {
			return err
		}
		reg.ResolveDocument(doc)
		docs = append(docs, doc)
		if len(docs) == corpusArticles {
			return errEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		b.Fatal(err)
	}
	st, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: filepath.Join(b.TempDir(), "data")})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	_, errs := st.WriteDocuments(ctx, docs, false)
	for _, err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	return st
}

// go test -run X -bench CrossArticle -benchtime 5x -count 3 ./queries
func BenchmarkCrossArticle(b *testing.B) {
	ctx := context.Background()
	st := corpusStore(b)
	b.Run("Alliances", func(b *testing.B) {
		for b.Loop() {
			if _, err := Alliances(ctx, st, AllianceQuery{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AlliancesEntity", func(b *testing.B) {
		for b.Loop() {
			if _, err := Alliances(ctx, st, AllianceQuery{Entity: "United States"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AlliancesSmallEntity", func(b *testing.B) {
		for b.Loop() {
			if _, err := Alliances(ctx, st, AllianceQuery{Entity: "Ukraine"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Paths", func(b *testing.B) {
		for b.Loop() {
			if _, err := Path(ctx, st, "Donald Trump", "China", 0); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Events", func(b *testing.B) {
		for b.Loop() {
			if _, err := Events(ctx, st, EventQuery{Entity: "United States"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Timeline", func(b *testing.B) {
		for b.Loop() {
			if _, err := Timeline(ctx, st, "United States"); err != nil {
				b.Fatal(err)
			}
		}
	})
}
