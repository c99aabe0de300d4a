package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file reads who held a rally or a protest: the organizers named after it ("a rally
// organized by Women for America First", "a march hosted by X") and the speakers listed at
// it ("There were several speakers at the rally, including A, B, and C").

// organizerVerbs are the participles that name who held a rally: "organized by X".
var organizerVerbs = wordSet(`organized organised hosted sponsored`)

// organizedBy adds to a rally or protest noun at unit i the people and organizations
// named after "organized by" right after the noun.
func (m *evMention) organizedBy(i int) {
	v := m.v
	j := i + 1
	if v.at(j) == "," {
		j++
	}
	if !organizerVerbs[v.at(j)] || v.at(j+1) != "by" {
		return
	}
	g, _ := v.groupRight(j+2, groupOpts{roles: true, lead: 1})
	for _, x := range v.heads(g) {
		if t := v.u[x].typ; (t == schema.Person || t == schema.Organization) && v.u[x].kind != "demonym" {
			m.addUnits(&m.agents, []int{x})
		}
	}
}

// listedSpeakers returns the people listed as the speakers of a sentence: "There were
// several speakers at the rally, including A, B, and C", "Speakers included A and B".
func (v *sentView) listedSpeakers() []int {
	for i, u := range v.u {
		if u.low != "speakers" {
			continue
		}
		for k := i + 1; k < len(v.u) && k <= i+6; k++ {
			w := v.at(k)
			if v.u[k].isEnt() || clauseBreaks[w] {
				break
			}
			if w == "including" || w == "included" || w == "include" {
				return v.listedPeople(k + 1)
			}
		}
	}
	return nil
}

// listedPeople returns the people of the list from unit j, past their titles and
// parenthesized glosses: "First Minister of Scotland Nicola Sturgeon, Labour MP (Member of
// Parliament) Tom Watson, and Sadiq Khan".
func (v *sentView) listedPeople(j int) []int {
	var out []int
	for x := j; x < len(v.u); x++ {
		u := v.u[x]
		switch {
		case u.low == "(":
			for x < len(v.u) && v.u[x].low != ")" {
				x++
			}
		case u.isEnt():
			if u.typ == schema.Person && u.kind != "demonym" && u.kind != "pronoun" && !v.modifiesPerson(x) {
				out = addUnique(out, u.ent)
			}
		case u.low == "," || u.low == "and" || u.low == "of" || u.tag == "DT" || u.tag == "NNP" || u.tag == "NNPS" ||
			strings.HasPrefix(u.tag, "JJ") || isRoleWord(u) || roleWords[u.low]:
		default:
			return out
		}
	}
	return out
}
