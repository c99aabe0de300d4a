package graph_test

import (
	"context"
	"fmt"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/graph/storetest"
)

// benchmarkWrite writes b.N articles (copies of the seed article, 319 quads each, one
// transaction each) into a store that already holds `preload` of them, and reports the
// write rate in quads per second.
func benchmarkWrite(b *testing.B, cfg func(b *testing.B) graph.Config, preload int) {
	ctx := context.Background()
	s, err := graph.Open(ctx, cfg(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	seed := storetest.SeedDocument()
	doc := func(n int) *extract.Document {
		d := *seed
		d.Article.URL = fmt.Sprintf("%s?copy=%d", seed.Article.URL, n)
		d.IRI = d.Article.IRI()
		return &d
	}
	for i := 0; i < preload; i++ {
		if _, err := s.WriteDocument(ctx, doc(-1-i), false); err != nil {
			b.Fatal(err)
		}
	}
	docs := make([]*extract.Document, b.N)
	for i := range docs {
		docs[i] = doc(i)
	}
	quads := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := s.WriteDocument(ctx, docs[i], false)
		if err != nil {
			b.Fatal(err)
		}
		quads += res.Added
	}
	b.StopTimer()
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(float64(quads)/float64(b.N), "quads/article")
}

func memstoreConfig(*testing.B) graph.Config { return graph.Config{Backend: "memstore"} }

func bboltConfig(b *testing.B) graph.Config {
	return graph.Config{Backend: "bbolt", Path: b.TempDir()}
}

func BenchmarkWriteMemstore(b *testing.B) { benchmarkWrite(b, memstoreConfig, 0) }
func BenchmarkWriteBBolt(b *testing.B)    { benchmarkWrite(b, bboltConfig, 0) }

// BenchmarkWriteBBoltBatch writes the articles with WriteDocuments, 30 articles (9,570
// quads) per transaction.
func BenchmarkWriteBBoltBatch(b *testing.B) {
	ctx := context.Background()
	s, err := graph.Open(ctx, bboltConfig(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	seed := storetest.SeedDocument()
	docs := make([]*extract.Document, b.N)
	for i := range docs {
		d := *seed
		d.Article.URL = fmt.Sprintf("%s?copy=%d", seed.Article.URL, i)
		d.IRI = d.Article.IRI()
		docs[i] = &d
	}
	quads := 0
	b.ResetTimer()
	for i := 0; i < b.N; i += 30 {
		res, errs := s.WriteDocuments(ctx, docs[i:min(i+30, b.N)], false)
		for j := range res {
			if errs[j] != nil {
				b.Fatal(errs[j])
			}
			quads += res[j].Added
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(float64(quads)/float64(b.N), "quads/article")
}

// The same with 1000 articles (319,000 quads) stored already.
func BenchmarkWriteMemstoreLoaded(b *testing.B) { benchmarkWrite(b, memstoreConfig, 1000) }
func BenchmarkWriteBBoltLoaded(b *testing.B)    { benchmarkWrite(b, bboltConfig, 1000) }
