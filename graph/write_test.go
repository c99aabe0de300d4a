package graph_test

import (
	"context"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
)

// rubioDoc is a small document built by hand from a sentence of the seed article.
func rubioDoc(statement string) *extract.Document {
	const sentence = `Secretary of State Marco Rubio said both Ukraine and Russia would need to make concessions.`
	a := extract.Article{URL: "https://example.com/alaska-summit", Title: "Alaska summit", Date: "2025-08-16", Text: sentence}
	return &extract.Document{
		Article: a, IRI: a.IRI(), Published: "2025-08-16",
		Entities: []extract.Entity{
			{ID: "person/marco-rubio", Type: "Person", Name: "Marco Rubio", Aliases: []string{"Rubio"}},
			{ID: "country/ukraine", Type: "Country", Name: "Ukraine", ISO: "UA"},
		},
		Statements: []extract.Statement{{Speaker: "person/marco-rubio", Text: statement, Kind: "indirect", Cue: "say",
			About: []extract.Ref{"country/ukraine"}, Evidence: extract.Evidence{Sentence: 0, Start: 0, End: len(sentence), Confidence: 0.9}}},
		Sentences: []extract.Sentence{{Start: 0, End: len(sentence), Text: sentence}},
	}
}

func TestWriteSkipReplace(t *testing.T) {
	ctx := context.Background()
	for _, cfg := range []graph.Config{{Backend: "memstore"}, {Backend: "bbolt", Path: t.TempDir()}} {
		t.Run(cfg.Backend, func(t *testing.T) {
			s, err := graph.Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			doc := rubioDoc("both Ukraine and Russia would need to make concessions")
			first, err := s.WriteDocument(ctx, doc, false)
			if err != nil || first.Added == 0 || first.Skipped {
				t.Fatalf("first write: got %+v, %v; want quads added", first, err)
			}
			again, err := s.WriteDocument(ctx, doc, false)
			if err != nil || !again.Skipped || again.Added != 0 {
				t.Fatalf("second write: got %+v, %v; want skipped with 0 quads added", again, err)
			}
			doc = rubioDoc("Russia would need to make concessions")
			rep, err := s.WriteDocument(ctx, doc, true)
			if err != nil || !rep.Replaced || rep.Added != 1 || rep.Removed != 1 {
				t.Fatalf("replace: got %+v, %v; want 1 quad removed and 1 added", rep, err)
			}
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Quads != int64(first.Added) || st.Articles != 1 || st.Facts["statement"] != 1 || st.Entities["Person"] != 1 {
				t.Errorf("got stats %+v, want %d quads, 1 article, 1 statement, 1 person", st, first.Added)
			}
		})
	}
}
