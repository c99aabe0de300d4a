package extract

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var evalDump = flag.String("eval-dump", "", "write the extraction JSON of every gold article into this folder (for score.py --extracted)")

// evalDir is the copy of the evaluation set kept in the repository.
const evalDir = "../testdata/eval"

// evalArticle reads an evaluation article as ingest reads a .txt file: a first line
// followed by a blank line is the title.
func evalArticle(t testing.TB, path string) Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	a := Article{Source: path, Text: text}
	if first, rest, ok := strings.Cut(text, "\n"); ok && !strings.HasSuffix(strings.TrimSpace(first), ".") {
		if next, _, _ := strings.Cut(rest, "\n"); strings.TrimSpace(next) == "" {
			a.Title = strings.TrimSpace(first)
			a.Text = strings.TrimLeft(rest, "\n")
		}
	}
	return a
}

type goldEntity struct {
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

type goldStatement struct {
	Speaker *string `json:"speaker"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
}

type goldFile struct {
	Article            string          `json:"article"`
	Entities           []goldEntity    `json:"entities"`
	Statements         []goldStatement `json:"statements"`
	OptionalStatements []goldStatement `json:"optional_statements"`
}

var (
	nonAlnum   = regexp.MustCompile(`[^a-z0-9 ]+`)
	spaces     = regexp.MustCompile(`\s+`)
	possessive = regexp.MustCompile(`'s\b`)
)

// scoreNorm is score.py's norm.
func scoreNorm(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		switch r {
		case '\u2019', '\u2018':
			return '\''
		case '\u201c', '\u201d':
			return '"'
		}
		return r
	}, s)
	s = strings.ToLower(s)
	s = possessive.ReplaceAllString(s, "")
	s = nonAlnum.ReplaceAllString(s, " ")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

// scoreTextMatch is score.py's text_match.
func scoreTextMatch(gold, ex string) bool {
	g, e := scoreNorm(gold), scoreNorm(ex)
	if g == "" || e == "" {
		return false
	}
	if strings.Contains(e, g) || (strings.Contains(g, e) && float64(len(e)) >= 0.5*float64(len(g))) {
		return true
	}
	gt := strings.Fields(g)
	et := map[string]bool{}
	for _, w := range strings.Fields(e) {
		et[w] = true
	}
	hit := 0
	for _, w := range gt {
		if et[w] {
			hit++
		}
	}
	return len(gt) >= 3 && float64(hit)/float64(len(gt)) >= 0.8
}

// statementScore counts like score.py's score_statements.
type statementScore struct {
	tp, judged, gold, right int
	log                     []string
}

func scoreStatements(g goldFile, doc *Document) statementScore {
	names := func(name string, aliases []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range append([]string{name}, aliases...) {
			if k := scoreNorm(n); k != "" {
				m[k] = true
			}
		}
		return m
	}
	goldNames := func(name *string) map[string]bool {
		if name == nil {
			return nil
		}
		k := scoreNorm(*name)
		for _, e := range g.Entities {
			if ns := names(e.Name, e.Aliases); ns[k] {
				return ns
			}
		}
		return map[string]bool{k: true}
	}
	exNames := func(r Ref) map[string]bool {
		if r == "" {
			return nil
		}
		if e := doc.Entity(r); e != nil {
			return names(e.Name, e.Aliases)
		}
		return map[string]bool{scoreNorm(string(r)): true}
	}
	meet := func(a, b map[string]bool) bool {
		for k := range a {
			if b[k] {
				return true
			}
		}
		return false
	}
	sc := statementScore{gold: len(g.Statements)}
	found, right := map[int]bool{}, map[int]bool{}
	for _, s := range doc.Statements {
		sp := exNames(s.Speaker)
		var hits []int
		for i, gs := range g.Statements {
			if scoreTextMatch(gs.Text, s.Text) {
				hits = append(hits, i)
			}
		}
		if len(hits) == 0 {
			opt := false
			for _, o := range g.OptionalStatements {
				opt = opt || scoreTextMatch(o.Text, s.Text)
			}
			if !opt {
				sc.judged++
				sc.log = append(sc.log, "extra: "+string(s.Speaker)+": "+s.Text)
			}
			continue
		}
		sc.judged++
		ok := false
		for _, i := range hits {
			found[i] = true
			if meet(sp, goldNames(g.Statements[i].Speaker)) {
				right[i], ok = true, true
			}
		}
		if ok {
			sc.tp++
		} else {
			sc.log = append(sc.log, "misattributed: "+string(s.Speaker)+": "+s.Text)
		}
	}
	for i, gs := range g.Statements {
		if !found[i] {
			sp := "<none>"
			if gs.Speaker != nil {
				sp = *gs.Speaker
			}
			sc.log = append(sc.log, "missed: "+sp+": "+gs.Text)
		}
	}
	sc.right = len(right)
	return sc
}

// TestEvalStatements runs the whole pipeline over the evaluation articles and scores the
// statements as score.py does: a regression guard for the targets of issue 4.
func TestEvalStatements(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over the evaluation set")
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	golds, err := filepath.Glob(filepath.Join(evalDir, "gold", "*.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files in %s: %v", evalDir, err)
	}
	sort.Strings(golds)
	var tp, judged, gold, right int
	for _, path := range golds {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		doc, err := x.Extract(context.Background(), evalArticle(t, filepath.Join(evalDir, g.Article)))
		if err != nil {
			t.Fatalf("%s: %v", g.Article, err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		if *evalDump != "" {
			out, _ := json.MarshalIndent(doc, "", " ")
			if err := os.WriteFile(filepath.Join(*evalDump, name+".json"), out, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		sc := scoreStatements(g, doc)
		for _, l := range sc.log {
			t.Logf("%s: %s", name, l)
		}
		tp, judged, gold, right = tp+sc.tp, judged+sc.judged, gold+sc.gold, right+sc.right
	}
	p, r := ratio(tp, judged), ratio(right, gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	t.Logf("statements: precision %.3f recall %.3f F1 %.3f (%d extracted judged, %d gold)", p, r, f, judged, gold)
	if p < 0.90 || f < 0.90 {
		t.Errorf("statements: got precision %.3f F1 %.3f, want both >= 0.90", p, f)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
