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

	w := &ingestWriter{st: st, reg: reg, replace: opts.Replace, bar: newProgress(stderr, opts.Quiet), stderr: stderr}
	pending := map[int]ingestJob{}
	next := 0
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			w.add(ctx, j)
		}
		if len(done) == 0 {
			// Nothing else is ready: write what is waiting rather than hold it.
			w.flush(ctx)
		}
	}
	w.flush(ctx)
	w.bar.Finish()
	sum := w.sum
	sum.Elapsed = time.Since(start)
	fmt.Fprintln(stderr, sum)
	if readErr != nil {
		return sum, readErr
	}
	if sum.Failed > 0 {
		return sum, &partialError{Failed: sum.Failed, Total: sum.Read, What: "articles"}
	}
	return sum, nil
}

// ingestWriter takes jobs in input order, joins their entities to the known ones, and
// writes them in batches: one transaction per batch on disk stores, while each article
// stays all or nothing (graph.Store.WriteDocuments).
type ingestWriter struct {
	st      *graph.Store
	reg     *extract.Registry
	replace bool
	bar     progress
	stderr  io.Writer
	batch   []ingestJob
	sum     ingestSummary
}

// maxIngestBatch bounds the articles held for one write.
const maxIngestBatch = 64

// add counts a job that needs no write, or queues its document for the next batch.
func (w *ingestWriter) add(ctx context.Context, j ingestJob) {
	switch {
	case j.item.Err != nil:
		w.fail(j.item.Err)
	case j.err != nil:
		w.fail(j.err)
	case j.skip:
		w.sum.Read++
		w.sum.Skipped++
		w.bar.Add(1)
	default:
		// Resolve and register now, in input order: the next article may name the
		// same people by their surname only.
		w.reg.ResolveDocument(j.doc)
		w.reg.Add(j.doc.Entities...)
		w.batch = append(w.batch, j)
		if len(w.batch) >= maxIngestBatch {
			w.flush(ctx)
		}
	}
}

func (w *ingestWriter) fail(err error) {
	w.sum.Read++
	w.sum.Failed++
	fmt.Fprintf(w.stderr, "graph: %v\n", err)
	w.bar.Add(1)
}

// flush writes the queued documents and counts the outcome of each.
func (w *ingestWriter) flush(ctx context.Context) {
	if len(w.batch) == 0 {
		return
	}
	docs := make([]*extract.Document, len(w.batch))
	for i, j := range w.batch {
		docs[i] = j.doc
	}
	results, errs := w.st.WriteDocuments(ctx, docs, w.replace)
	for i, j := range w.batch {
		switch {
		case errs[i] != nil:
			w.fail(fmt.Errorf("%s: store: %w", j.item.Article.Source, errs[i]))
			continue
		case results[i].Skipped:
			w.sum.Skipped++
		default:
			w.sum.Stored++
			w.sum.Quads += results[i].Added
			w.sum.Facts += j.doc.FactCount()
		}
		w.sum.Read++
		w.bar.Add(1)
	}
	w.batch = w.batch[:0]
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
