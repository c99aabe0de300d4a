package queries

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"newsgraph/export"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/graph/storetest"
	"newsgraph/schema"
)

// store returns a memstore holding the given documents.
func store(t *testing.T, docs ...*extract.Document) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, d := range docs {
		if _, err := s.WriteDocument(ctx, d, false); err != nil {
			t.Fatalf("write %s: %v", d.Article.URL, err)
		}
	}
	return s
}

// edgeString is an edge in one line: "src -pred/label-> dst xN first..last".
func edgeString(e export.Edge) string {
	p := e.Predicate
	if e.Label != "" {
		p += "/" + e.Label
	}
	return fmt.Sprintf("%s -%s-> %s x%d %s..%s", e.Source, p, e.Target, e.Weight, e.FirstDate, e.LastDate)
}

func collect(t *testing.T, p *Projection) (nodes []string, edges []string, byKey map[string]export.Edge) {
	t.Helper()
	ctx := context.Background()
	byKey = map[string]export.Edge{}
	if err := p.Nodes(ctx, func(n export.Node) error { nodes = append(nodes, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := p.Edges(ctx, func(e export.Edge) error {
		s := edgeString(e)
		edges = append(edges, s)
		byKey[s] = e
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(nodes)
	sort.Strings(edges)
	return nodes, edges, byKey
}

func TestProjectSeed(t *testing.T) {
	s := store(t, storetest.SeedDocument())
	p, err := Project(context.Background(), s, ProjectionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	nodes, edges, _ := collect(t, p)
	if len(nodes) != 15 {
		t.Errorf("got %d nodes %v, want the 15 entities", len(nodes), nodes)
	}
	want := []string{
		"country/russia -occupies-> place/crimea x1 2025-08-17..2025-08-17",
		"country/russia -occupies-> place/donetsk x1 2025-08-17..2025-08-17",
		"country/russia -occupies-> place/luhansk x1 2025-08-17..2025-08-17",
		"person/donald-trump -coParticipant/meeting-> person/volodymyr-zelensky x1 2025-08-17..2025-08-17",
		"person/donald-trump -coParticipant/summit-> person/vladimir-putin x1 2025-08-15..2025-08-15",
		"person/donald-trump -eventPlace/summit-> place/anchorage x1 2025-08-15..2025-08-15",
		"person/donald-trump -role/President-> country/united-states x1 2025-08-17..2025-08-17",
		"person/donald-trump -saidAbout-> country/russia x1 2025-08-17..2025-08-17",
		"person/donald-trump -saidAbout-> country/ukraine x1 2025-08-17..2025-08-17",
		"person/marco-rubio -saidAbout-> country/russia x1 2025-08-17..2025-08-17",
		"person/marco-rubio -saidAbout-> country/ukraine x1 2025-08-17..2025-08-17",
		"person/steve-witkoff -saidAbout-> country/ukraine x1 2025-08-17..2025-08-17",
		"person/steve-witkoff -saidAbout-> person/vladimir-putin x2 2025-08-17..2025-08-17",
		"person/steve-witkoff -saidAbout-> place/donetsk x1 2025-08-17..2025-08-17",
		"person/vladimir-putin -eventPlace/summit-> place/anchorage x1 2025-08-15..2025-08-15",
		"person/vladimir-putin -role/President-> country/russia x1 2025-08-17..2025-08-17",
		"person/volodymyr-zelensky -role/President-> country/ukraine x1 2025-08-17..2025-08-17",
	}
	if strings.Join(edges, "\n") != strings.Join(want, "\n") {
		t.Errorf("got edges\n%s\nwant\n%s", strings.Join(edges, "\n"), strings.Join(want, "\n"))
	}
	// Every edge carries its evidence: a sentence of the article and the article's URL.
	err = p.Edges(context.Background(), func(e export.Edge) error {
		if e.Article != storetest.SeedURL || e.Sentence == "" {
			t.Errorf("%s: got article %q sentence %q, want the seed URL and a sentence", edgeString(e), e.Article, e.Sentence)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestProjectOptions(t *testing.T) {
	s := store(t, storetest.SeedDocument(), storetest.BoltonDocument())
	ctx := context.Background()
	tests := []struct {
		name      string
		opts      ProjectionOptions
		nodes     []string // exactly these nodes, when set
		hasEdges  []string // among the edges
		noEdges   []string // prefixes no edge may start with
		noNodes   []string // nodes that must be left out
		edgeCount int      // -1: not checked
	}{
		{
			name:      "aggregated over articles",
			opts:      ProjectionOptions{},
			hasEdges:  []string{"person/donald-trump -role/President-> country/united-states x2 2019-09-12..2025-08-17", "person/mike-pompeo -opposes-> person/john-bolton x1 2019-09-12..2019-09-12"},
			edgeCount: 21,
		},
		{
			name:  "around Rubio",
			opts:  ProjectionOptions{Around: "rubio", Depth: 1},
			nodes: []string{"country/russia", "country/ukraine", "person/marco-rubio"},
			hasEdges: []string{"person/marco-rubio -saidAbout-> country/russia x1 2025-08-17..2025-08-17",
				"person/marco-rubio -saidAbout-> country/ukraine x1 2025-08-17..2025-08-17"},
			edgeCount: 2,
		},
		{
			name:      "around Bolton by alias, depth 0",
			opts:      ProjectionOptions{Around: "John R. Bolton", Depth: 0},
			nodes:     []string{"person/john-bolton"},
			edgeCount: 0,
		},
		{
			name:      "around Bolton, depth 2",
			opts:      ProjectionOptions{Around: "Bolton", Depth: 2},
			hasEdges:  []string{"person/donald-trump -role/President-> country/united-states x2 2019-09-12..2025-08-17", "person/donald-trump -coParticipant/summit-> person/vladimir-putin x1 2025-08-15..2025-08-15"},
			noEdges:   []string{"country/russia -occupies"},
			edgeCount: -1,
		},
		{
			name:      "people only",
			opts:      ProjectionOptions{Types: []schema.EntityType{schema.Person}},
			hasEdges:  []string{"person/steve-witkoff -saidAbout-> person/vladimir-putin x2 2025-08-17..2025-08-17", "person/john-bolton -saidAbout-> person/donald-trump x1 2019-09-12..2019-09-12"},
			noEdges:   []string{"country/", "person/donald-trump -role"},
			edgeCount: 7,
		},
		{
			name:      "since 2025",
			opts:      ProjectionOptions{Since: "2025"},
			noNodes:   []string{"person/mike-pompeo", "person/john-bolton"},
			noEdges:   []string{"person/mike-pompeo", "person/john-bolton"},
			hasEdges:  []string{"person/donald-trump -role/President-> country/united-states x1 2025-08-17..2025-08-17"},
			edgeCount: 17,
		},
		{
			name:      "until September 2019",
			opts:      ProjectionOptions{Until: "2019-09"},
			nodes:     []string{"country/united-states", "person/donald-trump", "person/john-bolton", "person/mike-pompeo"},
			hasEdges:  []string{"person/donald-trump -role/President-> country/united-states x1 2019-09-12..2019-09-12"},
			edgeCount: 5,
		},
		{
			name:      "min weight 2",
			opts:      ProjectionOptions{MinWeight: 2},
			hasEdges:  []string{"person/donald-trump -role/President-> country/united-states x2 2019-09-12..2025-08-17", "person/steve-witkoff -saidAbout-> person/vladimir-putin x2 2025-08-17..2025-08-17"},
			edgeCount: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Project(ctx, s, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			nodes, edges, _ := collect(t, p)
			if tt.nodes != nil && strings.Join(nodes, " ") != strings.Join(tt.nodes, " ") {
				t.Errorf("got nodes %v, want %v", nodes, tt.nodes)
			}
			for _, n := range nodes {
				for _, bad := range tt.noNodes {
					if n == bad {
						t.Errorf("got node %q, want it left out", n)
					}
				}
			}
			all := strings.Join(edges, "\n")
			for _, e := range tt.hasEdges {
				if !strings.Contains(all, e) {
					t.Errorf("missing edge %q; got\n%s", e, all)
				}
			}
			for _, e := range edges {
				for _, bad := range tt.noEdges {
					if strings.HasPrefix(e, bad) {
						t.Errorf("got edge %q, want none starting %q", e, bad)
					}
				}
			}
			if tt.edgeCount >= 0 && len(edges) != tt.edgeCount {
				t.Errorf("got %d edges, want %d:\n%s", len(edges), tt.edgeCount, all)
			}
			// Every edge's ends are nodes.
			have := map[string]bool{}
			for _, n := range nodes {
				have[n] = true
			}
			p.Edges(ctx, func(e export.Edge) error {
				if !have[e.Source] || !have[e.Target] {
					t.Errorf("edge %s: an end is not a node", edgeString(e))
				}
				return nil
			})
		})
	}
}

func TestProjectErrors(t *testing.T) {
	s := store(t, storetest.SeedDocument())
	ctx := context.Background()
	_, err := Project(ctx, s, ProjectionOptions{Around: "Rubbio"})
	var unknown *graph.UnknownNameError
	if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Marco Rubio" {
		t.Errorf("unknown name: got %v, want an UnknownNameError suggesting Marco Rubio", err)
	}
	for _, d := range []string{"2025-8-1", "yesterday", "20250817"} {
		if _, err := Project(ctx, s, ProjectionOptions{Since: d}); err == nil {
			t.Errorf("since %q: got no error, want a bad date error", d)
		}
	}
}

func TestStoredQuads(t *testing.T) {
	doc := storetest.SeedDocument()
	s := store(t, doc)
	want, err := graph.DocumentQuads(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []export.QuadWriter{export.NQuads{}} {
		var buf bytes.Buffer
		if err := w.WriteQuads(context.Background(), &buf, StoredQuads{Store: s}); err != nil {
			t.Fatal(err)
		}
		// Cayley's compact datatypes ("xsd:integer") are written as full IRIs.
		if bytes.Contains(buf.Bytes(), []byte("^^<xsd:")) || !bytes.Contains(buf.Bytes(), []byte("^^<http://www.w3.org/2001/XMLSchema#integer>")) {
			t.Errorf("got datatypes %q, want full XSD IRIs", regexp.MustCompile(`\^\^<[^>]*>`).FindAllString(buf.String(), 3))
		}
		r := nquads.NewReader(&buf, false)
		n := 0
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("read back quad %d: %v", n, err)
			}
			if q.Label == nil {
				t.Errorf("quad %v has no label, want the article IRI", q)
			}

			n++
		}
		if n != len(want) {
			t.Errorf("got %d quads, want the %d stored", n, len(want))
		}
	}
}
