package export_test

import (
	"context"
	"fmt"
	"os"

	"newsgraph/export"
)

// Write a small graph as DOT, choosing the format by name as the CLI does.
func ExampleLookup() {
	g := &export.Static{
		NodeList: []export.Node{
			{ID: "person/marco-rubio", Label: "Marco Rubio", Type: "Person", Mentions: 3, Articles: 1},
			{ID: "country/ukraine", Label: "Ukraine", Type: "Country", Mentions: 6, Articles: 1},
		},
		EdgeList: []export.Edge{
			{Source: "person/marco-rubio", Target: "country/ukraine", Predicate: "saidAbout", Weight: 1,
				Sentence: "He said both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize."},
		},
	}
	f, ok := export.Lookup("dot")
	if !ok {
		fmt.Println("no such format")
		return
	}
	if err := f.New().Write(context.Background(), os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph "newsgraph" {
	//   graph [overlap="false", splines="true", fontname="Helvetica"];
	//   node [style="filled", fontname="Helvetica", fontsize="10"];
	//   edge [fontname="Helvetica", fontsize="8", color="#00000080"];
	//   "person/marco-rubio" [label="Marco Rubio", entityType="Person", shape="ellipse", fillcolor="#4e79a7", mentions="3", articles="1"];
	//   "country/ukraine" [label="Ukraine", entityType="Country", shape="hexagon", fillcolor="#59a14f", mentions="6", articles="1"];
	//   "person/marco-rubio" -> "country/ukraine" [predicate="saidAbout", label="said about", evidence="1", penwidth="1.00", sentence="He said both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize."];
	// }
}

// List the formats for a help text.
func ExampleFormats() {
	for _, f := range export.Formats() {
		fmt.Printf("%-10s %s\n", f.Name, f.Ext)
	}
	// Output:
	// cytoscape  .cyjs
	// dot        .dot
	// gexf       .gexf
	// gexf12     .gexf
	// graphml    .graphml
	// jgf        .json
	// jsonld     .jsonld
	// neo4j      .csv
	// nquads     .nq
	// png        .png
	// svg        .svg
}
