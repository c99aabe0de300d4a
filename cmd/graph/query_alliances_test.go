package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/extract"
	"newsgraph/graph"
)

// boltStore writes docs into a bbolt store in a temp dir and returns the dir, for tests
// that run the command line.
func boltStore(t *testing.T, docs ...*extract.Document) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if _, err := s.WriteDocument(ctx, d, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The golden files are in testdata/queries/alliances; go test -update rewrites them.
func TestQueryAlliancesGolden(t *testing.T) {
	st := queryStore(t)
	for _, tt := range []struct {
		golden string
		opts   alliancesOptions
	}{
		{"alliances/all.txt", alliancesOptions{Evidence: 3, Format: formatTable}},
		{"alliances/russia.txt", alliancesOptions{Entity: "Russia", Evidence: 3, Format: formatTable}},
		{"alliances/trump-people.txt", alliancesOptions{Entity: "Trump", Evidence: 1, Format: formatTable}},
		{"alliances/russia.json", alliancesOptions{Entity: "Russia", Evidence: 3, Format: formatJSON}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var out bytes.Buffer
			if err := runQueryAlliances(context.Background(), st, tt.opts, &out); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, out.Bytes())
		})
	}
}

func TestQueryAlliancesErrors(t *testing.T) {
	db := boltStore(t, storetestDocs()...)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown name", []string{"--entity", "Rusia"}, exitNotFound, `no entity matches "Rusia"; did you mean "Russia"`},
		{"bad date", []string{"--since", "2025-8"}, exitUsage, `date "2025-8"`},
		{"bad format", []string{"--format", "xml"}, exitUsage, `unknown format "xml"`},
		{"negative limit", []string{"--limit", "-1"}, exitUsage, "--limit"},
		{"arguments", []string{"Ukraine"}, exitUsage, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := evalCLI(t, append([]string{"query", "alliances", "--db", db}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("got exit %d, %q; want exit %d, %q", code, stderr, tt.wantCode, tt.wantErr)
			}
		})
	}
}

// The "done when", end to end: the seed article goes through the real extractor
// into a store, and the three commands answer from it.
func TestQueryDoneWhenSeed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the extractor")
	}
	db := filepath.Join(t.TempDir(), "data")
	if _, stderr, code := evalCLI(t, "ingest", "--db", db, "-q", "../../testdata/eval/articles/alaska-summit.txt"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}

	t.Run("alliances --entity Ukraine", func(t *testing.T) {
		stdout, stderr, code := evalCLI(t, "query", "alliances", "--db", db, "--entity", "Ukraine", "--format", "json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var res struct {
			Pairs []struct {
				A, B      struct{ Name string }
				Side      string
				Strongest []struct {
					Fact struct {
						Source struct{ Sentence, Article string }
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(stdout), &res); err != nil {
			t.Fatal(err)
		}
		side := map[string]string{}
		evidence := map[string]string{}
		for _, p := range res.Pairs {
			side[p.B.Name] = p.Side
			for _, e := range p.Strongest {
				if e.Fact.Source.Sentence == "" || e.Fact.Source.Article == "" {
					t.Errorf("Ukraine - %s: evidence without sentence or article", p.B.Name)
				}
				evidence[p.B.Name] += e.Fact.Source.Sentence + "\n"
			}
		}
		for _, partner := range []string{"Germany", "France", "United Kingdom", "Italy", "NATO", "European Union"} {
			if side[partner] != "cooperation" || !strings.Contains(evidence[partner], "joined by leaders from Germany") {
				t.Errorf("Ukraine - %s: got side %q with evidence %q, want cooperation from the White House meeting", partner, side[partner], evidence[partner])
			}
		}
		if side["Russia"] != "conflict" || !strings.Contains(evidence["Russia"], "Moscow currently occupies about 20 percent of Ukraine") {
			t.Errorf("Ukraine - Russia: got side %q with evidence %q, want conflict from the occupation", side["Russia"], evidence["Russia"])
		}
	})

	t.Run("path Zelensky Putin", func(t *testing.T) {
		stdout, stderr, code := evalCLI(t, "query", "path", "--db", db, "Zelensky", "Putin")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		first, _, _ := strings.Cut(strings.SplitN(stdout, "\n1. ", 2)[1], "\n")
		if !strings.HasPrefix(first, "Volodymyr Zelensky -> meeting") || !strings.Contains(first, "-> Donald Trump -> summit") ||
			!strings.Contains(first, "-> Vladimir Putin  (2 hops)") {
			t.Errorf("first path: got %q, want Zelensky -> meeting -> Trump -> summit -> Putin", first)
		}
		if !strings.Contains(stdout, "sentence: US President Donald Trump entered his Alaska summit") {
			t.Errorf("the summit's sentence is missing:\n%s", stdout)
		}
	})

	t.Run("events --entity Putin", func(t *testing.T) {
		stdout, stderr, code := evalCLI(t, "query", "events", "--db", db, "--entity", "Putin")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if !strings.Contains(stdout, "summit  Alaska") && !strings.Contains(stdout, "summit  Anchorage") {
			t.Errorf("got\n%s\nwant the summit with its place", stdout)
		}
	})
}
