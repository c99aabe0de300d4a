// Package ingest reads news articles from files, directories, standard input and feeds,
// and refuses bad input with one clear error that names it.
//
// Formats, by extension (or sniffed from the first bytes when the extension is unknown, and
// always for "-", standard input):
//
//	.txt .text          plain text; a short first line followed by a blank line is the title
//	.html .htm          the main text of a web page (go-readability), paragraphs kept
//	                    apart by blank lines; title, date and canonical URL from metadata
//	.csv                a header row, then one article per row; columns by name
//	.jsonl .ndjson      one JSON object per line with the same field names
//	.xml .rss .atom     RSS or Atom feeds (gofeed): each item is an article; JSON Feed
//	                    documents are recognized by sniffing
//
// Sniffing (unknown extensions and stdin) recognizes, in this order: an RSS/Atom root
// element, an HTML document, a JSON Feed, a JSON object (JSON Lines), a CSV header naming
// the text column, else plain text. Options.Format forces a format.
//
// Bad input is reported per input, or per row, line or item, as an *Error wrapping one of
// ErrBinary, ErrNotUTF8, ErrEmpty, ErrNoText, ErrTooLarge, ErrMalformed, ErrNoFiles or an
// fs error; the other inputs and rows are still read:
//
//	corpus.csv: row 12: 3 fields, want 4 (line 40)
//	page.html: not UTF-8 text (invalid byte 0xe9 at line 3, column 14)
//
// Dates are normalized to YYYY-MM-DD when their form is unambiguous and kept as given
// otherwise. Article.Source is the path as given, with ":N" for the row, line or item.
//
// Typical use:
//
//	err := ingest.Read(ctx, paths, ingest.Options{}, func(it ingest.Item) error {
//		if it.Err != nil {
//			log.Print(it.Err) // names the input, and the row when there is one
//			return nil        // go on with the other articles
//		}
//		return store(ctx, it.Article)
//	})
//
// The package only reads: it neither extracts facts nor touches the store.
package ingest
