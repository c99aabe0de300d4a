package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/ingest"
)

type extractOptions struct {
	Format string // json, table or nquads
	Paths  []string
}

func newExtractCmd(a *app) *cobra.Command {
	var opts extractOptions
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Run the extraction pipeline on articles and print the facts, without a store",
		Long: `extract reads articles like ingest does (text, HTML, CSV, JSONL, feeds, directories,
- for stdin) and prints what the pipeline finds in each. --format json prints one JSON object
per article (JSON Lines for several): the extraction contract of the evaluation set.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runExtract(cmd.Context(), a, opts, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: json, table or nquads")
	return cmd
}

func runExtract(ctx context.Context, a *app, opts extractOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	emit, err := extractPrinter(opts.Format, stdout)
	if err != nil {
		return err
	}
	x, err := a.newExtractor()
	if err != nil {
		return err
	}
	total, failed := 0, 0
	err = ingest.Read(ctx, opts.Paths, a.ingestOptions(stdin), func(it ingest.Item) error {
		total++
		if it.Err != nil {
			failed++
			fmt.Fprintf(stderr, "graph: %v\n", it.Err)
			return nil
		}
		doc, err := x.Extract(ctx, it.Article)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "graph: %s: extract: %v\n", it.Article.Source, err)
			return nil
		}
		return emit(doc)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return &partialError{Failed: failed, Total: total, What: "articles"}
	}
	return nil
}

// extractPrinter returns the function that prints one Document in the given format.
func extractPrinter(format string, w io.Writer) (func(*extract.Document) error, error) {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return func(d *extract.Document) error { return enc.Encode(d) }, nil
	case "table":
		first := true
		return func(d *extract.Document) error {
			if !first {
				fmt.Fprintln(w)
			}
			first = false
			return printDocument(w, d)
		}, nil
	case "nquads":
		return func(d *extract.Document) error { return writeDocumentNQuads(w, d) }, nil
	}
	return nil, usageErrorf("unknown format %q: want json, table or nquads", format)
}

// printDocument writes a Document as aligned tables for people to read.
func printDocument(w io.Writer, d *extract.Document) error {
	title := d.Article.Title
	if title == "" {
		title = d.Article.Source
	}
	fmt.Fprintf(w, "== %s\n", title)
	if d.Article.URL != "" {
		fmt.Fprintf(w, "   %s\n", d.Article.URL)
	}
	if d.Published != "" {
		fmt.Fprintf(w, "   published %s\n", d.Published)
	}
	name := func(r extract.Ref) string {
		if r == "" {
			return "-"
		}
		if e := d.Entity(r); e != nil {
			return e.Name
		}
		return string(r)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	section := func(head string, n int) {
		fmt.Fprintf(tw, "\n%s (%d)\n", head, n)
	}
	section("ENTITIES", len(d.Entities))
	for _, e := range d.Entities {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d mentions\n", e.Type, e.Name, strings.Join(e.Aliases, ", "), len(e.Mentions))
	}
	section("ROLES", len(d.Roles))
	for _, r := range d.Roles {
		title := r.Title
		if r.Former {
			title = "former " + title
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", name(r.Person), title, name(r.Of))
	}
	section("STATEMENTS", len(d.Statements))
	for _, s := range d.Statements {
		medium := ""
		if s.Medium != "" {
			medium = " (" + s.Medium + ")"
		}
		fmt.Fprintf(tw, "  %s\t%s %s%s\t%q\n", name(s.Speaker), s.Kind, s.Cue, medium, clip(s.Text, 90))
	}
	section("EVENTS", len(d.Events))
	for _, e := range d.Events {
		parts := make([]string, len(e.Participants))
		for i, p := range e.Participants {
			parts[i] = name(p)
		}
		fmt.Fprintf(tw, "  %s\t%s\tat %s\t%s\n", e.Type, strings.Join(parts, ", "), name(e.Place), e.Date)
	}
	section("RELATIONS", len(d.Relations))
	for _, r := range d.Relations {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", name(r.Subject), r.Predicate, name(r.Object))
	}
	return tw.Flush()
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// writeDocumentNQuads writes the quads the store would hold for d, one N-Quad a line.
func writeDocumentNQuads(w io.Writer, d *extract.Document) error {
	quads, err := graph.DocumentQuads(d)
	if err != nil {
		return err
	}
	for _, q := range quads {
		if _, err := io.WriteString(w, q.NQuad()+"\n"); err != nil {
			return err
		}
	}
	return nil
}
