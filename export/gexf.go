package export

import (
	"context"
	"fmt"
	"io"
	"strconv"
)

// GEXF versions.
const (
	GEXF13 = "1.3"      // Gephi 0.9 and later
	GEXF12 = "1.2draft" // Gephi 0.8, networkx 2.x
)

// GEXF writes GEXF (gexf.net) for Gephi. In dynamic mode every node and edge with dates
// gets a spell from its first to its last date, so Gephi's timeline plays the story
// article by article; with Colors every node gets a viz:color by entity type.
type GEXF struct {
	// Version is GEXF13 (the default when empty) or GEXF12.
	Version string
	Dynamic bool
	Colors  bool
}

// SetDynamic turns spells on or off.
func (x *GEXF) SetDynamic(on bool) { x.Dynamic = on }

// SetColors turns viz colours on or off.
func (x *GEXF) SetColors(on bool) { x.Colors = on }

// gexfAttrs are the attribute declarations: id (and title), type.
var (
	gexfNodeAttrs = [][2]string{
		{"entityType", "string"},
		{"aliases", "string"},
		{"mentions", "integer"},
		{"articles", "integer"},
		{"firstSeen", "string"},
		{"lastSeen", "string"},
	}
	gexfEdgeAttrs = [][2]string{
		{"predicate", "string"},
		{"firstDate", "string"},
		{"lastDate", "string"},
		{"sentence", "string"},
		{"article", "string"},
	}
)

// Write writes g as GEXF.
func (x *GEXF) Write(ctx context.Context, w io.Writer, g Graph) error {
	ns, viz, version := "http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3"
	if x.Version == GEXF12 {
		ns, viz, version = "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2"
	} else if x.Version != "" && x.Version != GEXF13 {
		return fmt.Errorf("gexf: unknown version %q: want %s or %s", x.Version, GEXF13, GEXF12)
	}
	o := newOut(ctx, w)
	o.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	o.WriteString(`<gexf xmlns="` + ns + `" xmlns:viz="` + viz + `" version="` + version + `">` + "\n")
	o.WriteString("  <meta>\n    <creator>newsgraph</creator>\n" +
		"    <description>Entities named in news articles; edges are roles, relations, statements about and shared events, weighted by evidence count.</description>\n  </meta>\n")
	o.WriteString(`  <graph defaultedgetype="directed"`)
	if x.Dynamic {
		o.WriteString(` mode="dynamic" timeformat="date"`)
		if version == "1.3" {
			o.WriteString(` timerepresentation="interval"`)
		}
	} else {
		o.WriteString(` mode="static"`)
	}
	o.WriteString(">\n")
	for _, a := range []struct {
		class string
		attrs [][2]string
	}{{"node", gexfNodeAttrs}, {"edge", gexfEdgeAttrs}} {
		o.WriteString(`    <attributes class="` + a.class + `" mode="static">` + "\n")
		for _, at := range a.attrs {
			o.WriteString(`      <attribute id="` + at[0] + `" title="` + at[0] + `" type="` + at[1] + `"/>` + "\n")
		}
		o.WriteString("    </attributes>\n")
	}
	o.WriteString("    <nodes>\n")
	err := g.Nodes(ctx, func(n Node) error {
		o.WriteString(`      <node id="`)
		o.xml(n.ID)
		o.WriteString(`" label="`)
		o.xml(n.Label)
		o.WriteString(`"><attvalues>`)
		o.attvalue("entityType", n.Type)
		o.attvalue("aliases", joinAliases(n.Aliases))
		o.attvalue("mentions", strconv.Itoa(n.Mentions))
		o.attvalue("articles", strconv.Itoa(n.Articles))
		o.attvalue("firstSeen", n.FirstSeen)
		o.attvalue("lastSeen", n.LastSeen)
		o.WriteString(`</attvalues>`)
		if x.Dynamic {
			o.spell(n.FirstSeen, n.LastSeen)
		}
		if x.Colors {
			s := styleOf(n.Type)
			o.WriteString(`<viz:color r="` + strconv.Itoa(int(s.R)) + `" g="` + strconv.Itoa(int(s.G)) + `" b="` + strconv.Itoa(int(s.B)) + `"/>`)
		}
		o.WriteString("</node>\n")
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("gexf nodes: %w", err)
	}
	o.WriteString("    </nodes>\n    <edges>\n")
	i := 0
	err = g.Edges(ctx, func(e Edge) error {
		o.WriteString(`      <edge id="`)
		o.int(i)
		i++
		o.WriteString(`" source="`)
		o.xml(e.Source)
		o.WriteString(`" target="`)
		o.xml(e.Target)
		if e.Label != "" {
			o.WriteString(`" label="`)
			o.xml(e.Label)
		}
		o.WriteString(`" weight="`)
		o.int(e.Weight)
		o.WriteString(`"><attvalues>`)
		o.attvalue("predicate", e.Predicate)
		o.attvalue("firstDate", e.FirstDate)
		o.attvalue("lastDate", e.LastDate)
		o.attvalue("sentence", e.Sentence)
		o.attvalue("article", e.Article)
		o.WriteString(`</attvalues>`)
		if x.Dynamic {
			o.spell(e.FirstDate, e.LastDate)
		}
		o.WriteString("</edge>\n")
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("gexf edges: %w", err)
	}
	o.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("gexf: %w", err)
	}
	return nil
}

// attvalue writes one GEXF attribute value, or nothing for an empty value.
func (o *out) attvalue(id, v string) {
	if v == "" {
		return
	}
	o.WriteString(`<attvalue for="` + id + `" value="`)
	o.xml(v)
	o.WriteString(`"/>`)
}

// spell writes the interval [start, end]; an open side is left out, and nothing is
// written when both are unknown. Dates that are not YYYY-MM-DD are left out, since GEXF
// with timeformat="date" takes xs:date values only.
func (o *out) spell(start, end string) {
	if !isISODate(start) {
		start = ""
	}
	if !isISODate(end) {
		end = ""
	}
	if start == "" && end == "" {
		return
	}
	o.WriteString(`<spells><spell`)
	if start != "" {
		o.WriteString(` start="` + start + `"`)
	}
	if end != "" {
		o.WriteString(` end="` + end + `"`)
	}
	o.WriteString(`/></spells>`)
}

// isISODate reports whether s is YYYY-MM-DD.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i == 4 || i == 7 {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
