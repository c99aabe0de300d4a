package schema

import "strings"

// EventKind is the kind of an event the extractor reports: a summit, a call, an attack.
type EventKind string

// The event vocabulary. Kinds of one class (EventKind.Class) can name the same happening:
// an article that speaks of "the summit", "the talks" and "the meeting" reports one event.
const (
	EventMeeting    EventKind = "meeting"
	EventSummit     EventKind = "summit"
	EventTalks      EventKind = "talks"
	EventVisit      EventKind = "visit"
	EventCall       EventKind = "call"
	EventConference EventKind = "conference"
	EventElection   EventKind = "election"
	EventAttack     EventKind = "attack"
	EventPoisoning  EventKind = "poisoning"
	EventProtest    EventKind = "protest"
	// EventAgreement is an agreement reached ("X and Y agreed on ..."); EventSigning is an
	// agreement, treaty, deal or memorandum concluded or signed between named parties.
	EventAgreement   EventKind = "agreement"
	EventSigning     EventKind = "signing"
	EventResignation EventKind = "resignation"
	EventFiring      EventKind = "firing"
	EventSanction    EventKind = "sanction"
	EventBan         EventKind = "ban"
)

// EventKinds lists the event vocabulary.
var EventKinds = []EventKind{
	EventMeeting, EventSummit, EventTalks, EventVisit, EventCall, EventConference,
	EventElection, EventAttack, EventPoisoning, EventProtest, EventAgreement, EventSigning,
	EventResignation, EventFiring, EventSanction, EventBan,
}

// Event classes: kinds that can be mentions of one happening.
const (
	ClassMeet      = "meet"      // meeting, summit, talks, visit, conference
	ClassCall      = "call"      // call
	ClassElection  = "election"  // election
	ClassAttack    = "attack"    // attack, poisoning
	ClassProtest   = "protest"   // protest
	ClassAgreement = "agreement" // agreement, signing
	ClassDeparture = "departure" // resignation, firing
	ClassMeasure   = "measure"   // sanction, ban
)

// Class returns the class of the kind: kinds of one class may be merged into one event.
func (k EventKind) Class() string {
	switch k {
	case EventMeeting, EventSummit, EventTalks, EventVisit, EventConference:
		return ClassMeet
	case EventCall:
		return ClassCall
	case EventElection:
		return ClassElection
	case EventAttack, EventPoisoning:
		return ClassAttack
	case EventProtest:
		return ClassProtest
	case EventAgreement, EventSigning:
		return ClassAgreement
	case EventResignation, EventFiring:
		return ClassDeparture
	case EventSanction, EventBan:
		return ClassMeasure
	}
	return string(k)
}

// MultiParty reports whether an event of this kind needs two parties to be an event at all
// (a meeting with one known participant says nothing about who met whom).
func (k EventKind) MultiParty() bool {
	switch k.Class() {
	case ClassMeet, ClassCall, ClassAgreement:
		return true
	}
	return false
}

// IRI returns the class IRI of the kind: ng:Summit, ng:Meeting ... (each a subclass of
// schema:Event).
func (k EventKind) IRI() string {
	if k == "" {
		return EventClass
	}
	return NS + strings.ToUpper(string(k[:1])) + string(k[1:])
}

// ParseEventKind returns the kind named s (case-insensitive), and false when s names none.
func ParseEventKind(s string) (EventKind, bool) {
	for _, k := range EventKinds {
		if strings.EqualFold(string(k), strings.TrimSpace(s)) {
			return k, true
		}
	}
	return "", false
}
