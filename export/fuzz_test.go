package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"gonum.org/v1/gonum/graph/formats/dot"
)

// sanitize is what a faithful reader returns for s: invalid UTF-8 bytes become U+FFFD,
// and for XML the characters XML cannot carry too.
func sanitize(s string, forXML bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && w == 1) || (forXML && !isXMLChar(r)) {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// FuzzWriters writes a two-node graph with arbitrary ids, labels and sentences in every
// text format and reads it back with a Go parser of the format: encoding/xml for GraphML
// and GEXF, encoding/json for Cytoscape, JGF and JSON-LD, Cayley's N-Quads reader and
// gonum's DOT parser. The label must come back as written (sanitized).
//
//	go test ./export -run '^$' -fuzz FuzzWriters -fuzztime 60s
func FuzzWriters(f *testing.F) {
	for _, fx := range fixtures {
		g := fx.graph()
		for i, n := range g.NodeList {
			e := g.EdgeList[i%len(g.EdgeList)]
			f.Add(n.ID, n.Label, e.Sentence)
		}
	}
	f.Add("x\xff\x00", "\x01\x7f\u2028]]>", "\\N\\G\r\n\"")
	f.Fuzz(func(t *testing.T, id, label, sentence string) {
		g := &Static{
			NodeList: []Node{
				{ID: id, Label: label, Type: "Person", Aliases: []string{label}},
				{ID: id + "/2", Label: "other", Type: "Place"},
			},
			EdgeList: []Edge{{Source: id, Target: id + "/2", Predicate: "saidAbout", Label: label, Weight: 1, Sentence: sentence, Article: id}},
		}
		for _, format := range textFormats {
			out := write(t, format, g)
			switch format {
			case "graphml", "gexf", "gexf12":
				labels := xmlLabels(t, format, out)
				if want := sanitize(label, true); len(labels) == 0 || labels[0] != want {
					t.Errorf("%s: got labels %q, want %q first", format, labels, want)
				}
			case "cytoscape", "jgf", "jsonld":
				var v any
				if err := json.Unmarshal(out, &v); err != nil {
					t.Fatalf("%s: invalid JSON: %v\n%s", format, err, out)
				}
				if want := sanitize(label, false); label != "" && !jsonHas(v, want) {
					t.Errorf("%s: label %q not read back", format, want)
				}
			case "nquads":
				r := nquads.NewReader(bytes.NewReader(out), false)
				found := false
				for {
					q, err := r.ReadQuad()
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Fatalf("nquads: %v\n%s", err, out)
					}
					if s, ok := q.Object.(quad.String); ok && string(s) == sanitize(label, false) {
						found = true
					}
				}
				if label != "" && !found {
					t.Errorf("nquads: label %q not read back", label)
				}
			case "dot":
				if bytes.Contains(out, []byte("\uFFFD")) {
					// gonum's lexer rejects U+FFFD (it reads it as a decoding error);
					// Graphviz takes it, as TestReaders checks.
					continue
				}
				file, err := dot.ParseBytes(out)
				if err != nil {
					t.Fatalf("dot: %v\n%s", err, out)
				}
				if len(file.Graphs) != 1 || len(file.Graphs[0].Stmts) < 5 {
					t.Errorf("dot: got %d graphs, want 1 with 3 default and 3 element statements", len(file.Graphs))
				}
			}
		}
	})
}

// xmlLabels parses the document strictly and returns the node labels in order.
func xmlLabels(t *testing.T, format string, doc []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var labels []string
	inLabel := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return labels
		}
		if err != nil {
			t.Fatalf("%s: invalid XML: %v\n%s", format, err, doc)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch {
			case x.Name.Local == "node" && format != "graphml":
				for _, a := range x.Attr {
					if a.Name.Local == "label" {
						labels = append(labels, a.Value)
					}
				}
			case x.Name.Local == "data":
				inLabel = len(x.Attr) == 1 && x.Attr[0].Value == "n_label"
				if inLabel {
					labels = append(labels, "")
				}
			}
		case xml.CharData:
			if inLabel {
				labels[len(labels)-1] += string(x)
			}
		case xml.EndElement:
			inLabel = false
		}
	}
}

// jsonHas reports whether the string s is somewhere in the decoded JSON value v.
func jsonHas(v any, s string) bool {
	switch x := v.(type) {
	case string:
		return x == s
	case []any:
		for _, e := range x {
			if jsonHas(e, s) {
				return true
			}
		}
	case map[string]any:
		for _, e := range x {
			if jsonHas(e, s) {
				return true
			}
		}
	}
	return false
}

func TestWriteContext(t *testing.T) {
	// Every writer stops when the context is canceled midway.
	for _, format := range textFormats {
		ctx, cancel := context.WithCancel(context.Background())
		f, _ := Lookup(format)
		err := f.New().Write(ctx, &cancelWriter{after: 1 << 16, cancel: cancel}, &synthGraph{nodes: 100, edges: 1 << 20})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: got %v after cancel, want context.Canceled", format, err)
		}
		cancel()
	}
}

// cancelWriter cancels its context after some bytes.
type cancelWriter struct {
	after  int
	cancel func()
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	w.after -= len(p)
	if w.after < 0 {
		w.cancel()
	}
	return len(p), nil
}
