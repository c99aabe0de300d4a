package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// app is what every command shares: the configuration, loaded once the flags are parsed.
type app struct {
	cfg        *configState
	configFile string
	settings   Settings
	stdout     io.Writer
	stderr     io.Writer
}

// run executes the command line and returns the process exit code.
func run(ctx context.Context, args []string) int {
	a := &app{cfg: newConfigState(), stdout: os.Stdout, stderr: os.Stderr}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	err := root.ExecuteContext(ctx)
	if err != nil {
		fmt.Fprintln(a.stderr, "graph: "+err.Error())
	}
	return exitCode(err)
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "graph",
		Short: "Build a knowledge graph from news articles, query it and export it",
		Long: `graph reads news articles (text, HTML, CSV, JSONL, feeds), extracts the people,
organizations, countries and places they name, the roles people hold, who said what,
events and relations, stores them as quads in Cayley with each fact labelled by its
article, answers relationship questions and exports the graph for Gephi, Cytoscape,
Graphviz, yEd and RDF tools.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := a.cfg.read(a.configFile); err != nil {
				return err
			}
			s, err := a.cfg.settings()
			if err != nil {
				return err
			}
			a.settings = s
			return nil
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "config file (default ./config.yaml, then ~/.config/newsgraph/config.yaml)")
	pf.String("backend", "", "store backend: bbolt, memstore or postgres (config store.backend)")
	pf.String("db", "", "bbolt database directory (config store.path)")
	pf.String("dsn", "", "PostgreSQL connection string (config store.dsn)")
	a.cfg.bind(keyStoreBackend, pf.Lookup("backend"))
	a.cfg.bind(keyStorePath, pf.Lookup("db"))
	a.cfg.bind(keyStoreDSN, pf.Lookup("dsn"))

	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%v", err)
	})
	for _, c := range commands(a) {
		root.AddCommand(c)
	}
	return root
}

// commands lists every subcommand; each lives in its own file.
func commands(a *app) []*cobra.Command {
	return []*cobra.Command{
		newDemoCmd(a),
		newConfigCmd(a),
		newExtractCmd(a),
		newIngestCmd(a),
		newEvalCmd(a),
		newExportCmd(a),
		newQueryCmd(a),
		newStatsCmd(a),
	}
}

// writeJSON writes v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
