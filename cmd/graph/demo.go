package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/spf13/cobra"

	"newsgraph/graph"
)

type demoOptions struct {
	Sample   string // the folder of sample articles
	Speakers int    // how many speakers to show statements for
}

func newDemoCmd(a *app) *cobra.Command {
	opts := demoOptions{Sample: "examples", Speakers: 4}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled sample articles, then show who said what and the roles found",
		Long: `demo runs the main job on the bundled sample (examples/: the Alaska summit article and
five Wikinews articles): it ingests them into the configured store (by default the embedded
bbolt database in ./data; a second run finds them already stored and adds nothing), then
prints the statements of the most quoted speakers and every role found. Run it from the
repository root, or give --sample.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), a, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&opts.Sample, "sample", opts.Sample, "folder of sample articles")
	cmd.Flags().IntVar(&opts.Speakers, "speakers", opts.Speakers, "how many of the most quoted speakers to show")
	return cmd
}

func runDemo(ctx context.Context, a *app, opts demoOptions, stdout, stderr io.Writer) error {
	st, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(stdout, "Ingesting %s into the %s store (%s)\n", opts.Sample, st.Backend(), storeWhere(a.settings.Store))
	if _, err := runIngest(ctx, a, st, ingestOptions{Paths: []string{opts.Sample}, Quiet: true}, nil, stdout); err != nil {
		return err
	}

	speakers, err := topSpeakers(ctx, st, opts.Speakers)
	if err != nil {
		return err
	}
	for _, name := range speakers {
		fmt.Fprintf(stdout, "\n== graph query said --by %q\n", name)
		if err := runQuerySaid(ctx, st, saidOptions{By: name, Format: formatTable, Limit: 8}, stdout); err != nil {
			return queryError(err)
		}
	}
	fmt.Fprintf(stdout, "\n== graph query roles\n")
	if err := runQueryRoles(ctx, st, rolesOptions{Format: formatTable}, stdout); err != nil {
		return queryError(err)
	}
	fmt.Fprint(stdout, `
Next: graph query said --about Donetsk, graph query alliances --entity Ukraine,
graph query path Zelensky Putin, graph export --format graphml -o sample.graphml
`)
	return nil
}

// topSpeakers returns the names of the n speakers with the most statements, most first.
func topSpeakers(ctx context.Context, st *graph.Store, n int) ([]string, error) {
	sts, err := st.Statements(ctx, graph.StatementFilter{})
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	name := map[string]string{}
	for _, s := range sts {
		if s.Speaker == nil {
			continue
		}
		count[s.Speaker.IRI]++
		name[s.Speaker.IRI] = s.Speaker.Name
	}
	iris := make([]string, 0, len(count))
	for iri := range count {
		iris = append(iris, iri)
	}
	sort.Slice(iris, func(i, j int) bool {
		if count[iris[i]] != count[iris[j]] {
			return count[iris[i]] > count[iris[j]]
		}
		return name[iris[i]] < name[iris[j]]
	})
	if len(iris) > n {
		iris = iris[:n]
	}
	out := make([]string, len(iris))
	for i, iri := range iris {
		out[i] = name[iri]
	}
	return out, nil
}

// storeWhere says where the configured store keeps its data.
func storeWhere(s StoreSettings) string {
	switch s.Backend {
	case "bbolt":
		return s.Path
	case "postgres":
		return "PostgreSQL"
	}
	return "in memory"
}
