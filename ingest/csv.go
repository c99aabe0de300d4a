package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"newsgraph/extract"
)

// fieldIndex says where each article field is in a record; -1 when absent.
type fieldIndex struct{ url, date, title, text int }

// columnIndex finds the columns by name (case and surrounding spaces ignored; the first of
// duplicates wins). The text column is required.
func columnIndex(header []string, cols Columns) (fieldIndex, error) {
	find := func(name string) int {
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), strings.TrimSpace(name)) {
				return i
			}
		}
		return -1
	}
	idx := fieldIndex{url: find(cols.URL), date: find(cols.Date), title: find(cols.Title), text: find(cols.Text)}
	if idx.text < 0 {
		return idx, fmt.Errorf("header has no %q column (columns: %s)", cols.Text, strings.Join(header, ", "))
	}
	return idx, nil
}

// readCSV reads a CSV file with a header row. Each row is an article; a row that fails is
// reported by its number (the first row after the header is row 1) and reading goes on.
func (r *reader) readCSV(in *input) error {
	cr := csv.NewReader(in.br)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return r.fail(in.name, "", ErrNoText)
		}
		return r.fail(in.name, "header", csvErr(err))
	}
	header = append([]string(nil), header...)
	idx, err := columnIndex(header, r.opts.Columns)
	if err != nil {
		return r.fail(in.name, "", err)
	}
	for row := 1; ; row++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		where := fmt.Sprintf("row %d", row)
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				// An I/O error: the rest of the file cannot be read.
				return r.fail(in.name, where, fmt.Errorf("read: %w", osErr(err)))
			}
			if errors.Is(pe.Err, csv.ErrFieldCount) {
				err = fmt.Errorf("%d fields, want %d (line %d)", len(rec), len(header), pe.StartLine)
			} else {
				err = csvErr(err)
			}
			if ferr := r.fail(in.name, where, err); ferr != nil {
				return ferr
			}
			continue
		}
		a, err := r.record(rec, idx, header)
		if err != nil {
			if ferr := r.fail(in.name, where, err); ferr != nil {
				return ferr
			}
			continue
		}
		a.Source = fmt.Sprintf("%s:%d", in.name, row)
		if err := r.article(a); err != nil {
			return err
		}
	}
}

// record makes an article of the fields of one CSV row or JSON object.
func (r *reader) record(rec []string, idx fieldIndex, names []string) (extract.Article, error) {
	get := func(i int) (string, error) {
		if i < 0 || i >= len(rec) {
			return "", nil
		}
		if err := checkText(rec[i]); err != nil {
			return "", fmt.Errorf("column %s: %w", names[i], err)
		}
		return rec[i], nil
	}
	var a extract.Article
	var err error
	if a.URL, err = get(idx.url); err != nil {
		return a, err
	}
	if a.Date, err = get(idx.date); err != nil {
		return a, err
	}
	if a.Title, err = get(idx.title); err != nil {
		return a, err
	}
	if a.Text, err = get(idx.text); err != nil {
		return a, err
	}
	a.URL = strings.TrimSpace(a.URL)
	a.Title = strings.TrimSpace(a.Title)
	a.Date = normalizeDate(a.Date)
	if err := checkArticle(a.Text, r.opts.MaxArticleBytes); err != nil {
		return a, err
	}
	return a, nil
}

// csvErr rewords encoding/csv's parse errors: "malformed CSV: line 3, column 7: bare \" in
// non-quoted-field".
func csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return malformed("CSV", fmt.Errorf("line %d, column %d: %w", pe.Line, pe.Column, pe.Err))
	}
	return malformed("CSV", err)
}
