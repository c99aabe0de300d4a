package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"newsgraph/export"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/ingest"
	"newsgraph/queries"
	"newsgraph/schema"
)

// The read benchmarks run on the Wikinews corpus of testdata/corpus (285 articles),
// extracted by the real pipeline, resolved across articles as ingest resolves them, and
// stored benchCopies times under different article URLs: 2,850 articles, about 450k
// quads, by default. The stores are built once per run of the test binary:
//
//	go test ./graph -run '^$' -bench Read -benchtime 1x -count 5
//
// NEWSGRAPH_BENCH_COPIES sets the number of copies; NEWSGRAPH_BENCH_DIR keeps the bbolt
// store in that directory between runs (it is used again while it holds the same quads).
// With GRAPH_TEST_POSTGRES_DSN set,
// a PostgreSQL store is benchmarked too, holding NEWSGRAPH_BENCH_PG_COPIES copies
// (default 1: loading PostgreSQL runs a few thousand quads per second).
const (
	defaultBenchCopies   = 10
	defaultBenchPGCopies = 1
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

var benchCorpus struct {
	once sync.Once
	docs []*extract.Document
	err  error
}

// corpusDocuments returns the corpus articles extracted and resolved in input order, as
// graph ingest does.
func corpusDocuments(b *testing.B) []*extract.Document {
	b.Helper()
	benchCorpus.once.Do(func() {
		ctx := context.Background()
		x, err := extract.New(extract.Options{})
		if err != nil {
			benchCorpus.err = err
			return
		}
		reg := extract.NewRegistry()
		paths := []string{filepath.Join("..", "testdata", "corpus", "wikinews-2019.csv"), filepath.Join("..", "testdata", "corpus", "wikinews-2020.csv")}
		benchCorpus.err = ingest.Read(ctx, paths, ingest.Options{}, func(it ingest.Item) error {
			if it.Err != nil {
				return it.Err
			}
			doc, err := x.Extract(ctx, it.Article)
			if err != nil {
				return err
			}
			reg.ResolveDocument(doc)
			reg.Add(doc.Entities...)
			benchCorpus.docs = append(benchCorpus.docs, doc)
			return nil
		})
	})
	if benchCorpus.err != nil {
		b.Fatal(benchCorpus.err)
	}
	return benchCorpus.docs
}

// copies returns docs n times: copy 0 as read, copy k under the URL "...?copy=k".
func copies(docs []*extract.Document, n int) []*extract.Document {
	out := make([]*extract.Document, 0, n*len(docs))
	for k := 0; k < n; k++ {
		for _, doc := range docs {
			if k == 0 {
				out = append(out, doc)
				continue
			}
			d := *doc
			d.Article.URL = fmt.Sprintf("%s?copy=%d", doc.Article.URL, k)
			d.IRI = d.Article.IRI()
			out = append(out, &d)
		}
	}
	return out
}

// benchStore is a store the read benchmarks share, built on first use.
type benchStore struct {
	once  sync.Once
	st    *graph.Store
	dir   string
	quads int
	err   error
}

var (
	benchStoresMu sync.Mutex
	benchStores   = map[string]*benchStore{}
)

// readStore returns the corpus store of the backend, building it on first use: written in
// batches of 64 articles as graph ingest writes them, then (bbolt) reopened read-only as
// graph query opens it.
func readStore(b *testing.B, backend string) *graph.Store {
	b.Helper()
	benchStoresMu.Lock()
	bs := benchStores[backend]
	if bs == nil {
		bs = &benchStore{}
		benchStores[backend] = bs
	}
	benchStoresMu.Unlock()
	bs.once.Do(func() { bs.err = bs.build(b, backend) })
	if bs.err != nil {
		b.Fatal(bs.err)
	}
	return bs.st
}

func (bs *benchStore) build(b *testing.B, backend string) error {
	ctx := context.Background()
	n := envInt("NEWSGRAPH_BENCH_COPIES", defaultBenchCopies)
	cfg := graph.Config{Backend: backend}
	switch backend {
	case "bbolt":
		if keep := os.Getenv("NEWSGRAPH_BENCH_DIR"); keep != "" {
			cfg.Path = filepath.Join(keep, fmt.Sprintf("corpus-x%d", n))
		} else {
			dir, err := os.MkdirTemp("", "newsgraph-bench-")
			if err != nil {
				return err
			}
			bs.dir = dir
			cfg.Path = filepath.Join(dir, "data")
		}
	case "postgres":
		cfg.DSN = freshDatabase(b, postgresDSN(b))
		n = envInt("NEWSGRAPH_BENCH_PG_COPIES", defaultBenchPGCopies)
	}
	docs := copies(corpusDocuments(b), n)
	if backend == "bbolt" && bs.dir == "" {
		// NEWSGRAPH_BENCH_DIR keeps the store between runs: it is used again when it holds
		// the quads these documents make, else built afresh.
		want := 0
		for _, d := range docs {
			qs, err := graph.DocumentQuads(d)
			if err != nil {
				return err
			}
			want += len(qs)
		}
		ro := cfg
		ro.ReadOnly = true
		if st, err := graph.Open(ctx, ro); err == nil {
			stats, err := st.Stats(ctx)
			if err == nil && stats.Quads == int64(want) && stats.Articles == len(docs) {
				bs.st, bs.quads = st, want
				b.Logf("%s store: %d articles, %d quads, kept in %s", backend, len(docs), want, cfg.Path)
				return nil
			}
			st.Close()
		}
		if err := os.RemoveAll(cfg.Path); err != nil {
			return err
		}
	}
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	for i := 0; i < len(docs); i += 64 {
		res, errs := st.WriteDocuments(ctx, docs[i:min(i+64, len(docs))], false)
		for j, err := range errs {
			if err != nil {
				st.Close()
				return err
			}
			bs.quads += res[j].Added
		}
	}
	if backend == "bbolt" {
		if err := st.Close(); err != nil {
			return err
		}
		cfg.ReadOnly = true
		if st, err = graph.Open(ctx, cfg); err != nil {
			return err
		}
	}
	bs.st = st
	b.Logf("%s store: %d articles, %d quads", backend, len(docs), bs.quads)
	return nil
}

// closeBenchStores closes the stores the benchmarks built and removes their files.
func closeBenchStores() {
	benchStoresMu.Lock()
	defer benchStoresMu.Unlock()
	for _, bs := range benchStores {
		if bs.st != nil {
			bs.st.Close()
		}
		if bs.dir != "" {
			os.RemoveAll(bs.dir)
		}
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	closeBenchStores()
	os.Exit(code)
}

// readBenchmarks are the reads users make, on the entities the corpus speaks of most.
var readBenchmarks = []struct {
	name string
	fn   func(ctx context.Context, st *graph.Store) (any, int, error)
}{
	{"LookupEntity", func(ctx context.Context, st *graph.Store) (any, int, error) {
		es, err := st.LookupEntity(ctx, "Trump", "")
		return es, len(es), err
	}},
	{"Entities", func(ctx context.Context, st *graph.Store) (any, int, error) {
		es, err := st.Entities(ctx, graph.EntityFilter{})
		return es, len(es), err
	}},
	{"Articles", func(ctx context.Context, st *graph.Store) (any, int, error) {
		as, err := st.Articles(ctx)
		return as, len(as), err
	}},
	{"StatementsBySpeaker", func(ctx context.Context, st *graph.Store) (any, int, error) {
		ss, err := st.Statements(ctx, graph.StatementFilter{Speaker: schema.EntityIRI(schema.Person, "Donald Trump")})
		return ss, len(ss), err
	}},
	{"AllStatements", func(ctx context.Context, st *graph.Store) (any, int, error) {
		ss, err := st.Statements(ctx, graph.StatementFilter{})
		return ss, len(ss), err
	}},
	{"AllRoles", func(ctx context.Context, st *graph.Store) (any, int, error) {
		rs, err := st.Roles(ctx, graph.RoleFilter{})
		return rs, len(rs), err
	}},
	{"Said", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Said(ctx, st, queries.SaidQuery{By: "Trump", About: "Biden"})
		return r, len(r.Statements), err
	}},
	{"Roles", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Roles(ctx, st, queries.RolesQuery{Name: "Trump"})
		return r, len(r.Roles), err
	}},
	{"Events", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Events(ctx, st, queries.EventQuery{Entity: "United States"})
		return r, len(r.Events), err
	}},
	{"Neighbors", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Neighbors(ctx, st, "Trump")
		return r, len(r.Neighbors), err
	}},
	{"Timeline", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Timeline(ctx, st, "China")
		return r, len(r.Entries), err
	}},
	{"AlliancesEntity", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Alliances(ctx, st, queries.AllianceQuery{Entity: "United States"})
		return r, len(r.Pairs), err
	}},
	{"Alliances", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Alliances(ctx, st, queries.AllianceQuery{})
		return r, len(r.Pairs), err
	}},
	{"Path", func(ctx context.Context, st *graph.Store) (any, int, error) {
		r, err := queries.Path(ctx, st, "Donald Trump", "China", 0)
		return r, len(r.Routes), err
	}},
	{"Project", func(ctx context.Context, st *graph.Store) (any, int, error) {
		p, err := queries.Project(ctx, st, queries.ProjectionOptions{})
		if err != nil {
			return nil, 0, err
		}
		var nodes []export.Node
		var edges []export.Edge
		p.Nodes(ctx, func(n export.Node) error { nodes = append(nodes, n); return nil })
		p.Edges(ctx, func(e export.Edge) error { edges = append(edges, e); return nil })
		return map[string]any{"nodes": nodes, "edges": edges}, len(edges), nil
	}},
	{"Stats", func(ctx context.Context, st *graph.Store) (any, int, error) {
		s, err := st.Stats(ctx)
		s.SizeBytes = 0
		return s, s.Articles, err
	}},
	{"Quads", func(ctx context.Context, st *graph.Store) (any, int, error) {
		n := 0
		var lines []string // the quads when results are dumped
		err := st.Quads(ctx, func(q graph.Quad) error {
			n++
			if dumping() {
				lines = append(lines, q.NQuad())
			}
			return nil
		})
		sort.Strings(lines) // the backends list them in orders of their own
		return lines, n, err
	}},
}

// dumpResult writes a read's result as JSON to $NEWSGRAPH_BENCH_DUMP/backend-name.json
// when that variable is set, so that two versions of the store can be compared.
func dumpResult(backend, name string, res any) error {
	if !dumping() {
		return nil
	}
	dir := os.Getenv("NEWSGRAPH_BENCH_DUMP")
	file := filepath.Join(dir, backend+"-"+name+".json")
	if _, err := os.Stat(file); err == nil {
		return nil // the first result only
	}
	data, err := json.MarshalIndent(res, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, data, 0o644)
}

// reportCPU reports the CPU time per operation since start, in milliseconds.
func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 && start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

func dumping() bool { return os.Getenv("NEWSGRAPH_BENCH_DUMP") != "" }

// BenchmarkRead runs each read on each backend; "results" is the number of things the
// read returned (entities, statements, pairs, edges ...), the same on every backend.
func BenchmarkRead(b *testing.B) {
	backends := []string{"bbolt", "memstore"}
	if os.Getenv("GRAPH_TEST_POSTGRES_DSN") != "" {
		backends = append(backends, "postgres")
	}
	for _, backend := range backends {
		b.Run(backend, func(b *testing.B) {
			st := readStore(b, backend)
			ctx := context.Background()
			for _, rb := range readBenchmarks {
				b.Run(rb.name, func(b *testing.B) {
					n := 0
					cpu := cpuTime()
					for b.Loop() {
						res, count, err := rb.fn(ctx, st)
						n = count
						if err == nil {
							err = dumpResult(backend, rb.name, res)
						}
						if err != nil {
							var unknown *graph.UnknownNameError
							if errors.As(err, &unknown) {
								b.Skip(err)
							}
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(n), "results")
					reportCPU(b, cpu)
				})
			}
		})
	}
}

// BenchmarkWriteCorpus writes the corpus articles (extracted once) into a new store in
// transactions of 64 articles, as graph ingest does when extraction keeps up, and
// reports quads per second; "Loaded" writes them into a store that already holds
// benchCopies-1 copies of the corpus, opened again as a new run of graph ingest opens it.
//
//	go test ./graph -run '^$' -bench WriteCorpus -benchtime 3x
func BenchmarkWriteCorpus(b *testing.B) {
	for _, backend := range []string{"bbolt", "memstore"} {
		b.Run(backend, func(b *testing.B) { benchmarkWriteCorpus(b, backend, 0) })
	}
	b.Run("bbolt/Loaded", func(b *testing.B) {
		benchmarkWriteCorpus(b, "bbolt", envInt("NEWSGRAPH_BENCH_COPIES", defaultBenchCopies)-1)
	})
}

func benchmarkWriteCorpus(b *testing.B, backend string, preload int) {
	ctx := context.Background()
	docs := corpusDocuments(b)
	all := copies(docs, preload+1)
	quads := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		cfg := graph.Config{Backend: backend}
		if backend == "bbolt" {
			cfg.Path = filepath.Join(b.TempDir(), "data")
		}
		st, err := graph.Open(ctx, cfg)
		if err != nil {
			b.Fatal(err)
		}
		write := func(docs []*extract.Document) int {
			n := 0
			for i := 0; i < len(docs); i += 64 {
				res, errs := st.WriteDocuments(ctx, docs[i:min(i+64, len(docs))], false)
				for j, err := range errs {
					if err != nil {
						b.Fatal(err)
					}
					n += res[j].Added
				}
			}
			return n
		}
		if preload > 0 {
			// Another run of graph ingest: the store is opened again, holding the copies.
			write(all[:len(all)-len(docs)])
			if err := st.Close(); err != nil {
				b.Fatal(err)
			}
			if st, err = graph.Open(ctx, cfg); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		start := cpuTime()
		quads += write(all[len(all)-len(docs):])
		cpu += cpuTime() - start
		b.StopTimer()
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkOpenBBolt opens a bbolt store holding benchCopies copies of the corpus for
// writing (as graph ingest does), which reads every quad into the store's bloom filter,
// and for reading only.
func BenchmarkOpenBBolt(b *testing.B) {
	ctx := context.Background()
	readStore(b, "bbolt") // built, or found in NEWSGRAPH_BENCH_DIR
	bs := benchStores["bbolt"]
	src := filepath.Join(bs.dir, "data")
	if bs.dir == "" {
		src = filepath.Join(os.Getenv("NEWSGRAPH_BENCH_DIR"), fmt.Sprintf("corpus-x%d", envInt("NEWSGRAPH_BENCH_COPIES", defaultBenchCopies)))
	}
	// A copy: the benchmark store stays open read-only, which a writer may not share.
	dir := filepath.Join(b.TempDir(), "data")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(src, "indexes.bolt"))
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "indexes.bolt"), data, 0o644); err != nil {
		b.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		name := "ReadWrite"
		if ro {
			name = "ReadOnly"
		}
		b.Run(name, func(b *testing.B) {
			cpu := cpuTime()
			defer func() { reportCPU(b, cpu) }()
			for b.Loop() {
				st, err := graph.Open(ctx, graph.Config{Backend: "bbolt", Path: dir, ReadOnly: ro})
				if err != nil {
					b.Fatal(err)
				}
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
