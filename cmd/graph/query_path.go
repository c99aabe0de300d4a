package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/queries"
)

type pathOptions struct {
	From, To     string // names (any alias)
	MaxHops      int    // longest path looked for
	Limit        int    // most paths shown
	Since, Until string // YYYY, YYYY-MM or YYYY-MM-DD
	Format       string // table or json
}

func newQueryPathCmd(a *app) *cobra.Command {
	var opts pathOptions
	cmd := &cobra.Command{
		Use:   "path A B [--max-hops N] [--limit N]",
		Short: "How two entities are connected: the shortest paths, with the fact behind each hop",
		Long: `path finds the shortest connections between two entities over every stored article:
entities are linked by the events they take part in together, by relations, by roles (a
person and the country or organization of the role), by statements (a speaker and what they
spoke about) and by the places of events. Each hop shows the fact behind it, with its date,
sentence and article. Several paths are shown when they exist, shortest first (--limit);
paths through events and relations come before those through roles and statements of the
same length.`,
		Example: `  graph query path Zelensky Putin
  graph query path "Marco Rubio" Ukraine --max-hops 3 --limit 5`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if err := checkDateFlags(opts.Since, opts.Until); err != nil {
				return err
			}
			if opts.MaxHops < 1 || opts.Limit < 1 {
				return usageErrorf("--max-hops and --limit take a number of 1 or more")
			}
			opts.From, opts.To = args[0], args[1]
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryPath(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.MaxHops, "max-hops", queries.DefaultMaxHops, "longest path looked for, in hops")
	f.IntVar(&opts.Limit, "limit", queries.DefaultPathLimit, "most paths shown, shortest first")
	f.StringVar(&opts.Since, "since", "", "only facts dated from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "only facts dated up to this date")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runQueryPath(ctx context.Context, st *graph.Store, opts pathOptions, w io.Writer) error {
	res, err := queries.Paths(ctx, st, queries.PathQuery{From: opts.From, To: opts.To, MaxHops: opts.MaxHops,
		Limit: opts.Limit, Since: opts.Since, Until: opts.Until})
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	fmt.Fprintf(w, "Paths from %s to %s (at most %d hops): %d\n", res.From.Name, res.To.Name, res.MaxHops, len(res.Routes))
	for _, r := range []queries.Resolved{res.From, res.To} {
		if len(r.Others) > 0 {
			fmt.Fprintf(w, "(%q also names %s)\n", r.Query, refNames(r.Others))
		}
	}
	if len(res.Routes) == 0 {
		fmt.Fprintf(w, "no connection within %d hops (--max-hops)\n", res.MaxHops)
		return nil
	}
	var b strings.Builder
	for i, r := range res.Routes {
		b.WriteString("\n")
		fmt.Fprintf(&b, "%d. %s  (%d %s)\n", i+1, routeLine(r), len(r.Hops), plural(len(r.Hops), "hop"))
		for _, h := range r.Hops {
			more := ""
			if h.Facts > 1 {
				more = fmt.Sprintf(" (+%d more %s)", h.Facts-1, plural(h.Facts-1, "fact"))
			}
			fmt.Fprintf(&b, "   %s -> %s: %s %s%s\n", h.From.Name, h.To.Name, h.Fact.Text, factDate(h.Fact), more)
			fmt.Fprintf(&b, "      sentence: %s\n", h.Fact.Source.Sentence)
			fmt.Fprintf(&b, "      article:  %s\n", articleLabel(h.Fact.Source))
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// routeLine is "Volodymyr Zelensky -> meeting at White House -> Donald Trump -> ...".
func routeLine(r queries.Route) string {
	var b strings.Builder
	for i, h := range r.Hops {
		if i == 0 {
			b.WriteString(h.From.Name)
		}
		b.WriteString(" -> " + h.Label + " -> " + h.To.Name)
	}
	return b.String()
}
