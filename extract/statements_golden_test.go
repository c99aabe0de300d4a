package extract

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The -update flag rewrites the golden files instead of comparing with them (go test
// ./extract -run Golden -update; review the diff before committing). Other test files of
// the package define it too: whoever comes first does.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

// updatingGolden reports whether -update was given.
func updatingGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenStatementArticles are the corpus articles (by a part of their URL) and evaluation
// articles whose statements are kept in testdata/statements, so that a change of the
// statement rules shows as a diff.
var goldenStatementArticles = []string{
	"Magnitogorsk_apartment_building_collapses",
	"Escape_room_fire_kills_five",
	"Sixteen_states_sue",
	"Fianc",
	"Bombs_kill_at_least_20_at_cathedral",
	"eval:alaska-summit",
	"eval:wn-trump-ousts-bolton",
}

// formatStatements writes one statement a line: speaker, kind, cue, medium, sentence,
// confidence, text, and the entities it is about.
func formatStatements(doc *Document) string {
	var b strings.Builder
	name := func(r Ref) string {
		if e := doc.Entity(r); e != nil {
			return e.Name
		}
		return "-"
	}
	for _, s := range doc.Statements {
		var about []string
		for _, a := range s.About {
			about = append(about, name(a))
		}
		medium := s.Medium
		if medium == "" {
			medium = "-"
		}
		fmt.Fprintf(&b, "%s | %s | %s | %s | s%d | %.2f | %s | about: %s\n", name(s.Speaker), s.Kind, s.Cue,
			medium, s.Sentence, s.Confidence, strings.ReplaceAll(s.Text, "\n", "\\n"), strings.Join(about, ", "))
	}
	return b.String()
}

func TestStatementsGolden(t *testing.T) {
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	corpus := corpusArticles(t)
	for _, key := range goldenStatementArticles {
		var a Article
		name := ""
		if ev, ok := strings.CutPrefix(key, "eval:"); ok {
			a = evalArticle(t, filepath.Join(evalDir, "articles", ev+".txt"))
			name = ev
		} else {
			for _, c := range corpus {
				if strings.Contains(c.URL, key) {
					a = c
					break
				}
			}
			if a.Text == "" {
				t.Fatalf("no corpus article with %q in its URL", key)
			}
			name = strings.ToLower(strings.Trim(key, "_"))
		}
		t.Run(name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			got := formatStatements(doc)
			path := filepath.Join("testdata", "statements", name+".golden")
			if updatingGolden() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("statements of %s changed (run with -update and review the diff):\n%s", name, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if g[l] == 0 {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if w[l] == 0 {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}
