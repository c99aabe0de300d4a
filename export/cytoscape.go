package export

import (
	"context"
	"fmt"
	"io"
)

// Cytoscape writes Cytoscape.js JSON ({"elements": {"nodes": [...], "edges": [...]}},
// each element a {"data": {...}}), which cytoscape.js loads as it is and the Cytoscape
// desktop app imports as .cyjs. The entity type is the data key "entityType": renderers
// (graphology, sigma) reserve "type".
type Cytoscape struct{}

// Write writes g as Cytoscape.js JSON.
func (Cytoscape) Write(ctx context.Context, w io.Writer, g Graph) error {
	o := newOut(ctx, w)
	o.WriteString(`{"data":{"name":"newsgraph"},"elements":{"nodes":[`)
	first := true
	err := g.Nodes(ctx, func(n Node) error {
		if !first {
			o.WriteByte(',')
		}
		first = false
		o.WriteString("\n{\"data\":{\"id\":")
		o.json(n.ID)
		o.WriteString(`,"label":`)
		o.json(n.Label)
		o.WriteString(`,"entityType":`)
		o.json(n.Type)
		o.jsonNodeFacts(n)
		o.WriteString(`,"color":"` + styleOf(n.Type).Hex + `"}}`)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("cytoscape nodes: %w", err)
	}
	o.WriteString("\n],\"edges\":[")
	first = true
	i := 0
	err = g.Edges(ctx, func(e Edge) error {
		if !first {
			o.WriteByte(',')
		}
		first = false
		o.WriteString("\n{\"data\":{\"id\":\"e")
		o.int(i)
		i++
		o.WriteString(`","source":`)
		o.json(e.Source)
		o.WriteString(`,"target":`)
		o.json(e.Target)
		o.WriteString(`,"predicate":`)
		o.json(e.Predicate)
		o.jsonField("label", e.Label)
		o.WriteString(`,"weight":`)
		o.int(e.Weight)
		o.jsonEdgeEvidence(e)
		o.WriteString(`}}`)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("cytoscape edges: %w", err)
	}
	o.WriteString("\n]}}\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("cytoscape: %w", err)
	}
	return nil
}

// jsonNodeFacts writes the fields an entity node carries after its type, in the JSON
// formats (Cytoscape.js, JGF): aliases, mentions, articles, first and last seen.
func (o *out) jsonNodeFacts(n Node) {
	o.WriteString(`,"aliases":`)
	o.jsonStrings(n.Aliases)
	o.WriteString(`,"mentions":`)
	o.int(n.Mentions)
	o.WriteString(`,"articles":`)
	o.int(n.Articles)
	o.jsonField("firstSeen", n.FirstSeen)
	o.jsonField("lastSeen", n.LastSeen)
}

// jsonEdgeEvidence writes the fields an edge carries after its weight, in the JSON
// formats: first and last date, the example sentence and its article.
func (o *out) jsonEdgeEvidence(e Edge) {
	o.jsonField("firstDate", e.FirstDate)
	o.jsonField("lastDate", e.LastDate)
	o.jsonField("sentence", e.Sentence)
	o.jsonField("article", e.Article)
}

// jsonField writes ,"name":"v", or nothing for an empty value.
func (o *out) jsonField(name, v string) {
	if v == "" {
		return
	}
	o.WriteString(`,"` + name + `":`)
	o.json(v)
}
