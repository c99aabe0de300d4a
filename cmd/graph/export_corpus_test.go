package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// exportReader returns the path of a third-party reader, or skips (fails under CI=true,
// where .ci/readers installs it).
func exportReader(t *testing.T, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (%s; .ci/readers installs it)", name, install)
		}
		t.Skipf("%s is not installed (%s)", name, install)
	}
	return p
}

// TestExportCorpusReaders runs the whole path on real articles: the seed article and the
// 166 Wikinews articles of 2019 are extracted and stored, then exported in the formats
// whose readers are programs (networkx, Graphviz, rapper), which must accept them and
// count the same nodes and edges. (export's TestReaders runs every reader, the npm ones
// too, on a projection of the same articles.)
func TestExportCorpusReaders(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 167 articles")
	}
	dir := t.TempDir()
	in, err := os.ReadFile("../../testdata/corpus/wikinews-2019.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(in)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 167 {
		t.Fatalf("wikinews-2019.csv: %d rows, want the header and 166 articles", len(rows))
	}
	csvPath := "../../testdata/corpus/wikinews-2019.csv"
	db := filepath.Join(dir, "data")
	_, stderr, code := evalCLI(t, "ingest", "--db", db, "-q", "../../testdata/eval/articles/alaska-summit.txt", csvPath)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}

	export := func(format string) (path, counts string) {
		path = filepath.Join(dir, "g."+format)
		_, stderr, code := evalCLI(t, "export", "--db", db, "--format", format, "-o", path)
		if code != 0 {
			t.Fatalf("export %s: exit %d: %s", format, code, stderr)
		}
		// "wrote N nodes and M edges (...)"
		f := strings.Fields(stderr)
		if len(f) < 5 {
			t.Fatalf("export %s: stderr %q", format, stderr)
		}
		return path, f[1] + " " + f[4]
	}
	run := func(name string, args ...string) string {
		t.Helper()
		out, err := exec.Command(name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	t.Run("graphml/networkx", func(t *testing.T) {
		py := "/usr/bin/python3"
		if exec.Command(py, "-c", "import networkx").Run() != nil {
			py = exportReader(t, "python3", "apt-get install python3-networkx")
			if exec.Command(py, "-c", "import networkx").Run() != nil {
				if os.Getenv("CI") == "true" {
					t.Fatal("python3-networkx is not installed")
				}
				t.Skip("python3-networkx is not installed")
			}
		}
		for _, format := range []string{"graphml", "gexf12"} {
			path, want := export(format)
			read := "read_graphml"
			if format == "gexf12" {
				read = "read_gexf"
			}
			got := strings.TrimSpace(run(py, "-c", "import networkx,sys; g=networkx."+read+"(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", path))
			if got != want {
				t.Errorf("networkx %s: got %s nodes and edges, want %s", read, got, want)
			}
		}
	})
	t.Run("dot/graphviz", func(t *testing.T) {
		dot := exportReader(t, "dot", "apt-get install graphviz")
		gc := exportReader(t, "gc", "apt-get install graphviz")
		path, want := export("dot")
		run(dot, "-Tcanon", "-o", os.DevNull, path)
		if got := strings.Fields(run(gc, "-n", "-e", path)); len(got) < 2 || got[0]+" "+got[1] != want {
			t.Errorf("gc: got %v, want %s nodes and edges", got, want)
		}
	})
	t.Run("nquads/rapper", func(t *testing.T) {
		rapper := exportReader(t, "rapper", "apt-get install raptor2-utils")
		path, _ := export("nquads")
		run(rapper, "-q", "-i", "nquads", "-c", path)
		raw := filepath.Join(dir, "raw.nq")
		if _, stderr, code := evalCLI(t, "export", "--db", db, "--format", "nquads", "--raw", "-o", raw); code != 0 {
			t.Fatalf("export --raw: exit %d: %s", code, stderr)
		}
		run(rapper, "-q", "-i", "nquads", "-c", raw)
	})
}
