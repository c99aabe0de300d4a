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

// pyJob asks score.py to score the gold files of Gold against the saved outputs in
// Extracted: part by part (its part functions' counts and log) and as its command line
// prints it in each of reportModes.
type pyJob struct {
	Gold      string `json:"gold"`
	Extracted string `json:"extracted"`
	// NoReports compares the parts only (the reports score everything three more times).
	NoReports bool `json:"no_reports"`
}

// pyResult is what score.py did for one pyJob.
type pyResult struct {
	Parts   map[string]pyArticle `json:"parts"`
	Reports map[string]pyReport  `json:"reports"` // by reportModes name
}

// pyArticle is score.py's counts and log for one article, or the exception it raised.
type pyArticle struct {
	Parts map[string]map[string]int `json:"parts"`
	Log   []string                  `json:"log"`
	Error string                    `json:"error"`
}

// pyReport is what score.py's main printed on standard output, or the exception that
// stopped it.
type pyReport struct {
	Out   string `json:"out"`
	Error string `json:"error"`
}

// reportModes are the ways the reports are compared: score.py's arguments and Report's
// settings.
var reportModes = []struct {
	name          string
	args          []string
	verbose, json bool
}{
	{"table", []string{}, false, false},
	{"verbose", []string{"-v"}, true, false},
	{"json", []string{"--json"}, false, true},
}

// pyBatchScript imports score.py once and runs every job given on standard input: its
// part functions over each gold file, and its main with each report mode's arguments.
const pyBatchScript = `
import sys, json, os, glob, io, contextlib
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[1])))
import score
req = json.load(sys.stdin)
results = []
for job in req["jobs"]:
    parts_out = {}
    for path in sorted(glob.glob(os.path.join(job["gold"], "*.json"))):
        name = os.path.basename(path)[:-5]
        gold = json.load(open(path, encoding="utf-8"))
        try:
            doc = json.load(open(os.path.join(job["extracted"], name + ".json"), encoding="utf-8"))
        except Exception:
            doc = {}
        try:
            ex = score.Extracted(doc)
            log = []
            parts = {}
            for part, fn in score.PARTS:
                parts[part] = fn(gold, ex, log)
            parts_out[name] = {"parts": parts, "log": log}
        except Exception as e:
            parts_out[name] = {"error": type(e).__name__ + ": " + str(e)}
    reports = {}
    for mode, args in ([] if job["no_reports"] else req["modes"].items()):
        sys.argv = ["score.py", "--gold", job["gold"], "--extracted", job["extracted"]] + args
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                score.main()
            reports[mode] = {"out": out.getvalue()}
        except Exception as e:
            reports[mode] = {"out": out.getvalue(), "error": type(e).__name__ + ": " + str(e)}
    results.append({"parts": parts_out, "reports": reports})
print(json.dumps(results))
`

// pyBatch runs the jobs in one score.py process.
func pyBatch(t testing.TB, jobs []pyJob) []pyResult {
	t.Helper()
	modes := map[string][]string{}
	for _, m := range reportModes {
		modes[m.name] = m.args
	}
	cmd := exec.Command(python(t), "-c", pyBatchScript, scorePy)
	cmd.Stdin = bytes.NewReader(mustJSON(map[string]any{"jobs": jobs, "modes": modes}))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	var res []pyResult
	if err := json.Unmarshal(out, &res); err != nil || len(res) != len(jobs) {
		t.Fatalf("score.py: %v (%d results for %d jobs)", err, len(res), len(jobs))
	}
	return res
}

// compareJob checks the Go scorer against score.py's result for job.
func compareJob(t *testing.T, job pyJob, want pyResult) {
	t.Helper()
	compareParts(t, job, want.Parts)
	if !job.NoReports {
		compareReports(t, job, want.Reports)
	}
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
// file of the job.
func compareParts(t *testing.T, job pyJob, want map[string]pyArticle) {
	t.Helper()
	files, err := GoldFiles(job.Gold, "")
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
		x, _ := Dir(job.Extracted).Extraction(context.Background(), g)
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

// compareReports checks that Report prints what score.py's main prints in every mode, and
// fails where it raised.
func compareReports(t *testing.T, job pyJob, want map[string]pyReport) {
	t.Helper()
	files, err := GoldFiles(job.Gold, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range reportModes {
		w, ok := want[mode.name]
		if !ok {
			t.Fatalf("score.py did not print %s", mode.name)
		}
		var out, errs bytes.Buffer
		r := Report{Out: &out, Err: &errs, Verbose: mode.verbose, JSON: mode.json}
		_, err := r.Run(context.Background(), files, Dir(job.Extracted))
		switch {
		case w.Error != "" && err == nil:
			t.Errorf("%s: got no error, score.py raised %s", mode.name, w.Error)
		case w.Error == "" && err != nil:
			t.Errorf("%s: got error %v, score.py printed its report", mode.name, err)
		}
		if got := out.String(); got != w.Out {
			t.Errorf("%s output differs from score.py:\n%s", mode.name, lineDiff(got, w.Out))
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
