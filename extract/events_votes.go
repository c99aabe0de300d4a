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
