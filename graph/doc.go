// Package graph is newsgraph's store: it keeps the facts extracted from articles as quads
// in Cayley (github.com/cayleygraph/cayley), each quad labelled with the IRI of the article
// it came from, and reads them back as plain Go values with their provenance. Cayley's
// types stay inside this package.
//
//	s, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: "./data"})
//	defer s.Close()
//	res, err := s.WriteDocument(ctx, doc, false) // one transaction per article
//	sts, err := s.Statements(ctx, graph.StatementFilter{Speaker: rubio.IRI})
//
// # Backends
//
// Backends are chosen by name from one registry (backend.go): "bbolt" (the default; an
// embedded file in the directory Config.Path, created on first use), "memstore" (in
// memory) and "postgres" (Config.DSN). Stores get an index on the quad label, so the
// quads of one article are listed without a scan (kv stores: a label index added before
// the store is created; PostgreSQL: an index on quads.label_hash).
//
// # Writes
//
// WriteDocument lays a Document out as quads (the layout is documented in package
// schema; DocumentQuads returns them) and applies them in one Cayley transaction
// (ApplyDeltas): all or nothing. An article already stored is skipped unless replace is
// asked, which deletes its old quads and adds the new ones in the same transaction.
// Writes are serialized by the Store; memstore, which is not safe for a write running
// alongside anything else (cayley issue #779), also makes reads wait for writes. After a
// failed transaction the quad store is reopened, because Cayley's kv stores keep caches
// that the failed transaction left stale.
//
// # Reads
//
// Typed reads (Entities, LookupEntity, Roles, Statements, Events, Relations, Article,
// Articles) return plain structs with their provenance: article IRI, URL, title, date,
// sentence, byte offsets, confidence. Quads streams the raw quads. Gizmo and GraphQL run
// Cayley's query languages; Gizmo runs in a copy of Cayley's gizmo package
// (graph/internal/gizmo) that turns a panic inside a query into an error, so a malformed
// query cannot take the process down.
package graph
