package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"newsgraph/graph"
	"newsgraph/queries"
)

func newQueryCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Ask the graph: who said what, roles, neighbours, entities, or a raw Gizmo or GraphQL query",
		Long: `query answers questions from the stored graph. Names are looked up by any of an
entity's names or aliases, ignoring case, accents and punctuation ("rubio", "Marco Rubio",
"U.S." and "US" all work); a name that matches nothing exits with code 4 and suggests close
matches. Every fact comes with the article and the sentence it was read from.

Each subcommand prints an aligned table (--format table, the default) or JSON with the full
provenance (--format json). Queries stop after query.timeout (config.yaml).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	for _, c := range queryCommands(a) {
		cmd.AddCommand(c)
	}
	return cmd
}

// queryCommands lists the subcommands of `graph query`; each lives in its own file.
func queryCommands(a *app) []*cobra.Command {
	return []*cobra.Command{
		newQuerySaidCmd(a),
		newQueryRolesCmd(a),
		newQueryNeighborsCmd(a),
		newQueryEntitiesCmd(a),
		newQueryAlliancesCmd(a),
		newQueryPathCmd(a),
		newQueryEventsCmd(a),
		newQueryTimelineCmd(a),
		newQueryGizmoCmd(a),
		newQueryGraphQLCmd(a),
	}
}

// Output formats of the query and stats commands.
const (
	formatTable = "table"
	formatJSON  = "json"
)

func addFormatFlag(f *pflag.FlagSet, format *string) {
	f.StringVar(format, "format", formatTable, "output format: table (for people) or json (for scripts, with provenance)")
}

func checkFormat(format string) error {
	if format != formatTable && format != formatJSON {
		return usageErrorf("unknown format %q: want table or json", format)
	}
	return nil
}

// withStore opens the configured store read-only, with the query timeout, and runs fn.
func (a *app) withStore(ctx context.Context, fn func(ctx context.Context, st *graph.Store) error) error {
	if t := a.settings.Query.Timeout; t > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t)
		defer cancel()
	}
	st, err := a.openStoreReadOnly(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	return queryError(fn(ctx, st))
}

// queryError maps the errors of queries to the command's: unknown names to
// notFoundError (exit 4), mistakes in the query to usage errors (exit 2).
func queryError(err error) error {
	var (
		unknown *graph.UnknownNameError
		bad     *graph.QueryError
	)
	switch {
	case err == nil:
		return nil
	case errors.As(err, &unknown):
		what := "entity"
		if unknown.Type != "" {
			what = strings.ToLower(string(unknown.Type))
		}
		return &notFoundError{What: what, Name: unknown.Name, Suggest: unknown.Suggestions}
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w (query.timeout in config.yaml sets the limit)", err)
	case errors.As(err, &bad) && !errors.Is(err, context.Canceled):
		return &usageError{msg: err.Error()}
	case errors.Is(err, queries.ErrNoSpeakerOrTopic):
		return usageErrorf("%v", err)
	}
	return err
}

// checkDateFlags validates --since and --until.
func checkDateFlags(since, until string) error {
	if err := graph.CheckDates(since, until); err != nil {
		return usageErrorf("%v", err)
	}
	return nil
}

// table prints rows in aligned columns, each row optionally followed by note lines
// indented to the start of column noteCol (0: the last column).
type table struct {
	header  []string
	rows    []tableRow
	noteCol int
}

type tableRow struct {
	cells []string
	notes []string
}

func (t *table) add(cells []string, notes ...string) {
	t.rows = append(t.rows, tableRow{cells: cells, notes: notes})
}

func (t *table) write(w io.Writer) error {
	widths := make([]int, len(t.header))
	measure := func(cells []string) {
		for i, c := range cells {
			if i < len(widths)-1 && utf8.RuneCountInString(c) > widths[i] {
				widths[i] = utf8.RuneCountInString(c)
			}
		}
	}
	measure(t.header)
	for _, r := range t.rows {
		measure(r.cells)
	}
	col := t.noteCol
	if col <= 0 || col >= len(widths) {
		col = len(widths) - 1
	}
	indent := 0
	for _, wd := range widths[:col] {
		indent += wd + 2
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		b.WriteString("\n")
	}
	line(t.header)
	for _, r := range t.rows {
		line(r.cells)
		for _, n := range r.notes {
			b.WriteString(strings.Repeat(" ", indent) + n + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// articleLabel names an article for people: its title and URL, else where it was read
// from, else its IRI.
func articleLabel(p graph.Provenance) string {
	where := p.URL
	if where == "" {
		where = p.Source
	}
	switch {
	case p.Title != "" && where != "":
		return p.Title + " <" + where + ">"
	case p.Title != "":
		return p.Title
	case where != "":
		return where
	}
	return p.Article
}

// orDash shows an empty cell as "-".
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
