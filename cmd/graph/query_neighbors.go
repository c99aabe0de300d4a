package main

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/queries"
)

type neighborsOptions struct {
	Name   string
	Format string
}

func newQueryNeighborsCmd(a *app) *cobra.Command {
	var opts neighborsOptions
	cmd := &cobra.Command{
		Use:   "neighbors NAME",
		Short: "The entities linked to one by roles, statements, relations and events",
		Long: `neighbors lists the entities linked to NAME, the most linked first: the country or
organization of a role (and the people holding roles of a country), the entities a statement
is about (and who spoke about NAME), relations (occupies, supports, opposes ...) and events
(the other participants and the place). Each link shows its date and sentence; "->" reads
from NAME to the neighbour, "<-" from the neighbour to NAME.`,
		Example: `  graph query neighbors Putin
  graph query neighbors "European Union" --format json`,
		Aliases: []string{"neighbours"},
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			opts.Name = args[0]
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryNeighbors(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	addFormatFlag(cmd.Flags(), &opts.Format)
	return cmd
}

func runQueryNeighbors(ctx context.Context, st *graph.Store, opts neighborsOptions, w io.Writer) error {
	res, err := queries.Neighbors(ctx, st, opts.Name)
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	fmt.Fprintf(w, "Neighbours of %s (%s): %d\n", res.Entity.Name, res.Entity.Type, len(res.Neighbors))
	if len(res.Entity.Others) > 0 {
		fmt.Fprintf(w, "(%q also names %s)\n", res.Entity.Query, refNames(res.Entity.Others))
	}
	if len(res.Neighbors) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"NEIGHBOUR", "TYPE", "FACTS", "LINKS"}}
	for _, n := range res.Neighbors {
		var notes []string
		for _, l := range n.Links {
			arrow := "<-"
			if l.Outgoing {
				arrow = "->"
			}
			notes = append(notes, fmt.Sprintf("%s %s %s: %s", orDash(l.Date), arrow, l.Label, l.Sentence))
		}
		summary := ""
		seen := map[string]bool{}
		for _, l := range n.Links {
			arrow := "<-"
			if l.Outgoing {
				arrow = "->"
			}
			k := arrow + " " + l.Label
			if !seen[k] {
				if summary != "" {
					summary += ", "
				}
				summary += k
				seen[k] = true
			}
		}
		t.add(append([]string{n.Entity.Name, string(n.Entity.Type), strconv.Itoa(len(n.Links))}, summary), notes...)
	}
	return t.write(w)
}
