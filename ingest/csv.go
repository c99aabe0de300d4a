package ingest

import (
	"bytes"
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
	head, _ := in.br.Peek(sniffLen)
	cr := csv.NewReader(in.br)
	cr.Comma = csvDelimiter(head, r.opts.Columns)
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
			if row == 1 {
				return r.fail(in.name, "", detail(ErrNoText, "no rows after the header"))
			}
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
		a, err := csvFields(rec, idx, header).article(r.opts.MaxArticleBytes)
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

// fields are the raw values of an article's fields in a CSV row or JSON object, with the
// labels that name them in messages ("column text", "field \"text\"").
type fields struct {
	url, date, title, text                     string
	urlLabel, dateLabel, titleLabel, textLabel string
}

// article checks the fields and makes an article of them.
func (f fields) article(limit int) (extract.Article, error) {
	for _, v := range []struct{ label, value string }{
		{f.urlLabel, f.url}, {f.dateLabel, f.date}, {f.titleLabel, f.title}, {f.textLabel, f.text},
	} {
		if err := checkText(v.value); err != nil {
			return extract.Article{}, fmt.Errorf("%s: %w", v.label, err)
		}
	}
	if err := checkArticle(f.text, limit); err != nil {
		return extract.Article{}, err
	}
	return extract.Article{
		URL:   strings.TrimSpace(f.url),
		Date:  normalizeDate(f.date),
		Title: strings.TrimSpace(f.title),
		Text:  f.text,
	}, nil
}

// csvFields picks the article's fields out of a CSV record.
func csvFields(rec []string, idx fieldIndex, header []string) fields {
	get := func(i int) (string, string) {
		if i < 0 || i >= len(rec) {
			return "", ""
		}
		return rec[i], "column " + header[i]
	}
	var f fields
	f.url, f.urlLabel = get(idx.url)
	f.date, f.dateLabel = get(idx.date)
	f.title, f.titleLabel = get(idx.title)
	f.text, f.textLabel = get(idx.text)
	return f
}

// csvDelimiters are the field separators recognized, in order of preference.
var csvDelimiters = []rune{',', ';', '\t', '|'}

// csvDelimiter picks the separator that makes the first line a header naming the text
// column (spreadsheets in many locales write ';', some tools tab); ',' when none does.
func csvDelimiter(head []byte, cols Columns) rune {
	for _, d := range csvDelimiters {
		if csvHeaderHasText(head, d, cols) {
			return d
		}
	}
	return ','
}

// csvHeaderHasText reports a first line that, split by delim, has several fields, one of
// them the text column.
func csvHeaderHasText(head []byte, delim rune, cols Columns) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(line))
	cr.Comma = delim
	rec, err := cr.Read()
	if err != nil || len(rec) < 2 {
		return false
	}
	for _, f := range rec {
		if strings.EqualFold(strings.TrimSpace(f), strings.TrimSpace(cols.Text)) {
			return true
		}
	}
	return false
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
