// Package scoring measures the extractor against hand-made gold annotations. It is a port of
// the reference scorer testdata/eval/score.py (Python) that gives the same numbers, the same
// per-article lines and the same lists of misses and extras: the scoring rules are described
// in testdata/eval/README.md, and this package follows score.py statement by statement.
//
// Gold files and extractions are read as loosely as score.py reads them: a JSON value is held
// as Python's json module would hold it, and the few Python operations score.py applies to
// it (str, repr, truthiness, iteration, len, slicing, ==) behave as in Python, so that odd
// inputs (a number as an id, aliases given as one string, an entity object used as a
// reference) score alike. Where score.py would stop with an exception, Score returns a
// *ScoreError instead.
//
// Typical use (what `graph eval` does):
//
//	files, err := scoring.GoldFiles("testdata/eval/gold", "")
//	sum, err := scoring.Evaluate(ctx, files, scoring.Dir("out"), func(a *scoring.ArticleScore) error {
//		return a.WriteText(os.Stdout, false) // "alaska-summit: entities 0.95, roles 1.00, ..."
//	})
//	sum.WriteTable(os.Stdout) // or sum.WriteJSON: the keys of score.py --json
//
// A Source gives the extraction of each gold file's article: Dir reads saved outputs
// (score.py --extracted); the command runs the extractor in process instead. The package
// does no extraction itself and imports nothing of the project's.
package scoring
