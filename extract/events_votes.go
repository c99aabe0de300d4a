package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the rules of votes and elections: acts of a body (a legislature, a
// council, a party, a country) and who stands in an election.
//
//	vote       The House voted to hold Commerce Secretary Wilbur Ross and Attorney General
//	           William Barr in contempt; the members voted for Pelosi; the United Kingdom
//	           voted to leave the European Union; the Oversight Committee voted to refer
//	           them (the people the sentence before named together)
//	candidate  X, an opposition candidate for the presidential election; X is a leading
//	           candidate for the Democratic nomination for the 2020 presidential election;
//	           announced X as his choice for running mate in the 2020 election; X as their
//	           candidate for prime minister ... The election is scheduled for March 24
//
// Precedents listed for comparison ("only two presidents have been impeached: Andrew
// Johnson and Bill Clinton") are no news, nor are votes told as a habit, a condition or
// by an inversion ("Only once before has Congress voted").

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
