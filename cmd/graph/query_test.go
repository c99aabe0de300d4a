package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/graph/storetest"
)

// The golden files of the query and stats commands; `go test -update` rewrites them.
const queryGoldenDir = "../../testdata/queries"

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with the golden file name, or rewrites it under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(queryGoldenDir, name)
	if updateGolden() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: output differs from the golden file (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// queryStore is a memstore holding the seed, Bolton and Rosselló documents of
// graph/storetest.
func queryStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range storetestDocs() {
		if _, err := st.WriteDocument(ctx, d, false); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func storetestDocs() []*extract.Document {
	return []*extract.Document{storetest.SeedDocument(), storetest.BoltonDocument(), storetest.RosselloDocument()}
}

func TestQueryOutput(t *testing.T) {
	ctx := context.Background()
	st := queryStore(t)
	tests := []struct {
		golden string
		run    func(w *bytes.Buffer) error
	}{
		{"said-witkoff.txt", func(w *bytes.Buffer) error {
			return runQuerySaid(ctx, st, saidOptions{By: "witkoff", Format: formatTable}, w)
		}},
		{"said-witkoff.json", func(w *bytes.Buffer) error {
			return runQuerySaid(ctx, st, saidOptions{By: "witkoff", Format: formatJSON}, w)
		}},
		{"said-about-donetsk.txt", func(w *bytes.Buffer) error {
			return runQuerySaid(ctx, st, saidOptions{About: "Donetsk", Format: formatTable}, w)
		}},
		{"said-trump-limit.txt", func(w *bytes.Buffer) error {
			return runQuerySaid(ctx, st, saidOptions{By: "Trump", Since: "2019", Until: "2025-12", Limit: 2, Format: formatTable}, w)
		}},
		{"roles-trump.txt", func(w *bytes.Buffer) error {
			return runQueryRoles(ctx, st, rolesOptions{Name: "Trump", Format: formatTable}, w)
		}},
		{"roles-all.txt", func(w *bytes.Buffer) error {
			return runQueryRoles(ctx, st, rolesOptions{Format: formatTable}, w)
		}},
		{"roles-russia.json", func(w *bytes.Buffer) error {
			return runQueryRoles(ctx, st, rolesOptions{Name: "russia", Format: formatJSON}, w)
		}},
		{"neighbors-putin.txt", func(w *bytes.Buffer) error {
			return runQueryNeighbors(ctx, st, neighborsOptions{Name: "Putin", Format: formatTable}, w)
		}},
		{"neighbors-bolton.json", func(w *bytes.Buffer) error {
			return runQueryNeighbors(ctx, st, neighborsOptions{Name: "bolton", Format: formatJSON}, w)
		}},
		{"entities.txt", func(w *bytes.Buffer) error {
			return runQueryEntities(ctx, st, entitiesOptions{Format: formatTable}, w)
		}},
		{"entities-country.json", func(w *bytes.Buffer) error {
			return runQueryEntities(ctx, st, entitiesOptions{Type: "country", Format: formatJSON}, w)
		}},
		{"stats.txt", func(w *bytes.Buffer) error { return runStats(ctx, st, statsOptions{Format: formatTable}, w) }},
		{"stats.json", func(w *bytes.Buffer) error { return runStats(ctx, st, statsOptions{Format: formatJSON}, w) }},
		{"gizmo-rubio.txt", func(w *bytes.Buffer) error {
			return runRawQuery(ctx, st, rawQueryOptions{Lang: "gizmo", Format: formatTable,
				Query: `g.V().Has("<http://schema.org/name>", "Marco Rubio").Out(g.IRI("ng:said")).Tag("statement").Out(g.IRI("schema:text")).All()`}, w)
		}},
		{"gizmo-count.json", func(w *bytes.Buffer) error {
			return runRawQuery(ctx, st, rawQueryOptions{Lang: "gizmo", Format: formatJSON,
				Query: `g.Emit(g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Quotation")).Count())`}, w)
		}},
		{"graphql-witkoff.json", func(w *bytes.Buffer) error {
			return runRawQuery(ctx, st, rawQueryOptions{Lang: "graphql", Format: formatJSON,
				Query: `{ p(<http://schema.org/name>: "Steve Witkoff") { said: <https://newsgraph.dev/ns#said> { text: <http://schema.org/text> } } }`}, w)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.golden, func(t *testing.T) {
			var out bytes.Buffer
			if err := tc.run(&out); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.golden, out.Bytes())
		})
	}
}

// queryCLI runs the command line in process on a bbolt store holding the test documents.
func queryCLI(t *testing.T, db string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errs bytes.Buffer
	a := &app{cfg: newConfigState(), stdout: &out, stderr: &errs}
	root := newRootCmd(a)
	root.SetArgs(append([]string{"--backend", "bbolt", "--db", db}, args...))
	root.SetOut(&out)
	root.SetErr(&errs)
	err := root.ExecuteContext(context.Background())
	if err != nil {
		errs.WriteString("graph: " + err.Error() + "\n")
	}
	return out.String(), errs.String(), exitCode(err)
}

func TestQueryCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "data")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: db})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range storetestDocs() {
		if _, err := s.WriteDocument(ctx, d, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stdout string // a part of it
		stderr string // a part of it
	}{
		{[]string{"query", "said", "--by", "Rubio"}, exitOK, "He said both Ukraine and Russia would need to make difficult concessions", ""},
		{[]string{"query", "said", "--by", "Rubo"}, exitNotFound, "", `no entity matches "Rubo"; did you mean "Marco Rubio"`},
		{[]string{"query", "said", "--about", "Donetsk", "--format", "json"}, exitOK, `"text": "the fate of Donetsk would require further negotiation"`, ""},
		{[]string{"query", "said"}, exitUsage, "", "--by NAME"},
		{[]string{"query", "said", "--by", "Rubio", "--since", "August"}, exitUsage, "", `date "August"`},
		{[]string{"query", "said", "--by", "Rubio", "--format", "xml"}, exitUsage, "", `unknown format "xml"`},
		{[]string{"query", "roles", "Zelenskyy"}, exitOK, "Volodymyr Zelensky  President  Ukraine", ""},
		{[]string{"query", "neighbors", "Nobody"}, exitNotFound, "", `no entity matches "Nobody"`},
		{[]string{"query", "neighbours", "Anchorage"}, exitOK, "Vladimir Putin", ""},
		{[]string{"query", "entities", "--type", "city"}, exitUsage, "", "Person, Organization, Country, Place"},
		{[]string{"query", "entities", "--match", "rossello"}, exitOK, "Ricardo Rosselló Nevares", ""},
		{[]string{"query", "gizmo", `g.V().Out({x:1}).All()`}, exitUsage, "", "unsupported type"},
		{[]string{"query", "gizmo", `g.Emit(g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).Count())`}, exitOK, "9", ""},
		{[]string{"query", "graphql", `{ p(`}, exitUsage, "", "graphql query"},
		{[]string{"stats"}, exitOK, "articles  3", ""},
		{[]string{"stats", "--format", "json"}, exitOK, `"articles": 3`, ""},
	}
	for _, tc := range tests {
		stdout, stderr, code := queryCLI(t, db, tc.args...)
		if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("graph %s: got exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout with %q, stderr with %q",
				strings.Join(tc.args, " "), code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
	}

	// No store there yet: a clear message, nothing created.
	empty := filepath.Join(t.TempDir(), "none")
	_, stderr, code := queryCLI(t, empty, "query", "said", "--by", "Rubio")
	if code != exitFailure || !strings.Contains(stderr, empty) || !strings.Contains(stderr, "graph ingest") {
		t.Errorf("query without a store: got exit %d, %q; want exit 1 naming %s and graph ingest", code, stderr, empty)
	}
	if _, err := os.Stat(empty); !os.IsNotExist(err) {
		t.Errorf("query without a store created %s", empty)
	}
	_, stderr, code = queryCLI(t, db, "--backend", "mongo", "stats")
	if code != exitFailure || !strings.Contains(stderr, `unknown store backend "mongo" (known: bbolt, memstore, postgres)`) {
		t.Errorf("unknown backend: got exit %d, %q", code, stderr)
	}
}
