// Command graph builds a knowledge graph from news articles and answers questions about it.
//
//	graph ingest articles.csv          # extract facts and store them in Cayley
//	graph query said --by Rubio        # who said what
//	graph export --format graphml -o g.graphml
//
// Run `graph help` for every command. Configuration comes from config.yaml, GRAPH_*
// environment variables and flags, in increasing order of precedence.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
