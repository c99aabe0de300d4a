package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the rules of votes and lawsuits: acts of a body (a legislature, a
// council, a party, a country) or of parties at law, whose participants are the body or
// the parties and the ones the act is about.
//
//	vote     The House voted to hold Commerce Secretary Wilbur Ross and Attorney General
//	         William Barr in contempt; the members voted for Pelosi; the United Kingdom
//	         voted to leave the European Union
//	lawsuit  X sued Y; X filed a lawsuit against Y; X is joined in this legal action by
//	         attorneys general from Maine, New York, ...
//
// pardons (X granted Y a full pardon, X pardoned Y), court rulings (the court ruled against X, Judge Y issued a ruling against X),
// emergency declarations (X declared a state of emergency, with the country or state X
// governs), and who stands in an election: the candidates an article names for it ("X, an
// opposition candidate for the presidential election", "X is a leading candidate for the
// Democratic nomination for the 2020 presidential election", "announced X as his choice
// for running mate in the 2020 election").

// voterSubject reports whether the subject of a vote is a body that votes: an
// organization or a country named by its name ("The United States House of
// Representatives voted"), not a person ("Golden voted for the first article") nor a
// pronoun.
func (v *sentView) voterSubject(subj []int) bool {
	for _, x := range subj {
		u := v.u[x]
		if u.kind != "pronoun" && u.kind != "demonym" && (u.typ == schema.Organization || u.typ == schema.Country) {
			return true
		}
	}
	return false
}

// voteObject returns the names a vote at unit i is about: the object of the verb it
// votes "to" do ("voted to hold two current Cabinet officers, Commerce Secretary Wilbur
// Ross and Attorney General William Barr, in contempt", "voted to leave the European
// Union"), or the names after "for" and "against" ("voted for Pelosi"). Pronouns are
// left out.
func (v *sentView) voteObject(i int) []int {
	j := i + 1
	for j < len(v.u) {
		u := v.u[j]
		if u.tag == "CD" || u.low == "-" || u.low == "–" || strings.HasPrefix(u.tag, "RB") || (u.low == "to" && v.i(j+1).tag == "CD") {
			j++ // "voted 230-198", "voted 66 to 27", "unanimously voted"
			continue
		}
		break
	}
	var g []int
	switch w := v.at(j); {
	case w == "for" || w == "against":
		k := v.skipDet(j + 1)
		if k < len(v.u) && (v.u[k].isEnt() || isRoleWord(v.u[k])) {
			g, _ = v.groupRight(k, groupOpts{roles: true, of: true})
		}
	case w == "to" && v.i(j+1).tag == "VB":
		k := v.skipDet(j + 2)
		if k < len(v.u) && (v.u[k].isEnt() || isRoleWord(v.u[k])) {
			g, _ = v.groupRight(k, groupOpts{roles: true, of: true})
			break
		}
		// "two current Cabinet officers, Commerce Secretary Wilbur Ross and ...": the
		// names in apposition to a plain noun phrase
		for steps := 0; k < len(v.u) && steps < 5; steps++ {
			u := v.u[k]
			if u.isEnt() || !(u.tag == "CD" || strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "NN")) {
				break
			}
			k++
		}
		if v.at(k) == "," && k > v.skipDet(j+2) {
			if n := v.i(k + 1); n.isEnt() || isRoleWord(n) {
				g, _ = v.groupRight(k+1, groupOpts{roles: true, of: true})
			}
		}
	}
	var out []int
	for _, x := range v.heads(g) {
		if v.u[x].kind != "pronoun" {
			out = append(out, x)
		}
	}
	return out
}

// themBefore returns the people "them" at unit j stands for: the two or more people
// named together as the subject of the sentence before ("Barr and Ross, however,
// refused to hand over the documents. ... voted to refer them"), as entity indices; or
// nil.
func (v *sentView) themBefore(j int) []int {
	if v.at(j) != "them" || v.si == 0 || v.vs == nil {
		return nil
	}
	p := v.vs.get(v.si - 1)
	for i, u := range p.u {
		if !u.isEnt() {
			if u.isVerb() {
				return nil
			}
			continue
		}
		g, _ := p.groupRight(i, groupOpts{roles: true, of: true})
		var out []int
		for _, x := range p.heads(g) {
			if p.u[x].typ == schema.Person && p.u[x].kind != "pronoun" {
				out = append(out, p.u[x].ent)
			}
		}
		if len(out) < 2 {
			return nil
		}
		return out
	}
	return nil
}

// addParties adds the entities of the units idx to a role list whatever their type: the
// states that sue ("attorneys general from Maine, New York") are parties, not the place
// of the lawsuit.
func (m *evMention) addParties(list *[]int, idx []int) {
	for _, i := range idx {
		m.cover(i)
		*list = addUnique(*list, m.v.u[i].ent)
	}
}

// lawsuitVerbSlots fills a lawsuit told by a verb at unit i ("X sued Y", "Y was sued by
// X"); it reports whether somebody is named.
func (m *evMention) lawsuitVerbSlots(subj, obj, by []int, passive bool) bool {
	if passive {
		m.addParties(&m.agents, by)
		m.addParties(&m.others, subj)
	} else {
		m.addParties(&m.agents, subj)
		m.addParties(&m.others, obj)
	}
	return len(m.agents)+len(m.others) > 0
}

// habitualWords tell that something happens again and again, not once: "Parliament has
// repeatedly voted against a no-deal Brexit".
var habitualWords = wordSet(`repeatedly consistently always often regularly routinely usually frequently
	traditionally`)

// habitualBefore reports whether a habitual adverb stands among the three units before
// the verb at unit i.
func (v *sentView) habitualBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if habitualWords[v.at(j)] {
			return true
		}
	}
	return false
}

// hypotheticalSubject reports whether the subject group subj opens a clause of condition:
// "he would leave the governorship if the Senate voted against confirming him".
func (v *sentView) hypotheticalSubject(subj []int) bool {
	if len(subj) == 0 {
		return false
	}
	j := subj[0]
	for _, x := range subj {
		j = min(j, x)
	}
	j--
	for j >= 0 && (v.u[j].tag == "DT" || isRoleWord(v.u[j])) {
		j--
	}
	switch v.at(j) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// precedentWords open an inversion that tells how often something ever happened, not
// that it happened: "Only once before has Congress voted", "Never has a president met".
var precedentWords = wordSet(`before never rarely seldom ever`)

// invertedSubject reports whether the subject group subj (unit indices) stands after an
// auxiliary that follows a precedent word: "Only once before has Congress voted to hold a
// Cabinet officer in contempt" speaks of precedents, not of one event.
func (v *sentView) invertedSubject(subj []int) bool {
	if len(subj) == 0 {
		return false
	}
	j := subj[0]
	for _, x := range subj {
		j = min(j, x)
	}
	j--
	for j >= 0 && (v.u[j].tag == "DT" || isRoleWord(v.u[j])) {
		j-- // "has Attorney General X"
	}
	return j >= 1 && auxWords[v.at(j)] && precedentWords[v.at(j-1)]
}

// prenominal reports whether the participle at unit i modifies the noun phrase after it
// rather than telling what its subject did: "encouraged newly elected Ukrainian president
// Volodymyr Zelensky", "the elected mayor". Adverbs before it are passed; what stands
// before them must be no subject (a name, a pronoun, a noun) and no auxiliary, and a
// modifier or a name must follow.
func (v *sentView) prenominal(i int) bool {
	if v.u[i].tag != "VBN" && v.u[i].tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && strings.HasPrefix(v.u[j].tag, "RB") && !auxWords[v.at(j)] {
		j--
	}
	if j == i-1 && !(j >= 0 && v.u[j].tag == "DT") {
		return false // "Ukrainians elected Zelensky": only a determiner or an adverb makes a modifier
	}
	if j >= 0 {
		p := v.u[j]
		if p.isEnt() || auxWords[p.low] || p.tag == "PRP" || strings.HasPrefix(p.tag, "NN") {
			return false // "voters overwhelmingly elected Zelensky", "was newly elected"
		}
	}
	n := v.i(i + 1)
	return strings.HasPrefix(n.tag, "JJ") || strings.HasPrefix(n.tag, "NN") || isRoleWord(n) || n.isEnt()
}

// candidacyNouns name a candidacy an election noun phrase may complete: "candidate for
// the election", "running mate in the election", "nomination for the election".
var candidacyNouns = wordSet(`candidate candidates nominee nominees nomination candidacy mate contender
	contenders challenger frontrunner front-runner choice pick`)

// candidates returns the candidates of the election whose noun phrase starts at unit
// npStart: the noun phrase before it, joined by "for" or "in", names a candidacy, and
// the candidate is the person in apposition to it ("X, an opposition candidate for"),
// the subject of a copula before it ("X is a leading candidate for"), or the person
// named "as" it, with the subject of the clause who chose them ("Biden announced Harris
// as his choice for running mate in"). It returns nil for a candidacy of nobody named
// ("a candidate for the 2020 election").
func (v *sentView) candidates(npStart int) []int {
	j := npStart - 1
	if w := v.at(j); w != "for" && w != "in" {
		return nil
	}
	// walk back over the candidacy phrases: "candidate for the Democratic nomination for",
	// "choice for running mate in"
	c := -1
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		u := v.u[k]
		if candidacyNouns[u.low] {
			c = k
			continue
		}
		if u.isEnt() && u.kind != "demonym" && c < 0 {
			return nil // "a candidate of the Democratic Party for": not this phrase
		}
		if u.low == "for" || u.low == "in" || u.tag == "DT" || u.tag == "PRP$" || u.tag == "POS" || strings.HasPrefix(u.tag, "JJ") ||
			strings.HasPrefix(u.tag, "NN") || strings.HasPrefix(u.tag, "RB") || u.tag == "CD" || u.tag == "VBG" || u.kind == "demonym" || u.isEnt() {
			continue
		}
		break
	}
	if c < 0 {
		return nil
	}
	// the start of the candidacy noun phrase
	b := c - 1
	for b >= 0 && (!v.u[b].isEnt() || possessivePronouns[v.at(b)]) && (possessivePronouns[v.at(b)] || v.u[b].tag == "DT" || v.u[b].tag == "PRP$" || strings.HasPrefix(v.u[b].tag, "JJ") ||
		strings.HasPrefix(v.u[b].tag, "NN") || strings.HasPrefix(v.u[b].tag, "RB") || v.u[b].tag == "VBG") {
		b--
	}
	var out []int
	person := func(x int) bool {
		return x >= 0 && x < len(v.u) && v.u[x].isEnt() && v.u[x].typ == schema.Person && v.u[x].kind != "demonym"
	}
	switch w := v.at(b); {
	case w == ",":
		if person(b - 1) {
			out = append(out, b-1) // "Sviatlana Tsikhanouskaya, an opposition candidate for"
		}
	case copulas[w] && w != "has" && w != "have" && w != "had":
		subj, neg := v.subjectOf(b)
		if neg {
			return nil
		}
		for _, x := range v.heads(subj) {
			if person(x) {
				out = append(out, x) // "Joe Biden is a leading candidate for"
			}
		}
	case w == "as":
		if person(b - 1) {
			out = append(out, b-1) // "announced Kamala Harris as his choice for running mate"
			if person(b+1) && v.u[b+1].kind == "pronoun" {
				return append(out, b+1) // "his choice": who chose
			}
			verb := b - 2
			for verb >= 0 && !v.u[verb].isVerb() {
				verb--
			}
			if verb >= 0 {
				if subj, neg := v.subjectOf(verb); !neg {
					for _, x := range v.heads(subj) {
						if person(x) {
							out = append(out, x)
						}
					}
				}
			}
		}
	}
	return out
}

// emergencyAfter reports whether "(a) (national) state of emergency" or "(a) (national)
// emergency" follows the verb at unit i.
func (v *sentView) emergencyAfter(i int) bool {
	for j := i + 1; j < len(v.u) && j <= i+5; j++ {
		u := v.u[j]
		if u.low == "emergency" {
			return !strings.HasPrefix(v.i(j+1).tag, "NN") || v.at(j+1) == "declaration" // not "emergency powers"
		}
		if !(u.tag == "DT" || strings.HasPrefix(u.tag, "JJ") || u.low == "state" || u.low == "of" || u.low == "health") {
			return false
		}
	}
	return false
}

// jurisdictionTitles are the titles whose holder declares an emergency for the country or
// state of the title.
var jurisdictionTitles = wordSet(`president prime premier chancellor governor mayor king queen emperor`)

// emergencyVerbSlots fills an emergency declaration told by a verb at unit i: "President
// Trump declared a state of emergency", "Louisiana declares state of emergency". The one
// who declares takes part, and with them the country or state their title governs
// ("United States President Donald Trump": the United States). A declaration only
// possible ("he can and may declare") or wanted ("to declare") is none.
func (m *evMention) emergencyVerbSlots(i int, subj []int, passive bool) bool {
	v := m.v
	if passive || !v.emergencyAfter(i) {
		return false
	}
	if v.u[i].tag == "VB" && !auxWords[v.at(i-1)] {
		return false // "requested U.S. President Donald Trump declare a state of emergency": asked for, not done
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.u[j].tag == "MD" || v.at(j) == "to" || v.at(j) == "if" {
			return false
		}
	}
	m.addParties(&m.agents, subj)
	for _, x := range subj {
		if u := v.u[x]; u.typ == schema.Person {
			if j := v.d.jurisdiction(u.ent); j >= 0 {
				m.agents = addUnique(m.agents, j)
			}
			j := x - 1
			for j >= 0 && isRoleWord(v.u[j]) && jurisdictionTitles[v.at(j)] {
				j-- // "Wisconsin Governor Tony Evers"
			}
			if j >= 0 && j < x-1 && v.u[j].isEnt() && (v.u[j].typ == schema.Country || v.u[j].typ == schema.Place) && v.u[j].kind != "pronoun" {
				m.agents = addUnique(m.agents, v.u[j].ent)
			}
		}
	}
	return len(m.agents) > 0
}

// jurisdiction returns the country or place whose head person e is by a role the article
// gives ("United States President Donald Trump", "Florida Governor Ron DeSantis"), or -1.
func (d *Draft) jurisdiction(e int) int {
	id := d.Entities[e].ID
	for _, r := range d.Roles {
		if string(r.Person) != id || r.Of == "" || r.Former {
			continue
		}
		head := false
		for _, w := range strings.Fields(strings.ToLower(r.Title)) {
			head = head || jurisdictionTitles[w]
		}
		if !head {
			continue
		}
		if o := entityIndex(d, r.Of); o >= 0 && (d.Entities[o].Type == schema.Country || d.Entities[o].Type == schema.Place) {
			return o
		}
	}
	return -1
}

// court reports whether unit x names a court ("the United States Supreme Court", "the
// European Court of Justice") or a judge ("District Judge Gray Miller").
func (v *sentView) court(x int) bool {
	u := v.u[x]
	if !u.isEnt() || u.kind == "pronoun" {
		return false
	}
	switch u.typ {
	case schema.Organization:
		n := strings.ToLower(v.d.Entities[u.ent].Name)
		return strings.Contains(n, "court") || strings.Contains(n, "tribunal")
	case schema.Person:
		for j := x - 1; j >= 0 && j >= x-3 && isRoleWord(v.u[j]); j-- {
			if judgeWords[v.at(j)] {
				return true
			}
		}
	}
	return false
}

// rulingVerbSlots fills a ruling told by a verb at unit i: a court or a judge "ruled
// against X", "ruled in favor of X", "ruled for X". Not "ruled out", nor a ruler who
// "ruled Zimbabwe".
func (m *evMention) rulingVerbSlots(i int, subj []int, passive bool) bool {
	v := m.v
	if passive || v.at(i+1) == "out" {
		return false
	}
	var courts []int
	for _, x := range subj {
		if v.court(x) {
			courts = append(courts, x)
		}
	}
	if len(courts) == 0 {
		return false
	}
	m.addUnits(&m.agents, courts)
	j := i + 1
	if v.at(j) == "in" && (v.at(j+1) == "favor" || v.at(j+1) == "favour") && v.at(j+2) == "of" {
		j += 2
	} else if v.at(j) != "against" && v.at(j) != "for" {
		return true
	}
	g, _ := v.groupRight(v.skipDet(j+1), groupOpts{roles: true, of: true})
	for _, x := range v.heads(g) {
		if v.u[x].kind != "pronoun" {
			m.addUnits(&m.others, []int{x})
		}
	}
	return true
}

// grantVerbs give their indirect object what their object names: "granted X a pardon".
var grantVerbs = wordSet(`grant grants granted granting give gives gave given issue issued`)

// grantedPardon reads "X granted Y a full and unconditional pardon" around the noun at
// unit i: Y, named between the verb and the noun phrase, is pardoned; the subject of the
// verb pardons.
func grantedPardon(v *sentView, i int) *evMention {
	j := i - 1
	for j >= 0 && j >= i-6 && (strings.HasPrefix(v.u[j].tag, "JJ") || v.at(j) == "and" || v.at(j) == ",") {
		j-- // "full and unconditional"
	}
	if v.at(j) != "a" && v.at(j) != "an" {
		return nil
	}
	g, start := v.groupLeft(j, groupOpts{roles: true, of: true})
	if len(g) == 0 {
		return nil
	}
	for start > 0 && isRoleWord(v.u[start-1]) {
		start--
	}
	verb := start - 1
	if verb < 0 || !grantVerbs[v.at(verb)] {
		return nil
	}
	h := v.heads(g)
	if v.person(h) < 0 {
		return nil
	}
	subj, neg := v.subjectOf(verb)
	if neg {
		return nil
	}
	m := newMention(v, i, schema.EventPardon)
	m.reported = true
	m.setFocus(h)
	m.addUnits(&m.agents, v.heads(subj))
	m.cover(verb)
	return m
}

// protestCountry returns the country whose people protest, for protests that name no
// protester: the place itself when it is a country ("protests in Iraq"), else a country
// named "in", "across", "through" or "throughout" (or "part of" it) in the clause after
// the trigger at unit i ("protests continue in Baghdad and through the southern part of
// Iraq"); or -1.
func (v *sentView) protestCountry(i, place int) int {
	if place >= 0 && v.d.Entities[place].Type == schema.Country {
		return place
	}
	end := min(v.clauseEnd(i), i+15)
	for j := i + 1; j < end; j++ {
		switch v.at(j) {
		case "in", "across", "through", "throughout", "of":
		default:
			continue
		}
		if v.at(j) == "of" && v.at(j-1) != "part" && v.at(j-1) != "parts" {
			continue
		}
		if t := v.skipDet(j + 1); t < len(v.u) && v.u[t].isEnt() && v.u[t].typ == schema.Country && v.u[t].kind != "demonym" && v.u[t].kind != "pronoun" {
			return v.u[t].ent
		}
	}
	return -1
}

// precedentLists finds the lists of precedents an article gives for comparison: "only two
// presidents have been impeached: Andrew Johnson and Bill Clinton". It returns, per kind,
// the entities listed; their events of that kind are history told for comparison, not
// news. Only sentences with the word "only" are viewed.
func precedentLists(views *viewSet, d *Draft) map[schema.EventKind][]int {
	var out map[schema.EventKind][]int
	for si := range d.Sentences {
		if !hasWord(&d.Sentences[si], func(w string) bool { return w == "only" }) {
			continue
		}
		v := views.get(si)
		for i := range v.u {
			if v.at(i) != "only" {
				continue
			}
			j := i + 1
			if j >= len(v.u) || !(v.u[j].tag == "CD" || numberWords[v.at(j)] > 0) {
				continue
			}
			j++
			for j < len(v.u) && (strings.HasPrefix(v.u[j].tag, "JJ") || v.u[j].tag == "NNS" || v.u[j].tag == "NN") {
				j++ // "two US presidents"
			}
			if a := v.at(j); a != "have" && a != "has" && a != "had" {
				continue
			}
			if v.at(j+1) != "been" || eventVerbs[v.at(j+2)] == "" {
				continue
			}
			k := eventVerbs[v.at(j+2)]
			if v.at(j+3) != ":" {
				continue
			}
			g, _ := v.groupRight(j+4, groupOpts{roles: true, of: true})
			if out == nil {
				out = map[schema.EventKind][]int{}
			}
			for _, x := range v.heads(g) {
				out[k] = addUnique(out[k], v.u[x].ent)
			}
		}
	}
	return out
}

// dropPrecedents removes the events of a kind whose participants are all listed as
// precedents of that kind ("Johnson was impeached over ..." after "only two presidents
// have been impeached: Andrew Johnson and Bill Clinton").
func dropPrecedents(evs []*evEvent, lists map[schema.EventKind][]int) []*evEvent {
	if len(lists) == 0 {
		return evs
	}
	var out []*evEvent
	for _, e := range evs {
		if l := lists[e.kind]; len(l) > 0 && len(e.parts) > 0 && subset(e.parts, l) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// candidateOf returns the person a candidacy noun at unit c is of, and the party whose
// candidate they are, or -1: "the Thai Raksa Chart Party withdrew from using Princess
// Ubolratana Mahidol as their candidate for prime minister" (the princess, and the party
// that is the subject of the clause), "she announced her candidacy" (her).
func (v *sentView) candidateOf(c int) (person, party int) {
	person, party = -1, -1
	b := c - 1
	for b >= 0 && (strings.HasPrefix(v.u[b].tag, "JJ") || v.u[b].tag == "DT") {
		b--
	}
	isPerson := func(x int) bool {
		return x >= 0 && x < len(v.u) && v.u[x].isEnt() && v.u[x].typ == schema.Person && v.u[x].kind != "demonym"
	}
	switch {
	case isPerson(b) && possessivePronouns[v.at(b)] && v.at(c) == "candidacy":
		person = v.u[b].ent // "announced her candidacy"
	case v.at(b) == "as" || (possessivePronouns[v.at(b)] && v.at(b-1) == "as"):
		a := b
		if v.at(a) != "as" {
			a--
		}
		if isPerson(a - 1) {
			person = v.u[a-1].ent // "using Princess Ubolratana Mahidol as their candidate"
			for _, x := range v.clauseSubject(a - 1) {
				if v.u[x].typ == schema.Organization && party < 0 {
					party = v.u[x].ent // "Thailand's Thai Raksa Chart Party withdrew from using"
				}
			}
		}
	}
	return person, party
}

// electionCandidates gives the candidates the article names ("X as their candidate for
// prime minister", "she announced her candidacy"), with their parties, to the election
// it tells of: the one election event, or, when there is none, the election a definite
// mention names ("The election is scheduled for March 24").
func electionCandidates(views *viewSet, d *Draft, per [][]*evMention, evs []*evEvent) []*evEvent {
	var cands []int
	for si := range d.Sentences {
		if !hasWord(&d.Sentences[si], func(w string) bool { return w == "candidate" || w == "candidacy" }) {
			continue
		}
		v := views.get(si)
		for i := range v.u {
			if w := v.at(i); (w != "candidate" && w != "candidacy") || v.u[i].isEnt() {
				continue
			}
			p, party := v.candidateOf(i)
			if p >= 0 {
				cands = addUnique(cands, p, party)
			}
		}
	}
	if len(cands) == 0 {
		return evs
	}
	var election *evEvent
	for _, e := range evs {
		if e.kind.Class() == schema.ClassElection {
			if election != nil {
				return evs // two elections: whose candidates is not said
			}
			election = e
		}
	}
	if election == nil {
		for _, ms := range per {
			for _, m := range ms {
				if m.kind.Class() == schema.ClassElection && m.definite && m.date != nil && m.event == nil && election == nil {
					election = &evEvent{kind: m.kind, place: -1}
					election.add(m)
					evs = append(evs, election)
				}
			}
		}
	}
	if election != nil {
		election.parts = addUnique(election.parts, cands...)
	}
	return evs
}

// actorOfAct returns who did the act named by the noun phrase from unit j, in a relative
// clause without "that": "the state of emergency United States President Donald Trump
// declared" (Trump). It returns the heads of the named group followed by a past verb, or
// nil.
func (v *sentView) actorOfAct(j int) []int {
	k := v.skipDet(j)
	start := k
	for k < len(v.u) && k <= start+5 && !v.u[k].isEnt() && (strings.HasPrefix(v.u[k].tag, "NN") || strings.HasPrefix(v.u[k].tag, "JJ") || v.at(k) == "of") {
		k++
	}
	if k == start || k >= len(v.u) || !v.u[k].isEnt() {
		return nil
	}
	g, end := v.groupRight(k, groupOpts{roles: true, of: true})
	if v.i(end).tag != "VBD" {
		return nil
	}
	return v.heads(g)
}

// joinSpeakers makes the people who spoke in the sentences right after a rally or a
// protest was told its participants: "The rally started around 18:00. During the first
// two hours, friends and relatives of political prisoners spoke. ... Maria Kalesnikava
// spoke". The window is the three sentences after the last mention of the rally, and
// after each sentence where somebody spoke. Who spoke "to" or "with" somebody is left
// out.
func joinSpeakers(views *viewSet, evs []*evEvent) {
	for _, e := range evs {
		if e.kind.Class() != schema.ClassProtest {
			continue
		}
		until := -1 // the last sentence of the window
		next := 0   // the next mention to open a window
		for si := e.mentions[0].v.si; si < len(views.views); si++ {
			for next < len(e.mentions) && e.mentions[next].v.si <= si {
				until = max(until, e.mentions[next].v.si+3)
				next++
			}
			if si > until {
				if next >= len(e.mentions) {
					break
				}
				continue
			}
			if !hasWord(&views.d.Sentences[si], func(w string) bool { return w == "spoke" }) {
				continue
			}
			v := views.get(si)
			for i, u := range v.u {
				if u.low != "spoke" || v.at(i+1) == "to" || v.at(i+1) == "with" || v.phoneAfter(i) > 0 {
					continue
				}
				until = max(until, si+3) // the speeches go on
				subj, neg := v.subjectOf(i)
				if neg {
					continue
				}
				for _, x := range v.heads(subj) {
					if v.u[x].typ == schema.Person {
						e.parts = addUnique(e.parts, v.u[x].ent)
					}
				}
			}
		}
	}
}

// governmentAfter reports whether "government" stands within a few words from unit j: "a
// shutdown of much of the Federal government".
func (v *sentView) governmentAfter(j int) bool {
	for k := j; k < len(v.u) && k <= j+5; k++ {
		if v.at(k) == "government" {
			return true
		}
	}
	return false
}

// shutdownVerbSlots fills a shutdown told by "shut down" at unit i: a government is shut
// down ("The US government is currently partially shut down"), its country takes part,
// and so do who could not agree "because" of whom it happened ("because the president and
// Congress could not agree on a national budget").
func (m *evMention) shutdownVerbSlots(i int, subj []int) bool {
	v := m.v
	if len(subj) == 0 {
		return false
	}
	gov := false
	for j := subj[0]; j < i; j++ {
		gov = gov || v.at(j) == "government"
	}
	if !gov {
		return false // "Bradley Airport was shut down", "protests shut down parts of the city"
	}
	m.addUnits(&m.agents, subj)
	for j := i + 2; j < len(v.u) && j <= i+6; j++ {
		if v.at(j) != "because" {
			continue
		}
		g, _ := v.groupRight(v.skipDet(j+1), groupOpts{roles: true, of: true})
		m.addUnits(&m.agents, v.heads(g))
		break
	}
	return true
}

// mainSubject returns the entities named (not by a pronoun) as the subject of the first
// verb of the sentence: "The United States Coast Guard (USCG) called off its search".
func (v *sentView) mainSubject() []int {
	for i, u := range v.u {
		if !u.isVerb() || auxWords[u.low] {
			continue
		}
		subj, _ := v.subjectOf(i)
		var out []int
		for _, x := range subj {
			if v.u[x].kind != "pronoun" {
				out = append(out, v.u[x].ent)
			}
		}
		return out
	}
	return nil
}
