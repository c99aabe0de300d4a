package ingest

import (
	"bytes"
	"regexp"

	"github.com/mmcdole/gofeed"
)

// sniff guesses the format of an input from its first bytes (without a byte order mark):
// a feed's root element, an HTML document, a JSON object (JSON Lines), a CSV header naming
// the text column, else plain text.
func sniff(head []byte, cols Columns) string {
	start := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(start) == 0:
		return formatText
	case start[0] == '<' && looksFeed(start):
		return formatFeed
	case start[0] == '<' && looksHTML(start):
		return formatHTML
	case start[0] == '{' && bytes.Contains(start, []byte("jsonfeed.org/version/")):
		return formatFeed
	case start[0] == '{':
		return formatJSONL
	case looksCSV(head, cols):
		return formatCSV
	}
	return formatText
}

// htmlStart matches the opening of an HTML document, after comments and an XML
// declaration.
var htmlStart = regexp.MustCompile(`(?i)^(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]`)

func looksHTML(start []byte) bool { return htmlStart.Match(start) }

// looksFeed reports an XML document whose root element is rss, rdf:RDF or feed.
func looksFeed(start []byte) bool {
	t := gofeed.DetectFeedType(bytes.NewReader(start))
	return t == gofeed.FeedTypeRSS || t == gofeed.FeedTypeAtom
}

// looksCSV reports a first line that is a CSV header with the text column among several,
// with any of the recognized separators.
func looksCSV(head []byte, cols Columns) bool {
	for _, d := range csvDelimiters {
		if csvHeaderHasText(head, d, cols) {
			return true
		}
	}
	return false
}
