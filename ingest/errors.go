package ingest

import (
	"errors"
	"fmt"
)

// Reasons an input or an article is refused. Item.Err wraps one of them (or a parse error of
// the format) in an *Error that names the input, so callers can test with errors.Is.
var (
	// ErrBinary: the input holds NUL bytes or is mostly not text.
	ErrBinary = errors.New("binary data, not text")
	// ErrNotUTF8: the input is text in another encoding than UTF-8.
	ErrNotUTF8 = errors.New("not UTF-8 text")
	// ErrEmpty: the file has no bytes at all.
	ErrEmpty = errors.New("empty file")
	// ErrNoText: the article has no text (only spaces, or an empty text field).
	ErrNoText = errors.New("no text")
	// ErrTooLarge: the article is longer than Options.MaxArticleBytes.
	ErrTooLarge = errors.New("article too large")
	// ErrMalformed: the input does not parse as its format (CSV, JSON, HTML, feed).
	ErrMalformed = errors.New("malformed")
	// ErrNoFiles: a directory holds no file with a known extension.
	ErrNoFiles = errors.New("no article files (.txt .html .csv .jsonl .xml .rss .atom) in the directory")
)

// Error is the failure of one input, or of one article inside it. Its message names the
// input and, for CSV/JSONL/feeds, the row, line or item:
//
//	corpus.csv: row 12: 3 fields, want 4
//	page.html: not UTF-8 text (invalid byte 0xe9 at line 3, column 14)
type Error struct {
	// Input is the path as given (joined with the directory for files found in one), or
	// "stdin".
	Input string
	// Where is the place inside the input: "row 12", "line 3", "item 2"; empty when the
	// whole input failed.
	Where string
	// Err is the reason.
	Err error
}

func (e *Error) Error() string {
	if e.Where == "" {
		return e.Input + ": " + e.Err.Error()
	}
	return e.Input + ": " + e.Where + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// detail wraps a sentinel with a parenthesized detail: "not UTF-8 text (invalid byte ...)".
func detail(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w (%s)", sentinel, fmt.Sprintf(format, args...))
}

// malformed wraps a parse error of a format: "malformed CSV: ...".
func malformed(format string, err error) error {
	return fmt.Errorf("%w %s: %w", ErrMalformed, format, err)
}
