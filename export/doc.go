// Package export writes the entity graph for the tools people look at graphs with:
// Gephi, Cytoscape, yEd, Graphviz, Neo4j, RDF stores and notebooks (networkx, igraph).
//
// The graph is the projection of the store that package queries computes: nodes are
// entities (Node: id, name, type, aliases, mention count, first and last seen dates),
// edges are aggregated facts (Edge: predicate, label, weight = evidence count, first and
// last date, one example sentence and its article). This package knows nothing of the
// store: it reads any Graph, node by node and edge by edge, and every writer streams, so
// memory stays bounded whatever the number of edges.
//
//	f, ok := export.Lookup("graphml")
//	if !ok { ... }
//	err := f.New().Write(ctx, os.Stdout, g) // g is any export.Graph
//
// The registry (Formats, Lookup) holds one Writer per format:
//
//	graphml    GraphML with typed <key> declarations           yEd, Gephi, Cytoscape, networkx, igraph
//	gexf       GEXF 1.3, dynamic (spells) and viz colours        Gephi
//	gexf12     GEXF 1.2draft, the same                           older Gephi, networkx 2.x
//	dot        Graphviz DOT, colour and shape per type          dot, neato, sfdp, xdot
//	cytoscape  Cytoscape.js JSON (elements / data)               Cytoscape, cytoscape.js
//	jgf        JSON Graph Format v2                              JGF tools
//	nquads     N-Quads                                           RDF stores, rapper, rdflib
//	jsonld     JSON-LD with an inline @context                   rdflib, jsonld.js
//	neo4j      nodes.csv + edges.csv for neo4j-admin import      Neo4j
//	png, svg   a picture drawn by Graphviz (when installed)
//
// Optional capabilities are small interfaces checked by type assertion: QuadWriter (the
// RDF writers can write the stored quads as they are, for --raw), FileSetWriter (neo4j
// writes two files), DynamicWriter and ColorWriter (GEXF spells and colours).
//
// Every format is read back in the tests by a third-party reader (networkx, igraph,
// xmllint with the GraphML and GEXF schemas, Graphviz, rapper, rdflib, cytoscape.js, ajv
// with the JSON Graph Format schema, graphology-gexf); .ci/readers installs them.
package export
