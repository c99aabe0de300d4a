package graph

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"newsgraph/schema"
)

// ErrNotFound is returned (wrapped) when an IRI asked for names nothing stored.
var ErrNotFound = errors.New("not found")

// Provenance says where a fact was read: the article and the sentence.
type Provenance struct {
	// Article is the article's IRI; URL, Title, Date and Source (where it was read
	// from: "corpus.csv:12") describe it.
	Article string `json:"article"`
	URL     string `json:"url,omitempty"`
	Title   string `json:"title,omitempty"`
	Date    string `json:"date,omitempty"`
	Source  string `json:"source,omitempty"`
	// Sentence is the text of the sentence, SentenceIndex its index in the article.
	Sentence      string `json:"sentence,omitempty"`
	SentenceIndex int    `json:"sentence_index"`
	// Start and End are byte offsets of the fact in the article text.
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence,omitempty"`
}

// EntityRef names an entity a fact points to.
type EntityRef struct {
	IRI string `json:"iri"`
	// ID is the entity's key (schema.EntityKey): "person/marco-rubio".
	ID   string            `json:"id"`
	Type schema.EntityType `json:"type"`
	Name string            `json:"name"`
}

// Entity is a person, organization, country or place with everything the store knows of
// its names, over every article that mentions it.
type Entity struct {
	EntityRef
	// Aliases are the other names it goes by, sorted.
	Aliases []string `json:"aliases"`
	ISO     string   `json:"iso,omitempty"`
	// Mentions is the number of mentions over all articles; Articles the number of
	// articles that mention it.
	Mentions int `json:"mentions"`
	Articles int `json:"articles"`
	// FirstSeen and LastSeen are the dates of the first and last of those articles.
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
}

// Names returns the entity's name followed by its aliases.
func (e Entity) Names() []string { return append([]string{e.Name}, e.Aliases...) }

// Article describes a stored article.
type Article struct {
	IRI    string `json:"iri"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	// Entities lists the entities the article mentions.
	Entities []EntityRef `json:"entities,omitempty"`
}

// Role is a position a person holds (or held) as an article reports it.
type Role struct {
	IRI    string     `json:"iri"`
	Person EntityRef  `json:"person"`
	Title  string     `json:"title"`
	Of     *EntityRef `json:"of"`
	Former bool       `json:"former,omitempty"`
	// AsOf is the date the role was reported to hold.
	AsOf string `json:"as_of,omitempty"`
	Provenance
}

// Statement is something said: who said it, what, about whom.
type Statement struct {
	IRI string `json:"iri"`
	// Speaker is nil when the article does not name who spoke.
	Speaker *EntityRef  `json:"speaker"`
	Text    string      `json:"text"`
	Kind    string      `json:"kind"`
	Cue     string      `json:"cue,omitempty"`
	Medium  string      `json:"medium,omitempty"`
	About   []EntityRef `json:"about,omitempty"`
	Provenance
}

// Event is something that happened or is to happen.
type Event struct {
	IRI          string      `json:"iri"`
	Kind         string      `json:"kind"`
	Participants []EntityRef `json:"participants"`
	Place        *EntityRef  `json:"place"`
	Date         string      `json:"date,omitempty"`
	EndDate      string      `json:"end_date,omitempty"`
	DateSource   string      `json:"date_source,omitempty"`
	Provenance
}

// Relation is an explicit, directed relation between two entities.
type Relation struct {
	IRI       string              `json:"iri"`
	Subject   EntityRef           `json:"subject"`
	Predicate schema.RelationKind `json:"predicate"`
	Object    EntityRef           `json:"object"`
	Provenance
}

// EntityFilter selects entities; the zero value selects every entity.
type EntityFilter struct {
	// Type keeps entities of that type only.
	Type schema.EntityType
	// Name keeps entities one of whose names equals it, ignoring case, accents and
	// punctuation (see FoldName).
	Name string
	// Match keeps entities one of whose names contains it, folded the same way.
	Match string
}

// RoleFilter selects roles. Entity fields hold entity IRIs; dates are YYYY-MM-DD (or a
// prefix: "2025", "2025-08") and compare with the role's as-of date, both ends included.
type RoleFilter struct {
	Person, Of   string
	Article      string
	Since, Until string
}

// StatementFilter selects statements. Speaker and About hold entity IRIs; dates compare
// with the article's date, both ends included.
type StatementFilter struct {
	Speaker, About string
	Article        string
	Since, Until   string
}

// EventFilter selects events. Dates compare with the event's date, else the article's.
type EventFilter struct {
	Participant, Place string
	Kind               string
	Article            string
	Since, Until       string
}

// RelationFilter selects relations. Entity keeps relations with that entity at either
// end; dates compare with the article's date.
type RelationFilter struct {
	Entity, Subject, Object string
	Predicate               schema.RelationKind
	Article                 string
	Since, Until            string
}

// CheckDates returns an error unless since and until are each empty or a date or date
// prefix the filters understand: YYYY, YYYY-MM or YYYY-MM-DD.
func CheckDates(since, until string) error {
	for _, d := range []string{since, until} {
		if d != "" && !validDate(d) {
			return fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if since != "" && until != "" && since > until && !strings.HasPrefix(since, until) {
		return fmt.Errorf("since %s is after until %s", since, until)
	}
	return nil
}

func validDate(d string) bool {
	var layout string
	switch len(d) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return false
	}
	_, err := time.Parse(layout, d)
	return err == nil
}
