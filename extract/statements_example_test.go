package extract_test

import (
	"context"
	"fmt"
	"log"

	"newsgraph/extract"
)

// The statement stage runs inside the default pipeline: every statement has its speaker
// (an entity id, or empty when the article names nobody), its kind, the lemma of its
// speech verb, the medium when stated and the words of the article it came from.
func ExampleStatements() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Article{Text: "Steve Witkoff, Trump\u2019s envoy and a longtime real estate ally, told CNN that Putin had offered concessions during the discussions. \u201cWe are close,\u201d he said."})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range doc.Statements {
		fmt.Printf("%s | %s | %s | %s | %s\n", doc.Entity(s.Speaker).Name, s.Kind, s.Cue, s.Medium, s.Text)
	}
	// Output:
	// Steve Witkoff | indirect | tell | CNN | Putin had offered concessions during the discussions
	// Steve Witkoff | direct | say |  | We are close
}
