package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file reads who stood in an election from the sentences that tell its result: the
// candidates and parties that won or received votes or seats ("Kevin McCarthy received
// 192", "The Liberal Party lost a net of 20 seats", "He won with 92,153 votes", "voted for
// Pelosi to serve as Speaker with 220 votes") and those
// a candidate ran against ("Johnson competed for the role against Jeremy Hunt").

// resultVerbs are the verbs whose subject, with a count of votes or seats after, stood.
var resultVerbs = wordSet(`won received secured gained lost took obtained garnered`)

// resultNouns are what an election counts.
var resultNouns = wordSet(`votes seats delegates percent`)

// contestVerbs are the verbs of standing against somebody: "competed for the role against".
var contestVerbs = wordSet(`competed ran stood contested campaigned`)

// electionResults adds to each election the people and parties that its result sentences
// say stood in it: the election told in the sentence or in the three before it, or the
// article's one election.
func electionResults(views *viewSet, d *Draft, evs []*evEvent) {
	var elections []*evEvent
	for _, e := range evs {
		if e.kind.Class() == schema.ClassElection {
			elections = append(elections, e)
		}
	}
	if len(elections) == 0 {
		return
	}
	for si := range d.Sentences {
		if d.Sentences[si].Headline || !hasWord(&d.Sentences[si], func(w string) bool { return resultVerbs[w] || contestVerbs[w] || w == "with" }) {
			continue
		}
		v := views.get(si)
		var stood []int
		for i := range v.u {
			switch w := v.at(i); {
			case resultVerbs[w] && v.u[i].isVerb() && v.countsVotes(i+1):
				subj, neg := v.subjectOf(i)
				if neg {
					continue
				}
				stood = append(stood, v.contenders(v.heads(subj))...)
			case w == "with" && v.countsVotes(i+1):
				// "voted for Pelosi to serve as Speaker with 220 votes": who got them
				for x := i - 1; x >= 0 && x >= i-8 && !clauseBreaks[v.at(x)] && v.at(x) != ","; x-- {
					if v.u[x].isEnt() {
						stood = append(stood, v.contenders([]int{x})...)
						break
					}
				}
			case contestVerbs[w] && v.u[i].isVerb():
				a := v.opponentAfter(i)
				if a < 0 {
					continue
				}
				subj, neg := v.subjectOf(i)
				if neg {
					continue
				}
				if s := v.contenders(v.heads(subj)); len(s) > 0 {
					stood = append(stood, s...)
					stood = append(stood, v.contenders([]int{a})...)
				}
			}
		}
		if len(stood) == 0 {
			continue
		}
		if e := electionNear(elections, si); e != nil && v.yearsAgree(e) {
			e.parts = addUnique(e.parts, stood...)
		}
	}
}

// electionNear returns the election told in sentence si or in the three before it (the
// latest), else the article's one election, or nil.
func electionNear(elections []*evEvent, si int) *evEvent {
	var best *evEvent
	bestSi := -1
	for _, e := range elections {
		for _, m := range e.mentions {
			if s := m.v.si; !m.headline && s <= si && s >= si-3 && s > bestSi {
				best, bestSi = e, s
			}
		}
	}
	if best == nil && len(elections) == 1 {
		best = elections[0]
	}
	return best
}

// yearsAgree reports whether every year the sentence names ("In 2016, ... received
// 203,091 votes") falls in the election's dates, or, for an election with none, is the
// year of the article: a result of another year is another election's.
func (v *sentView) yearsAgree(e *evEvent) bool {
	var from, to int
	for _, m := range e.mentions {
		if m.date != nil && m.date.Resolved() {
			from, to = m.date.From.Year(), m.date.To.Year()
			break
		}
	}
	if from == 0 {
		pub, ok := ParseDate(v.d.Published)
		if !ok {
			return true
		}
		from, to = pub.Year(), pub.Year()
	}
	for _, u := range v.u {
		if u.tag == "CD" && len(u.text) == 4 && isDigits(u.text) && (u.text[:2] == "19" || u.text[:2] == "20") {
			if y := int(u.text[0]-'0')*1000 + int(u.text[1]-'0')*100 + int(u.text[2]-'0')*10 + int(u.text[3]-'0'); y < from || y > to {
				return false
			}
		}
	}
	return true
}

// countsVotes reports whether a count of votes or seats follows from unit j: "192.",
// "a net of 20 seats", "with 92,153 votes", "52 percent of the vote".
func (v *sentView) countsVotes(j int) bool {
	for k := j; k < len(v.u) && k <= j+4; k++ {
		u := v.u[k]
		if u.tag == "CD" {
			n := v.i(k + 1)
			if n.low == "%" || resultNouns[n.low] || (n.low == "per" && v.at(k+2) == "cent") {
				return true
			}
			if n.low == "of" {
				// "secured 39 of South Carolina's 54 delegates", "25 of Nevada's delegates"
				for x := k + 2; x < len(v.u) && x <= k+6; x++ {
					if resultNouns[v.at(x)] {
						return true
					}
					if w := v.u[x]; !(w.isEnt() || w.tag == "POS" || w.tag == "DT" || w.tag == "CD" || strings.HasPrefix(w.tag, "JJ")) {
						break
					}
				}
			}
			// "received 192." right after the verb, the number ending the clause
			return k == j && (n.low == "." || n.low == ";" || k+1 >= len(v.u))
		}
		if u.isEnt() || !(u.tag == "DT" || u.low == "with" || u.low == "of" || u.low == "net" || u.low == "than" ||
			strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "RB")) {
			return false
		}
	}
	return false
}

// opponentAfter returns the unit of the person named after "against" a few words after
// the verb at unit i ("competed for the role against Jeremy Hunt"), or -1.
func (v *sentView) opponentAfter(i int) int {
	for k := i + 1; k < len(v.u) && k <= i+6; k++ {
		if v.u[k].isEnt() || clauseBreaks[v.at(k)] {
			return -1
		}
		if v.at(k) == "against" {
			if x := k + 1; x < len(v.u) && v.u[x].isEnt() && v.u[x].typ == schema.Person && v.u[x].kind != "demonym" {
				return x
			}
			return -1
		}
	}
	return -1
}

// contenders keeps the units of people and parties that can stand in an election.
func (v *sentView) contenders(idx []int) []int {
	var out []int
	for _, x := range idx {
		u := v.u[x]
		if u.kind == "demonym" || u.kind == "title" && u.typ != schema.Person {
			continue
		}
		if u.typ == schema.Person || (u.typ == schema.Organization && partyNamed(v.d.Entities[u.ent].Name)) {
			out = append(out, u.ent)
		}
	}
	return out
}

// partyName reports whether an organization's name is a political party's.
func partyNamed(name string) bool {
	w := strings.ToLower(lastWord(name))
	return w == "party" || w == "democrats" || w == "republicans" || w == "labour" || w == "conservatives" || w == "liberals"
}
