package main

import (
	"io"

	"newsgraph/extract"
	"newsgraph/ingest"
)

// newExtractor builds the extraction pipeline from the settings. Cross-article identity is
// not done inside extraction (workers run in parallel) but by the ingest writer, in input
// order, with extract.Registry.ResolveDocument.
func (a *app) newExtractor() (*extract.Extractor, error) {
	opts := extract.Options{}
	if f := a.settings.Extract.AliasesFile; f != "" {
		al, err := extract.LoadAliases(f)
		if err != nil {
			return nil, err
		}
		opts.Aliases = al
	}
	return extract.New(opts)
}

// newRegistry returns an empty registry of known entities that honours the aliases file.
func (a *app) newRegistry() (*extract.Registry, error) {
	reg := extract.NewRegistry()
	if f := a.settings.Extract.AliasesFile; f != "" {
		al, err := extract.LoadAliases(f)
		if err != nil {
			return nil, err
		}
		reg.WithAliases(al)
	}
	return reg, nil
}

// ingestOptions turns the ingest settings into the reader's options.
func (a *app) ingestOptions(stdin io.Reader) ingest.Options {
	c := a.settings.Ingest.Columns
	return ingest.Options{
		Columns:         ingest.Columns{URL: c.URL, Date: c.Date, Title: c.Title, Text: c.Text},
		MaxArticleBytes: a.settings.Ingest.MaxArticleBytes,
		Stdin:           stdin,
	}
}
