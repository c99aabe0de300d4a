package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/schema"
)

type statsOptions struct {
	Format string
}

func newStatsCmd(a *app) *cobra.Command {
	var opts statsOptions
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the articles, entities by type, facts by kind and quads of the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format); err != nil {
				return err
			}
			return a.withStore(cmd.Context(), func(ctx context.Context, st *graph.Store) error {
				return runStats(ctx, st, opts, cmd.OutOrStdout())
			})
		},
	}
	addFormatFlag(cmd.Flags(), &opts.Format)
	return cmd
}

func runStats(ctx context.Context, st *graph.Store, opts statsOptions, w io.Writer) error {
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if opts.Format == formatJSON {
		return writeJSON(w, s)
	}
	// total sums the counts of m and lists them: "23  (Person 5, Organization 2, ...)".
	total := func(m map[string]int, keys []string) string {
		n := 0
		var parts []string
		for _, k := range keys {
			n += m[k]
			parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
		}
		return fmt.Sprintf("%d  (%s)", n, strings.Join(parts, ", "))
	}
	var types, kinds []string
	for _, t := range schema.EntityTypes {
		types = append(types, string(t))
	}
	for _, k := range graph.FactKinds {
		kinds = append(kinds, k.Kind)
	}
	size := "unknown"
	if s.SizeBytes >= 0 {
		size = byteSize(s.SizeBytes)
	}
	t := &table{header: []string{"backend", s.Backend}}
	t.add([]string{"articles", fmt.Sprint(s.Articles)})
	t.add([]string{"entities", total(s.Entities, types)})
	t.add([]string{"facts", total(s.Facts, kinds)})
	t.add([]string{"quads", fmt.Sprint(s.Quads)})
	t.add([]string{"size", size})
	return t.write(w)
}

// byteSize shows a number of bytes for people: "1.2 MB".
func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
