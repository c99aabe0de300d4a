package scoring

import (
	"bytes"
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/scoring from score.py's output (needs python3)")

const goldenDir = "../testdata/scoring"

// TestReportGolden checks the Go report against score.py's output saved in
// testdata/scoring, so that it is checked where python3 is missing too. The saved
// extractions (testdata/scoring/NAME/*.json) are synthetic outputs for the gold files of
// testdata/eval; -update writes them again and runs score.py for the golden files.
func TestReportGolden(t *testing.T) {
	golds := loadSynthGolds(t, evalGold)
	sets := map[string]func(name string, g *synthGold) map[string]any{
		"noisy": func(_ string, g *synthGold) map[string]any { return noisyExtraction(g) },
		"random": func() func(string, *synthGold) map[string]any {
			m := mutator{r: rand.New(rand.NewPCG(7, 2026))}
			return func(_ string, g *synthGold) map[string]any { return randomExtraction(g, m) }
		}(),
	}
	for _, set := range []string{"noisy", "random"} {
		dir := filepath.Join(goldenDir, set)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, name := range sortedKeys(golds) {
				data := append(mustJSON(sets[set](name, golds[name])), '\n')
				if err := os.WriteFile(filepath.Join(dir, name+".json"), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		files, err := GoldFiles(evalGold, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range reportModes {
			golden := filepath.Join(goldenDir, set+"."+mode.name+".golden")
			if *update {
				want := pyBatch(t, []pyJob{{Gold: evalGold, Extracted: dir}})[0].Reports[mode.name]
				if want.Error != "" {
					t.Fatalf("score.py %s: %s", mode.name, want.Error)
				}
				if err := os.WriteFile(golden, []byte(want.Out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var out, errs bytes.Buffer
			r := Report{Out: &out, Err: &errs, Verbose: mode.verbose, JSON: mode.json}
			if _, err := r.Run(context.Background(), files, Dir(dir)); err != nil {
				t.Fatal(err)
			}
			if out.String() != string(want) {
				t.Errorf("%s: output differs from score.py's (%s):\n%s", set, golden, lineDiff(out.String(), string(want)))
			}
		}
	}
}
