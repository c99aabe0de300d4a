package export

import (
	"context"
	"io"
	"sort"
	"strings"
)

// Writer writes a graph in one format to one stream. Writers stream: they hold one node or
// one edge at a time, whatever the size of the graph.
type Writer interface {
	Write(ctx context.Context, w io.Writer, g Graph) error
}

// Format is one output format of the registry.
type Format struct {
	// Name is what users type: --format NAME.
	Name string
	// Ext is the usual file extension, with its dot.
	Ext string
	// Description is one line for help texts: the tools that read the format.
	Description string
	// New returns a writer with the format's default settings.
	New func() Writer
}

// formats is the registry: every format, built in this one place.
var formats = []Format{
	{Name: "graphml", Ext: ".graphml", Description: "GraphML with typed keys (yEd, Gephi, Cytoscape, networkx, igraph)",
		New: func() Writer { return &GraphML{} }},
	{Name: "gexf", Ext: ".gexf", Description: "GEXF 1.3, dynamic (spells from article dates) with colours by type (Gephi)",
		New: func() Writer { return &GEXF{Version: GEXF13, Dynamic: true, Colors: true} }},
	{Name: "gexf12", Ext: ".gexf", Description: "GEXF 1.2draft, dynamic with colours by type (older Gephi, networkx 2.x)",
		New: func() Writer { return &GEXF{Version: GEXF12, Dynamic: true, Colors: true} }},
	{Name: "dot", Ext: ".dot", Description: "Graphviz DOT, one colour and shape per type (dot, neato, sfdp, xdot)",
		New: func() Writer { return &DOT{} }},
	{Name: "cytoscape", Ext: ".cyjs", Description: "Cytoscape.js JSON: elements with data (Cytoscape, cytoscape.js)",
		New: func() Writer { return &Cytoscape{} }},
	{Name: "jgf", Ext: ".json", Description: "JSON Graph Format v2 (jsongraphformat.info)",
		New: func() Writer { return &JGF{} }},
	{Name: "nquads", Ext: ".nq", Description: "N-Quads (RDF stores, rapper, rdflib); --raw for the stored quads",
		New: func() Writer { return &NQuads{} }},
	{Name: "jsonld", Ext: ".jsonld", Description: "JSON-LD with an inline @context (rdflib, jsonld.js); --raw for the stored quads",
		New: func() Writer { return &JSONLD{} }},
	{Name: "neo4j", Ext: ".csv", Description: "neo4j-admin import CSV: nodes.csv and edges.csv (needs -o DIR or -o PREFIX)",
		New: func() Writer { return &Neo4jCSV{} }},
	{Name: "svg", Ext: ".svg", Description: "a picture drawn by Graphviz dot (needs Debian package graphviz)",
		New: func() Writer { return &Render{Format: "svg"} }},
	{Name: "png", Ext: ".png", Description: "a picture drawn by Graphviz dot (needs Debian package graphviz)",
		New: func() Writer { return &Render{Format: "png"} }},
}

// Formats lists the formats by name.
func Formats() []Format {
	out := append([]Format(nil), formats...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Names lists the format names, sorted.
func Names() []string {
	var out []string
	for _, f := range Formats() {
		out = append(out, f.Name)
	}
	return out
}

// Lookup returns the format named name (case-insensitive).
func Lookup(name string) (Format, bool) {
	for _, f := range formats {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Format{}, false
}
