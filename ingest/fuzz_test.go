package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzLimit keeps fuzzed articles small so that the size check is exercised too.
const fuzzLimit = 4 << 10

// fuzzRead reads data as standard input in the given format ("" sniffs) and checks what
// every reader promises: no panic, each failure an *Error naming the input, each article
// UTF-8 text without NUL bytes, not blank and within the size limit.
func fuzzRead(t *testing.T, format string, data []byte) {
	opts := Options{Stdin: bytes.NewReader(data), Format: format, MaxArticleBytes: fuzzLimit}
	err := Read(context.Background(), []string{"-"}, opts, func(it Item) error {
		if it.Err != nil {
			var e *Error
			if !errors.As(it.Err, &e) || e.Input != "stdin" {
				t.Errorf("got error %#v, want an *Error naming stdin", it.Err)
			}
			return nil
		}
		a := it.Article
		for _, s := range []string{a.URL, a.Title, a.Date, a.Text, a.Source} {
			if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
				t.Errorf("got an article field that is not UTF-8 text: %q", s)
			}
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("got an article without text: %+q", a)
		}
		if len(a.Text) > fuzzLimit {
			t.Errorf("got %d bytes of text, over the %d limit", len(a.Text), fuzzLimit)
		}
		if !strings.HasPrefix(a.Source, "stdin") {
			t.Errorf("got source %q, want stdin", a.Source)
		}
		return nil
	})
	if err != nil {
		t.Errorf("Read returned %v, want nil", err)
	}
}

// addSeeds adds the fixtures matching the patterns to the seed corpus.
func addSeeds(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, err := filepath.Glob(fixture(p))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

func FuzzText(f *testing.F) {
	addSeeds(f, "txt/*.txt", "bad/*.txt")
	f.Add([]byte("Title\r\n\r\n\r\n"))
	f.Add([]byte("\n\nText after blank lines.\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, formatText, data) })
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "csv/*.csv", "bad/*.csv")
	f.Add([]byte("text\n\"\"\"\n"))
	f.Add([]byte("url,text,text\n,a,b\n,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, formatCSV, data) })
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, "jsonl/*.jsonl")
	f.Add([]byte("{\"text\": \"\\u0000\"}\n{\"TEXT\": \"a\", \"Text\": \"b\"}\nnull\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, formatJSONL, data) })
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "html/*.html", "bad/*.html")
	f.Add([]byte("<p>A fire killed five girls in Koszalin.<br><br>\x00</p>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, formatHTML, data) })
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, "feed/*", "bad/*.xml", "bad/*.rss")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, formatFeed, data) })
}

// FuzzSniff reads any input with its format guessed, as for standard input.
func FuzzSniff(f *testing.F) {
	addSeeds(f, "txt/bom.txt", "csv/articles.csv", "jsonl/articles.jsonl", "html/news-page.html", "feed/world.rss", "feed/wire.json")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "", data) })
}
