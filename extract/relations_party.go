package extract

import (
	"regexp"
	"strings"

	"newsgraph/schema"
)

// This file reads party membership said after a person's name, by a post in the party
// (relations_affiliation.go reads the labels before the name and "a member of"):
//
//	apposition  "Joe Biden, the Democratic Party's presumptive nominee for President",
//	            "Jarosław Kaczyński, leader of the Law and Justice party", "Hawkins, a
//	            union leader and co-founder of the Green Party"
//	copula      "Trump became the Republican Party's presumptive nominee", "Collins is
//	            currently chairman of the Prohibition Party", "Johnson became leader of the
//	            Conservative Party"
//	brackets    "Jarosław Kaczyński (Law and Justice party)"
//
// Only parties: heading any other organization is a role ("director of NASA"), which the
// role stage reads, and says nothing about membership of a government or a company.

// partyPostWords are the posts in a party its holder is a member of.
var partyPostWords = wordSet(`leader leaders chairman chairwoman chair chairperson founder co-founder cofounder
	nominee candidate member members head president secretary-general treasurer spokesman spokeswoman
	spokesperson whip deputy vice-chair vice-chairman`)

// partyVerbs link a person to a description of them: "X became leader of".
var partyVerbs = wordSet(`is was became becomes remains remained`)

// partyAt reports whether unit k names a political party: an organization that is one
// ("Republican Party", "Democrats") or is called one ("the Law and Justice party").
func (f *relFinder) partyAt(v *sentView, k int) bool {
	u := v.i(k)
	if !u.isEnt() || u.typ != schema.Organization || u.kind == "pronoun" {
		return false
	}
	return isParty(f.d, u.ent) || v.at(k+1) == "party"
}

// partyPost reads what follows the person at unit i: a post in a party, in apposition,
// after a copula or in brackets.
func (f *relFinder) partyPost(v *sentView, i int) {
	f.initialParty(v, i)
	j := i + 1
	switch w := v.at(j); {
	case w == "(":
		if f.partyAt(v, j+1) && (v.at(j+2) == ")" || v.at(j+2) == "party" && v.at(j+3) == ")") {
			f.add(v, schema.IsMember, v.u[i].ent, v.u[j+1].ent, [2]int{v.u[i].start, v.u[j+1].end}, 0.75)
		}
		return
	case w == ",":
		j++
	case partyHeadVerbs[w]:
		// "Trudeau heads the Liberal Party", "She belongs to the ruling New Progressive Party"
		k := j + 1
		if v.at(k) == "to" {
			k++
		}
		if o := partyAfterAdjectives(f, v, v.skipDet(k)); o >= 0 {
			if subj, neg := v.subjectOf(j); !neg && len(subj) > 0 && subj[len(subj)-1] == i {
				f.add(v, schema.IsMember, v.u[i].ent, v.u[o].ent, [2]int{v.u[i].start, v.u[o].end}, 0.8)
			}
		}
		return
	case partyVerbs[w]:
		subj, neg := v.subjectOf(j)
		if neg || len(subj) == 0 || subj[len(subj)-1] != i {
			return
		}
		j++
		for j < len(v.u) && v.u[j].tag == "RB" && !v.u[j].isEnt() && v.at(j) != "not" {
			j++ // "is currently chairman"
		}
	default:
		return
	}
	if f.titlePost(v, i, j) {
		return
	}
	if w := v.at(j); w == "a" || w == "an" || w == "the" {
		j++
	}
	if j < len(v.u) && f.partyAt(v, j) && (v.at(j+1) == "'s" || v.i(j+1).tag == "POS") {
		// "the Democratic Party's presumptive nominee"
		org := j
		j += 2
		for k := 0; k < 3 && j < len(v.u) && !v.u[j].isEnt() && strings.HasPrefix(v.u[j].tag, "JJ"); k++ {
			j++
		}
		if partyPostWords[v.at(j)] || partyPostWords[v.at(j+1)] && !v.u[j].isEnt() && v.u[j].tag == "NN" {
			f.add(v, schema.IsMember, v.u[i].ent, v.u[org].ent, [2]int{v.u[i].start, v.u[org].end}, 0.8)
		}
		return
	}
	// "leader of", "a union leader and co-founder of", "the presumptive nominee of"
	for k := 0; k < 8 && j < len(v.u); k, j = k+1, j+1 {
		u := v.u[j]
		if u.isEnt() && !(u.kind == "pronoun" && possessivePronouns[u.low]) || u.isVerb() || u.low == "," || u.low == "(" ||
			u.low == "former" || u.low == "ex" || u.low == "then" {
			return // a former leader is a member no more
		}
		if u.low != "of" {
			continue
		}
		if !partyPostWords[v.at(j-1)] {
			return
		}
		o := v.skipDet(j + 1)
		if f.partyAt(v, o) && v.i(o+1).tag != "POS" && v.at(o+1) != "'s" {
			f.add(v, schema.IsMember, v.u[i].ent, v.u[o].ent, [2]int{v.u[i].start, v.u[o].end}, 0.8)
		}
		return
	}
}

// titlePost reads a post in a party that the role stage made a title mention of the person
// at unit i, at unit j: "Joe Biden, the Democratic Party's presumptive nominee", the
// party a mention inside it.
func (f *relFinder) titlePost(v *sentView, i, j int) bool {
	if j+1 >= len(v.u) || !v.u[j].isEnt() || v.u[j].kind != "title" || v.u[j].ent != v.u[i].ent {
		return false
	}
	if !v.u[j+1].inside || !f.partyAt(v, j+1) {
		return true
	}
	post := false
	for _, w := range strings.Fields(strings.ToLower(f.d.Text[v.u[j].start:v.u[j].end])) {
		switch {
		case w == "former" || w == "ex" || strings.HasPrefix(w, "ex-"):
			return true
		case partyPostWords[w]:
			post = true
		}
	}
	if post {
		f.add(v, schema.IsMember, v.u[i].ent, v.u[j+1].ent, [2]int{v.u[i].start, v.u[j].end}, 0.8)
	}
	return true
}

// partyInitial matches the party initial and state US news writes after a lawmaker's
// name: "Lindsey Graham (R-S.C.)", "Adam Schiff, D-Calif.,", "Bernie Sanders (I-Vt.)" is
// not read (no party of independents), nor a bare "(R)".
var partyInitial = regexp.MustCompile(`^\s*(?:\(\s*|,\s+)([RD])\s?[-–]\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[),]`)

// initialParty reads "Lindsey Graham (R-S.C.)" after the person at unit i: the person is
// a member of the party the article names elsewhere (Republicans, the Democratic Party).
func (f *relFinder) initialParty(v *sentView, i int) {
	end := v.u[i].end
	rest := f.d.Text[end:min(len(f.d.Text), end+24)]
	m := partyInitial.FindStringSubmatch(rest)
	if m == nil {
		return
	}
	p := f.partyOfInitial(m[1])
	if p < 0 {
		return
	}
	f.add(v, schema.IsMember, v.u[i].ent, p, [2]int{v.u[i].start, end + len(m[0])}, 0.8)
}

// partyInitials are the names a party of each initial goes by.
var partyInitials = map[string][]string{
	"R": {"republican party", "republicans", "republican", "gop"},
	"D": {"democratic party", "democrats", "democrat"},
}

// partyOfInitial returns the party entity the initial R or D stands for, or -1 when the
// article names none (or two).
func (f *relFinder) partyOfInitial(initial string) int {
	found := -1
	for e := range f.d.Entities {
		if !isParty(f.d, e) {
			continue
		}
		ent := &f.d.Entities[e]
		names := append([]string{ent.Name}, ent.Aliases...)
		match := false
		for _, n := range names {
			for _, w := range partyInitials[initial] {
				if strings.EqualFold(strings.TrimPrefix(n, "the "), w) {
					match = true
				}
			}
		}
		if !match {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// partyHeadVerbs say a person leads or belongs to what follows.
var partyHeadVerbs = wordSet(`heads headed leads led belongs belonged`)

// partyAfterAdjectives returns the party at unit k, or past up to two adjectives ("the
// conservative Law and Justice Party", "the ruling New Progressive Party"), or -1.
func partyAfterAdjectives(f *relFinder, v *sentView, k int) int {
	for n := 0; n < 3 && k < len(v.u); n, k = n+1, k+1 {
		if f.partyAt(v, k) {
			if nx := v.i(k + 1); nx.tag == "POS" || nx.low == "'s" {
				return -1 // "the Constitution Party's affiliate"
			}
			return k
		}
		if v.u[k].isEnt() || !strings.HasPrefix(v.u[k].tag, "JJ") && v.u[k].tag != "VBG" && v.u[k].tag != "NN" {
			return -1
		}
	}
	return -1
}

// partyNominated reads "the Libertarian Party nominated Clemson University psychologist
// Jo Jorgensen": the party at unit i nominates one of its members.
func (f *relFinder) partyNominated(v *sentView, i int) {
	if !f.partyAt(v, i) || !strings.HasPrefix(v.at(i+1), "nominat") || !v.u[i+1].isVerb() || v.passiveAt(i+1) {
		return
	}
	for k := i + 2; k < len(v.u) && k <= i+8; k++ {
		u := v.u[k]
		if u.isVerb() || u.low == "," || u.low == "." || u.low == "for" || u.low == "as" {
			return
		}
		if u.isEnt() && u.typ == schema.Person && u.kind == "name" {
			f.add(v, schema.IsMember, u.ent, v.u[i].ent, [2]int{v.u[i].start, u.end}, 0.75)
			return
		}
	}
}

var (
	// seekVerbs take a party's nomination as object: "sought the Reform Party's 2016
	// presidential nomination".
	seekVerbs = wordSet(`won win wins winning sought seek seeks seeking secured secure secures securing received
		receives receiving clinched clinch clinches clinching accepted accepts captured earned`)
	// seekForWords seek a nomination with for: "a candidate for", "ran unsuccessfully for".
	seekForWords = wordSet(`candidate contender campaign bid run race contended contending ran runs running
		competed competing vied vying`)
)

// partyNomination reads a person seeking or winning the nomination of the party at unit
// i: "He sought the Reform Party's 2016 presidential nomination", "Sanders was also a
// contender for the Democratic Party's nomination", "In Warren's campaign for the
// Democratic Party nomination", "Adam Kokesh, ..., currently a candidate for the US
// Libertarian Party's 2020 presidential nomination": the person is a member of the party.
func (f *relFinder) partyNomination(v *sentView, i int) {
	if !f.partyAt(v, i) {
		return
	}
	j := i + 1
	if v.at(j) == "'s" || v.i(j).tag == "POS" {
		j++
	}
	for n := 0; n < 3 && j < len(v.u) && !v.u[j].isEnt() && v.at(j) != "nomination"; n++ {
		if t := v.u[j].tag; t != "CD" && t != "JJ" && t != "NNP" && t != "NN" {
			return
		}
		j++
	}
	if v.at(j) != "nomination" || v.at(j+1) == "of" {
		return
	}
	p := i - 1
	if p >= 0 && v.u[p].isEnt() && v.u[p].typ == schema.Country {
		p-- // "the US Libertarian Party's"
	}
	if v.at(p) == "the" {
		p--
	}
	if p < 0 || v.u[p].isEnt() {
		return
	}
	var subj []int
	switch w := v.at(p); {
	case seekVerbs[w]:
		s, neg := v.subjectOf(p)
		if neg {
			return
		}
		subj = v.heads(s)
	case w == "for":
		q := p - 1
		if v.u[max(q, 0)].tag == "RB" && !v.u[max(q, 0)].isEnt() {
			q-- // "ran unsuccessfully for"
		}
		if q < 0 || !seekForWords[v.at(q)] {
			return
		}
		b := q - 1
		for b >= 0 && !v.u[b].isEnt() && strings.HasPrefix(v.u[b].tag, "JJ") {
			b-- // "Wesley Clark's unsuccessful campaign for"
		}
		if b >= 1 && (v.at(b) == "'s" || v.i(b).tag == "POS") && v.u[b-1].isEnt() {
			subj = []int{b - 1} // "Warren's campaign for"
			break
		}
		if b := q - 1; b >= 0 && v.u[b].isEnt() && v.u[b].kind == "pronoun" && possessivePronouns[v.at(b)] {
			subj = []int{b} // "ended his bid for"
			break
		}
		if v.u[q].isVerb() {
			s, neg := v.subjectOf(q)
			if neg {
				return
			}
			subj = v.heads(s)
			break
		}
		subj = f.describedPerson(v, q)
	}
	for _, s := range subj {
		if v.u[s].typ == schema.Person {
			f.add(v, schema.IsMember, v.u[s].ent, v.u[i].ent, [2]int{v.u[min(s, p)].start, v.u[j].end}, 0.75)
		}
	}
}

// describedPerson returns the person a noun at unit q describes: the subject of a
// copula before it ("Sanders was also a contender") or the name that opens the sentence
// before a comma, with no verb between ("Adam Kokesh, an Iraq War veteran, ..., and
// currently a candidate").
func (f *relFinder) describedPerson(v *sentView, q int) []int {
	b := q - 1
	for b >= 0 && !v.u[b].isEnt() && (v.at(b) == "a" || v.at(b) == "an" || v.at(b) == "the" || strings.HasPrefix(v.u[b].tag, "JJ") || v.u[b].tag == "RB") {
		b--
	}
	if b >= 0 && copulas[v.at(b)] && !v.u[b].isEnt() {
		s, neg := v.subjectOf(b)
		if neg {
			return nil
		}
		return v.heads(s)
	}
	for k := 0; k < q; k++ {
		u := v.u[k]
		if u.isVerb() {
			return nil
		}
		if u.isEnt() {
			if u.typ != schema.Person || u.kind != "name" || v.at(k+1) != "," {
				return nil
			}
			for m := k + 1; m < q; m++ {
				if v.u[m].isVerb() {
					return nil // "Hammons, ..., founded the Unity Party with supporters of"
				}
			}
			return []int{k}
		}
	}
	return nil
}
