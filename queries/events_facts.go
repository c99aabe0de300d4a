package queries

import (
	"context"
	"strings"
	"unicode/utf8"

	"newsgraph/graph"
	"newsgraph/schema"
)

// Fact kinds, as FactRef.Kind names them.
const (
	FactEvent     = "event"
	FactRelation  = "relation"
	FactRole      = "role"
	FactStatement = "statement"
)

// FactRef is one stored fact as the cross-article queries show it: what kind of fact,
// a line that says it ("Russia occupies Ukraine", "summit in Anchorage: Donald Trump,
// Vladimir Putin"), its date and how that date was found, and where it was read.
type FactRef struct {
	// IRI is the fact node's IRI.
	IRI  string `json:"iri"`
	Kind string `json:"kind"`
	// Text says the fact in a line.
	Text string `json:"text"`
	// Date is the fact's date: an event's own date, a role's as-of date, else the
	// article's date; empty when neither is known.
	Date string `json:"date,omitempty"`
	// DateSource says how Date was found: the extractor's words for an event ("stated",
	// "relative: on Monday"), "as of" for a role, "article date" otherwise.
	DateSource string           `json:"date_source,omitempty"`
	Source     graph.Provenance `json:"source"`
}

// Date sources the queries add to the extractor's.
const (
	DateFromArticle = "article date"
	DateAsOf        = "as of"
)

// factSet is every fact of a store in a date range, read once with the store's typed
// reads.
type factSet struct {
	roles      []graph.Role
	statements []graph.Statement
	events     []graph.Event
	relations  []graph.Relation
}

// readFacts reads the roles, statements, events and relations dated in [since, until]
// (either may be empty).
func readFacts(ctx context.Context, st reads, since, until string) (*factSet, error) {
	fs := &factSet{}
	var err error
	if fs.roles, err = st.Roles(ctx, graph.RoleFilter{Since: since, Until: until}); err != nil {
		return nil, err
	}
	if fs.statements, err = st.Statements(ctx, graph.StatementFilter{Since: since, Until: until}); err != nil {
		return nil, err
	}
	if fs.events, err = st.Events(ctx, graph.EventFilter{Since: since, Until: until}); err != nil {
		return nil, err
	}
	if fs.relations, err = st.Relations(ctx, graph.RelationFilter{Since: since, Until: until}); err != nil {
		return nil, err
	}
	return fs, nil
}

// eventFact describes an event.
func eventFact(ev graph.Event) FactRef {
	f := FactRef{IRI: ev.IRI, Kind: FactEvent, Text: eventText(ev), Date: ev.Date, DateSource: ev.DateSource, Source: ev.Provenance}
	if ev.EndDate != "" && ev.EndDate != ev.Date {
		f.Date = ev.Date + "/" + ev.EndDate
	}
	if f.Date == "" {
		f.Date, f.DateSource = ev.Provenance.Date, articleDateSource(ev.Provenance)
	}
	if f.Date != "" && f.DateSource == "" {
		f.DateSource = "stated"
	}
	return f
}

// relationFact describes a relation.
func relationFact(r graph.Relation) FactRef {
	return FactRef{IRI: r.IRI, Kind: FactRelation, Text: relationText(r.Subject.Name, r.Predicate, r.Object.Name),
		Date: r.Provenance.Date, DateSource: articleDateSource(r.Provenance), Source: r.Provenance}
}

// roleFact describes a role.
func roleFact(r graph.Role) FactRef {
	f := FactRef{IRI: r.IRI, Kind: FactRole, Text: roleText(r), Date: r.AsOf, DateSource: DateAsOf, Source: r.Provenance}
	if r.AsOf == "" || r.AsOf == r.Provenance.Date {
		f.DateSource = articleDateSource(r.Provenance)
	}
	return f
}

// statementFact describes a statement.
func statementFact(s graph.Statement) FactRef {
	return FactRef{IRI: s.IRI, Kind: FactStatement, Text: statementText(s),
		Date: s.Provenance.Date, DateSource: articleDateSource(s.Provenance), Source: s.Provenance}
}

func articleDateSource(p graph.Provenance) string {
	if p.Date == "" {
		return ""
	}
	return DateFromArticle
}

// eventText is "summit in Anchorage: Donald Trump, Vladimir Putin".
func eventText(ev graph.Event) string {
	var b strings.Builder
	b.WriteString(ev.Kind)
	if b.Len() == 0 {
		b.WriteString("event")
	}
	if ev.Place != nil {
		b.WriteString(" " + placePreposition(ev.Place.Name) + " " + ev.Place.Name)
	}
	if len(ev.Participants) > 0 {
		b.WriteString(": ")
		for i, p := range ev.Participants {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p.Name)
		}
	}
	return b.String()
}

// buildingWords are last words of place names that take "at" rather than "in": "at the
// White House", "at Camp David", "at the Kremlin".
var buildingWords = map[string]bool{
	"house": true, "palace": true, "building": true, "hotel": true, "center": true, "centre": true,
	"hall": true, "castle": true, "office": true, "kremlin": true, "headquarters": true, "airport": true,
	"base": true, "embassy": true, "consulate": true, "parliament": true, "capitol": true, "square": true,
	"stadium": true, "university": true, "hospital": true, "david": true, "residence": true, "summit": true,
}

// placePreposition is "at" for buildings and sites, "in" for towns, regions and countries.
func placePreposition(place string) string {
	words := strings.Fields(strings.ToLower(place))
	if len(words) > 0 && buildingWords[strings.Trim(words[len(words)-1], ".,")] {
		return "at"
	}
	return "in"
}

// relationVerbs are the words relationText puts between subject and object.
var relationVerbs = map[schema.RelationKind]string{
	schema.Supports:  "supports",
	schema.Opposes:   "opposes",
	schema.Occupies:  "occupies",
	schema.Controls:  "controls",
	schema.Sanctions: "sanctions",
	schema.Bans:      "bans",
	schema.Accuses:   "accuses",
	schema.IsMember:  "is a member of",
}

// relationText is "Russia occupies Ukraine".
func relationText(subject string, k schema.RelationKind, object string) string {
	verb, ok := relationVerbs[k]
	if !ok {
		verb = string(k)
	}
	return subject + " " + verb + " " + object
}

// roleText is "Volodymyr Zelensky: President of Ukraine" or "John Bolton: former
// national security advisor".
func roleText(r graph.Role) string {
	t := r.Title
	if r.Former {
		t = "former " + t
	}
	if r.Of != nil {
		t += " of " + r.Of.Name
	}
	return r.Person.Name + ": " + t
}

// maxQuote is the most runes of a statement's text a one-line description keeps.
const maxQuote = 120

// statementText is `Marco Rubio (say): “both Ukraine and Russia would need ...”`: the
// speaker, the lemma of the speech verb, the words.
func statementText(s graph.Statement) string {
	who := "(unnamed)"
	if s.Speaker != nil {
		who = s.Speaker.Name
	}
	if s.Cue != "" {
		who += " (" + s.Cue + ")"
	}
	return who + ": “" + clip(s.Text, maxQuote) + "”"
}

// clip shortens s to at most n runes, cutting at a space and marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
