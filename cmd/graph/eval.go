package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/extract"
	"newsgraph/ingest"
	"newsgraph/scoring"
)

type evalOptions struct {
	Gold      string // folder of NAME.json gold files
	Only      string // score only this gold file (its name without .json)
	Verbose   bool   // list every miss and extra
	Format    string // table or json
	Extracted string // folder of saved NAME.json extraction outputs, instead of extracting
}

func newEvalCmd(a *app) *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [--only NAME] [-v] [--format table|json] [--extracted DIR]",
		Short: "Measure the extractor against hand-annotated articles (gold files)",
		Long: `eval scores the extractor on annotated articles exactly as the reference scorer
testdata/eval/score.py does, with the same numbers. For every DIR/NAME.json gold file it reads
the article the file names (relative to DIR's parent), extracts it in process as
'graph extract' would, and compares entities, roles, statements, events and relations with
the gold. It prints one line per article, then precision, recall and F1 of each part and
their mean; -v lists every miss and extra; --format json prints the totals with the keys
of 'score.py --json'. --extracted DIR scores saved outputs (DIR/NAME.json, the JSON of
'graph extract --format json') instead of running the extractor.

The gold format is described in testdata/eval/README.md. An article that cannot be read
or extracted counts as a failed run and scores as empty; the exit code is 0 whatever the
score.`,
		Example: `  graph eval --gold testdata/eval/gold
  graph eval --gold testdata/eval/gold --only alaska-summit -v
  graph eval --gold mygold --format json
  graph eval --gold testdata/eval/gold --extracted out/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), a, opts, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Gold, "gold", "", "folder of gold files NAME.json (required)")
	f.StringVar(&opts.Only, "only", "", "score only the gold file NAME (without .json)")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "list every miss and extra, per article")
	f.StringVar(&opts.Format, "format", "table", "output format: table or json")
	f.StringVar(&opts.Extracted, "extracted", "", "score the saved outputs DIR/NAME.json instead of extracting")
	return cmd
}

func runEval(ctx context.Context, a *app, opts evalOptions, stdout, stderr io.Writer) error {
	if opts.Format != "table" && opts.Format != "json" {
		return usageErrorf("unknown format %q: want table or json", opts.Format)
	}
	if opts.Gold == "" {
		return usageErrorf("give the gold folder: --gold DIR")
	}
	if err := checkDir("gold", opts.Gold); err != nil {
		return err
	}
	files, err := scoring.GoldFiles(opts.Gold, opts.Only)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		if opts.Only != "" {
			all, _ := scoring.GoldFiles(opts.Gold, "")
			return &notFoundError{What: "gold file in " + opts.Gold, Name: opts.Only, Suggest: goldNames(all, opts.Only)}
		}
		return usageErrorf("no gold files (*.json) in %q", opts.Gold)
	}

	var src scoring.Source
	if opts.Extracted != "" {
		if err := checkDir("extracted", opts.Extracted); err != nil {
			return err
		}
		src = scoring.Dir(opts.Extracted)
	} else {
		x, err := a.newExtractor()
		if err != nil {
			return err
		}
		src = extractorSource{x: x, opts: a.ingestOptions(nil)}
	}
	report := scoring.Report{Out: stdout, Err: stderr, Verbose: opts.Verbose, JSON: opts.Format == "json"}
	_, err = report.Run(ctx, files, src)
	return err
}

// checkDir returns a usage error unless path is a folder.
func checkDir(what, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // "no such file or directory", without repeating the path
		}
		return usageErrorf("%s folder %q: %v", what, path, err)
	}
	if !fi.IsDir() {
		return usageErrorf("%s folder %q: not a folder", what, path)
	}
	return nil
}

// goldNames lists the names of gold files that contain or start like name, for
// suggestions.
func goldNames(files []string, name string) []string {
	var out []string
	for _, f := range files {
		n := strings.TrimSuffix(filepath.Base(f), ".json")
		if strings.Contains(n, name) || strings.Contains(name, n) || len(name) >= 3 && strings.HasPrefix(n, name[:3]) {
			out = append(out, n)
		}
	}
	return out
}

// extractorSource extracts each gold article in process: read with package ingest and run
// through the pipeline as `graph extract --format json ARTICLE` does, then scored in that
// JSON form.
type extractorSource struct {
	x    *extract.Extractor
	opts ingest.Options
}

// errFirstItem stops reading after the first article of a file (score.py reads the first
// JSON line when extract prints several).
var errFirstItem = errors.New("first item read")

func (s extractorSource) Extraction(ctx context.Context, g *scoring.Gold) (*scoring.Extraction, error) {
	var item ingest.Item
	read := false
	err := ingest.ReadFile(ctx, g.Article, s.opts, func(it ingest.Item) error {
		item, read = it, true
		return errFirstItem
	})
	if err != nil && !errors.Is(err, errFirstItem) {
		return nil, err
	}
	if !read {
		return nil, fmt.Errorf("%s: no article", g.Article)
	}
	if item.Err != nil {
		return nil, item.Err
	}
	doc, err := s.x.Extract(ctx, item.Article)
	if err != nil {
		return nil, fmt.Errorf("%s: extract: %w", g.Article, err)
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("%s: encode extraction: %w", g.Article, err)
	}
	return scoring.ParseExtraction(data)
}
