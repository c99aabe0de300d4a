package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"newsgraph/extract"
)

// DefaultMaxArticleBytes is the article size limit when Options.MaxArticleBytes is 0.
const DefaultMaxArticleBytes = 5 << 20

// Columns names the fields that hold an article in CSV headers and JSON objects. Names are
// matched without regard to case or surrounding spaces.
type Columns struct{ URL, Date, Title, Text string }

// Options tune reading. The zero value reads with the defaults.
type Options struct {
	// Columns are the CSV/JSONL field names; each empty one defaults to url, date, title
	// or text.
	Columns Columns
	// MaxArticleBytes is the largest article text accepted; a larger article is an error
	// naming the input. 0 means DefaultMaxArticleBytes.
	MaxArticleBytes int
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Format, when set, is used for every input instead of the extension or sniffing:
	// "txt", "html", "csv", "jsonl" or "feed" (or an extension: "rss", "ndjson" ...).
	// Meant for stdin.
	Format string
}

func (o Options) withDefaults() Options {
	def := func(s *string, v string) {
		if strings.TrimSpace(*s) == "" {
			*s = v
		}
	}
	def(&o.Columns.URL, "url")
	def(&o.Columns.Date, "date")
	def(&o.Columns.Title, "title")
	def(&o.Columns.Text, "text")
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	return o
}

// Item is one article read, or one input (or row of an input) that failed. Err is an
// *Error naming the input precisely ("corpus.csv: row 12: 3 fields, want 4",
// "page.html: not UTF-8 text (...)"); Article is set when Err is nil.
type Item struct {
	Article extract.Article
	Err     error
}

// Read reads every path (files, directories recursively, "-" for stdin) and calls fn for
// each article or failure, in input order. A bad file or row yields an Item with Err and
// reading goes on; Read itself returns an error only for ctx cancellation (ctx.Err()) or
// when fn returns one (that error, unchanged).
//
// Directories are read recursively in lexical order; only files with a known extension
// are read (.txt .text .html .htm .csv .jsonl .ndjson .xml .rss .atom) and hidden files
// and directories (".name") are skipped. A directory with no such file is an error.
func Read(ctx context.Context, paths []string, opts Options, fn func(Item) error) error {
	r := &reader{ctx: ctx, opts: opts.withDefaults(), fn: fn}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return err
		}
	}
	return nil
}

// ReadFile reads one path: a file (format by extension, or sniffed when the extension is
// unknown), "-" for stdin, or a directory as Read does. It returns an error only for ctx
// cancellation or when fn returns one.
func ReadFile(ctx context.Context, path string, opts Options, fn func(Item) error) error {
	return Read(ctx, []string{path}, opts, fn)
}

// Formats by file extension; Format and sniffing use the same names.
const (
	formatText  = "txt"
	formatHTML  = "html"
	formatCSV   = "csv"
	formatJSONL = "jsonl"
	formatFeed  = "feed"
)

var extensions = map[string]string{
	".txt":    formatText,
	".text":   formatText,
	".html":   formatHTML,
	".htm":    formatHTML,
	".csv":    formatCSV,
	".jsonl":  formatJSONL,
	".ndjson": formatJSONL,
	".xml":    formatFeed,
	".rss":    formatFeed,
	".atom":   formatFeed,
}

// reader carries one Read call.
type reader struct {
	ctx  context.Context
	opts Options
	fn   func(Item) error
}

// input is one opened input, positioned after any UTF-8 byte order mark.
type input struct {
	name string // for messages and Article.Source
	br   *bufio.Reader
	size int64 // bytes, or -1 when unknown (stdin)
}

func (r *reader) emit(it Item) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	return r.fn(it)
}

// fail reports a failed input (where == "") or a failed part of it.
func (r *reader) fail(name, where string, err error) error {
	return r.emit(Item{Err: &Error{Input: name, Where: where, Err: err}})
}

func (r *reader) article(a extract.Article) error { return r.emit(Item{Article: a}) }

func (r *reader) path(p string) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if p == "-" {
		return r.stream("stdin", r.opts.Stdin, -1, "")
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(p, "", osErr(err))
	}
	if fi.IsDir() {
		return r.dir(p)
	}
	return r.file(p, fi)
}

// osErr drops the operation and path that os errors repeat ("stat x: no such file or
// directory" -> "no such file or directory"); errors.Is(err, fs.ErrNotExist) still holds.
func osErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *reader) file(p string, fi fs.FileInfo) error {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, "", osErr(err))
	}
	defer f.Close()
	size := int64(-1)
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return r.stream(p, f, size, fileExt(p))
}

func fileExt(p string) string { return strings.ToLower(filepath.Ext(p)) }

func (r *reader) dir(root string) error {
	found := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if ferr := r.fail(p, "", osErr(err)); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := extensions[fileExt(p)]; !ok {
			return nil
		}
		fi, err := os.Stat(p) // follows symbolic links
		if err != nil {
			found++
			return r.fail(p, "", osErr(err))
		}
		if fi.IsDir() {
			return nil // a link to a directory: not followed (no cycles)
		}
		found++
		return r.file(p, fi)
	})
	if err != nil {
		return err
	}
	if found == 0 {
		return r.fail(root, "", ErrNoFiles)
	}
	return nil
}

// stream checks the start of an input, picks its format and reads it.
func (r *reader) stream(name string, rd io.Reader, size int64, ext string) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return r.fail(name, "", fmt.Errorf("read: %w", osErr(err)))
	}
	if len(head) == 0 {
		return r.fail(name, "", ErrEmpty)
	}
	if len(head) >= 3 && string(head[:3]) == string(bomUTF8) {
		br.Discard(3)
		head = head[3:]
		if size > 0 {
			size -= 3
		}
	}
	if err := checkStart(head); err != nil {
		return r.fail(name, "", err)
	}
	format := r.opts.Format
	if f, ok := extensions["."+strings.ToLower(format)]; ok {
		format = f // "rss", "ndjson", "htm" ... name the format by its extension
	}
	if format == "" {
		format = extensions[ext]
	}
	if format == "" {
		format = sniff(head, r.opts.Columns)
	}
	in := &input{name: name, br: br, size: size}
	switch format {
	case formatText:
		return r.readText(in)
	case formatCSV:
		return r.readCSV(in)
	case formatJSONL:
		return r.readJSONL(in)
	case formatHTML:
		return r.readHTML(in)
	case formatFeed:
		return r.readFeed(in)
	}
	return r.fail(name, "", fmt.Errorf("unknown format %q (want txt, html, csv, jsonl or feed)", format))
}

// readAll reads a whole input of at most limit bytes.
func (in *input) readAll(limit int) ([]byte, error) {
	if in.size > int64(limit) {
		return nil, tooLarge(int(min(in.size, 1<<40)), limit)
	}
	b, err := io.ReadAll(io.LimitReader(in.br, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", osErr(err))
	}
	if len(b) > limit {
		return nil, tooLarge(-1, limit)
	}
	return b, nil
}
