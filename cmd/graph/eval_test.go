package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/scoring"
)

// The evaluation set copied into testdata (CC BY 2.5 Wikinews articles, the seed article,
// the gold files and score.py).
const (
	evalGoldDir = "../../testdata/eval/gold"
	evalScorePy = "../../testdata/eval/score.py"
)

// evalCLI runs the graph command line in process and returns its output and exit code.
func evalCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errs bytes.Buffer
	a := &app{cfg: newConfigState(), stdout: &out, stderr: &errs}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errs)
	err := root.ExecuteContext(context.Background())
	if err != nil {
		errs.WriteString("graph: " + err.Error() + "\n")
	}
	return out.String(), errs.String(), exitCode(err)
}

// evalPython returns python3, or skips (fails under CI=true).
func evalPython(t *testing.T) string {
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

// TestEvalMatchesScorePy checks that `graph eval --gold` prints what score.py prints for the
// same extractor: score.py --bin runs `graph extract --format json ARTICLE` and reads its
// first line; here those outputs are saved with the extract command and given to score.py
// --extracted, and graph eval runs the extractor in process.
func TestEvalMatchesScorePy(t *testing.T) {
	py := evalPython(t)
	files, err := scoring.GoldFiles(evalGoldDir, "")
	if err != nil || len(files) == 0 {
		t.Fatalf("gold files: %v (%d)", err, len(files))
	}
	saved := t.TempDir()
	for _, f := range files {
		g, err := scoring.ReadGold(f)
		if err != nil {
			t.Fatal(err)
		}
		out, stderr, code := evalCLI(t, "extract", "--format", "json", g.Article)
		if code != 0 {
			t.Fatalf("extract %s: exit %d: %s", g.Article, code, stderr)
		}
		line, _ := bufio.NewReader(strings.NewReader(out)).ReadString('\n')
		if err := os.WriteFile(filepath.Join(saved, g.Name+".json"), []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, mode := range []struct {
		name    string
		goArgs  []string
		pyArgs  []string
		extract bool
	}{
		{"verbose", []string{"-v"}, []string{"-v"}, true},
		{"json", []string{"--format", "json"}, []string{"--json"}, true},
		{"only, verbose", []string{"--only", "alaska-summit", "-v"}, []string{"--only", "alaska-summit", "-v"}, true},
		{"saved outputs", []string{"--extracted", saved}, nil, false},
	} {
		t.Run(mode.name, func(t *testing.T) {
			cmd := exec.Command(py, append([]string{evalScorePy, "--gold", evalGoldDir, "--extracted", saved}, mode.pyArgs...)...)
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			got, stderr, code := evalCLI(t, append([]string{"eval", "--gold", evalGoldDir}, mode.goArgs...)...)
			if code != 0 {
				t.Fatalf("eval: exit %d: %s", code, stderr)
			}
			if got != string(want) {
				t.Errorf("graph eval differs from score.py\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestEvalUsage(t *testing.T) {
	emptyDir := t.TempDir()
	file := filepath.Join(emptyDir, "x.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no gold folder", []string{"eval"}, exitUsage, "--gold DIR"},
		{"missing gold folder", []string{"eval", "--gold", "no/such/dir"}, exitUsage, `gold folder "no/such/dir": no such file or directory`},
		{"gold is a file", []string{"eval", "--gold", file}, exitUsage, "not a folder"},
		{"no gold files", []string{"eval", "--gold", emptyDir}, exitUsage, "no gold files"},
		{"unknown format", []string{"eval", "--gold", evalGoldDir, "--format", "xml"}, exitUsage, `unknown format "xml"`},
		{"missing extracted folder", []string{"eval", "--gold", evalGoldDir, "--extracted", "no/such/out"}, exitUsage, "extracted folder"},
		{"arguments", []string{"eval", "--gold", evalGoldDir, "article.txt"}, exitUsage, "unknown command"},
		{"unknown gold name", []string{"eval", "--gold", evalGoldDir, "--only", "alaska"}, exitNotFound, `did you mean "alaska-summit"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, code := evalCLI(t, c.args...)
			if code != c.code {
				t.Errorf("got exit %d, want %d (%s)", code, c.code, stderr)
			}
			if !strings.Contains(stderr, c.msg) {
				t.Errorf("got message %q, want it to contain %q", stderr, c.msg)
			}
		})
	}
}

// TestEvalFailedRun: an article that cannot be read is a failed run scored as empty, named
// on stderr; the command still exits 0.
func TestEvalFailedRun(t *testing.T) {
	root := t.TempDir()
	gold := filepath.Join(root, "gold")
	if err := os.Mkdir(gold, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := `{"article": "articles/missing.txt", "entities": [{"type": "Country", "name": "Benin", "aliases": []}]}`
	if err := os.WriteFile(filepath.Join(gold, "lost.json"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := evalCLI(t, "eval", "--gold", gold)
	if code != exitOK {
		t.Errorf("got exit %d, want 0 (%s)", code, stderr)
	}
	if want := "lost: " + filepath.Join(root, "articles/missing.txt"); !strings.HasPrefix(stderr, want) {
		t.Errorf("got stderr %q, want it to start with %q", stderr, want)
	}
	for _, want := range []string{
		"lost: entities 0.00, roles 1.00, statements 1.00, events 1.00, relations 1.00\n",
		"entities        0.000   0.000  0.000\n",
		"failed runs 1\n",
		"mean F1 0.800 over 1 articles\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("got output\n%s\nwant it to contain %q", out, want)
		}
	}
}
