package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/queries"
)

type entitiesOptions struct {
	Type   string // Person, Organization, Country or Place; "" for all
	Match  string // part of a name or alias
	Format string
}

func newQueryEntitiesCmd(a *app) *cobra.Command {
	var opts entitiesOptions
	cmd := &cobra.Command{
		Use:   "entities [--type TYPE] [--match TEXT]",
		Short: "The people, organizations, countries and places known, with aliases and mentions",
		Long: `entities lists the entities of the graph by type and name, each with the other names it
goes by, its number of mentions and of articles, and the dates of the first and last of
those articles. --type keeps one type (Person, Organization, Country, Place); --match keeps
the entities one of whose names contains TEXT (case, accents and punctuation ignored).`,
		Example: `  graph query entities --type Country
  graph query entities --match trump --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryEntities(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Type, "type", "", "keep one entity type: Person, Organization, Country or Place")
	f.StringVar(&opts.Match, "match", "", "keep entities one of whose names contains this text")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runQueryEntities(ctx context.Context, st *graph.Store, opts entitiesOptions, w io.Writer) error {
	ents, err := queries.Entities(ctx, st, queries.EntitiesQuery{Type: opts.Type, Match: opts.Match})
	if err != nil {
		if errors.Is(err, queries.ErrUnknownType) {
			return usageErrorf("%v", err)
		}
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, ents)
	}
	fmt.Fprintf(w, "Entities: %d\n", len(ents))
	if len(ents) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"TYPE", "NAME", "MENTIONS", "ARTICLES", "FIRST SEEN", "LAST SEEN", "ALIASES"}}
	for _, e := range ents {
		name := e.Name
		if e.ISO != "" {
			name += " (" + e.ISO + ")"
		}
		t.add([]string{string(e.Type), name, strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles),
			orDash(e.FirstSeen), orDash(e.LastSeen), strings.Join(e.Aliases, ", ")})
	}
	return t.write(w)
}
