package export

import (
	"context"
	"fmt"
	"io"
)

// GraphML writes GraphML (graphml.graphdrawing.org) for yEd, Gephi, Cytoscape, networkx
// and igraph. Every attribute has a typed <key> declaration; dates are ISO 8601 strings
// (GraphML has no date type); node ids are the node IDs made into NMTOKENs as the
// GraphML schema requires ("person/donald-trump" -> "person:donald-trump"). The evidence
// count is the edge's "weight", the name Gephi and yEd read as edge weight.
type GraphML struct{}

// graphmlKeys are the key declarations: id, for, name, type. They are fixed by Node and
// Edge, so they are written before the first node.
var graphmlKeys = [][4]string{
	{"n_label", "node", "label", "string"},
	{"n_type", "node", "entityType", "string"},
	{"n_aliases", "node", "aliases", "string"},
	{"n_mentions", "node", "mentions", "int"},
	{"n_articles", "node", "articles", "int"},
	{"n_first", "node", "firstSeen", "string"},
	{"n_last", "node", "lastSeen", "string"},
	{"n_key", "node", "key", "string"},
	{"e_predicate", "edge", "predicate", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_weight", "edge", "weight", "int"},
	{"e_first", "edge", "firstDate", "string"},
	{"e_last", "edge", "lastDate", "string"},
	{"e_sentence", "edge", "sentence", "string"},
	{"e_article", "edge", "article", "string"},
}

// Write writes g as GraphML.
func (GraphML) Write(ctx context.Context, w io.Writer, g Graph) error {
	o := newOut(ctx, w)
	o.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, k := range graphmlKeys {
		o.WriteString(`  <key id="` + k[0] + `" for="` + k[1] + `" attr.name="` + k[2] + `" attr.type="` + k[3] + `"/>` + "\n")
	}
	o.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	err := g.Nodes(ctx, func(n Node) error {
		o.WriteString(`    <node id="`)
		o.nmtoken(n.ID)
		o.WriteString(`">`)
		o.data("n_label", n.Label)
		o.data("n_type", n.Type)
		o.data("n_aliases", joinAliases(n.Aliases))
		o.dataInt("n_mentions", n.Mentions)
		o.dataInt("n_articles", n.Articles)
		o.data("n_first", n.FirstSeen)
		o.data("n_last", n.LastSeen)
		o.data("n_key", n.ID)
		o.WriteString("</node>\n")
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("graphml nodes: %w", err)
	}
	i := 0
	err = g.Edges(ctx, func(e Edge) error {
		o.WriteString(`    <edge id="e`)
		o.int(i)
		i++
		o.WriteString(`" source="`)
		o.nmtoken(e.Source)
		o.WriteString(`" target="`)
		o.nmtoken(e.Target)
		o.WriteString(`">`)
		o.data("e_predicate", e.Predicate)
		o.data("e_label", e.Label)
		o.dataInt("e_weight", e.Weight)
		o.data("e_first", e.FirstDate)
		o.data("e_last", e.LastDate)
		o.data("e_sentence", e.Sentence)
		o.data("e_article", e.Article)
		o.WriteString("</edge>\n")
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("graphml edges: %w", err)
	}
	o.WriteString("  </graph>\n</graphml>\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	return nil
}

// data writes a GraphML <data> element, or nothing for an empty value.
func (o *out) data(key, v string) {
	if v == "" {
		return
	}
	o.WriteString(`<data key="` + key + `">`)
	o.xml(v)
	o.WriteString(`</data>`)
}

func (o *out) dataInt(key string, v int) {
	o.WriteString(`<data key="` + key + `">`)
	o.int(v)
	o.WriteString(`</data>`)
}
