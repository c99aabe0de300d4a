package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file reads stances toward a hostile act whose author the article names
// (relations.go reads the stance verbs, relations_cues.go the acts of policy):
//
//	author   "Abdul-Mahdi spoke out against the attack" after "United States military
//	         forces killed Qasem Soleimani ... in an airstrike": the attack's author is
//	         the subject of the hostile verb told in the two sentences before, or in the
//	         article's first sentence; "condemned the Israeli strike": the name before it
//	approval "X welcomed / praised / hailed / applauded the strike / Y's decision": X
//	         supports the act's author; these verbs relate nobody when their object is a
//	         name ("praised Mendez on Twitter" is a tribute, not an alliance)

var (
	// hostileVerbs tell of a hostile act whose author is their subject.
	hostileVerbs = wordSet(`attacked struck bombed killed assassinated invaded shelled raided`)
	// launchVerbs tell of a hostile act when their object is a hostile noun: "carried out
	// the airstrike", "launched an attack".
	launchVerbs = wordSet(`launched carried conducted staged mounted ordered`)
	// killingNouns name a hostile act by its victim's fate: "welcomed the killing"; its
	// possessor is the victim, but "the killing" has an author the article may tell.
	killingNouns = wordSet(`killing killings assassination`)
	// approvalVerbs support the author of the act they take as object.
	approvalVerbs = wordSet(`welcome welcomes welcomed welcoming praise praises praised praising hail hails
		hailed hailing applaud applauds applauded applauding commend commends commended commending`)
)

// hostileAt returns the unit of the hostile noun of the phrase at unit n ("the attack",
// "the air strike", "the military strike"), or -1.
func hostileAt(v *sentView, n int) int {
	for k := n; k < len(v.u) && k <= n+2; k++ {
		if v.u[k].isEnt() {
			return -1
		}
		if hostileNouns[v.at(k)] || killingNouns[v.at(k)] {
			return k
		}
		if !isAdjOrNoun(v.u[k].tag) {
			return -1
		}
	}
	return -1
}

func isAdjOrNoun(tag string) bool {
	return tag == "JJ" || tag == "NN"
}

// hostileAuthor returns who made the hostile act "the attack" at unit n stands for: the
// subject of the nearest hostile verb told before it in its sentence or the two before,
// else of the article's first sentence when that tells of one. It returns -1 when that
// subject is not one name (or the verb is passive: its subject is the victim).
func (f *relFinder) hostileAuthor(v *sentView, n int) (int, float64) {
	for back := 0; back <= 2 && v.si-back >= 0; back++ {
		pv := f.views.get(v.si - back)
		limit := len(pv.u)
		if back == 0 {
			limit = n
		}
		for k := limit - 1; k >= 0; k-- {
			if e, ok := f.hostileSubject(pv, k); ok {
				return e, 0.7
			}
		}
	}
	for si := 0; si < v.si-2; si++ {
		if f.d.Sentences[si].Headline {
			continue
		}
		pv := f.views.get(si)
		for k := range pv.u {
			if pv.u[k].isVerb() && !auxWords[pv.u[k].low] {
				if e, ok := f.hostileSubject(pv, k); ok {
					return e, 0.65
				}
				return -1, 0 // the lead's first verb tells of no hostile act
			}
		}
		// a date line: the lead is the next sentence
	}
	return -1, 0
}

// hostileSubject reports whether unit k of v is a hostile verb, and returns its subject
// when that is one name (-1 otherwise).
func (f *relFinder) hostileSubject(v *sentView, k int) (int, bool) {
	u := v.u[k]
	if u.isEnt() || u.tag != "VBD" && u.tag != "VBN" {
		return -1, false
	}
	switch {
	case hostileVerbs[u.low]:
	case launchVerbs[u.low]:
		o := k + 1
		if v.at(o) == "out" {
			o++
		}
		if hostileAt(v, v.skipDet(o)) < 0 {
			return -1, false
		}
	default:
		return -1, false
	}
	if v.passiveAt(k) {
		if v.at(k+1) == "by" {
			g, _ := v.groupRight(k+2, groupOpts{roles: true, of: true, lead: 2})
			if h := v.heads(g); len(h) == 1 {
				return v.u[h[0]].ent, true
			}
		}
		return -1, true
	}
	subj, neg := v.subjectOf(k)
	h := v.heads(subj)
	if len(h) == 0 && !neg {
		h = forcesOf(v, k)
	}
	if neg || len(h) != 1 || v.u[h[0]].kind == "pronoun" {
		return -1, true
	}
	return v.u[h[0]].ent, true
}

// forcesOf returns the name qualifying the group right before the verb at unit k:
// "United States military forces killed" (the subject stage reads one word between).
func forcesOf(v *sentView, k int) []int {
	p := k - 1
	if !collectiveNouns[v.at(p)] {
		return nil
	}
	p--
	if w := v.i(p); !w.isEnt() && (w.tag == "JJ" || w.tag == "NN" || collectiveNouns[w.low]) {
		p--
	}
	if p < 0 || !v.u[p].isEnt() || v.u[p].typ == schema.Person || v.at(p-1) == "'s" || v.i(p-1).tag == "POS" {
		return nil
	}
	return []int{p}
}

// actObject reports whether the object phrase at unit k names an act rather than a
// party: "the strike", "Trump's order", "his decision", not "Mendez".
func actObject(v *sentView, k int) bool {
	k = v.skipDet(k)
	if k >= len(v.u) {
		return false
	}
	u := v.u[k]
	if !u.isEnt() {
		return true
	}
	if u.kind == "pronoun" {
		return possessivePronouns[u.low]
	}
	g, end := v.groupRight(k, groupOpts{roles: true, of: true})
	return len(g) == 1 && (v.at(end) == "'s" || v.i(g[0]+1).tag == "POS")
}

// isApproval reports whether cue is an approval verb read by this file.
func isApproval(pred schema.RelationKind, w string) bool {
	return pred == schema.Supports && approvalVerbs[w]
}

// ofOwner returns the entity whose stance or act the phrase at unit k names with "of":
// "the 2008 and 2012 presidential campaigns of Ron Paul", "the policies of Trump"; -1
// for an act done to the name ("the invasion of Iraq", "the arrest of Navalny").
func ofOwner(v *sentView, k int) int {
	for n := k; n < len(v.u) && n <= k+6; n++ {
		u := v.u[n]
		if u.isEnt() || u.isVerb() {
			return -1
		}
		w := u.low
		if v.at(n+1) != "of" {
			if u.tag == "CD" || u.tag == "JJ" || u.tag == "NN" || w == "and" || w == "," {
				continue
			}
			return -1
		}
		one := strings.TrimSuffix(w, "s")
		if !(stanceNouns[w] || actNouns[w] || stanceNouns[one] || actNouns[one]) || hostileNouns[w] || hostileNouns[one] ||
			sufferedNouns[w] || w == "war" {
			return -1
		}
		o := v.skipDet(n + 2)
		if o >= len(v.u) || !v.u[o].isEnt() || v.u[o].kind == "pronoun" || v.u[o].typ == schema.Place {
			return -1
		}
		if nx := v.i(o + 1); nx.tag == "POS" || nx.low == "'s" || strings.HasPrefix(nx.tag, "NN") && !nx.isEnt() {
			return -1 // "the campaigns of Trump's rivals", "the policies of the Biden family"
		}
		return v.u[o].ent
	}
	return -1
}

// declareVerbs state a stance named by a noun: "vowed support for", "expressed
// opposition to".
var declareVerbs = wordSet(`vowed vows pledged pledges expressed expresses voiced voices offered offers declared
	declares reiterated reiterates reaffirmed reaffirms signaled signalled signals announced announces stated
	states gave gives showed shows expressing voicing pledging reiterating reaffirming`)

// stanceFor reads "support for Y" and "opposition to Y" at unit i held by a possessor
// ("the Cuban government's ... support for Nicolás Maduro", "his support for") or the
// subject of a verb that declares it ("The president of Turkey vowed support for
// Azerbaijan").
func (f *relFinder) stanceFor(v *sentView, i int) {
	pred := schema.Supports
	if v.at(i) == "opposition" {
		pred = schema.Opposes
	}
	p := i - 1
	for p >= 0 && !v.u[p].isEnt() && (strings.HasPrefix(v.u[p].tag, "JJ") || v.u[p].tag == "RB" || v.at(p) == "its" || v.at(p) == "their") {
		if pastWords[v.at(p)] || v.at(p) == "previous" || v.at(p) == "earlier" || v.at(p) == "past" {
			return // "backed away from his previous support for President Trump"
		}
		p-- // "its continued support", "strong opposition"
	}
	if p < 0 || v.at(p) == "no" || v.at(p) == "any" {
		return
	}
	var subj []int
	switch u := v.u[p]; {
	case u.isEnt() && u.kind == "pronoun" && possessivePronouns[u.low]:
		subj = []int{p} // "his support for"
	case (u.tag == "POS" || u.low == "'s") && p >= 1 && v.u[p-1].isEnt():
		subj = []int{p - 1} // "Erdoğan's support for"
	case declareVerbs[u.low] && !u.isEnt():
		if v.at(p+1) == "its" || v.at(p+1) == "their" {
			return // whose support "its" stands for is read by the possessive
		}
		s, neg := v.subjectOf(p)
		if neg || deniedBefore(v, p) {
			return
		}
		subj = v.heads(s)
	}
	if len(subj) == 0 {
		return
	}
	objs, conf := f.objectAt(v, i+2, pred)
	if len(objs) == 0 {
		return
	}
	if f.modal(v, i) {
		conf = min(conf, 0.6)
	}
	f.addAll(v, pred, subj, objs, i, f.confidence(v, min(conf, 0.85), subj))
}

var (
	// pactNouns name a pact of mutual support when a word of defence qualifies them.
	pactNouns = wordSet(`pact pacts treaty alliance`)
	// defenceWords make a pact one of mutual support: "a defense pact".
	defenceWords = wordSet(`defense defence security military mutual-defense mutual-defence`)
	// pactVerbs make a pact: "signed a defense pact".
	pactVerbs = wordSet(`signed sign signs signing formed form forms forming forged sealed concluded`)
)

// defencePact reads "Greece and Egypt signed a defense pact", "A signed a mutual defense
// treaty with B", "A formed a military alliance with B" with the pact noun at unit i:
// each party supports the others.
func (f *relFinder) defencePact(v *sentView, i int) {
	j := i - 1
	defence := false
	for j >= 0 && i-j <= 3 && !v.u[j].isEnt() && (defenceWords[v.at(j)] || v.at(j) == "mutual" || strings.HasPrefix(v.u[j].tag, "JJ") || v.u[j].tag == "NN") {
		defence = defence || defenceWords[v.at(j)]
		j--
	}
	if !defence {
		return
	}
	if w := v.at(j); w == "a" || w == "an" || w == "the" {
		j--
	}
	if j < 0 || !pactVerbs[v.at(j)] || !v.u[j].isVerb() || v.passiveAt(j) || f.modal(v, j) {
		return
	}
	subj, neg := v.subjectOf(j)
	if neg || deniedBefore(v, j) {
		return
	}
	sides := v.heads(subj)
	if v.at(i+1) == "with" {
		g, _ := v.groupRight(i+2, groupOpts{})
		sides = append(sides, v.heads(g)...)
	}
	if len(sides) < 2 || len(sides) > 6 {
		return
	}
	span := [2]int{v.u[sides[0]].start, v.u[i].end}
	for _, a := range sides {
		for _, b := range sides {
			if a != b && v.u[a].kind != "pronoun" && v.u[b].kind != "pronoun" {
				f.add(v, schema.Supports, v.u[a].ent, v.u[b].ent, span, 0.75)
			}
		}
	}
}

// actorModifier reports whether the name at unit k, modifying a hostile noun, names who
// acted rather than where: a demonym ("the Israeli strike"), an organization ("the
// Houthi attack") or a country's initials ("the US strike"); not a country's or a place's
// name ("the Iraq attack", "the Paris attack").
func actorModifier(v *sentView, k int) bool {
	u := v.u[k]
	switch {
	case u.kind == "demonym":
		return true
	case u.kind != "name":
		return false
	case u.typ == schema.Organization:
		return true
	case u.typ == schema.Country:
		return len(strings.ReplaceAll(u.low, ".", "")) <= 3 // "US", "U.S.", "UK", "UAE"
	}
	return false
}
