package extract

import (
	"strings"

	"newsgraph/schema"
)

// Events is the stage that finds what happened: meetings, summits, talks, visits, calls,
// conferences, elections, attacks (shootings, bombings, poisonings), protests and rallies,
// agreements and signings, resignations and firings, sanctions and bans, and the kinds of
// events_kinds.go (deaths, funerals, arrests, warrants, charges, trials and hearings,
// assassinations, coups, investigations, impeachments, proclamations, decrees,
// suspensions, appointments, natural disasters and outbreaks, murders), of
// events_votes.go (votes, the candidates of elections), events_legal.go
// (lawsuits, rulings, pardons) and events_government.go (emergency declarations,
// shutdowns), each with its
// participants, place, date and the sentence it was read from. It also adds the
// relations its events state (eventRelations: who issues a warrant for, charges or
// impeaches somebody accuses them; who backs an event supports its authors). It runs after the entity, statement and relation
// stages (it reads memberOf relations to name the members of a group that meets).
//
// How an event is read:
//
//   - A trigger word names it: a noun ("summit", "the talks", "memoranda", "resignation")
//     or a verb ("met", "signed", "was poisoned", "ousts").
//   - Participants come from the trigger's own slots, never from anywhere in the
//     sentence: the subject and object of a verb ("Zelensky is scheduled to meet Trump"),
//     the names before a noun ("his Alaska summit", "AU summit", "Zelensky's talks"),
//     the phrases after it ("with Russian President Vladimir Putin", "between Turkey and
//     Libya", "of the United Nations General Assembly", "claimed by the Houthi movement"),
//     the subject of the verb that governs it ("Trump entered his Alaska summit", "Di Maio
//     joined the talks"), and "joined by leaders from Germany, France, ..." in its clause.
//     A subject that is "they" or "the foreign ministers" takes the participants of the
//     meeting before.
//   - The place is a place named before the noun ("Alaska summit"), or "in", "at" (or
//     "on" an island) a place in the trigger's clause ("met in Niamey", "at the White
//     House"); a country is a place only after "in".
//   - The date is the nearest date expression of the trigger's clause (not one that
//     belongs to a verb of saying around it), else the article date.
//   - Mentions of one event are one event: "the talks" and "the discussions" join the
//     last event of their kind (or class); a mention whose participants are a subset of an
//     earlier event's (or the reverse), at a compatible place and date, joins it; a
//     headline joins the first event of its kind in the section it heads; a resignation
//     joins the firing of the same person.
//   - An event that happens at another ("for an AU summit where Presidents Buhari and
//     Talon signed ...") gives its participants to it and takes its place.
//   - Events of kinds that need two parties (meetings, calls, agreements) are kept only
//     with two participants (a signing of a decree or a law with one); others need one
//     named participant: "protests in Hong Kong" with nobody named is no event. An attack
//     on a country named as its place has the country as participant; a disaster with no
//     country named has the places it struck.
type Events struct{}

// eventNouns are nouns that name an event.
var eventNouns = map[string]schema.EventKind{
	"summit": schema.EventSummit, "summits": schema.EventSummit,
	"meeting": schema.EventMeeting, "meetings": schema.EventMeeting, "meet": schema.EventMeeting,
	"gathering": schema.EventMeeting, "assembly": schema.EventMeeting,
	"talks": schema.EventTalks, "negotiations": schema.EventTalks, "discussions": schema.EventTalks,
	"visit": schema.EventVisit, "visits": schema.EventVisit,
	"conference": schema.EventConference, "conferences": schema.EventConference,
	"call": schema.EventCall, "phone-call": schema.EventCall,
	"election": schema.EventElection, "elections": schema.EventElection, "referendum": schema.EventElection,
	"primary": schema.EventElection, "primaries": schema.EventElection, "caucuses": schema.EventElection,
	"attack": schema.EventAttack, "attacks": schema.EventAttack, "bombing": schema.EventBombing,
	"bombings": schema.EventBombing, "airstrike": schema.EventAttack, "airstrikes": schema.EventAttack,
	"shelling": schema.EventAttack, "invasion": schema.EventAttack, "assault": schema.EventAttack,
	"strike": schema.EventAttack, "strikes": schema.EventAttack,
	"poisoning": schema.EventPoisoning,
	"protest":   schema.EventProtest, "protests": schema.EventProtest, "demonstration": schema.EventProtest,
	"demonstrations": schema.EventProtest,
	"march":          schema.EventProtest,
	"agreement":      schema.EventSigning, "agreements": schema.EventSigning, "deal": schema.EventSigning,
	"treaty": schema.EventSigning, "accord": schema.EventSigning, "memorandum": schema.EventSigning,
	"memoranda": schema.EventSigning, "pact": schema.EventSigning, "signing": schema.EventSigning,
	"signings":    schema.EventSigning,
	"resignation": schema.EventResignation,
	"dismissal":   schema.EventFiring, "ouster": schema.EventOuster, "sacking": schema.EventFiring,
	"sanctions": schema.EventSanction, "ban": schema.EventBan,
	"rally": schema.EventRally, "rallies": schema.EventRally,
	"shooting": schema.EventShooting, "shootings": schema.EventShooting,
	"stabbing": schema.EventStabbing, "stabbings": schema.EventStabbing,
	"assassination": schema.EventAssassination, "coup": schema.EventCoup, "putsch": schema.EventCoup,
	"overthrow": schema.EventCoup,
	"death":     schema.EventDeath, "killing": schema.EventDeath, "murder": schema.EventMurder,
	"murders": schema.EventMurder,
	"funeral": schema.EventFuneral, "burial": schema.EventFuneral,
	"arrest": schema.EventArrest, "arrests": schema.EventArrest, "detention": schema.EventDetention,
	"warrant": schema.EventArrestWarrant, "warrants": schema.EventArrestWarrant,
	"indictment": schema.EventIndictment, "charges": schema.EventCharge, "notice": schema.EventArrestWarrant,
	"trial": schema.EventTrial, "hearing": schema.EventHearing, "verdict": schema.EventVerdict,
	"sentencing":    schema.EventSentencing,
	"investigation": schema.EventInvestigation, "inquiry": schema.EventInvestigation, "probe": schema.EventInvestigation,
	"impeachment":  schema.EventImpeachment,
	"proclamation": schema.EventProclamation, "decree": schema.EventDecree,
	"suspension": schema.EventSuspension, "prorogation": schema.EventSuspension,
	"appointment": schema.EventAppointment, "nomination": schema.EventNomination,
	"hurricane": schema.EventHurricane, "typhoon": schema.EventTyphoon, "cyclone": schema.EventCyclone,
	"storm": schema.EventStorm, "tornado": schema.EventTornado, "earthquake": schema.EventEarthquake,
	"quake": schema.EventEarthquake, "tsunami": schema.EventTsunami, "flood": schema.EventFlood,
	"floods": schema.EventFlood, "flooding": schema.EventFlood, "wildfire": schema.EventWildfire,
	"wildfires": schema.EventWildfire, "bushfire": schema.EventWildfire, "bushfires": schema.EventWildfire,
	"eruption": schema.EventEruption, "landslide": schema.EventLandslide, "landslides": schema.EventLandslide,
	"outbreak": schema.EventOutbreak, "epidemic": schema.EventOutbreak,
	"crash": schema.EventCrash, "crashes": schema.EventCrash, "explosion": schema.EventExplosion,
	"explosions": schema.EventExplosion, "fire": schema.EventFire, "blaze": schema.EventFire,
	"collapse": schema.EventCollapse, "stampede": schema.EventStampede,
	"lawsuit": schema.EventLawsuit, "lawsuits": schema.EventLawsuit, "action": schema.EventLawsuit,
	"declaration": schema.EventEmergency, "debate": schema.EventDebate, "debates": schema.EventDebate,
	"ruling": schema.EventRuling, "pardon": schema.EventPardon, "shutdown": schema.EventShutdown,
	"search": schema.EventSearch,
}

// eventVerbs are verb forms that name an event.
var eventVerbs = map[string]schema.EventKind{
	"meet": schema.EventMeeting, "meets": schema.EventMeeting, "met": schema.EventMeeting,
	"meeting": schema.EventMeeting, "gathered": schema.EventMeeting, "convened": schema.EventMeeting,
	"visit": schema.EventVisit, "visits": schema.EventVisit, "visited": schema.EventVisit, "visiting": schema.EventVisit,
	"phoned":  schema.EventCall,
	"elected": schema.EventElection, "re-elected": schema.EventElection,
	"attacked": schema.EventAttack, "bombed": schema.EventBombing, "shelled": schema.EventAttack,
	"invaded":   schema.EventAttack,
	"poisoned":  schema.EventPoisoning,
	"protested": schema.EventProtest, "marched": schema.EventProtest,
	"signed": schema.EventSigning, "sign": schema.EventSigning, "signs": schema.EventSigning,
	"agreed":   schema.EventAgreement,
	"resigned": schema.EventResignation, "resign": schema.EventResignation, "resigns": schema.EventResignation,
	"quit": schema.EventResignation, "quits": schema.EventResignation,
	"fired": schema.EventFiring, "fires": schema.EventFiring, "ousted": schema.EventOuster, "ousts": schema.EventOuster,
	"oust": schema.EventOuster, "dismissed": schema.EventFiring, "dismisses": schema.EventFiring,
	"sacked": schema.EventFiring, "sacks": schema.EventFiring,
	"sanctioned": schema.EventSanction, "banned": schema.EventBan, "bans": schema.EventBan,
	"died": schema.EventDeath, "dies": schema.EventDeath, "die": schema.EventDeath, "killed": schema.EventDeath,
	"murdered": schema.EventMurder, "buried": schema.EventFuneral,
	"shot": schema.EventShooting, "stabbed": schema.EventStabbing, "assassinated": schema.EventAssassination,
	"overthrew": schema.EventCoup, "overthrown": schema.EventCoup, "overthrowing": schema.EventCoup,
	"toppled": schema.EventCoup, "deposed": schema.EventCoup,
	"arrested": schema.EventArrest, "arrests": schema.EventArrest, "detained": schema.EventDetention,
	"charged": schema.EventCharge, "indicted": schema.EventIndictment,
	"tried": schema.EventTrial, "convicted": schema.EventVerdict, "acquitted": schema.EventVerdict,
	"sentenced": schema.EventSentencing, "appeared": schema.EventHearing, "appears": schema.EventHearing,
	"appear": schema.EventHearing, "appearing": schema.EventHearing,
	"investigating": schema.EventInvestigation, "investigated": schema.EventInvestigation,
	"impeached": schema.EventImpeachment, "proclaimed": schema.EventProclamation, "decreed": schema.EventDecree,
	"suspended": schema.EventSuspension, "suspends": schema.EventSuspension, "prorogued": schema.EventSuspension,
	"appointed": schema.EventAppointment, "appoints": schema.EventAppointment,
	"crashed": schema.EventCrash, "exploded": schema.EventExplosion, "collapsed": schema.EventCollapse,
	"nominated": schema.EventNomination, "nominates": schema.EventNomination,
	"voted":    schema.EventVote,
	"declared": schema.EventEmergency, "declares": schema.EventEmergency, "declare": schema.EventEmergency,
	"declaring": schema.EventEmergency,
	"ruled":     schema.EventRuling, "rules": schema.EventRuling,
	"pardoned": schema.EventPardon, "pardons": schema.EventPardon,
	"sued": schema.EventLawsuit, "sue": schema.EventLawsuit, "sues": schema.EventLawsuit, "suing": schema.EventLawsuit,
}

// Words around the triggers.
var (
	// verbs whose subject takes part in the event their object names
	lightVerbs = wordSet(`levied levy slapped lost lose contested contest hold holds held holding attend attends attended attending host hosts hosted
		hosting enter enters entered entering join joins joined joining have has had having begin begins
		began open opens opened start starts started lead leads led chair chairs chaired convene convenes
		convened sign signs signed signing conclude concludes concluded reach reaches reached struck strike
		seal sealed seals impose imposes imposed imposing launch launches launched launching conduct
		conducted carry carried stage staged stages win won wins tender tendered tenders submit submitted
		offer offered announce announced announces finalize finalized finalise finalised ink inked`)
	// verbs followed by a preposition before the event noun: "took part in", "prepares for"
	lightVerbsPrep = wordSet(`participate participates participated participating part prepare prepares
		prepared preparing head heads headed heading arrive arrives arrived arriving travel travels
		travelled traveled go goes went going return returns returned agree agreed agrees`)
	// passive verbs whose "by" names participants: "was attended by", "was claimed by"
	byVerbs = wordSet(`attended hosted signed claimed launched conducted carried led chaired organized
		organised joined staged backed perpetrated`)
	// determiners that make a noun mention refer to an event already told
	definiteDets = wordSet(`the this that these those its their his her`)
	// determiners that deny or only imagine an event: "no such deal", "any peace agreement"
	unrealDets = wordSet(`no any such without potential possible eventual`)
	// organizations that are themselves events when something happens "at" them
	venueHeads = wordSet(`assembly summit conference forum convention`)
	// nouns that stand for the participants of the meeting before: "the foreign ministers"
	pluralAnaphors = wordSet(`they ministers leaders delegates delegations participants sides parties
		presidents heads envoys negotiators officials`)
	// attack words that need a military modifier to be an attack: "drone strike"
	strikeModifiers = wordSet(`air drone missile rocket military artillery`)
	// nouns of time that may follow an event noun: "resignation Monday night"
	timeNouns = wordSet(`night morning evening afternoon day week weekend month year today yesterday tomorrow tonight ahead`)
	// words that lead to another happening, whose place is not this event's
	otherEventWords = wordSet(`since than after before following unlike like`)
	// verbs that name who did an attack: "ascribed to the Taliban"
	blameVerbs = wordSet(`attributed ascribed blamed pinned`)
	// verbs of joining an event "in": "joined in the lawsuit"
	joinVerbs = wordSet(`join joins joined joining`)
	// "stepped down", "spoke by phone"
	stepVerbs  = wordSet(`step steps stepped stepping`)
	speakVerbs = wordSet(`spoke speak speaks speaking talked talk talks talking`)
	// adjectives of an agreement not yet made
	draftWords = wordSet(`proposed draft hypothetical mooted envisaged`)
	// adjectives of an event still to come
	plannedWords = wordSet(`future planned upcoming proposed forthcoming next scheduled`)
	// words of saying: a date before them belongs to the saying, not to the event
	sayingWords = wordSet(`said says told tells announced announces reported reports added stated claimed
		alleged confirmed according wrote tweeted`)
)

// evMention is one mention of an event in one sentence.
type evMention struct {
	kind schema.EventKind
	v    *sentView
	trig int // unit index of the trigger
	// lastTrig is the last trigger of the clause when several name the event.
	lastTrig int
	// agents take part; others are targets, instruments and hosts; focus is the person
	// who leaves office, for resignations and firings (-1 for none).
	agents, others []int
	focus          int
	place          int
	// definite mentions ("the talks", "Sunday's signings") may refer to an event told
	// before; inherit mentions take the participants of the meeting before.
	definite, inherit, headline bool
	// joins is set when the governing verb adds its subject to an event told before:
	// "Di Maio joined the talks".
	joins bool
	// verb is set for a verb trigger; reported when a verb tells that the event took
	// place ("held a referendum", "won the election", "was elected"), not only names it.
	verb, reported bool
	// past is set for a mention in a sentence that tells of the past; planned for one
	// of what is to come ("is scheduled to meet", "a future meet").
	past, planned bool
	// within is the mention of the event this one happens at ("where" after it).
	within *evMention
	// struck are the places a disaster struck; oneParty marks a signing of a decree or a
	// law, which one party makes; named marks a storm named by its title ("Hurricane
	// Dorian"), whose title word names the event's kind.
	struck          []int
	oneParty, named bool
	// gapped is a second event of the same kind told with its verb left out: "A coup
	// removed X in 2006, and another Y in 2014".
	gapped *evMention
	// another marks "another attack": not one told before; ordinal is n of "the n-th
	// attack" (0 for none).
	another bool
	ordinal int
	// backers back the event without taking part: "a British-backed coup".
	backers []int
	// current marks "the current outbreak", "the ongoing investigation".
	current bool
	// pronFocus marks a focus named by a pronoun ("his death", "he died"): the mention
	// joins the event of its class told before rather than trusting the pronoun; with no
	// such event, a possessive one ("his death") names nobody.
	pronFocus, possFocus bool
	// unnamedFocus marks an arrest of people the text counts but does not name: "the KGB
	// arrested 33 Russian individuals".
	unnamedFocus bool
	date         *DateSpan
	// start and end are the evidence span in Draft.Text.
	start, end int
	conf       float64
	event      *evEvent
}

// evEvent is an event being assembled from its mentions.
type evEvent struct {
	kind     schema.EventKind
	mentions []*evMention
	parts    []int
	place    int
}

// Run implements Stage.
func (Events) Run(d *Draft) error {
	if len(d.Sentences) == 0 {
		return nil
	}
	views := newViewSet(d)
	dates := FindDates(d)
	venues := venueSentences(d)
	storms := stormNames(d)
	per := make([][]*evMention, len(d.Sentences))
	var described, protesters []int
	for si := range d.Sentences {
		cue := scanEventCues(&d.Sentences[si])
		if cue&cueSuspect != 0 {
			described = append(described, si)
		}
		if cue&cueProtester != 0 {
			protesters = append(protesters, si)
		}
		if !venues[si] && cue&cueEvent == 0 && !hasName(&d.Sentences[si], storms) {
			continue
		}
		per[si] = sentenceEvents(views.get(si), dates, storms)
	}
	// "the accused", "the gunman": the person the article arrests or charges
	s := suspectOf(per)
	named := false
	if s < 0 {
		s = suspectNamed(views, described)
		named = s >= 0
	}
	if s >= 0 {
		for _, si := range described {
			if views.get(si).nameSuspects(s) {
				per[si] = sentenceEvents(views.get(si), dates, storms)
			}
		}
		if named {
			suspectActs(views, per, s)
		}
	}
	var ms []*evMention
	for _, sm := range per {
		ms = append(ms, sm...)
	}
	clinicalTrials(views, ms)
	evs := dropPrecedents(mergeEvents(ms), precedentLists(views, d))
	evs = electionCandidates(views, d, per, evs)
	electionResults(views, d, evs)
	evs = joinProtesters(views, protesters, evs)
	joinSpeakers(views, evs)
	joinJudges(views, evs)
	expandGroups(d, evs)
	d.Events = append(d.Events, finishEvents(d, evs)...)
	d.Relations = append(d.Relations, eventRelations(d, evs)...)
	return nil
}

// participants returns the mention's agents and others, without repeats.
func (m *evMention) participants() []int {
	return addUnique(append([]int(nil), m.agents...), m.others...)
}

func addUnique(set []int, xs ...int) []int {
	for _, x := range xs {
		if x < 0 || contains(set, x) {
			continue
		}
		set = append(set, x)
	}
	return set
}

func contains(set []int, x int) bool {
	for _, y := range set {
		if y == x {
			return true
		}
	}
	return false
}

// cover widens the mention's evidence span over unit i.
func (m *evMention) cover(i int) {
	u := m.v.u[i]
	m.start = min(m.start, u.start)
	m.end = max(m.end, u.end)
}

// addUnits adds the entities of the units at idx to a role list and widens the evidence.
// addAct files who acts and whom the act is done to: the subject and the object, or in
// the passive the by-phrase and the subject.
func (m *evMention) addAct(passive bool, subj, obj, by []int) {
	if passive {
		m.addUnits(&m.others, subj)
		m.addUnits(&m.agents, by)
	} else {
		m.addUnits(&m.agents, subj)
		m.addUnits(&m.others, obj)
	}
}

func (m *evMention) addUnits(list *[]int, idx []int) {
	for _, i := range idx {
		m.cover(i)
		e := m.v.u[i].ent
		if m.v.d.Entities[e].Type == schema.Place {
			if m.place < 0 {
				m.place = e
			}
			continue
		}
		*list = addUnique(*list, e)
	}
}

// sentenceEvents finds the event mentions of one sentence.
func sentenceEvents(v *sentView, dates []DateSpan, storms map[string]schema.EventKind) []*evMention {
	var out []*evMention
	for i, u := range v.u {
		var m *evMention
		if u.isEnt() {
			m = venueMention(v, i)
		} else if k := v.namedStorm(i); k != "" {
			m = nounMention(v, i+1, k) // "Hurricane Dorian": the name stands for the storm
			if m != nil {
				m.named, m.definite = true, true
				m.cover(i)
			}
		} else if k, ok := storms[u.text]; ok && !v.isStormTitle(i-1) {
			m = nounMention(v, i, k) // "Dorian made landfall", after "Hurricane Dorian"
			if m != nil {
				m.named, m.definite = true, true
			}
		} else if k, ok := eventNouns[u.low]; ok && v.nounUse(i) && v.kindAt(i, k) != "" {
			m = nounMention(v, i, v.kindAt(i, k))
		} else if k, ok := eventVerbs[u.low]; ok && v.verbUse(i) {
			m = verbMention(v, i, k)
		} else if stepVerbs[u.low] && v.at(i+1) == "down" {
			m = verbMention(v, i, schema.EventResignation) // "Theresa May stepped down"
		} else if u.low == "shut" && v.at(i+1) == "down" {
			m = verbMention(v, i, schema.EventShutdown) // "The US government is partially shut down"
		} else if speakVerbs[u.low] && v.phoneAfter(i) > 0 {
			m = verbMention(v, i, schema.EventCall) // "spoke by telephone on Friday night"
		} else if claimVerbs[u.low] && v.at(i+1) == "responsibility" && v.at(i+2) != "for" {
			m = claimMention(v, i) // "The Taliban have claimed responsibility."
		}
		if m == nil {
			continue
		}
		m.headline = v.headline
		m.past = v.past
		if m.place < 0 {
			m.place = v.placeAfter(m.trig)
		}
		if m.place < 0 {
			m.place = v.placeFronted(m.trig) // "On Friday in Istanbul, as a part of an election rally,"
		}
		if m.kind.Class() == schema.ClassProtest && len(m.agents)+len(m.others) == 0 {
			if c := v.protestCountry(m.trig, m.place); c >= 0 {
				m.others = []int{c} // "anti-government protests continue in Baghdad and through the southern part of Iraq"
			}
		}
		m.date = v.dateOf(m.trig, dates)
		if y := v.yearBefore(m.trig); y != nil {
			m.date = y // "his 2016 arrest"
		}
		if m.kind.Class() == schema.ClassElection && !m.reported && m.date == nil {
			continue // "a candidate for the 2020 United States presidential election"
		}
		if len(m.agents)+len(m.others) == 0 && m.place < 0 && !m.definite && !m.headline {
			if m.kind.Class() == schema.ClassProtest || m.kind == schema.EventClinicalTrial {
				v.bare = append(v.bare, m) // "suppress protests": a protester named elsewhere may join
			}
			if m.kind.Class() == schema.ClassArrest && m.verb && !m.planned {
				v.bare = append(v.bare, m) // "An individual has been arrested": the suspect named elsewhere
			}
			continue // "if negotiations collapse": nothing to tell
		}
		// Two mentions of one class in one clause are one mention: "met in Niamey ... for
		// an AU summit".
		if n := len(out); n > 0 && out[n-1].kind.Class() == m.kind.Class() && v.clauseStart(out[n-1].trig) == v.clauseStart(m.trig) &&
			(out[n-1].verb || m.verb || m.definite) {
			p := out[n-1]
			p.agents = addUnique(p.agents, m.agents...)
			p.others = addUnique(p.others, m.others...)
			if p.place < 0 {
				p.place = m.place
			}
			if p.date == nil {
				p.date = m.date
			}
			p.lastTrig = m.trig
			if m.kind == schema.EventSummit || (m.kind == schema.EventSigning && p.kind == schema.EventAgreement) {
				p.kind = m.kind
			}
			p.definite = p.definite && m.definite
			p.start, p.end = min(p.start, m.start), max(p.end, m.end)
			continue
		}
		// "for an AU summit where Presidents ... signed": the signing happens at the summit.
		if cs := v.clauseStart(m.trig); cs > 0 && v.at(cs-1) == "where" {
			for k := len(out) - 1; k >= 0; k-- {
				if t := max(out[k].trig, out[k].lastTrig); t < cs-1 && cs-1-t <= 3 {
					m.within = out[k]
					break
				}
			}
		}
		out = append(out, m)
		if g := m.gapped; g != nil {
			g.headline, g.past, g.date = m.headline, m.past, v.dateOf(g.trig, dates)
			out = append(out, g)
		}
	}
	return linkCharges(v, out)
}

func isEventWord(w string) bool {
	return eventNouns[w] != "" || eventVerbs[w] != "" || stepVerbs[w] || speakVerbs[w] || w == "shut"
}

// venueSentences marks the sentences that name an organization that meets ("the United
// Nations General Assembly", "the G7 Summit").
func venueSentences(d *Draft) map[int]bool {
	out := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) || d.Entities[m.Entity].Type != schema.Organization {
			continue
		}
		if venueHeads[strings.ToLower(lastWord(d.Entities[m.Entity].Name))] {
			out[m.Sentence] = true
		}
	}
	return out
}

func newMention(v *sentView, i int, k schema.EventKind) *evMention {
	u := v.u[i]
	planned := v.futureAt(i) || plannedWords[v.at(i-1)]
	return &evMention{kind: k, v: v, trig: i, focus: -1, place: -1, start: u.start, end: u.end, conf: 0.8, planned: planned}
}

// futureAt reports whether the sentence speaks of what is to come at unit i.
func (v *sentView) futureAt(i int) bool {
	return v.future && v.u[i].start >= v.futureFrom && v.u[i].start < v.futureTo
}

// nounUse reports whether the event word at unit i is used as a noun.
func (v *sentView) nounUse(i int) bool {
	u := v.u[i]
	prev := v.at(i - 1)
	switch u.low {
	case "assembly", "march":
		if u.text != u.low {
			return false // "General Assembly" outside an entity, "March"
		}
	case "call":
		return prev == "phone" || prev == "telephone" || prev == "video" || v.at(i+1) == "with"
	case "strike", "strikes":
		return strikeModifiers[prev]
	case "meet":
		return v.i(i-1).tag == "JJ" || prev == "a" || prev == "the"
	case "funeral":
		if funeralHeads[v.at(i+1)] {
			return true // "funeral prayers"
		}
	case "coup":
		if v.at(i+1) == "attempt" {
			return true
		}
	}
	if prev == "to" || v.i(i-1).tag == "MD" {
		return false
	}
	if nx := v.i(i + 1); (nx.tag == "NN" || nx.tag == "NNS") && nx.text == nx.low && eventNouns[nx.low] == "" && !timeNouns[nx.low] {
		return false // "attack plans", "election results": a modifier, not an event
	}
	if k, nk := eventNouns[u.low], eventNouns[v.at(i+1)]; nk != "" && k.Class() != nk.Class() && k != schema.EventImpeachment {
		return false // "an election rally", "a murder trial": the second noun names the event
	}
	if p := eventNouns[prev]; p == schema.EventImpeachment && eventNouns[u.low] != p {
		return false // "the impeachment inquiry" is the impeachment
	}
	if u.text != u.low && i > 0 && v.at(i-1) != `"` && !v.headline && !v.u[i-1].isEnt() {
		return false // "the Paris Climate Accord", "Paul's Rally for the Republic": names
	}
	if strings.HasPrefix(u.tag, "NN") {
		return true
	}
	p := v.i(i - 1)
	return p.tag == "DT" || p.tag == "JJ" || p.tag == "PRP$" || p.tag == "POS" || p.isEnt()
}

// verbUse reports whether the event word at unit i is used as a verb.
func (v *sentView) verbUse(i int) bool {
	u := v.u[i]
	p := v.i(i - 1)
	if p.tag == "DT" || p.tag == "PRP$" || p.tag == "POS" || p.tag == "JJ" {
		return false
	}
	if p.low == "to" || p.tag == "MD" || auxWords[p.low] {
		return true
	}
	return strings.HasPrefix(u.tag, "VB") || p.isEnt() || p.tag == "PRP"
}

// i returns unit i, or an empty unit outside the sentence.
func (v *sentView) i(i int) unit {
	if i < 0 || i >= len(v.u) {
		return unit{ent: -1}
	}
	return v.u[i]
}

// venueMention reads an organization that is itself a meeting: "to be unveiled at the
// United Nations General Assembly", "Members of the G7 Summit".
func venueMention(v *sentView, i int) *evMention {
	u := v.u[i]
	if u.typ != schema.Organization || u.kind == "pronoun" {
		return nil
	}
	name := v.d.Entities[u.ent].Name
	head := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	if !venueHeads[head] {
		return nil
	}
	kind := schema.EventMeeting
	switch head {
	case "summit":
		kind = schema.EventSummit
	case "conference":
		kind = schema.EventConference
	}
	m := newMention(v, i, kind)
	m.planned = v.futureAt(i)
	if head == "summit" || head == "conference" {
		// "G7 Summit": the group meets.
		prefix := strings.TrimSpace(name[:len(name)-len(head)])
		for e := range v.d.Entities {
			if e != u.ent && strings.EqualFold(v.d.Entities[e].Name, prefix) {
				m.agents = append(m.agents, e)
			}
		}
		m.definite = len(m.agents) == 0
		return m
	}
	b := i
	for b > 0 && (v.u[b-1].isEnt() && v.u[b-1].typ == schema.Organization || v.at(b-1) == "(" || v.at(b-1) == ")") {
		b-- // "the United Nations (UN) General Assembly"
	}
	b = v.skipDetLeft(b)
	if p := v.at(b - 1); p != "at" && p != "during" && !(p == "for" && v.travelBefore(b-1)) {
		return nil
	}
	m.agents = []int{u.ent}
	if subj := v.clauseSubject(b - 1); len(subj) > 0 {
		m.addUnits(&m.agents, subj)
	}
	if v.at(b-1) == "for" {
		m.place = v.destinationBefore(b - 1) // "traveled to New York for the General Assembly"
	}
	return m
}

// travelVerbs bring their subject to a meeting "for" which they come: "Cengiz traveled
// to New York for the United Nations General Assembly".
var travelVerbs = wordSet(`travel travels travelled traveled traveling travelling arrive arrives arrived
	arriving came come comes flew fly flies went go goes`)

// destinationBefore returns the place a traveller went "to" in the clause before unit p,
// or -1.
func (v *sentView) destinationBefore(p int) int {
	for j := p - 1; j > v.clauseStart(p); j-- {
		if u := v.u[j]; u.isEnt() && u.typ == schema.Place && v.at(v.skipDetLeft(j)-1) == "to" {
			return u.ent
		}
	}
	return -1
}

// travelBefore reports whether a verb of travel stands in the clause before unit p.
func (v *sentView) travelBefore(p int) bool {
	for j := p - 1; j >= v.clauseStart(p); j-- {
		if travelVerbs[v.at(j)] {
			return true
		}
	}
	return false
}

// skipDetLeft returns the index of the determiner run that ends right before unit i
// (i itself when there is none).
func (v *sentView) skipDetLeft(i int) int {
	for i > 0 && (v.at(i-1) == "the" || v.at(i-1) == "a" || v.at(i-1) == "an") {
		i--
	}
	return i
}

// clauseSubject returns the entity units of the subject of the clause holding unit i:
// the group at the start of the clause, when a verb follows it.
func (v *sentView) clauseSubject(i int) []int {
	cs := v.clauseStart(i)
	for j := cs; j < i; j++ {
		u := v.u[j]
		if u.isEnt() {
			g, end := v.groupRight(j, groupOpts{roles: true, of: true})
			k := end
			if len(g) == 1 && v.u[g[0]].typ == schema.Person && campaignNouns[v.at(k)] {
				k++ // "The Biden campaign criticized"
			}
			for k < len(v.u) && (strings.HasPrefix(v.u[k].tag, "RB") || v.at(k) == ",") {
				k++
			}
			if k < len(v.u) && v.u[k].isVerb() {
				return v.heads(g)
			}
			return nil
		}
		if u.isVerb() {
			return nil
		}
	}
	return nil
}

// skipRight passes auxiliaries and adverbs from unit i on; it returns the next index and
// whether a negation was passed.
func (v *sentView) skipRight(i int) (int, bool) {
	neg := false
	for i < len(v.u) {
		u := v.u[i]
		switch {
		case negators[u.low]:
			neg = true
		case u.low == "," || auxWords[u.low] || u.tag == "RB" || u.tag == "MD":
		default:
			return i, neg
		}
		i++
	}
	return i, neg
}

// nounMention reads a noun trigger at unit i.
func nounMention(v *sentView, i int, k schema.EventKind) *evMention {
	if k == schema.EventPardon {
		if m := grantedPardon(v, i); m != nil {
			return m // "Trump granted X a full and unconditional pardon"
		}
	}
	m := newMention(v, i, k)
	// Names before the noun: "his Alaska summit", "AU summit", "Zelensky's talks",
	// "Turkish-Libyan maritime border agreement"; the determiner says whether the event
	// was told before.
	var pre []int
	possessive := false
	j := i - 1
	for steps := 0; j >= 0 && steps < 6; j-- {
		p := v.u[j]
		if p.isEnt() {
			if backedBy(v, j) {
				m.backers = append(m.backers, p.ent) // "a British-backed coup": the backer stands aside
				m.definite = true
			} else {
				pre = append(pre, j)
			}
			steps++
			continue
		}
		if p.tag == "POS" {
			possessive = true
			continue
		}
		if unrealDets[p.low] || (k.Class() == schema.ClassAgreement && draftWords[p.low]) {
			return nil // "no such deal", "May's proposed Brexit deal"
		}
		if newKind(k) && rumourWords[p.low] {
			return nil // "the alleged death of Hamza"
		}
		if p.low == "another" {
			m.another = true
			break
		}
		if currentWords[p.low] {
			m.current = true // "the DRC's current Ebola outbreak": not the one of 1995
		}
		if n := ordinals[p.low]; n > 0 && m.ordinal == 0 {
			m.ordinal = n // "the second attack"
		}
		if (p.low == "all" || p.low == "both") && strings.HasSuffix(v.u[i].low, "s") {
			m.definite = true // "all three attacks"
			break
		}
		if definiteDets[p.low] {
			m.definite = true
			break
		}
		if p.low == "a" || p.low == "an" {
			break
		}
		if p.tag == "VBN" && v.i(j-1).isEnt() {
			break // "the Department of Justice unsealed further charges": a verb, not a modifier
		}
		if strings.HasPrefix(p.tag, "JJ") || strings.HasPrefix(p.tag, "NN") || p.tag == "VBN" || p.tag == "CD" ||
			p.tag == "HYPH" || p.low == "-" || p.low == "–" {
			steps++
			continue
		}
		break
	}
	npStart := j + 1
	if j >= 0 && (definiteDets[v.at(j)] || v.at(j) == "a" || v.at(j) == "an" || v.at(j) == "all" || v.at(j) == "both") {
		npStart = j // "responsibility for all three attacks"
	}
	if possessive && len(pre) == 0 {
		m.definite = true // "Sunday's signings"
	}
	for a, b := 0, len(pre)-1; a < b; a, b = a+1, b-1 {
		pre[a], pre[b] = pre[b], pre[a]
	}
	switch {
	case k.Class() == schema.ClassDeparture:
		for _, p := range pre {
			if v.u[p].typ == schema.Person && m.focus < 0 {
				m.focus = v.u[p].ent
				m.cover(p)
			}
		}
		m.addUnits(&m.agents, pre)
	case focusKind(k):
		var own []int
		for _, p := range pre {
			if v.directBefore(p, i) {
				own = append(own, p) // "Mugabe's death", not "his sister's death"
			}
		}
		m.setFocus(own)
		m.addUnits(&m.agents, own)
	case k.Disaster():
		for _, p := range pre {
			m.reach(p) // "the DRC's current Ebola outbreak", "the Kabul floods"
		}
	case k == schema.EventSearch:
		// "The United States Coast Guard called off its search": "its" counts when the
		// subject of the clause names the same searcher
		named := v.mainSubject()
		for _, p := range pre {
			if v.u[p].kind != "pronoun" || contains(named, v.u[p].ent) {
				m.addUnits(&m.agents, []int{p})
			}
		}
	default:
		m.addUnits(&m.agents, pre)
	}
	if len(pre) > 0 && !possessive {
		m.definite = false // "the AU summit" names its participant
	}
	if possessive && len(pre) > 0 {
		m.definite = true // "Zelensky's talks": his talks told before
	}
	// "Turkey is already under EU sanctions": the subject is the target.
	if k.Class() == schema.ClassMeasure && npStart > 0 && v.at(npStart-1) == "under" {
		if subj := v.clauseSubject(npStart - 1); len(subj) > 0 {
			m.addUnits(&m.others, subj)
		}
	}
	// Phrases after the noun.
	n := i + 1
	if k == schema.EventImpeachmentInquiry && inquiryNouns[v.at(n)] {
		m.cover(n)
		n++ // "impeachment inquiry into"
	}
	if v.at(n) == "of" && (v.at(n+1) == "understanding" || v.at(n+1) == "intent") {
		n += 2 // "memoranda of understanding between"
	}
	if k.Class() == schema.ClassAttack && (v.at(n) == "that" || v.at(n) == "last") && timeNouns[v.at(n+1)] && (v.at(n+2) == "on" || v.at(n+2) == "against") {
		n += 2 // "an attack that day on an Iraqi air base"
	}
	switch w := v.at(n); {
	case k == schema.EventLawsuit && w == "by":
		g, end := v.groupRight(n+1, groupOpts{roles: true, of: true, lead: 3})
		m.addParties(&m.agents, v.heads(g)) // "joined in this legal action by attorneys general from Maine, New York"
		n = end
	case newKind(k) && w != "by":
		n = m.nounSlotsAfter(n)
	case w == "with" || w == "between" || w == "among" || w == "involving" || w == "by":
		g, end := v.groupRight(n+1, groupOpts{roles: true, of: true, lead: 2})
		m.addUnits(&m.agents, v.heads(g))
		n = end
	case w == "of":
		g, end := v.groupRight(n+1, groupOpts{roles: true, of: true, lead: 2})
		switch k.Class() {
		case schema.ClassDeparture:
			if h := v.heads(g); len(h) > 0 && v.u[h[0]].typ == schema.Person {
				m.focus = v.u[h[0]].ent
				m.addUnits(&m.agents, h[:1])
			}
		case schema.ClassMeet, schema.ClassElection, schema.ClassProtest, schema.EventDebate.Class():
			m.addUnits(&m.agents, v.heads(g))
		case schema.ClassAttack:
			if h := v.heads(g); len(h) > 0 && v.u[h[0]].typ == schema.Person {
				m.addUnits(&m.others, h[:1]) // "the shooting of Rayshard Brooks": the victim
			}
		}
		n = end
	case w == "on" || w == "against" || w == "to":
		if (w != "to" && (k.Class() == schema.ClassAttack || k.Class() == schema.ClassMeasure || k.Class() == schema.ClassProtest)) ||
			(w == "to" && k == schema.EventVisit) {
			g, end := v.groupRight(n+1, groupOpts{roles: true, of: true})
			m.addUnits(&m.others, v.heads(g))
			n = end
			if k.Class() == schema.ClassAttack {
				m.addUnits(&m.others, v.housedForces(end)) // "on an Iraqi air base housing U.S. military personnel"
			}
		} else if w == "against" && k == schema.EventDebate {
			g, end := v.groupRight(n+1, groupOpts{roles: true, of: true, lead: 2})
			m.addUnits(&m.agents, v.heads(g)) // "the first presidential debate against Democratic rival Joe Biden"
			n = end
		}
	}
	// "another attack ascribed to the Taliban", "attributed the bombing to Houthi rebels"
	if k.Class() == schema.ClassAttack {
		a := n
		if blameVerbs[v.at(a)] {
			a++
		} else if nb := v.skipDetLeft(npStart); !blameVerbs[v.at(nb-1)] && !blameVerbs[v.at(npStart-1)] {
			a = -1
		}
		if a >= 0 && (v.at(a) == "to" || v.at(a) == "on") {
			g, _ := v.groupRight(a+1, groupOpts{roles: true, of: true, lead: 2})
			m.addUnits(&m.agents, v.heads(g))
		}
	}
	// "The attack was claimed by the Houthi movement": participants of a passive verb.
	if b, _ := v.skipRight(n); b < len(v.u) && byVerbs[v.at(b)] && v.at(b+1) == "by" && b > n {
		g, _ := v.groupRight(b+2, groupOpts{roles: true, of: true, lead: 2})
		m.addUnits(&m.agents, v.heads(g))
		m.joins = m.joins || v.at(b) == "attended" || v.at(b) == "joined"
	}
	// The verb that governs the noun: "Trump entered his Alaska summit", "Di Maio joined
	// the talks", "asked for national security advisor John R. Bolton's resignation".
	l := npStart - 1
	for l > 0 && strings.HasPrefix(v.u[l].tag, "RB") && !v.u[l].isEnt() {
		l-- // "unsealed further charges"
	}
	focusBefore := -1
	if l >= 1 && v.u[l].isEnt() && v.at(l-1) != "" && (v.at(l+1) == "for") {
		l-- // "asked John for his resignation"
	}
	if v.at(l) == "for" && l >= 1 && v.u[l-1].isEnt() && v.u[l-1].typ == schema.Person {
		focusBefore = v.u[l-1].ent
		l -= 2
		if l >= 0 && v.at(l+1) != "for" {
			l++
		}
	}
	if (k == schema.EventDecree || k == schema.EventProclamation) && strings.HasPrefix(v.at(l), "sign") {
		return nil // "signed a decree": the signing is the event
	}
	verb := -1
	switch {
	case l >= 0 && govRole(k, v.at(l)) != govNone:
		verb = l
	case l >= 1 && (v.at(l) == "for" || v.at(l) == "in" || v.at(l) == "to" || v.at(l) == "at" || v.at(l) == "on" || v.at(l) == "into") &&
		(lightVerbsPrep[v.at(l-1)] || v.at(l-1) == "asked" || v.at(l-1) == "ask" || v.at(l-1) == "asks"):
		verb = l - 1
	case l >= 1 && v.u[l].isEnt() && v.u[l].typ == schema.Person && (v.at(l-1) == "asked" || v.at(l-1) == "ask"):
		verb = l - 1 // "asked John for his resignation" with the name in between
	case l >= 1 && (v.at(l) == "out" || v.at(l) == "up") && govRole(k, v.at(l-1)) != govNone:
		verb = l - 1 // "carried out two attacks"
	case l >= 2 && v.at(l) == "for" && v.at(l-1) == "responsibility" && claimVerbs[v.at(l-2)]:
		verb = l - 2 // "claimed responsibility for all three attacks"
		m.joins = true
	case l >= 1 && v.at(l) == "in" && joinVerbs[v.at(l-1)] && (!newKind(k) || govRole(k, v.at(l-1)) != govNone):
		verb = l - 1 // "Becerra is joined in this legal action by ..."
		m.joins = true
	case l >= 1 && newKind(k) && (v.at(l) == "for" || v.at(l) == "to" || v.at(l) == "over") && govRole(k, v.at(l-1)) != govNone:
		verb = l - 1 // "wished for the President's death", "presided over the hearing"
	}
	if focusBefore >= 0 && verb < 0 && l+1 >= 0 && (v.at(l+1) == "asked" || v.at(l+1) == "ask") {
		verb = l + 1
	}
	if verb >= 0 {
		m.reported = true
		subj, neg := v.subjectOf(verb)
		if len(subj) == 0 && newKind(k) {
			subj, neg = v.subjectFar(verb) // "Iran ... demanded from Interpol to publish a red notice"
		}
		if neg {
			return nil
		}
		vw := v.at(verb)
		switch {
		case newKind(k):
			if !m.govern(verb, subj) {
				return nil
			}
		case k.Class() == schema.ClassDeparture && (vw == "asked" || vw == "ask" || vw == "asks"):
			// asking for somebody's resignation is firing them
			m.kind = schema.EventFiring
			if focusBefore >= 0 {
				m.focus = focusBefore
				m.agents = addUnique(m.agents, focusBefore)
			}
			m.addUnits(&m.agents, v.heads(subj))
			m.conf = 0.7
		case k.Class() == schema.ClassDeparture:
			// "Mfume announced his resignation": the one who announces it resigns
			h := v.heads(subj)
			if len(h) > 0 && v.u[h[0]].typ == schema.Person {
				byPronoun := len(pre) > 0 && v.u[pre[0]].kind == "pronoun"
				if m.focus >= 0 && m.focus != v.u[h[0]].ent && byPronoun {
					m.agents = removeInt(m.agents, m.focus)
				}
				if m.focus < 0 || byPronoun {
					m.focus = v.u[h[0]].ent
				}
			}
			m.addUnits(&m.agents, h)
		default:
			h := v.heads(subj)
			if len(h) == 0 && v.pluralAnaphorBefore(verb) && k.Class() == schema.ClassMeet {
				m.inherit = true
			}
			m.addUnits(&m.agents, h)
			switch vw {
			case "join", "joins", "joined", "joining", "attend", "attends", "attended", "attending", "enter", "enters", "entered", "entering":
				m.joins = true
			}
		}
		m.start = min(m.start, v.u[verb].start)
	}
	if verb < 0 {
		switch {
		case k.Class() == schema.ClassMeet || k.Class() == schema.ClassProtest || k == schema.EventFuneral || k == schema.EventDebate:
			// "Erdogan said at a rally", "as part of an election rally, Erdogan said"
			m.addUnits(&m.agents, v.ppSubject(npStart, i+1))
		case k.Class() == schema.ClassElection:
			if c := v.candidates(npStart); len(c) > 0 {
				m.addUnits(&m.agents, c) // who stands in it: the election takes place
				m.reported = true
			}
		case k.Class() == schema.ClassCall:
			// "in a phone call in late July, Trump might have encouraged Ukrainian president
			// Volodymyr Zelensky to ...": who spoke to whom in the call
			if subj := v.ppSubject(npStart, i+1); len(subj) > 0 {
				m.addUnits(&m.agents, subj)
				m.addUnits(&m.agents, v.callee(subj))
			}
		case (k.Class() == schema.ClassAttack || k == schema.EventAssassination) && v.victimVerb(npStart-1) >= 0:
			// "was killed in a US airstrike", "was killed last week by an airstrike": the
			// victim is a target
			if subj, neg := v.subjectOf(v.victimVerb(npStart - 1)); !neg {
				for _, x := range v.heads(subj) {
					if v.u[x].typ == schema.Person && v.u[x].kind != "demonym" {
						m.addUnits(&m.others, []int{x})
					}
				}
			}
		}
	}
	if k.Disaster() {
		m.disasterReach(i)
	}
	if k.Class() == schema.ClassProtest {
		m.organizedBy(i) // "for a rally organized by Women for America First"
	}
	if k.Class() == schema.ClassAttack {
		m.attackReach(i) // "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines"
	}
	if k == schema.EventCoup {
		m.coupReach(i) // "A military coup removed then-prime-minister Thaksin Shinawatra"
	}
	if k.Class() == schema.ClassMeet {
		m.joinedBy(i)
	}
	if k.Class() == schema.ClassDeparture && m.focus < 0 {
		return nil
	}
	if k.Class() == schema.ClassMeasure && len(m.others) == 0 && len(m.agents) > 0 && !m.definite {
		return nil // "levied individual sanctions against" somebody not named: who is sanctioned is the news
	}
	return m
}

// phoneAfter returns the index after "by phone", "on the telephone", "over the phone"
// following unit i, or 0.
func (v *sentView) phoneAfter(i int) int {
	j := i + 1
	switch v.at(j) {
	case "by", "on", "over":
		j++
	default:
		return 0
	}
	if v.at(j) == "the" {
		j++
	}
	if w := v.at(j); w == "phone" || w == "telephone" || w == "video" {
		if v.at(j+1) == "link" || v.at(j+1) == "call" {
			j++
		}
		return j + 1
	}
	return 0
}

// twoSides returns the last two countries or organizations named before unit i in its
// sentence, for "the leaders of the two countries", or nil.
func (v *sentView) twoSides(i int) []int {
	var out []int
	for j := i - 1; j >= 0 && len(out) < 2; j-- {
		u := v.u[j]
		if u.isEnt() && u.kind != "pronoun" && (u.typ == schema.Country || u.typ == schema.Organization) && !contains(v.entities(out), u.ent) {
			out = append(out, j)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return []int{out[1], out[0]}
}

// twoAnaphorBefore reports whether the subject of the verb at unit i speaks of two
// parties without naming them: "the leaders of the two countries", "both sides".
func (v *sentView) twoAnaphorBefore(i int) bool {
	end, _ := v.skipLeft(i)
	for j := end - 1; j >= 0 && j >= end-6; j-- {
		if (v.at(j) == "two" || v.at(j) == "both") && (v.at(j+1) == "countries" || v.at(j+1) == "nations" ||
			v.at(j+1) == "sides" || v.at(j+1) == "governments" || v.at(j+1) == "leaders") {
			return true
		}
	}
	return false
}

// pluralAnaphorBefore reports whether the subject of the verb at unit i is "they" or a
// plural noun phrase such as "the foreign ministers".
func (v *sentView) pluralAnaphorBefore(i int) bool {
	end, _ := v.skipLeft(i)
	if end == 0 {
		return false
	}
	w := v.at(end - 1)
	if w == "they" {
		return true
	}
	if !pluralAnaphors[w] {
		return false
	}
	for j := end - 2; j >= 0 && j >= end-4; j-- {
		switch v.at(j) {
		case "the", "both", "all":
			return true
		}
	}
	return false
}

// joinedBy adds "joined by leaders from Germany, France, ..." in the clause after unit i.
func (m *evMention) joinedBy(i int) {
	v := m.v
	end := v.clauseEnd(i)
	for j := i + 1; j+1 < end; j++ {
		if (v.at(j) == "joined" || v.at(j) == "accompanied") && v.at(j+1) == "by" {
			g, _ := v.groupRight(j+2, groupOpts{roles: true, of: true, lead: 3})
			m.addUnits(&m.agents, v.heads(g))
			return
		}
	}
}

// verbMention reads a verb trigger at unit i.
func verbMention(v *sentView, i int, k schema.EventKind) *evMention {
	m := newMention(v, i, k)
	m.verb, m.reported = true, true
	subjIdx, neg := v.subjectOf(i)
	if len(subjIdx) == 0 && !neg && (newKind(k) || k == schema.EventShooting || k == schema.EventStabbing) {
		subjIdx, neg = v.subjectFar(i) // "Police soon arrived and detained the man"
	}
	if neg || v.invertedSubject(subjIdx) {
		return nil
	}
	subj := v.heads(subjIdx)
	passive := v.passiveAt(i)
	// object: "meet Trump", "met with Putin", "ousts national security advisor Bolton"
	o := i + 1
	if v.at(o) == "with" && k.Class() == schema.ClassMeet {
		o++
	}
	o = v.skipDet(o)
	objIdx, after := v.groupRight(o, groupOpts{roles: true, of: true, lead: 3})
	if o < len(v.u) && !v.u[o].isEnt() && !isRoleWord(v.u[o]) && !roleWords[v.u[o].low] {
		objIdx, after = nil, o // the object is no name: "signed the agreement"
	}
	if len(objIdx) > 0 {
		if nx := v.i(objIdx[len(objIdx)-1] + 1); nx.tag == "POS" || (strings.HasPrefix(nx.tag, "NN") && !nx.isEnt() && !isRoleWord(nx)) {
			objIdx = nil // "dismissed the president's lawsuit", "dismissed a Trump lawsuit"
		}
	}
	obj := v.heads(objIdx)
	if len(obj) == 0 && (newKind(k) || k == schema.EventShooting || k == schema.EventStabbing) {
		obj = v.appositiveObject(o) // "overthrowing his father, Sultan Said bin Taimur"
	}
	var by []int
	if b := after; v.at(b) == "by" {
		g, _ := v.groupRight(b+1, groupOpts{roles: true, of: true, lead: 2})
		by = v.heads(g)
	} else if v.at(i+1) == "by" {
		g, _ := v.groupRight(i+2, groupOpts{roles: true, of: true, lead: 2})
		by = v.heads(g)
	}
	if newKind(k) || k == schema.EventShooting || k == schema.EventStabbing {
		if !m.newVerbSlots(i, subj, obj, by, passive) {
			return nil
		}
		return m
	}
	person := v.person
	if len(subj) == 0 && (k.Class() == schema.ClassMeet || k.Class() == schema.ClassCall) && v.twoAnaphorBefore(i) {
		subj = v.twoSides(v.clauseStart(i)) // "Turkey and Greece ..., but the leaders of the two countries spoke by telephone"
		if subj == nil {
			subj = v.twoSides(i)
		}
	}
	if k.Class() == schema.ClassCall {
		if p := v.phoneAfter(i); p > 0 {
			o = p
			if v.at(o) == "with" {
				g, _ := v.groupRight(o+1, groupOpts{roles: true, of: true, lead: 2})
				obj = v.heads(g)
			} else {
				obj = nil
			}
		}
	}
	switch k.Class() {
	case schema.ClassCall:
		m.addUnits(&m.agents, subj)
		m.addUnits(&m.agents, obj)
	case schema.ClassMeet:
		if len(subj) == 0 && v.pluralAnaphorBefore(i) {
			m.inherit = true
		}
		m.addUnits(&m.agents, subj)
		if k == schema.EventVisit {
			m.addUnits(&m.others, obj)
		} else {
			m.addUnits(&m.agents, obj)
		}
		m.joinedBy(i)
	case schema.ClassElection:
		if !passive && v.prenominal(i) {
			return nil // "newly elected Ukrainian president Volodymyr Zelensky": an office, told in passing
		}
		if passive {
			m.addUnits(&m.agents, subj)
		} else {
			m.addUnits(&m.agents, obj)
		}
	case schema.ClassAttack:
		m.addAct(passive, subj, obj, by)
		if k == schema.EventAttack {
			// "Trump attacked Biden", "attacked the inquiry" are words, not arms
			if !passive && (len(obj) == 0 || !v.anyNonPerson(append(append([]int(nil), subj...), obj...))) {
				return nil
			}
			if passive && !v.anyNonPerson(append(append([]int(nil), subj...), by...)) {
				return nil
			}
		}
	case schema.ClassAgreement:
		if k == schema.EventAgreement {
			nx := v.at(i + 1)
			if len(subj) < 2 || (nx != "on" && nx != "upon" && !(nx == "to" && (v.at(i+2) == "a" || v.at(i+2) == "the"))) {
				return nil
			}
		}
		if passive {
			m.addUnits(&m.agents, by)
			m.addUnits(&m.others, subj)
		} else {
			m.addUnits(&m.agents, subj)
			m.addUnits(&m.others, obj)
			m.withAfter(after) // "signed a deal with Egypt"
			m.oneParty = k == schema.EventSigning && len(obj) == 0 && v.orderObject(i+1)
		}
	case schema.ClassDeparture:
		if k == schema.EventResignation {
			m.focus = person(subj)
			m.addUnits(&m.agents, subj)
		} else if passive {
			m.focus = person(subj)
			m.addUnits(&m.agents, subj)
			m.addUnits(&m.agents, by)
			if k == schema.EventOuster && person(by) >= 0 {
				m.kind = schema.EventFiring
			}
		} else {
			m.focus = person(obj)
			m.addUnits(&m.agents, subj)
			m.addUnits(&m.agents, obj)
			if k == schema.EventOuster && person(subj) >= 0 {
				m.kind = schema.EventFiring // "Trump ousts Bolton": one person removes another
			}
		}
		if m.focus < 0 {
			return nil
		}
	case schema.ClassMeasure:
		m.addAct(passive, subj, obj, by)
		if len(m.others) == 0 {
			return nil
		}
	case schema.ClassProtest:
		m.addUnits(&m.agents, subj)
		if v.at(i+1) == "against" {
			g, _ := v.groupRight(v.skipDet(i+2), groupOpts{roles: true, of: true})
			m.addUnits(&m.others, v.heads(g))
		}
	default:
		m.addUnits(&m.agents, subj)
	}
	return m
}

// withAfter adds "with X" standing within a few words after unit i, in its clause: the
// other party of an agreement ("signed an alternative deal with Egypt").
func (m *evMention) withAfter(i int) {
	v := m.v
	end := min(v.clauseEnd(m.trig), i+6)
	for j := i; j < end; j++ {
		if v.at(j) == "with" {
			g, _ := v.groupRight(v.skipDet(j+1), groupOpts{roles: true, of: true})
			m.addUnits(&m.agents, v.heads(g))
			return
		}
		if v.u[j].isVerb() || v.at(j) == "," {
			return // "signed on to the agreement, with Eritrea the only state unsigned"
		}
	}
}

// passiveAt reports whether the verb at unit i is passive: "was poisoned", "had been
// fired".
func (v *sentView) passiveAt(i int) bool {
	if v.u[i].tag == "VBG" {
		return false // "is investigating"
	}
	for j := i - 1; j >= 0; j-- {
		w := v.at(j)
		switch {
		case w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been" || w == "being" || w == "got" || w == "get":
			return true
		case v.u[j].tag == "RB" || w == "also" || w == "reportedly" || w == "allegedly":
		default:
			return false
		}
	}
	return false
}

func (v *sentView) anyNonPerson(idx []int) bool {
	for _, i := range idx {
		if v.u[i].typ != schema.Person {
			return true
		}
	}
	return false
}

// placeAfter finds the place of an event in the clause after unit i: "in" or "at" a
// place ("met in Niamey", "at the White House"), "on" an island ("on Crete"); a country
// only after "in"; an organization only after "at" ("at the White House"). "in Yemen"
// right after a name belongs to that name ("the Houthi movement in Yemen").
func (v *sentView) placeAfter(i int) int {
	end := v.clauseEnd(i)
	for j := i + 1; j < end && j <= i+14; j++ {
		w := v.at(j)
		if j > i+1 && v.u[j].isVerb() && w != "joined" && !(copulas[w] && (j == i+1 || v.u[j-1].tag == "RB")) && !(w == "took" && v.at(j+1) == "place") &&
			!eventPredicates[w] {
			return -1
		}
		if otherEventWords[w] || (j > i+1 && eventNouns[w] != "" && v.u[j].text == w) {
			return -1 // "the deadliest since an assault in Ghazni": another event's place
		}
		if w != "in" && w != "at" && w != "on" {
			continue
		}
		t := v.skipDet(j + 1)
		if t < len(v.u) && !v.u[t].isEnt() {
			t = v.placeOf(t) // "in the neighboring state of Massachusetts"
		}
		if t >= len(v.u) || !v.u[t].isEnt() {
			continue
		}
		u := v.u[t]
		if j > i+1 && w == "in" && v.u[j-1].isEnt() && v.u[j-1].typ == schema.Organization {
			continue // "the Houthi movement in Yemen": where the group is
		}
		switch {
		case u.typ == schema.Place:
			return u.ent
		case u.typ == schema.Country && w == "in" && u.kind != "demonym":
			return u.ent
		case u.typ == schema.Organization && w == "at" && t == j+2 && v.at(j+1) == "the" && !venueHeads[strings.ToLower(lastWord(v.d.Entities[u.ent].Name))]:
			return u.ent
		}
	}
	return -1
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// dateOf returns the date expression nearest to unit i in its clause, leaving out dates
// that a verb of saying stands between ("On Tuesday, Trump announced he had asked ...").
func (v *sentView) dateOf(i int, dates []DateSpan) *DateSpan {
	s := v.d.Sentences[v.si]
	var best *DateSpan
	bestDist := 1 << 30
	for _, ds := range datesIn(dates, s.Start, s.End) {
		di := v.unitAt(ds.Start)
		if di < 0 {
			continue
		}
		a, b := min(di, i), max(di, i)
		blocked := false
		for j := a + 1; j < b; j++ {
			if w := v.at(j); (w == "who" || w == "which" || w == "whose") && v.commaBetween(a+1, j) && v.commaBetween(j, b) {
				continue // "On Monday, Pranab Mukherjee, a politician who served ..., died": an aside
			}
			if clauseBreaks[v.at(j)] || sayingWords[v.at(j)] {
				blocked = true
				break
			}
			if di > i && (v.u[j].tag == "VBG" || (v.u[j].tag == "VBN" && v.at(j-1) != "be" && !auxWords[v.at(j-1)]) ||
				(v.u[j].isVerb() && eventVerbs[v.at(j)] != "")) && !v.commaBetween(j, di) {
				blocked = true // "signed an executive order delaying the election until June"
				break
			}
		}
		if blocked {
			continue
		}
		if dist := b - a; dist < bestDist {
			bestDist = dist
			for n := range dates {
				if dates[n].Start == ds.Start {
					best = &dates[n]
					break
				}
			}
		}
	}
	return best
}

// unitAt returns the index of the first unit starting at or after offset off.
func (v *sentView) unitAt(off int) int {
	for j, u := range v.u {
		if u.end > off {
			return j
		}
	}
	return -1
}
