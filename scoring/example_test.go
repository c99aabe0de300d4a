package scoring_test

import (
	"fmt"
	"os"

	"newsgraph/scoring"
)

func ExampleNormalize() {
	fmt.Println(scoring.Normalize("The New York Times"))
	fmt.Println(scoring.Normalize("Trump’s envoy"))
	fmt.Println(scoring.Normalize("Zelénskyy"))
	// Output:
	// new york times
	// trump envoy
	// zelenskyy
}

func ExampleScore() {
	gold, err := scoring.ParseGold("seed", "/data/eval", []byte(`{
		"article": "articles/seed.txt",
		"entities": [
			{"type": "Person", "name": "Marco Rubio", "aliases": ["Rubio"]},
			{"type": "Country", "name": "Russia", "aliases": []}],
		"roles": [{"person": "Marco Rubio", "title": "Secretary of State", "of": null}],
		"statements": [{"speaker": "Marco Rubio", "text": "major disagreements remained unresolved"}]}`))
	if err != nil {
		panic(err)
	}
	x, err := scoring.ParseExtraction([]byte(`{
		"entities": [
			{"id": "p1", "type": "Person", "name": "Marco Rubio", "aliases": ["Rubio"]},
			{"id": "p2", "type": "Person", "name": "Rubio"}],
		"roles": [{"person": "p1", "title": "Secretary of State", "of": null}],
		"statements": [{"speaker": "p2", "text": "major disagreements remained unresolved, he said"}]}`))
	if err != nil {
		panic(err)
	}
	a, err := scoring.Score(gold, x)
	if err != nil {
		panic(err)
	}
	fmt.Println(gold.Article)
	_ = a.WriteText(os.Stdout, true)
	fmt.Printf("%+v\n", a.Counts[scoring.Entities])
	// Output:
	// /data/eval/articles/seed.txt
	// seed: entities 0.50, roles 1.00, statements 1.00, events 1.00, relations 1.00
	//   entity duplicate: Person 'Rubio'
	//   entity missed: Country 'Russia'
	// {TP:1 Pred:2 Gold:2 TPR:1 Dup:1 OfOK:0 OfTotal:0 Found:0 PlaceOK:0 PlaceTotal:0}
}
