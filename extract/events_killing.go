package extract

import (
	"strings"

	"newsgraph/schema"
)

// killForces are the nouns of an armed force or an armed act that a country or an
// organization before them owns: "United States military forces killed X", "was killed in
// a US counter-terrorism operation", "was killed by US special forces".
var killForces = wordSet(`forces force military army troops soldiers operation raid airstrike
	airstrikes strike strikes drone bombing attack commandos navy police personnel`)

// killedBy makes a death "killed" at unit i with a named victim a killing when somebody
// named killed: the subject of an active verb, the agent of "by", or the country or
// organization that owns the force or the operation "in" which the victim was killed. The
// killer joins the agents; a death with no named killer stays a death.
func (m *evMention) killedBy(i int, passive bool) {
	v := m.v
	killers := 0
	for _, e := range m.agents {
		if e != m.focus {
			killers++
		}
	}
	if killers == 0 && !passive {
		// "United States military forces killed X": the country that owns the forces
		if s := v.clauseSubjectOwner(i); s >= 0 {
			m.addUnits(&m.agents, []int{s})
			killers++
		}
	}
	if killers == 0 && passive {
		// "was killed in a US counter-terrorism operation", "was killed by US special forces"
		j := i + 1
		for j < len(v.u) && j <= i+4 && (v.u[j].tag == "RB" || timeNouns[v.at(j)] || v.at(j) == "last" || v.at(j) == "this") {
			j++
		}
		if w := v.at(j); w == "in" || w == "by" {
			if x := v.forceOwner(j + 1); x >= 0 {
				m.addUnits(&m.agents, []int{x})
				killers++
			}
		}
	}
	if killers > 0 {
		m.kind = schema.EventKilling
	}
}

// forceOwner returns the unit of the country or organization named in the noun phrase
// from unit j that owns a force or an armed act ("a US counter-terrorism operation",
// "US special forces", "the Israeli army"), or -1.
func (v *sentView) forceOwner(j int) int {
	if v.i(j).tag == "DT" {
		j++
	}
	owner := -1
	for x := j; x < len(v.u) && x <= j+5; x++ {
		u := v.u[x]
		switch {
		case u.isEnt():
			if owner >= 0 || (u.typ != schema.Country && u.typ != schema.Organization) {
				return -1
			}
			owner = x
		case killForces[u.low]:
			return owner
		case strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "NN") || u.low == "-":
		default:
			return -1
		}
	}
	return -1
}

// clauseSubjectOwner returns the owner of the force that is the subject of the verb at
// unit i ("United States military forces killed"), or -1.
func (v *sentView) clauseSubjectOwner(i int) int {
	cs := v.clauseStart(i)
	for j := cs; j < i; j++ {
		if v.u[j].isEnt() {
			if x := v.forceOwner(j); x >= 0 {
				// the force must end just before the verb
				e := x + 1
				for e < i && !v.u[e].isEnt() && (strings.HasPrefix(v.u[e].tag, "JJ") || strings.HasPrefix(v.u[e].tag, "NN")) {
					e++
				}
				if e == i {
					return x
				}
			}
			return -1
		}
	}
	return -1
}

// housedForces returns the unit of the country or organization whose forces the place
// named from unit j houses: "an Iraqi air base housing U.S. military personnel" (from
// "air"); an attack on the base strikes them too.
func (v *sentView) housedForces(j int) []int {
	for k := j; k < len(v.u) && k <= j+3; k++ {
		if w := v.at(k); w == "housing" || w == "hosting" {
			if x := v.forceOwner(k + 1); x >= 0 {
				return []int{x}
			}
			return nil
		}
		if !strings.HasPrefix(v.u[k].tag, "NN") || v.u[k].isEnt() {
			return nil
		}
	}
	return nil
}
