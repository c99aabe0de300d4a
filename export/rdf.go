package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"newsgraph/schema"
)

// The RDF form of the projection (N-Quads and JSON-LD write the same triples):
//
//	<entity> rdf:type schema:Person ; schema:name "..." ; schema:alternateName "..." ;
//	         ng:mentionCount n ; ng:articleCount n ; ng:firstSeen date ; ng:lastSeen date .
//	<source> <predicate> <target> .                      (the direct edge)
//	_:eN rdf:type ng:Edge ; ng:source <source> ; ng:target <target> ; ng:predicate <predicate> ;
//	     rdfs:label "..." ; ng:weight n ; ng:firstDate date ; ng:lastDate date ;
//	     ng:sentence "..." ; ng:article <article> .
const (
	rdfsLabel    = "http://www.w3.org/2000/01/rdf-schema#label"
	edgeClass    = schema.NS + "Edge"
	articleCount = schema.NS + "articleCount"
	firstSeen    = schema.NS + "firstSeen"
	lastSeen     = schema.NS + "lastSeen"
	edgeSource   = schema.NS + "source"
	edgeTarget   = schema.NS + "target"
	edgeWeight   = schema.NS + "weight"
	firstDate    = schema.NS + "firstDate"
	lastDate     = schema.NS + "lastDate"
	xsdInteger   = schema.XSD + "integer"
	xsdDate      = schema.XSD + "date"
)

// NodeIRI is the IRI of a node: its ID when that is already an absolute IRI, else the ID
// under schema.IDBase ("person/donald-trump" -> https://newsgraph.dev/id/person/donald-trump).
func NodeIRI(id string) string {
	if isAbsIRI(id) {
		return id
	}
	return schema.KeyIRI(id)
}

// PredicateIRI is the IRI of an edge predicate: relation kinds map to their schema IRIs
// (memberOf -> schema:memberOf), an absolute IRI stays, anything else goes under the
// project namespace (role -> ng:role).
func PredicateIRI(p string) string {
	if isAbsIRI(p) {
		return p
	}
	for _, k := range schema.RelationKinds {
		if string(k) == p {
			return k.IRI()
		}
	}
	return schema.NS + p
}

// typeIRI is the class of an entity type: schema.org's for the known types.
func typeIRI(t string) string {
	if et, ok := schema.ParseEntityType(t); ok {
		return et.IRI()
	}
	if t == "" {
		return schema.NS + "Entity"
	}
	return schema.NS + t
}

// isAbsIRI reports whether s starts with a URI scheme followed by ':' and is not a
// compact name such as "person/x".
func isAbsIRI(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 1 {
		return false
	}
	for j := 0; j < i; j++ {
		c := s[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return strings.HasPrefix(s[i:], "://") || strings.HasPrefix(s, "urn:") || strings.HasPrefix(s, "mailto:")
}

// iriUnsafe marks the ASCII bytes an N-Quads IRIREF (and so a JSON-LD id written here)
// cannot hold: controls, space and <>"{}|^`\.
var iriUnsafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c <= 0x20; c++ {
		t[c] = true
	}
	t[0x7f] = true
	for _, c := range []byte(`<>"{}|^` + "`" + `\`) {
		t[c] = true
	}
	return t
}()

// cleanIRI percent-encodes the bytes marked in iriUnsafe and invalid UTF-8; other
// non-ASCII characters stay (IRIs allow them).
func cleanIRI(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if iriUnsafe[c] {
				break
			}
			i++
			continue
		}
		r, width := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && width == 1 {
			break
		}
		i += width
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, width := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || width > 1 {
				b.WriteString(s[i : i+width])
				i += width
				continue
			}
		} else if !iriUnsafe[c] {
			b.WriteByte(c)
			i++
			continue
		}
		b.WriteByte('%')
		b.WriteByte("0123456789ABCDEF"[c>>4])
		b.WriteByte("0123456789ABCDEF"[c&0xF])
		i++
	}
	return b.String()
}

// cleanBlank makes s a valid blank node label: letters, digits, '_' and '-' stay, and
// every other byte becomes 'x' and two hex digits.
func cleanBlank(s string) string {
	ok := s != ""
	for i := 0; i < len(s) && ok; i++ {
		c := s[i]
		ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' && i > 0
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' && i > 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('x')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&0xF])
	}
	if b.Len() == 0 {
		return "b"
	}
	return b.String()
}

// validLang reports whether s is a language tag as N-Quads accepts it:
// [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLang(s string) bool {
	if s == "" {
		return false
	}
	for i, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for _, c := range []byte(part) {
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			if !letter && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}

// dateTerm is a date as an RDF literal: xsd:date when it is YYYY-MM-DD, a plain string
// otherwise.
func dateTerm(d string) Term {
	if isISODate(d) {
		return Term{Kind: Literal, Value: d, Datatype: xsdDate}
	}
	return Term{Kind: Literal, Value: d}
}

// articleTerm is an edge's article: an IRI when it is one, else a string.
func articleTerm(a string) Term {
	if isAbsIRI(a) {
		return Term{Kind: IRI, Value: a}
	}
	return Term{Kind: Literal, Value: a}
}

func iriTerm(s string) Term       { return Term{Kind: IRI, Value: s} }
func strTerm(s string) Term       { return Term{Kind: Literal, Value: s} }
func intTerm(i int) Term          { return Term{Kind: Literal, Value: itoa(i), Datatype: xsdInteger} }
func blankTerm(label string) Term { return Term{Kind: BlankNode, Value: label} }

// projectNode calls emit for each triple of a node. The predicates emit receives here
// and in projectEdge are constants of this package: writers need not escape them.
func projectNode(n Node, emit func(p string, o Term)) {
	emit(schema.Type, iriTerm(typeIRI(n.Type)))
	if n.Label != "" {
		emit(schema.Name, strTerm(n.Label))
	}
	for _, a := range n.Aliases {
		emit(schema.AlternateName, strTerm(a))
	}
	emit(schema.MentionCount, intTerm(n.Mentions))
	emit(articleCount, intTerm(n.Articles))
	if n.FirstSeen != "" {
		emit(firstSeen, dateTerm(n.FirstSeen))
	}
	if n.LastSeen != "" {
		emit(lastSeen, dateTerm(n.LastSeen))
	}
}

// edgeIRIs are the IRIs of an edge's ends and predicate.
type edgeIRIs struct{ src, dst, pred string }

func iriOf(e Edge) edgeIRIs {
	return edgeIRIs{NodeIRI(e.Source), NodeIRI(e.Target), PredicateIRI(e.Predicate)}
}

// projectEdge calls emit for each triple of the edge's node (the direct edge is written
// apart); iri holds the IRIs iriOf(e) returns.
func projectEdge(e Edge, iri edgeIRIs, emit func(p string, o Term)) {
	emit(schema.Type, iriTerm(edgeClass))
	emit(edgeSource, iriTerm(iri.src))
	emit(edgeTarget, iriTerm(iri.dst))
	emit(schema.Predicate, iriTerm(iri.pred))
	if e.Label != "" {
		emit(rdfsLabel, strTerm(e.Label))
	}
	emit(edgeWeight, intTerm(e.Weight))
	if e.FirstDate != "" {
		emit(firstDate, dateTerm(e.FirstDate))
	}
	if e.LastDate != "" {
		emit(lastDate, dateTerm(e.LastDate))
	}
	if e.Sentence != "" {
		emit(schema.Sentence, strTerm(e.Sentence))
	}
	if e.Article != "" {
		emit(schema.Article, articleTerm(e.Article))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
