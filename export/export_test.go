package export

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/export")

// goldenDir holds the golden files: testdata/export at the repository root.
const goldenDir = "../testdata/export"

// textFormats are the formats written to one stream whose output does not depend on an
// installed program.
var textFormats = []string{"graphml", "gexf", "gexf12", "dot", "cytoscape", "jgf", "nquads", "jsonld"}

// write writes g in the named format to a buffer.
func write(t testing.TB, format string, g Graph) []byte {
	t.Helper()
	f, ok := Lookup(format)
	if !ok {
		t.Fatalf("Lookup(%q): not found", format)
	}
	var buf bytes.Buffer
	if err := f.New().Write(context.Background(), &buf, g); err != nil {
		t.Fatalf("write %s: %v", format, err)
	}
	return buf.Bytes()
}

// memFiles collects the files of a FileSetWriter.
type memFiles map[string]*bytes.Buffer

func (m memFiles) open(name string) (io.WriteCloser, error) {
	b := &bytes.Buffer{}
	m[name] = b
	return nopCloser{b}, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func writeNeo4j(t testing.TB, g Graph) memFiles {
	t.Helper()
	files := memFiles{}
	if err := (Neo4jCSV{}).WriteFiles(context.Background(), files.open, g); err != nil {
		t.Fatalf("neo4j: %v", err)
	}
	return files
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./export -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file: got\n%s\nwant\n%s\n(run go test ./export -run TestGolden -update and review the diff)", name, got, want)
	}
}

func TestGolden(t *testing.T) {
	for _, fx := range fixtures {
		for _, format := range textFormats {
			t.Run(fx.name+"/"+format, func(t *testing.T) {
				f, _ := Lookup(format)
				golden(t, fx.name+"-"+format+f.Ext, write(t, format, fx.graph()))
			})
		}
		t.Run(fx.name+"/neo4j", func(t *testing.T) {
			files := writeNeo4j(t, fx.graph())
			if len(files) != 2 {
				t.Fatalf("got %d files, want 2 (%s, %s)", len(files), Neo4jNodes, Neo4jEdges)
			}
			for name, b := range files {
				golden(t, fx.name+"-neo4j-"+name, b.Bytes())
			}
		})
	}
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Formats() {
		if seen[f.Name] {
			t.Errorf("format %q registered twice", f.Name)
		}
		seen[f.Name] = true
		if f.New == nil || f.New() == nil {
			t.Errorf("format %q: New returns no writer", f.Name)
		}
		if !strings.HasPrefix(f.Ext, ".") || f.Description == "" {
			t.Errorf("format %q: got ext %q, description %q; want a dotted ext and a description", f.Name, f.Ext, f.Description)
		}
	}
	for _, name := range []string{"graphml", "gexf", "gexf12", "dot", "cytoscape", "jgf", "nquads", "jsonld", "neo4j", "png", "svg"} {
		if !seen[name] {
			t.Errorf("format %q is not registered", name)
		}
	}
	if f, ok := Lookup("GraphML"); !ok || f.Name != "graphml" {
		t.Errorf("Lookup(GraphML): got %q, %v; want graphml, true", f.Name, ok)
	}
	if _, ok := Lookup("xlsx"); ok {
		t.Errorf("Lookup(xlsx): got true, want false")
	}
	// The optional capabilities are where the docs say.
	caps := []struct {
		format string
		ok     func(Writer) bool
	}{
		{"nquads", func(w Writer) bool { _, ok := w.(QuadWriter); return ok }},
		{"jsonld", func(w Writer) bool { _, ok := w.(QuadWriter); return ok }},
		{"neo4j", func(w Writer) bool { _, ok := w.(FileSetWriter); return ok }},
		{"gexf", func(w Writer) bool { _, ok := w.(DynamicWriter); return ok }},
		{"gexf", func(w Writer) bool { _, ok := w.(ColorWriter); return ok }},
	}
	for _, c := range caps {
		f, _ := Lookup(c.format)
		if !c.ok(f.New()) {
			t.Errorf("format %q lacks a capability it documents", c.format)
		}
	}
}

// failingGraph fails after some nodes.
type failingGraph struct{ *Static }

var errSource = errors.New("source broke")

func (g failingGraph) Edges(ctx context.Context, fn func(Edge) error) error {
	return errSource
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

var errSink = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errSink
	}
	w.n -= len(p)
	return len(p), nil
}

func TestErrors(t *testing.T) {
	for _, format := range textFormats {
		t.Run(format, func(t *testing.T) {
			f, _ := Lookup(format)
			err := f.New().Write(context.Background(), io.Discard, failingGraph{seedGraph()})
			if !errors.Is(err, errSource) {
				t.Errorf("source error: got %v, want it wrapped", err)
			}
			err = f.New().Write(context.Background(), &failingWriter{n: 100}, bigGraph(20000))
			if !errors.Is(err, errSink) {
				t.Errorf("writer error: got %v, want it wrapped", err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			err = f.New().Write(ctx, io.Discard, bigGraph(20000))
			if !errors.Is(err, context.Canceled) {
				t.Errorf("canceled context: got %v, want context.Canceled", err)
			}
		})
	}
	if err := (Neo4jCSV{}).Write(context.Background(), io.Discard, seedGraph()); !errors.Is(err, ErrNeedsFiles) {
		t.Errorf("neo4j to one stream: got %v, want ErrNeedsFiles", err)
	}
	if err := (&GEXF{Version: "2.0"}).Write(context.Background(), io.Discard, seedGraph()); err == nil {
		t.Errorf("gexf 2.0: got no error, want an unknown version error")
	}
}

// bigGraph is a synthetic graph of n edges over n/10+1 nodes.
func bigGraph(n int) *Static {
	g := &Static{}
	for i := 0; i <= n/10; i++ {
		g.NodeList = append(g.NodeList, Node{ID: "person/p" + itoa(i), Label: "Person " + itoa(i), Type: "Person", Mentions: i, Articles: 1})
	}
	for i := 0; i < n; i++ {
		g.EdgeList = append(g.EdgeList, Edge{Source: "person/p" + itoa(i%(n/10+1)), Target: "person/p" + itoa((i*7)%(n/10+1)), Predicate: "saidAbout", Weight: 1 + i%5, Sentence: "A sentence."})
	}
	return g
}
