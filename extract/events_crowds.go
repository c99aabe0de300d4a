package extract

import (
	"newsgraph/schema"
)

// This file holds the rules of who takes part in a crowd's event and who acts in a
// sentence: the country of protests that name no protester, the speakers at a rally,
// and the subject a sentence names (for who searches).

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

// joinSpeakers makes the people who spoke in the sentences right after a rally or a
// protest was told its participants: "The rally started around 18:00. During the first
// two hours, friends and relatives of political prisoners spoke. ... Maria Kalesnikava
// spoke", "There were several speakers at the rally, including A, B, and C". The window is the three sentences after the last mention of the rally, and
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
			if !hasWord(&views.d.Sentences[si], func(w string) bool { return w == "spoke" || w == "speakers" }) {
				continue
			}
			v := views.get(si)
			if sp := v.listedSpeakers(); len(sp) > 0 {
				until = max(until, si+3)
				e.parts = addUnique(e.parts, sp...)
			}
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
