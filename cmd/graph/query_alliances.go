package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/queries"
	"newsgraph/schema"
)

type alliancesOptions struct {
	Entity       string // name (any alias); "" for every pair
	Since, Until string // YYYY, YYYY-MM or YYYY-MM-DD
	People       bool   // pairs with people too
	NoRoles      bool   // office holders do not count for their country
	Limit        int    // most pairs per side; 0 for all
	Evidence     int    // pieces of evidence shown per pair
	Format       string // table or json
}

func newQueryAlliancesCmd(a *app) *cobra.Command {
	var opts alliancesOptions
	cmd := &cobra.Command{
		Use:   "alliances [--entity NAME] [--since DATE] [--until DATE] [--people]",
		Short: "Who cooperates and who is in conflict: pairs scored from relations, shared events and statements",
		Long: `alliances scores pairs of countries and organizations (and people with --people) by
what the stored articles report between them: explicit relations (supports +3, memberOf +2,
opposes and accuses -2, sanctions -3, occupies -4 ...), events they take part in together
(a meeting +1, an agreement +2, an attack between two sides -4) and statements one makes about
the other with a supportive or hostile word (+1/-1). A person's facts count for the country
or organization of an office they hold in the same article ("Ukrainian President Volodymyr
Zelensky"), unless --no-roles; roles themselves are no evidence. A sentence counts once per
pair. Pairs above zero cooperate, below zero are in conflict; each shows its strongest
evidence with the sentence, the article and the date. The rule is in docs/alliances.md.`,
		Example: `  graph query alliances --entity Ukraine
  graph query alliances --since 2025-01 --limit 10
  graph query alliances --entity Zelensky --people --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if err := checkDateFlags(opts.Since, opts.Until); err != nil {
				return err
			}
			if opts.Limit < 0 || opts.Evidence < 0 {
				return usageErrorf("--limit and --evidence take a number of 0 or more")
			}
			if !cmd.Flags().Changed("limit") {
				opts.Limit = a.settings.Query.Limit
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryAlliances(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Entity, "entity", "", "only the pairs with this entity (any name or alias)")
	f.StringVar(&opts.Since, "since", "", "only evidence dated from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "only evidence dated up to this date")
	f.BoolVar(&opts.People, "people", false, "list pairs with people too")
	f.BoolVar(&opts.NoRoles, "no-roles", false, "count only facts that name the country or organization itself, not its office holders'")
	f.IntVar(&opts.Limit, "limit", 0, "most pairs on each side, 0 for all (default query.limit)")
	f.IntVar(&opts.Evidence, "evidence", 3, "pieces of evidence shown per pair, strongest first")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runQueryAlliances(ctx context.Context, st *graph.Store, opts alliancesOptions, w io.Writer) error {
	res, err := queries.Alliances(ctx, st, queries.AllianceQuery{Entity: opts.Entity, Since: opts.Since, Until: opts.Until,
		People: opts.People, NoRoles: opts.NoRoles, Limit: opts.Limit, Evidence: opts.Evidence})
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	title := "Alliances"
	if res.Entity != nil {
		title += " of " + res.Entity.Name
	}
	if opts.Since != "" || opts.Until != "" {
		title += fmt.Sprintf(" (%s to %s)", orDash(opts.Since), orDash(opts.Until))
	}
	sides := map[string]int{}
	for _, p := range res.Pairs {
		sides[p.Side]++
	}
	fmt.Fprintf(w, "%s: %d pairs (%d cooperation, %d mixed, %d conflict)\n", title, len(res.Pairs),
		sides[queries.SideCooperation], sides[queries.SideMixed], sides[queries.SideConflict])
	if res.Entity != nil && len(res.Entity.Others) > 0 {
		fmt.Fprintf(w, "(%q also names %s)\n", res.Entity.Query, refNames(res.Entity.Others))
	}
	if res.Entity != nil && res.Entity.Type == schema.Place {
		fmt.Fprintf(w, "(%s is a place: places take no side; graph query events --entity %q lists what happened there)\n", res.Entity.Name, res.Entity.Name)
	}
	if len(res.Pairs) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"SIDE", "PAIR", "SCORE", "FOR/AGAINST", "PIECES", "DATES"}, noteCol: 1}
	for _, p := range res.Pairs {
		var notes []string
		for _, e := range p.Strongest {
			notes = append(notes, evidenceLines(e)...)
		}
		dates := p.First
		if p.Last != p.First {
			dates += " to " + p.Last
		}
		t.add([]string{p.Side, p.A.Name + " - " + p.B.Name, fmt.Sprintf("%+d", p.Score),
			fmt.Sprintf("+%d/-%d", p.Cooperation, p.Conflict),
			fmt.Sprintf("%d in %d %s", p.Pieces, p.Articles, plural(p.Articles, "article")), orDash(dates)}, notes...)
	}
	return t.write(w)
}

// evidenceLines shows one piece of evidence: its weight and fact, the roles it goes
// through, the sentence and the article.
func evidenceLines(e queries.AllianceEvidence) []string {
	head := fmt.Sprintf("%+d  %s", e.Weight, e.Fact.Text)
	if e.Cue != "" {
		head += fmt.Sprintf(" [%q]", e.Cue)
	}
	head += "  " + factDate(e.Fact)
	lines := []string{head}
	for _, v := range e.Via {
		lines = append(lines, "    via "+v.Text)
	}
	return append(lines, "    sentence: "+e.Fact.Source.Sentence, "    article:  "+articleLabel(e.Fact.Source))
}

// factDate is "(2025-08-18, relative: on Monday)".
func factDate(f queries.FactRef) string {
	if f.Date == "" {
		return "(undated)"
	}
	if f.DateSource == "" {
		return "(" + f.Date + ")"
	}
	return "(" + f.Date + ", " + f.DateSource + ")"
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// joinRefs lists entity names.
func joinRefs(refs []graph.EntityRef) string {
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = r.Name
	}
	return strings.Join(names, ", ")
}
