package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Neo4jCSV writes the two CSV files neo4j-admin import reads, with typed headers:
//
//	nodes.csv  id:ID,name,:LABEL,aliases:string[],mentions:int,articles:int,firstSeen:date,lastSeen:date
//	edges.csv  :START_ID,:END_ID,:TYPE,label,weight:int,firstDate:date,lastDate:date,sentence,article
//
// Load them with
//
//	neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j
//
// The entity type is the node label, the predicate in upper snake case the relationship
// type (saidAbout -> SAID_ABOUT). Line breaks inside values become spaces (neo4j-admin
// rejects them unless --multiline-fields is given), ';' in an alias becomes ',' (';'
// separates array items), and a date that is not YYYY-MM-DD is left empty.
type Neo4jCSV struct{}

// Neo4j file names.
const (
	Neo4jNodes = "nodes.csv"
	Neo4jEdges = "edges.csv"
)

var (
	neo4jNodeHeader = []string{"id:ID", "name", ":LABEL", "aliases:string[]", "mentions:int", "articles:int", "firstSeen:date", "lastSeen:date"}
	neo4jEdgeHeader = []string{":START_ID", ":END_ID", ":TYPE", "label", "weight:int", "firstDate:date", "lastDate:date", "sentence", "article"}
)

// Write returns ErrNeedsFiles: the output is two files (see WriteFiles).
func (Neo4jCSV) Write(ctx context.Context, w io.Writer, g Graph) error {
	return fmt.Errorf("neo4j: %w", ErrNeedsFiles)
}

// WriteFiles writes nodes.csv and edges.csv through open.
func (Neo4jCSV) WriteFiles(ctx context.Context, open Files, g Graph) (err error) {
	write := func(name string, header []string, walk func(c *csv.Writer, rec []string) error) (err error) {
		f, err := open(name)
		if err != nil {
			return fmt.Errorf("neo4j %s: %w", name, err)
		}
		defer func() {
			if cerr := f.Close(); cerr != nil && err == nil {
				err = fmt.Errorf("neo4j %s: %w", name, cerr)
			}
		}()
		c := csv.NewWriter(f)
		if err := c.Write(header); err != nil {
			return fmt.Errorf("neo4j %s: %w", name, err)
		}
		if err := walk(c, make([]string, len(header))); err != nil {
			return fmt.Errorf("neo4j %s: %w", name, err)
		}
		c.Flush()
		if err := c.Error(); err != nil {
			return fmt.Errorf("neo4j %s: %w", name, err)
		}
		return nil
	}
	err = write(Neo4jNodes, neo4jNodeHeader, func(c *csv.Writer, rec []string) error {
		n := 0
		return g.Nodes(ctx, func(x Node) error {
			rec[0] = oneLine(x.ID)
			rec[1] = oneLine(x.Label)
			rec[2] = neo4jLabel(x.Type)
			rec[3] = neo4jArray(x.Aliases)
			rec[4] = strconv.Itoa(x.Mentions)
			rec[5] = strconv.Itoa(x.Articles)
			rec[6] = neo4jDate(x.FirstSeen)
			rec[7] = neo4jDate(x.LastSeen)
			return csvTick(ctx, c, rec, &n)
		})
	})
	if err != nil {
		return err
	}
	return write(Neo4jEdges, neo4jEdgeHeader, func(c *csv.Writer, rec []string) error {
		n := 0
		return g.Edges(ctx, func(e Edge) error {
			rec[0] = oneLine(e.Source)
			rec[1] = oneLine(e.Target)
			rec[2] = neo4jType(e.Predicate)
			rec[3] = oneLine(e.Label)
			rec[4] = strconv.Itoa(e.Weight)
			rec[5] = neo4jDate(e.FirstDate)
			rec[6] = neo4jDate(e.LastDate)
			rec[7] = oneLine(e.Sentence)
			rec[8] = oneLine(e.Article)
			return csvTick(ctx, c, rec, &n)
		})
	})
}

func csvTick(ctx context.Context, c *csv.Writer, rec []string, n *int) error {
	if err := c.Write(rec); err != nil {
		return err
	}
	*n++
	if *n%4096 == 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		c.Flush()
		return c.Error()
	}
	return nil
}

// oneLine replaces line breaks (and other control characters) with spaces.
func oneLine(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

func neo4jArray(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.ReplaceAll(oneLine(s), ";", ",")
	}
	return strings.Join(out, ";")
}

func neo4jDate(d string) string {
	if isISODate(d) {
		return d
	}
	return ""
}

// neo4jLabel makes an entity type a single node label.
func neo4jLabel(t string) string {
	t = strings.ReplaceAll(oneLine(t), ";", "_")
	if t == "" {
		return "Entity"
	}
	return t
}

// neo4jType turns a predicate into a relationship type: "saidAbout" -> "SAID_ABOUT",
// "co-participant" -> "CO_PARTICIPANT", "https://example.org/v#knows" -> "KNOWS".
func neo4jType(p string) string {
	if isAbsIRI(p) {
		// An IRI predicate: its local name.
		p = p[strings.LastIndexAny(p, "/#")+1:]
	}
	var b strings.Builder
	prevLower := false
	for _, r := range p {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToUpper(r))
			prevLower = true
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
			prevLower = false
		}
	}
	s := strings.Trim(b.String(), "_")
	if s == "" {
		return "RELATED_TO"
	}
	return s
}
