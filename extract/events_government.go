package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the rules of acts of government over a country or a state: emergency
// declarations (X declared a state of emergency, with the country or state X governs)
// and government shutdowns (the US government is partially shut down because the
// president and Congress could not agree).

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
