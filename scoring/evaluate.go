package scoring

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Source gives the extractor's output for the article of one gold file. An error is a
// failed run: the article is scored as an empty extraction and counted in
// Summary.FailedRuns, as score.py does.
type Source interface {
	Extraction(ctx context.Context, g *Gold) (*Extraction, error)
}

// Dir is a Source of saved outputs: DIR/NAME.json for the gold file NAME.json
// (score.py --extracted DIR).
type Dir string

// Extraction reads and parses the saved output for g.
func (d Dir) Extraction(ctx context.Context, g *Gold) (*Extraction, error) {
	path := filepath.Join(string(d), g.Name+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	x, err := ParseExtraction(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return x, nil
}

// Evaluate scores the article of every gold file in goldPaths (see GoldFiles) with the
// output src gives for it, in order, calls each (when not nil) with every article's score
// as soon as it is known, and returns the summary. A gold file that cannot be read, or an
// input score.py would stop on (*ScoreError), ends the evaluation with an error.
func Evaluate(ctx context.Context, goldPaths []string, src Source, each func(*ArticleScore) error) (*Summary, error) {
	scores := make([]*ArticleScore, 0, len(goldPaths))
	for _, path := range goldPaths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		g, err := ReadGold(path)
		if err != nil {
			return nil, err
		}
		x, runErr := src.Extraction(ctx, g)
		if runErr != nil {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			x = nil
		}
		a, err := Score(g, x)
		if err != nil {
			return nil, err
		}
		a.Err = runErr
		if each != nil {
			if err := each(a); err != nil {
				return nil, err
			}
		}
		scores = append(scores, a)
	}
	return Summarize(scores), nil
}

// PRF is a precision, recall and F1.
type PRF struct {
	Precision, Recall, F1 float64
}

// Summary is the evaluation over all articles, as score.py reports it.
type Summary struct {
	// Totals are the counts of each part summed over the articles.
	Totals [NumParts]Counts
	// Scores are each part's precision, recall and F1 from the totals, rounded to three
	// decimals.
	Scores [NumParts]PRF
	// Duplicates counts extracted entities that repeat a matched gold entity.
	Duplicates int
	// Found counts gold statements whose text was found, whoever the speaker.
	Found int
	// OfAccuracy is the share of matched roles with a gold "of" whose "of" is right;
	// PlaceAccuracy the share of matched events with a gold place whose place is right
	// (0 when there are none). Rounded to three decimals.
	OfAccuracy, PlaceAccuracy float64
	// Mean is the mean of the five rounded F1s; MeanF1 is Mean rounded to three decimals.
	Mean, MeanF1 float64
	// Articles is the number of gold files scored, FailedRuns those whose extraction
	// failed.
	Articles, FailedRuns int
}

// Summarize sums the articles' counts and computes the summary.
func Summarize(articles []*ArticleScore) *Summary {
	s := &Summary{Articles: len(articles)}
	for _, a := range articles {
		for p := range s.Totals {
			s.Totals[p].Add(a.Counts[p])
		}
		if a.Err != nil {
			s.FailedRuns++
		}
	}
	for p, t := range s.Totals {
		pr, rc, f := t.PRF()
		s.Scores[p] = PRF{Precision: round3(pr), Recall: round3(rc), F1: round3(f)}
	}
	s.Found = s.Totals[Statements].Found
	s.Duplicates = s.Totals[Entities].Dup
	s.OfAccuracy = round3(float64(s.Totals[Roles].OfOK) / float64(max(1, s.Totals[Roles].OfTotal)))
	s.PlaceAccuracy = round3(float64(s.Totals[Events].PlaceOK) / float64(max(1, s.Totals[Events].PlaceTotal)))
	sum := 0.0
	for _, sc := range s.Scores {
		sum += sc.F1
	}
	s.Mean = sum / NumParts
	s.MeanF1 = round3(s.Mean)
	return s
}

// round3 is Python's round(x, 3): x correctly rounded to three decimals, ties to even.
func round3(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return r
}

// WriteText writes the article's line, and with verbose its misses and extras (then an
// empty line when there are none), as score.py prints them.
func (a *ArticleScore) WriteText(w io.Writer, verbose bool) error {
	text := a.Line() + "\n"
	if verbose {
		text += strings.Join(a.Log, "\n") + "\n"
	}
	_, err := io.WriteString(w, text)
	return err
}

// WriteTable writes score.py's closing table: an empty line, precision, recall and F1 of
// each part, the accuracies, duplicates and failed runs, and the mean F1.
func (s *Summary) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-11s %9s %7s %6s\n", "part", "precision", "recall", "F1")
	for p, sc := range s.Scores {
		fmt.Fprintf(&b, "%-11s %9.3f %7.3f %6.3f\n", Part(p), sc.Precision, sc.Recall, sc.F1)
	}
	fmt.Fprintf(&b, "role 'of' accuracy %.3f; event place accuracy %.3f; entity duplicates %d; failed runs %d\n",
		s.OfAccuracy, s.PlaceAccuracy, s.Duplicates, s.FailedRuns)
	fmt.Fprintf(&b, "mean F1 %.3f over %d articles\n", s.Mean, s.Articles)
	_, err := io.WriteString(w, b.String())
	return err
}

// pyFloat is a float written in JSON as Python writes it (1.0, not 1).
type pyFloat float64

func (f pyFloat) MarshalJSON() ([]byte, error) { return []byte(floatRepr(float64(f))), nil }

type jsonPRF struct {
	Precision pyFloat `json:"precision"`
	Recall    pyFloat `json:"recall"`
	F1        pyFloat `json:"f1"`
}

func toJSONPRF(s PRF) jsonPRF {
	return jsonPRF{Precision: pyFloat(s.Precision), Recall: pyFloat(s.Recall), F1: pyFloat(s.F1)}
}

// MarshalJSON writes the keys of `score.py --json`, in its order.
func (s *Summary) MarshalJSON() ([]byte, error) {
	type entities struct {
		jsonPRF
		Duplicates int `json:"duplicates"`
	}
	type roles struct {
		jsonPRF
		OfAccuracy pyFloat `json:"of_accuracy"`
	}
	type statements struct {
		jsonPRF
		Found int `json:"found"`
	}
	type events struct {
		jsonPRF
		PlaceAccuracy pyFloat `json:"place_accuracy"`
	}
	return json.Marshal(struct {
		Entities   entities   `json:"entities"`
		Roles      roles      `json:"roles"`
		Statements statements `json:"statements"`
		Events     events     `json:"events"`
		Relations  jsonPRF    `json:"relations"`
		MeanF1     pyFloat    `json:"mean_f1"`
		Articles   int        `json:"articles"`
		FailedRuns int        `json:"failed_runs"`
	}{
		Entities:   entities{toJSONPRF(s.Scores[Entities]), s.Duplicates},
		Roles:      roles{toJSONPRF(s.Scores[Roles]), pyFloat(s.OfAccuracy)},
		Statements: statements{toJSONPRF(s.Scores[Statements]), s.Found},
		Events:     events{toJSONPRF(s.Scores[Events]), pyFloat(s.PlaceAccuracy)},
		Relations:  toJSONPRF(s.Scores[Relations]),
		MeanF1:     pyFloat(s.MeanF1),
		Articles:   s.Articles,
		FailedRuns: s.FailedRuns,
	})
}

// WriteJSON writes the summary exactly as `score.py --json` prints it (two-space indent).
func (s *Summary) WriteJSON(w io.Writer) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// Report runs an evaluation and prints what score.py prints: each article's line (and its
// misses and extras when Verbose) then the table, or with JSON only the summary as JSON;
// failed runs are named on Err ("NAME: error").
type Report struct {
	Out, Err io.Writer
	Verbose  bool
	JSON     bool
}

// Run evaluates the gold files with src (see Evaluate) and prints the report.
func (r Report) Run(ctx context.Context, goldPaths []string, src Source) (*Summary, error) {
	sum, err := Evaluate(ctx, goldPaths, src, func(a *ArticleScore) error {
		if a.Err != nil {
			if _, err := fmt.Fprintf(r.Err, "%s: %v\n", a.Name, a.Err); err != nil {
				return err
			}
		}
		if r.JSON {
			return nil
		}
		return a.WriteText(r.Out, r.Verbose)
	})
	if err != nil {
		return nil, err
	}
	if r.JSON {
		return sum, sum.WriteJSON(r.Out)
	}
	return sum, sum.WriteTable(r.Out)
}
