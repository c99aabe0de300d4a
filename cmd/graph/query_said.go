package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/queries"
)

type saidOptions struct {
	By, About    string // names (any alias)
	Since, Until string // YYYY, YYYY-MM or YYYY-MM-DD
	Limit        int    // most statements shown; 0 for all
	Format       string // table or json
}

func newQuerySaidCmd(a *app) *cobra.Command {
	var opts saidOptions
	cmd := &cobra.Command{
		Use:   "said --by NAME [--about NAME] [--since DATE] [--until DATE]",
		Short: "Who said what: the statements of a speaker, or about someone, by date",
		Long: `said lists statements in date order, each with its kind (direct quote or reported
speech), the speech verb and medium when known, the sentence it was read from and the
article. --by names the speaker, --about an entity the statements are about; give either or
both. --since and --until take YYYY, YYYY-MM or YYYY-MM-DD and include both ends.`,
		Example: `  graph query said --by Rubio
  graph query said --by Witkoff --about Donetsk
  graph query said --about Ukraine --since 2025-08 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if opts.By == "" && opts.About == "" {
				return usageErrorf("say whose statements (--by NAME) or about whom (--about NAME)")
			}
			if err := checkDateFlags(opts.Since, opts.Until); err != nil {
				return err
			}
			if !cmd.Flags().Changed("limit") {
				opts.Limit = a.settings.Query.Limit
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQuerySaid(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.By, "by", "", "the speaker (any name or alias)")
	f.StringVar(&opts.About, "about", "", "an entity the statements are about (any name or alias)")
	f.StringVar(&opts.Since, "since", "", "only articles dated from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "only articles dated up to this date")
	f.IntVar(&opts.Limit, "limit", 0, "most statements shown, 0 for all (default query.limit)")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runQuerySaid(ctx context.Context, st *graph.Store, opts saidOptions, w io.Writer) error {
	res, err := queries.Said(ctx, st, queries.SaidQuery{By: opts.By, About: opts.About, Since: opts.Since, Until: opts.Until, Limit: opts.Limit})
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	title := "Statements"
	if res.Speaker != nil {
		title += " by " + res.Speaker.Name
	}
	if res.About != nil {
		title += " about " + res.About.Name
	}
	if opts.Since != "" || opts.Until != "" {
		title += fmt.Sprintf(" (%s to %s)", orDash(opts.Since), orDash(opts.Until))
	}
	if len(res.Statements) < res.Total {
		title += fmt.Sprintf(": %d of %d (--limit)", len(res.Statements), res.Total)
	} else {
		title += fmt.Sprintf(": %d", res.Total)
	}
	fmt.Fprintln(w, title)
	for _, r := range []*queries.Resolved{res.Speaker, res.About} {
		if r != nil && len(r.Others) > 0 {
			fmt.Fprintf(w, "(%q also names %s)\n", r.Query, refNames(r.Others))
		}
	}
	if len(res.Statements) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"DATE", "SPEAKER", "KIND", "STATEMENT"}}
	for _, s := range res.Statements {
		speaker := "(unnamed)"
		if s.Speaker != nil {
			speaker = s.Speaker.Name
		}
		text := s.Text
		if s.Kind == "direct" {
			text = "“" + text + "”"
		}
		how := s.Cue
		if s.Medium != "" {
			how += " (" + s.Medium + ")"
		}
		notes := []string{}
		if how != "" {
			notes = append(notes, "how:      "+how)
		}
		notes = append(notes, "sentence: "+s.Sentence, "article:  "+articleLabel(s.Provenance))
		t.add([]string{orDash(s.Date), speaker, s.Kind, text}, notes...)
	}
	return t.write(w)
}

// refNames lists entity names for messages.
func refNames(refs []graph.EntityRef) string {
	s := ""
	for i, r := range refs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s (%s)", r.Name, r.ID)
	}
	return s
}
