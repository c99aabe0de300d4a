package scoring

import (
	"flag"
	"math/rand/v2"
	"testing"
)

var rounds = flag.Int("rounds", 24, "random extractions per gold file compared with score.py")

// TestEquivalence scores synthetic extractions of the evaluation set's gold files with the
// Go scorer and with score.py and compares every count, every log line and the printed
// report (table, -v, --json).
func TestEquivalence(t *testing.T) {
	python(t)
	golds := loadSynthGolds(t, evalGold)
	build := func(f func(*synthGold) map[string]any) map[string]any {
		docs := map[string]any{}
		for name, g := range golds {
			docs[name] = f(g)
		}
		return docs
	}
	cases := []struct {
		name string
		docs map[string]any
	}{
		{"gold as extraction", build(goldAsExtraction)},
		{"partial", build(partialExtraction)},
		{"duplicates and wrong speakers", build(noisyExtraction)},
		{"empty", build(func(*synthGold) map[string]any { return map[string]any{} })},
		{"failed runs", map[string]any{ // the other gold files have no output at all
			"alaska-summit":           "{not json",
			"wn-cairo-summit":         []byte("{\"entities\": []} trailing"),
			"wn-trump-ousts-bolton":   []byte{'{', 0xff, '}'},
			"wn-navalny-novichok":     build(goldAsExtraction)["wn-navalny-novichok"],
			"wn-g7-amazon-fires":      "\ufeff{}",
			"wn-afcfta-benin-nigeria": "",
		}},
	}
	jobs := make([]pyJob, len(cases))
	for i, c := range cases {
		jobs[i] = pyJob{Gold: evalGold, Extracted: writeExtractions(t, c.docs)}
	}
	want := pyBatch(t, jobs)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) { compareJob(t, jobs[i], want[i]) })
	}
}

// TestEquivalenceRandom compares the Go scorer with score.py on randomly mutated
// extractions (fixed seeds; -rounds sets how many per gold file).
func TestEquivalenceRandom(t *testing.T) {
	python(t)
	golds := loadSynthGolds(t, evalGold)
	jobs := make([]pyJob, *rounds)
	for round := range jobs {
		m := mutator{r: rand.New(rand.NewPCG(uint64(round), 2026))}
		docs := map[string]any{}
		for _, name := range sortedKeys(golds) {
			docs[name] = randomExtraction(golds[name], m)
		}
		jobs[round] = pyJob{Gold: evalGold, Extracted: writeExtractions(t, docs), NoReports: round%8 != 0}
	}
	want := pyBatch(t, jobs)
	for round, job := range jobs {
		compareJob(t, job, want[round])
		if t.Failed() {
			t.Fatalf("round %d differs (extractions in %s)", round, job.Extracted)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}
