package scoring

import (
	"path/filepath"
	"testing"
)

// BenchmarkScore scores the perfect and the noisy extraction of every gold file of the
// evaluation set (seven articles) once per iteration.
func BenchmarkScore(b *testing.B) {
	golds := loadSynthGolds(b, evalGold)
	type pair struct {
		g *Gold
		x []*Extraction
	}
	var pairs []pair
	for _, name := range sortedKeys(golds) {
		g, err := ReadGold(filepath.Join(evalGold, name+".json"))
		if err != nil {
			b.Fatal(err)
		}
		p := pair{g: g}
		for _, doc := range []map[string]any{goldAsExtraction(golds[name]), noisyExtraction(golds[name])} {
			x, err := ParseExtraction(mustJSON(doc))
			if err != nil {
				b.Fatal(err)
			}
			p.x = append(p.x, x)
		}
		pairs = append(pairs, p)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pairs {
			for _, x := range p.x {
				if _, err := Score(p.g, x); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
