package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"newsgraph/extract"
)

// maxPageFactor bounds a web page or feed read whole: MaxArticleBytes times this. Pages
// carry markup, scripts and page furniture besides the article text.
const maxPageFactor = 8

// readHTML reads the main text of a web page: page furniture (navigation, share buttons,
// related links, comments, footers) removed by go-trafilatura, paragraphs, headings and
// list items kept apart by blank lines. Title, publication date and canonical URL come
// from the page's metadata (meta tags, Open Graph, JSON-LD).
func (r *reader) readHTML(in *input) error {
	b, err := in.readAll(r.opts.MaxArticleBytes * maxPageFactor)
	if err != nil {
		return r.fail(in.name, "", err)
	}
	a, err := htmlArticle(b, r.opts.MaxArticleBytes)
	if err != nil {
		return r.fail(in.name, "", err)
	}
	a.Source = in.name
	return r.article(a)
}

// htmlArticle extracts the article of a web page.
func htmlArticle(page []byte, limit int) (extract.Article, error) {
	page, err := decodePage(page)
	if err != nil {
		return extract.Article{}, err
	}
	if bytes.IndexByte(page, '<') < 0 {
		return extract.Article{}, malformed("HTML", errors.New("no HTML tags"))
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return extract.Article{}, malformed("HTML", err)
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{ExcludeComments: true})
	if err != nil || res.ContentNode == nil {
		// trafilatura fails only when too little text is left ("text and comments are
		// not long enough") or for checks that are off here.
		return extract.Article{}, detail(ErrNoText, "no article text found in the page")
	}
	title := collapseSpace(res.Metadata.Title)
	blocks := htmlBlocks(res.ContentNode)
	// The headline usually opens the content: it is the title, not text. The metadata
	// title may carry the site's name after it ("Headline | Site").
	if len(blocks) > 1 && blocks[0].heading && sameHeadline(blocks[0].text, title) {
		title = blocks[0].text
		blocks = blocks[1:]
	}
	text := joinBlocks(blocks)
	if err := checkArticle(text, limit); err != nil {
		return extract.Article{}, err
	}
	if !hasSentence(text) {
		return extract.Article{}, detail(ErrNoText, "no article text found in the page")
	}
	return extract.Article{
		URL:   strings.TrimSpace(res.Metadata.URL),
		Title: title,
		Date:  dateOf(res.Metadata.Date),
		Text:  text,
	}, nil
}

// sameHeadline reports a heading that is the page title, or the title without the site
// name that follows it.
func sameHeadline(heading, title string) bool {
	h, t := strings.ToLower(heading), strings.ToLower(title)
	return t == "" || h == t || (strings.HasPrefix(t, h) && len(h)*2 >= len(t) && !isLetterOrDigit(t[len(h)]))
}

func isLetterOrDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// metaCharset finds the charset a page declares in a meta tag.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodePage returns a page as UTF-8: as it is when it is UTF-8 already, decoded when it
// declares another charset in a meta tag (within its first 64 KiB), else an error naming
// the first byte that is not UTF-8.
func decodePage(page []byte) ([]byte, error) {
	if utf8.Valid(page) {
		return page, nil
	}
	if m := metaCharset.FindSubmatch(page[:min(len(page), 64<<10)]); m != nil {
		enc, name := charset.Lookup(string(m[1]))
		if enc != nil && name != "utf-8" {
			out, _, err := transform.Bytes(enc.NewDecoder(), page)
			if err != nil {
				return nil, fmt.Errorf("%w (decode %s: %w)", ErrNotUTF8, name, err)
			}
			return out, nil
		}
	}
	return nil, checkText(string(page))
}

// block is a paragraph of text: a p, heading, list item, quote, table row ...
type block struct {
	text    string
	heading bool
}

// blockElements end the paragraph before and after them.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Html: true,
}

// skipElements hold no article text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true,
}

var headings = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// htmlBlocks turns an HTML tree into paragraphs of text. Spaces are collapsed as a browser
// does; a <br> is a line break inside a paragraph; preformatted text keeps its lines.
func htmlBlocks(n *html.Node) []block {
	var (
		out     []block
		cur     strings.Builder
		heading bool
	)
	flush := func() {
		var lines []string
		for _, l := range strings.Split(cur.String(), "\n") {
			if l = collapseSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, block{text: strings.Join(lines, "\n"), heading: heading})
		}
		cur.Reset()
		heading = false
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
			} else {
				cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			}
			return
		case html.ElementNode:
			if skipElements[tagAtom(n)] {
				return
			}
			switch tagAtom(n) {
			case atom.Br:
				cur.WriteByte('\n')
				return
			case atom.Td, atom.Th:
				cur.WriteByte(' ')
			case atom.Img:
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		isBlock := n.Type == html.ElementNode && blockElements[tagAtom(n)]
		if isBlock {
			flush()
			heading = headings[tagAtom(n)]
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre || tagAtom(n) == atom.Pre)
		}
		if isBlock {
			flush()
		}
	}
	walk(n, false)
	flush()
	return out
}

// tagAtom is the element's atom; trafilatura builds some elements with Data only.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// hasSentence reports a text with at least one sentence: a line of four words or more
// ending with a full stop, question or exclamation mark (before any closing quote or
// bracket), or a line of CJK text ending with its full stop. Pages with no article give
// trafilatura's fallback text, menus and footers, which has none.
func hasSentence(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \"'\u201d\u2019)")
		switch {
		case strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?"):
			if len(strings.Fields(line)) >= 4 {
				return true
			}
		case strings.HasSuffix(line, "\u3002") || strings.HasSuffix(line, "\uff01") || strings.HasSuffix(line, "\uff1f"):
			if utf8.RuneCountInString(line) >= 10 {
				return true
			}
		}
	}
	return false
}

// joinBlocks writes paragraphs separated by blank lines.
func joinBlocks(blocks []block) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.text)
	}
	return b.String()
}

// collapseSpace trims s and makes every run of white space one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
