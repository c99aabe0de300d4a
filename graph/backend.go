package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"newsgraph/graph/internal/kv"
)

// backend is one way of keeping the quads. Every backend the program knows is listed in
// backends, below; nothing registers itself anywhere else.
type backend struct {
	name string
	doc  string
	// serialize says the backend is not safe for a write running alongside anything
	// else, so the Store takes an exclusive lock for writes and a shared one for reads.
	serialize bool
	// reopen says the quad store must be opened anew after a failed transaction:
	// Cayley's kv stores keep caches (node ids, pending index entries, bloom filters)
	// that the failed transaction leaves stale. memstore checks a transaction before it
	// applies any of it; PostgreSQL rolls it back and caches only content hashes.
	reopen bool
	open   func(ctx context.Context, cfg Config) (opened, error)
}

// opened is what a backend hands the Store.
type opened struct {
	qs cgraph.QuadStore
	// size reports the bytes the store takes on disk, or -1 when unknown.
	size func(ctx context.Context) (int64, error)
	// closers run after the quad store is closed.
	closers []func() error
	// accel, when set, starts the backend's faster reads (see accel).
	accel func(ctx context.Context, qs cgraph.QuadStore) (accel, error)
}

// backends is the registry of store backends, by name.
var backends = map[string]backend{
	"bbolt": {
		name:   "bbolt",
		doc:    "embedded bbolt file in a directory (Config.Path), created on first use",
		reopen: true,
		open:   openBBolt,
	},
	"memstore": {
		name:      "memstore",
		doc:       "in memory, gone when the process exits (tests, small runs)",
		serialize: true, // upstream cayley issue #779: concurrent writes race
		open:      openMemstore,
	},
	"postgres": {
		name: "postgres",
		doc:  "PostgreSQL database named by Config.DSN",
		open: openPostgres,
	},
}

// DefaultBackend is the backend used when Config.Backend is empty.
const DefaultBackend = "bbolt"

// Backends returns the names of the known backends, sorted.
func Backends() []string {
	names := make([]string, 0, len(backends))
	for n := range backends {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// UnknownBackendError reports a backend name that is not in the registry.
type UnknownBackendError struct {
	Name  string
	Known []string
}

func (e *UnknownBackendError) Error() string {
	return fmt.Sprintf("unknown store backend %q (known: %s)", e.Name, strings.Join(e.Known, ", "))
}

func lookupBackend(name string) (backend, error) {
	if name == "" {
		name = DefaultBackend
	}
	b, ok := backends[strings.ToLower(name)]
	if !ok {
		return backend{}, &UnknownBackendError{Name: name, Known: Backends()}
	}
	return b, nil
}

// boltFile is the database file inside a bbolt store directory; the name is the one
// Cayley's own bbolt backend uses, so `cayley` tools can open our stores.
const boltFile = "indexes.bolt"

// lockTimeout is how long Open waits for another process to release a bbolt store.
const lockTimeout = 2 * time.Second

func openBBolt(ctx context.Context, cfg Config) (opened, error) {
	if cfg.Path == "" {
		return opened{}, errors.New("bbolt store needs a path (store.path, --db)")
	}
	file := filepath.Join(cfg.Path, boltFile)
	if cfg.ReadOnly {
		if _, err := os.Stat(file); err != nil {
			return opened{}, fmt.Errorf("open store %q: %w (nothing stored yet? run graph ingest first)", cfg.Path, err)
		}
	} else {
		if err := os.MkdirAll(cfg.Path, 0o755); err != nil {
			return opened{}, fmt.Errorf("create store directory %q: %w", cfg.Path, err)
		}
		// Fail early, with the path named, when the directory cannot be written to.
		probe, err := os.CreateTemp(cfg.Path, ".write-probe-*")
		if err != nil {
			return opened{}, fmt.Errorf("store directory %q is not writable: %w", cfg.Path, err)
		}
		probe.Close()
		os.Remove(probe.Name())
	}
	// A read-only open takes a shared lock, so several readers can work at once; a writer
	// excludes everybody. Either waits lockTimeout at most.
	db, err := hbolt.Open(file, &bolt.Options{Timeout: lockTimeout, ReadOnly: cfg.ReadOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return opened{}, fmt.Errorf("open store %q: in use by another process that writes to it", file)
	}
	if err != nil {
		return opened{}, fmt.Errorf("open store %q: %w", file, err)
	}
	opts := cgraph.Options{}
	if cfg.ReadOnly {
		// The kv store's bloom filters speed up duplicate checks on writes, but they cost
		// a scan of every quad at open and some 300 MB of memory.
		opts[kv.OptNoBloom] = true
	} else {
		// The new store gets kv.DefaultQuadIndexes, which in our copy of Cayley's kv
		// store include the label index.
		if err := kv.Init(db, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return opened{}, fmt.Errorf("initialize store %q: %w", file, err)
		}
	}
	qs, err := kv.New(db, opts)
	if err != nil {
		db.Close()
		return opened{}, fmt.Errorf("open store %q: %w", file, err)
	}
	size := func(context.Context) (int64, error) {
		fi, err := os.Stat(file)
		if err != nil {
			return -1, err
		}
		return fi.Size(), nil
	}
	return opened{qs: qs, size: size, accel: openKVAccel}, nil
}

func openMemstore(ctx context.Context, cfg Config) (opened, error) {
	return opened{qs: memstore.New(), size: func(context.Context) (int64, error) { return -1, nil }}, nil
}

// pgLabelIndex lists the quads of one label (one article) in Cayley's quads table, which
// has no such index of its own.
const pgLabelIndex = `CREATE INDEX IF NOT EXISTS newsgraph_label_index ON quads (label_hash)`

func openPostgres(ctx context.Context, cfg Config) (opened, error) {
	if cfg.DSN == "" {
		return opened{}, errors.New("postgres store needs a DSN (store.dsn, --dsn)")
	}
	where := redactDSN(cfg.DSN)
	db, err := sql.Open("postgres", cfg.DSN)
	if err != nil {
		return opened{}, fmt.Errorf("open postgres %s: %w", where, err)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return opened{}, fmt.Errorf("connect to postgres %s: %w", where, err)
	}
	if err := csql.Init(postgres.Type, cfg.DSN, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return opened{}, fmt.Errorf("initialize postgres store %s: %w", where, err)
	}
	if !cfg.ReadOnly {
		if _, err := db.ExecContext(ctx, pgLabelIndex); err != nil {
			db.Close()
			return opened{}, fmt.Errorf("create label index in %s: %w", where, err)
		}
	}
	qs, err := csql.New(postgres.Type, cfg.DSN, nil)
	if err != nil {
		db.Close()
		return opened{}, fmt.Errorf("open postgres store %s: %w", where, err)
	}
	size := func(ctx context.Context) (int64, error) {
		var n int64
		err := db.QueryRowContext(ctx, `SELECT pg_total_relation_size('quads') + pg_total_relation_size('nodes')`).Scan(&n)
		if err != nil {
			return -1, err
		}
		return n, nil
	}
	return opened{qs: qs, size: size, closers: []func() error{db.Close}, accel: openPGAccel(db)}, nil
}

// redactDSN drops the password from a DSN for messages.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		rest := dsn[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if colon := strings.Index(rest[:at], ":"); colon >= 0 {
				return fmt.Sprintf("%q", dsn[:i+3]+rest[:colon]+":***"+rest[at:])
			}
		}
	}
	if strings.Contains(dsn, "password=") {
		return "(DSN with password)"
	}
	return fmt.Sprintf("%q", dsn)
}
