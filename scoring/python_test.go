package scoring

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The reference scorer and the evaluation set, copied into testdata so that the tests run
// on a clean checkout (see testdata/README.md).
const (
	scorePy  = "../testdata/eval/score.py"
	evalGold = "../testdata/eval/gold"
)

// python returns the python3 binary, or skips the test when there is none (fails under
// CI=true, where the equivalence with score.py must be checked).
func python(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 is needed to compare with score.py under CI: %v", err)
		}
		t.Skip("python3 not found: cannot compare with score.py")
	}
	return p
}

// runScorePy runs score.py with args and returns its standard output; it fails the test
// when score.py fails.
func runScorePy(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command(python(t), append([]string{scorePy}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

// pyArticle is what pyParts prints for one article: score.py's own counts and log, or the
// exception it raised.
type pyArticle struct {
	Parts map[string]map[string]int `json:"parts"`
	Log   []string                  `json:"log"`
	Error string                    `json:"error"`
}

// pyPartsScript imports score.py and prints, for every gold file, the dicts its part
// functions return and its log, or the exception that stopped it.
const pyPartsScript = `
import sys, json, os, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[1])))
import score
gold_dir, ex_dir = sys.argv[2], sys.argv[3]
out = {}
for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
    name = os.path.basename(path)[:-5]
    gold = json.load(open(path, encoding="utf-8"))
    try:
        doc = json.load(open(os.path.join(ex_dir, name + ".json"), encoding="utf-8"))
    except Exception:
        doc = {}
    try:
        ex = score.Extracted(doc)
        log = []
        parts = {}
        for part, fn in score.PARTS:
            parts[part] = fn(gold, ex, log)
        out[name] = {"parts": parts, "log": log}
    except Exception as e:
        out[name] = {"error": type(e).__name__ + ": " + str(e)}
print(json.dumps(out))
`

// pyParts runs pyPartsScript over goldDir and extractedDir.
func pyParts(t testing.TB, goldDir, extractedDir string) map[string]pyArticle {
	t.Helper()
	cmd := exec.Command(python(t), "-c", pyPartsScript, scorePy, goldDir, extractedDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py parts: %v\n%s", err, stderr.String())
	}
	var res map[string]pyArticle
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("score.py parts: %v", err)
	}
	return res
}

// countsMap is c in score.py's keys for part p.
func countsMap(p Part, c Counts) map[string]int {
	m := map[string]int{"tp": c.TP, "pred": c.Pred, "gold": c.Gold, "tp_r": c.TPR}
	switch p {
	case Entities:
		m["dup"] = c.Dup
	case Roles:
		m["of_ok"], m["of_total"] = c.OfOK, c.OfTotal
	case Statements:
		m["found"] = c.Found
	case Events:
		m["place_ok"], m["place_total"] = c.PlaceOK, c.PlaceTotal
	}
	return m
}

// compareParts checks that Score gives score.py's counts, log and exceptions for every gold
// file of goldDir scored against extractedDir.
func compareParts(t *testing.T, goldDir, extractedDir string) {
	t.Helper()
	want := pyParts(t, goldDir, extractedDir)
	files, err := GoldFiles(goldDir, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(want) {
		t.Fatalf("got %d gold files, score.py has %d", len(files), len(want))
	}
	for _, path := range files {
		g, err := ReadGold(path)
		if err != nil {
			t.Fatal(err)
		}
		w, ok := want[g.Name]
		if !ok {
			t.Fatalf("%s: score.py did not score it", g.Name)
		}
		x, _ := Dir(extractedDir).Extraction(context.Background(), g)
		got, err := Score(g, x)
		if w.Error != "" {
			if err == nil {
				t.Errorf("%s: got no error, want score.py's %s", g.Name, w.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: got error %v, score.py scored it", g.Name, err)
			continue
		}
		for p := range Part(NumParts) {
			if g, w := countsMap(p, got.Counts[p]), w.Parts[p.String()]; !equalCounts(g, w) {
				t.Errorf("%s %s: got %v, want %v", got.Name, p, g, w)
			}
		}
		if !equalLines(got.Log, w.Log) {
			t.Errorf("%s log:\ngot:\n%s\nwant:\n%s", g.Name, joinLines(got.Log), joinLines(w.Log))
		}
	}
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func joinLines(ls []string) string {
	var b bytes.Buffer
	for _, l := range ls {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// goReport runs Report over goldDir and extractedDir and returns what it printed on
// standard output.
func goReport(t testing.TB, goldDir, extractedDir string, verbose, asJSON bool) string {
	t.Helper()
	files, err := GoldFiles(goldDir, "")
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	r := Report{Out: &out, Err: &errs, Verbose: verbose, JSON: asJSON}
	if _, err := r.Run(context.Background(), files, Dir(extractedDir)); err != nil {
		t.Fatalf("report: %v", err)
	}
	return out.String()
}

// compareReports checks that Report prints what score.py prints, verbose and as JSON.
func compareReports(t *testing.T, goldDir, extractedDir string) {
	t.Helper()
	for _, mode := range []struct {
		name          string
		verbose, json bool
		args          []string
	}{
		{"table", false, false, nil},
		{"verbose", true, false, []string{"-v"}},
		{"json", false, true, []string{"--json"}},
	} {
		want := runScorePy(t, append([]string{"--gold", goldDir, "--extracted", extractedDir}, mode.args...)...)
		got := goReport(t, goldDir, extractedDir, mode.verbose, mode.json)
		if got != want {
			t.Errorf("%s output differs from score.py:\n%s", mode.name, lineDiff(got, want))
		}
	}
}

// lineDiff shows the first lines where got and want differ.
func lineDiff(got, want string) string {
	g, w := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	var b bytes.Buffer
	n := 0
	for i := 0; i < max(len(g), len(w)) && n < 10; i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			n++
			b.WriteString("line " + itoa(i+1) + "\n  got:  " + string(gl) + "\n  want: " + string(wl) + "\n")
		}
	}
	return b.String()
}

func itoa(i int) string { return string(mustJSON(i)) }

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// writeExtractions writes docs as NAME.json files into a new temporary folder.
func writeExtractions(t testing.TB, docs map[string]any) string {
	t.Helper()
	dir := t.TempDir()
	for name, doc := range docs {
		var data []byte
		switch d := doc.(type) {
		case []byte:
			data = d
		case string:
			data = []byte(d)
		default:
			data = mustJSON(d)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
