package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
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
// related links, comments, footers) removed by go-readability, paragraphs, headings and
// list items kept apart by blank lines. Title, publication date and canonical URL come
// from the page's metadata (meta tags, Open Graph, JSON-LD, links).
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
	// The metadata first: readability removes the scripts that hold JSON-LD.
	meta := readPageMeta(doc)
	parser := readability.NewParser()
	parser.KeepClasses = true // pruneFurniture reads them
	res, err := parser.ParseAndMutate(doc, nil)
	if err != nil || res.Node == nil {
		// readability fails only on a document without a body, or returns no node when
		// nothing of the body is left.
		return extract.Article{}, detail(ErrNoText, "no article text found in the page")
	}
	pruneFurniture(res.Node)
	title := pageTitle(collapseSpace(res.Title()), meta)
	blocks := slices.DeleteFunc(htmlBlocks(res.Node), isLinkList)
	// The headline usually opens the content: it is the title, not text. The metadata
	// title may carry the site's name after it ("Headline | Site").
	if len(blocks) > 1 && blocks[0].heading && sameHeadline(blocks[0].text, title) {
		title = blocks[0].text
		blocks = blocks[1:]
	}
	// Pages without headings open with the headline as a line of its own.
	if len(blocks) > 0 && title != "" {
		first, rest, _ := strings.Cut(blocks[0].text, "\n")
		if strings.EqualFold(first, title) {
			if rest == "" {
				blocks = blocks[1:]
			} else {
				blocks[0].text = rest
			}
		}
	}
	text := joinBlocks(blocks)
	if !hasSentence(text) {
		return extract.Article{}, detail(ErrNoText, "no article text found in the page")
	}
	if err := checkArticle(text, limit); err != nil {
		return extract.Article{}, err
	}
	return extract.Article{
		URL:   meta.url,
		Title: title,
		Date:  meta.date,
		Text:  text,
	}, nil
}

// pageTitle is the article's title: the metadata title (readability's choice among
// JSON-LD, Open Graph, Dublin Core and <title>), replaced by the page's h1 when that is
// the same headline without the site's name after it, else with the site's name cut.
func pageTitle(title string, meta pageMeta) string {
	for _, h := range meta.headings {
		if sameHeadline(h, title) { // the first h1 when there is no title
			return h
		}
	}
	if n := len(title) - len(meta.site); meta.site != "" && n > 0 && strings.EqualFold(title[n:], meta.site) {
		// "Headline | Site", "Headline - Site", "Headline – Site" ...
		head := strings.TrimRight(title[:n], " ")
		if h := strings.TrimRight(head, "|-:–—·•"); h != head && strings.TrimSpace(h) != "" {
			return strings.TrimSpace(h)
		}
	}
	return title
}

// isLinkList reports a block of links without a sentence: "Read more: headline",
// "E-mail this story | Print", a list of other headlines.
func isLinkList(b block) bool { return b.links > 0.5 && !hasSentence(b.text) }

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
	links   float64 // the share of its text inside links
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
		linked  int  // bytes of cur inside links
		hasText bool // cur holds more than spaces
	)
	flush := func() {
		var lines []string
		for _, l := range strings.Split(cur.String(), "\n") {
			if l = collapseSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, block{text: strings.Join(lines, "\n"), heading: heading,
				links: float64(linked) / float64(cur.Len())})
		}
		cur.Reset()
		heading = false
		linked = 0
		hasText = false
	}
	var walk func(n *html.Node, pre, link bool)
	walk = func(n *html.Node, pre, link bool) {
		switch n.Type {
		case html.TextNode:
			if link {
				linked += len(n.Data)
			}
			hasText = hasText || strings.TrimSpace(n.Data) != ""
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
				// Two line breaks, a blank line, end the paragraph (pages that write
				// paragraphs as text between <br><br>).
				s := cur.String()
				if i := strings.LastIndexByte(s, '\n'); !pre && hasText && i >= 0 && strings.TrimSpace(s[i+1:]) == "" {
					flush()
				} else {
					cur.WriteByte('\n')
				}
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
			walk(c, pre || tagAtom(n) == atom.Pre, link || tagAtom(n) == atom.A)
		}
		if isBlock {
			flush()
		}
	}
	walk(n, false, false)
	flush()
	return out
}

// tagAtom is the element's atom. readability renames elements (a div becomes a p, a
// table cell a div) and creates some by changing Data only, so Data is what counts.
func tagAtom(n *html.Node) atom.Atom {
	if n.Type != html.ElementNode || n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// hasSentence reports a text with at least one sentence: a line of four words or more
// ending with a full stop, question or exclamation mark (before any closing quote or
// bracket), or a line of CJK text ending with its full stop. Pages with no article give
// readability's best guess, menus and footers, which has none.
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

// pageMeta is what a page's metadata says of its article.
type pageMeta struct {
	url      string   // canonical URL, absolute
	date     string   // publication date, YYYY-MM-DD when its form is known
	site     string   // the site's name (og:site_name, application-name)
	headings []string // the page's h1 texts, in page order
}

// readPageMeta reads the canonical URL and the publication date of a page, from (first
// found first): the canonical link, og:url and the article's JSON-LD url for the URL; the
// article's JSON-LD datePublished, publication date meta tags (Open Graph, Dublin Core,
// itemprop and the common names), a <time pubdate> or itemprop="datePublished" element,
// the date in the URL, the first <time> of the content (outside the site's header,
// navigation, asides, footers and comments), then a date written in the first element of
// the content whose class names a date or a byline, for the date.
func readPageMeta(doc *html.Node) pageMeta {
	var (
		m           pageMeta
		urls, dates []string
		metaDates   = map[string]string{}
		timeDate    string // of the first <time> of the page's content
		textDate    string // written in the first element of the content named for dates
	)
	setOnce := func(key, value string) {
		if _, ok := metaDates[key]; !ok && value != "" {
			metaDates[key] = value
		}
	}
	var walk func(n *html.Node, furniture, article bool)
	walk = func(n *html.Node, furniture, article bool) {
		if n.Type == html.ElementNode {
			switch tagAtom(n) {
			case atom.Link:
				rel := strings.ToLower(attr(n, "rel"))
				if hasWord(rel, "canonical") || hasWord(rel, "alternate") && attr(n, "hreflang") == "x-default" {
					urls = append(urls, attr(n, "href"))
				}
			case atom.Meta:
				content := attr(n, "content")
				for _, key := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop")} {
					key = strings.ToLower(strings.TrimSpace(key))
					if key == "og:url" {
						urls = append(urls, content)
					}
					setOnce(key, content)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					u, d := jsonLDArticle(textOf(n))
					urls = append(urls, u)
					dates = append(dates, d)
				}
				return
			case atom.Time:
				dt := strOr(attr(n, "datetime"), collapseSpace(innerText(n)))
				if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					setOnce("time:pubdate", dt)
				} else if timeDate == "" && !furniture {
					timeDate = dt
				}
			case atom.H1:
				if h := collapseSpace(innerText(n)); h != "" {
					m.headings = append(m.headings, h)
				}
			case atom.Article, atom.Main:
				article = true
			case atom.Header:
				// The site's header, not the article's, may show today's date.
				furniture = furniture || !article
			case atom.Nav, atom.Aside, atom.Footer:
				furniture = true
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && tagAtom(n) != atom.Meta {
				setOnce("itemprop:datepublished", strOr(attr(n, "datetime"), attr(n, "content")))
			}
			names := attr(n, "class") + " " + attr(n, "id")
			if furnitureClass.MatchString(names) {
				furniture = true
			}
			if textDate == "" && !furniture && isDateElement(names) {
				if t := innerText(n); len(t) <= 200 {
					textDate = dateInText(t)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, furniture, article)
		}
	}
	walk(doc, false, false)

	m.url = canonicalURL(urls)
	m.site = collapseSpace(strOr(metaDates["og:site_name"], metaDates["application-name"]))
	for _, key := range publishedKeys {
		dates = append(dates, metaDates[key])
	}
	dates = append(dates, urlDate(m.url), timeDate, textDate)
	for _, d := range dates {
		if d = pageDate(d); d != "" {
			m.date = d
			break
		}
	}
	return m
}

// publishedKeys are the meta tag names, properties and itemprops that give a page's
// publication date, most trusted first; "time:pubdate" and "itemprop:datepublished" stand
// for elements other than meta.
var publishedKeys = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"datepublished", "itemprop:datepublished", "time:pubdate",
	"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
	"dcterms.date", "dc:date", "citation_publication_date", "citation_date",
	"parsely-pub-date", "sailthru.date", "article.published", "article:published",
	"publishdate", "publish-date", "publish_date", "publication_date", "pubdate",
	"originalpublicationdate", "date",
}

// furnitureClass matches the class or id of the parts of a page whose dates are not the
// article's: comments, related stories, sidebars.
var furnitureClass = regexp.MustCompile(`(?i)comment|related|sidebar|widget|promo|teaser|recommend`)

// dateParts are words of class names and ids of the elements that show an article's date.
var dateParts = wordSet("date", "dateline", "time", "timestamp", "published", "pubdate",
	"posted", "byline", "meta", "info")

func isDateElement(names string) bool {
	for _, p := range nameParts(names) {
		if dateParts[p] {
			return true
		}
	}
	return false
}

// Dates written in text: 2019-01-17, 17/01/2019 or 17.01.2019 (day first, or month first
// when the day is over 12; 03/04/2019 is ambiguous and skipped), January 17, 2019,
// Jan. 17 2019, 17 January 2019.
var (
	textISODate   = regexp.MustCompile(`\b(\d{4})-(\d\d?)-(\d\d?)\b`)
	textNumDate   = regexp.MustCompile(`\b(\d\d?)[./](\d\d?)[./](\d{4})\b`)
	textMonthDay  = regexp.MustCompile(`(?i)\b(` + monthNames + `)\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	textDayMonth  = regexp.MustCompile(`(?i)\b(\d\d?)(?:st|nd|rd|th)?\s+(` + monthNames + `)\.?,?\s+(\d{4})\b`)
	monthNames    = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`
	monthByPrefix = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)

// dateInText finds a date written in a short text (a dateline, a byline) and writes it
// YYYY-MM-DD, or returns "".
func dateInText(s string) string {
	var y, m, d string
	switch {
	case textISODate.MatchString(s):
		p := textISODate.FindStringSubmatch(s)
		y, m, d = p[1], p[2], p[3]
	case textMonthDay.MatchString(s):
		p := textMonthDay.FindStringSubmatch(s)
		y, m, d = p[3], monthNumber(p[1]), p[2]
	case textDayMonth.MatchString(s):
		p := textDayMonth.FindStringSubmatch(s)
		y, m, d = p[3], monthNumber(p[2]), p[1]
	case textNumDate.MatchString(s):
		p := textNumDate.FindStringSubmatch(s)
		a, _ := strconv.Atoi(p[1])
		b, _ := strconv.Atoi(p[2])
		switch {
		case a > 12 && b <= 12:
			y, m, d = p[3], p[2], p[1]
		case b > 12 && a <= 12:
			y, m, d = p[3], p[1], p[2]
		default:
			return "" // ambiguous
		}
	default:
		return ""
	}
	t, err := time.Parse("2006-1-2", y+"-"+m+"-"+d)
	if err != nil || t.Year() < 1900 {
		return ""
	}
	return t.Format("2006-01-02")
}

func monthNumber(name string) string {
	name = strings.ToLower(name)
	for i, p := range monthByPrefix {
		if strings.HasPrefix(name, p) {
			return strconv.Itoa(i + 1)
		}
	}
	return ""
}

// isoDay is a date in ISO 8601 form at the start of a value, with a time or not.
var isoDay = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d|$)`)

// pageDate normalizes a date read from a page's metadata: ISO 8601 forms give their day
// as written (the publisher's day, whatever the zone), other forms go through
// normalizeDate, then dateInText, and are kept as given when neither knows them.
func pageDate(s string) string {
	s = collapseSpace(s)
	if m := isoDay.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-1-2", m[1]); err == nil {
			return t.Format("2006-01-02")
		}
		return ""
	}
	if d := normalizeDate(s); d != s {
		return d
	}
	return strOr(dateInText(s), s)
}

// datePath is a date in the path of a URL: /2019/01/05/ or /2019-01-05/.
var datePath = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|[-_]|$)`)

// urlDate is the date the path of a news URL holds, as YYYY-MM-DD, or "".
func urlDate(u string) string {
	m := datePath.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// canonicalURL is the first absolute http(s) URL of the candidates; a relative one
// (/path) is resolved against the first absolute one when there is one.
func canonicalURL(candidates []string) string {
	var base *url.URL
	for _, c := range candidates {
		if u, err := url.Parse(strings.TrimSpace(c)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			if base == nil {
				base = u
			}
		}
	}
	for _, c := range candidates {
		c = strings.TrimSpace(c)
		u, err := url.Parse(c)
		if err != nil || c == "" {
			continue
		}
		if u.Scheme == "http" || u.Scheme == "https" {
			if u.Host != "" {
				return u.String()
			}
			continue
		}
		if base != nil && u.Scheme == "" && strings.HasPrefix(c, "/") {
			return base.ResolveReference(u).String()
		}
	}
	return ""
}

// jsonLDArticle reads the url and datePublished of the article a JSON-LD script
// describes (a NewsArticle, BlogPosting ..., alone, in a list or in an @graph).
func jsonLDArticle(script string) (u, date string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(script)), &v) != nil {
		return "", ""
	}
	var find func(v any, depth int) bool
	find = func(v any, depth int) bool {
		if depth > 4 {
			return false
		}
		switch v := v.(type) {
		case []any:
			for _, it := range v {
				if find(it, depth+1) {
					return true
				}
			}
		case map[string]any:
			if isArticleType(v["@type"]) {
				u = jsonString(v["url"])
				if u == "" {
					u = jsonString(v["mainEntityOfPage"])
				}
				date = jsonString(v["datePublished"])
				return true
			}
			return find(v["@graph"], depth+1)
		}
		return false
	}
	find(v, 0)
	return u, date
}

// isArticleType reports a schema.org type (or list of types) of a written article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report"
	case []any:
		for _, it := range t {
			if isArticleType(it) {
				return true
			}
		}
	}
	return false
}

// jsonString is a JSON-LD value as a string: the string itself, or the @id of an object.
func jsonString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v["@id"].(string)
		return s
	}
	return ""
}

// attr is the value of the attribute named key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hasWord reports a space-separated list holding word.
func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if w == word {
			return true
		}
	}
	return false
}

// innerText is the text of an element and its descendants, scripts and styles left out.
func innerText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skipElements[tagAtom(n)]:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// textOf is the text of an element's text children (a script's source).
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func strOr(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// pruneFurniture removes from readability's article the page furniture it leaves in:
// elements whose class, id or role names newsletters, paywalls, share and follow bars,
// related stories, author boxes, tags, comments, cookie notices and the like; and short
// ones (under 300 bytes of text) that name bylines, captions, credits, tools or embeds.
// The article element itself is kept, and so is any element that holds half of the
// article's text or more: a class name then describes the content, not furniture.
func pruneFurniture(root *html.Node) {
	total := len(strings.TrimSpace(innerText(root)))
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && isFurniture(c, total) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(root)
}

// isFurniture reports an element of the article that is page furniture.
func isFurniture(n *html.Node, total int) bool {
	if tagAtom(n) == atom.Figcaption {
		return true
	}
	var long, short bool
	for _, part := range nameParts(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "role")) {
		long = long || furnitureParts[part]
		short = short || shortFurnitureParts[part]
	}
	if !long && !short {
		return false
	}
	size := len(strings.TrimSpace(innerText(n)))
	if size*2 >= total {
		return false
	}
	return long || size < 300
}

// furnitureParts are words of class names, ids and roles that name page furniture of any
// size; shortFurnitureParts name furniture only on short elements, since articles use
// them too (a "video" may hold its transcript).
var furnitureParts, shortFurnitureParts = wordSet(
	"newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "promo",
	"promotion", "advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored",
	"share", "sharing", "sharedaddy", "social", "follow", "related", "relatedposts",
	"recommended", "recommendations", "readmore", "trending", "popular", "onward",
	"author", "authors", "bio", "contributor", "tags", "topics", "keywords", "categories",
	"breadcrumb", "breadcrumbs", "pagination", "pager", "nav", "navigation", "comment",
	"comments", "disqus", "cookie", "cookies", "consent", "gdpr", "outbrain", "taboola",
	"widget", "sidebar", "donate", "donation", "appeal", "complementary", "contentinfo",
), wordSet(
	"byline", "dateline", "meta", "info", "tools", "toolbar", "print", "caption", "credit",
	"video", "embed", "timestamp", "rating", "kicker", "label", "date",
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nameParts splits class names and ids into lower-case words: at spaces, hyphens,
// underscores and digits, and between a lower-case letter and an upper-case one
// (relatedStories, jp-relatedposts__item).
func nameParts(s string) []string {
	var (
		parts []string
		start = -1
	)
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		isLower, isUpper := c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z'
		if start >= 0 && (!isLower && !isUpper || isUpper && s[i-1] >= 'a' && s[i-1] <= 'z') {
			parts = append(parts, strings.ToLower(s[start:i]))
			start = -1
		}
		if start < 0 && (isLower || isUpper) {
			start = i
		}
	}
	return parts
}
