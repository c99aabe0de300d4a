package extract

import (
	"newsgraph/schema"
)

// mergeEvents turns mentions into events: mentions of one happening become one event.
func mergeEvents(ms []*evMention) []*evEvent {
	var evs []*evEvent
	for _, m := range ms {
		if m.inherit {
			if e := lastEvent(evs, m); e != nil {
				m.agents = addUnique(m.agents, e.parts...)
			}
		}
		if once := m.kind.Class() == schema.ClassDeath || m.kind == schema.EventFuneral; m.pronFocus && focusKind(m.kind) && (m.possFocus || once) {
			// "his death": the death told before, whoever the pronoun was taken for
			if e := lastEvent(evs, m); e != nil {
				m.agents = removeInt(m.agents, m.focus)
				m.focus = -1
				e.add(m)
				continue
			}
			if m.possFocus && once {
				continue
			}
		}
		parts := m.participants()
		if m.ordinal > 0 && len(parts) == 0 {
			// "Police alleged the accused performed two attacks. The first attack ... The
			// second attack ...": the n-th of the events told just before
			if e := lastEvent(evs, m); e != nil && m.v.si-e.mentions[len(e.mentions)-1].v.si <= 3 {
				if m.ordinal == 1 && len(e.mentions) > 0 {
					e.add(m)
					continue
				}
				for _, o := range e.mentions {
					m.agents = addUnique(m.agents, o.agents...)
				}
				m.definite = false
				n := &evEvent{kind: m.kind, place: -1}
				evs = append(evs, n)
				n.add(m)
				continue
			}
		}
		var target *evEvent
		switch {
		case m.headline:
		case len(parts) == 0 && m.place < 0:
			if !m.definite {
				continue // "a contentious round of talks", "if negotiations collapse"
			}
			if target = lastEvent(evs, m); target == nil {
				continue
			}
		case len(parts) == 0:
			target = samePlaceEvent(evs, m)
			if target == nil && m.definite {
				target = lastEvent(evs, m)
			}
			if target != nil && !datesAgree(target, m) {
				target = nil
			}
		default:
			if !m.another {
				target = compatibleEvent(evs, m)
			}
			if target == nil {
				// "a Kabul car bombing killed five, another attack ascribed to the Taliban":
				// an event of the same sentence that had no participants yet
				for _, e := range evs {
					if e.kind.Class() == m.kind.Class() && len(e.parts) == 0 && e.mentions[len(e.mentions)-1].v.si == m.v.si {
						target = e
					}
				}
			}
			if target == nil && m.definite && !m.inherit {
				if e := lastEvent(evs, m); e != nil && (m.joins || len(e.parts) == 0 || overlaps(parts, e.parts)) && placesAgree(e, m) && datesAgree(e, m) && !killingApart(e, m) {
					target = e
				}
			}
		}
		if target == nil {
			target = &evEvent{kind: m.kind, place: -1}
			evs = append(evs, target)
		}
		target.add(m)
	}
	evs = mergeHeadlines(evs)
	funeralsOfTheDead(evs)
	for _, m := range ms {
		if m.within == nil || m.event == nil || m.within.event == nil || m.event == m.within.event {
			continue
		}
		c := m.within.event
		c.parts = addUnique(c.parts, m.agents...)
		if m.event.place < 0 {
			m.event.place = c.place
		}
	}
	return evs
}

// add makes m a mention of e.
func (e *evEvent) add(m *evMention) {
	e.mentions = append(e.mentions, m)
	m.event = e
	e.parts = addUnique(e.parts, m.participants()...)
	if e.place < 0 || (e.allHeadline() && !m.headline && m.place >= 0) {
		if m.place >= 0 {
			e.place = m.place
		}
	}
}

// absorb moves every mention of o into e.
func (e *evEvent) absorb(o *evEvent) {
	for _, m := range o.mentions {
		m.event = e
	}
	e.mentions = append(o.mentions, e.mentions...)
	e.parts = addUnique(append([]int(nil), e.parts...), o.parts...)
	if e.place < 0 {
		e.place = o.place
	}
}

func (e *evEvent) allHeadline() bool {
	for _, m := range e.mentions {
		if !m.headline {
			return false
		}
	}
	return true
}

func (e *evEvent) focus() int {
	for _, m := range e.mentions {
		if m.focus >= 0 {
			return m.focus
		}
	}
	return -1
}

// lastEvent returns the latest event of the mention's kind, else of its class. A mention
// in a sentence about the past does not refer to an event that is only planned ("Trump was
// celebrating the meeting" is the summit he had, not the meeting to come).
func lastEvent(evs []*evEvent, m *evMention) *evEvent {
	ok := func(e *evEvent) bool { return !(m.past && e.planned()) }
	// "... met for their seventh trilateral summit. The meeting was attended by ...": the
	// event of the sentences just before comes first
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		if last := e.mentions[len(e.mentions)-1]; m.v.si-last.v.si <= 2 && e.kind.Class() == m.kind.Class() && ok(e) && !e.allHeadline() {
			return e
		}
	}
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].hasKind(m.kind) && ok(evs[i]) {
			return evs[i]
		}
	}
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].kind.Class() == m.kind.Class() && ok(evs[i]) {
			return evs[i]
		}
	}
	return nil
}

// planned reports whether the event was first told as still to come.
func (e *evEvent) planned() bool {
	for _, m := range e.mentions {
		if !m.headline {
			return m.planned
		}
	}
	return false
}

func (e *evEvent) hasKind(k schema.EventKind) bool {
	for _, m := range e.mentions {
		if m.kind == k {
			return true
		}
	}
	return false
}

// samePlaceEvent returns the latest event of the mention's class at the mention's place.
func samePlaceEvent(evs []*evEvent, m *evMention) *evEvent {
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].kind.Class() == m.kind.Class() && evs[i].place == m.place {
			return evs[i]
		}
	}
	return nil
}

// compatibleEvent returns the latest event of the mention's class whose participants
// contain the mention's or are contained in them, at an agreeing place and date; for
// resignations and firings, the one of the same person.
func compatibleEvent(evs []*evEvent, m *evMention) *evEvent {
	parts := m.participants()
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		if e.kind.Class() != m.kind.Class() {
			continue
		}
		if m.kind.Class() == schema.ClassDeparture || focusKind(m.kind) {
			if f := e.focus(); f >= 0 && f == m.focus {
				return e
			}
			if m.focus < 0 && focusKind(m.kind) && !m.unnamedFocus && m.v.si-e.mentions[len(e.mentions)-1].v.si <= 3 {
				return e // "his successor attended funeral prayers" after "Qaboos's burial"
			}
			if m.focus >= 0 || !focusKind(m.kind) {
				continue
			}
		}
		if !overlaps(parts, e.parts) || !(subset(parts, e.parts) || subset(e.parts, parts)) {
			continue
		}
		if killingApart(e, m) {
			continue // a killing is its victim's: "the 9/11 attacks on the US" is not the killing of Osama by the US
		}
		// one shared name is thin evidence: it joins only the same set, a mention that
		// refers back ("Zelensky's talks"), or an event of the sentences just before
		if shared := intersect(parts, e.parts); shared < 2 && !sameSet(parts, e.parts) && !m.definite &&
			m.v.si-e.mentions[len(e.mentions)-1].v.si > 3 {
			continue
		}
		if !placesAgree(e, m) || !datesAgree(e, m) {
			continue
		}
		return e
	}
	return nil
}

// killingApart reports whether mention m and event e are a killing and an attack of
// another sentence that do not share the killing's victim.
func killingApart(e *evEvent, m *evMention) bool {
	if m.v.si == e.mentions[len(e.mentions)-1].v.si {
		return false // "killed Qasem Soleimani ... in an airstrike"
	}
	if m.kind == schema.EventKilling {
		return !contains(e.parts, m.focus)
	}
	for _, o := range e.mentions {
		if o.kind == schema.EventKilling && !contains(m.participants(), o.focus) {
			return true
		}
	}
	return false
}

// placesAgree: two different places make two events, unless the mention refers back
// ("Zelensky's talks in Washington" after "at the White House").
func placesAgree(e *evEvent, m *evMention) bool {
	return e.place < 0 || m.place < 0 || e.place == m.place || m.definite
}

// datesAgree: two resolved dates that do not overlap make two events.
func datesAgree(e *evEvent, m *evMention) bool {
	if m.current && m.date == nil {
		// "the current outbreak" is not one dated a year or more before the article
		if pub, ok := ParseDate(m.v.d.Published); ok {
			for _, o := range e.mentions {
				if o.date != nil && o.date.Resolved() && o.date.To.Before(pub.AddDate(-1, 0, 0)) {
					return false
				}
			}
		}
	}
	if m.date == nil || !m.date.Resolved() {
		return true
	}
	for _, o := range e.mentions {
		if o.date != nil && o.date.Resolved() && !o.definite {
			if m.date.To.Before(o.date.From) || o.date.To.Before(m.date.From) {
				return false
			}
		}
	}
	return true
}

func overlaps(a, b []int) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

func intersect(a, b []int) int {
	n := 0
	for _, x := range a {
		if contains(b, x) {
			n++
		}
	}
	return n
}

func sameSet(a, b []int) bool { return subset(a, b) && subset(b, a) }

func subset(a, b []int) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// mergeHeadlines joins an event read only from a headline to the first event of its class
// in the section the headline opens.
func mergeHeadlines(evs []*evEvent) []*evEvent {
	var out []*evEvent
	for i, e := range evs {
		if !e.allHeadline() {
			continue
		}
		h := e.mentions[0]
		next := nextHeadline(h.v.d, h.v.si)
		for _, o := range evs[i+1:] {
			first := o.mentions[0]
			if o.kind.Class() != e.kind.Class() || o.allHeadline() || first.v.si <= h.v.si || first.v.si >= next {
				continue
			}
			if f, g := e.focus(), o.focus(); f >= 0 && g >= 0 && f != g {
				continue // "Trump impeachment" heads an article that tells of Johnson's too
			}
			o.absorb(e)
			e.mentions = nil
			break
		}
	}
	for _, e := range evs {
		if len(e.mentions) > 0 {
			out = append(out, e)
		}
	}
	return out
}

// nextHeadline returns the index of the first headline sentence after si, or the number
// of sentences.
func nextHeadline(d *Draft, si int) int {
	for j := si + 1; j < len(d.Sentences); j++ {
		if d.Sentences[j].Headline {
			return j
		}
	}
	return len(d.Sentences)
}

// expandGroups makes the members of a group that meets its participants: "G7 was
// scheduled to meet" when the article says the G7 is the United Kingdom, the United
// States, France ... (memberOf relations found in the same article).
func expandGroups(d *Draft, evs []*evEvent) {
	members := map[int][]int{}
	for _, r := range d.Relations {
		if r.Predicate != schema.IsMember {
			continue
		}
		s, o := entityIndex(d, r.Subject), entityIndex(d, r.Object)
		if s >= 0 && o >= 0 {
			members[o] = append(members[o], s)
		}
	}
	if len(members) == 0 {
		return
	}
	for _, e := range evs {
		if e.kind.Class() != schema.ClassMeet {
			continue
		}
		for _, p := range e.parts {
			e.parts = addUnique(e.parts, members[p]...)
		}
	}
}

// entityIndex returns the index of the entity with the given id, or -1.
func entityIndex(d *Draft, id Ref) int {
	for i := range d.Entities {
		if d.Entities[i].ID == string(id) {
			return i
		}
	}
	return -1
}

// struck returns the places a disaster struck, in the order its mentions name them.
func (e *evEvent) struck() []int {
	var out []int
	for _, m := range e.mentions {
		out = addUnique(out, m.struck...)
	}
	return out
}

// country returns the one country among the event's participants, or -1.
func (e *evEvent) country(d *Draft) int {
	c := -1
	for _, p := range e.parts {
		if d.Entities[p].Type == schema.Country {
			if c >= 0 {
				return -1
			}
			c = p
		}
	}
	return c
}

// unnamedFocus reports whether the event is an arrest of people the text counts but does
// not name, by a named agent.
func (e *evEvent) unnamedFocus() bool {
	for _, m := range e.mentions {
		if m.unnamedFocus {
			return true
		}
	}
	return false
}

// oneParty reports whether the event is a signing of a decree or a law, which one party
// makes.
func (e *evEvent) oneParty() bool {
	for _, m := range e.mentions {
		if m.oneParty {
			return true
		}
	}
	return false
}

// finishEvents turns assembled events into the Draft's Events.
func finishEvents(d *Draft, evs []*evEvent) []Event {
	var out []Event
	for _, e := range evs {
		kind := e.finalKind()
		if e.place < 0 && kind.Class() == schema.ClassElection {
			e.place = e.country(d) // "the Belarusian presidential election" is held in Belarus
		}
		parts := e.parts
		switch {
		case kind.Disaster():
			if len(parts) == 0 && (len(e.mentions) > 1 || e.mentions[0].headline) {
				parts = e.struck() // "floods in Jakarta": the place struck, when the article tells more than a passing mention
			}
		case e.place >= 0:
			if (kind.Class() == schema.ClassAttack || kind.Class() == schema.ClassElection) && d.Entities[e.place].Type == schema.Country &&
				(kind.Class() == schema.ClassAttack || contains(parts, e.place)) {
				parts = addUnique(parts, e.place) // the country attacked; the country that votes
			} else {
				parts = removeInt(parts, e.place)
			}
		}
		if kind == schema.EventTrial && e.focus() < 0 && e.place >= 0 && d.Entities[e.place].Type == schema.Country {
			parts = addUnique(parts, e.place) // "A closed-door trial is underway in Saudi Arabia": the country tries
		} else if focusKind(kind) && e.focus() < 0 && !e.unnamedFocus() {
			continue // "the death of at least 50 people": nobody named
		}
		if (kind.MultiParty() && len(parts) < 2 && !e.oneParty()) || len(parts) == 0 {
			continue // "protests in Hong Kong": no named participant
		}
		if kind == schema.EventAttack && e.place < 0 && !anyNonPerson(d, parts) {
			continue // "his attacks on mail-in voting": words, not arms
		}
		primary := e.mentions[0]
		for _, m := range e.mentions {
			if !m.headline && len(m.participants()) > 0 {
				primary = m
				break
			}
		}
		ev := Event{Type: string(kind), Participants: make([]Ref, 0, len(parts))}
		for _, p := range parts {
			ev.Participants = append(ev.Participants, d.EntityRef(p))
		}
		if e.place >= 0 {
			ev.Place = d.EntityRef(e.place)
		}
		ev.Date, ev.EndDate, ev.DateSource = e.dateOf(d, primary)
		conf := primary.conf + 0.05*float64(len(e.mentions)-1)
		ev.Evidence = d.Evidence(primary.start, primary.end, min(conf, 0.95))
		out = append(out, ev)
	}
	return out
}

func anyNonPerson(d *Draft, ents []int) bool {
	for _, e := range ents {
		if d.Entities[e].Type != schema.Person {
			return true
		}
	}
	return false
}

func removeInt(set []int, x int) []int {
	var out []int
	for _, y := range set {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

// finalKind names the event by its most telling mention: a summit is a summit even when
// later called "the talks"; an agreement that was signed is a signing; a resignation
// somebody asked for is a firing.
func (e *evEvent) finalKind() schema.EventKind {
	for _, m := range e.mentions {
		if m.named || m.kind == schema.EventClinicalTrial {
			return m.kind // "Hurricane Dorian" is a hurricane, whatever else it is called
		}
	}
	if e.kind.Class() == schema.ClassAttack {
		for _, m := range e.mentions {
			if m.kind != schema.EventAttack {
				return m.kind // "a Kabul car bombing ..., another attack": a bombing
			}
		}
	}
	// a death somebody is said to have murdered is a murder
	for _, pref := range []schema.EventKind{schema.EventSummit, schema.EventSigning, schema.EventFiring, schema.EventMurder} {
		if pref.Class() == e.kind.Class() && e.hasKind(pref) {
			return pref
		}
	}
	for _, m := range e.mentions {
		if !m.headline && len(m.participants()) > 0 {
			return m.kind
		}
	}
	return e.mentions[0].kind
}

// dateOf picks the event's date: the primary mention's, else the first resolved date of a
// mention that names participants, else an unresolved expression, else the article date.
func (e *evEvent) dateOf(d *Draft, primary *evMention) (from, to, source string) {
	cands := []*evMention{primary}
	for _, m := range e.mentions {
		if m != primary && !m.definite && (len(m.participants()) > 0 || m.place >= 0) {
			cands = append(cands, m)
		}
	}
	var unresolved *DateSpan
	for _, m := range cands {
		if m.date == nil {
			continue
		}
		if m.date.Resolved() {
			from, to = m.date.Range()
			return from, to, describeDate(*m.date)
		}
		if unresolved == nil {
			unresolved = m.date
		}
	}
	if unresolved != nil {
		return "", "", describeDate(*unresolved)
	}
	if d.Published != "" {
		return d.Published, "", publishedSource(d)
	}
	return "", "", ""
}

// describeDate says how a date was found, for Event.DateSource: "stated: June 15-16",
// "relative: on Monday", "relative to \"Monday night\": the next morning",
// "unresolved: 48 hours later".
func describeDate(ds DateSpan) string {
	switch {
	case !ds.Resolved():
		return "unresolved: " + ds.Text
	case ds.Source == "stated":
		return "stated: " + ds.Text
	case ds.Source == "stated, year from article date":
		return "stated: " + ds.Text + " (year from article date)"
	case ds.Source == "relative to article date":
		return "relative: " + ds.Text
	}
	return ds.Source + ": " + ds.Text
}
