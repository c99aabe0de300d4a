package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"newsgraph/graph"
	"newsgraph/schema"
)

// EventQuery selects events. The zero value selects every event.
type EventQuery struct {
	// Entity keeps the events this entity (any entity going by the name) takes part in
	// or that take place there.
	Entity string
	// Type keeps events of this kind (schema.EventKinds: "summit", "meeting", ...).
	Type string
	// Since and Until keep events dated in the range (YYYY, YYYY-MM or YYYY-MM-DD, both
	// ends included); an event's date is its own, else its article's.
	Since, Until string
}

// EventsResult is the answer to an EventQuery.
type EventsResult struct {
	// Entity is the entity the query's name stands for (nil when it gave none).
	Entity *Resolved `json:"entity,omitempty"`
	// Events are in date order; those without a date come last.
	Events []Event `json:"events"`
}

// Event is an event with its date resolved and a line that says it.
type Event struct {
	IRI          string            `json:"iri"`
	Kind         string            `json:"kind"`
	Participants []graph.EntityRef `json:"participants"`
	Place        *graph.EntityRef  `json:"place"`
	// Date is the event's date (its article's when the text gives none); EndDate ends a
	// range; DateSource says how the date was found.
	Date       string           `json:"date,omitempty"`
	EndDate    string           `json:"end_date,omitempty"`
	DateSource string           `json:"date_source,omitempty"`
	Text       string           `json:"text"`
	Source     graph.Provenance `json:"source"`
}

// Events returns the events that match q, in date order. An unknown entity name gives a
// *graph.UnknownNameError with suggestions; an unknown type or a malformed date an
// error naming it.
func Events(ctx context.Context, store *graph.Store, q EventQuery) (EventsResult, error) {
	st := store.Reader()
	var res EventsResult
	if err := graph.CheckDates(q.Since, q.Until); err != nil {
		return res, err
	}
	kind := ""
	if q.Type != "" {
		k, ok := schema.ParseEventKind(q.Type)
		if !ok {
			return res, fmt.Errorf("unknown event type %q: want one of %s", q.Type, eventKindList())
		}
		kind = string(k)
	}
	filters := []graph.EventFilter{{Kind: kind, Since: q.Since, Until: q.Until}}
	if q.Entity != "" {
		r, err := resolve(ctx, st, q.Entity, "")
		if err != nil {
			return res, err
		}
		res.Entity = &r
		filters = []graph.EventFilter{
			{Participant: r.IRI, Kind: kind, Since: q.Since, Until: q.Until},
			{Place: r.IRI, Kind: kind, Since: q.Since, Until: q.Until},
		}
	}
	var events []graph.Event
	seen := map[string]bool{}
	for _, f := range filters {
		evs, err := st.Events(ctx, f)
		if err != nil {
			return res, fmt.Errorf("events: %w", err)
		}
		for _, ev := range evs {
			if !seen[ev.IRI] {
				seen[ev.IRI] = true
				events = append(events, ev)
			}
		}
	}
	out := make([]Event, 0, len(events))
	for _, ev := range events {
		f := eventFact(ev)
		out = append(out, Event{IRI: ev.IRI, Kind: ev.Kind, Participants: ev.Participants, Place: ev.Place,
			Date: firstDate(f.Date), EndDate: ev.EndDate, DateSource: f.DateSource, Text: f.Text, Source: ev.Provenance})
	}
	sort.SliceStable(out, func(i, j int) bool {
		return dateLess(out[i].Date, out[j].Date, out[i].Source, out[j].Source, out[i].IRI, out[j].IRI)
	})
	res.Events = out
	return res, nil
}

// firstDate is the start of a range "2025-06-15/2025-06-16".
func firstDate(d string) string {
	start, _, _ := strings.Cut(d, "/")
	return start
}

// dateLess orders facts by date (undated last), article, sentence and IRI.
func dateLess(da, db string, a, b graph.Provenance, ia, ib string) bool {
	if (da == "") != (db == "") {
		return db == ""
	}
	if da != db {
		return da < db
	}
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	if a.SentenceIndex != b.SentenceIndex {
		return a.SentenceIndex < b.SentenceIndex
	}
	return ia < ib
}

func eventKindList() string {
	names := make([]string, len(schema.EventKinds))
	for i, k := range schema.EventKinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// How an entity takes part in a timeline entry.
const (
	AsParticipant = "participant"
	AsPlace       = "place"
	AsSpeaker     = "speaker"
	AsAbout       = "about"
	AsHolder      = "holder"
	AsRoleOf      = "of"
	AsSubject     = "subject"
	AsObject      = "object"
)

// TimelineEntry is one fact on an entity's timeline.
type TimelineEntry struct {
	FactRef
	// As says how the entity takes part: participant or place of an event, speaker of a
	// statement or what it is about, holder of a role or what the role is of, subject or
	// object of a relation.
	As string `json:"as"`
	// Others are the other entities of the fact.
	Others []graph.EntityRef `json:"others,omitempty"`
}

// TimelineResult is the answer to Timeline.
type TimelineResult struct {
	// Entity is the entity the name stands for.
	Entity Resolved `json:"entity"`
	// Entries are in date order; those without a date come last.
	Entries []TimelineEntry `json:"entries"`
}

// Timeline returns what happened to or with the entity going by name, in date order:
// the events it takes part in or that take place there, the statements it made or that
// are about it, its roles (or the roles held of it) and its relations, each with its
// date, how the date was found, the sentence and the article. Facts without a date come
// last.
func Timeline(ctx context.Context, store *graph.Store, name string) (TimelineResult, error) {
	st := store.Reader()
	r, err := resolve(ctx, st, name, "")
	if err != nil {
		return TimelineResult{}, err
	}
	res, iri := TimelineResult{Entity: r}, r.IRI
	out := []TimelineEntry{}
	seen := map[string]bool{}
	add := func(f FactRef, as string, refs ...graph.EntityRef) {
		if seen[f.IRI] {
			return
		}
		seen[f.IRI] = true
		e := TimelineEntry{FactRef: f, As: as}
		others := map[string]bool{iri: true, "": true}
		for _, r := range refs {
			if !others[r.IRI] {
				others[r.IRI] = true
				e.Others = append(e.Others, r)
			}
		}
		out = append(out, e)
	}
	for _, f := range []struct {
		filter graph.EventFilter
		as     string
	}{{graph.EventFilter{Participant: iri}, AsParticipant}, {graph.EventFilter{Place: iri}, AsPlace}} {
		evs, err := st.Events(ctx, f.filter)
		if err != nil {
			return res, fmt.Errorf("timeline: %w", err)
		}
		for _, ev := range evs {
			refs := append([]graph.EntityRef(nil), ev.Participants...)
			if ev.Place != nil {
				refs = append(refs, *ev.Place)
			}
			add(eventFact(ev), f.as, refs...)
		}
	}
	for _, f := range []struct {
		filter graph.StatementFilter
		as     string
	}{{graph.StatementFilter{Speaker: iri}, AsSpeaker}, {graph.StatementFilter{About: iri}, AsAbout}} {
		sts, err := st.Statements(ctx, f.filter)
		if err != nil {
			return res, fmt.Errorf("timeline: %w", err)
		}
		for _, s := range sts {
			refs := append([]graph.EntityRef(nil), s.About...)
			if s.Speaker != nil {
				refs = append([]graph.EntityRef{*s.Speaker}, refs...)
			}
			add(statementFact(s), f.as, refs...)
		}
	}
	for _, f := range []struct {
		filter graph.RoleFilter
		as     string
	}{{graph.RoleFilter{Person: iri}, AsHolder}, {graph.RoleFilter{Of: iri}, AsRoleOf}} {
		roles, err := st.Roles(ctx, f.filter)
		if err != nil {
			return res, fmt.Errorf("timeline: %w", err)
		}
		for _, r := range roles {
			refs := []graph.EntityRef{r.Person}
			if r.Of != nil {
				refs = append(refs, *r.Of)
			}
			add(roleFact(r), f.as, refs...)
		}
	}
	rels, err := st.Relations(ctx, graph.RelationFilter{Entity: iri})
	if err != nil {
		return res, fmt.Errorf("timeline: %w", err)
	}
	for _, r := range rels {
		as := AsSubject
		if r.Object.IRI == iri {
			as = AsObject
		}
		add(relationFact(r), as, r.Subject, r.Object)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return dateLess(firstDate(a.Date), firstDate(b.Date), a.Source, b.Source, a.IRI, b.IRI)
	})
	res.Entries = out
	return res, nil
}
