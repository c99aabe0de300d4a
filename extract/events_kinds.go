package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"newsgraph/schema"
)

// This file holds the rules of the event kinds that happen to somebody or strike a place:
// deaths and funerals, arrests, warrants, charges, court hearings and trials,
// assassinations and coups, investigations and impeachments, proclamations, decrees and
// suspensions, appointments and nominations, natural disasters, outbreaks and clinical
// trials. The meeting, election, attack, protest, agreement, departure and measure rules
// are in events.go.
//
// Most of these kinds have a focus: the one person (or organization) the event happens
// to, "the death of X", "X was arrested", "charges against X". Their mentions are read
// from the same slots as the other kinds, with the slot's role decided by the kind:
//
//	noun     X's death, the death of X, the arrest of X, charges against X, an arrest
//	         warrant for X, an investigation into X, the proclamation of X as Y's ... by Z
//	verb     X died, X was killed / arrested / charged with / tried / sentenced (by Y),
//	         Y killed / arrested / appointed X, X appeared in court, X was overthrown
//	governor Police made the arrest, X faces charges, X attended the funeral, X suffered
//	         an outbreak; "announced the death of X" tells of the death, takes no part
//	disaster an earthquake in X, X's outbreak, Hurricane H hit X; later mentions of the
//	         storm's name H are the storm
//
// A kind with a focus becomes an event only when the focus is named.

// Roles of the subject of a verb that governs an event noun.
const (
	govNone   = iota // not a governor of this kind
	govAgent         // takes part: "police made the arrest", "X attended the funeral"
	govFocus         // the event happens to the subject: "X faces charges"
	govOther         // the subject is struck or targeted: "X suffered an outbreak"
	govSilent        // tells of it and takes no part: "announced the death of"
	govUnreal        // only wishes, fears or denies it: "wished for the President's death"
)

// governors maps a kind to the verbs that govern its noun and the role they give their
// subject. Kinds not listed take lightVerbs (their subject takes part).
var governors = func() map[schema.EventKind]map[string]int {
	m := map[schema.EventKind]map[string]int{}
	add := func(kinds []schema.EventKind, role int, words string) {
		for _, k := range kinds {
			if m[k] == nil {
				m[k] = map[string]int{}
			}
			for _, w := range strings.Fields(words) {
				m[k][w] = role
			}
		}
	}
	ks := func(k ...schema.EventKind) []schema.EventKind { return k }
	tell := `announce announced announces announcing confirm confirmed confirms report reported reports mourn mourned
		mourns mourning reveal revealed mark marked marks lament lamented`
	add(ks(schema.EventDeath, schema.EventMurder, schema.EventFuneral), govSilent, tell)
	for _, k := range schema.EventKinds {
		if newKind(k) {
			add(ks(k), govUnreal, `cancel cancels cancelled canceled cancelling canceling`)
		}
	}
	add(ks(schema.EventDeath, schema.EventMurder, schema.EventAssassination, schema.EventArrest, schema.EventImpeachment, schema.EventCoup),
		govUnreal, `wish wished wishes wishing want wanted wants fear feared fears threaten threatened threatens
		fake faked fakes deny denied denies rumor rumored rumour rumoured demand demanded demands urge urged
		seek sought plot plotted`)
	add(ks(schema.EventFuneral), govAgent, `attend attends attended attending hold holds held holding lead leads led
		lead officiate officiated officiates`)
	add(ks(schema.EventArrest, schema.EventDetention), govAgent, `make makes made making order orders ordered ordering
		carry carried carries`)
	add(ks(schema.EventArrest, schema.EventDetention), govFocus, `resist resisted resists evade evaded evades escape
		escaped`)
	add(ks(schema.EventArrest, schema.EventDetention), govSilent, tell)
	add(ks(schema.EventArrestWarrant), govAgent, `issue issues issued issuing seek seeks sought seeking request
		requests requested requesting publish published`)
	add(ks(schema.EventCharge, schema.EventIndictment), govFocus, `face faces faced facing deny denies denied denying`)
	add(ks(schema.EventCharge, schema.EventIndictment), govAgent, `file files filed filing bring brings brought bringing
		lay lays laid laying press presses pressed pressing level levels levelled leveled issue issued unseal unseals
		unsealed announce announces announced`)
	add(ks(schema.EventTrial, schema.EventHearing, schema.EventVerdict, schema.EventSentencing), govFocus, `face faces
		faced facing stand stands stood standing await awaits awaited awaiting`)
	add(ks(schema.EventTrial, schema.EventHearing, schema.EventVerdict, schema.EventSentencing), govAgent, `hold holds
		held holding preside presides presided deliver delivers delivered hand hands handed`)
	add(ks(schema.EventInvestigation, schema.EventImpeachmentInquiry), govAgent, `launch launches launched launching open opens opened opening begin
		begins began start starts started conduct conducts conducted lead leads led order orders ordered announce
		announces announced carry carried`)
	add(ks(schema.EventInvestigation, schema.EventImpeachment, schema.EventImpeachmentInquiry), govFocus, `face faces faced facing survive survives
		survived`)
	add(ks(schema.EventImpeachment), govAgent, `launch launches launched open opens opened begin began start started`)
	add(ks(schema.EventCoup), govAgent, `lead leads led stage stages staged launch launches launched attempt attempted
		plot plotted orchestrate orchestrated mount mounted`)
	add(ks(schema.EventCoup), govOther, `survive survives survived`)
	add(ks(schema.EventAssassination), govAgent, `order orders ordered plan plans planned plot plotted carry carried
		approve approved orchestrate orchestrated`)
	add(ks(schema.EventAttack, schema.EventShooting, schema.EventBombing), govAgent, `perform performs performed
		commit commits committed carry carried conduct conducted launch launched stage staged orchestrate
		orchestrated mastermind masterminded`)
	add(ks(schema.EventProclamation, schema.EventDecree), govAgent, `issue issues issued issuing make makes made
		announce announces announced publish published`)
	add(ks(schema.EventSuspension), govAgent, `announce announces announced order orders ordered request requests
		requested seek seeks sought approve approves approved`)
	add(ks(schema.EventAppointment, schema.EventNomination), govAgent, `announce announces announced make makes made`)
	add(ks(schema.EventAppointment, schema.EventNomination), govFocus, `accept accepts accepted receive receives
		received win wins won secure secures secured`)
	add(ks(schema.EventOutbreak), govOther, `suffer suffers suffered suffering experience experiences experienced
		battle battles battled battling face faces faced facing`)
	add(ks(schema.EventClinicalTrial, schema.EventTrial), govAgent, `conduct conducts conducted run runs ran lead leads led monitor
		monitors monitored sponsor sponsors sponsored oversee oversees oversaw launch launched begin began`)
	add(ks(schema.EventLawsuit), govAgent, `file files filed filing bring brings brought bringing launch launches
		launched join joins joined joining lead leads led`)
	add(ks(schema.EventLawsuit), govFocus, `face faces faced facing`)
	add(ks(schema.EventSearch), govAgent, `launch launches launched launching conduct conducts conducted begin began
		begins start started starts lead led leads resume resumed suspend suspended end ended`)
	add(ks(schema.EventPardon), govAgent, `grant grants granted granting issue issues issued issuing`)
	add(ks(schema.EventPardon), govFocus, `receive receives received receiving`)
	add(ks(schema.EventRuling), govAgent, `issue issues issued issuing deliver delivers delivered hand handed hands
		make made makes`)
	add(ks(schema.EventRally, schema.EventProtest), govAgent, `organize organizes organized organise organises
		organised address addresses addressed`)
	return m
}()

// newKind reports whether the kind is read by the rules of this file.
func newKind(k schema.EventKind) bool {
	switch k.Class() {
	case schema.ClassMeet, schema.ClassCall, schema.ClassElection, schema.ClassAgreement,
		schema.ClassDeparture, schema.ClassMeasure, schema.ClassProtest:
		return false
	case schema.ClassAttack, schema.EventDebate.Class():
		return false
	}
	return true
}

// focusKind reports whether an event of kind k happens to one named party, its focus.
func focusKind(k schema.EventKind) bool {
	switch k.Class() {
	case schema.ClassArrest, schema.ClassCharge, schema.ClassCourt, schema.ClassAppointment:
		return true
	}
	switch k {
	case schema.EventDeath, schema.EventMurder, schema.EventFuneral, schema.EventAssassination, schema.EventImpeachment,
		schema.EventPardon:
		return true
	}
	return false
}

// focusType reports whether an entity of type t can be the focus of kind k: a person,
// or for charges, trials and verdicts also an organization ("charges against Huawei").
func focusType(k schema.EventKind, t schema.EntityType) bool {
	if t == schema.Person {
		return true
	}
	switch k.Class() {
	case schema.ClassCharge, schema.ClassCourt:
		return t == schema.Organization
	}
	return false
}

// govRole returns the role a verb gives its subject when it governs a noun of kind k.
func govRole(k schema.EventKind, w string) int {
	if r := governors[k][w]; r != govNone {
		return r
	}
	if !newKind(k) && lightVerbs[w] {
		return govAgent
	}
	return govNone
}

// Words the new kinds read.
var (
	// nouns after "funeral" that name the same ceremony: "funeral prayers"
	funeralHeads = wordSet(`prayers prayer service services procession ceremony ceremonies rites mass`)
	// words before "trial" that make it a study of treatments
	clinicalWords = wordSet(`clinical drug drugs vaccine vaccines medical randomized randomised controlled phase`)
	// words after "trial of" that make it a study of treatments
	treatmentWords = wordSet(`drug drugs vaccine vaccines treatment treatments therapy therapies medicine medicines`)
	// words before "storm" that make it weather
	stormWords = wordSet(`tropical winter severe snow ice dust`)
	// the capitalised word before the name of a storm: "Hurricane Dorian", "Typhoon Hagibis"
	stormTitles = map[string]schema.EventKind{"Hurricane": schema.EventHurricane, "Typhoon": schema.EventTyphoon,
		"Cyclone": schema.EventCyclone, "Storm": schema.EventStorm}
	// words before "Storm" that make it a storm's title: "Tropical Storm Humberto"
	stormStorms = wordSet(`Tropical Subtropical tropical subtropical`)
	// verbs whose object a disaster strikes: "Hurricane Dorian hit the Bahamas"
	strikeVerbs = wordSet(`hit hits hitting struck strikes striking battered batters battering devastated devastates
		ravaged ravages swept sweeps lashed lashes pounded pounds cleared clears left leaves affected affects
		affecting killed rocked rocks shook shakes flooded floods`)
	// prepositions after which a disaster names where it struck
	disasterPreps = wordSet(`in on at over near off across through`)
	// nouns a decree or law is named by: "signed a government decree", "signed the bill into law"
	orderNouns = wordSet(`decree decrees law laws bill bills order orders proclamation legislation act ordinance
		ordinances edict memorandum`)
	// courts: "appeared in court", "appeared before a judge"
	courtWords = wordSet(`court courts judge judges magistrate magistrates tribunal`)
	// event nouns a person's role may name them a participant of: "student protester Joshua Wong"
	participantNouns = map[string]string{"protester": schema.ClassProtest, "protesters": schema.ClassProtest,
		"protestor": schema.ClassProtest, "protestors": schema.ClassProtest, "demonstrator": schema.ClassProtest,
		"demonstrators": schema.ClassProtest}
)

// debateModifiers make a debate one between candidates or leaders.
var debateModifiers = wordSet(`presidential vice-presidential primary televised leaders candidates mayoral
	gubernatorial senate`)

// inquiryNouns make "impeachment" before them an impeachment inquiry.
var inquiryNouns = wordSet(`inquiry inquiries investigation investigations probe proceedings`)

// conductNouns stand between an investigation and whom it investigates: "into the conduct
// of X".
var conductNouns = wordSet(`conduct actions activities dealings behavior behaviour finances affairs role`)

// kindAt refines the kind of the event noun at unit i, or returns "" when the noun names
// no event here: "arrest warrant" is a warrant, "a clinical trial" a study, "a storm of
// criticism" no weather, "a flood of refugees" no flood.
func (v *sentView) kindAt(i int, k schema.EventKind) schema.EventKind {
	prev, next := v.at(i-1), v.at(i+1)
	switch k {
	case schema.EventArrest:
		if next == "warrant" || next == "warrants" {
			return "" // the warrant is the event
		}
	case schema.EventArrestWarrant:
		if v.u[i].low == "notice" {
			if prev != "red" {
				return "" // only Interpol's red notice asks for an arrest
			}
			break
		}
		if prev != "arrest" && !(next == "for" && v.arrestAfter(i+2)) {
			return "" // a search warrant, a warrant officer
		}
	case schema.EventTrial:
		if clinicalWords[prev] || clinicalWords[v.at(i-2)] {
			return schema.EventClinicalTrial
		}
		if next == "of" {
			for j := i + 2; j < len(v.u) && j <= i+6; j++ {
				if treatmentWords[v.at(j)] {
					return schema.EventClinicalTrial
				}
			}
		}
	case schema.EventStorm:
		if !stormWords[prev] && v.u[i].text != "Storm" {
			return ""
		}
	case schema.EventFlood:
		if next == "of" {
			return "" // a flood of refugees
		}
	case schema.EventImpeachment:
		if inquiryNouns[next] {
			return schema.EventImpeachmentInquiry // "an impeachment inquiry into the conduct of X"
		}
	case schema.EventRuling:
		if next == "party" || next == "parties" || next == "class" || next == "coalition" || v.i(i+1).isEnt() {
			return "" // "the ruling party", "the ruling New Progressive Party"
		}
	case schema.EventDebate:
		// "the final presidential debate", "a debate between Trump and Biden"; not "the
		// debate over immigration", "to shut down debate in parliament"
		if !debateModifiers[prev] && !debateModifiers[v.at(i-2)] && next != "between" && next != "against" {
			return ""
		}
	case schema.EventSearch:
		if (prev == "in" && next == "of") || v.u[i].text != v.u[i].low || next == "engine" || next == "engines" || next == "results" {
			return "" // "in search of", "Google Search", "search engine"
		}
	case schema.EventShutdown:
		if prev != "government" && v.at(i-2) != "government" && !(next == "of" && v.governmentAfter(i+2)) && !definiteDets[prev] {
			return "" // "a government shutdown", "the shutdown"; not "a public transport shutdown"
		}
	case schema.EventEmergency:
		if prev != "emergency" {
			return "" // "his emergency declaration"; not "the declaration of independence"
		}
	case schema.EventLawsuit:
		if v.u[i].low == "action" && prev != "legal" {
			return "" // "legal action" is a lawsuit, "military action" none
		}
	}
	if k.Disaster() && (countWords[prev] || prev == "%") {
		return "" // "85% more wildfires in Brazil in 2019 than in 2018": a count
	}
	switch k {
	case schema.EventCharge:
		if prev == "no" || prev == "without" {
			return ""
		}
	case schema.EventFire:
		// "a fire broke out", "the blaze"; not "opened fire", "under fire", "set on fire"
		if v.u[i].low == "fire" && (!(definiteDets[prev] || prev == "a" || strings.HasPrefix(v.i(i-1).tag, "JJ")) || fireIdioms[prev] || fireIdioms[v.at(i-2)]) {
			return ""
		}
	case schema.EventCollapse:
		if next != "of" || !collapsible[v.at(v.skipDet(i+2))] {
			return "" // "the collapse of the spire", not "economic collapse"
		}
	}
	return k
}

// Words of accidents.
var (
	// words before "fire" that make it no event: "opened fire", "under fire", "set on fire"
	fireIdioms = wordSet(`opened open opens opening under set on cease gun artillery rocket returned return`)
	// what collapses: "the collapse of the spire"
	collapsible = wordSet(`building buildings bridge block tower spire roof mine dam stadium house houses hotel
		school factory wall`)
	// what crashes, explodes or collapses as the subject of the verb
	accidentSubjects = wordSet(`plane planes aircraft airliner jet helicopter bus buses train trains truck car cars
		minibus bomber flight boat ship ferry vessel drone building buildings bridge block flats tower spire roof
		mine dam stadium house hotel school factory wall tank pipeline`)
)

// thingBefore reports whether the subject of the verb at unit i is a vehicle or a
// building ("a Boeing 707 cargo plane ... crashed"): its head noun, a few words back,
// before any verb.
func (v *sentView) thingBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		if accidentSubjects[v.at(j)] {
			return true
		}
		if clauseBreaks[v.at(j)] && v.at(j) != "which" {
			return false
		}
	}
	return false
}

// operatorBefore returns the operator of what crashed named before the verb at unit i:
// "A bus operated by Viazul", "a plane belonging to the Iranian military".
func (v *sentView) operatorBefore(i int) []int {
	for j := i - 1; j >= 1 && j >= i-14; j-- {
		w := v.at(j)
		if (w == "by" && (v.at(j-1) == "operated" || v.at(j-1) == "owned" || v.at(j-1) == "run")) || (w == "to" && v.at(j-1) == "belonging") {
			g, _ := v.groupRight(v.skipDet(j+1), groupOpts{})
			var out []int
			for _, x := range g {
				if v.u[x].typ == schema.Organization || v.u[x].typ == schema.Country {
					out = append(out, x)
				}
			}
			return out
		}
	}
	return nil
}

// rumourWords make an event only said to have happened: "the alleged death".
var rumourWords = wordSet(`alleged rumored rumoured purported supposed faked`)

// backedBy reports whether the entity unit j backs what follows rather than taking part:
// "a British-backed coup", "Iran-sponsored militias".
func backedBy(v *sentView, j int) bool {
	nx := v.at(j + 1)
	if nx == "-" || nx == "–" {
		nx = v.at(j + 2)
	}
	nx = strings.TrimLeft(nx, "-–")
	switch nx {
	case "backed", "sponsored", "supported", "funded", "financed", "armed":
		return true
	}
	return false
}

// countWords make a disaster noun a count of many: "more wildfires than last year".
var countWords = wordSet(`more fewer less many numerous most frequent`)

// arrestAfter reports whether "X's arrest" or "the arrest of X" follows unit j: "a
// warrant for his arrest".
func (v *sentView) arrestAfter(j int) bool {
	for k := j; k < len(v.u) && k <= j+3; k++ {
		if v.at(k) == "arrest" {
			return true
		}
	}
	return false
}

// namedStorm returns the kind of the storm whose title is unit i, "Hurricane Dorian": a
// capitalised storm word followed by a capitalised name; or "".
func (v *sentView) namedStorm(i int) schema.EventKind {
	k, ok := stormTitles[v.u[i].text]
	if !ok || (k == schema.EventStorm && !stormStorms[v.at(i-1)]) {
		return ""
	}
	nx := v.i(i + 1)
	if nx.isEnt() || !stormName(nx.text) {
		return ""
	}
	return k
}

// stormName reports whether s looks like the name of a storm: a capitalised word.
func stormName(s string) bool {
	return len(s) >= 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z'
}

// stormNames returns the names of the storms the article names ("Hurricane Dorian" gives
// Dorian), with their kinds.
func stormNames(d *Draft) map[string]schema.EventKind {
	var out map[string]schema.EventKind
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		for j := 0; j+1 < len(toks); j++ {
			k, ok := stormTitles[toks[j].Text]
			name := toks[j+1].Text
			if k == schema.EventStorm && (j == 0 || !stormStorms[toks[j-1].Text]) {
				continue // "Storm Area 51"
			}
			if !ok || !stormName(name) || inMention(d, toks[j].Start) {
				continue // "the National Hurricane Center" names no storm
			}
			if out == nil {
				out = map[string]schema.EventKind{}
			}
			if _, seen := out[name]; !seen {
				out[name] = k
			}
		}
	}
	return out
}

// focusHeads sets the mention's focus to the first unit of idx that can be one, and adds
// the units as participants.
func (m *evMention) setFocus(idx []int) {
	for _, x := range idx {
		u := m.v.u[x]
		if focusType(m.kind, u.typ) {
			if m.focus < 0 {
				m.focus = u.ent
				m.pronFocus = u.kind == "pronoun"
				m.possFocus = m.pronFocus && possessivePronouns[u.low]
			}
			m.addUnits(&m.agents, []int{x})
			return
		}
	}
}

// nounSlotsAfter reads the phrase after an event noun of a new kind at unit n (the unit
// after the noun, past "of understanding"): "the death of X", "charges against X", "an
// arrest warrant for X", "an investigation into X". It returns the unit after the phrase.
func (m *evMention) nounSlotsAfter(n int) int {
	v, k := m.v, m.kind
	w := v.at(n)
	var g []int
	end := n
	switch w {
	case "of", "for", "against", "into", "on":
		a := n + 1
		if w == "into" && v.at(a) == "the" && conductNouns[v.at(a+1)] && v.at(a+2) == "of" {
			a += 3 // "an inquiry into the conduct of X": X is investigated
		}
		g, end = v.groupRight(a, groupOpts{roles: true, of: true, lead: 2})
	default:
		return n
	}
	h := v.heads(g)
	if x := v.afterGroup(g); x > 0 && (v.i(x).tag == "POS" || v.commonNounAt(x)) {
		h = nil // "an investigation of Joe Biden's son", "the prorogation of the UK parliament"
		for end = x; end < len(v.u) && (v.u[end].tag == "POS" || v.commonNounAt(end) || strings.HasPrefix(v.u[end].tag, "JJ")); end++ {
		}
	}
	switch {
	case k == schema.EventProclamation && w == "of":
		m.addUnits(&m.others, h)
		end = m.proclaimedAs(end)
	case focusKind(k) && (w == "of" || (w == "against" && k.Class() == schema.ClassCharge) ||
		(w == "for" && k == schema.EventArrestWarrant)):
		m.setFocus(h)
	case k == schema.EventArrestWarrant && (w == "against" || w == "for"):
		m.addUnits(&m.others, h)
	case k == schema.EventCoup && (w == "against" || w == "of"):
		m.addUnits(&m.others, h)
	case (k == schema.EventInvestigation || k == schema.EventImpeachmentInquiry) && (w == "into" || w == "of"):
		m.addUnits(&m.others, h)
	case k == schema.EventSuspension && w == "of":
		m.addUnits(&m.others, h)
	case k == schema.EventLawsuit && w == "against":
		if len(h) == 0 {
			h = v.actorOfAct(n + 1) // "a lawsuit against the state of emergency Trump declared"
		}
		m.addParties(&m.others, h)
	case k == schema.EventRuling && (w == "against" || w == "for"):
		m.addUnits(&m.others, h) // "a ruling against President Donald Trump"
	default:
		return n
	}
	if b := end; v.at(b) == "by" {
		g, e := v.groupRight(b+1, groupOpts{roles: true, of: true, lead: 2})
		m.addUnits(&m.agents, v.heads(g))
		end = e
	}
	if b := end; v.at(b) == "at" && v.at(b+1) == "the" && v.at(b+2) == "request" && v.at(b+3) == "of" {
		g, e := v.groupRight(b+4, groupOpts{roles: true, of: true})
		m.addUnits(&m.agents, v.heads(g)) // "at the request of Prime Minister Boris Johnson"
		end = e
	}
	return end
}

// proclaimedAs reads "as official Israeli territory" after "the proclamation of X": the
// country it names takes part. It returns the unit after the phrase.
func (m *evMention) proclaimedAs(j int) int {
	v := m.v
	if v.at(j) != "as" {
		return j
	}
	for k := j + 1; k < len(v.u) && k <= j+5; k++ {
		u := v.u[k]
		if u.isEnt() {
			if u.typ == schema.Country || u.typ == schema.Organization {
				m.addUnits(&m.others, []int{k})
			}
			continue
		}
		if !(strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "NN") || u.tag == "DT" || u.tag == "POS") {
			return k
		}
	}
	return min(j+6, len(v.u))
}

// disasterReach adds what a disaster named at unit i strikes: the names after "in", "on",
// "off" ... or after a verb of striking in its clause ("Hurricane Dorian hit the Bahamas").
// Countries take part; the first place is the event's place.
func (m *evMention) disasterReach(i int) {
	v := m.v
	end := v.clauseEnd(i)
	for j := i + 1; j < end && j <= i+14; j++ {
		w := v.at(j)
		if otherEventWords[w] || negators[w] {
			return // "is not expected to make landfall in the United States"
		}
		if !disasterPreps[w] && !strikeVerbs[w] {
			continue
		}
		t := v.skipDet(j + 1)
		if w == "off" && v.at(t) == "coast" && v.at(t+1) == "of" {
			t = v.skipDet(t + 2)
		}
		if t < len(v.u) && !v.u[t].isEnt() {
			t = v.placeOf(t) // "in a former rebel-held neighbourhood of Aleppo"
		}
		for s := t; s < len(v.u) && s <= t+4 && !v.u[s].isEnt(); s++ {
			if u := v.u[s]; !(u.tag == "NNP" || u.low == "," || u.low == "del" || u.low == "de") {
				break
			}
			if s+1 < len(v.u) && v.u[s+1].isEnt() {
				t = s + 1 // "struck Surigao del Sur, Philippines"
			}
		}
		if t >= len(v.u) || !v.u[t].isEnt() {
			continue
		}
		g, after := v.groupRight(t, groupOpts{of: true})
		for _, x := range g {
			if u := v.u[x]; u.typ == schema.Country || u.typ == schema.Place {
				m.reach(x)
			}
		}
		if c := v.countryOfPlace(v.afterGroup(g)); c >= 0 {
			m.reach(c) // "in Magnitogorsk, a city in the Ural region of Russia"
		}
		j = after - 1
	}
}

// reach records that a disaster struck the place or country of unit x.
func (m *evMention) reach(x int) {
	u := m.v.u[x]
	m.cover(x)
	if u.typ == schema.Place {
		if m.place < 0 {
			m.place = u.ent
		}
		m.struck = addUnique(m.struck, u.ent)
		return
	}
	if u.typ == schema.Country {
		m.agents = addUnique(m.agents, u.ent)
	}
}

// govern applies the role of the verb at unit verb, which governs the noun of the
// mention, to its subject. It returns false when the verb makes the event unreal:
// "wished for his death", "he would then face trial".
func (m *evMention) govern(verb int, subj []int) bool {
	v := m.v
	h := v.heads(subj)
	role := govRole(m.kind, v.at(verb))
	if role == govUnreal {
		return false
	}
	for j := verb - 1; j >= 0 && j >= verb-2; j-- {
		switch v.at(j) {
		case "would":
			if v.announcedAt(j) {
				continue // "Pelosi announced that she would be launching an impeachment inquiry"
			}
			return false
		case "could", "might", "may", "should":
			return false
		}
	}
	if m.kind == schema.EventSearch {
		// "told The Jakarta Post it was intending to end its search": who searches is the
		// subject the sentence names
		named := v.mainSubject()
		var keep []int
		for _, x := range h {
			if contains(named, v.u[x].ent) {
				keep = append(keep, x)
			}
		}
		h = keep
	}
	switch role {
	case govAgent:
		m.addUnits(&m.agents, h)
	case govFocus:
		if focusKind(m.kind) {
			m.setFocus(h)
		} else {
			m.addUnits(&m.others, h)
		}
	case govOther:
		if m.kind.Disaster() {
			for _, x := range h {
				m.reach(x)
			}
			return true
		}
		m.addUnits(&m.others, h)
	}
	return true
}

// announceVerbs announce what their subject is about to do.
var announceVerbs = wordSet(`announced announces declared declares`)

// announcedAt reports whether the "would" at unit j tells what its subject announced it
// was about to do, not what it might do: "announced that she would be launching".
func (v *sentView) announcedAt(j int) bool {
	k := j - 1
	if k < 0 || !v.u[k].isEnt() {
		return false
	}
	k--
	if v.at(k) == "that" {
		k--
	}
	return announceVerbs[v.at(k)]
}

// person returns the first person among the units idx, or -1.
func (v *sentView) person(idx []int) int {
	for _, x := range idx {
		if v.u[x].typ == schema.Person {
			return v.u[x].ent
		}
	}
	return -1
}

// participle reports whether the past participle at unit i opens a phrase that modifies
// the subject of its clause: "X appeared in court, charged with murder".
func (v *sentView) participle(i int) bool {
	if v.u[i].tag != "VBN" && v.u[i].tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && (v.u[j].tag == "RB" || v.at(j) == "also") {
		j--
	}
	return j >= 0 && v.at(j) == ","
}

// courtAfter returns the index after "in court", "before a judge", "in Christchurch
// District Court" following unit i, and the court named, or (0, -1).
func (v *sentView) courtAfter(i int) (int, int) {
	j := i + 1
	if w := v.at(j); w != "in" && w != "at" && w != "before" {
		return 0, -1
	}
	j = v.skipDet(j + 1)
	if j < len(v.u) && v.u[j].isEnt() && v.u[j].typ == schema.Organization {
		if courtWords[strings.ToLower(lastWord(v.d.Entities[v.u[j].ent].Name))] || courtWords[strings.ToLower(lastWord(v.u[j].text))] {
			return j + 1, v.u[j].ent
		}
		return 0, -1
	}
	for k := j; k < len(v.u) && k <= j+2; k++ {
		if courtWords[v.at(k)] {
			return k + 1, -1
		}
		if !strings.HasPrefix(v.u[k].tag, "JJ") && !strings.HasPrefix(v.u[k].tag, "NN") {
			break
		}
	}
	return 0, -1
}

// newVerbSlots fills the slots of a verb trigger of a new kind at unit i from its
// subject, object and by-phrase; it returns false when the verb names no event here.
func (m *evMention) newVerbSlots(i int, subj, obj, by []int, passive bool) bool {
	v, k := m.v, m.kind
	w := v.at(i)
	if k.Class() == schema.ClassDeath || k == schema.EventAssassination || k == schema.EventShooting {
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if v.u[j].tag == "MD" || v.at(j) == "to" || v.at(j) == "if" {
				return false // "could die", "threatened to kill"
			}
		}
	}
	if len(subj) == 0 && v.participle(i) && !passive && !intransitive[w] {
		// "X appeared in court, charged with murder": the clause's subject
		subj, obj, passive = v.heads(v.clauseSubject(i)), nil, true
	}
	if len(subj) == 0 && v.at(i-1) == "," {
		subj = v.asideSubject(i) // "An Australian, Brenton Tarrant, aged 28, appeared"
	}
	if len(subj) == 0 && v.u[i].tag == "VBG" && evSubordinators[v.at(i-1)] {
		subj = v.heads(v.clauseSubject(i)) // "Qaboos became Sultan after overthrowing his father"
	}
	if v.infinitive(i) {
		return false // "a bill that would have allowed China to extradite criminals to be tried"
	}
	if x := v.afterGroup(subj); x > 0 && !v.commaBetween(x, i) {
		subj = v.outsidePP(subj)
	}
	patient := func() {
		if passive {
			m.setFocus(subj)
			m.addUnits(&m.agents, by)
		} else {
			m.addUnits(&m.agents, subj)
			m.setFocus(obj)
		}
	}
	switch k {
	case schema.EventDeath, schema.EventMurder:
		switch w {
		case "died", "dies":
			if !passive {
				m.setFocus(subj)
			}
		default: // killed, murdered
			patient()
			if k == schema.EventDeath && w == "killed" && m.focus >= 0 {
				m.killedBy(i, passive)
			}
		}
	case schema.EventFuneral: // "was buried"
		if !passive {
			return false
		}
		m.setFocus(subj)
	case schema.EventShooting, schema.EventStabbing:
		if nx := v.at(i + 1); nx == "down" || nx == "up" {
			return false // "shot down", "shot up"
		}
		if passive {
			if v.person(subj) < 0 {
				return false
			}
			m.addUnits(&m.others, subj)
			m.addUnits(&m.agents, by)
		} else {
			if v.person(obj) < 0 {
				return false // "shot a film"
			}
			m.addUnits(&m.agents, subj)
			m.addUnits(&m.others, obj)
		}
	case schema.EventAssassination, schema.EventArrest, schema.EventDetention, schema.EventImpeachment,
		schema.EventAppointment, schema.EventNomination, schema.EventVerdict, schema.EventSentencing, schema.EventPardon:
		patient()
		if k.Class() == schema.ClassArrest && !passive && m.focus < 0 && len(m.agents) > 0 && v.countedObject(i+1) {
			m.unnamedFocus = true // "Belarusian KGB arrested 33 Russian individuals"
		}
		if k.Class() == schema.ClassAppointment && len(removeInt(m.agents, m.focus)) == 0 && !v.officeAfter(i) {
			return false // "nominated for an Oscar"
		}
	case schema.EventCharge, schema.EventIndictment:
		if w == "charged" && v.at(i+1) != "with" && !(len(obj) > 0 && v.withAfterObject(obj)) {
			return false // "charged a fee", "in charge of"
		}
		patient()
	case schema.EventTrial: // "was tried"
		if !passive || v.at(i+1) == "to" {
			return false
		}
		m.setFocus(subj)
		m.addUnits(&m.agents, by)
	case schema.EventHearing: // "appeared in court"
		end, court := v.courtAfter(i)
		if end == 0 || passive {
			return false
		}
		m.setFocus(subj)
		if court >= 0 {
			m.place = court
		}
	case schema.EventCoup:
		m.addAct(passive, subj, obj, by)
		if len(m.others) == 0 {
			return false
		}
	case schema.EventInvestigation, schema.EventSuspension:
		m.addAct(passive, subj, obj, by)
		if len(m.others) == 0 {
			return false // "suspended flights", "investigating the crash"
		}
	case schema.EventCrash, schema.EventExplosion, schema.EventCollapse:
		// "a bus operated by Viazul ... crashed", "the minibus exploded", "a block of
		// flats collapsed": a vehicle or a building
		if passive || !v.thingBefore(i) {
			return false
		}
		m.addUnits(&m.agents, v.operatorBefore(i))
		m.disasterReach(i)
	case schema.EventVote:
		if passive || !v.voterSubject(subj) || v.habitualBefore(i) || v.hypotheticalSubject(subj) {
			return false // "being voted into the position", "Golden voted for the first article"
		}
		m.addUnits(&m.agents, subj)
		m.addUnits(&m.others, v.voteObject(i))
		if j := i + 1; len(m.others) == 0 && v.at(j) == "to" && v.i(j+1).tag == "VB" {
			m.others = addUnique(m.others, v.themBefore(j+2)...) // "voted to refer them", after "Barr and Ross refused"
		}
	case schema.EventLawsuit:
		return m.lawsuitVerbSlots(subj, obj, by, passive)
	case schema.EventEmergency:
		return m.emergencyVerbSlots(i, subj, passive)
	case schema.EventShutdown:
		return m.shutdownVerbSlots(i, subj)
	case schema.EventRuling:
		return m.rulingVerbSlots(i, subj, passive)
	case schema.EventProclamation, schema.EventDecree:
		if passive {
			m.addUnits(&m.agents, by)
			m.addUnits(&m.others, subj)
		} else {
			m.addUnits(&m.agents, subj)
			m.addUnits(&m.others, obj)
		}
	default:
		return false
	}
	return true
}

// countedObject reports whether the object from unit o is a number of people the text
// does not name: "33 Russian individuals", "dozens of protesters", "more than 100 people".
func (v *sentView) countedObject(o int) bool {
	j := o
	for j < len(v.u) && j <= o+3 && (v.u[j].tag == "JJR" || v.u[j].tag == "RB" || v.at(j) == "than" || v.at(j) == "least" || v.at(j) == "at") {
		j++ // "more than", "at least", "nearly"
	}
	if j >= len(v.u) || (v.u[j].tag != "CD" && v.at(j) != "dozens" && v.at(j) != "hundreds" && v.at(j) != "thousands") {
		return false
	}
	for k := j + 1; k < len(v.u) && k <= j+4; k++ {
		u := v.u[k]
		if u.tag == "NNS" && !u.isEnt() {
			return true
		}
		if !(u.tag == "JJ" || u.tag == "IN" || u.kind == "demonym" || u.tag == "CD") {
			return false
		}
	}
	return false
}

// officeAfter reports whether an office follows the appointing verb at unit i: "as
// ambassador", "to the Supreme Court", "for president", "Secretary of State".
func (v *sentView) officeAfter(i int) bool {
	end := min(len(v.u), i+8)
	for j := i + 1; j < end; j++ {
		w := v.at(j)
		if w == "as" || w == "to" || w == "for" {
			t := v.skipDet(j + 1)
			if t < len(v.u) && (roleWords[v.at(t)] || (v.u[t].isEnt() && v.u[t].typ == schema.Organization)) {
				return true
			}
		}
		if v.u[j].isEnt() || w == "," && j > i+1 {
			continue
		}
		if roleWords[w] && j > i+1 {
			return true
		}
	}
	return false
}

// withAfterObject reports whether "with" follows the object group within its clause:
// "charged Tarrant with murder", "charged the suspect in the shooting with capital
// murder".
func (v *sentView) withAfterObject(obj []int) bool {
	for j := obj[len(obj)-1] + 1; j < len(v.u) && j <= obj[len(obj)-1]+6; j++ {
		if v.at(j) == "with" {
			return true
		}
		if v.u[j].isVerb() || clauseBreaks[v.at(j)] || v.at(j) == "," {
			return false
		}
	}
	return false
}

// ppSubject returns the subject of the verb an event noun phrase (units npStart to npEnd)
// depends on through "at", "in", "during" or "as (a) part of": "Erdogan said at a rally",
// "He announced this change ... in a rally", "On Friday, as a part of an election rally,
// Erdogan said". It returns nil when the phrase stands otherwise, or when that verb is a
// passive ("regions were discussed during the summit").
func (v *sentView) ppSubject(npStart, npEnd int) []int {
	l := npStart - 1
	switch v.at(l) {
	case "at", "in", "during":
	case "of":
		if v.at(l-1) != "part" {
			return nil
		}
	default:
		return nil
	}
	cs := v.clauseStart(l)
	if b := l - 1; v.at(b) == "that" || (v.at(b) == "," && v.at(b-1) == "that") {
		cs = l // "reported that, in a phone call, Trump ...": the phrase opens the reported clause
	}
	for j := l - 1; j >= cs; j-- {
		u := v.u[j]
		if !u.isVerb() || auxWords[u.low] {
			continue
		}
		if v.passiveAt(j) || u.tag == "VBG" {
			return nil
		}
		subj, neg := v.subjectOf(j)
		if neg {
			return nil
		}
		return v.heads(subj)
	}
	// fronted: "..., as a part of an election rally, Erdogan said"
	j := npEnd
	for j < len(v.u) && j <= npEnd+4 && v.at(j) != "," {
		j++
	}
	if v.at(j) != "," {
		return nil
	}
	g, end := v.groupRight(j+1, groupOpts{roles: true, of: true})
	k := end
	for k < len(v.u) && (strings.HasPrefix(v.u[k].tag, "RB") || auxWords[v.at(k)]) {
		k++
	}
	if len(g) == 0 || k >= len(v.u) || !v.u[k].isVerb() {
		return nil
	}
	return v.heads(g)
}

// callee returns the person or country addressed by the verb of the subject group subj,
// in a clause that a call phrase modifies: "Trump might have encouraged newly elected
// Ukrainian president Volodymyr Zelensky", "Putin told Macron". It returns the object's
// head unit, or nil.
func (v *sentView) callee(subj []int) []int {
	k := 0
	for _, x := range subj {
		k = max(k, x+1)
	}
	for k < len(v.u) && (strings.HasPrefix(v.u[k].tag, "RB") || auxWords[v.at(k)]) {
		k++
	}
	if k >= len(v.u) || !v.u[k].isVerb() || sayingWords[v.at(k)] {
		return nil // "X said": what was said, not to whom
	}
	for j := k + 1; j < len(v.u) && j <= k+7; j++ {
		u := v.u[j]
		if u.isEnt() && u.kind != "demonym" && u.kind != "pronoun" {
			if u.typ == schema.Person || u.typ == schema.Country {
				return []int{j}
			}
			return nil
		}
		if !(u.tag == "DT" || u.tag == "VBN" || strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "RB") ||
			strings.HasPrefix(u.tag, "NN") || u.isEnt()) {
			return nil
		}
	}
	return nil
}

// isStormTitle reports whether unit i is the title word of a named storm.
func (v *sentView) isStormTitle(i int) bool {
	if i < 0 {
		return false
	}
	_, ok := stormTitles[v.u[i].text]
	return ok
}

// inMention reports whether offset off lies inside an entity mention.
func inMention(d *Draft, off int) bool {
	j := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > off })
	return j < len(d.Mentions) && d.Mentions[j].Start <= off && d.Mentions[j].Entity >= 0
}

// hasName reports whether sentence s holds one of the names (case-sensitive).
func hasName(s *Sent, names map[string]schema.EventKind) bool {
	if len(names) == 0 {
		return false
	}
	for _, t := range s.Tokens {
		if _, ok := names[t.Text]; ok {
			return true
		}
	}
	return false
}

// eventPredicates tell that the event their subject names happened, and where: "A trial
// began in March in Kenya", "the protests took place in Minsk".
var eventPredicates = wordSet(`began begun begins started starts happened happens occurred occurs ended ends
	continued continues held unfolded erupted broke`)

// intransitive are the trigger verbs that are never passive participles: "X, aged 28,
// appeared in court".
var intransitive = wordSet(`died dies appeared appears appear appearing`)

// victimVerbs are the verbs whose subject an attack "in" which it happened struck:
// "was killed in a US airstrike".
var victimVerbs = wordSet(`killed died injured wounded hurt`)

// victimVerb returns the index of the victim verb that the preposition at unit p ("in",
// "by") depends on, a few words back in its clause ("was killed last week by"), or -1.
func (v *sentView) victimVerb(p int) int {
	if w := v.at(p); w != "in" && w != "by" {
		return -1
	}
	for j := p - 1; j >= 0 && j >= p-4; j-- {
		if victimVerbs[v.at(j)] {
			return j
		}
		if v.u[j].isEnt() || clauseBreaks[v.at(j)] || v.at(j) == "," {
			return -1
		}
	}
	return -1
}

// appositiveObject reads an object named after a common noun and a comma: "his father,
// Sultan Said bin Taimur", "the man, later identified as Khairi Saadallah". It returns
// the heads of the named group, or nil.
func (v *sentView) appositiveObject(o int) []int {
	j := o
	for steps := 0; j < len(v.u) && steps < 4; steps++ {
		u := v.u[j]
		if u.isEnt() && !(u.kind == "pronoun" && possessivePronouns[u.low]) {
			return nil
		}
		if !(u.isEnt() || possessivePronouns[u.low] || u.tag == "DT" || strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "NN")) {
			break
		}
		j++
	}
	if j == o || v.at(j) != "," {
		return nil
	}
	for k := j + 1; k < len(v.u) && k <= j+4; k++ {
		if v.at(k) == "as" && (v.at(k-1) == "identified" || v.at(k-1) == "named") {
			j = k // ", later identified as"
			break
		}
	}
	g, _ := v.groupRight(j+1, groupOpts{roles: true, of: true})
	if len(g) == 0 || v.u[g[0]].typ != schema.Person || g[0] > j+4 {
		return nil
	}
	return v.heads(g[:1])
}

// orderObject reports whether the object phrase from unit o names a decree, law or order:
// "signed a government decree", "signed the bill into law", "signed an executive order".
func (v *sentView) orderObject(o int) bool {
	for j := v.skipDet(o); j < len(v.u) && j <= o+4; j++ {
		u := v.u[j]
		if orderNouns[u.low] {
			return true
		}
		if u.isEnt() || !(strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "NN") || u.tag == "HYPH") {
			return false
		}
	}
	return false
}

// commonNounAt reports whether unit i is a plain common noun, no name and no role word.
func (v *sentView) commonNounAt(i int) bool {
	u := v.i(i)
	return (u.tag == "NN" || u.tag == "NNS") && !u.isEnt() && u.text == u.low && !roleWords[u.low]
}

// evSubordinators open a clause whose subject follows them: "after X was arrested".
var evSubordinators = wordSet(`that because as while after before since until although though if unless whether once
	than so`)

// directBefore reports whether the entity unit p stands right before the noun at unit i,
// with only its possessive mark, adjectives, numbers and adverbs between: "Mugabe's
// death", "his 2016 arrest", "the President's untimely death"; not "his sister's death".
func (v *sentView) directBefore(p, i int) bool {
	for j := p + 1; j < i; j++ {
		u := v.u[j]
		if !(u.tag == "POS" || strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "RB") || u.tag == "CD" ||
			u.tag == "HYPH" || u.low == "-" || u.tag == "VBN") {
			return false
		}
	}
	return true
}

// outsidePP drops the units of idx that stand inside a prepositional phrase of their noun
// phrase: "A former advisor for U.S. President Donald Trump was sentenced", "A man
// suspected to have supplied the gun to De Zoysa was arrested".
func (v *sentView) outsidePP(idx []int) []int {
	var out []int
	for _, x := range idx {
		j := x - 1
		for j >= 0 && (v.u[j].isEnt() || isRoleWord(v.u[j]) || groupConnectors[v.at(j)] || strings.HasPrefix(v.u[j].tag, "JJ")) && v.at(j) != "," {
			j--
		}
		if w := v.at(j); j >= 0 && (v.u[j].tag == "IN" || w == "to") && !evSubordinators[w] {
			continue
		}
		out = append(out, x)
	}
	return out
}

// afterGroup returns the index right after the last unit of the group g, or 0.
func (v *sentView) afterGroup(g []int) int {
	if len(g) == 0 {
		return 0
	}
	return g[len(g)-1] + 1
}

// evPlaceNouns are the nouns of "the town of X", "the neighboring state of X".
var evPlaceNouns = wordSet(`town towns city cities village villages state province region county district area
	neighborhood neighbourhood vicinity outskirts suburb suburbs island islands capital port municipality`)

// placeOf returns the unit of X in "the neighboring state of X" starting at unit t (past
// the determiner), or t when the words name no place.
func (v *sentView) placeOf(t int) int {
	for j := t; j < len(v.u) && j <= t+3; j++ {
		u := v.u[j]
		if evPlaceNouns[u.low] && v.at(j+1) == "of" {
			if x := v.skipDet(j + 2); x < len(v.u) && v.u[x].isEnt() {
				return x
			}
			return t
		}
		if !strings.HasPrefix(u.tag, "JJ") && !strings.HasPrefix(u.tag, "NN") && u.tag != "VBG" {
			return t
		}
	}
	return t
}

// funeralsOfTheDead gives a funeral that names nobody buried ("attended the funeral") the
// person whose death the article told before it.
func funeralsOfTheDead(evs []*evEvent) {
	for i, e := range evs {
		if e.kind != schema.EventFuneral || e.focus() >= 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if f := evs[j].focus(); evs[j].kind.Class() == schema.ClassDeath && f >= 0 {
				e.mentions[0].focus = f
				e.parts = addUnique([]int{f}, e.parts...)
				break
			}
		}
	}
}

// yearBefore returns the year written right before the event noun at unit i, past its
// adjectives ("his 2016 arrest", "the 1970 coup"), as a date span, or nil.
func (v *sentView) yearBefore(i int) *DateSpan {
	j := i - 1
	for j >= 0 && strings.HasPrefix(v.u[j].tag, "JJ") {
		j--
	}
	if j < 0 || v.u[j].tag != "CD" || len(v.u[j].text) != 4 || !isDigits(v.u[j].text) {
		return nil
	}
	y, _ := strconv.Atoi(v.u[j].text)
	from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	if !plausibleYear(from) {
		return nil
	}
	u := v.u[j]
	return &DateSpan{Start: u.start, End: u.end, Text: u.text, From: from, To: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), Source: "stated"}
}

// Cues a sentence scan looks for.
const (
	cueEvent     = 1 << iota // a word that may name an event
	cueSuspect               // "accused", "suspect", "gunman": may stand for the suspect
	cueProtester             // "protester": names a participant of the protests
)

// scanEventCues scans the tokens of a sentence once for the cue words.
func scanEventCues(s *Sent) int {
	cue := 0
	for _, t := range s.Tokens {
		w := strings.ToLower(t.Text)
		if isEventWord(w) || w == "responsibility" {
			cue |= cueEvent
		}
		if suspectNouns[w] {
			cue |= cueSuspect
		}
		if participantNouns[w] != "" {
			cue |= cueProtester
		}
	}
	return cue
}

var (
	// nouns that stand for the suspect of an article after "the": "the accused"
	suspectNouns = wordSet(`accused suspect gunman attacker shooter bomber assailant perpetrator killer`)
	// verbs of claiming an attack: "claimed responsibility"
	claimVerbs = wordSet(`claim claims claimed claiming take takes took taking accept accepts accepted admit
		admits admitted`)
	// currentWords make a mention speak of what goes on at the article's date.
	currentWords = wordSet(`current ongoing latest present`)
	// ordinals of "the second attack"
	ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
)

// suspectOf returns the person the article arrests, charges or brings to court first
// (named, not by a pronoun), or -1.
func suspectOf(per [][]*evMention) int {
	for _, ms := range per {
		for _, m := range ms {
			switch m.kind.Class() {
			case schema.ClassArrest, schema.ClassCharge, schema.ClassCourt:
			default:
				continue
			}
			if m.focus >= 0 && !m.pronFocus && m.v.d.Entities[m.focus].Type == schema.Person {
				return m.focus
			}
		}
	}
	return -1
}

// nameSuspects makes "the accused", "the suspect", "the gunman" of the sentence stand for
// entity e; it reports whether any did. "the accused molesters" is a noun phrase of its own.
func (v *sentView) nameSuspects(e int) bool {
	found := false
	for i := range v.u {
		u := &v.u[i]
		if u.isEnt() || !suspectNouns[u.low] {
			continue
		}
		p := v.at(i - 1)
		if p == "alleged" {
			p = v.at(i - 2)
		}
		if p != "the" || strings.HasPrefix(v.i(i+1).tag, "NN") || v.i(i+1).tag == "POS" {
			continue
		}
		u.ent, u.kind, u.typ, u.tag = e, "pronoun", v.d.Entities[e].Type, "ENT"
		found = true
	}
	return found
}

// joinProtesters makes a person named as a protester ("student protester Joshua Wong",
// "Joshua Wong, a protester,") a participant of the protests the article tells of, when
// it tells of any: an event, or a mention that named nobody ("suppress protests").
func joinProtesters(views *viewSet, sents []int, evs []*evEvent) []*evEvent {
	for _, si := range sents {
		v := views.get(si)
		for i, u := range v.u {
			cls := participantNouns[u.low]
			if cls == "" || u.isEnt() {
				continue
			}
			p := -1
			if nx := v.i(i + 1); nx.isEnt() && nx.typ == schema.Person && nx.kind != "pronoun" {
				p = nx.ent // "student protester Joshua Wong"
			} else if i >= 3 && (v.at(i-1) == "a" || v.at(i-1) == "the") && v.at(i-2) == "," && v.u[i-3].isEnt() && v.u[i-3].typ == schema.Person {
				p = v.u[i-3].ent // "Joshua Wong, a protester,"
			}
			if p < 0 {
				continue
			}
			var best *evEvent
			for _, e := range evs {
				if e.kind.Class() != cls {
					continue
				}
				if best == nil || abs(e.mentions[0].v.si-si) < abs(best.mentions[0].v.si-si) {
					best = e
				}
			}
			if best == nil {
				if m := views.nearestBare(si); m != nil {
					best = &evEvent{kind: m.kind, place: -1}
					best.add(m)
					evs = append(evs, best)
				}
			}
			if best != nil {
				best.parts = addUnique(best.parts, p)
			}
		}
	}
	return evs
}

// nearestBare returns the protest mention that named nobody nearest to sentence si, or nil.
func (vs *viewSet) nearestBare(si int) *evMention {
	var best *evMention
	for _, v := range vs.views {
		if v == nil {
			continue
		}
		for _, m := range v.bare {
			if best == nil || abs(m.v.si-si) < abs(best.v.si-si) {
				best = m
			}
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// chargeLinks are the words that tie a charge or an arrest to the attack it is over:
// "charged with murder pertaining to a mass shooting", "arrested in connection with the
// bombing".
var chargeLinks = wordSet(`over for pertaining connection related relation regarding after following`)

// linkCharges ties the mentions of one sentence: the person charged with or arrested for
// an attack named after the charge is its suspected perpetrator; a charge read at a court
// hearing of the same person ("appeared in court, charged with murder") is that hearing.
func linkCharges(v *sentView, ms []*evMention) []*evMention {
	var out []*evMention
	for _, c := range ms {
		cls := c.kind.Class()
		if (cls != schema.ClassCharge && cls != schema.ClassArrest) || c.focus < 0 {
			out = append(out, c)
			continue
		}
		for _, a := range ms {
			if a.kind.Class() != schema.ClassAttack || a.trig < c.trig || a.trig-c.trig > 12 || v.clauseStart(a.trig) != v.clauseStart(c.trig) {
				continue
			}
			for j := c.trig + 1; j < a.trig; j++ {
				if chargeLinks[v.at(j)] || (v.at(j) == "in" && a.trig-j <= 3) {
					a.agents = addUnique(a.agents, c.focus)
					a.conf = min(a.conf, 0.7)
					break
				}
			}
		}
		merged := false
		if cls == schema.ClassCharge {
			for _, h := range ms {
				if h.kind.Class() == schema.ClassCourt && h.focus == c.focus {
					h.cover(c.trig)
					merged = true
					break
				}
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// judgeWords are the titles of who presides over a court: "Judge Paul Kellar".
var judgeWords = wordSet(`judge magistrate justice`)

// joinJudges makes a judge named in the sentences of a court event, or in the sentence
// right after, a participant: "Judge Paul Kellar ordered the accused remain in custody".
func joinJudges(views *viewSet, evs []*evEvent) {
	for _, e := range evs {
		if e.kind.Class() != schema.ClassCourt {
			continue
		}
		seen := map[int]bool{}
		for _, m := range e.mentions {
			for si := m.v.si; si <= m.v.si+1 && si < len(views.views); si++ {
				if seen[si] {
					continue
				}
				seen[si] = true
				v := views.get(si)
				for i, u := range v.u {
					if u.isEnt() && u.typ == schema.Person && u.kind != "pronoun" && i > 0 && judgeWords[v.at(i-1)] {
						e.parts = addUnique(e.parts, u.ent)
					}
				}
			}
		}
	}
}

// placeFronted returns the place of a sentence-initial phrase before the trigger at unit
// i, "On Friday in Istanbul, ...": "in" a place before the first comma, with no verb
// before it; or -1.
func (v *sentView) placeFronted(i int) int {
	for j := 0; j+1 < i && v.at(j) != ","; j++ {
		if v.u[j].isVerb() || v.u[j].isEnt() && v.at(j-1) != "in" {
			return -1
		}
		if v.at(j) == "in" {
			if u := v.u[v.skipDet(j+1)]; u.isEnt() && (u.typ == schema.Place || u.typ == schema.Country && u.kind != "demonym") {
				if t := v.skipDet(j + 1); v.at(t+1) == "," {
					return u.ent
				}
			}
		}
	}
	return -1
}

// clinicalTrials makes every plain "trial" of an article that tells of a clinical trial
// (in a mention that named nobody too), and of no person tried in court, that clinical
// trial: "a trial of four drugs ... The PALM trial ... the institute that monitored the
// trial".
func clinicalTrials(views *viewSet, ms []*evMention) {
	clinical := false
	for _, v := range views.views {
		if len(v.bareOf(schema.EventClinicalTrial)) > 0 {
			clinical = true
		}
	}
	for _, m := range ms {
		if m.kind == schema.EventClinicalTrial {
			clinical = true
		}
		if m.kind.Class() == schema.ClassCourt && m.focus >= 0 {
			return
		}
	}
	if !clinical {
		return
	}
	for _, m := range ms {
		if m.kind == schema.EventTrial {
			m.kind = schema.EventClinicalTrial
		}
	}
}

// infinitive reports whether the verb at unit i is an infinitive ("to be tried", "to
// arrest") that tells of no event: one only wanted, allowed or feared. "is to be
// sentenced", "is scheduled to appear" tell of a planned one.
func (v *sentView) infinitive(i int) bool {
	j := i - 1
	for j >= 0 && (v.at(j) == "be" || v.u[j].tag == "RB") {
		j--
	}
	if v.at(j) != "to" {
		return false
	}
	switch v.at(j - 1) {
	case "is", "are", "was", "were", "scheduled", "due", "set", "expected", "slated", "going":
		return false
	}
	return true
}

// suspectNamed returns the person the article names as its suspect: "identified the
// suspect as Patrick Crusius", "the gunman, Patrick Crusius,"; or -1.
func suspectNamed(views *viewSet, sents []int) int {
	for _, si := range sents {
		v := views.get(si)
		for i, u := range v.u {
			if u.isEnt() || !suspectNouns[u.low] {
				continue
			}
			if (v.at(i+1) == "'s" || v.i(i+1).tag == "POS") && (v.at(i+2) == "identity" || v.at(i+2) == "name") && v.theBefore(i) {
				// "The detained suspect's identity is restricted to 'Stefan W'"
				for j := i + 3; j < len(v.u); j++ {
					if x := v.u[j]; x.isEnt() {
						if x.typ == schema.Person && x.kind != "pronoun" {
							return x.ent
						}
						break
					}
				}
			}
			if v.at(i-1) != "the" {
				continue
			}
			if w := v.at(i + 1); w == "as" || w == "," {
				if nx := v.i(i + 2); nx.isEnt() && nx.typ == schema.Person && nx.kind != "pronoun" {
					return nx.ent
				}
				// "as 21-year-old Patrick Crusius"
				for j := i + 2; j < len(v.u) && j <= i+5 && w == "as"; j++ {
					if v.u[j].isEnt() {
						if v.u[j].typ == schema.Person && v.u[j].kind != "pronoun" {
							return v.u[j].ent
						}
						break
					}
				}
			}
		}
	}
	return -1
}

// theBefore reports whether "the" opens the noun phrase whose head is unit i, past
// adjectives and participles: "the detained suspect".
func (v *sentView) theBefore(i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 && (strings.HasPrefix(v.u[j].tag, "JJ") || v.u[j].tag == "VBN") {
		j--
	}
	return v.at(j) == "the"
}

// suspectActs gives the suspect the article names as such (s: "the detained suspect's
// identity is restricted to 'Stefan W'") the arrest of one person it tells without naming
// whom ("An individual has been arrested") and makes them the attacker of the one attack
// whose victim it names but not the attacker ("Adamowicz was stabbed"): the suspect of a
// crime article is the one arrested for its attack.
func suspectActs(views *viewSet, per [][]*evMention, s int) {
	attacks := 0
	for _, ms := range per {
		for _, m := range ms {
			if m.kind.Class() == schema.ClassAttack && !m.definite {
				attacks++ // "the stabbing" tells the attack again
			}
		}
	}
	for si, ms := range per {
		for _, m := range ms {
			if m.kind.Class() == schema.ClassAttack && attacks == 1 && len(m.agents) == 0 && len(m.others) > 0 && !contains(m.others, s) {
				m.agents = append(m.agents, s)
				m.conf = min(m.conf, 0.7)
			}
		}
		v := views.views[si]
		if v == nil {
			continue
		}
		seen := map[int]bool{}
		for _, b := range v.bare {
			if b.kind.Class() != schema.ClassArrest || seen[b.trig] || !v.singularBefore(b.trig) {
				continue // "337 suspected users were arrested": not the suspect alone
			}
			seen[b.trig] = true
			m := *b
			m.focus, m.agents, m.others, m.conf = s, []int{s}, nil, 0.7
			per[si] = append(per[si], &m)
		}
	}
}

// singularBefore reports whether the subject of the passive verb at unit i is one
// person not named: "An individual has been arrested", "a man was detained".
func (v *sentView) singularBefore(i int) bool {
	end, _ := v.skipLeft(i)
	p := v.i(end - 1)
	return p.tag == "NN" && !p.isEnt() && (v.at(end-2) == "a" || v.at(end-2) == "an" || strings.HasPrefix(v.i(end-2).tag, "JJ"))
}

// claimMention reads "X claimed responsibility." with no event named: X is the
// perpetrator of the attack told before.
func claimMention(v *sentView, i int) *evMention {
	subj, neg := v.subjectOf(i)
	h := v.heads(subj)
	if neg || len(h) == 0 {
		return nil
	}
	m := newMention(v, i, schema.EventAttack)
	m.addUnits(&m.agents, h)
	m.definite, m.joins, m.reported = true, true, true
	m.cover(i + 1)
	return m
}

// attackReach reads what an attack named as a subject struck: "Twin bombings yesterday
// struck the Jolo Cathedral in Mindanao, Philippines". A country struck is a target; the
// first place the attack's place.
func (m *evMention) attackReach(i int) {
	v := m.v
	j := i + 1
	for j < len(v.u) && (v.u[j].tag == "RB" || timeNouns[v.at(j)] || auxWords[v.at(j)]) {
		j++
	}
	if !strikeVerbs[v.at(j)] || v.at(j) == "left" || v.at(j) == "killed" {
		return
	}
	var g []int
	for x := j + 1; x < len(v.u) && x <= j+12; x++ {
		u := v.u[x]
		if u.isEnt() {
			g = append(g, x)
			continue
		}
		if !(u.tag == "DT" || u.low == "," || u.low == "in" || u.low == "of" || u.low == "and" || (len(g) == 0 && strings.HasPrefix(u.tag, "NN"))) {
			break
		}
	}
	for _, x := range g {
		switch u := v.u[x]; u.typ {
		case schema.Place:
			if m.place < 0 {
				m.place = u.ent
			}
			m.cover(x)
		case schema.Country:
			m.addUnits(&m.others, []int{x})
		}
	}
}

// asideSubject returns the subject of the verb at unit i when an aside stands between
// them: "An Australian, Brenton Tarrant, aged 28, appeared", "Maria Lopez, 34, appeared".
// The subject is the first group of names of the clause, followed by a comma, with no
// finite verb between it and the verb.
func (v *sentView) asideSubject(i int) []int {
	cs := v.clauseStart(i)
	j := cs
	for j < i && !v.u[j].isEnt() {
		if u := v.u[j]; !(u.tag == "DT" || strings.HasPrefix(u.tag, "JJ") || isRoleWord(u)) {
			return nil
		}
		j++
	}
	if j >= i {
		return nil
	}
	g, end := v.groupRight(j, groupOpts{roles: true, of: true})
	if len(g) == 0 || v.at(end) != "," || end >= i-1 || v.finiteBetween(end, i) {
		return nil
	}
	return v.heads(g)
}

// removeVerbs are the verbs of a coup that names whom it removed.
var removeVerbs = wordSet(`removed removes ousted ousts overthrew overthrows toppled topples deposed deposes
	unseated unseats`)

// coupReach reads whom a coup named as a subject removed: "A military coup removed
// then-prime-minister Thaksin Shinawatra in 2006".
func (m *evMention) coupReach(i int) {
	v := m.v
	j := i + 1
	for j < len(v.u) && (v.u[j].tag == "RB" || auxWords[v.at(j)]) {
		j++
	}
	if !removeVerbs[v.at(j)] {
		return
	}
	g, end := v.groupRight(v.skipDet(j+1), groupOpts{roles: true, of: true, lead: 2})
	m.addUnits(&m.others, v.heads(g))
	last := m
	// "..., and another his sister Yingluck Shinawatra in 2014": a second coup, its verb
	// gapped
	k := end
	for k < len(v.u) && k <= end+3 && v.at(k) != "," {
		k++ // "in 2006"
	}
	if v.at(k) == "," && v.at(k+1) == "and" && v.at(k+2) == "another" {
		a := k + 3
		if possessivePronouns[v.at(a)] {
			a++ // "his sister"
		}
		for a < len(v.u) && !v.u[a].isEnt() && (v.u[a].tag == "NN" || strings.HasPrefix(v.u[a].tag, "JJ")) && a <= k+6 {
			a++
		}
		if g2, _ := v.groupRight(a, groupOpts{roles: true, of: true}); len(g2) > 0 {
			n := newMention(v, g2[0], m.kind)
			n.addUnits(&n.others, v.heads(g2))
			n.reported, n.another = true, true
			m.gapped, last = n, n
		}
	}
	// "..., which placed incumbent Prayuth Chan-o-cha in office": who the coup put in power
	for k := end; k+2 < len(v.u) && k <= end+16; k++ {
		if v.at(k) == "which" && installVerbs[v.at(k+1)] {
			g3, _ := v.groupRight(v.skipDet(k+2), groupOpts{roles: true, of: true, lead: 2})
			last.addUnits(&last.agents, v.heads(g3))
			break
		}
	}
}

// installVerbs put somebody in power: "which placed X in office".
var installVerbs = wordSet(`placed installed brought put`)

// eventRelations reads the relations an event states: who issues an arrest warrant for,
// charges, indicts or impeaches somebody, or opens an impeachment inquiry into them,
// accuses them; who sues somebody opposes them; who backs an event ("a
// British-backed coup") supports those who carry it out. Relations the relation stage
// found already are not repeated.
func eventRelations(d *Draft, evs []*evEvent) []Relation {
	seen := map[string]bool{}
	for _, r := range d.Relations {
		seen[string(r.Subject)+"|"+string(r.Predicate)+"|"+string(r.Object)] = true
	}
	var out []Relation
	add := func(m *evMention, pred schema.RelationKind, s, o int, conf float64) {
		if s < 0 || o < 0 || s == o || !relTypesOK(pred, d.Entities[s].Type, d.Entities[o].Type) {
			return
		}
		key := d.Entities[s].ID + "|" + string(pred) + "|" + d.Entities[o].ID
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, Relation{Subject: Ref(d.Entities[s].ID), Predicate: pred, Object: Ref(d.Entities[o].ID),
			Evidence: d.Evidence(m.start, m.end, conf)})
	}
	for _, e := range evs {
		var agents, targets []int
		for _, m := range e.mentions {
			for _, a := range m.agents {
				if a != m.focus {
					agents = addUnique(agents, a)
				}
			}
			targets = addUnique(targets, m.others...)
			if m.focus >= 0 {
				targets = addUnique(targets, m.focus)
			}
		}
		agents = removeAll(agents, targets)
		pred := schema.RelationKind("")
		switch e.kind.Class() {
		case schema.EventArrestWarrant.Class(), schema.ClassCharge, schema.EventImpeachment.Class(), schema.EventImpeachmentInquiry.Class():
			pred = schema.Accuses // "launching an impeachment inquiry into the conduct of X"
		case schema.EventLawsuit.Class():
			pred = schema.Opposes // "X filed a lawsuit against Y"
		}
		if pred != "" {
			for _, m := range e.mentions {
				for _, a := range agents {
					for _, t := range targets {
						if contains(m.participants(), a) || contains(m.participants(), t) {
							add(m, pred, a, t, 0.7)
						}
					}
				}
			}
		}
		for _, m := range e.mentions {
			for _, b := range m.backers {
				for _, a := range agents {
					add(m, schema.Supports, b, a, 0.7)
				}
			}
		}
	}
	return out
}

// removeAll returns set without the elements of drop.
func removeAll(set, drop []int) []int {
	var out []int
	for _, x := range set {
		if !contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// bareOf returns the mentions of kind k the sentence dropped for naming nobody (nil for
// a sentence never viewed).
func (v *sentView) bareOf(k schema.EventKind) []*evMention {
	if v == nil {
		return nil
	}
	var out []*evMention
	for _, m := range v.bare {
		if m.kind == k {
			out = append(out, m)
		}
	}
	return out
}

// countryOfPlace returns the unit of the country an apposition after a place names:
// ", a city in the Ural region of Russia", ", near Tehran, the Iranian capital"; or -1.
func (v *sentView) countryOfPlace(j int) int {
	if v.at(j) != "," {
		return -1
	}
	end := min(len(v.u), j+10)
	for k := j + 1; k < end; k++ {
		u := v.u[k]
		if u.isEnt() && u.typ == schema.Country {
			return k
		}
		if u.isVerb() || clauseBreaks[u.low] || (u.low == "," && k > j+1) {
			return -1
		}
	}
	return -1
}
