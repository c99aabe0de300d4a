package export

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"sort"
	"sync"
	"testing"
)

// corpusGraph is a real projection for the readers: the graph of the seed article and
// the 166 Wikinews articles of testdata/corpus/wikinews-2019.csv (CC BY 2.5), as
// `graph ingest examples/alaska-summit.txt testdata/corpus/wikinews-2019.csv` and
// `graph export --format jgf` made it on 2026-11-27 (1387 nodes, 901 edges), kept in
// testdata/corpus. It is input data for the readers, not a golden file: a later
// extractor may make another graph from the same articles.
func corpusGraph(t testing.TB) *Static {
	t.Helper()
	corpusOnce.Do(func() { corpusStatic, corpusErr = loadJGF("testdata/corpus/wikinews-2019.jgf.json.gz") })
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpusStatic
}

var (
	corpusOnce   sync.Once
	corpusStatic *Static
	corpusErr    error
)

// loadJGF reads a gzipped JSON Graph Format file as the JGF writer writes it back into
// a Static graph, nodes ordered by id and edges in file order.
func loadJGF(path string) (*Static, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Graph struct {
			Nodes map[string]struct {
				Label    string `json:"label"`
				Metadata struct {
					EntityType string   `json:"entityType"`
					Aliases    []string `json:"aliases"`
					Mentions   int      `json:"mentions"`
					Articles   int      `json:"articles"`
					FirstSeen  string   `json:"firstSeen"`
					LastSeen   string   `json:"lastSeen"`
				} `json:"metadata"`
			} `json:"nodes"`
			Edges []struct {
				Source   string `json:"source"`
				Target   string `json:"target"`
				Relation string `json:"relation"`
				Label    string `json:"label"`
				Directed bool   `json:"directed"`
				Metadata struct {
					Weight    int    `json:"weight"`
					FirstDate string `json:"firstDate"`
					LastDate  string `json:"lastDate"`
					Sentence  string `json:"sentence"`
					Article   string `json:"article"`
				} `json:"metadata"`
			} `json:"edges"`
		} `json:"graph"`
	}
	if err := json.NewDecoder(zr).Decode(&doc); err != nil {
		return nil, err
	}
	g := &Static{}
	for id, n := range doc.Graph.Nodes {
		m := n.Metadata
		g.NodeList = append(g.NodeList, Node{ID: id, Label: n.Label, Type: m.EntityType, Aliases: m.Aliases,
			Mentions: m.Mentions, Articles: m.Articles, FirstSeen: m.FirstSeen, LastSeen: m.LastSeen})
	}
	sort.Slice(g.NodeList, func(i, j int) bool { return g.NodeList[i].ID < g.NodeList[j].ID })
	for _, e := range doc.Graph.Edges {
		m := e.Metadata
		g.EdgeList = append(g.EdgeList, Edge{Source: e.Source, Target: e.Target, Predicate: e.Relation, Label: e.Label,
			Weight: m.Weight, FirstDate: m.FirstDate, LastDate: m.LastDate, Sentence: m.Sentence, Article: m.Article, Undirected: !e.Directed})
	}
	return g, nil
}

// The corpus graph survives a round trip through the JGF writer: the loader reads
// every field the writer writes.
func TestCorpusFixtureRoundTrip(t *testing.T) {
	g := corpusGraph(t)
	if len(g.NodeList) != 1387 || len(g.EdgeList) != 901 {
		t.Fatalf("corpus graph: %d nodes, %d edges; want 1387, 901", len(g.NodeList), len(g.EdgeList))
	}
	dir := t.TempDir()
	path := dir + "/g.jgf.json.gz"
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if err := (JGF{}).Write(t.Context(), zw, g); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	back, err := loadJGF(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(g)
	b, _ := json.Marshal(back)
	if string(a) != string(b) {
		t.Fatal("the corpus graph changed in a round trip through the JGF writer")
	}
}
