package queries_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/ingest"
	"newsgraph/queries"
	"newsgraph/schema"
)

// extractedStore reads the evaluation articles (testdata/eval/articles), runs the real
// extraction pipeline on them and stores the documents in a memstore.
func extractedStore(t *testing.T) (*graph.Store, []*extract.Document) {
	t.Helper()
	ctx := context.Background()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*extract.Document
	err = ingest.Read(ctx, []string{"../testdata/eval/articles"}, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		doc, err := x.Extract(ctx, it.Article)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 7 {
		t.Fatalf("read %d articles, want the 7 of testdata/eval/articles", len(docs))
	}
	return memStore(t, docs...), docs
}

// The "done when" for statements: after the seed, said --by Witkoff lists his four
// statements, and said --about Donetsk finds his.
func TestSaidExtractedSeed(t *testing.T) {
	ctx := context.Background()
	st, _ := extractedStore(t)
	res, err := queries.Said(ctx, st, queries.SaidQuery{By: "Witkoff"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Putin had offered concessions", "Putin responded positively", "five Ukrainian regions were discussed", "the fate of Donetsk"} {
		if !slices.ContainsFunc(res.Statements, func(s graph.Statement) bool { return strings.Contains(s.Text, want) }) {
			t.Errorf("said --by Witkoff: got %q, want one with %q", texts(res.Statements), want)
		}
	}
	res, err = queries.Said(ctx, st, queries.SaidQuery{About: "Donetsk"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Statements, func(s graph.Statement) bool {
		return s.Speaker != nil && s.Speaker.Name == "Steve Witkoff" && strings.Contains(s.Text, "fate of Donetsk")
	}) {
		t.Errorf("said --about Donetsk: got %q, want Witkoff's statement on the fate of Donetsk", texts(res.Statements))
	}
	// Donald Trump of the seed and of the Bolton article is one node.
	trump, err := queries.Resolve(ctx, st, "Trump", "")
	if err != nil {
		t.Fatal(err)
	}
	if trump.Name != "Donald Trump" || trump.Articles < 2 {
		t.Errorf("Trump: got %+v, want Donald Trump in at least 2 articles", trump.Entity)
	}
}

// Whatever the extractor finds, the store gives it back through the queries: every
// statement by its speaker's name, every name and alias to its entity.
func TestQueriesReturnWhatWasExtracted(t *testing.T) {
	ctx := context.Background()
	st, docs := extractedStore(t)
	for _, doc := range docs {
		for i, s := range doc.Statements {
			if s.Speaker == "" {
				continue
			}
			speaker := doc.Entity(s.Speaker)
			res, err := queries.Said(ctx, st, queries.SaidQuery{By: speaker.Name})
			if err != nil {
				t.Errorf("%s: said --by %q: %v", doc.Article.Source, speaker.Name, err)
				continue
			}
			iri := schema.FactIRI(doc.IRI, "statement", i)
			found := slices.IndexFunc(res.Statements, func(g graph.Statement) bool { return g.IRI == iri })
			// (A name several entities go by resolves to one of them.)
			if found < 0 && res.Speaker.ID == speaker.ID {
				t.Errorf("%s: said --by %q misses %q", doc.Article.Source, speaker.Name, s.Text)
				continue
			}
			if found >= 0 {
				g := res.Statements[found]
				if g.Text != s.Text || g.Sentence != doc.Sentences[s.Sentence].Text || g.Start != s.Start || g.End != s.End {
					t.Errorf("%s: statement %d: got %+v, want text %q from sentence %q", doc.Article.Source, i, g, s.Text, doc.Sentences[s.Sentence].Text)
				}
			}
		}
		for _, e := range doc.Entities {
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				found, err := st.LookupEntity(ctx, name, e.Type)
				if err != nil {
					t.Errorf("%s: lookup %q: %v", doc.Article.Source, name, err)
					continue
				}
				if !slices.ContainsFunc(found, func(f graph.Entity) bool { return f.ID == e.ID }) {
					t.Errorf("%s: lookup %q: got %d entities, none %s", doc.Article.Source, name, len(found), e.ID)
				}
			}
		}
	}
}
