package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/queries"
	"newsgraph/schema"
)

type exportOptions struct {
	Format    string   // a name of export.Formats
	Output    string   // file (or, for neo4j, directory or prefix); "" or "-" is stdout
	Around    string   // keep the neighbourhood of the entity going by this name
	Depth     int      // hops kept around Around
	Types     []string // keep these entity types
	Since     string   // keep facts dated from this date on
	Until     string   // keep facts dated up to this date
	MinWeight int      // drop edges with less evidence
	Raw       bool     // the stored quads instead of the projection (nquads, jsonld)
	Static    bool     // GEXF without spells
	NoColors  bool     // GEXF without viz colours
	Layout    string   // Graphviz layout engine for png/svg
}

func newExportCmd(a *app) *cobra.Command {
	var opts exportOptions
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [-o FILE] [--around NAME [--depth N]] [--types T,...] [--since D] [--until D] [--min-weight N] [--raw]",
		Short: "Write the entity graph for Gephi, Cytoscape, yEd, Graphviz, Neo4j or RDF tools",
		Long: `export writes the projection of the store people can read: nodes are entities (id, name,
type, aliases, mention count, first and last seen dates); edges are roles (person ->
country or organization), statements about (speaker -> entity), relations (supports,
opposes, occupies ...) and shared events (participants pairwise, participant -> place), each
aggregated over the articles: weight = the number of facts, first and last date, one example
sentence and its article.

Formats (--format):
` + formatHelp() + `
--around NAME keeps the entities within --depth edges of NAME (any alias; default depth 1);
--types keeps the given entity types (Person, Organization, Country, Place); --since and
--until keep the facts dated in the range (YYYY, YYYY-MM or YYYY-MM-DD, both ends included);
--min-weight drops edges with fewer facts. --raw writes the stored quads as they are, each
labelled with its article (nquads and jsonld only).

The output goes to stdout unless -o names a file (written whole, or not at all). neo4j
writes two files: -o DIR writes DIR/nodes.csv and DIR/edges.csv, -o PREFIX writes
PREFIX-nodes.csv and PREFIX-edges.csv. png and svg need Graphviz (Debian package graphviz).

One command per tool:
  Gephi       graph export --format gexf -o news.gexf        File > Open; Window > Timeline plays the story
  Cytoscape   graph export --format cytoscape -o news.cyjs   File > Import > Network from File
  yEd         graph export --format graphml -o news.graphml  File > Open; Tools > Fit Node to Label
  Graphviz    graph export --format dot | sfdp -Tsvg -o news.svg   (or --format svg directly)
  Neo4j       graph export --format neo4j -o import/
              neo4j-admin database import full --nodes=import/nodes.csv --relationships=import/edges.csv neo4j
  networkx    graph export --format graphml -o news.graphml; networkx.read_graphml("news.graphml")
  igraph      graph export --format graphml -o news.graphml; igraph.Graph.Read_GraphML("news.graphml")
  RDF stores  graph export --format nquads --raw -o store.nq (every stored quad, labelled by article)`,
		Example: `  graph export --format graphml -o news.graphml        # yEd, Gephi, Cytoscape, networkx
  graph export --format gexf -o news.gexf              # Gephi, with a timeline
  graph export --format svg --around Rubio -o rubio.svg
  graph export --format cytoscape --types Person,Country --min-weight 2 -o people.cyjs
  graph export --format neo4j -o neo4j-import/
  graph export --format nquads --raw > store.nq`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkExportOptions(&opts, cmd.Flags().Changed("depth")); err != nil {
				return err
			}
			st, err := a.openStoreReadOnly(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			return runExport(cmd.Context(), st, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "graphml", "output format: "+strings.Join(export.Names(), ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "output file (neo4j: directory or prefix); default stdout")
	f.StringVar(&opts.Around, "around", "", "keep the neighbourhood of the entity going by NAME")
	f.IntVar(&opts.Depth, "depth", 1, "hops kept around --around")
	f.StringSliceVar(&opts.Types, "types", nil, "keep these entity types (Person,Organization,Country,Place)")
	f.StringVar(&opts.Since, "since", "", "keep facts dated on or after D (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "keep facts dated on or before D")
	f.IntVar(&opts.MinWeight, "min-weight", 0, "drop edges supported by fewer than N facts")
	f.BoolVar(&opts.Raw, "raw", false, "write the stored quads instead of the projection (nquads, jsonld)")
	f.BoolVar(&opts.Static, "static", false, "gexf: no spells (a static graph)")
	f.BoolVar(&opts.NoColors, "no-colors", false, "gexf: no viz colours by type")
	f.StringVar(&opts.Layout, "layout", "", "png, svg: Graphviz layout engine (neato, dot, fdp, sfdp, circo, twopi)")
	return cmd
}

// formatHelp lists the formats, one per line.
func formatHelp() string {
	var b strings.Builder
	for _, f := range export.Formats() {
		fmt.Fprintf(&b, "  %-10s %s\n", f.Name, f.Description)
	}
	return b.String()
}

// checkExportOptions reports command-line mistakes before the store is opened.
func checkExportOptions(o *exportOptions, depthSet bool) error {
	f, ok := export.Lookup(o.Format)
	if !ok {
		return usageErrorf("unknown format %q: want one of %s", o.Format, strings.Join(export.Names(), ", "))
	}
	o.Format = f.Name
	w := f.New()
	if o.Raw {
		if _, ok := w.(export.QuadWriter); !ok {
			return usageErrorf("--raw writes the stored quads: use --format nquads or jsonld, not %s", o.Format)
		}
		if o.Around != "" || len(o.Types) > 0 || o.Since != "" || o.Until != "" || o.MinWeight > 0 {
			return usageErrorf("--raw writes every stored quad: --around, --types, --since, --until and --min-weight apply to the projection only")
		}
	}
	if _, ok := w.(export.FileSetWriter); ok && (o.Output == "" || o.Output == "-") {
		return usageErrorf("--format %s writes two files: give -o DIR or -o PREFIX", o.Format)
	}
	if depthSet && o.Around == "" {
		return usageErrorf("--depth needs --around NAME")
	}
	if o.Depth < 0 {
		return usageErrorf("--depth must be 0 or more, got %d", o.Depth)
	}
	if o.MinWeight < 0 {
		return usageErrorf("--min-weight must be 0 or more, got %d", o.MinWeight)
	}
	for _, t := range o.Types {
		if _, ok := schema.ParseEntityType(strings.TrimSpace(t)); !ok {
			return usageErrorf("unknown entity type %q in --types: want %s", t, entityTypeNames())
		}
	}
	for _, d := range [][2]string{{"--since", o.Since}, {"--until", o.Until}} {
		if d[1] != "" && !isDatePrefix(d[1]) {
			return usageErrorf("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", d[0], d[1])
		}
	}
	if o.Layout != "" && !isWord(o.Layout) {
		return usageErrorf("--layout %q: want a Graphviz engine name such as neato, dot, fdp or sfdp", o.Layout)
	}
	return nil
}

func entityTypeNames() string {
	var names []string
	for _, t := range schema.EntityTypes {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

func isDatePrefix(d string) bool {
	if len(d) != 4 && len(d) != 7 && len(d) != 10 {
		return false
	}
	for i, c := range d {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isWord(s string) bool {
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// runExport writes the store's graph (or its quads, with Raw) as opts says. Options are
// checked by checkExportOptions first.
func runExport(ctx context.Context, st *graph.Store, opts exportOptions, stdout, stderr io.Writer) error {
	f, ok := export.Lookup(opts.Format)
	if !ok {
		return usageErrorf("unknown format %q: want one of %s", opts.Format, strings.Join(export.Names(), ", "))
	}
	w := f.New()
	if d, ok := w.(export.DynamicWriter); ok && opts.Static {
		d.SetDynamic(false)
	}
	if c, ok := w.(export.ColorWriter); ok && opts.NoColors {
		c.SetColors(false)
	}
	if r, ok := w.(*export.Render); ok && opts.Layout != "" {
		r.SetLayout(opts.Layout)
	}

	if opts.Raw {
		qw := w.(export.QuadWriter)
		return writeOutput(opts.Output, stdout, func(out io.Writer) error {
			return qw.WriteQuads(ctx, out, queries.StoredQuads{Store: st})
		})
	}

	var types []schema.EntityType
	for _, t := range opts.Types {
		et, _ := schema.ParseEntityType(strings.TrimSpace(t))
		types = append(types, et)
	}
	p, err := queries.Project(ctx, st, queries.ProjectionOptions{Around: opts.Around, Depth: opts.Depth, Types: types,
		Since: opts.Since, Until: opts.Until, MinWeight: opts.MinWeight})
	var unknown *graph.UnknownNameError
	if errors.As(err, &unknown) {
		return &notFoundError{What: "entity", Name: unknown.Name, Suggest: unknown.Suggestions}
	}
	if err != nil {
		return err
	}
	nodes, edges := p.Size()

	if fw, ok := w.(export.FileSetWriter); ok {
		names, err := writeFileSet(ctx, fw, opts.Output, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %d nodes and %d edges (%s) to %s\n", nodes, edges, opts.Format, strings.Join(names, ", "))
		return nil
	}
	err = writeOutput(opts.Output, stdout, func(out io.Writer) error { return w.Write(ctx, out, p) })
	if err != nil {
		return err
	}
	if opts.Output != "" && opts.Output != "-" {
		fmt.Fprintf(stderr, "wrote %d nodes and %d edges (%s) to %s\n", nodes, edges, opts.Format, opts.Output)
	}
	return nil
}

// writeOutput runs write on stdout, or on a temporary file beside path that replaces path
// once write succeeded: a failed export leaves no half-written file.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export to %q: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("export to %q: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export to %q: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("export to %q: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export to %q: %w", path, err)
	}
	return nil
}

// fileSetPaths maps the file names of a multi-file format to paths: into dest when it is
// a directory (existing, or ending with a separator), else dest is a prefix, joined with
// '-' when it ends with a letter or digit.
func fileSetPaths(dest string) (func(name string) string, error) {
	if st, err := os.Stat(dest); (err == nil && st.IsDir()) || strings.HasSuffix(dest, "/") || strings.HasSuffix(dest, string(filepath.Separator)) {
		if err := os.MkdirAll(dest, 0o755); err != nil {
			return nil, fmt.Errorf("export to %q: %w", dest, err)
		}
		return func(name string) string { return filepath.Join(dest, name) }, nil
	}
	prefix := dest
	if r := []rune(prefix); len(r) > 0 && (unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1])) {
		prefix += "-"
	}
	return func(name string) string { return prefix + name }, nil
}

// writeFileSet writes a multi-file format under dest; every file is written whole or not
// at all.
func writeFileSet(ctx context.Context, fw export.FileSetWriter, dest string, g export.Graph) ([]string, error) {
	pathOf, err := fileSetPaths(dest)
	if err != nil {
		return nil, err
	}
	var names []string
	var pending []*os.File
	defer func() {
		for _, f := range pending {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	err = fw.WriteFiles(ctx, func(name string) (io.WriteCloser, error) {
		path := pathOf(name)
		tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
		if err != nil {
			return nil, err
		}
		pending = append(pending, tmp)
		names = append(names, path)
		return tmp, nil
	}, g)
	if err != nil {
		return nil, fmt.Errorf("export to %q: %w", dest, err)
	}
	for i, tmp := range pending {
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return nil, fmt.Errorf("export to %q: %w", dest, err)
		}
		if err := os.Rename(tmp.Name(), names[i]); err != nil {
			return nil, fmt.Errorf("export to %q: %w", dest, err)
		}
	}
	pending = nil
	return names, nil
}
