package extract_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"newsgraph/extract"
	"newsgraph/ingest"
	"newsgraph/scoring"
)

// The -update flag rewrites golden files; another test file of the package may define it
// first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

var defaultExtractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.New(extract.Options{}) })

func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := defaultExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// readArticles reads a file as `graph extract` does and returns its articles.
func readArticles(t testing.TB, path string) []extract.Article {
	t.Helper()
	var out []extract.Article
	err := ingest.ReadFile(context.Background(), path, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		out = append(out, it.Article)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// pipelineSource gives score.py's input by running the default pipeline in process.
type pipelineSource struct {
	t testing.TB
	x *extract.Extractor
}

func (s pipelineSource) Extraction(ctx context.Context, g *scoring.Gold) (*scoring.Extraction, error) {
	arts := readArticles(s.t, g.Article)
	if len(arts) != 1 {
		return nil, fmt.Errorf("%s: %d articles", g.Article, len(arts))
	}
	doc, err := s.x.Extract(ctx, arts[0])
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return scoring.ParseExtraction(b)
}

// TestEventsAndRelationsScore scores the whole pipeline on the evaluation set with the
// reference scoring and holds events and relations to the targets of issue 5.
func TestEventsAndRelationsScore(t *testing.T) {
	files, err := scoring.GoldFiles("../testdata/eval/gold", "")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sum, err := scoring.Evaluate(context.Background(), files, pipelineSource{t, extractor(t)}, func(a *scoring.ArticleScore) error {
		var b strings.Builder
		err := a.WriteText(&b, true)
		lines = append(lines, b.String())
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	ev, rel := sum.Scores[scoring.Events], sum.Scores[scoring.Relations]
	if ev.F1 < 0.85 || sum.PlaceAccuracy < 0.80 || rel.F1 < 0.80 {
		t.Errorf("events F1 %.3f (want >= 0.85), place accuracy %.3f (want >= 0.80), relations F1 %.3f (want >= 0.80)\n%s",
			ev.F1, sum.PlaceAccuracy, rel.F1, strings.Join(lines, ""))
	}
	t.Logf("events P %.3f R %.3f F1 %.3f, place accuracy %.3f; relations P %.3f R %.3f F1 %.3f",
		ev.Precision, ev.Recall, ev.F1, sum.PlaceAccuracy, rel.Precision, rel.Recall, rel.F1)
}

// goldenCorpus picks articles of the Wikinews corpus (CC BY 2.5) by a word of their title.
var goldenCorpus = []struct{ file, title string }{
	{"wikinews-2019.csv", "Magnitogorsk"},
	{"wikinews-2019.csv", "Bolton"},
	{"wikinews-2019.csv", "Puerto Rico"},
	{"wikinews-2020.csv", "EastMed"},
	{"wikinews-2020.csv", "Soleimani"},
	{"wikinews-2020.csv", "Super Tuesday"},
}

// TestEventsGolden writes the events and relations of the evaluation articles and of a few
// corpus articles, with their dates, date sources and sentences, and compares them with
// testdata/events and testdata/relations. After a change, run
// go test ./extract -run TestEventsGolden -update and review the diff.
func TestEventsGolden(t *testing.T) {
	x := extractor(t)
	type named struct {
		name string
		art  extract.Article
	}
	var arts []named
	paths, _ := filepath.Glob("../testdata/eval/articles/*.txt")
	for _, p := range paths {
		for _, a := range readArticles(t, p) {
			arts = append(arts, named{strings.TrimSuffix(filepath.Base(p), ".txt"), a})
		}
	}
	corpus := map[string][]extract.Article{}
	for _, c := range goldenCorpus {
		if corpus[c.file] == nil {
			corpus[c.file] = readArticles(t, filepath.Join("../testdata/corpus", c.file))
		}
		found := false
		for _, a := range corpus[c.file] {
			if strings.Contains(a.Title, c.title) {
				arts = append(arts, named{"corpus-" + strings.ToLower(strings.ReplaceAll(c.title, " ", "-")), a})
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("no article titled %q in %s", c.title, c.file)
		}
	}
	for _, n := range arts {
		t.Run(n.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), n.art)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "events", n.name+".txt"), eventLines(doc))
			checkGolden(t, filepath.Join("testdata", "relations", n.name+".txt"), relationLines(doc))
		})
	}
}

func entityName(doc *extract.Document, r extract.Ref) string {
	if e := doc.Entity(r); e != nil {
		return e.Name
	}
	return string(r)
}

func sentenceOf(doc *extract.Document, ev extract.Evidence) string {
	if ev.Sentence < 0 || ev.Sentence >= len(doc.Sentences) {
		return ""
	}
	return doc.Sentences[ev.Sentence].Text
}

func eventLines(doc *extract.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# published %s\n", doc.Published)
	for _, e := range doc.Events {
		var names []string
		for _, p := range e.Participants {
			names = append(names, entityName(doc, p))
		}
		sort.Strings(names)
		fmt.Fprintf(&b, "%s: %s", e.Type, strings.Join(names, "; "))
		if e.Place != "" {
			fmt.Fprintf(&b, " @ %s", entityName(doc, e.Place))
		}
		fmt.Fprintf(&b, " | %s..%s (%s) | %.2f\n    %s\n", e.Date, e.EndDate, e.DateSource, e.Confidence, sentenceOf(doc, e.Evidence))
	}
	return b.String()
}

func relationLines(doc *extract.Document) string {
	var b strings.Builder
	for _, r := range doc.Relations {
		fmt.Fprintf(&b, "%s %s %s | %.2f\n    %s\n", entityName(doc, r.Subject), r.Predicate, entityName(doc, r.Object), r.Confidence, sentenceOf(doc, r.Evidence))
	}
	return b.String()
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if updating() {
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
	if string(want) != got {
		t.Errorf("%s changed (run go test ./extract -run TestEventsGolden -update and review the diff)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
