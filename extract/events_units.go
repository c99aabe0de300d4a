package extract

import (
	"sort"
	"strings"

	"newsgraph/schema"
)

// This file holds the sentence view that the event and relation rules read: each sentence
// as a row of units, where an entity mention is one unit and every other token is one,
// with the small phrase helpers both stages share (coordinated groups of entities left
// and right of a word, their heads, clause bounds).

// unit is an entity mention or a plain token of a sentence.
type unit struct {
	start, end int
	text       string
	low        string
	tag        string
	// ent is the entity index in Draft.Entities; -1 for a plain token.
	ent  int
	kind string // mention kind ("name", "title", "demonym", "capital", "pronoun")
	typ  schema.EntityType
	// inside marks a mention within the one before it: "Greek" in the title mention "the
	// Greek foreign minister". Events take its entity (the minister's country takes part
	// in a meeting); relations leave it to the title.
	inside bool
}

func (u unit) isEnt() bool { return u.ent >= 0 }

func (u unit) isVerb() bool { return strings.HasPrefix(u.tag, "VB") || u.tag == "MD" }

// sentView is one sentence as units.
type sentView struct {
	d  *Draft
	vs *viewSet // the views of the article's other sentences
	si int
	u  []unit
	// headline marks a title or subheading line.
	headline bool
	// future is set when the sentence speaks of what is to come ("is scheduled to");
	// past when it tells of the past (a verb in the past tense, and no future).
	future, past bool
	// futureFrom and futureTo are the offsets between which a future sentence speaks of
	// what is to come (futureFrom in dates.go): "X, a candidate for the election to be
	// held on August 9, held a rally" tells of a rally past.
	futureFrom, futureTo int
	// bare are the protest mentions of the sentence that name nobody ("suppress
	// protests"), kept for a protester named elsewhere.
	bare []*evMention
}

// viewSet builds sentence views on demand: the rules look at the few sentences that hold
// a cue word, and at the sentences just before them.
type viewSet struct {
	d     *Draft
	views []*sentView
}

func newViewSet(d *Draft) *viewSet {
	return &viewSet{d: d, views: make([]*sentView, len(d.Sentences))}
}

// get returns the view of sentence si. Pronouns the pronoun stage resolved are entity
// units; so are "I", "me" and "my" inside a quotation whose speaker the statement stage
// found, and "it"/"its" standing for the nearest organization or country named before
// them in the sentence.
func (vs *viewSet) get(si int) *sentView {
	if v := vs.views[si]; v != nil {
		return v
	}
	d := vs.d
	s := &d.Sentences[si]
	v := &sentView{d: d, vs: vs, si: si, headline: s.Headline, u: make([]unit, 0, len(s.Tokens))}
	j := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= s.Start })
	for _, t := range s.Tokens {
		// mentions that start before the token ends and have not been emitted
		pos := t.Start
		for j < len(d.Mentions) && d.Mentions[j].Start < t.End {
			m := d.Mentions[j]
			j++
			if m.Start < pos || m.Entity < 0 || m.Entity >= len(d.Entities) || m.End > s.End || pluralTitle(d, m) {
				continue
			}
			if m.Start > pos {
				v.add(d, pos, m.Start, t.Tag, -1, "")
			}
			v.addMention(d, m)
			pos = m.End
		}
		if pos < t.End {
			if len(v.u) > 0 && pos < v.u[len(v.u)-1].end {
				pos = v.u[len(v.u)-1].end // inside a mention that spans several tokens
			}
			if pos < t.End {
				tag := t.Tag
				if pos > t.Start {
					tag = remainderTag(d.Text[pos:t.End], t.Tag)
				}
				v.add(d, pos, t.End, tag, -1, "")
			}
		}
	}
	v.future, v.futureFrom, v.futureTo = futureFrom(s.Tokens)
	for _, u := range v.u {
		if u.tag == "VBD" && (!v.future || u.start < v.futureFrom || u.start >= v.futureTo) {
			v.past = true
			break
		}
	}
	resolveLeftovers(d, v)
	vs.views[si] = v
	return v
}

// hasWord reports whether sentence si holds a token whose lowercase form is in words.
func hasWord(s *Sent, words func(string) bool) bool {
	for _, t := range s.Tokens {
		if words(strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}

func (v *sentView) add(d *Draft, start, end int, tag string, ent int, kind string) {
	text := d.Text[start:end]
	if strings.TrimSpace(text) == "" {
		return
	}
	v.u = append(v.u, unit{start: start, end: end, text: text, low: strings.ToLower(text), tag: tag, ent: ent, kind: kind})
}

func (v *sentView) addMention(d *Draft, m MentionRef) {
	text := d.Text[m.Start:m.End]
	inside := len(v.u) > 0 && v.u[len(v.u)-1].isEnt() && v.u[len(v.u)-1].end >= m.End && v.u[len(v.u)-1].start <= m.Start
	v.u = append(v.u, unit{start: m.Start, end: m.End, text: text, low: strings.ToLower(text), tag: "ENT",
		ent: m.Entity, kind: m.Kind, typ: d.Entities[m.Entity].Type, inside: inside})
}

// pluralTitle reports a title mention in the plural ("the foreign ministers"): it stands
// for a group, not for one person, so the rules read it as words.
func pluralTitle(d *Draft, m MentionRef) bool {
	if m.Kind != "title" {
		return false
	}
	w := strings.ToLower(lastWord(d.Text[m.Start:m.End]))
	return strings.HasSuffix(w, "s") && pluralAnaphors[w]
}

// remainderTag tags what is left of a token after a mention: "'s" of "Trump's".
func remainderTag(s, tag string) string {
	switch strings.ToLower(s) {
	case "'s", "'":
		return "POS"
	case "-", "–":
		return "HYPH"
	}
	return tag
}

// resolveLeftovers makes entity units of the pronouns no earlier stage resolved.
func resolveLeftovers(d *Draft, v *sentView) {
	{
		for i := range v.u {
			u := &v.u[i]
			if u.isEnt() {
				continue
			}
			switch u.low {
			case "i", "me", "my":
				if e := quoteSpeaker(d, u.start); e >= 0 {
					u.ent, u.kind, u.typ = e, "pronoun", d.Entities[e].Type
				}
			case "it", "its":
				// only when no other noun stands between: "Nigeria previously announced it
				// planned to join", not "the budget ... the Senate, which has a majority, and it"
				for k := i - 1; k >= 0; k-- {
					p := v.u[k]
					if p.isEnt() && p.kind != "demonym" && (p.typ == schema.Country || p.typ == schema.Organization) {
						u.ent, u.kind, u.typ = p.ent, "pronoun", p.typ
						break
					}
					if p.isEnt() || strings.HasPrefix(p.tag, "NN") || clauseBreaks[p.low] {
						break
					}
				}
			}
		}
	}
}

// quoteSpeaker returns the entity that speaks the direct statement holding offset off, or -1.
func quoteSpeaker(d *Draft, off int) int {
	for _, st := range d.Statements {
		if st.Kind != schema.Direct || st.Speaker == "" || off < st.Start || off >= st.End {
			continue
		}
		for i := range d.Entities {
			if d.Entities[i].ID == string(st.Speaker) {
				return i
			}
		}
	}
	return -1
}

// Word classes the rules share.
var (
	// auxiliaries and adverbs between a subject and its verb
	auxWords = wordSet(`is are was were be been being has have had do does did will would shall should
		can could may might must 's 're 've 'd also reportedly already previously currently repeatedly
		still now then recently once again jointly together publicly openly formally officially
		strongly firmly quickly swiftly immediately later earlier allegedly apparently reportedly
		often usually always never not n't no longer just even further both`)
	// catenative verbs before "to": "is scheduled to meet", "planned to join"
	catenatives = wordSet(`scheduled expected set due going planned plans plan planning wants want wanted
		agreed agree agrees decided decide decides hopes hoped hope seeks sought seek tried tries try
		intends intended intend voted vote votes moved moves move promised promise promises pledged pledge
		pledges threatened threaten threatens vowed vow vows offered offer offers prepared prepare
		prepares preparing poised slated continues continued continue began begin begins started start
		starts refused refuse refuses declined decline declines failed fail fails is was are were
		likely unlikely able unable ready willing about`)
	// words that negate what follows
	negators = wordSet(`not n't never no refused refuse refuses declined decline declines failed fail fails denied deny denies`)
	// role words that may stand inside a coordinated group of names
	roleWords = wordSet(`president presidents vice prime minister ministers foreign defence defense interior
		finance chancellor secretary secretaries leader leaders opposition advisor adviser advisors advisers
		national security envoy envoys ambassador ambassadors spokesperson spokesman spokeswoman chairperson
		chairman chairwoman chair commissioner commissioners general head heads chief chiefs king queen
		prince princess emperor premier governor governors mayor mayors senator senators representative
		representatives deputy deputies acting interim former counterpart counterparts officials official
		delegation delegations delegate delegates trade industry affairs
		foreign-minister counterpart's respectively his her their its our supreme commander army navy
		lawmaker lawmakers party activist activists founder ceo director director-general`)
	// connectors inside a coordinated group
	groupConnectors = wordSet(`, and or & both the as well plus including`)
	// quantifiers before an occupied or controlled place: "about 20 percent of Ukraine"
	quantityWords = wordSet(`about some roughly nearly almost around over more than less part parts most all
		much percent % of the a large small big swathes swaths chunks areas area territory territories
		regions region portions portion half third quarter eastern western northern southern central
		entire whole much many several key`)
	possessivePronouns = wordSet(`his her its their my our your`)
	reflexives         = wordSet(`himself herself itself themselves`)
	// nouns of kin that describe a person in apposition: "Hamza bin Laden, son of ..."
	kinNouns = wordSet(`son daughter wife husband brother sister father mother widow widower cousin nephew niece
		grandson granddaughter uncle aunt`)
	// nouns of a group that a name before them stands for: "the Houthi movement"
	collectiveNouns = wordSet(`movement government forces troops military army militants rebels fighters
		authorities officials police administration regime group militia`)
	// nouns of a group that a named leader leads: "a U.S.-led coalition"
	ledNouns = wordSet(`coalition alliance forces force troops operation invasion intervention`)
	// nouns of the team that acts for a candidate: "the Biden campaign"
	campaignNouns = wordSet(`campaign camp`)
	// words that end a clause for the purpose of scoping
	clauseBreaks = wordSet(`; : but while although though whereas because which who whom whose where when
		if unless whether "`)
)

// isRoleWord reports whether a non-entity unit may stand inside a group of names: a role
// word or a capitalised word that is no entity ("Chancellor", "Prime").
func isRoleWord(u unit) bool {
	if roleWords[u.low] {
		return true
	}
	if a, b, ok := strings.Cut(u.low, "-"); ok && roleWords[a] && roleWords[b] {
		return true // "vice-president"
	}
	return (u.tag == "NNP" || u.tag == "NNPS") && len(u.text) > 1 && u.text[0] >= 'A' && u.text[0] <= 'Z' && !clauseBreaks[u.low] &&
		wordClasses[u.low]&(wcMonth|wcWeekday) == 0 // "On Friday, Qaboos bin Said, ..."
}

// groupOpts tunes how a group is collected.
type groupOpts struct {
	// roles lets role words stand between names ("German Chancellor Angela Merkel and
	// British Prime Minister Boris Johnson").
	roles bool
	// quantities lets quantity words stand between names ("about 20 percent of Ukraine,
	// including Crimea, most of Donetsk").
	quantities bool
	// of lets "of" join a name to the next ("Buhari of Nigeria").
	of bool
	// lead is how many plain words may come before the first name ("leaders from").
	lead int
}

// groupRight returns the indices of the entity units of the coordinated phrase that starts
// at unit i, and the index after it. Determiners and, with opts, role and quantity words
// are passed over; the phrase ends at the first other word.
func (v *sentView) groupRight(i int, o groupOpts) ([]int, int) {
	var out []int
	lead := o.lead
	j := i
	for ; j < len(v.u); j++ {
		u := v.u[j]
		if u.isEnt() {
			out = append(out, j)
			continue
		}
		if u.tag == "POS" && len(out) > 0 {
			continue
		}
		if groupConnectors[u.low] || u.low == "a" || u.low == "an" {
			if u.low == "as" && !(j+2 < len(v.u) && v.u[j+1].low == "well" && v.u[j+2].low == "as") && !(j > 0 && v.u[j-1].low == "well") {
				break
			}
			continue
		}
		if o.of && u.low == "of" && len(out) > 0 {
			continue
		}
		if o.roles && isRoleWord(u) {
			continue
		}
		if o.roles && len(out) > 0 && (u.tag == "NN" || u.tag == "JJ") && (roleWords[v.at(j+1)] || roleWords[v.at(j+2)] && v.i(j+1).tag == "NN") {
			continue // "and energy minister Yuval Steinitz"
		}
		if o.quantities && (quantityWords[u.low] || u.tag == "CD") {
			continue
		}
		if len(out) == 0 && lead > 0 && (strings.HasPrefix(u.tag, "NN") || strings.HasPrefix(u.tag, "JJ") || u.tag == "CD" || u.low == "from" || u.low == "of") {
			lead--
			continue
		}
		break
	}
	// trailing connectors are not part of the phrase
	for j > i && !v.u[j-1].isEnt() && (groupConnectors[v.u[j-1].low] || v.u[j-1].low == "of") {
		j--
	}
	return out, j
}

// groupLeft returns the indices of the entity units of the coordinated phrase that ends
// right before unit i, in text order, and the index where it starts.
func (v *sentView) groupLeft(i int, o groupOpts) ([]int, int) {
	var out []int
	j := i - 1
	for ; j >= 0; j-- {
		u := v.u[j]
		if u.isEnt() {
			out = append(out, j)
			continue
		}
		if u.tag == "POS" {
			break
		}
		if groupConnectors[u.low] && !(u.low == "," && len(out) == 0 && j == i-1 && false) {
			continue
		}
		if o.of && u.low == "of" {
			continue
		}
		if o.roles && isRoleWord(u) {
			continue
		}
		if o.roles && strings.HasPrefix(u.tag, "JJ") && j+1 < i && isRoleWord(v.u[j+1]) && !v.u[j+1].isEnt() {
			continue // "Qaboos bin Said, the long-serving Sultan of Oman,"
		}
		break
	}
	start := j + 1
	for start < i && !v.u[start].isEnt() && groupConnectors[v.u[start].low] {
		start++
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out, start
}

// skipLeft walks left from unit i-1 over auxiliaries, adverbs, catenative verbs with
// their "to", and an appositive's closing comma; it returns the index after which the
// subject should end, and whether a negation was passed.
func (v *sentView) skipLeft(i int) (int, bool) {
	neg := false
	j := i - 1
	for j >= 0 {
		u := v.u[j]
		switch {
		case u.isEnt():
			return j + 1, neg
		case negators[u.low]:
			neg = true
		case auxWords[u.low], u.tag == "RB" || u.tag == "RBR" || u.tag == "RBS", u.tag == "MD":
		case u.low == "to" && j > 0 && (catenatives[v.u[j-1].low] || v.u[j-1].tag == "VBN"):
		case catenatives[u.low] && j+1 < i && v.u[j+1].low == "to":
		case u.low == "," || u.low == "who" || u.low == "which" || u.low == "that":
		case reflexives[u.low]: // "who had himself been assassinated"
		case u.low == ")" && j >= 2 && v.at(j-2) == "(" && v.u[j-1].isEnt() && j >= 3 && v.u[j-3].isEnt():
			return j - 2, neg // "the United States Commission ... (USCIRF) also criticized"
		default:
			return j + 1, neg
		}
		j--
	}
	return 0, neg
}

// subjectOf returns the entity units of the subject of the verb at unit i: the group right
// before it (past auxiliaries and adverbs), with a negation flag.
func (v *sentView) subjectOf(i int) ([]int, bool) {
	end, neg := v.skipLeft(i)
	if end > 0 && (v.at(end-1) == "and" || v.at(end-1) == "or") {
		return nil, neg // "which belonged to Syria and was occupied": no subject here
	}
	if end > 0 && end < i && v.at(end) == "," && v.at(end+1) != "who" && v.at(end+1) != "which" {
		if k := v.relativeStart(end); k > 0 {
			end = k // "The Islamic State, which is linked to the Abu Sayyaf Group, claimed"
		}
	}
	g, start := v.groupLeft(end, groupOpts{roles: true, of: true})
	if len(g) == 0 && end >= 2 && collectiveNouns[v.at(end-1)] && v.u[end-2].isEnt() && v.u[end-2].typ != schema.Person {
		// "The Yemen-based Houthi movement claimed", "the Iranian government condemned":
		// the name stands for the group it qualifies
		if v.at(end-3) != "'s" && v.i(end-3).tag != "POS" {
			return []int{end - 2}, neg
		}
	}
	if len(g) == 0 && end >= 3 && ledNouns[v.at(end-1)] && (v.at(end-2) == "-led" || v.at(end-2) == "led") && v.u[end-3].isEnt() &&
		v.u[end-3].typ != schema.Person {
		// "a U.S.-led coalition ousted Saddam Hussein": the leader of the coalition acts
		return []int{end - 3}, neg
	}
	if len(g) == 0 && end >= 2 && campaignNouns[v.at(end-1)] {
		// "The Biden campaign criticized", "Trump's campaign said": the campaign acts for
		// its candidate
		p := end - 2
		if v.at(p) == "'s" || v.i(p).tag == "POS" {
			p--
		}
		if p >= 0 && v.u[p].isEnt() && v.u[p].typ == schema.Person && (p == 0 || !v.u[p-1].isEnt()) {
			return []int{p}, neg
		}
	}
	if len(g) > 0 && end < i && (v.at(end) == "who" || (v.at(end) == "," && v.at(end+1) == "who")) {
		return g, neg // "the brother of President John F. Kennedy, who had been assassinated"
	}
	if k := start - 1; len(g) > 0 && k >= 1 {
		for k >= 1 && (v.at(k) == "the" || strings.HasPrefix(v.u[k].tag, "JJ")) {
			k--
		}
		if p := v.i(k - 1); v.at(k) == "of" && !p.isEnt() && (p.tag == "NN" || p.tag == "NNS") && !isRoleWord(p) {
			return nil, neg // "the member states of the 55-member AU have signed": not the AU
		}
	}
	if len(g) > 0 && v.commaBetween(end, i) {
		// "X, ..., verb": the name before the comma is the subject only when it is an
		// appositive ("The Italian foreign minister, Luigi Di Maio, joined") or the
		// subject of the clause; in "his critics, which include Greenpeace, blame him"
		// the included names stand for the subject.
		open := start - 1
		for open >= 0 && (v.at(open) == "the" || isRoleWord(v.u[open])) {
			open--
		}
		switch {
		case open < 0 || v.at(open) == "," || evSubordinators[v.at(open)] || clauseBreaks[v.at(open)] || sayingWords[v.at(open)]:
			// "after Paweł Adamowicz, mayor of Gdańsk, was stabbed": the clause opens there
		case v.at(open) == "include" || v.at(open) == "includes" || v.at(open) == "including" || v.u[open].tag == "JJ" || v.u[open].tag == "NN":
			if !v.includedBy(open) {
				return nil, neg
			}
		default:
			return nil, neg
		}
	}
	return g, neg
}

// commaBetween reports whether a comma stands among units [a, b).
func (v *sentView) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if v.at(k) == "," {
			return true
		}
	}
	return false
}

// includedBy reports whether the words before unit k, back to a comma, begin with
// "which include" or "who include": "his critics, which include non-governmental
// environmental activism group Greenpeace".
func (v *sentView) includedBy(k int) bool {
	for ; k >= 0 && v.at(k) != ","; k-- {
		switch v.at(k) {
		case "include", "includes", "included", "including":
			return true
		}
	}
	return false
}

// heads keeps the heads of a group of entity units: a demonym, country or organization
// standing as a modifier of a person ("German Chancellor Angela Merkel", "Buhari of
// Nigeria", "Trump's envoy Steve Witkoff") is dropped, and repeats of one entity are kept
// once.
func (v *sentView) heads(g []int) []int {
	var out []int
	seen := map[int]bool{}
	for k, i := range g {
		u := v.u[i]
		if u.kind == "pronoun" && possessivePronouns[u.low] {
			continue // "fired his vice president": his is no participant
		}
		if u.typ != schema.Person && v.modifiesPerson(i) {
			continue
		}
		if u.kind == "title" && v.titleOfName(i) {
			continue // "the President of the United States Donald Trump": the name is the head
		}
		if u.typ != schema.Person && k > 0 && i >= 2 && v.u[i-1].low == "of" && v.u[g[k-1]].typ == schema.Person && g[k-1] == i-2 {
			continue // Buhari of Nigeria
		}
		if u.typ != schema.Person && k > 0 && v.roleComplement(i) && v.u[g[0]].typ == schema.Person {
			continue // "Tony Evers, the governor of Wisconsin"
		}
		if seen[u.ent] {
			continue
		}
		seen[u.ent] = true
		out = append(out, i)
	}
	return out
}

// modifiesPerson reports whether unit i is followed, past role words only, by a person of
// the same noun phrase.
func (v *sentView) modifiesPerson(i int) bool {
	for j := i + 1; j < len(v.u) && j <= i+6; j++ {
		u := v.u[j]
		if u.isEnt() {
			return u.typ == schema.Person && u.kind != "pronoun"
		}
		if u.tag == "POS" || isRoleWord(u) || u.tag == "JJ" || (u.low == "of" && j > i+1) {
			continue // "US Secretary of State Mike Pompeo"
		}
		return false
	}
	return false
}

// clauseStart returns the index of the first unit of the clause holding unit i.
func (v *sentView) clauseStart(i int) int {
	for j := i - 1; j >= 0; j-- {
		if clauseBreaks[v.u[j].low] {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the index after the last unit of the clause holding unit i.
func (v *sentView) clauseEnd(i int) int {
	for j := i + 1; j < len(v.u); j++ {
		if clauseBreaks[v.u[j].low] {
			return j
		}
	}
	return len(v.u)
}

// entities returns the entity indices of the units at idx.
func (v *sentView) entities(idx []int) []int {
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		out = append(out, v.u[i].ent)
	}
	return out
}

// hasPronoun reports whether any unit of idx is a resolved pronoun.
func (v *sentView) hasPronoun(idx []int) bool {
	for _, i := range idx {
		if v.u[i].kind == "pronoun" {
			return true
		}
	}
	return false
}

// at returns the lowercase text of unit i, or "" outside the sentence.
func (v *sentView) at(i int) string {
	if i < 0 || i >= len(v.u) {
		return ""
	}
	return v.u[i].low
}

// next returns the index of the first unit at or after i that is not a determiner.
func (v *sentView) skipDet(i int) int {
	for i < len(v.u) {
		switch v.u[i].low {
		case "the", "a", "an", "its", "their", "this", "that", "these", "those":
			i++
			continue
		}
		return i
	}
	return i
}

// roleComplement reports whether unit i names what a role word before it is of: "the
// governor of Wisconsin", "former vice-president of Namibia".
func (v *sentView) roleComplement(i int) bool {
	j := i - 1
	if v.at(j) != "of" {
		return false
	}
	j--
	for j >= 0 && (v.at(j) == "the" || strings.HasPrefix(v.u[j].tag, "JJ")) && !isRoleWord(v.u[j]) {
		j--
	}
	return j >= 0 && !v.u[j].isEnt() && isRoleWord(v.u[j])
}

// subjectFar returns the subject of the verb at unit i like subjectOf, and when the verb
// has none of its own, the subject it shares: of the verb an infinitive depends on
// ("Iran demanded from Interpol to publish": Iran), or of the verb before "and" ("Iran
// issued arrest warrants ... and demanded": Iran).
func (v *sentView) subjectFar(i int) ([]int, bool) {
	for depth := 0; depth < 3; depth++ {
		subj, neg := v.subjectOf(i)
		if len(subj) > 0 || neg {
			return subj, neg
		}
		j := i - 1
		for j >= 0 && (v.u[j].tag == "RB" || v.u[j].tag == "MD" || auxWords[v.at(j)]) {
			j--
		}
		switch w := v.at(j); {
		case w == "to" || w == "and" || w == "or" || w == "but":
			k := v.verbBefore(j, w != "to")
			if k < 0 || (w == "to" && v.objectBetween(k, j)) {
				return nil, false // "pressure the government to launch": the government launches
			}
			i = k
		default:
			return nil, false
		}
	}
	return nil, false
}

// verbBefore returns the nearest full verb before unit j in its clause (a finite one when
// finite is set), or -1. Objects and phrases may stand between; a comma may not, unless
// finite (coordinated verbs: "issued arrest warrants ..., and demanded").
func (v *sentView) verbBefore(j int, finite bool) int {
	cs := v.clauseStart(j)
	for k := j - 1; k >= cs && k >= j-25; k-- {
		u := v.u[k]
		if !finite && (u.low == "," || u.isEnt() && u.kind == "pronoun" && !possessivePronouns[u.low]) {
			return -1
		}
		if !u.isVerb() || auxWords[u.low] || u.tag == "MD" {
			continue
		}
		if finite && !(u.tag == "VBD" || u.tag == "VBZ" || u.tag == "VBP") {
			continue
		}
		return k
	}
	return -1
}

// objectBetween reports whether an object stands between the verb at unit k and unit j
// outside a prepositional phrase: "pressure the Ukrainian government to", not "demanded
// from Interpol to".
func (v *sentView) objectBetween(k, j int) bool {
	inPP := false
	for x := k + 1; x < j; x++ {
		u := v.u[x]
		switch {
		case u.tag == "IN":
			inPP = true
		case !inPP && (u.isEnt() || strings.HasPrefix(u.tag, "NN") || u.tag == "PRP"):
			return true
		}
	}
	return false
}

// finiteBetween reports whether a finite verb stands among units [a, b), other than
// "aged" in an aside ("Brenton Tarrant, aged 28,").
func (v *sentView) finiteBetween(a, b int) bool {
	for x := a; x < b; x++ {
		if t := v.u[x].tag; (t == "VBD" || t == "VBZ" || t == "VBP") && v.at(x) != "aged" {
			return true
		}
	}
	return false
}

// relativeStart returns the index of the comma that opens a relative clause or a
// described apposition closed by the comma at unit c (", which is linked to the Abu Sayyaf
// Group,", ", a career politician who served as President of India for five years,"), or
// 0. An apposition that opens with a name is the subject itself ("The Italian foreign
// minister, Luigi Di Maio, joined").
func (v *sentView) relativeStart(c int) int {
	for k := c - 1; k > 0 && k >= c-40; k-- {
		if v.at(k) == "," {
			switch w := v.at(k + 1); {
			case (w == "which" || w == "who") && !v.includedBy(c-1):
				return k // not "his critics, which include Greenpeace, blame him": the names stand for the critics
			case (w == "a" || w == "an") && v.u[k-1].isEnt():
				return k
			case v.u[k-1].isEnt() && !v.u[k+1].isEnt() && (isRoleWord(v.u[k+1]) || kinNouns[w]) && v.at(k+2) == "of":
				return k // "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed"
			}
			return 0
		}
	}
	return 0
}

// titleOfName reports whether the title mention at unit i is followed in its phrase by
// the name it titles: "the President of the United States Donald Trump".
func (v *sentView) titleOfName(i int) bool {
	for j := i + 1; j < len(v.u) && j <= i+6; j++ {
		u := v.u[j]
		if u.isEnt() {
			if u.typ == schema.Person {
				return u.kind == "name"
			}
			continue // the country of the title
		}
		if u.low == "of" || u.low == "the" || isRoleWord(u) {
			continue
		}
		return false
	}
	return false
}
