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
// quads of one article are listed without a scan (bbolt: a label index among the store's
// kv indexes; PostgreSQL: an index on quads.label_hash). bbolt runs on a copy of Cayley's
// kv quad store (graph/internal/kv) that fixes a transaction bug: upstream, a transaction
// that deletes more quads than it adds stores its added quads with empty directions, which
// every replace of an article by a smaller extraction does.
//
// # Writes
//
// WriteDocument lays a Document out as quads (the layout is documented in package
// schema; DocumentQuads returns them) and applies them in one Cayley transaction
// (ApplyDeltas): all or nothing. WriteDocuments groups several articles into
// transactions of up to Config.BatchSize quads, each article still whole. An article already stored is skipped unless replace is
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
// source, sentence, byte offsets, confidence. LookupEntity finds an entity by any of its
// names folded (FoldName: case, accents and punctuation ignored) through the ng:nameKey
// quads, and suggests close names when none matches.
//
// Reads go through the indexes: the facts of an entity from the object index (spokenBy,
// about, holder ... -> entity), the nodes of a class from the keys of the object index
// (one quad read per node, not per article), a node's properties from the
// subject-predicate index (an entity's reference reads its type and name quads only, not
// the quads of every statement it made). Quads are compared by the ids of their values,
// and only the values needed are read, in batches. A read caches the entities and
// articles it loads; a Reader (Store.Reader) shares those caches among the reads of one
// query. On bbolt the reads run in one read transaction of the kv store (kv.ReadTx); on
// PostgreSQL, values and the quads of many nodes are read with one SQL query each
// (postgres.go) instead of one per node. Quads streams the raw quads. Gizmo and GraphQL run
// Cayley's query languages; Gizmo runs in a copy of Cayley's gizmo package
// (graph/internal/gizmo) that turns a panic inside a query into an error, so a malformed
// query cannot take the process down.
package graph
