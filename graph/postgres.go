package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// pgAccel reads a PostgreSQL store with SQL of its own on Cayley's tables (quads, nodes):
// the values of many nodes in one query, the quads of many subjects in one, where
// Cayley's quad store issues one query per node and one per subject. Quads are listed in
// the order they were stored (the quads table's horizon), as bbolt and memstore list
// them.
type pgAccel struct {
	ctx context.Context
	db  *sql.DB
}

// pgBatch is the most hashes one query looks up.
const pgBatch = 2000

func openPGAccel(db *sql.DB) func(ctx context.Context, qs cgraph.QuadStore) (accel, error) {
	return func(ctx context.Context, qs cgraph.QuadStore) (accel, error) {
		if _, ok := qs.(*csql.QuadStore); !ok {
			return nil, nil
		}
		return pgAccel{ctx: ctx, db: db}, nil
	}
}

func (a pgAccel) close() error { return nil }

// pgHash returns the node hash a reference of Cayley's SQL store holds.
func pgHash(r cgraph.Ref) (refs.ValueHash, bool) {
	switch h := r.(type) {
	case csql.NodeHash:
		return h.ValueHash, true
	case refs.ValueHash:
		return h, true
	}
	return refs.ValueHash{}, false
}

// pgRef is the reference of a node hash (nil for no node: a quad without label).
func pgRef(h csql.NodeHash) cgraph.Ref {
	if !h.Valid() {
		return nil
	}
	return h
}

// pgHashes returns the hashes of dirs, or false when a reference is not a SQL one.
func pgHashes(dirs []dir) ([]any, bool) {
	args := make([]any, len(dirs))
	for i, d := range dirs {
		h, ok := pgHash(d.r)
		if !ok {
			return nil, false
		}
		args[i] = h[:]
	}
	return args, true
}

// pgColumn names the hash column of direction d.
func pgColumn(d quad.Direction) string { return d.String() + "_hash" }

// where is the SQL condition "subject_hash = $1 AND predicate_hash = $2" for dirs.
func where(dirs []dir) string {
	conds := make([]string, len(dirs))
	for i, d := range dirs {
		conds[i] = fmt.Sprintf("%s = $%d", pgColumn(d.d), i+1)
	}
	return strings.Join(conds, " AND ")
}

func (a pgAccel) ref(quad.Value) (cgraph.Ref, bool, error) { return nil, false, nil }

// scanQuads runs a query of the four hash columns and calls fn with each quad.
func (a pgAccel) scanQuads(query string, args []any, fn func(qref) error) error {
	rows, err := a.db.QueryContext(a.ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var s, p, o, l csql.NodeHash
		if err := rows.Scan(&s, &p, &o, &l); err != nil {
			return err
		}
		if err := fn(qref{s: pgRef(s), p: pgRef(p), o: pgRef(o), l: pgRef(l)}); err != nil {
			return err
		}
	}
	return rows.Err()
}

const pgQuadColumns = `subject_hash, predicate_hash, object_hash, label_hash`

func (a pgAccel) quads(dirs []dir, fn func(qref) error) (bool, error) {
	args, ok := pgHashes(dirs)
	if !ok {
		return false, nil
	}
	q := `SELECT ` + pgQuadColumns + ` FROM quads WHERE ` + where(dirs) + ` ORDER BY horizon`
	return true, a.scanQuads(q, args, fn)
}

func (a pgAccel) distinct(d quad.Direction, dirs []dir, fn func(cgraph.Ref) error) (bool, error) {
	args, ok := pgHashes(dirs)
	if !ok {
		return false, nil
	}
	col := pgColumn(d)
	q := `SELECT ` + col + ` FROM quads WHERE ` + where(dirs) + ` AND ` + col + ` IS NOT NULL GROUP BY ` + col + ` ORDER BY MIN(horizon)`
	rows, err := a.db.QueryContext(a.ctx, q, args...)
	if err != nil {
		return true, err
	}
	defer rows.Close()
	for rows.Next() {
		var h csql.NodeHash
		if err := rows.Scan(&h); err != nil {
			return true, err
		}
		if err := fn(pgRef(h)); err != nil {
			return true, err
		}
	}
	return true, rows.Err()
}

func (a pgAccel) subjectQuads(ids, preds []cgraph.Ref, fn func(i int, q qref) error) (bool, error) {
	index := make(map[refs.ValueHash][]int, len(ids))
	var hashes [][]byte
	for i, id := range ids {
		h, ok := pgHash(id)
		if !ok {
			return false, nil
		}
		if _, dup := index[h]; !dup {
			hashes = append(hashes, h[:])
		}
		index[h] = append(index[h], i)
	}
	var ps [][]byte
	for _, p := range preds {
		h, ok := pgHash(p)
		if !ok {
			return false, nil
		}
		ps = append(ps, h[:])
	}
	for len(hashes) > 0 {
		chunk := hashes[:min(len(hashes), pgBatch)]
		hashes = hashes[len(chunk):]
		q := `SELECT ` + pgQuadColumns + ` FROM quads WHERE subject_hash = ANY($1)`
		args := []any{pq.ByteaArray(chunk)}
		if len(ps) > 0 {
			q += ` AND predicate_hash = ANY($2)`
			args = append(args, pq.ByteaArray(ps))
		}
		err := a.scanQuads(q+` ORDER BY horizon`, args, func(qr qref) error {
			h, _ := pgHash(qr.s)
			for _, i := range index[h] {
				if err := fn(i, qr); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return true, err
		}
	}
	return true, nil
}

func (a pgAccel) all(fn func(qref) error) (bool, error) {
	return true, a.scanQuads(`SELECT `+pgQuadColumns+` FROM quads ORDER BY horizon`, nil, fn)
}

// values reads the values of many nodes with one query per pgBatch of them, and decodes
// the columns of the nodes table as Cayley's NameOf does.
func (a pgAccel) values(rs []cgraph.Ref) ([]quad.Value, bool, error) {
	out := make([]quad.Value, len(rs))
	index := make(map[refs.ValueHash][]int, len(rs))
	var hashes [][]byte
	for i, r := range rs {
		if r == nil {
			continue
		}
		h, ok := pgHash(r)
		if !ok {
			return nil, false, nil
		}
		if !h.Valid() {
			continue
		}
		if _, dup := index[h]; !dup {
			hashes = append(hashes, h[:])
		}
		index[h] = append(index[h], i)
	}
	for len(hashes) > 0 {
		chunk := hashes[:min(len(hashes), pgBatch)]
		hashes = hashes[len(chunk):]
		rows, err := a.db.QueryContext(a.ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
			value_int, value_bool, value_float, value_time FROM nodes WHERE hash = ANY($1)`, pq.ByteaArray(chunk))
		if err != nil {
			return nil, true, err
		}
		for rows.Next() {
			var h csql.NodeHash
			val, err := scanNode(rows, &h)
			if err != nil {
				rows.Close()
				return nil, true, err
			}
			for _, i := range index[h.ValueHash] {
				out[i] = val
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, true, err
		}
	}
	return out, true, nil
}

// scanNode decodes a row of the nodes table as Cayley's SQL store does (graph/sql,
// QuadStore.NameOf).
func scanNode(rows *sql.Rows, h *csql.NodeHash) (quad.Value, error) {
	var (
		data   []byte
		str    sql.NullString
		typ    sql.NullString
		lang   sql.NullString
		iri    sql.NullBool
		bnode  sql.NullBool
		vint   sql.NullInt64
		vbool  sql.NullBool
		vfloat sql.NullFloat64
		vtime  sql.NullTime
	)
	if err := rows.Scan(h, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime); err != nil {
		return nil, err
	}
	switch {
	case str.Valid && iri.Bool:
		return quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return quad.LangString{Value: quad.String(unescapeNull(str.String)), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return quad.TypedString{Value: quad.String(unescapeNull(str.String)), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return quad.String(unescapeNull(str.String)), nil
	case vint.Valid:
		return quad.Int(vint.Int64), nil
	case vbool.Valid:
		return quad.Bool(vbool.Bool), nil
	case vfloat.Valid:
		return quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return quad.Time(vtime.Time.UTC()), nil
	}
	v, err := pquads.UnmarshalValue(data)
	if err != nil {
		return nil, fmt.Errorf("unmarshal value: %w", err)
	}
	return v, nil
}

// unescapeNull undoes the escaping of NUL characters Cayley's SQL store writes.
func unescapeNull(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
