package export

import (
	"context"
	"fmt"
	"io"
)

// JGF writes the JSON Graph Format, version 2 (jsongraphformat.info): one directed graph
// whose nodes are an object keyed by node id, each with a label and metadata, and whose
// edges carry the predicate as "relation" and everything else in metadata.
type JGF struct{}

// Write writes g as JSON Graph Format v2.
func (JGF) Write(ctx context.Context, w io.Writer, g Graph) error {
	o := newOut(ctx, w)
	o.WriteString(`{"graph":{"id":"newsgraph","type":"newsgraph","label":"Entities named in news articles","directed":true,` +
		`"metadata":{"weight":"evidence count: the number of facts that support an edge"},"nodes":{`)
	first := true
	err := g.Nodes(ctx, func(n Node) error {
		if !first {
			o.WriteByte(',')
		}
		first = false
		o.WriteString("\n")
		o.json(n.ID)
		o.WriteString(`:{"label":`)
		o.json(n.Label)
		o.WriteString(`,"metadata":{"entityType":`)
		o.json(n.Type)
		o.jsonNodeFacts(n)
		o.WriteString(`}}`)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("jgf nodes: %w", err)
	}
	o.WriteString("\n},\"edges\":[")
	first = true
	i := 0
	err = g.Edges(ctx, func(e Edge) error {
		if !first {
			o.WriteByte(',')
		}
		first = false
		o.WriteString("\n{\"id\":\"e")
		o.int(i)
		i++
		o.WriteString(`","source":`)
		o.json(e.Source)
		o.WriteString(`,"target":`)
		o.json(e.Target)
		o.WriteString(`,"relation":`)
		o.json(e.Predicate)
		o.jsonField("label", e.Label)
		if e.Undirected {
			o.WriteString(`,"directed":false`)
		} else {
			o.WriteString(`,"directed":true`)
		}
		o.WriteString(`,"metadata":{"weight":`)
		o.int(e.Weight)
		o.jsonEdgeEvidence(e)
		o.WriteString(`}}`)
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("jgf edges: %w", err)
	}
	o.WriteString("\n]}}\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("jgf: %w", err)
	}
	return nil
}
