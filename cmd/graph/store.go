package main

import (
	"context"

	"newsgraph/graph"
)

// storeConfig turns the store settings into the store's typed configuration.
func storeConfig(s StoreSettings, readOnly bool) graph.Config {
	return graph.Config{
		Backend:   s.Backend,
		Path:      s.Path,
		DSN:       s.DSN,
		BatchSize: s.BatchSize,
		ReadOnly:  readOnly,
	}
}

// openStore opens the configured store for reading and writing (created on first use).
// The caller closes it.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	return graph.Open(ctx, storeConfig(a.settings.Store, false))
}

// openStoreReadOnly opens the configured store for reading only: several readers may
// use a bbolt store at once, and it opens faster.
func (a *app) openStoreReadOnly(ctx context.Context) (*graph.Store, error) {
	return graph.Open(ctx, storeConfig(a.settings.Store, true))
}
