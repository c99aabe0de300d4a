package extract

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// corpusArticles reads the Wikinews sample of testdata/corpus (CC BY 2.5): url, date,
// title, text.
func corpusArticles(t testing.TB) []Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in ../testdata/corpus: %v", err)
	}
	var out []Article
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		for i, r := range rows {
			if i == 0 || len(r) < 4 {
				continue
			}
			out = append(out, Article{URL: r[0], Date: r[1], Title: r[2], Text: r[3], Source: filepath.Base(f)})
		}
	}
	return out
}

// TestCorpusExtracts runs the whole pipeline over every article of the corpus: none may
// fail, and what comes out must hold together (offsets inside the text and on the words
// they name, mentions in order, references to existing entities, no duplicate ids).
func TestCorpusExtracts(t *testing.T) {
	arts := corpusArticles(t)
	if testing.Short() {
		arts = arts[:40]
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		doc, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Errorf("%s: %v", a.URL, err)
			continue
		}
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			if ids[e.ID] {
				t.Errorf("%s: entity id %q twice", a.URL, e.ID)
			}
			ids[e.ID] = true
			if e.Name == "" || e.Type == "" {
				t.Errorf("%s: entity %+v without name or type", a.URL, e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
					t.Errorf("%s: mention of %s at %d-%d outside the text", a.URL, e.Name, m.Start, m.End)
					continue
				}
				if a.Text[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention text %q, text at offsets %q", a.URL, m.Text, a.Text[m.Start:m.End])
				}
			}
		}
		for _, r := range doc.Roles {
			if !ids[string(r.Person)] || r.Of != "" && !ids[string(r.Of)] {
				t.Errorf("%s: role %+v refers to an unknown entity", a.URL, r)
			}
			if r.Title == "" {
				t.Errorf("%s: role without a title: %+v", a.URL, r)
			}
		}
	}
}

// BenchmarkExtractCorpus measures the whole pipeline over the corpus, articles extracted
// concurrently on GOMAXPROCS workers; it reports articles/s (wall clock, median of the
// runs) and the CPU time one article takes (which other processes on a shared machine do
// not inflate).
//
//	go test -run '^$' -bench ExtractCorpus -benchtime 3x ./extract
func BenchmarkExtractCorpus(b *testing.B) {
	arts := corpusArticles(b)
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	workers := runtime.GOMAXPROCS(0)
	var rates []float64
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					k := int(next.Add(1)) - 1
					if k >= len(arts) {
						return
					}
					if _, err := x.Extract(context.Background(), arts[k]); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		wg.Wait()
		rates = append(rates, float64(len(arts))/time.Since(start).Seconds())
	}
	cpu := cpuTime() - cpu0
	sort.Float64s(rates)
	b.ReportMetric(rates[len(rates)/2], "articles/s")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N*len(arts)), "cpu-ms/article")
	b.ReportMetric(float64(len(arts)), "articles")
}

// BenchmarkBuildGazetteer measures what the gazetteer adds to start-up (it is built once
// per process, while prose loads its models).
func BenchmarkBuildGazetteer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if g := buildGazetteer(); g.MaxWords() == 0 {
			b.Fatal("empty gazetteer")
		}
	}
}
