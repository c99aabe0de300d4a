// Package extract turns the text of a news article into facts: the people, organizations,
// countries and places it names (with their aliases merged), the roles people hold, who said
// what, the events it reports and the explicit relations between entities. Every fact
// carries the sentence and byte offsets it came from.
//
// The work is a Pipeline of small Stages over a Draft:
//
//	Normalize   curly quotes and odd spaces made ASCII, with an offset map back
//	Segment     page furniture dropped, date line read, lines -> sentences -> tagged tokens
//	...         entities, aliases and coreference, roles, statements, dates, events, relations
//
// Typical use:
//
//	x, err := extract.New(extract.Options{})
//	doc, err := x.Extract(ctx, extract.Article{URL: url, Title: title, Text: text})
//	// doc.Entities, doc.Roles, doc.Statements, doc.Events, doc.Relations
//
// The package never touches the store: it takes an Article and returns a Document.
package extract
