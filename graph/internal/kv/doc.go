// newsgraph: this file is not part of Cayley; it is newsgraph's own note on the copy.

// Package kv is a copy of Cayley's key-value quad store (github.com/cayleygraph/cayley
// graph/kv at v0.7.7-0.20240706181042-81dcd7d73e45, Apache License 2.0, see LICENSE),
// with these changes, each marked "newsgraph:" in the code:
//
//   - ApplyDeltas resolves the nodes that lose references in a transaction before it
//     applies the transaction's adds. Upstream resolved them after, so an added quad
//     that used such a node (in newsgraph: every quad of an article that is replaced
//     by a smaller extraction shares its label with more deleted quads) was stored with
//     that direction empty.
//   - DefaultQuadIndexes includes an index on the quad label, so the quads of one
//     article are listed without a scan.
//   - the Prometheus metrics are not registered with the default registry (upstream
//     used promauto), so the copy can live in a binary that also links Cayley's kv.
//   - the lru package it uses is copied beside it (Cayley's is internal).
//   - the bloom filters are sized to the store (upstream: 100M entries, some 75 MB each,
//     whose random bits cost cache misses on every add and test), and a store on bbolt
//     fills the filter of stored quads with one cursor scan of the log when it opens.
//   - newsgraph.go (not in Cayley) adds ReadTx, a read transaction with the bbolt buckets
//     opened once, for newsgraph's reads: quads by one or several leading directions of
//     an index, the distinct subjects of an object and predicate from the index keys,
//     values in batches, and a scan of the whole log. Cayley's iterators open a
//     transaction per batch of 100 quads and look each key's bucket up again, which
//     made them three to eight times slower for the same keys.
//
// Files otherwise unchanged: all_iterator.go, iterators.go, quad_iterator.go,
// quadstore.go (import path of lru, bloom capacity).
package kv
