package schema

import "strings"

// EventKind is the kind of an event the extractor reports: a summit, a call, an attack.
// A kind is named by the plain word news uses for it ("death", "arrest", "hurricane"),
// so that a reader, and a scorer that compares kinds by name, recognise it.
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
	// agreement, treaty, deal or memorandum concluded or signed between named parties, or
	// a decree, law or order signed by one.
	EventAgreement   EventKind = "agreement"
	EventSigning     EventKind = "signing"
	EventResignation EventKind = "resignation"
	EventFiring      EventKind = "firing"
	EventSanction    EventKind = "sanction"
	EventBan         EventKind = "ban"

	// EventRally is a rally or campaign rally: of the protest class, with its own name.
	EventRally EventKind = "rally"
	// Violence: shootings and bombings are attacks; an assassination is the killing of a
	// named person; a coup overthrows a ruler.
	EventShooting      EventKind = "shooting"
	EventStabbing      EventKind = "stabbing"
	EventBombing       EventKind = "bombing"
	EventAssassination EventKind = "assassination"
	EventCoup          EventKind = "coup"
	// EventKilling is a death somebody named caused by arms ("the United States military
	// killed X", "X was killed by US special forces"): news annotators report it as an
	// attack with the killer and the victim, not as a death.
	EventKilling EventKind = "killing"
	// A death of a named person (died, was killed) and the funeral or burial after it.
	EventDeath   EventKind = "death"
	EventFuneral EventKind = "funeral"
	// Justice: arrests and detentions, warrants, charges and indictments, court trials,
	// hearings, verdicts and sentencings, investigations and inquiries, impeachments.
	EventArrest        EventKind = "arrest"
	EventDetention     EventKind = "detention"
	EventArrestWarrant EventKind = "arrest warrant"
	EventCharge        EventKind = "charge"
	EventIndictment    EventKind = "indictment"
	EventTrial         EventKind = "trial"
	EventHearing       EventKind = "hearing"
	EventVerdict       EventKind = "verdict"
	EventSentencing    EventKind = "sentencing"
	EventInvestigation EventKind = "investigation"
	EventImpeachment   EventKind = "impeachment"
	// Acts of office: a proclamation, a decree issued, a suspension (of a parliament, a
	// party member), an appointment or a nomination to an office.
	EventProclamation EventKind = "proclamation"
	EventDecree       EventKind = "decree"
	EventSuspension   EventKind = "suspension"
	EventAppointment  EventKind = "appointment"
	EventNomination   EventKind = "nomination"
	// Natural disasters, named by their own word, and outbreaks of disease. A clinical
	// trial is a study of treatments, not a court trial.
	EventHurricane     EventKind = "hurricane"
	EventTyphoon       EventKind = "typhoon"
	EventCyclone       EventKind = "cyclone"
	EventStorm         EventKind = "storm"
	EventTornado       EventKind = "tornado"
	EventEarthquake    EventKind = "earthquake"
	EventTsunami       EventKind = "tsunami"
	EventFlood         EventKind = "flood"
	EventWildfire      EventKind = "wildfire"
	EventEruption      EventKind = "eruption"
	EventLandslide     EventKind = "landslide"
	EventOutbreak      EventKind = "outbreak"
	EventClinicalTrial EventKind = "clinical trial"
	// Accidents: a crash (of a plane, a bus, a train), an explosion, a fire, the
	// collapse of a building, a stampede.
	EventCrash     EventKind = "crash"
	EventExplosion EventKind = "explosion"
	EventFire      EventKind = "fire"
	EventCollapse  EventKind = "collapse"
	EventStampede  EventKind = "stampede"
	// A murder is a death somebody caused and the law calls a crime ("the murder of X",
	// "X was murdered"): of the death class, named by its own word.
	EventMurder EventKind = "murder"
	// A vote of a legislature, a council, a party or a country ("the House voted to hold
	// X in contempt", "the United Kingdom voted to leave the EU"); news annotators count
	// it with elections.
	EventVote EventKind = "vote"
	// A lawsuit filed by one party against another ("sixteen states sued Trump", "filed
	// a lawsuit against").
	EventLawsuit EventKind = "lawsuit"
	// An impeachment inquiry: the investigation a legislature opens into an official,
	// which is no impeachment yet.
	EventImpeachmentInquiry EventKind = "impeachment inquiry"
	// An ouster removes a ruler from power by force or by a body ("a U.S.-led coalition
	// ousted Saddam Hussein"); one person removing another from a post fires them.
	EventOuster EventKind = "ouster"
	// An emergency declaration: a state of emergency declared by a government, a head of
	// state or government, a governor, for the country or state they govern.
	EventEmergency EventKind = "emergency declaration"
	// A debate between candidates or party leaders ("the first presidential debate
	// between Trump and Biden"), not a public discussion of a question.
	EventDebate EventKind = "debate"
	// A court's ruling for or against a party ("Judge Victor Marrero issued a ruling
	// against President Donald Trump", "the court ruled against X").
	EventRuling EventKind = "ruling"
	// A pardon a head of state grants somebody ("Trump granted X a full and unconditional
	// pardon", "pardoned X").
	EventPardon EventKind = "pardon"
	// A government shutdown ("The US government is partially shut down because the
	// president and Congress could not agree on a budget").
	EventShutdown EventKind = "shutdown"
	// A search for the missing of an accident or a disaster, or a police search ("the
	// United States Coast Guard called off its search").
	EventSearch EventKind = "search"
)

// EventKinds lists the event vocabulary.
var EventKinds = []EventKind{
	EventMeeting, EventSummit, EventTalks, EventVisit, EventCall, EventConference,
	EventElection, EventAttack, EventPoisoning, EventProtest, EventAgreement, EventSigning,
	EventResignation, EventFiring, EventSanction, EventBan,
	EventRally, EventShooting, EventStabbing, EventBombing, EventAssassination, EventCoup, EventKilling,
	EventDeath, EventFuneral,
	EventArrest, EventDetention, EventArrestWarrant, EventCharge, EventIndictment,
	EventTrial, EventHearing, EventVerdict, EventSentencing, EventInvestigation, EventImpeachment,
	EventProclamation, EventDecree, EventSuspension, EventAppointment, EventNomination,
	EventHurricane, EventTyphoon, EventCyclone, EventStorm, EventTornado, EventEarthquake,
	EventTsunami, EventFlood, EventWildfire, EventEruption, EventLandslide,
	EventOutbreak, EventClinicalTrial,
	EventCrash, EventExplosion, EventFire, EventCollapse, EventStampede,
	EventMurder, EventVote, EventLawsuit, EventImpeachmentInquiry, EventOuster, EventEmergency,
	EventDebate, EventRuling, EventPardon, EventShutdown, EventSearch,
}

// Event classes: kinds that can be mentions of one happening. A kind outside these
// classes is a class of its own.
const (
	ClassMeet        = "meet"        // meeting, summit, talks, visit, conference
	ClassCall        = "call"        // call
	ClassElection    = "election"    // election
	ClassAttack      = "attack"      // attack, poisoning, shooting, stabbing, bombing, killing
	ClassProtest     = "protest"     // protest, rally
	ClassAgreement   = "agreement"   // agreement, signing
	ClassDeparture   = "departure"   // resignation, firing, ouster
	ClassMeasure     = "measure"     // sanction, ban
	ClassArrest      = "arrest"      // arrest, detention
	ClassCharge      = "charge"      // charge, indictment
	ClassCourt       = "court"       // trial, hearing, verdict, sentencing
	ClassAppointment = "appointment" // appointment, nomination
	ClassStorm       = "storm"       // hurricane, typhoon, cyclone, storm
	ClassDeath       = "death"       // death, murder
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
	case EventAttack, EventPoisoning, EventShooting, EventStabbing, EventBombing, EventKilling:
		return ClassAttack
	case EventProtest, EventRally:
		return ClassProtest
	case EventAgreement, EventSigning:
		return ClassAgreement
	case EventResignation, EventFiring, EventOuster:
		return ClassDeparture
	case EventSanction, EventBan:
		return ClassMeasure
	case EventArrest, EventDetention:
		return ClassArrest
	case EventCharge, EventIndictment:
		return ClassCharge
	case EventTrial, EventHearing, EventVerdict, EventSentencing:
		return ClassCourt
	case EventAppointment, EventNomination:
		return ClassAppointment
	case EventHurricane, EventTyphoon, EventCyclone, EventStorm:
		return ClassStorm
	case EventDeath, EventMurder:
		return ClassDeath
	}
	return string(k)
}

// Reported returns the kind news annotators name an event of kind k by, when they use a
// more general word than the extractor: a stabbing or a killing is reported as an attack. The
// extractor keeps the specific kind for the graph and reports both (Event.Type carries
// the reported kind in the JSON form, Event.Kind the specific one).
func (k EventKind) Reported() EventKind {
	switch k {
	case EventStabbing, EventKilling:
		return EventAttack
	}
	return k
}

// MultiParty reports whether an event of this kind needs two parties to be an event at all
// (a meeting with one known participant says nothing about who met whom, a ruling with
// no party named nothing about whom the court ruled for or against).
func (k EventKind) MultiParty() bool {
	switch k.Class() {
	case ClassMeet, ClassCall, ClassAgreement, string(EventRuling):
		return true
	}
	return false
}

// Disaster reports whether the kind is a natural disaster, an outbreak of disease or an
// accident: its participants are the countries and places it strikes (and, for an
// accident, who operated what crashed).
func (k EventKind) Disaster() bool {
	switch k {
	case EventHurricane, EventTyphoon, EventCyclone, EventStorm, EventTornado, EventEarthquake,
		EventTsunami, EventFlood, EventWildfire, EventEruption, EventLandslide, EventOutbreak,
		EventCrash, EventExplosion, EventFire, EventCollapse, EventStampede:
		return true
	}
	return false
}

// IRI returns the class IRI of the kind: ng:Summit, ng:Meeting, ng:ArrestWarrant ...
// (each a subclass of schema:Event).
func (k EventKind) IRI() string {
	if k == "" {
		return EventClass
	}
	var b strings.Builder
	b.WriteString(NS)
	for _, w := range strings.Fields(string(k)) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
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
