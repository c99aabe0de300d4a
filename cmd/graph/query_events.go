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

type eventsOptions struct {
	Entity       string // participant or place (any alias)
	Type         string // event kind
	Since, Until string // YYYY, YYYY-MM or YYYY-MM-DD
	Limit        int    // most events shown; 0 for all
	Format       string // table or json
}

func newQueryEventsCmd(a *app) *cobra.Command {
	var opts eventsOptions
	cmd := &cobra.Command{
		Use:   "events [--entity NAME] [--type TYPE] [--since DATE] [--until DATE]",
		Short: "Events (meetings, summits, calls, attacks ...) in date order, with participants and place",
		Long: `events lists the stored events in date order: their kind, participants, place and
date, how the date was found ("stated", "relative: on Monday", or the article's date when the
text gives none), the sentence and the article. --entity keeps the events an entity takes part
in or that take place there; --type keeps one kind (meeting, summit, talks, visit, call,
conference, election, attack, poisoning, protest, agreement, signing, resignation, firing,
sanction, ban).`,
		Example: `  graph query events --entity Putin
  graph query events --type summit --since 2025
  graph query events --entity "White House" --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if err := checkDateFlags(opts.Since, opts.Until); err != nil {
				return err
			}
			if err := checkEventType(opts.Type); err != nil {
				return err
			}
			if !cmd.Flags().Changed("limit") {
				opts.Limit = a.settings.Query.Limit
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryEvents(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Entity, "entity", "", "only events with this participant or place (any name or alias)")
	f.StringVar(&opts.Type, "type", "", "only events of this kind (summit, meeting, attack ...)")
	f.StringVar(&opts.Since, "since", "", "only events dated from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "only events dated up to this date")
	f.IntVar(&opts.Limit, "limit", 0, "most events shown, 0 for all (default query.limit)")
	addFormatFlag(f, &opts.Format)
	return cmd
}

func runQueryEvents(ctx context.Context, st *graph.Store, opts eventsOptions, w io.Writer) error {
	res, err := queries.Events(ctx, st, queries.EventQuery{Entity: opts.Entity, Type: opts.Type, Since: opts.Since, Until: opts.Until})
	if err != nil {
		return err
	}
	total := len(res.Events)
	if opts.Limit > 0 && total > opts.Limit {
		res.Events = res.Events[:opts.Limit]
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	title := "Events"
	if opts.Type != "" {
		title = "Events of type " + opts.Type
	}
	if res.Entity != nil {
		title += " with " + res.Entity.Name
	}
	if opts.Since != "" || opts.Until != "" {
		title += fmt.Sprintf(" (%s to %s)", orDash(opts.Since), orDash(opts.Until))
	}
	if len(res.Events) < total {
		title += fmt.Sprintf(": %d of %d (--limit)", len(res.Events), total)
	} else {
		title += fmt.Sprintf(": %d", total)
	}
	fmt.Fprintln(w, title)
	if res.Entity != nil && len(res.Entity.Others) > 0 {
		fmt.Fprintf(w, "(%q also names %s)\n", res.Entity.Query, refNames(res.Entity.Others))
	}
	if len(res.Events) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"DATE", "EVENT", "PLACE", "PARTICIPANTS"}}
	for _, e := range res.Events {
		date := e.Date
		if e.EndDate != "" && e.EndDate != e.Date {
			date += " to " + e.EndDate
		}
		place := "-"
		if e.Place != nil {
			place = e.Place.Name
		}
		t.add([]string{orDash(date), e.Kind, place, orDash(joinRefs(e.Participants))},
			"date:     "+orDash(e.DateSource), "sentence: "+e.Source.Sentence, "article:  "+articleLabel(e.Source))
	}
	return t.write(w)
}

// checkEventType checks --type: an unknown kind is a usage error that lists the kinds.
func checkEventType(t string) error {
	if t == "" {
		return nil
	}
	if _, ok := schema.ParseEventKind(t); ok {
		return nil
	}
	kinds := make([]string, len(schema.EventKinds))
	for i, k := range schema.EventKinds {
		kinds[i] = string(k)
	}
	return usageErrorf("unknown event type %q: want one of %s", t, strings.Join(kinds, ", "))
}

type timelineOptions struct {
	Name   string
	Limit  int
	Format string
}

func newQueryTimelineCmd(a *app) *cobra.Command {
	var opts timelineOptions
	cmd := &cobra.Command{
		Use:   "timeline NAME",
		Short: "What happened to or with an entity, in date order",
		Long: `timeline lists in date order everything the stored articles report of NAME: the
events it takes part in (or that take place there), the statements it made or that are
about it, the roles it holds (or that are held of it) and its relations. Each line shows the
date and how it was found (an event's own date, a role's as-of date, else the article's
date), the sentence and the article. Facts without any date come last.`,
		Example: `  graph query timeline Putin
  graph query timeline Ukraine --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			if !cmd.Flags().Changed("limit") {
				opts.Limit = a.settings.Query.Limit
			}
			opts.Name = args[0]
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runQueryTimeline(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "most entries shown (the earliest), 0 for all (default query.limit)")
	addFormatFlag(cmd.Flags(), &opts.Format)
	return cmd
}

func runQueryTimeline(ctx context.Context, st *graph.Store, opts timelineOptions, w io.Writer) error {
	res, err := queries.Timeline(ctx, st, opts.Name)
	if err != nil {
		return err
	}
	total := len(res.Entries)
	if opts.Limit > 0 && total > opts.Limit {
		res.Entries = res.Entries[:opts.Limit]
	}
	if opts.Format == formatJSON {
		return writeJSON(w, res)
	}
	title := fmt.Sprintf("Timeline of %s (%s)", res.Entity.Name, res.Entity.Type)
	if len(res.Entries) < total {
		title += fmt.Sprintf(": %d of %d (--limit)", len(res.Entries), total)
	} else {
		title += fmt.Sprintf(": %d", total)
	}
	fmt.Fprintln(w, title)
	if len(res.Entity.Others) > 0 {
		fmt.Fprintf(w, "(%q also names %s)\n", res.Entity.Query, refNames(res.Entity.Others))
	}
	if len(res.Entries) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &table{header: []string{"DATE", "FACT", "AS", "WHAT"}}
	for _, e := range res.Entries {
		t.add([]string{orDash(e.Date), e.Kind, e.As, e.Text},
			"date:     "+orDash(e.DateSource), "sentence: "+e.Source.Sentence, "article:  "+articleLabel(e.Source))
	}
	return t.write(w)
}
