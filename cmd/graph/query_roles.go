package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/queries"
)

type rolesOptions struct {
	Name         string // a person, or a country or organization; "" for every role
	Since, Until string
	Format       string
}

func newQueryRolesCmd(a *app) *cobra.Command {
	var opts rolesOptions
	cmd := &cobra.Command{
		Use:   "roles [NAME]",
		Short: "The positions people hold, over time, with the articles that report them",
		Long: `roles lists who holds which position (title, and the country or organization it belongs
to), from the first to the last date an article reported it (the article's date, "as of").
NAME is a person, or a country or organization to list the roles that belong to it; without
NAME every role is listed. Each report shows its date, sentence and article.`,
		Example: `  graph query roles Trump
  graph query roles Russia
  graph query roles --since 2025 --format json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if err := checkDateFlags(opts.Since, opts.Until); err != nil {
				return err
			}
			if len(args) == 1 {
				opts.Name = args[0]
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryRoles(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Since, "since", "", "only reports dated from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "only reports dated up to this date")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runQueryRoles(ctx context.Context, st *graph.Store, opts rolesOptions, w io.Writer) error {
	res, err := queries.Roles(ctx, st, queries.RolesQuery{Name: opts.Name, Since: opts.Since, Until: opts.Until})
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	title := "Roles"
	if res.Entity != nil {
		title += " of " + res.Entity.Name
	}
	fmt.Fprintf(w, "%s: %d\n", title, len(res.Roles))
	if res.Entity != nil && len(res.Entity.Others) > 0 {
		fmt.Fprintf(w, "(%q also names %s)\n", res.Entity.Query, refNames(res.Entity.Others))
	}
	if len(res.Roles) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"PERSON", "TITLE", "OF", "FROM", "TO", "REPORTS"}, noteCol: 1}
	for _, r := range res.Roles {
		title := r.Title
		if r.Former {
			title = "former " + title
		}
		of := "-"
		if r.Of != nil {
			of = r.Of.Name
		}
		var notes []string
		for _, rep := range r.Reports {
			notes = append(notes, fmt.Sprintf("%-18s%s", "as of "+orDash(rep.AsOf), rep.Sentence),
				strings.Repeat(" ", 18)+articleLabel(rep.Provenance))
		}
		t.add([]string{r.Person.Name, title, of, orDash(r.From), orDash(r.To), strconv.Itoa(len(r.Reports))}, notes...)
	}
	return t.write(w)
}
