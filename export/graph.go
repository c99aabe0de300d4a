package export

import (
	"context"
	"errors"
	"io"
)

// Node is one entity of the projection.
type Node struct {
	// ID is the node's stable id, unique in the graph: the entity key ("person/donald-trump")
	// or an IRI. RDF writers turn a key into an IRI under schema.IDBase.
	ID string
	// Label is the display name ("Donald Trump").
	Label string
	// Type is the entity type: Person, Organization, Country, Place.
	Type string
	// Aliases are the other names the entity goes by.
	Aliases []string
	// Mentions counts the times the entity is named, over all articles.
	Mentions int
	// Articles counts the articles that name it.
	Articles int
	// FirstSeen and LastSeen are the dates (YYYY-MM-DD) of the first and last article that
	// name it; empty when unknown.
	FirstSeen, LastSeen string
}

// Edge is one aggregated link between two nodes: every fact with the same source,
// target, predicate and label, counted.
type Edge struct {
	// Source and Target are node IDs.
	Source, Target string
	// Predicate is the kind of link: "role", "saidAbout", "coParticipant", "eventPlace", or
	// a relation kind ("supports", "occupies", "memberOf" ...).
	Predicate string
	// Label says more where the predicate needs it: the role title ("Secretary of State"),
	// the event type ("summit"); empty otherwise.
	Label string
	// Weight is the evidence count: how many facts (sentences) support the link.
	Weight int
	// FirstDate and LastDate are the dates (YYYY-MM-DD) of the earliest and latest
	// evidence; empty when unknown.
	FirstDate, LastDate string
	// Sentence is one sentence that states the link, and Article the article (URL or IRI)
	// it comes from.
	Sentence, Article string
	// Undirected marks a symmetric link (two participants of one event), written from
	// the lower id to the higher. DOT draws it without an arrow and JGF marks it
	// "directed": false; GraphML and GEXF keep the graph directed (networkx rejects an
	// undirected edge in a directed graph).
	Undirected bool
}

// Graph is a source of nodes and edges that writers read in one pass each: every node
// first, then every edge. Nodes and Edges may be called more than once; each call walks
// the graph again. A non-nil error from fn stops the walk and is returned.
type Graph interface {
	Nodes(ctx context.Context, fn func(Node) error) error
	Edges(ctx context.Context, fn func(Edge) error) error
}

// Static is a Graph held in memory, for tests and small graphs.
type Static struct {
	NodeList []Node
	EdgeList []Edge
}

// Nodes calls fn for each node in order.
func (s *Static) Nodes(ctx context.Context, fn func(Node) error) error {
	for i, n := range s.NodeList {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

// Edges calls fn for each edge in order.
func (s *Static) Edges(ctx context.Context, fn func(Edge) error) error {
	for i, e := range s.EdgeList {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// TermKind says what an RDF term is.
type TermKind int

// The term kinds.
const (
	IRI TermKind = iota
	Literal
	BlankNode
)

// Term is one RDF term of a stored quad.
type Term struct {
	Kind  TermKind
	Value string // the IRI, the literal's lexical form, or the blank node's label
	// Datatype (an IRI) and Lang are set on literals only, at most one of them.
	Datatype, Lang string
}

// Quad is one stored statement; Label is the zero Term for the default graph.
type Quad struct {
	Subject, Predicate, Object, Label Term
}

// Quads is a source of raw stored quads (the --raw export).
type Quads interface {
	Quads(ctx context.Context, fn func(Quad) error) error
}

// QuadWriter is implemented by the RDF writers, which can also write the stored quads
// as they are instead of the projection.
type QuadWriter interface {
	WriteQuads(ctx context.Context, w io.Writer, q Quads) error
}

// Files opens the named output file of a writer that writes several files.
type Files func(name string) (io.WriteCloser, error)

// FileSetWriter is implemented by writers whose output is several files (neo4j-admin
// CSV: nodes.csv and edges.csv).
type FileSetWriter interface {
	WriteFiles(ctx context.Context, open Files, g Graph) error
}

// DynamicWriter is implemented by writers that can write a timeline: node and edge spells
// from their first and last dates (GEXF's dynamic mode).
type DynamicWriter interface {
	SetDynamic(on bool)
}

// ColorWriter is implemented by writers that can colour nodes by entity type.
type ColorWriter interface {
	SetColors(on bool)
}

// ErrNeedsFiles is returned by the Write method of a writer whose output is several files.
var ErrNeedsFiles = errors.New("this format writes several files: give a directory or a file prefix")
