package ingest

import (
	"strings"
	"unicode/utf8"

	"newsgraph/extract"
)

// maxTitleRunes is the longest first line taken as a title; a longer one is a paragraph.
const maxTitleRunes = 300

// readText reads a plain text article: a short first line followed by a blank line is the
// title, the rest the text; else the whole file is the text. Line ends are made "\n".
func (r *reader) readText(in *input) error {
	b, err := in.readAll(r.opts.MaxArticleBytes)
	if err != nil {
		return r.fail(in.name, "", err)
	}
	text := string(b)
	if err := checkText(text); err != nil {
		return r.fail(in.name, "", err)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return r.fail(in.name, "", ErrNoText)
	}
	title, body := splitTitle(text)
	return r.article(extract.Article{Title: title, Text: body, Source: in.name})
}

// splitTitle takes the title off a text whose first line stands alone: followed by a blank
// line, not longer than maxTitleRunes and not ending with a full stop (a one-sentence
// paragraph is text, not a title). Blank lines between title and text are dropped.
func splitTitle(text string) (title, body string) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return "", text
	}
	title = strings.TrimSpace(first)
	if title == "" || utf8.RuneCountInString(title) > maxTitleRunes || strings.HasSuffix(title, ".") {
		return "", text
	}
	// The next line must be blank.
	next, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(next) != "" {
		return "", text
	}
	// Drop the blank lines that follow; what remains must hold text.
	for {
		line, after, ok := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" || !ok {
			break
		}
		rest = after
	}
	if strings.TrimSpace(rest) == "" {
		return "", text
	}
	return title, rest
}
