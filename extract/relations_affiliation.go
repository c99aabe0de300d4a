package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the cues that name no verb: party labels, affiliations and the
// opposition, read around every person mention of a sentence (relations.go reads the cue
// words):
//
//	party label   "Republican Senator Lindsey Graham", "Democratic presidential candidate
//	              Joe Biden", "fellow Republican Representative Francis Rooney",
//	              "Thom Tillis, a Republican," "Tony Evers, a Democrat, said",
//	              "X is a Republican": X memberOf the party
//	affiliation   "BBC's Jonathan Marcus", "Gerstenmaier of NASA", "X, a NASA official,",
//	              "Tusk, a founding Civic Platform member", "NASA astronaut Christina
//	              Koch", "X, a spokeswoman for the Department of Justice": X memberOf the
//	              organization
//	opposition    "Russian opposition leader Alexei Navalny", "X, an opposition candidate,":
//	              X opposes the head of government the article names (of X's country,
//	              or the only one it names)
//
// A party is an organization whose name says so ("Republican Party", "Labour Party") or
// whose names are the words news uses for a party's members ("Democrats", "Tories").
// Affiliations need a word of membership (member, official, spokesperson, reporter ...),
// or none at all: titles of leadership ("director", "president") are roles, which the
// role stage reads.

var (
	// partyNames are the names of parties that do not say "Party".
	partyNames = wordSet(`democrats democrat republicans republican gop conservatives conservative tories tory
		labour libertarians libertarian socialists greens liberals`)
	// memberWords name a member of an organization without leading it: "a NASA official",
	// "BBC reporter", "a founding Civic Platform member".
	memberWords = wordSet(`member members official officials spokesperson spokesman spokeswoman spokespeople
		representative employee employees staffer staffers worker workers astronaut astronauts reporter
		reporters correspondent correspondents journalist journalists editor editors researcher researchers
		scientist scientists engineer engineers analyst analysts economist economists lawyer lawyers
		activist activists volunteer volunteers agent agents officer officers operative operatives`)
	// partyPersonWords may stand between a party and the person it labels: "Republican
	// committee member Doug Collins", "Democratic presidential candidate Joe Biden".
	partyPersonWords = wordSet(`member members committee candidate candidates nominee nominees hopeful hopefuls
		lawmaker lawmakers legislator legislators politician politicians strategist strategists congressman
		congresswoman congressmen congresswomen senator senators representative representatives rep sen
		delegate delegates chairman chairwoman chair leader leaders whip presidential vice gubernatorial
		mayoral senatorial congressional state incumbent challenger challengers rival rivals contender
		contenders frontrunner front-runner fundraiser donor donors operative official officials activist
		activists mayor governor governors speaker president mp mps mep meps minority majority house party
		fellow former then-candidate primary runner-up`)
)

// isParty reports whether entity e is a political party.
func isParty(d *Draft, e int) bool {
	ent := &d.Entities[e]
	if ent.Type != schema.Organization {
		return false
	}
	if hasWordFold(ent.Name, "party") {
		return true
	}
	if partyNames[strings.ToLower(ent.Name)] {
		return true
	}
	for _, a := range ent.Aliases {
		if partyNames[strings.ToLower(a)] || hasWordFold(a, "party") {
			return true
		}
	}
	return false
}

// hasWordFold reports whether s holds the word w, ignoring case.
func hasWordFold(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(strings.Trim(f, ",.'()"), w) {
			return true
		}
	}
	return false
}

// affiliations reads the party labels and affiliations of one sentence.
func (f *relFinder) affiliations(v *sentView) {
	for i, u := range v.u {
		if u.isEnt() && u.kind == "pronoun" && u.typ == schema.Person && !possessivePronouns[u.low] && partyHeadVerbs[v.at(i+1)] {
			f.partyPost(v, i) // "She belongs to the ruling New Progressive Party"
			continue
		}
		if !u.isEnt() || u.kind == "pronoun" || u.inside {
			continue
		}
		switch u.typ {
		case schema.Organization:
			f.orgBeforePerson(v, i)
			f.partyNominated(v, i)
			f.partyNomination(v, i)
		case schema.Person:
			f.personDescribed(v, i)
			f.partyPost(v, i)
			if f.oppositionAt(v, i) {
				f.opposition(v, i)
			}
		}
	}
}

// orgBeforePerson reads an organization standing before the person it labels, past
// words of membership: "Republican Senator Lindsey Graham", "BBC's Jonathan Marcus",
// "NASA astronaut Christina Koch", "the Democratic Party's nominee Joe Biden".
func (f *relFinder) orgBeforePerson(v *sentView, i int) {
	party := isParty(f.d, v.u[i].ent)
	j := i + 1
	possessive := v.i(j).tag == "POS" || v.at(j) == "'s"
	if possessive {
		j++
	}
	words, member := 0, false
	for ; j < len(v.u) && words < 5; j++ {
		u := v.u[j]
		if u.isEnt() {
			break
		}
		switch {
		case party && (partyPersonWords[u.low] || strings.HasPrefix(u.tag, "JJ") || (isRoleWord(u) && u.tag == "NNP")):
		case memberWords[u.low]:
			member = true
		case !party && strings.HasPrefix(u.tag, "JJ") && memberWords[v.at(j+1)]:
		default:
			words = 99
			continue
		}
		words++
	}
	if words > 5 || j >= len(v.u) || !v.u[j].isEnt() || v.u[j].typ != schema.Person || v.u[j].kind == "pronoun" {
		return
	}
	if !party && !member && !(possessive && j == i+2) {
		return // "NASA Administrator Jim Bridenstine" is a role; "BBC's Jonathan Marcus" is staff
	}
	if v.u[i].typ == schema.Organization && v.at(i-1) == "against" {
		return
	}
	g, _ := v.groupRight(j, groupOpts{roles: party})
	var people []int
	for _, x := range g {
		if v.u[x].typ == schema.Person && v.u[x].kind != "pronoun" {
			people = append(people, x)
		}
	}
	if !party {
		people = people[:min(1, len(people))]
	}
	conf := 0.8
	if !party {
		conf = 0.7
	}
	for _, p := range people {
		f.add(v, schema.IsMember, v.u[p].ent, v.u[i].ent, [2]int{v.u[i].start, v.u[p].end}, conf)
	}
}

// personDescribed reads what follows a person's name: "Thom Tillis, a Republican,", "X is
// a Democrat", "Gerstenmaier of NASA", "X, a NASA official,", "Tusk, a founding Civic
// Platform member", "X, a spokeswoman for the Department of Justice".
func (f *relFinder) personDescribed(v *sentView, i int) {
	j := i + 1
	// "Gerstenmaier of NASA": an organization right after "of", ending the phrase
	if v.at(j) == "of" {
		k := v.skipDet(j + 1)
		if p := partyAfterAdjectives(f, v, k); p >= 0 {
			k = p // "Jarosław Kaczyński of the conservative Law and Justice Party"
		}
		if k < len(v.u) && v.u[k].isEnt() && v.u[k].typ == schema.Organization && v.u[k].kind != "pronoun" &&
			v.i(k+1).tag != "POS" && !titleMention(v, i) {
			if nx := v.at(k + 1); nx == "" || nx == "," || nx == "." || nx == "and" || nx == ")" || nx == "(" || v.u[k+1].isVerb() ||
				(v.u[k+1].tag == "IN" && nx != "of") {
				f.add(v, schema.IsMember, v.u[i].ent, v.u[k].ent, [2]int{v.u[i].start, v.u[k].end}, 0.7)
			}
		}
		return
	}
	copula := false
	switch w := v.at(j); {
	case w == ",":
	case copulas[w] && w != "has" && w != "have" && w != "had":
		copula = true
	default:
		return
	}
	j++
	det := v.at(j)
	if det != "a" && det != "an" && det != "the" {
		return
	}
	j++
	// "a founding Civic Platform member", "a Vermont Democrat", "a NASA official"
	for k := 0; k < 3 && j < len(v.u) && !v.u[j].isEnt() && (strings.HasPrefix(v.u[j].tag, "JJ") || v.u[j].tag == "VBG"); k++ {
		j++
	}
	if j < len(v.u) && v.u[j].isEnt() && v.u[j].typ == schema.Place {
		j++ // "a Vermont Democrat"
	}
	if j >= len(v.u) || !v.u[j].isEnt() || v.u[j].typ != schema.Organization || v.u[j].kind == "pronoun" {
		f.memberFor(v, i, j)
		return
	}
	org := j
	party := isParty(f.d, v.u[org].ent)
	nx := v.at(org + 1)
	switch {
	case memberWords[nx] || (party && partyPersonWords[nx]):
	case party && det != "the" && (nx == "," || nx == "." || nx == "from" || nx == "who" || nx == "and" || nx == "" || nx == "in"):
		// "Thom Tillis, a Republican,"; not "with Harris, the American Independent Party,"
	default:
		return
	}
	if copula {
		subj, neg := v.subjectOf(i + 1)
		if neg || len(subj) == 0 || subj[len(subj)-1] != i {
			return
		}
	}
	f.add(v, schema.IsMember, v.u[i].ent, v.u[org].ent, [2]int{v.u[i].start, v.u[org].end}, 0.8)
}

// memberFor reads "X, a spokeswoman for the Department of Justice," and "X, an official
// at NASA": a word of membership at unit j, then for, at, of or with an organization.
func (f *relFinder) memberFor(v *sentView, i, j int) {
	if j >= len(v.u) || !memberWords[v.at(j)] {
		return
	}
	p := v.at(j + 1)
	if p != "for" && p != "at" && p != "of" && p != "with" {
		return
	}
	k := v.skipDet(j + 2)
	if k >= len(v.u) || !v.u[k].isEnt() || v.u[k].typ != schema.Organization || v.u[k].kind == "pronoun" {
		return
	}
	if v.i(k+1).tag == "POS" {
		k += 2 // "the Trump administration's Department of Justice"
		for k < len(v.u) && !v.u[k].isEnt() && strings.HasPrefix(v.u[k].tag, "JJ") {
			k++
		}
		if k >= len(v.u) || !v.u[k].isEnt() || v.u[k].typ != schema.Organization {
			return
		}
	}
	f.add(v, schema.IsMember, v.u[i].ent, v.u[k].ent, [2]int{v.u[i].start, v.u[k].end}, 0.7)
}

// titleMention reports whether the person unit i is a title standing for its holder
// ("the President of the European Council"): its "of" is the role's, not an affiliation.
func titleMention(v *sentView, i int) bool {
	return v.u[i].kind == "title"
}

// Which entity types a sentence names, for mentionTypes.
const (
	hasPerson    = 1
	hasOrg       = 2
	personAndOrg = hasPerson | hasOrg
)

// mentionTypes returns, per sentence, whether it names a person and an organization: only
// sentences with a person can hold a label.
func mentionTypes(d *Draft) []int {
	out := make([]int, len(d.Sentences))
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) || m.Sentence < 0 || m.Sentence >= len(out) {
			continue
		}
		if m.Kind == "pronoun" && d.Entities[m.Entity].Type != schema.Person {
			continue // "She belongs to the ruling New Progressive Party" is read
		}
		switch d.Entities[m.Entity].Type {
		case schema.Person:
			out[m.Sentence] |= hasPerson
		case schema.Organization:
			out[m.Sentence] |= hasOrg
		}
	}
	return out
}

// oppositionWords are the nouns "opposition" labels a person with: "opposition leader".
var oppositionWords = wordSet(`leader leaders candidate candidates politician politicians figure figures activist
	activists lawmaker lawmakers mp mps member members party parties`)

// headTitles are the titles of a head of government (a monarch who reigns does not
// govern: the opposition opposes the government).
var headTitles = wordSet(`president prime minister premier chancellor`)

// oppositionAt reports whether the person at unit i is labelled as of the opposition:
// "opposition leader Jeremy Corbyn", "Russian opposition leader Alexei Navalny",
// "Sviatlana Tsikhanouskaya, an opposition candidate for ...".
func (f *relFinder) oppositionAt(v *sentView, i int) bool {
	if v.u[i].kind != "name" {
		return false
	}
	if i >= 2 && oppositionWords[v.at(i-1)] && v.at(i-2) == "opposition" {
		return true
	}
	if v.at(i+1) == "," && (v.at(i+2) == "a" || v.at(i+2) == "an" || v.at(i+2) == "the") {
		j := i + 3
		for j < len(v.u) && j < i+6 && strings.HasPrefix(v.u[j].tag, "JJ") && v.at(j) != "opposition" {
			j++
		}
		return v.at(j) == "opposition" && oppositionWords[v.at(j+1)]
	}
	return false
}

// opposition relates the opposition figure at unit i to the head of government of its
// country: a person whose role in the article is a head's title, of the country
// the figure's label or role names; with no country named, the only head the article
// names.
func (f *relFinder) opposition(v *sentView, i int) {
	d := f.d
	p := v.u[i].ent
	country := -1
	if i >= 3 && v.u[i-3].isEnt() && v.u[i-3].typ == schema.Country {
		country = v.u[i-3].ent // "Russian opposition leader Alexei Navalny"
	}
	heads := map[int]int{} // head -> country of the role (-1 for none)
	for _, r := range d.Roles {
		e := entityIndex(d, r.Person)
		if e < 0 || e == p {
			continue
		}
		if r.Former || !headTitle(r.Title) {
			continue
		}
		heads[e] = entityIndex(d, r.Of)
	}
	for _, r := range d.Roles {
		if entityIndex(d, r.Person) == p && country < 0 && r.Of != "" && strings.Contains(strings.ToLower(r.Title), "opposition") {
			country = entityIndex(d, r.Of)
		}
	}
	target := -1
	for e, c := range heads {
		if country >= 0 && c >= 0 && c != country {
			continue
		}
		if target >= 0 {
			return // two heads: which one is opposed is not said
		}
		target = e
	}
	if target < 0 {
		return
	}
	f.add(v, schema.Opposes, p, target, [2]int{v.u[max(0, i-2)].start, v.u[i].end}, 0.6)
}

// headTitle reports whether a role title names a head of government: "President",
// "Prime Minister", "incumbent president"; not "vice president" or "President of the
// European Council".
func headTitle(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "vice", "deputy", "former", "of", "elect", "candidate", "nominee", "acting":
			return false
		}
	}
	last := ws[len(ws)-1]
	return headTitles[last] && (last != "minister" || (len(ws) >= 2 && ws[len(ws)-2] == "prime"))
}
