package graph_test

import (
	"context"
	"fmt"
	"log"

	"newsgraph/graph"
	"newsgraph/graph/storetest"
	"newsgraph/schema"
)

// Store an article's facts, find a person by a short name and read what he said, with
// the sentence each statement came from.
func Example() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memstore"}) // "bbolt" with Path: "./data" keeps it on disk
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	doc := storetest.SeedDocument() // what extract.Extractor returns for the seed article
	res, err := s.WriteDocument(ctx, doc, false)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d facts, %d quads\n", res.Facts, res.Added)

	again, _ := s.WriteDocument(ctx, doc, false)
	fmt.Println("second write skipped:", again.Skipped)

	found, err := s.LookupEntity(ctx, "witkoff", "")
	if err != nil {
		log.Fatal(err)
	}
	sts, err := s.Statements(ctx, graph.StatementFilter{Speaker: found[0].IRI, About: schema.EntityIRI(schema.Place, "Donetsk")})
	if err != nil {
		log.Fatal(err)
	}
	for _, st := range sts {
		fmt.Printf("%s %s: %s\n  in %q\n", st.Date, st.Speaker.Name, st.Text, st.Sentence)
	}
	// Output:
	// 37 facts, 343 quads
	// second write skipped: true
	// 2025-08-17 Steve Witkoff: the fate of Donetsk would require further negotiation
	//   in "He acknowledged that the fate of Donetsk would require further negotiation, hinting at a contentious round of talks ahead."
}

// A raw Gizmo query; a malformed one returns an error instead of crashing the process.
func ExampleStore_Gizmo() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.WriteDocument(ctx, storetest.SeedDocument(), false); err != nil {
		log.Fatal(err)
	}
	res, err := s.Gizmo(ctx, `g.V().Has("<http://schema.org/name>", "Marco Rubio").Out(g.IRI("ng:said")).Out(g.IRI("schema:text")).All()`, 2)
	fmt.Println(res, err)
	_, err = s.Gizmo(ctx, `g.V().Out({x:1}).All()`, 0)
	fmt.Println(err)
	// Output:
	// [map[id:both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize] map[id:identifying potential areas of agreement]] <nil>
	// gizmo query: query failed: unsupported type: map[string]interface {}
}
