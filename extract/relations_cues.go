package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the relation cues stated in other forms than "X verb Y" between two
// names (relations.go):
//
//	act      X criticized the move / the proclamation / the decision: Y's act, Y named
//	         by a possessive, a by-phrase ("the proclamation of ... by Trump") or, for
//	         "the move", the subject of the last act told before
//	nominal  criticism / condemnation of Y by X, X's criticism of Y, "despite criticism by
//	         X" (the subject of the clause is Y); support / backing of Y by X
//	passive  "the territory, which belonged to Syria and was occupied by Israel": the
//	         relative clause's antecedent, a place noun standing for the place named last
//	part     X is part of Y, X would cease to be part of Y, X, part of Y,: X memberOf Y
//	backed   "Iran-backed Houthi rebels": X supports Y
//	phrases  in support of Y, in protest against Y (the clause's subject), X and Y are
//	         allies, sanctions by X against Y, X's sanctions on Y, "was accused of ... by"

var (
	// nouns of an act whose author is the object of a stance toward it
	actNouns = wordSet(`move moves decision decisions step steps proclamation proclamations decree decrees
		announcement announcements plan plans proposal proposals policy policies order orders measure measures
		action actions ban bans law laws bill bills change changes ruling rulings remarks comments statement
		statements declaration`)
	// act nouns whose author may be the subject of an act told before ("USCIRF also
	// criticized the move")
	anaphoricActs = wordSet(`move decision step action measure change`)
	// nominal stance cues: "criticism by X"
	stanceNominals = map[string]schema.RelationKind{
		"criticism": schema.Opposes, "condemnation": schema.Opposes, "criticisms": schema.Opposes,
		"rejection": schema.Opposes, "denunciation": schema.Opposes,
		"support": schema.Supports, "backing": schema.Supports, "endorsement": schema.Supports,
	}
	// words before a nominal stance that make its object the clause's subject: "despite
	// criticism by X"
	despiteWords = wordSet(`despite amid drew draws drawing faced faces facing sparked sparking prompted received
		receiving attracted`)
	// verbs of saying: a sentence told by them tells of no act
	sayVerbs = wordSet(`said says say told tells added adds stated states noted notes emphasized emphasised
		stressed wrote writes tweeted reported reports claimed claims argued argues explained asked replied
		warned according called`)
	// nouns of a place a relative clause may stand for: "the territory, which ..."
	territoryNouns = wordSet(`territory territories region regions area areas peninsula island islands heights
		land lands province provinces city town strip`)
	// "X-backed": the name backs what follows
	backingWords = wordSet(`backed sponsored supported funded financed armed`)
)

// actOwner returns who made the act named at unit n ("the move", "the proclamation"):
// a possessor, a by-phrase after it in its clause, the subject of the verb that made it
// in this or the sentences before (stanceOwner), or for "the move" the subject of the
// last act told before. It returns -1 when nobody is found, and the confidence.
func (f *relFinder) actOwner(v *sentView, n int) (int, float64) {
	if o := f.stanceOwner(v, n); o >= 0 {
		return o, 0.7
	}
	if !actNouns[v.at(n)] {
		return -1, 0
	}
	// "the proclamation of Golan Heights as official Israeli territory by the President
	// of the United States Donald Trump"
	end := v.clauseEnd(n)
	for j := n + 1; j < end && j <= n+14; j++ {
		if v.u[j].isVerb() {
			break
		}
		if v.at(j) == "by" {
			g, _ := v.groupRight(j+1, groupOpts{roles: true, of: true, lead: 2})
			if h := v.heads(g); len(h) > 0 {
				return v.u[h[0]].ent, 0.75
			}
			break
		}
	}
	if !anaphoricActs[v.at(n)] || !definiteDets[v.at(n-1)] {
		return -1, 0
	}
	return f.lastActor(v)
}

// lastActor returns the subject of the nearest sentence before v, among the three before
// it, whose subject is one name and whose verb tells of an act, not of a saying; else
// the subject of the article's first such sentence.
func (f *relFinder) lastActor(v *sentView) (int, float64) {
	for back := 1; back <= 3 && v.si-back >= 0; back++ {
		if e := f.actorOf(v.si - back); e >= 0 {
			return e, 0.6
		}
	}
	for si := 0; si < v.si-3; si++ {
		if f.d.Sentences[si].Headline {
			continue
		}
		e := f.actorOf(si)
		if e >= 0 {
			return e, 0.55
		}
		if e == -1 {
			break // the lead's first verb has no one actor
		}
	}
	return -1, 0
}

// actorOf returns the one-name subject of the first verb of sentence si when the verb
// tells of an act (not a saying, a copula or a quotation), -1 when it does not, and -2
// when the sentence has no verb (a date line).
func (f *relFinder) actorOf(si int) int {
	if f.d.Sentences[si].Headline {
		return -1
	}
	v := f.views.get(si)
	for i, u := range v.u {
		if u.low == `"` {
			return -1
		}
		if !u.isVerb() || auxWords[u.low] || u.tag == "MD" || u.tag == "VBG" {
			continue
		}
		if sayVerbs[u.low] || copulas[u.low] {
			return -1
		}
		subj, neg := v.subjectOf(i)
		h := v.heads(subj)
		if neg || len(h) != 1 {
			return -1
		}
		return v.u[h[0]].ent
	}
	return -2
}

// nominalStance reads "criticism by X", "criticism of Y by X", "X's criticism of Y" and
// "despite criticism by X" (Y is the subject of the clause) at unit i.
func (f *relFinder) nominalStance(v *sentView, i int, pred schema.RelationKind) {
	var subj []int
	obj := -1
	conf := 0.8
	j := i + 1
	for k := 0; k < 2 && j < len(v.u); k++ {
		switch v.at(j) {
		case "by", "from":
			g, end := v.groupRight(j+1, groupOpts{roles: true, of: true, lead: 3})
			subj = v.heads(g)
			j = end
		case "of":
			g, end := v.groupRight(j+1, groupOpts{roles: true, of: true})
			if h := v.heads(g); len(h) > 0 && !(len(g) == 1 && v.i(g[0]+1).tag == "POS") {
				obj = v.u[h[0]].ent
			} else if k := v.skipDet(j + 1); actNouns[v.at(k)] {
				obj, conf = f.actOwner(v, k)
			}
			j = end
		default:
			k = 2
		}
	}
	if len(subj) == 0 && i >= 2 && v.u[i-2].isEnt() && v.i(i-1).tag == "POS" {
		subj = []int{i - 2} // "Erdoğan's criticism of Trump"
	}
	if len(subj) == 0 && i >= 1 && v.u[i-1].isEnt() && v.u[i-1].kind == "pronoun" && possessivePronouns[v.at(i-1)] {
		subj = []int{i - 1}
	}
	if len(subj) == 0 {
		return
	}
	if obj < 0 {
		p := i - 1
		for p >= 0 && (strings.HasPrefix(v.u[p].tag, "JJ") || v.at(p) == "the" || v.at(p) == "a") {
			p--
		}
		if p < 0 || !despiteWords[v.at(p)] {
			return
		}
		cs, neg := v.subjectFar(v.verbBefore(p+1, false))
		if neg || len(cs) == 0 {
			cs = v.clauseSubject(p)
		}
		h := v.heads(cs)
		if len(h) == 0 {
			return
		}
		obj, conf = v.u[h[0]].ent, 0.7
	}
	f.addAll(v, pred, subj, []int{obj}, i, f.confidence(v, conf, subj))
}

// passiveAntecedent returns the entities a relative clause holding the passive verb at
// unit i stands for: "the territory, which belonged to Syria and was occupied by Israel"
// stands for the place named last (in this sentence or the two before).
func (f *relFinder) passiveAntecedent(v *sentView, i int) []int {
	cs := v.clauseStart(i) // the unit after "which"
	if cs < 1 || (v.at(cs-1) != "which" && v.at(cs-1) != "that") {
		return nil
	}
	a := cs - 2
	if v.at(a) == "," {
		a--
	}
	if a < 0 {
		return nil
	}
	if v.u[a].isEnt() {
		return []int{v.u[a].ent}
	}
	if !territoryNouns[v.at(a)] || !definiteDets[v.at(a-1)] {
		return nil
	}
	for k := a - 1; k >= 0; k-- {
		if u := v.u[k]; u.isEnt() && u.typ == schema.Place {
			return []int{u.ent}
		}
	}
	for back := 1; back <= 2 && v.si-back >= 0; back++ {
		pv := f.views.get(v.si - back)
		for k := len(pv.u) - 1; k >= 0; k-- {
			if u := pv.u[k]; u.isEnt() && u.typ == schema.Place {
				return []int{u.ent}
			}
		}
	}
	return nil
}

// partOf reads "X is part of Y", "X would cease to be part of Y", "X, part of Y,": X is a
// member of the organization Y. "part" stands at unit i.
func (f *relFinder) partOf(v *sentView, i int) {
	if v.at(i+1) != "of" {
		return
	}
	k := v.skipDet(i + 2)
	if k >= len(v.u) || !v.u[k].isEnt() || v.u[k].typ != schema.Organization {
		return
	}
	j := i - 1
	if v.at(j) == "a" || v.at(j) == "an" || v.at(j) == "integral" {
		j--
	}
	switch w := v.at(j); {
	case w == ",":
	case w == "be" && v.at(j-1) == "to" && (v.at(j-2) == "cease" || v.at(j-2) == "ceases" || v.at(j-2) == "ceased" || v.at(j-2) == "continue" || v.at(j-2) == "continues"):
		j -= 2
	case copulas[w] || w == "remain" || w == "remains" || w == "remained" || w == "become" || w == "becomes":
	default:
		return
	}
	subj, neg := v.subjectOf(j)
	if neg {
		return
	}
	conf := 0.8
	if f.modal(v, j+1) {
		conf = 0.6
	}
	f.addAll(v, schema.IsMember, v.heads(subj), []int{v.u[k].ent}, i, conf)
}

// backed reads "Iran-backed Houthi rebels", "the Saudi-backed government of Yemen": the
// name before the hyphen supports the name the phrase ends in.
func (f *relFinder) backed(v *sentView, i int) {
	if i < 1 || !v.u[i-1].isEnt() {
		return
	}
	// "the Popular Mobilization Forces (PMF), an Iranian-backed militia"
	if a := i - 2; a >= 2 && (v.at(a) == "an" || v.at(a) == "a") && v.at(a-1) == "," {
		o := a - 2
		if v.at(o) == ")" && o >= 3 && v.at(o-2) == "(" {
			o -= 3
		}
		if o >= 0 && v.u[o].isEnt() && v.u[o].typ != schema.Place {
			f.add(v, schema.Supports, v.u[i-1].ent, v.u[o].ent, [2]int{v.u[o].start, v.u[i].end}, 0.75)
			return
		}
	}
	for k := i + 1; k < len(v.u) && k <= i+4; k++ {
		u := v.u[k]
		if u.isEnt() {
			if u.typ != schema.Place {
				f.add(v, schema.Supports, v.u[i-1].ent, u.ent, [2]int{v.u[i-1].start, u.end}, 0.75)
			}
			return
		}
		if u.low == "government" || u.low == "forces" || u.low == "regime" {
			if v.at(k+1) == "of" {
				if x := v.skipDet(k + 2); x < len(v.u) && v.u[x].isEnt() {
					f.add(v, schema.Supports, v.u[i-1].ent, v.u[x].ent, [2]int{v.u[i-1].start, v.u[x].end}, 0.75)
				}
			}
			return
		}
		if !(strings.HasPrefix(u.tag, "JJ") || strings.HasPrefix(u.tag, "NN")) {
			return
		}
	}
}

// inStanceOf reads "in support of Y" and "in protest against Y" at unit i ("support",
// "protest"): the subject of the clause supports or opposes Y.
func (f *relFinder) inStanceOf(v *sentView, i int, pred schema.RelationKind) {
	if v.at(i-1) != "in" {
		return
	}
	p := v.at(i + 1)
	if !(pred == schema.Supports && p == "of") && !(pred == schema.Opposes && (p == "against" || p == "of" || p == "at")) {
		return
	}
	g, _ := v.groupRight(v.skipDet(i+2), groupOpts{roles: true, of: true})
	objs := v.heads(g)
	if len(objs) == 0 || (len(g) == 1 && v.i(g[0]+1).tag == "POS") {
		if k := v.skipDet(i + 2); actNouns[v.at(k)] {
			if o, c := f.actOwner(v, k); o >= 0 {
				f.addSubjectOf(v, i-1, pred, []int{o}, i, c)
			}
		}
		return
	}
	f.addSubjectOf(v, i-1, pred, v.entities(objs), i, 0.8)
}

// addSubjectOf relates the subject of the verb the phrase at unit p depends on to objs.
func (f *relFinder) addSubjectOf(v *sentView, p int, pred schema.RelationKind, objs []int, cue int, conf float64) {
	verb := v.verbBefore(p, false)
	if verb < 0 {
		return
	}
	subj, neg := v.subjectFar(verb)
	if neg {
		return
	}
	f.addAll(v, pred, v.heads(subj), objs, cue, conf)
}

// allies reads "X and Y are (close) allies": each supports the other.
func (f *relFinder) allies(v *sentView, i int) {
	j := i - 1
	for j >= 0 && (strings.HasPrefix(v.u[j].tag, "JJ") || strings.HasPrefix(v.u[j].tag, "RB")) {
		j--
	}
	if j < 0 || !copulas[v.at(j)] {
		return
	}
	subj, neg := v.subjectOf(j)
	h := v.heads(subj)
	if neg || len(h) != 2 {
		return
	}
	a, b := v.u[h[0]], v.u[h[1]]
	span := [2]int{a.start, v.u[i].end}
	f.add(v, schema.Supports, a.ent, b.ent, span, 0.8)
	f.add(v, schema.Supports, b.ent, a.ent, span, 0.8)
}

// sanctionsBy reads "sanctions by X against Y", "X's sanctions on Y", "US sanctions
// against Iran" at unit i ("sanctions").
func (f *relFinder) sanctionsBy(v *sentView, i int) {
	var subj []int
	j := i + 1
	if v.at(j) == "by" || v.at(j) == "from" {
		g, end := v.groupRight(j+1, groupOpts{roles: true, of: true})
		subj, j = v.heads(g), end
	}
	if v.at(j) != "on" && v.at(j) != "against" {
		return
	}
	g, _ := v.groupRight(v.skipDet(j+1), groupOpts{roles: true, of: true})
	objs := v.heads(g)
	if len(objs) == 0 {
		return
	}
	if len(subj) == 0 {
		p := i - 1
		if v.i(p).tag == "POS" {
			p--
		}
		for p >= 0 && strings.HasPrefix(v.u[p].tag, "JJ") && !v.u[p].isEnt() {
			p--
		}
		if p >= 0 && v.u[p].isEnt() && v.u[p].typ != schema.Person {
			subj = []int{p} // "US sanctions against Iran", "the EU's sanctions on Turkey"
		}
	}
	f.addAll(v, schema.Sanctions, subj, v.entities(objs), i, 0.8)
}

// passiveByFar finds the by-phrase of a passive verb at unit i a few words on, past an
// of-phrase: "was accused of war crimes by the United Nations". It returns the heads, or
// nil.
func (v *sentView) passiveByFar(i int) []int {
	end := v.clauseEnd(i)
	for j := i + 1; j < end && j <= i+10; j++ {
		if v.at(j) == "by" {
			g, _ := v.groupRight(j+1, groupOpts{roles: true, of: true})
			return v.heads(g)
		}
		if v.u[j].isVerb() || v.at(j) == "," {
			return nil
		}
	}
	return nil
}
