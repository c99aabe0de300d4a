package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/ingest"
)

type ingestOptions struct {
	Paths   []string
	Replace bool
	Workers int
	Quiet   bool
}

func newIngestCmd(a *app) *cobra.Command {
	var opts ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Extract facts from articles and store them in the graph",
		Long: `ingest reads articles (.txt, .html, .csv and .jsonl with url,date,title,text columns,
RSS/Atom feeds, directories recursively, - for stdin), extracts their facts and writes each
article's facts in one transaction, labelled with the article's IRI. An article already in
the store is skipped (identity: its URL, else a hash of its text) unless --replace is given,
which swaps its old facts for the new extraction. Bad inputs are reported by name and the
others are still ingested; the exit code is 3 when anything failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Workers == 0 {
				opts.Workers = a.settings.Ingest.Workers
			}
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			_, err = runIngest(cmd.Context(), a, st, opts, cmd.InOrStdin(), cmd.ErrOrStderr())
			return err
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.Replace, "replace", false, "replace the facts of articles already stored with a new extraction")
	f.IntVar(&opts.Workers, "workers", 0, "extraction workers (default config ingest.workers; 0 = one per CPU)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	Read    int           `json:"read"`
	Stored  int           `json:"stored"`
	Skipped int           `json:"skipped"`
	Failed  int           `json:"failed"`
	Quads   int           `json:"quads"`
	Facts   int           `json:"facts"`
	Elapsed time.Duration `json:"elapsed"`
}

func (s ingestSummary) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("ingest: %d articles read, %d stored, %d skipped as already present, %d failed; %d facts written (%d quads); %.1f articles/s",
		s.Read, s.Stored, s.Skipped, s.Failed, s.Facts, s.Quads, rate)
}

// ingestJob is one input on its way through the pipeline, numbered to keep input order.
type ingestJob struct {
	seq  int
	item ingest.Item
	doc  *extract.Document
	err  error
	skip bool // already stored
}

// runIngest reads, extracts (in parallel) and writes (in input order, one article per
// transaction). Writing in input order keeps cross-article entity resolution deterministic:
// an article's lone "Trump" joins the Donald Trump of an earlier article, whatever the number
// of workers.
func runIngest(ctx context.Context, a *app, st *graph.Store, opts ingestOptions, stdin io.Reader, stderr io.Writer) (ingestSummary, error) {
	start := time.Now()
	x, err := a.newExtractor()
	if err != nil {
		return ingestSummary{}, err
	}
	reg, err := a.newRegistry()
	if err != nil {
		return ingestSummary{}, err
	}
	if err := seedRegistry(ctx, st, reg); err != nil {
		return ingestSummary{}, err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan ingestJob, workers*2)
	done := make(chan ingestJob, workers*2)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = ingest.Read(ctx, opts.Paths, a.ingestOptions(stdin), func(it ingest.Item) error {
			select {
			case jobs <- ingestJob{seq: seq, item: it}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.item.Err == nil {
					j.skip, j.err = alreadyStored(ctx, st, j.item.Article, opts.Replace)
					if j.err == nil && !j.skip {
						j.doc, j.err = x.Extract(ctx, j.item.Article)
						if j.err != nil {
							j.err = fmt.Errorf("%s: extract: %w", j.item.Article.Source, j.err)
						}
					}
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	bar := newProgress(stderr, opts.Quiet)
	var sum ingestSummary
	pending := map[int]ingestJob{}
	next := 0
	var writeErr error
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if writeErr != nil {
				continue
			}
			if err := writeJob(ctx, st, reg, j, opts.Replace, &sum, stderr); err != nil {
				writeErr = err
				cancel()
			}
			bar.Add(1)
		}
	}
	bar.Finish()
	sum.Elapsed = time.Since(start)
	fmt.Fprintln(stderr, sum)
	if writeErr != nil {
		return sum, writeErr
	}
	if readErr != nil {
		return sum, readErr
	}
	if sum.Failed > 0 {
		return sum, &partialError{Failed: sum.Failed, Total: sum.Read, What: "articles"}
	}
	return sum, nil
}

// alreadyStored reports whether the article is in the store and should be skipped.
func alreadyStored(ctx context.Context, st *graph.Store, art extract.Article, replace bool) (bool, error) {
	if replace {
		return false, nil
	}
	ok, err := st.HasArticle(ctx, art.IRI())
	if err != nil {
		return false, fmt.Errorf("%s: %w", art.Source, err)
	}
	return ok, nil
}

// writeJob stores one extracted article and counts the outcome. Per-article failures are
// reported and counted; a store failure that may concern every article is returned.
func writeJob(ctx context.Context, st *graph.Store, reg *extract.Registry, j ingestJob, replace bool, sum *ingestSummary, stderr io.Writer) error {
	sum.Read++
	switch {
	case j.item.Err != nil:
		sum.Failed++
		fmt.Fprintf(stderr, "graph: %v\n", j.item.Err)
		return nil
	case j.err != nil:
		sum.Failed++
		fmt.Fprintf(stderr, "graph: %v\n", j.err)
		return nil
	case j.skip:
		sum.Skipped++
		return nil
	}
	reg.ResolveDocument(j.doc)
	res, err := st.WriteDocument(ctx, j.doc, replace)
	if err != nil {
		return fmt.Errorf("%s: store: %w", j.item.Article.Source, err)
	}
	if res.Skipped {
		sum.Skipped++
		return nil
	}
	reg.Add(j.doc.Entities...)
	sum.Stored++
	sum.Quads += res.Added
	sum.Facts += j.doc.FactCount()
	return nil
}

// seedRegistry loads the entities already known to the store into the registry, so that
// this run's articles join them.
func seedRegistry(ctx context.Context, st *graph.Store, reg *extract.Registry) error {
	ents, err := st.Entities(ctx, graph.EntityFilter{})
	if err != nil {
		return fmt.Errorf("read known entities: %w", err)
	}
	for _, e := range ents {
		reg.Add(extract.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	return nil
}

// progress is the part of a progress bar ingest uses.
type progress interface {
	Add(int) error
	Finish() error
}

type noProgress struct{}

func (noProgress) Add(int) error { return nil }
func (noProgress) Finish() error { return nil }

// newProgress shows a bar with a rate when w is a terminal, and nothing otherwise.
func newProgress(w io.Writer, quiet bool) progress {
	f, ok := w.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return noProgress{}
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
