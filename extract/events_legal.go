package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the rules of acts at law between parties: lawsuits, court rulings and
// pardons.
//
//	lawsuit  X sued Y; X filed a lawsuit against Y (or against the act Y did: "the state of
//	         emergency Trump declared"); X is joined in this legal action by attorneys
//	         general from Maine, New York, ...
//	ruling   a court or a judge ruled against, for, in favor of X; issued a ruling against X
//	pardon   X granted Y a full and unconditional pardon; X pardoned Y; Y was pardoned by X

// addParties adds the entities of the units idx to a role list whatever their type: the
// states that sue ("attorneys general from Maine, New York") are parties, not the place
// of the lawsuit.
func (m *evMention) addParties(list *[]int, idx []int) {
	for _, i := range idx {
		m.cover(i)
		*list = addUnique(*list, m.v.u[i].ent)
	}
}

// lawsuitVerbSlots fills a lawsuit told by a verb ("X sued Y", "Y was sued by X"); it
// reports whether somebody is named.
func (m *evMention) lawsuitVerbSlots(subj, obj, by []int, passive bool) bool {
	if m.v.modalBefore(m.trig) {
		return false // "he will sue the Times", "could sue": a threat, no lawsuit yet
	}
	if passive {
		m.addParties(&m.agents, by)
		m.addParties(&m.others, subj)
	} else {
		m.addParties(&m.agents, subj)
		m.addParties(&m.others, obj)
	}
	return len(m.agents)+len(m.others) > 0
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

// modalBefore reports whether a modal verb stands among the three units before unit i:
// "will sue", "could be sued".
func (v *sentView) modalBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.u[j].tag == "MD" {
			return true
		}
	}
	return false
}
