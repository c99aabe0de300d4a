package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"newsgraph/extract"
)

// readFeed reads an RSS, Atom or JSON feed: each item is an article (link, published date,
// title, and content or else description turned from HTML into text). An item without
// text is an error naming it ("item 3"); the other items are read.
func (r *reader) readFeed(in *input) error {
	b, err := in.readAll(r.opts.MaxArticleBytes * maxPageFactor)
	if err != nil {
		return r.fail(in.name, "", err)
	}
	if err := checkFeedEncoding(b); err != nil {
		return r.fail(in.name, "", err)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			err = errors.New("not an RSS, Atom or JSON feed")
		}
		return r.fail(in.name, "", malformed("feed", err))
	}
	if len(feed.Items) == 0 {
		return r.fail(in.name, "", detail(ErrNoText, "the feed has no items"))
	}
	for i, item := range feed.Items {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		where := fmt.Sprintf("item %d", i+1)
		a, err := feedArticle(item, r.opts.MaxArticleBytes)
		if err != nil {
			if ferr := r.fail(in.name, where, err); ferr != nil {
				return ferr
			}
			continue
		}
		a.Source = fmt.Sprintf("%s:%d", in.name, i+1)
		if err := r.article(a); err != nil {
			return err
		}
	}
	return nil
}

// xmlEncoding finds the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']`)

// checkFeedEncoding accepts UTF-8, and other encodings the XML declaration names (gofeed
// decodes them); it refuses undeclared bytes that are not UTF-8.
func checkFeedEncoding(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	if m := xmlEncoding.FindSubmatch(b); m != nil && !strings.EqualFold(string(m[1]), "utf-8") {
		return nil
	}
	return checkText(string(b))
}

// feedArticle makes an article of a feed item.
func feedArticle(item *gofeed.Item, limit int) (extract.Article, error) {
	a := extract.Article{
		URL:   feedLink(item),
		Title: markupText(item.Title),
		Date:  feedDate(item),
	}
	body := item.Content
	if strings.TrimSpace(markupText(body)) == "" {
		body = item.Description
	}
	a.Text = markupText(body)
	if err := checkArticle(a.Text, limit); err != nil {
		return extract.Article{}, err
	}
	if err := checkText(a.Title + a.URL + a.Date); err != nil {
		return extract.Article{}, err
	}
	return a, nil
}

// feedLink is the item's link; else its first link; else its GUID when that is a URL.
func feedLink(item *gofeed.Item) string {
	if l := strings.TrimSpace(item.Link); l != "" {
		return l
	}
	for _, l := range item.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	if g := strings.TrimSpace(item.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// feedDate is the item's publication date (else its update date) as YYYY-MM-DD. The
// date as written is read first, so that it stays the publisher's day; gofeed's parsed
// time is the fallback. An unparseable date is kept as given.
func feedDate(item *gofeed.Item) string {
	for _, c := range []struct {
		raw string
		t   func() string
	}{
		{item.Published, func() string {
			if item.PublishedParsed != nil {
				return dateOf(*item.PublishedParsed)
			}
			return ""
		}},
		{item.Updated, func() string {
			if item.UpdatedParsed != nil {
				return dateOf(*item.UpdatedParsed)
			}
			return ""
		}},
	} {
		if strings.TrimSpace(c.raw) == "" {
			continue
		}
		if d := normalizeDate(c.raw); isISODate(d) {
			return d
		}
		if d := c.t(); d != "" {
			return d
		}
		return strings.TrimSpace(c.raw)
	}
	return ""
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func isISODate(s string) bool { return isoDate.MatchString(s) }

// markupText turns feed text into plain text: HTML (anything with a tag) into paragraphs
// separated by blank lines; plain text is kept, trimmed.
func markupText(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "<") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return joinBlocks(htmlBlocks(doc))
}
