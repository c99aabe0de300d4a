package export

import (
	"context"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// DOT writes Graphviz DOT. Every id and value is a quoted string, escaped so that quotes,
// backslashes, newlines and tabs in names survive; each entity type has its colour and
// shape. The evidence count is the edge attribute "evidence" and sets the pen width: it is
// not named "weight", which Graphviz reads as a layout constraint.
type DOT struct{}

// Write writes g as DOT.
func (DOT) Write(ctx context.Context, w io.Writer, g Graph) error {
	o := newOut(ctx, w)
	o.WriteString("digraph \"newsgraph\" {\n" +
		"  graph [overlap=\"false\", splines=\"true\", fontname=\"Helvetica\"];\n" +
		"  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\"];\n" +
		"  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#00000080\"];\n")
	err := g.Nodes(ctx, func(n Node) error {
		s := styleOf(n.Type)
		o.WriteString("  ")
		o.dotID(n.ID)
		o.WriteString(" [label=")
		o.dotID(n.Label)
		o.WriteString(", entityType=")
		o.dotID(n.Type)
		o.WriteString(`, shape="` + s.Shape + `", fillcolor="` + s.Hex + `"`)
		if len(n.Aliases) > 0 {
			o.WriteString(", aliases=")
			o.dotID(joinAliases(n.Aliases))
		}
		o.WriteString(`, mentions="`)
		o.int(n.Mentions)
		o.WriteString(`", articles="`)
		o.int(n.Articles)
		o.WriteByte('"')
		o.dotAttr("firstSeen", n.FirstSeen)
		o.dotAttr("lastSeen", n.LastSeen)
		o.WriteString("];\n")
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("dot nodes: %w", err)
	}
	err = g.Edges(ctx, func(e Edge) error {
		o.WriteString("  ")
		o.dotID(e.Source)
		o.WriteString(" -> ")
		o.dotID(e.Target)
		o.WriteString(" [predicate=")
		o.dotID(e.Predicate)
		label := predicateWords(e.Predicate)
		if e.Label != "" {
			label = e.Label
		}
		o.WriteString(", label=")
		o.dotID(label)
		o.WriteString(`, evidence="`)
		o.int(e.Weight)
		o.WriteString(`", penwidth="`)
		o.WriteString(strconv.FormatFloat(penWidth(e.Weight), 'f', 2, 64))
		o.WriteByte('"')
		if e.Undirected {
			o.WriteString(`, dir="none"`)
		}
		o.dotAttr("firstDate", e.FirstDate)
		o.dotAttr("lastDate", e.LastDate)
		o.dotAttr("sentence", e.Sentence)
		o.dotAttr("article", e.Article)
		o.WriteString("];\n")
		return o.tick()
	})
	if err != nil {
		return fmt.Errorf("dot edges: %w", err)
	}
	o.WriteString("}\n")
	if err := o.Flush(); err != nil {
		return fmt.Errorf("dot: %w", err)
	}
	return nil
}

// penWidth grows with the logarithm of the evidence count: 1 for one sentence, 4 at 100.
func penWidth(weight int) float64 {
	if weight < 1 {
		return 1
	}
	return 1 + 1.5*math.Log10(float64(weight))
}

func (o *out) dotAttr(name, v string) {
	if v == "" {
		return
	}
	o.WriteString(", " + name + "=")
	o.dotID(v)
}

// dotID writes s as a DOT double-quoted string: '"' and '\' are backslash-escaped (so a
// label shows a backslash, not an escape sequence such as \N), a newline becomes the \n
// line break, and tabs, carriage returns and other control characters become spaces.
// Invalid UTF-8 becomes U+FFFD.
func (o *out) dotID(s string) {
	o.quoted(s, func(o *out, c byte) {
		switch c {
		case '"':
			o.WriteString(`\"`)
		case '\\':
			o.WriteString(`\\`)
		case '\n':
			o.WriteString(`\n`)
		default:
			o.WriteByte(' ')
		}
	})
}

// predicateWords turns a predicate into words for a label: "saidAbout" -> "said about",
// an IRI -> its local name.
func predicateWords(p string) string {
	if isAbsIRI(p) {
		p = p[strings.LastIndexAny(p, "/#")+1:]
	}
	var b strings.Builder
	for i, r := range p {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
