package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/graph/storetest"
)

// exportStore writes the seed and Bolton documents into a bbolt store in a temp dir and
// returns the dir.
func exportStore(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteDocument(ctx, storetest.SeedDocument(), false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteDocument(ctx, storetest.BoltonDocument(), false); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestExportCommand(t *testing.T) {
	db := exportStore(t)
	out := t.TempDir()
	for _, f := range export.Formats() {
		if f.Name == "png" || f.Name == "svg" || f.Name == "neo4j" {
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			stdout, stderr, code := evalCLI(t, "export", "--backend", "bbolt", "--db", db, "--format", f.Name)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.Contains(stdout, "Marco Rubio") || !strings.Contains(stdout, "John Bolton") {
				t.Errorf("stdout lacks the entities of both articles:\n%.500s", stdout)
			}
			// -o writes the same bytes to the file and says so on stderr.
			path := filepath.Join(out, "g"+f.Ext)
			_, stderr, code = evalCLI(t, "export", "--backend", "bbolt", "--db", db, "--format", f.Name, "-o", path)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(b, []byte(stdout)) {
				t.Errorf("file %s: got %d bytes (%v), want the %d bytes of stdout", path, len(b), err, len(stdout))
			}
			if !strings.Contains(stderr, "wrote 17 nodes and 21 edges") {
				t.Errorf("stderr: got %q, want the counts", stderr)
			}
		})
	}
}

func TestExportOptions(t *testing.T) {
	db := exportStore(t)
	stdout, stderr, code := evalCLI(t, "export", "--db", db, "--format", "cytoscape", "--around", "Rubio", "--types", "Person,Country")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range doc.Elements.Nodes {
		names = append(names, n.Data["label"].(string))
	}
	if got, want := strings.Join(names, ","), "Marco Rubio,Russia,Ukraine"; got != want {
		t.Errorf("around Rubio: got nodes %s, want %s", got, want)
	}
	if len(doc.Elements.Edges) != 2 {
		t.Errorf("around Rubio: got %d edges, want 2", len(doc.Elements.Edges))
	}

	// --raw writes every stored quad, labelled with its article.
	stdout, stderr, code = evalCLI(t, "export", "--db", db, "--format", "nquads", "--raw")
	if code != 0 {
		t.Fatalf("raw: exit %d: %s", code, stderr)
	}
	want := 0
	for _, d := range []func() int{func() int { q, _ := graph.DocumentQuads(storetest.SeedDocument()); return len(q) },
		func() int { q, _ := graph.DocumentQuads(storetest.BoltonDocument()); return len(q) }} {
		want += d()
	}
	if got := strings.Count(stdout, "\n"); got != want {
		t.Errorf("raw: got %d quads, want %d", got, want)
	}
	if strings.Contains(stdout, "<xsd:") {
		t.Errorf("raw: compact xsd: datatypes left in the output")
	}

	// neo4j: a directory, then a prefix.
	dir := filepath.Join(t.TempDir(), "import") + "/"
	if _, stderr, code := evalCLI(t, "export", "--db", db, "--format", "neo4j", "-o", dir); code != 0 {
		t.Fatalf("neo4j dir: exit %d: %s", code, stderr)
	}
	prefix := filepath.Join(t.TempDir(), "news")
	if _, stderr, code := evalCLI(t, "export", "--db", db, "--format", "neo4j", "-o", prefix); code != 0 {
		t.Fatalf("neo4j prefix: exit %d: %s", code, stderr)
	}
	for _, p := range []string{dir + "nodes.csv", dir + "edges.csv", prefix + "-nodes.csv", prefix + "-edges.csv"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("neo4j: %v", err)
			continue
		}
		if !bytes.HasPrefix(b, []byte("id:ID,")) && !bytes.HasPrefix(b, []byte(":START_ID,")) {
			t.Errorf("%s: got header %.40q, want a neo4j-admin header", p, b)
		}
	}
}

func TestExportErrors(t *testing.T) {
	db := exportStore(t)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown format", []string{"--format", "xlsx"}, exitUsage, `unknown format "xlsx"`},
		{"raw projection format", []string{"--format", "graphml", "--raw"}, exitUsage, "--raw writes the stored quads"},
		{"raw with a filter", []string{"--format", "nquads", "--raw", "--types", "Person"}, exitUsage, "apply to the projection only"},
		{"neo4j to stdout", []string{"--format", "neo4j"}, exitUsage, "give -o DIR or -o PREFIX"},
		{"depth alone", []string{"--depth", "2"}, exitUsage, "--depth needs --around"},
		{"bad type", []string{"--types", "Person,Animal"}, exitUsage, `unknown entity type "Animal"`},
		{"bad date", []string{"--since", "17/08/2025"}, exitUsage, "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"unknown name", []string{"--around", "Rubbio"}, exitNotFound, `did you mean "Marco Rubio"`},
		{"unwritable output", []string{"-o", "/nonexistent/dir/g.graphml"}, exitFailure, "/nonexistent/dir/g.graphml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := evalCLI(t, append([]string{"export", "--db", db}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("got exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
	// A failed export leaves no file behind.
	path := filepath.Join(t.TempDir(), "g.png")
	t.Setenv("PATH", t.TempDir()) // no dot
	_, stderr, code := evalCLI(t, "export", "--db", db, "--format", "png", "-o", path)
	if code != exitFailure || !strings.Contains(stderr, "graphviz") {
		t.Errorf("png without graphviz: got exit %d, %q; want exit %d and a message naming graphviz", code, stderr, exitFailure)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 0 {
		t.Errorf("failed export left %d files", len(entries))
	}
}
