package ingest

import (
	"context"
	"os"
	"testing"
)

// benchRead reads path b.N times and reports articles/s.
func benchRead(b *testing.B, path string) {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		err := Read(context.Background(), []string{path}, Options{}, func(it Item) error {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			n++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// The Wikinews corpus: 166 articles in one CSV file.
func BenchmarkReadCSV(b *testing.B) { benchRead(b, "../testdata/corpus/wikinews-2019.csv") }

// One news page with navigation, share buttons, related links, comments and a footer.
func BenchmarkReadHTML(b *testing.B) { benchRead(b, fixture("html", "news-page.html")) }

func BenchmarkReadText(b *testing.B) { benchRead(b, "../testdata/eval/articles/alaska-summit.txt") }

func BenchmarkReadFeed(b *testing.B) { benchRead(b, fixture("feed", "europe.atom")) }
