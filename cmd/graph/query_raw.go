package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
)

type rawQueryOptions struct {
	Lang   string // gizmo or graphql
	Query  string
	Limit  int
	Format string
}

func newQueryGizmoCmd(a *app) *cobra.Command {
	return newRawQueryCmd(a, "gizmo", `gizmo runs a query in Gizmo, Cayley's JavaScript path language
(https://cayley.gitbook.io/cayley/query-languages/gizmo), over the stored quads. IRIs are
written "<...>"; g.IRI("schema:name") expands the prefixes schema:, ng:, rdf: and xsd:. A
query that fails, even one that makes Cayley panic, is reported as an error (exit 2).`,
		`  graph query gizmo 'g.V().Has("<http://schema.org/name>", "Marco Rubio").Out(g.IRI("ng:said")).Out(g.IRI("schema:text")).All()'
  graph query gizmo 'g.Emit(g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Quotation")).Count())'`)
}

func newQueryGraphQLCmd(a *app) *cobra.Command {
	return newRawQueryCmd(a, "graphql", `graphql runs a query in Cayley's GraphQL dialect
(https://cayley.gitbook.io/cayley/query-languages/graphql) over the stored quads; predicates
are written as IRIs in angle brackets.`,
		`  graph query graphql '{ p(<http://schema.org/name>: "Steve Witkoff") { said: <https://newsgraph.dev/ns#said> { <http://schema.org/text> } } }'`)
}

func newRawQueryCmd(a *app, lang, long, example string) *cobra.Command {
	opts := rawQueryOptions{Lang: lang}
	cmd := &cobra.Command{
		Use:     lang + " 'QUERY'",
		Short:   "Run a raw " + map[string]string{"gizmo": "Gizmo", "graphql": "GraphQL"}[lang] + " query over the stored quads",
		Long:    long,
		Example: example,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			opts.Query = args[0]
			if !cmd.Flags().Changed("limit") {
				opts.Limit = a.settings.Query.Limit
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runRawQuery(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.Limit, "limit", 0, "most results, 0 for all (default query.limit)")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runRawQuery(ctx context.Context, st *graph.Store, opts rawQueryOptions, w io.Writer) error {
	var (
		res []any
		err error
	)
	switch opts.Lang {
	case "gizmo":
		res, err = st.Gizmo(ctx, opts.Query, opts.Limit)
	case "graphql":
		res, err = st.GraphQL(ctx, opts.Query, opts.Limit)
	default:
		return fmt.Errorf("unknown query language %q", opts.Lang)
	}
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	return writeResultTable(w, res)
}

// writeResultTable prints query results: maps as a table with a column per key, other
// values one per line.
func writeResultTable(w io.Writer, res []any) error {
	keys := map[string]bool{}
	allMaps := len(res) > 0
	for _, r := range res {
		m, ok := r.(map[string]any)
		if !ok {
			allMaps = false
			break
		}
		for k := range m {
			keys[k] = true
		}
	}
	if !allMaps {
		for _, r := range res {
			fmt.Fprintln(w, cellOf(r))
		}
		_, err := fmt.Fprintln(w, resultCount(len(res)))
		return err
	}
	cols := make([]string, 0, len(keys))
	for k := range keys {
		cols = append(cols, k)
	}
	// "id" (the node reached) first, the tags after it.
	sort.Slice(cols, func(i, j int) bool {
		if (cols[i] == "id") != (cols[j] == "id") {
			return cols[i] == "id"
		}
		return cols[i] < cols[j]
	})
	t := &table{header: cols}
	for _, r := range res {
		m := r.(map[string]any)
		cells := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := m[c]; ok {
				cells[i] = cellOf(v)
			}
		}
		t.add(cells)
	}
	if err := t.write(w); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, resultCount(len(res)))
	return err
}

// cellOf shows a result value: strings as they are, anything else as compact JSON.
func cellOf(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func resultCount(n int) string {
	if n == 1 {
		return "(1 result)"
	}
	return fmt.Sprintf("(%d results)", n)
}
