package export

import (
	"context"
	"io"
	"runtime"
	"strconv"
	"testing"
)

// synthGraph makes its nodes and edges as they are read, so that a benchmark measures the
// writer's memory, not the source's.
type synthGraph struct {
	nodes, edges int
	// peak is the highest live heap seen while writing, sampled every 64k elements.
	peak uint64
}

var synthTypes = []string{"Person", "Organization", "Country", "Place"}

func (g *synthGraph) sample(i int) {
	if i%65536 == 0 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > g.peak {
			g.peak = m.HeapAlloc
		}
	}
}

func (g *synthGraph) Nodes(ctx context.Context, fn func(Node) error) error {
	for i := 0; i < g.nodes; i++ {
		g.sample(i)
		id := strconv.Itoa(i)
		err := fn(Node{ID: "person/someone-" + id, Label: "Someone Called " + id, Type: synthTypes[i%4],
			Aliases: []string{"Someone " + id, "S. " + id}, Mentions: i % 97, Articles: i % 13, FirstSeen: "2019-01-04", LastSeen: "2020-12-31"})
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *synthGraph) Edges(ctx context.Context, fn func(Edge) error) error {
	for i := 0; i < g.edges; i++ {
		g.sample(i)
		err := fn(Edge{
			Source: "person/someone-" + strconv.Itoa(i%g.nodes), Target: "person/someone-" + strconv.Itoa((i*31+7)%g.nodes),
			Predicate: "saidAbout", Label: "", Weight: 1 + i%9, FirstDate: "2019-01-07", LastDate: "2019-02-21",
			Sentence: "Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed to keeping our border safe.\"",
			Article:  "https://en.wikinews.org//wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall",
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// countingWriter counts bytes and drops them.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// BenchmarkWrite writes 1M edges over 10k nodes in each format:
//
//	go test ./export -run '^$' -bench Write -benchtime 1x -count 3
func BenchmarkWrite(b *testing.B) {
	for _, format := range append(append([]string(nil), textFormats...), "neo4j") {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			var size int64
			for i := 0; i < b.N; i++ {
				runtime.GC()
				g := &synthGraph{nodes: 10000, edges: 1000000}
				w := &countingWriter{}
				var err error
				if format == "neo4j" {
					err = (Neo4jCSV{}).WriteFiles(context.Background(), func(string) (io.WriteCloser, error) { return nopCloser{w}, nil }, g)
				} else {
					f, _ := Lookup(format)
					err = f.New().Write(context.Background(), w, g)
				}
				if err != nil {
					b.Fatal(err)
				}
				peak = max(peak, g.peak)
				size = w.n
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(size)/(1<<20), "output-MB")
		})
	}
}
