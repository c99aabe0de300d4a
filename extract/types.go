package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"newsgraph/schema"
)

// Article is one news article as read from its source, before extraction.
type Article struct {
	// URL is the article's address when the source gives one; it is the article's
	// identity when set.
	URL string `json:"url,omitempty"`
	// Title is the headline, when the source gives one apart from the text.
	Title string `json:"title,omitempty"`
	// Date is the publication date as the source gives it (YYYY-MM-DD preferred; other
	// forms are parsed by the date stage).
	Date string `json:"date,omitempty"`
	// Text is the body.
	Text string `json:"-"`
	// Source names where the article was read from, for messages: "file.csv:12".
	Source string `json:"source,omitempty"`
}

// Identity is what makes two articles the same article: the URL when there is one, else a
// hash of the text.
func (a Article) Identity() string {
	if a.URL != "" {
		return a.URL
	}
	sum := sha256.Sum256([]byte(a.Title + "\n\n" + a.Text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// IRI is the article's node IRI in the graph.
func (a Article) IRI() string { return schema.ArticleIRI(a.Identity()) }

// Ref is a reference to an entity of the same Document: its ID (schema.EntityKey), or
// empty for none. It is written as JSON null when empty, as the extraction contract asks.
type Ref string

// MarshalJSON writes an empty Ref as null.
func (r Ref) MarshalJSON() ([]byte, error) {
	if r == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(r))
}

// UnmarshalJSON reads null as an empty Ref.
func (r *Ref) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*r = ""
	if s != nil {
		*r = Ref(*s)
	}
	return nil
}

// Evidence is where a fact was read: the sentence and the bytes of the article text.
type Evidence struct {
	// Sentence is the index of the sentence in Document.Sentences.
	Sentence int `json:"sentence"`
	// Start and End are byte offsets into the original article text (Article.Text).
	Start int `json:"start"`
	End   int `json:"end"`
	// Confidence is the extractor's belief in the fact, in (0, 1].
	Confidence float64 `json:"confidence"`
}

// Sentence is one sentence (or headline line) of the article.
type Sentence struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Headline bool   `json:"headline,omitempty"`
}

// Mention is one place in the text where an entity is named or referred to.
type Mention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	// Kind says how the mention was found (MentionRef.Kind): "name", "pronoun", "title",
	// "demonym", "capital".
	Kind string `json:"kind,omitempty"`
}

// Entity is a person, organization, country or place named in the article, with every
// spelling that refers to it merged.
type Entity struct {
	// ID is schema.EntityKey(Type, Name): stable across articles.
	ID      string            `json:"id"`
	Type    schema.EntityType `json:"type"`
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases"`
	// ISO is the ISO 3166-1 alpha-2 code of a country.
	ISO string `json:"iso,omitempty"`
	// Mentions lists where it is named or referred to.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Role is a position a person holds (or held) as the article states it.
type Role struct {
	Person Ref    `json:"person"`
	Title  string `json:"title"`
	// Of is the country or organization the role belongs to, when the article says.
	Of     Ref  `json:"of"`
	Former bool `json:"former,omitempty"`
	// AsOf is the date the role was reported to hold (the article date), YYYY-MM-DD.
	AsOf string `json:"as_of,omitempty"`
	Evidence
}

// Statement is something somebody said, directly (in quotation marks) or reported.
type Statement struct {
	// Speaker is empty when the article does not name who spoke ("officials said").
	Speaker Ref    `json:"speaker"`
	Text    string `json:"text"`
	// Kind is schema.Direct or schema.Indirect.
	Kind string `json:"kind"`
	// Cue is the lemma of the speech verb ("say", "tell", "warn"), or "according to".
	Cue string `json:"cue,omitempty"`
	// Medium is where it was said, when stated ("CNN", "Twitter").
	Medium string `json:"medium,omitempty"`
	// About lists the entities the statement mentions.
	About []Ref `json:"about,omitempty"`
	Evidence
}

// Event is something that happened (or is to happen): a summit, a call, an attack.
type Event struct {
	Type         string `json:"type"`
	Participants []Ref  `json:"participants"`
	Place        Ref    `json:"place"`
	// Date and EndDate are YYYY-MM-DD; EndDate is set for ranges.
	Date    string `json:"date,omitempty"`
	EndDate string `json:"end_date,omitempty"`
	// DateSource says how the date was found ("stated", "relative: on Monday",
	// "article date").
	DateSource string `json:"date_source,omitempty"`
	Evidence
}

// Relation is an explicit, directed relation between two entities.
type Relation struct {
	Subject   Ref                 `json:"subject"`
	Predicate schema.RelationKind `json:"predicate"`
	Object    Ref                 `json:"object"`
	Evidence
}

// Document is everything extracted from one article. Its JSON form is the extraction
// contract of ../shared/eval/README.md (extra fields included).
type Document struct {
	Article Article `json:"article"`
	// IRI is the article's node IRI.
	IRI string `json:"iri"`
	// Published is the publication date found (metadata or date line), YYYY-MM-DD.
	Published  string      `json:"published,omitempty"`
	Entities   []Entity    `json:"entities"`
	Roles      []Role      `json:"roles"`
	Statements []Statement `json:"statements"`
	Events     []Event     `json:"events"`
	Relations  []Relation  `json:"relations"`
	Sentences  []Sentence  `json:"sentences,omitempty"`
}

// Entity returns the entity with the given id, or nil.
func (d *Document) Entity(id Ref) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == string(id) {
			return &d.Entities[i]
		}
	}
	return nil
}

// FactCount is the number of facts (entities, roles, statements, events, relations).
func (d *Document) FactCount() int {
	return len(d.Entities) + len(d.Roles) + len(d.Statements) + len(d.Events) + len(d.Relations)
}
