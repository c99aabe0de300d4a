// newsgraph: this file is not part of Cayley.

// Package lru is an unchanged copy of Cayley's internal/lru (github.com/cayleygraph/cayley
// at v0.7.7-0.20240706181042-81dcd7d73e45, Apache License 2.0, see LICENSE), which the
// copy of the kv quad store in graph/internal/kv uses.
package lru
