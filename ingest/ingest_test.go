package ingest

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/extract"
)

const fixtures = "../testdata/ingest"

func fixture(parts ...string) string { return filepath.Join(append([]string{fixtures}, parts...)...) }

// collect reads paths and returns every item.
func collect(t *testing.T, opts Options, paths ...string) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), paths, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%v): %v", paths, err)
	}
	return items
}

// articles returns the articles of items, failing on any error item.
func articles(t *testing.T, items []Item) []extract.Article {
	t.Helper()
	var out []extract.Article
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("unexpected error: %v", it.Err)
			continue
		}
		out = append(out, it.Article)
	}
	return out
}

func TestReadText(t *testing.T) {
	koszalin := "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to celebrate a birthday in Koszalin, North Poland. Following the fire, which also seriously injured a man, authorities are performing checks on all the nation's escape rooms.\n"
	tests := []struct {
		name, path string
		want       extract.Article
	}{
		{"title then blank line", fixture("txt", "titled.txt"), extract.Article{
			Title: "Escape room fire kills five teen girls in Koszalin, Poland",
			Text:  "Saturday, January 5, 2019\n\n" + koszalin,
		}},
		{"no blank line after the first line", fixture("txt", "untitled.txt"), extract.Article{
			Text: "An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres from Barcelona.\nThe blaze killed three, including a 92-year-old woman, and injured sixteen, including a baby.\n",
		}},
		{"CRLF line ends", fixture("txt", "crlf.txt"), extract.Article{
			Title: "Catalonia apartment block fire kills three, injures sixteen",
			Text:  "An apartment block caught fire on Saturday morning in Badalona.\nThe blaze killed three.\n",
		}},
		{"a first sentence is not a title", fixture("txt", "sentence-first.txt"), extract.Article{
			Text: "Nancy Pelosi yesterday resumed the office of Speaker of the House.\n\nThe new members of the House of Representatives voted for Pelosi to serve as Speaker with 220 votes.\n",
		}},
		{"byte order mark dropped", fixture("txt", "bom.txt"), extract.Article{
			Title: "Florida highway pileup, fire kills five children",
			Text:  "A road accident followed by a fire on a Florida highway near Gainesville on Thursday killed five children.\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := articles(t, collect(t, Options{}, tt.path))
			if len(got) != 1 {
				t.Fatalf("got %d articles, want 1", len(got))
			}
			tt.want.Source = tt.path
			if got[0] != tt.want {
				t.Errorf("got %+q\nwant %+q", got[0], tt.want)
			}
		})
	}
}

// The evaluation articles: the wn-* files have a title line, alaska-summit.txt has none.
func TestReadEvalArticles(t *testing.T) {
	tests := []struct{ file, title, textStart string }{
		{"alaska-summit.txt", "", "US President Donald Trump entered his Alaska summit"},
		{"wn-trump-ousts-bolton.txt", "US president Trump ousts national security advisor Bolton", "Thursday, September 12, 2019"},
		{"wn-cairo-summit.txt", "Cairo summit denounces Turkish-Libyan maritime border agreement", "On Wednesday, an assembly of several foreign ministers in Cairo"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := articles(t, collect(t, Options{}, filepath.Join("../testdata/eval/articles", tt.file)))
			if len(got) != 1 {
				t.Fatalf("got %d articles, want 1", len(got))
			}
			if got[0].Title != tt.title {
				t.Errorf("got title %q, want %q", got[0].Title, tt.title)
			}
			if !strings.HasPrefix(got[0].Text, tt.textStart) {
				t.Errorf("got text starting %q, want %q", got[0].Text[:min(80, len(got[0].Text))], tt.textStart)
			}
		})
	}
}

// Each bad input yields one error that names it and says what is wrong.
func TestReadBadInput(t *testing.T) {
	tests := []struct {
		name, path string
		is         error
		msg        string // in the message, after the input name
	}{
		{"missing path", fixture("no-such-file.txt"), fs.ErrNotExist, "no such file or directory"},
		{"empty file", fixture("bad", "empty.txt"), ErrEmpty, "empty file"},
		{"blank file", fixture("bad", "blank.txt"), ErrNoText, "no text"},
		{"latin-1 text", fixture("bad", "latin1.txt"), ErrNotUTF8, "not UTF-8 text (invalid byte 0xe9 at line 3, column 8)"},
		{"binary file", fixture("bad", "binary.txt"), ErrBinary, "binary data, not text (NUL byte at offset 8)"},
		{"mostly not text", fixture("bad", "noise.txt"), ErrBinary, "binary data, not text ("},
		{"UTF-16 text", fixture("bad", "utf16.txt"), ErrNotUTF8, "UTF-16"},
		{"CSV without a text column", fixture("bad", "no-text-column.csv"), nil, `header has no "text" column (columns: url, date, title, body)`},
		{"CSV with a header only", fixture("bad", "header-only.csv"), ErrNoText, "no text (no rows after the header)"},
		{"JSON lines all blank", fixture("bad", "blank-lines.jsonl"), ErrNoText, "no text (only blank lines)"},
		{"unterminated CSV quote", fixture("bad", "unterminated.csv"), ErrMalformed, `row 1: malformed CSV: line 2, column 95: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(t, Options{}, tt.path)
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("got %d items (%+v), want one error", len(items), items)
			}
			err := items[0].Err
			if want := tt.path + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("got %q, want it to start with the input name %q", err, want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %q, want it to contain %q", err, tt.msg)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("got %v, want errors.Is %v", err, tt.is)
			}
			var ie *Error
			if !errors.As(err, &ie) || ie.Input != tt.path {
				t.Errorf("got %#v, want an *Error with Input %q", err, tt.path)
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	path := fixture("txt", "titled.txt")
	items := collect(t, Options{MaxArticleBytes: 100}, path)
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Fatalf("got %+v, want one ErrTooLarge", items)
	}
	if want := path + ": article too large (367 bytes, over the 100 bytes limit)"; items[0].Err.Error() != want {
		t.Errorf("got %q, want %q", items[0].Err, want)
	}
	// The limit applies to each CSV row, not to the file.
	csvPath := fixture("csv", "articles.csv")
	items = collect(t, Options{MaxArticleBytes: 270}, csvPath)
	var failed []string
	for _, it := range items {
		if it.Err != nil {
			failed = append(failed, it.Err.Error())
		}
	}
	if want := []string{csvPath + ": row 2: article too large (279 bytes, over the 270 bytes limit)"}; strings.Join(failed, "|") != strings.Join(want, "|") {
		t.Errorf("got errors %q, want %q", failed, want)
	}
	if len(items) != 3 {
		t.Errorf("got %d items, want 3", len(items))
	}
}

// A directory is read recursively in lexical order, skipping hidden files and directories
// and unknown extensions.
func TestReadDir(t *testing.T) {
	dir := fixture("dir")
	got := articles(t, collect(t, Options{}, dir))
	var sources []string
	for _, a := range got {
		sources = append(sources, a.Source)
	}
	want := []string{
		filepath.Join(dir, "a-first.txt"),
		filepath.Join(dir, "b", "rows.csv") + ":1",
		filepath.Join(dir, "c.txt"),
	}
	if strings.Join(sources, " ") != strings.Join(want, " ") {
		t.Errorf("got sources %q, want %q", sources, want)
	}
}

func TestReadEmptyDir(t *testing.T) {
	dir := t.TempDir()
	items := collect(t, Options{}, dir)
	if len(items) != 1 || !errors.Is(items[0].Err, ErrNoFiles) || !strings.HasPrefix(items[0].Err.Error(), dir+": ") {
		t.Fatalf("got %+v, want one ErrNoFiles naming %s", items, dir)
	}
}

// Bad inputs among good ones: each fails alone, in input order, and the others are read.
func TestReadGoesOn(t *testing.T) {
	paths := []string{
		fixture("txt", "titled.txt"),
		fixture("missing.csv"),
		fixture("bad", "binary.txt"),
		fixture("txt", "untitled.txt"),
	}
	items := collect(t, Options{}, paths...)
	if len(items) != 4 {
		t.Fatalf("got %d items, want 4", len(items))
	}
	for i, it := range items {
		failed := it.Err != nil
		if wantFail := i == 1 || i == 2; failed != wantFail {
			t.Errorf("item %d: got error %v, want failure %v", i, it.Err, wantFail)
		}
		if failed && !strings.HasPrefix(it.Err.Error(), paths[i]+": ") {
			t.Errorf("item %d: got %q, want it to name %s", i, it.Err, paths[i])
		}
		if !failed && it.Article.Source != paths[i] {
			t.Errorf("item %d: got source %q, want %q", i, it.Article.Source, paths[i])
		}
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     extract.Article
	}{
		{"plain text", "Badalona fire kills three\n\nAn apartment block caught fire on Saturday morning in Badalona.\n",
			extract.Article{Title: "Badalona fire kills three", Text: "An apartment block caught fire on Saturday morning in Badalona.\n", Source: "stdin"}},
		{"CSV sniffed by its header", "url,date,title,text\nhttps://example.org/b,2019-01-07,Badalona fire,An apartment block caught fire.\n",
			extract.Article{URL: "https://example.org/b", Date: "2019-01-07", Title: "Badalona fire", Text: "An apartment block caught fire.", Source: "stdin:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := articles(t, collect(t, Options{Stdin: strings.NewReader(tt.in)}, "-"))
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %+q, want [%+q]", got, tt.want)
			}
		})
	}
	items := collect(t, Options{Stdin: strings.NewReader("")}, "-")
	if len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != "stdin: empty file" {
		t.Errorf("got %+v, want the error \"stdin: empty file\"", items)
	}
}

// Read returns only cancellation and the callback's own error.
func TestReadStops(t *testing.T) {
	csvPath := fixture("csv", "articles.csv")
	stop := errors.New("stop here")
	n := 0
	err := Read(context.Background(), []string{csvPath, csvPath}, Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("got %v after %d items, want %v after 2", err, n, stop)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Read(ctx, []string{csvPath}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("got %v after %d items, want context.Canceled after 1", err, n)
	}
}
