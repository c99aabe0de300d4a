package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"newsgraph/extract"
)

// readJSONL reads JSON Lines: one object per line with the article's fields (names as in
// Options.Columns, any case). Blank lines are skipped; a bad line is reported by its number
// (from 1) and reading goes on.
func (r *reader) readJSONL(in *input) error {
	// JSON escapes make a line longer than its text; the text itself is checked against
	// the limit once decoded.
	lineLimit := 4*r.opts.MaxArticleBytes + 1<<20
	objects := 0
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, over, err := readLine(in.br, lineLimit)
		if err != nil && err != io.EOF {
			return r.fail(in.name, fmt.Sprintf("line %d", n), fmt.Errorf("read: %w", osErr(err)))
		}
		eof := err == io.EOF
		if over {
			objects++
			if ferr := r.fail(in.name, fmt.Sprintf("line %d", n), tooLarge(-1, r.opts.MaxArticleBytes)); ferr != nil {
				return ferr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			objects++
			a, err := jsonArticle(line, r.opts)
			if err != nil {
				if ferr := r.fail(in.name, fmt.Sprintf("line %d", n), err); ferr != nil {
					return ferr
				}
			} else {
				a.Source = fmt.Sprintf("%s:%d", in.name, n)
				if err := r.article(a); err != nil {
					return err
				}
			}
		}
		if eof {
			if objects == 0 {
				return r.fail(in.name, "", detail(ErrNoText, "only blank lines"))
			}
			return nil
		}
	}
}

// readLine reads one line without its end; a line longer than limit is consumed and
// reported as over (its bytes are not kept).
func readLine(br *bufio.Reader, limit int) (line []byte, over bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !over && len(line)+len(frag) <= limit+2 {
			line = append(line, frag...)
		} else {
			over, line = true, nil
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, over, err
	}
}

// jsonArticle decodes one JSON object into an article.
func jsonArticle(line []byte, opts Options) (extract.Article, error) {
	// encoding/json silently turns invalid UTF-8 into U+FFFD: refuse it first.
	if f, ok := findFault(string(line)); ok {
		return extract.Article{}, f.err(fmt.Sprintf("column %d", f.col))
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return extract.Article{}, jsonErr(line, err)
	}
	if obj == nil {
		return extract.Article{}, malformed("JSON", errors.New("want an object, got null"))
	}
	var f fields
	var err error
	if f.url, f.urlLabel, _, err = jsonField(obj, opts.Columns.URL); err != nil {
		return extract.Article{}, err
	}
	if f.date, f.dateLabel, _, err = jsonField(obj, opts.Columns.Date); err != nil {
		return extract.Article{}, err
	}
	if f.title, f.titleLabel, _, err = jsonField(obj, opts.Columns.Title); err != nil {
		return extract.Article{}, err
	}
	var found bool
	if f.text, f.textLabel, found, err = jsonField(obj, opts.Columns.Text); err != nil {
		return extract.Article{}, err
	}
	if !found {
		return extract.Article{}, fmt.Errorf("%w: no %q field", ErrNoText, opts.Columns.Text)
	}
	return f.article(opts.MaxArticleBytes)
}

// jsonField returns the string value of a field found by name (exactly, else in any case),
// and the label naming it in messages. null is the empty string; other kinds are errors.
func jsonField(obj map[string]json.RawMessage, name string) (value, label string, found bool, err error) {
	name = strings.TrimSpace(name)
	key := name
	raw, found := obj[name]
	if !found {
		for k, v := range obj {
			if strings.EqualFold(k, name) && (!found || k < key) { // the same key every time
				key, raw, found = k, v, true
			}
		}
	}
	label = fmt.Sprintf("field %q", key)
	if !found {
		return "", label, false, nil
	}
	var s *string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", label, true, fmt.Errorf("%s: want a string, got %s", label, jsonKind(raw))
	}
	if s == nil {
		return "", label, true, nil
	}
	return *s, label, true, nil
}

// jsonErr words a decoding error with the column where it happened.
func jsonErr(line []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return malformed("JSON", fmt.Errorf("column %d: %w", columnAt(line, int(syn.Offset)), err))
	case errors.As(err, &typ):
		return malformed("JSON", fmt.Errorf("want an object, got %s", jsonKind(bytes.TrimSpace(line))))
	}
	return malformed("JSON", err)
}

// columnAt converts a byte offset in a line to a column in characters, from 1.
func columnAt(line []byte, off int) int {
	off = min(max(off, 0), len(line))
	return len([]rune(string(line[:off]))) + 1
}

// jsonKind names the kind of a JSON value for messages.
func jsonKind(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
