// Package schema is newsgraph's vocabulary: the entity types, the node types of the facts,
// the predicates that link them, and the IRIs every node gets. It does no I/O and imports
// nothing of ours, so every other package can share it.
//
// # The model
//
// Entities are nodes with a stable IRI built from their type and canonical name
// (EntityIRI). Every fact about them is a node of its own, so that it can carry the
// sentence it came from, its byte offsets, its date and a confidence, and every quad is
// labelled with the IRI of the article it came from (the label is the provenance).
//
//	node type            rdf:type                 main predicates (subject -> object)
//	article              schema:NewsArticle       schema:url, schema:headline, schema:datePublished,
//	                                              ng:source, ng:mentions -> entity
//	person               schema:Person            schema:name, schema:alternateName, ng:mentionCount,
//	                                              ng:nameKey (each name folded for lookups)
//	organization         schema:Organization      (as person)
//	country              schema:Country           (as person), ng:isoCode
//	place                schema:Place             (as person), ng:locatedIn -> country
//	role                 schema:Role              ng:holder -> person, schema:jobTitle, ng:of -> country|org,
//	                                              ng:former, ng:asOf
//	statement            schema:Quotation         schema:spokenByCharacter -> speaker (and speaker ng:said -> statement),
//	                                              schema:text, ng:kind, ng:cue, ng:medium, ng:about -> entity
//	event                schema:Event             ng:kind, schema:participant, schema:location,
//	                                              schema:startDate, schema:endDate, ng:dateSource
//	relation             ng:Relation              ng:subject, ng:predicate, ng:object; plus the direct
//	                                              edge subject -> ng:supports|opposes|... -> object
//
// Every fact node (role, statement, event, relation) also has ng:article -> article,
// ng:sentence (the sentence text), ng:sentenceIndex, ng:offsets ("start-end", bytes into the
// article text) and ng:confidence.
package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Namespaces.
const (
	// SchemaOrg is the schema.org namespace.
	SchemaOrg = "http://schema.org/"
	// NS is the project namespace for predicates schema.org lacks.
	NS = "https://newsgraph.dev/ns#"
	// IDBase is the prefix of every node IRI newsgraph mints.
	IDBase = "https://newsgraph.dev/id/"
	// RDF is the RDF namespace.
	RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	// XSD is the XML Schema datatypes namespace.
	XSD = "http://www.w3.org/2001/XMLSchema#"
)

// Prefixes maps the short prefixes used in docs, queries and exports to their namespaces.
var Prefixes = map[string]string{
	"schema": SchemaOrg,
	"ng":     NS,
	"rdf":    RDF,
	"xsd":    XSD,
}

// EntityType is the kind of a named thing in the news.
type EntityType string

// The entity types.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Country      EntityType = "Country"
	Place        EntityType = "Place"
)

// EntityTypes lists the entity types in display order.
var EntityTypes = []EntityType{Person, Organization, Country, Place}

// ParseEntityType returns the entity type named s (case-insensitive), and false when s
// names none.
func ParseEntityType(s string) (EntityType, bool) {
	for _, t := range EntityTypes {
		if strings.EqualFold(string(t), s) {
			return t, true
		}
	}
	return "", false
}

// IRI returns the schema.org class IRI of the entity type.
func (t EntityType) IRI() string { return SchemaOrg + string(t) }

// Class IRIs of the nodes that are not entities.
const (
	NewsArticle = SchemaOrg + "NewsArticle"
	RoleClass   = SchemaOrg + "Role"
	Quotation   = SchemaOrg + "Quotation"
	EventClass  = SchemaOrg + "Event"
	Relation    = NS + "Relation"
)

// Predicates.
const (
	Type = RDF + "type"

	// Names and articles.
	Name          = SchemaOrg + "name"
	AlternateName = SchemaOrg + "alternateName"
	URL           = SchemaOrg + "url"
	Headline      = SchemaOrg + "headline"
	DatePublished = SchemaOrg + "datePublished"
	Source        = NS + "source" // where the article was read from: "corpus.csv:12"
	Mentions      = NS + "mentions"
	MentionCount  = NS + "mentionCount"
	NameKey       = NS + "nameKey" // a name or alias folded (lower case, no accents) for lookups
	ISOCode       = NS + "isoCode"
	LocatedIn     = NS + "locatedIn"

	// Roles.
	JobTitle = SchemaOrg + "jobTitle"
	Holder   = NS + "holder"
	Of       = NS + "of"
	Former   = NS + "former"
	AsOf     = NS + "asOf"
	MemberOf = SchemaOrg + "memberOf"

	// Statements.
	SpokenBy = SchemaOrg + "spokenByCharacter"
	Said     = NS + "said"
	Text     = SchemaOrg + "text"
	Kind     = NS + "kind"
	Cue      = NS + "cue"
	Medium   = NS + "medium"
	About    = NS + "about"

	// Events.
	Participant = SchemaOrg + "participant"
	Location    = SchemaOrg + "location"
	StartDate   = SchemaOrg + "startDate"
	EndDate     = SchemaOrg + "endDate"
	DateSource  = NS + "dateSource"

	// Relations (the reified node).
	Subject   = NS + "subject"
	Predicate = NS + "predicate"
	Object    = NS + "object"

	// Provenance, on every fact node.
	Article       = NS + "article"
	Sentence      = NS + "sentence"
	SentenceIndex = NS + "sentenceIndex"
	Offsets       = NS + "offsets"
	Confidence    = NS + "confidence"
)

// RelationKind is the predicate of an explicit relation between two entities.
type RelationKind string

// The relation vocabulary. Each is stored both as the ng:predicate of a relation node and
// as a direct edge subject -> predicate -> object.
const (
	Supports  RelationKind = "supports"
	Opposes   RelationKind = "opposes"
	Occupies  RelationKind = "occupies"
	Sanctions RelationKind = "sanctions"
	Accuses   RelationKind = "accuses"
	IsMember  RelationKind = "memberOf"
	// Controls is control without occupation ("Russia's control of Crimea"); Bans is a
	// ban one party imposes on another.
	Controls RelationKind = "controls"
	Bans     RelationKind = "bans"
)

// RelationKinds lists the relation vocabulary.
var RelationKinds = []RelationKind{Supports, Opposes, Occupies, Controls, Sanctions, Bans, Accuses, IsMember}

// ParseRelationKind returns the relation kind named s (case-insensitive), and false when s
// names none.
func ParseRelationKind(s string) (RelationKind, bool) {
	for _, k := range RelationKinds {
		if strings.EqualFold(string(k), strings.TrimSpace(s)) {
			return k, true
		}
	}
	return "", false
}

// IRI returns the predicate IRI of the relation kind (schema:memberOf for memberOf).
func (k RelationKind) IRI() string {
	if k == IsMember {
		return MemberOf
	}
	return NS + string(k)
}

// Statement kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Slug turns a name into the lowercase ASCII words joined by hyphens used in IRIs:
// "Donald J. Trump" -> "donald-j-trump", "Zelenskyy" -> "zelenskyy", "Côte d'Ivoire" ->
// "cote-d-ivoire". Letters outside ASCII that have no decomposition are kept (as UTF-8,
// percent-encoded by IRI writers that need it).
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// EntityKey is the short, stable id of an entity inside newsgraph: "person/donald-trump".
// Extraction output uses it as the entity id; EntityIRI prefixes it.
func EntityKey(t EntityType, name string) string {
	return strings.ToLower(string(t)) + "/" + Slug(name)
}

// EntityIRI is the IRI of an entity: IDBase + EntityKey.
func EntityIRI(t EntityType, name string) string { return IDBase + EntityKey(t, name) }

// KeyIRI turns a key made by EntityKey (or any key relative to IDBase) into an IRI.
func KeyIRI(key string) string { return IDBase + key }

// IRIKey is the inverse of KeyIRI; it returns iri unchanged when it is not one of ours.
func IRIKey(iri string) string { return strings.TrimPrefix(iri, IDBase) }

// ArticleIRI is the IRI of an article, from its identity (its URL when it has one, else
// its text): IDBase + "article/" + the first 16 bytes of the SHA-256 of the identity, in hex.
func ArticleIRI(identity string) string {
	sum := sha256.Sum256([]byte(identity))
	return IDBase + "article/" + hex.EncodeToString(sum[:16])
}

// FactIRI is the IRI of the n-th fact of a kind ("role", "statement", "event",
// "relation") in an article: deterministic, so re-extracting an article gives the same
// quads.
func FactIRI(articleIRI, kind string, n int) string {
	return articleIRI + "/" + kind + "/" + strconv.Itoa(n)
}
