package queries_test

import (
	"context"
	"fmt"
	"log"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/graph/storetest"
	"newsgraph/queries"
)

// Who said what about whom, by any alias, with the sentence and the article.
func ExampleSaid() {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	for _, d := range []*extract.Document{storetest.SeedDocument(), storetest.BoltonDocument()} {
		if _, err := st.WriteDocument(ctx, d, false); err != nil {
			log.Fatal(err)
		}
	}
	res, err := queries.Said(ctx, st, queries.SaidQuery{By: "trump"})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range res.Statements {
		fmt.Printf("%s %s (%s): %s\n", s.Date, s.Speaker.Name, s.Kind, s.Text)
	}
	_, err = queries.Said(ctx, st, queries.SaidQuery{By: "Witkof"})
	fmt.Println(err)
	// Output:
	// 2019-09-12 Donald Trump (direct): I informed John Bolton last night that his services are no longer needed at the White House
	// 2025-08-17 Donald Trump (indirect): he would not be satisfied without a cease-fire in Ukraine
	// 2025-08-17 Donald Trump (direct): BIG PROGRESS ON RUSSIA
	// 2025-08-17 Donald Trump (direct): severe consequences
	// no entity named "Witkof"; did you mean "Steve Witkoff"?
}
