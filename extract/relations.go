package extract

import (
	"strings"

	"newsgraph/schema"
)

// Relations is the stage that reads explicit, directed relations between entities: who
// supports, opposes, accuses, sanctions or bans whom, who occupies or controls a place,
// who is a member of what. It runs after the entity, pronoun and statement stages and
// before Events (which reads memberOf to name the members of a group that meets).
//
// Only explicit cues count, each read from its own sentence:
//
//	supports   X supports/backs/endorses/seconds Y, X sided with / stands with Y,
//	           "Y's proposal was seconded by X" (the proposal's owner is Y)
//	opposes    X opposes/rejects/condemns/denounces/criticizes/fights/sues Y (or Y's statement,
//	           plan, call ...), X pushed back against Y, X is a critic of Y, Y's critics
//	           include X, fighting between X and Y (both ways)
//	accuses    X accuses/blames Y, X alleged Y-ian involvement
//	sanctions  X sanctions Y, X imposed sanctions on Y; bans: X bans Y
//	occupies   X occupies/annexed Y (and each place of "about 20 percent of Ukraine,
//	           including Crimea, most of Donetsk ..."); controls: X controls Y, X's control of Y
//	memberOf   X joins Y (and "Benin was to join" after "planned to join the AfCFTA"),
//	           X is a member of Y, Y is a group of seven countries, A, B and C
//
// Indirect wordings (criticism of an act, "criticism by X", passive relative clauses,
// "part of", "X-backed", "in support of", "in protest against", allies, "sanctions by X
// against Y") are read by relations_cues.go; the Events stage adds the relations events
// state (an arrest warrant, a charge or an impeachment accuses; backing an event supports
// its authors). Actions taken against somebody ("filed a lawsuit against Y", "US strikes
// against ISIS"), goals ("to defeat Y", "take this fight to Y") and descriptions of an act
// as a fault ("called Y's conduct a breach") are read by relations_against.go. Stances
// toward a hostile act whose author the article tells ("spoke out against the attack"),
// approval of an act ("welcomed the strike"), "support for Y" and defence pacts are read
// by relations_acts.go; party membership said by a post, a nomination or a party initial
// ("X, leader of the P", "sought the P's nomination", "(R-S.C.)") by relations_party.go.
//
// A negation ("is not a member of", "did not condemn") drops the relation; a modal or a
// pronoun lowers its confidence. The subject and object are the heads of their phrases:
// "German Chancellor Angela Merkel" is Merkel, not Germany.
type Relations struct{}

// relCue is what a cue word says.
type relCue struct {
	pred schema.RelationKind
	// prep is a preposition that may follow the verb before its object ("fight against").
	prep string
}

// relVerbs are the verb forms that state a relation between their subject and object.
var relVerbs = func() map[string]relCue {
	m := map[string]relCue{}
	add := func(pred schema.RelationKind, prep string, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] = relCue{pred: pred, prep: prep}
		}
	}
	add(schema.Opposes, "", `oppose opposes opposed opposing reject rejects rejected rejecting condemn condemns
		condemned condemning denounce denounces denounced denouncing criticize criticizes criticized
		criticizing criticise criticises criticised criticising`)
	add(schema.Opposes, "", `slam slams slammed slamming blast blasts blasted blasting lambast lambasts
		lambasted lambasting decry decries decried decrying rebuke rebukes rebuked rebuking assail assails
		assailed assailing`)
	add(schema.Opposes, "", `mock mocks mocked mocking ridicule ridicules ridiculed ridiculing deride derides
		derided deriding disparage disparages disparaged disparaging chastise chastises chastised chastising
		castigate castigates castigated castigating excoriate excoriates excoriated excoriating berate berates
		berated berating censure censures censured censuring reprimand reprimands reprimanded reprimanding
		repudiate repudiates repudiated repudiating defy defies defied defying`)
	add(schema.Opposes, "against", `fight fights fought fighting`)
	add(schema.Opposes, "", `attack attacks attacked attacking`)
	add(schema.Opposes, "", `sue sues sued suing invade invades invaded invading`)
	add(schema.Supports, "", `support supports supported supporting back backs backed backing endorse
		endorses endorsed endorsing second seconds seconded seconding`)
	for w := range approvalVerbs {
		m[w] = relCue{pred: schema.Supports} // only of an act: relations_acts.go
	}
	add(schema.Accuses, "", `accuse accuses accused accusing blame blames blamed blaming`)
	add(schema.Sanctions, "", `sanction sanctioned sanctioning`)
	add(schema.Bans, "", `ban banned banning`)
	add(schema.Occupies, "", `occupy occupies occupied occupying annex annexes annexed annexing`)
	add(schema.Controls, "", `control controls controlled controlling`)
	add(schema.IsMember, "", `join joins joined joining`)
	return m
}()

// relPhrases are two-word cues: "sided with", "pushed back against".
var relPhrases = map[string]relCue{
	"sided with": {pred: schema.Supports}, "sides with": {pred: schema.Supports}, "side with": {pred: schema.Supports},
	"stand with": {pred: schema.Supports}, "stands with": {pred: schema.Supports}, "stood with": {pred: schema.Supports},
	"allied with": {pred: schema.Supports}, "aligned with": {pred: schema.Supports},
	"protested against": {pred: schema.Opposes}, "protest against": {pred: schema.Opposes},
	"voted against":  {pred: schema.Opposes},
	"railed against": {pred: schema.Opposes}, "rails against": {pred: schema.Opposes}, "rail against": {pred: schema.Opposes},
	"clashed with": {pred: schema.Opposes}, "clashes with": {pred: schema.Opposes}, "clash with": {pred: schema.Opposes},
	"disagreed with": {pred: schema.Opposes}, "disagrees with": {pred: schema.Opposes}, "disagree with": {pred: schema.Opposes},
	"broke with": {pred: schema.Opposes}, "breaks with": {pred: schema.Opposes},
}

var (
	// nouns whose owner is the object when they are supported or opposed: "opposed
	// Macron's statement"
	stanceNouns = wordSet(`statement statements proposal proposals suggestion suggestions call calls plan plans
		recommendation recommendations policy policies decision decisions remarks comments position
		stance idea ideas initiative demand demands move moves actions action invasion annexation
		claim claims request offer bid candidacy leadership government regime administration
		aggression sovereignty independence efforts effort agenda rule war campaign presence`)
	// the verbs that made a stance noun, to find its owner in the sentences before: "the
	// call" after "Macron called for G7 action"
	stanceVerbs = map[string][]string{
		"call": {"called", "calls", "calling"}, "calls": {"called", "calls", "calling"},
		"proposal": {"proposed", "proposes"}, "suggestion": {"suggested", "suggests"},
		"recommendation": {"recommended", "recommends"}, "plan": {"proposed", "unveiled", "announced", "planned"},
		"idea": {"proposed", "suggested"}, "initiative": {"announced", "launched", "proposed", "unveiled"},
		"demand": {"demanded"}, "demands": {"demanded"}, "request": {"requested"}, "offer": {"offered"},
		"statement": {"said", "stated"}, "remarks": {"said"}, "comments": {"said"}, "decision": {"decided"},
	}
	// words that make a relation only possible: "could end dialogue"
	modalWords = wordSet(`would could may might should expected likely if unless whether`)
	// the nouns of a group of countries: "an informal group of seven countries"
	groupNouns = wordSet(`group alliance bloc union organization organisation coalition grouping club
		association federation partnership forum community`)
	memberNouns = wordSet(`countries nations states members economies democracies governments`)
	// verbs that impose sanctions: "imposed sanctions on"
	imposeVerbs = wordSet(`imposed impose imposes imposing announced slapped levied placed introduced adopted`)
	// "alleged Iranian involvement"
	involvementNouns = wordSet(`involvement role responsibility complicity interference meddling links hand support culpability`)
	// conflict nouns: "fighting between Russian and Ukrainian forces"
	conflictNouns = wordSet(`fighting clashes war conflict hostilities battles`)
	pushVerbs     = wordSet(`push pushes pushed pushing speak speaks spoke speaking lash lashes lashed lashing hit hits hitting fight fights fought fighting`)
	lashVerbs     = wordSet(`lash lashes lashed lashing hit hits hitting`)
	// aimVerbs take aim, or the fight: "took aim at", "take this fight to"
	aimVerbs = wordSet(`take takes took taking taken`)
	copulas  = wordSet(`is was are were be been remains remained became become has have had`)
	// servedVerbs serve as a member: "He served as a member of"
	servedVerbs = wordSet(`served serves serving serve`)
	// negWords deny what follows them
	negWords = wordSet(`not never no longer`)
)

// relArgs allowed per predicate: which entity types may be subject and object.
func relTypesOK(p schema.RelationKind, s, o schema.EntityType) bool {
	actor := func(t schema.EntityType) bool {
		return t == schema.Person || t == schema.Organization || t == schema.Country
	}
	switch p {
	case schema.Occupies, schema.Controls:
		return (s == schema.Country || s == schema.Organization) && (o == schema.Place || o == schema.Country)
	case schema.IsMember:
		return actor(s) && o == schema.Organization
	default:
		return actor(s) && actor(o)
	}
}

// relFinder reads the relations of one article.
type relFinder struct {
	d     *Draft
	views *viewSet
	out   []Relation
	seen  map[string]int
	// lastJoin is the organization of the last "join" read, with its sentence.
	lastJoin, lastJoinSent int
	// suitTargets are who the last lawsuit read was against, with its sentence: "this
	// legal action" later stands for that suit.
	suitTargets []int
	suitSent    int
}

// Run implements Stage.
func (Relations) Run(d *Draft) error {
	if len(d.Sentences) == 0 {
		return nil
	}
	f := &relFinder{d: d, views: newViewSet(d), seen: map[string]int{}, lastJoin: -1}
	people := mentionTypes(d)
	for si := range d.Sentences {
		if d.Sentences[si].Headline {
			continue
		}
		if hasWord(&d.Sentences[si], isRelationWord) {
			f.sentence(f.views.get(si))
		}
		if people[si]&hasPerson != 0 {
			f.affiliations(f.views.get(si))
		}
	}
	d.Relations = append(d.Relations, f.dropEntailed()...)
	return nil
}

// dropEntailed drops "X controls Y" when the article also says X occupies Y: occupation
// is the stronger statement of the two.
func (f *relFinder) dropEntailed() []Relation {
	var out []Relation
	for _, r := range f.out {
		if r.Predicate == schema.Controls {
			if _, ok := f.seen[string(r.Subject)+"|"+string(schema.Occupies)+"|"+string(r.Object)]; ok {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// isRelationWord reports whether a word may start a relation cue.
func isRelationWord(w string) bool {
	if _, ok := relVerbs[w]; ok {
		return true
	}
	switch w {
	case "member", "members", "control", "sanctions", "alleged", "alleges", "allege", "part", "protest",
		"opposition", "resign":
		return true
	}
	if stanceNounsOf[w] != "" {
		return true
	}
	if stanceNominals[w] != "" {
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && backingWords[w[k+1:]] {
		return true // "British-backed"
	}
	return pushVerbs[w] || groupNouns[w] || conflictNouns[w] || relPhraseStarts[w] || isAgainstWord(w) || pactNouns[w]
}

var relPhraseStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range relPhrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	return m
}()

// add records subject -> pred -> object read from units of v.
func (f *relFinder) add(v *sentView, pred schema.RelationKind, s, o int, span [2]int, conf float64) {
	if s < 0 || o < 0 || s == o {
		return
	}
	ds, do := f.d.Entities[s], f.d.Entities[o]
	if !relTypesOK(pred, ds.Type, do.Type) {
		return
	}
	key := ds.ID + "|" + string(pred) + "|" + do.ID
	if k, ok := f.seen[key]; ok {
		if conf > f.out[k].Confidence {
			f.out[k].Evidence = f.d.Evidence(span[0], span[1], conf)
		}
		return
	}
	f.seen[key] = len(f.out)
	f.out = append(f.out, Relation{Subject: Ref(ds.ID), Predicate: pred, Object: Ref(do.ID),
		Evidence: f.d.Evidence(span[0], span[1], conf)})
	if pred == schema.IsMember {
		f.lastJoin, f.lastJoinSent = o, v.si
	}
}

// addAll records every subject unit against every object entity.
func (f *relFinder) addAll(v *sentView, pred schema.RelationKind, subj []int, objs []int, cue int, conf float64) {
	for _, si := range subj {
		if v.u[si].inside {
			continue // "Greek" of "the Greek foreign minister": the minister is the subject
		}
		for _, oe := range objs {
			span := [2]int{min(v.u[si].start, v.u[cue].start), v.u[cue].end}
			f.add(v, pred, v.u[si].ent, oe, span, f.confidence(v, conf, subj))
		}
	}
}

// confidence lowers conf for pronoun subjects.
func (f *relFinder) confidence(v *sentView, conf float64, subj []int) float64 {
	if v.hasPronoun(subj) {
		conf -= 0.1
	}
	return conf
}

// sentence reads the relations of one sentence.
func (f *relFinder) sentence(v *sentView) {
	for i := range v.u {
		u := v.u[i]
		if u.isEnt() {
			continue
		}
		if cue, ok := relPhrases[u.low+" "+v.at(i+1)]; ok {
			f.verbCue(v, i, i+1, cue)
			continue
		}
		if pushVerbs[u.low] && (v.at(i+1) == "back" || v.at(i+1) == "out") && v.at(i+2) == "against" {
			f.verbCue(v, i, i+2, relCue{pred: schema.Opposes}) // "push back against", "spoke out against"
			continue
		}
		if (lashVerbs[u.low] && v.at(i+1) == "out" || aimVerbs[u.low] && v.at(i+1) == "aim") && v.at(i+2) == "at" {
			f.verbCue(v, i, i+2, relCue{pred: schema.Opposes}) // "lashed out at", "hit out at", "took aim at"
			continue
		}
		if isAgainstWord(u.low) {
			f.againstCue(v, i)
		}
		switch {
		case stanceNounsOf[u.low] != "":
			f.stanceHolder(v, i)
		case u.low == "member" || u.low == "members":
			f.memberOf(v, i)
		case groupNouns[u.low] && v.at(i+1) == "of":
			f.groupList(v, i)
		case u.low == "control" && v.at(i+1) == "of" && v.at(i-1) == "'s":
			f.possessedControl(v, i)
		case conflictNouns[u.low] && v.at(i+1) == "between":
			f.conflict(v, i)
		case u.low == "sanctions" && (v.at(i+1) == "on" || v.at(i+1) == "against"):
			f.imposed(v, i)
		case u.low == "alleged" || u.low == "alleges" || u.low == "allege":
			f.alleged(v, i)
		case u.low == "part":
			f.partOf(v, i)
		case backingWords[strings.TrimLeft(u.low, "-–")] && (strings.HasPrefix(u.low, "-") || v.at(i-1) == "-"):
			b := i
			if v.at(i-1) == "-" {
				b = i - 1
			}
			f.backed(v, b) // "Iran-backed Houthi rebels"
		case (u.low == "support" || u.low == "protest") && v.at(i-1) == "in":
			pred := schema.Supports
			if u.low == "protest" {
				pred = schema.Opposes
			}
			f.inStanceOf(v, i, pred)
			continue
		}
		if u.low == "allies" {
			f.allies(v, i)
		}
		if pactNouns[u.low] {
			f.defencePact(v, i)
		}
		if u.low == "sanctions" {
			f.sanctionsBy(v, i)
			f.underSanctions(v, i)
		}
		if (u.low == "support" && v.at(i+1) == "for" || u.low == "opposition" && v.at(i+1) == "to") && !f.verbAt(v, i) {
			f.stanceFor(v, i) // "vowed support for Azerbaijan", "its support for Nicolás Maduro"
			continue
		}
		if pred := stanceNominals[u.low]; pred != "" && !f.verbAt(v, i) {
			f.nominalStance(v, i, pred)
			continue
		}
		if cue, ok := relVerbs[u.low]; ok && f.verbAt(v, i) {
			f.verbCue(v, i, i, cue)
		}
	}
}

// verbAt reports whether the cue word at unit i is used as a verb.
func (f *relFinder) verbAt(v *sentView, i int) bool {
	u := v.u[i]
	p := v.i(i - 1)
	if p.tag == "DT" || p.tag == "PRP$" || p.tag == "POS" || p.tag == "JJ" {
		return false
	}
	if u.low == "back" || u.low == "second" {
		return strings.HasPrefix(u.tag, "VB") && (p.isEnt() || p.tag == "PRP" || p.tag == "MD" || auxWords[p.low] || p.low == "to")
	}
	if strings.HasPrefix(u.tag, "VB") {
		return true
	}
	return p.isEnt() || p.tag == "MD" || auxWords[p.low] || p.low == "to" || p.tag == "PRP"
}

// verbCue reads SUBJ VERB OBJ around the cue spanning units i..j, or the passive
// OBJ was VERB-ed by SUBJ.
func (f *relFinder) verbCue(v *sentView, i, j int, cue relCue) {
	conf := 0.9
	if v.u[i].tag == "VBN" && v.at(i-1) == "," && v.at(j+1) == "by" && i >= 2 && v.u[i-2].isEnt() && v.u[i-2].kind != "pronoun" &&
		!isApproval(cue.pred, v.at(i)) {
		// "SpaceX, backed by entrepreneur Elon Musk, is": the name before the comma
		g, _ := v.groupRight(j+2, groupOpts{roles: true, of: true, lead: 2})
		f.addAll(v, cue.pred, v.heads(g), []int{v.u[i-2].ent}, i, 0.8)
		return
	}
	if v.passiveAt(i) && (v.at(j+1) == "by" || len(v.passiveByFar(j)) > 0) {
		var subj []int
		if v.at(j+1) == "by" {
			g, _ := v.groupRight(j+2, groupOpts{roles: true, of: true, lead: 2}) // "by the mainland Chinese government"
			subj = v.heads(g)
		} else {
			subj = v.passiveByFar(j) // "was accused of war crimes by the United Nations"
		}
		objIdx, neg := v.subjectOf(i)
		if neg {
			return
		}
		if len(objIdx) > 0 {
			b := objIdx[0] - 1
			for b >= 0 && v.u[b].tag == "DT" {
				b--
			}
			if b >= 0 && v.u[b].tag == "IN" && !v.u[b].isEnt() && v.at(b) != "of" {
				// "Iran's attack on the United States was condemned by NATO": the
				// attack, whose author a possessor names
				objIdx = nil
				if n := b - 1; n >= 2 && (actNouns[v.at(n)] || hostileNouns[v.at(n)]) && (v.at(n-1) == "'s" || v.i(n-1).tag == "POS") && v.u[n-2].isEnt() {
					objIdx = []int{n - 2}
				}
				if len(objIdx) == 0 {
					return
				}
			}
		}
		objs := v.entities(v.heads(objIdx))
		if len(objs) > 0 && isApproval(cue.pred, v.at(i)) {
			return // "Mendez was praised": a tribute, not an alliance
		}
		if len(objs) == 0 {
			objs = f.passiveAntecedent(v, i) // "the territory, which ... was occupied by Israel"
		}
		if len(objs) == 0 {
			// "The call was quickly seconded by ...": whose call?
			if n := f.nounBefore(v, i); n >= 0 {
				if o := f.stanceOwner(v, n); o >= 0 {
					objs, conf = []int{o}, 0.7
				}
			}
		}
		f.addAll(v, cue.pred, subj, objs, i, conf*0.95)
		return
	}
	if nx := v.at(j + 1); nx == "into" || nx == "off" || nx == "out" || nx == "away" {
		return // "slammed into the coast", "backed away from"
	}
	subj, neg := v.subjectOf(i)
	if ofPersonNoun(v, subj) {
		return // "Critics of Joe Biden blamed Kamala Harris": the critics, not Biden
	}
	if len(subj) == 0 && !neg && v.u[i].tag == "VBD" {
		subj, neg = v.subjectFar(i) // "He defended his record ..., and criticized Democrats"
	}
	if len(subj) == 0 && !neg {
		subj = f.appositiveSubject(v, i) // "Kerri Kupec, spokeswoman for ..., criticized"
	}
	if len(subj) == 0 && !neg && v.u[i].tag == "VBD" {
		subj = f.coordSubject(v, i) // "called McConnell's refusal \"a disgrace\" and accused"
	}
	if len(subj) == 0 && !neg && v.at(i-1) == "to" && cue.pred != schema.IsMember {
		// "I entered the race for President to defeat", "took to Twitter to attack Biden"
		if subj = f.goalSubject(v, i-1); selfUnnamed(v, subj) {
			return
		}
		if len(subj) > 0 {
			conf = 0.8
		}
	}
	if neg || deniedBefore(v, i) {
		return
	}
	if v.u[i].tag == "VBG" && !auxWords[v.at(i-1)] {
		// a participle takes the subject of its clause: "The United States was more
		// forceful in blaming Iran", "Pompeo posted a message on Twitter blaming Iran"
		if p := v.i(i - 1); p.isEnt() && p.kind != "pronoun" {
			_, start := v.groupLeft(i, groupOpts{roles: true})
			if w := v.at(start - 1); w != "on" && w != "in" && w != "via" && w != "at" && w != "through" {
				return // "not opposed to Vladimir Putin joining the G7": whose act is unclear
			}
		}
		subj = v.clauseSubject(i)
	} else {
		subj = v.heads(subj)
	}
	if len(subj) == 0 {
		return
	}
	if f.modal(v, i) {
		conf = 0.6
	}
	k := j + 1
	if cue.prep != "" && v.at(k) == cue.prep {
		k++
	}
	if cue.pred == schema.IsMember {
		if g, end := v.groupRight(v.skipDet(k), groupOpts{}); len(g) > 0 && v.at(end) == "in" && v.i(end+1).tag == "VBG" {
			return // "Germany joined France in condemning the attack": no membership
		}
	}
	if v.u[i].tag == "VBG" && v.at(i-1) == "in" {
		// "Germany joined France in condemning the attack": France condemns it too
		if g, start := v.groupLeft(i-1, groupOpts{}); len(g) > 0 {
			p := start - 1
			for v.at(p) == "the" {
				p--
			}
			if strings.HasPrefix(v.at(p), "join") && !v.u[p].isEnt() {
				subj = append(subj, v.heads(g)...)
			}
		}
	}
	if isApproval(cue.pred, v.at(i)) && !actObject(v, k) {
		return // "praised Mendez on Twitter": a tribute, not an alliance
	}
	objs, oconf := f.objectAt(v, k, cue.pred)
	if len(objs) == 0 && cue.pred == schema.IsMember && f.lastJoin >= 0 && v.si-f.lastJoinSent <= 2 && f.ends(v, k) {
		objs, oconf = []int{f.lastJoin}, 0.7 // "Benin was to join." after "... join the AfCFTA"
	}
	f.addAll(v, cue.pred, subj, objs, i, min(conf, oconf))
}

// ends reports whether the clause ends at unit k: "was to join."
func (f *relFinder) ends(v *sentView, k int) bool {
	w := v.at(k)
	return w == "" || w == "." || w == "," || w == ";" || w == "and" || w == "but"
}

// modal reports a modal or conditional word in the few units before the cue.
func (f *relFinder) modal(v *sentView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if modalWords[v.at(k)] {
			return true
		}
	}
	return false
}

// objectAt reads the object phrase starting at unit k: names ("Crimea, most of Donetsk,
// and nearly all of Luhansk"), a possessor ("Macron's statement"), or a stance noun whose
// owner an earlier sentence names ("the call").
func (f *relFinder) objectAt(v *sentView, k int, pred schema.RelationKind) ([]int, float64) {
	k = v.skipDet(k)
	if w := v.at(k); w == "both" || w == "either" {
		k = v.skipDet(k + 1) // "blamed both Israel and the United States"
	}
	if k >= len(v.u) {
		return nil, 0
	}
	if u := v.u[k]; u.isEnt() && u.kind == "pronoun" && u.low == "her" && !strings.HasPrefix(v.i(k+1).tag, "NN") && !strings.HasPrefix(v.i(k+1).tag, "JJ") {
		return []int{u.ent}, 0.85 // "accusing her of": an object, not a possessive
	}
	if u := v.u[k]; u.isEnt() && u.kind == "pronoun" && possessivePronouns[u.low] && pred != schema.Occupies && pred != schema.Controls {
		// "rejected his proposal": the pronoun's person; "endorsed his former rival, Joe
		// Biden": the name in apposition
		n := k + 1
		for n < len(v.u) && strings.HasPrefix(v.u[n].tag, "JJ") && !v.u[n].isEnt() {
			n++
		}
		if (stanceNouns[v.at(n)] || actNouns[v.at(n)]) && (pred == schema.Opposes || pred == schema.Supports) {
			return []int{u.ent}, 0.7
		}
		if a := v.appositiveObject(k); len(a) > 0 && pred != schema.IsMember {
			return v.entities(a), 0.8
		}
		return nil, 0
	}
	o := groupOpts{roles: true, of: true}
	if pred == schema.Occupies || pred == schema.Controls {
		o = groupOpts{quantities: true}
	} else if !v.u[k].isEnt() {
		// "endorsed former Vice President Joe Biden": role words before the name
		// or a possessor's ("the capital city's Democratic mayor Muriel Bowser")
		r := k
		for r < len(v.u) && r < k+6 && !v.u[r].isEnt() && (isRoleWord(v.u[r]) || v.at(r) == "former" || v.at(r) == "then-" ||
			v.u[r].tag == "NN" || strings.HasPrefix(v.u[r].tag, "JJ") || v.u[r].tag == "POS" || v.at(r) == "'s") {
			r++
		}
		if r > k && r < len(v.u) && v.u[r].isEnt() && v.u[r].typ == schema.Person && v.u[r].kind == "name" && isRoleWord(v.u[r-1]) {
			k = r
		} else if a := v.appositiveObject(k); len(a) > 0 && pred != schema.IsMember {
			return v.entities(a), 0.8 // "endorsed his former rival, Joe Biden"
		}
	}
	if !v.u[k].isEnt() && !(o.quantities && (quantityWords[v.at(k)] || v.u[k].tag == "CD")) {
		if stanceNouns[v.at(k)] || actNouns[v.at(k)] {
			if owner, c := f.actOwner(v, k); owner >= 0 && (pred == schema.Opposes || pred == schema.Supports) {
				return []int{owner}, c // "criticized the move", "attacked the proclamation ... by Trump"
			}
		}
		if o := ofOwner(v, k); o >= 0 && (pred == schema.Opposes || pred == schema.Supports) {
			return []int{o}, 0.8 // "supported the 2008 and 2012 presidential campaigns of Ron Paul"
		}
		if h := hostileAt(v, k); h >= 0 && (pred == schema.Opposes || pred == schema.Supports) && definiteDets[v.at(k-1)] && !possessivePronouns[v.at(k-1)] {
			if owner, c := f.hostileAuthor(v, h); owner >= 0 {
				return []int{owner}, c // "spoke out against the attack" told before
			}
		}
		if a := v.reducedRelativeAuthor(k); a >= 0 && (pred == schema.Opposes || pred == schema.Supports) {
			return []int{v.u[a].ent}, 0.7 // "criticized the executive order Trump signed"
		}
		return nil, 0
	}
	g, end := v.groupRight(k, o)
	if len(g) == 1 && v.at(end) == "'s" || (len(g) == 1 && v.i(g[0]+1).tag == "POS") {
		if pred == schema.IsMember || pred == schema.Occupies || pred == schema.Controls {
			return nil, 0 // "joined the Unity Party's presidential ticket"
		}
		// a possessor: "opposed Macron's statement", not "opposed Trump's envoy Witkoff"
		n := g[0] + 2
		for n < len(v.u) && strings.HasPrefix(v.u[n].tag, "JJ") {
			n++
		}
		if n < len(v.u) && !v.u[n].isEnt() && !roleWords[v.at(n)] && strings.HasPrefix(v.u[n].tag, "NN") && !sufferedNouns[v.at(n)] {
			return []int{v.u[g[0]].ent}, 0.85 // not "condemned Navalny's poisoning": done to him
		}
		return nil, 0
	}
	if len(g) == 1 && end == g[0]+1 && (pred == schema.Opposes || pred == schema.Supports) && hostileAt(v, end) >= 0 && actorModifier(v, g[0]) {
		return []int{v.u[g[0]].ent}, 0.8 // "condemned the Israeli strike", "welcomed the US strike"
	}
	if nx := v.i(end); len(g) > 0 && end == g[len(g)-1]+1 && strings.HasPrefix(nx.tag, "NN") && !nx.isEnt() && !roleWords[nx.low] &&
		!(v.u[g[len(g)-1]].typ != schema.Person && (groupPartNouns[nx.low] || collectiveNouns[nx.low])) {
		return nil, 0 // "accusing the Biden family": the family, not Biden
	}
	return v.entities(v.heads(g)), 0.9
}

// nounBefore returns the head noun of the phrase before the passive verb at unit i ("The
// call was quickly seconded"), or -1.
func (f *relFinder) nounBefore(v *sentView, i int) int {
	for k := i - 1; k >= 0; k-- {
		w := v.at(k)
		if auxWords[w] || v.u[k].tag == "RB" {
			continue
		}
		if stanceNouns[w] {
			return k
		}
		return -1
	}
	return -1
}

// stanceOwner finds who made the stance noun at unit n: its possessor ("Macron's call"),
// else the subject of the matching verb in this or the two sentences before ("Macron
// called for G7 action ... The call was seconded by ...").
func (f *relFinder) stanceOwner(v *sentView, n int) int {
	if n >= 2 && v.at(n-1) == "'s" && v.u[n-2].isEnt() {
		return v.u[n-2].ent
	}
	verbs := stanceVerbs[v.at(n)]
	if len(verbs) == 0 {
		return -1
	}
	for back := 0; back <= 2 && v.si-back >= 0; back++ {
		pv := f.views.get(v.si - back)
		limit := len(pv.u)
		if back == 0 {
			limit = n
		}
		for k := limit - 1; k >= 0; k-- {
			if !containsWord(verbs, pv.at(k)) {
				continue
			}
			subj, neg := pv.subjectOf(k)
			if h := pv.heads(subj); !neg && len(h) == 1 {
				return pv.u[h[0]].ent
			}
		}
	}
	return -1
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// stanceNounsOf are the nouns that name somebody by their stance toward another:
// "critic of Y", "Y's critics", "Y loyalist X".
var stanceNounsOf = map[string]schema.RelationKind{
	"critic": schema.Opposes, "critics": schema.Opposes, "opponent": schema.Opposes, "opponents": schema.Opposes,
	"detractor": schema.Opposes, "detractors": schema.Opposes,
	"ally": schema.Supports, "allies": schema.Supports, "supporter": schema.Supports, "supporters": schema.Supports,
	"loyalist": schema.Supports, "loyalists": schema.Supports, "backer": schema.Supports, "backers": schema.Supports,
	"defender": schema.Supports, "defenders": schema.Supports,
	"rival": schema.Opposes, "rivals": schema.Opposes, "challenger": schema.Opposes, "challengers": schema.Opposes,
}

// hostileNouns name an act against somebody: "Iran's attack on the United States".
var hostileNouns = wordSet(`attack attacks strike strikes airstrike airstrikes invasion bombing bombings
	annexation occupation aggression offensive crackdown`)

// contestNouns, among stanceNounsOf, name a contest that ends: only somebody's present
// rival is opposed ("Trump's rival Joe Biden", not "his former rival" or "Democratic
// challenger Joe Biden", where the name before is a party).
var contestNouns = wordSet(`rival rivals challenger challengers`)

// pastWords before a stance noun say the stance is over: "a former ally of".
var pastWords = wordSet(`former ex onetime one-time erstwhile ex-`)

// stanceHolder reads a stance noun at unit i: "X is an outspoken critic of Y", "X, a
// close ally of Y,", "X was an outspoken opponent of Y" (X is the subject of the copula
// or the name before the comma); "Y's critics, which include X," and "his critics ...
// include X"; "Putin's ally Alexander Lukashenko", "Kremlin critic Alexei Navalny",
// "Trump loyalist Stephen Schwarzman" (Y names the noun's owner, X follows it).
func (f *relFinder) stanceHolder(v *sentView, i int) {
	pred := stanceNounsOf[v.at(i)]
	if pastWords[v.at(i-1)] || pastWords[v.at(i-2)] {
		return // "Nikki Haley, a former ally of Donald Trump", "his former rival, Joe Biden"
	}
	if v.at(i+1) == "of" {
		g, _ := v.groupRight(v.skipDet(i+2), groupOpts{roles: true, of: true})
		objs := v.heads(g)
		if len(objs) == 0 {
			return
		}
		// left: adjectives and "a", "much more of a", then a copula or a comma
		k := i - 1
		for k >= 0 && (strings.HasPrefix(v.u[k].tag, "JJ") || strings.HasPrefix(v.u[k].tag, "RB") ||
			v.at(k) == "a" || v.at(k) == "an" || v.at(k) == "the" || v.at(k) == "of" || v.at(k) == "more" || v.at(k) == "much") && !v.u[k].isEnt() {
			k--
		}
		if k < 0 || !(copulas[v.at(k)] || v.at(k) == ",") {
			return
		}
		subj, neg := v.subjectOf(k)
		if neg {
			return
		}
		f.addAll(v, pred, v.heads(subj), v.entities(objs[:1]), i, 0.85)
		return
	}
	// the owner of the noun: "his critics", "Putin's ally", "Kremlin critic"
	owner, ownerAt, possessed := -1, -1, false
	switch {
	case i >= 1 && v.u[i-1].isEnt() && (v.u[i-1].kind == "pronoun" || v.i(i-1).tag == "POS"):
		owner, ownerAt, possessed = v.u[i-1].ent, i-1, true
	case i >= 2 && v.at(i-1) == "'s" && v.u[i-2].isEnt():
		owner, ownerAt, possessed = v.u[i-2].ent, i-2, true
	case i >= 1 && v.u[i-1].isEnt() && v.u[i-1].kind != "demonym" && !v.u[i-1].inside &&
		v.at(i-2) != "'s" && v.i(i-2).tag != "POS" && v.i(i-2).tag != "CD" && !possessivePronouns[v.at(i-2)]:
		owner, ownerAt = v.u[i-1].ent, i-1 // "Kremlin critic Alexei Navalny"; not "Biden's 2008 US Senate opponent"
	default:
		// "his main presidential rival Joe Biden", "Putin's close ally": adjectives between
		q := i - 1
		for q >= 0 && q >= i-3 && strings.HasPrefix(v.u[q].tag, "JJ") && !v.u[q].isEnt() && v.at(q) != "former" {
			q--
		}
		if q < i-1 && q >= 0 && v.u[q].isEnt() && v.u[q].kind == "pronoun" && possessivePronouns[v.at(q)] {
			owner, ownerAt, possessed = v.u[q].ent, q, true
		} else if q < i-1 && q >= 1 && v.at(q) == "'s" && v.u[q-1].isEnt() {
			owner, ownerAt, possessed = v.u[q-1].ent, q-1, true
		}
	}
	if owner < 0 {
		return
	}
	if contestNouns[v.at(i)] && (!possessed || v.at(i-1) == "former" || v.at(i-2) == "former" || v.at(i-1) == "longtime") {
		return
	}
	// "his critics, which include Greenpeace": the names the critics include
	if possessed && (v.at(i) == "critics" || v.at(i) == "opponents" || v.at(i) == "supporters" || v.at(i) == "allies") {
		for k := i + 1; k < len(v.u) && k <= i+4; k++ {
			if w := v.at(k); w == "include" || w == "includes" || w == "included" || w == "including" {
				g, _ := v.groupRight(k+1, groupOpts{roles: true, of: true, lead: 5})
				f.addAll(v, pred, v.heads(g), []int{owner}, i, 0.8)
				return
			}
		}
	}
	// "Putin's ally Alexander Lukashenko": a name right after the noun, past role words
	k := i + 1
	for k < len(v.u) && (strings.HasPrefix(v.u[k].tag, "JJ") || isRoleWord(v.u[k])) && !v.u[k].isEnt() {
		k++
	}
	if k < len(v.u) && v.u[k].isEnt() && v.u[k].typ == schema.Person && v.u[k].kind == "name" {
		g, _ := v.groupRight(k, groupOpts{roles: true})
		conf := 0.75
		if !possessed {
			conf = 0.7
		}
		f.addAll(v, pred, v.heads(g), []int{owner}, i, conf)
		return
	}
	// "Republican Senator Mitt Romney, a sometime Trump critic, said": the name the noun
	// stands in apposition to
	if w := v.at(i + 1); w != "," && w != "" && !clauseBreaks[w] {
		return
	}
	a := ownerAt - 1
	for n := 0; n < 3 && a >= 0 && !v.u[a].isEnt() && (strings.HasPrefix(v.u[a].tag, "JJ") || strings.HasPrefix(v.u[a].tag, "RB") || v.u[a].tag == "NN"); n++ {
		a--
	}
	if (v.at(a) == "a" || v.at(a) == "an") && v.at(a-1) == "," && a >= 2 && v.u[a-2].isEnt() && v.u[a-2].typ == schema.Person && v.u[a-2].kind == "name" {
		f.add(v, pred, v.u[a-2].ent, owner, [2]int{v.u[a-2].start, v.u[i].end}, 0.75)
	}
}

// memberOf reads "X is a member of Y", "X, a member of Y," and "X and Y are members of
// Z", "NATO member Turkey", "EU members France and Germany", "Turkey, a NATO member,".
func (f *relFinder) memberOf(v *sentView, i int) {
	if p := v.i(i - 1); p.isEnt() && p.typ == schema.Organization && p.kind != "pronoun" {
		if g, _ := v.groupRight(i+1, groupOpts{}); len(g) > 0 {
			f.addAll(v, schema.IsMember, v.heads(g), []int{p.ent}, i, 0.85)
			return
		}
		if j := i - 2; j >= 1 && (v.at(j) == "a" || v.at(j) == "an" || v.at(j) == "fellow") && (v.at(j-1) == "," || copulas[v.at(j-1)]) {
			if subj, neg := v.subjectOf(j - 1); !neg {
				f.addAll(v, schema.IsMember, v.heads(subj), []int{p.ent}, i, 0.8)
			}
		}
		return
	}
	if v.at(i+1) != "of" {
		return
	}
	k := v.skipDet(i + 2)
	if k >= len(v.u) || !v.u[k].isEnt() || v.u[k].typ != schema.Organization {
		return
	}
	org := v.u[k].ent
	j := i - 1
	for j >= 0 && (strings.HasPrefix(v.u[j].tag, "JJ") || v.at(j) == "a" || v.at(j) == "an" || v.at(j) == "full" || v.at(j) == "founding" ||
		v.at(j) == "all" || v.at(j) == "both" ||
		v.u[j].tag == "RB" && !v.u[j].isEnt() && !negWords[v.at(j)]) {
		j-- // "He was also a member of"
	}
	if j >= 1 && v.at(j) == "as" && servedVerbs[v.at(j-1)] {
		j-- // "He served as a member of the House Oversight Committee"
	} else if j < 0 || !(copulas[v.at(j)] || v.at(j) == ",") {
		return
	}
	subj, neg := v.subjectOf(j)
	if neg {
		return
	}
	f.addAll(v, schema.IsMember, v.heads(subj), []int{org}, i, 0.85)
}

// groupList reads "G7, or the Group of Seven, is an informal group of seven countries,
// the United Kingdom, United States, France, ..." : each listed country is a member.
func (f *relFinder) groupList(v *sentView, i int) {
	k := i + 2
	for k < len(v.u) && (v.u[k].tag == "CD" || numberWords[v.at(k)] > 0) {
		k++
	}
	if !memberNouns[v.at(k)] {
		return
	}
	k++
	if v.at(k) == "," || v.at(k) == ":" || v.at(k) == "including" || v.at(k) == "namely" {
		k++
	}
	g, _ := v.groupRight(k, groupOpts{})
	if len(g) < 2 {
		return
	}
	// the group itself: the subject of the copula before "a group"
	j := i - 1
	for j >= 0 && (strings.HasPrefix(v.u[j].tag, "JJ") || strings.HasPrefix(v.u[j].tag, "RB") || v.at(j) == "a" || v.at(j) == "an") {
		j--
	}
	if j < 0 || !copulas[v.at(j)] {
		return
	}
	subj, neg := v.subjectOf(j)
	if neg || len(subj) == 0 {
		return
	}
	org := v.u[subj[0]] // "G7, or the Group of Seven,": the first name
	if org.typ != schema.Organization {
		return
	}
	for _, m := range v.heads(g) {
		f.add(v, schema.IsMember, v.u[m].ent, org.ent, [2]int{org.start, v.u[m].end}, 0.85)
	}
}

// possessedControl reads "Russia's control of Crimea".
func (f *relFinder) possessedControl(v *sentView, i int) {
	if i < 2 || !v.u[i-2].isEnt() {
		return
	}
	g, _ := v.groupRight(v.skipDet(i+2), groupOpts{quantities: true})
	for _, o := range v.heads(g) {
		f.add(v, schema.Controls, v.u[i-2].ent, v.u[o].ent, [2]int{v.u[i-2].start, v.u[o].end}, 0.85)
	}
}

// conflict reads "fighting between Russian and Ukrainian forces": each side opposes the
// other.
func (f *relFinder) conflict(v *sentView, i int) {
	g, _ := v.groupRight(i+2, groupOpts{})
	if len(g) != 2 {
		return
	}
	a, b := v.u[g[0]], v.u[g[1]]
	span := [2]int{v.u[i].start, b.end}
	f.add(v, schema.Opposes, a.ent, b.ent, span, 0.75)
	f.add(v, schema.Opposes, b.ent, a.ent, span, 0.75)
}

// imposed reads "X imposed sanctions on Y", "sanctions against Y" with a subject.
func (f *relFinder) imposed(v *sentView, i int) {
	k := i - 1
	for k >= 0 && (strings.HasPrefix(v.u[k].tag, "JJ") || v.at(k) == "new" || v.at(k) == "the" || v.at(k) == "further") && !imposeVerbs[v.at(k)] {
		k--
	}
	if k < 0 || !imposeVerbs[v.at(k)] || v.u[k].isEnt() {
		return // the tagger may take "levied" for an adjective
	}
	subj, neg := v.subjectOf(k)
	if len(subj) == 0 && !neg && strings.HasSuffix(v.at(k), "ed") {
		subj, neg = v.subjectFar(k) // "labeled Soleimani as a terrorist and levied sanctions against him"
	}
	if neg {
		return
	}
	g, _ := v.groupRight(v.skipDet(i+2), groupOpts{roles: true, of: true})
	f.addAll(v, schema.Sanctions, v.heads(subj), v.entities(v.heads(g)), i, 0.85)
}

// alleged reads "X alleged Iranian involvement": X accuses Iran.
func (f *relFinder) alleged(v *sentView, i int) {
	k := v.skipDet(i + 1)
	if k+1 >= len(v.u) || !v.u[k].isEnt() || !involvementNouns[v.at(k+1)] {
		return
	}
	subj, neg := v.subjectOf(i)
	if neg {
		return
	}
	f.addAll(v, schema.Accuses, v.heads(subj), []int{v.u[k].ent}, i, 0.8)
}

// deniedBefore reports whether the cue at unit i stands in what a denial before it
// denies: "Iran denied that it supported the Houthis", "denied ever having backed".
func deniedBefore(v *sentView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch v.at(k) {
		case ";", "but":
			return false
		case "denied", "denies", "deny", "denying":
			switch v.at(k + 1) {
			case "that", "it", "having", "ever", "claims", "reports", "allegations", "any":
				return true
			}
			return false
		}
	}
	return false
}

// personGroupNouns name people by who they stand with or for: "supporters of Trump".
var personGroupNouns = wordSet(`supporters members friends family relatives lawyers attorneys aides staff staffers
	associates followers fans voters residents citizens children parents colleagues advisers advisors`)

// ofPersonNoun reports whether the subject group subj is the complement of a noun of
// people before it: "Supporters of Donald Trump attacked", "The wife of Alexei Navalny
// accused". The subject is those people, whom no entity names.
func ofPersonNoun(v *sentView, subj []int) bool {
	if len(subj) == 0 {
		return false
	}
	b := subj[0] - 1
	for b >= 0 && v.u[b].tag == "DT" {
		b--
	}
	if v.at(b) != "of" {
		return false
	}
	n := v.at(b - 1)
	return stanceNounsOf[n] != "" || kinNouns[n] || personGroupNouns[n]
}
