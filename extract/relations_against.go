package extract

import (
	"strings"

	"newsgraph/schema"
)

// This file holds the cues of an action taken against somebody, where the cue is a noun
// or a goal rather than a verb between two names (relations.go reads those):
//
//	against   "X filed a lawsuit against Y", "her lawsuit against Y", "US strikes against
//	          ISIS", "the coalition's fight against ISIS", "a coup by X against Y": the
//	          holder of the action (a possessor, a name before the noun, a by-phrase, or
//	          the subject of the verb that carries the action out) opposes Y; charges,
//	          accusations and allegations against Y accuse
//	goal      "to defeat Donald Trump", "U.S. troops there to eliminate Islamic State
//	          elements", "take this fight to Trump": whoever acts for that goal opposes Y;
//	          an outcome ("Caloundra defeated Wynnum") is no cue
//	sue       X sued Y (a verb of relVerbs); "X joined the lawsuit", "X is joined in this
//	          legal action by Y": X (and Y) oppose whom the last lawsuit read was against
//	describe  "Pelosi called Trump's conduct a \"breach ...\"": a fault opposes, a wrong
//	          also accuses
//	stance    "X's support for Y", "threw their support behind Y", "expressed
//	          opposition to the swearing-in of Y"; not "backed away from his support"
//	contest   X ran against Y; X campaigned for Y, rallied behind Y; "called for Y's
//	          resignation", "called for the impeachment of Y", "called on Y to resign"
//	under     "Turkey is already under EU sanctions": the EU sanctions Turkey
//	adjective "X has been highly critical of Y", "X is opposed to Y", "X, who is supportive
//	          of Y,"

var (
	// againstNouns are nouns of an action taken against somebody, with the prepositions
	// that introduce the one it is taken against.
	againstNouns = func() map[string]string {
		m := map[string]string{}
		for _, w := range strings.Fields(`lawsuit lawsuits suit suits complaint complaints case cases action
			challenge challenges fight war wars campaign campaigns offensive offensives struggle battle battles
			coup crusade insurgency motion motions bid bids run`) {
			m[w] = "against"
		}
		m["war"], m["wars"] = "against on", "against on"
		for w := range accuseNouns {
			m[w] = "against"
		}
		for _, w := range strings.Fields(`strike strikes airstrike airstrikes air-strikes crackdown`) {
			m[w] = "against on"
		}
		return m
	}()
	// actionVerbs carry out or take up an action: "filed a lawsuit against", "launched
	// strikes against", "carried out strikes on".
	actionVerbs = wordSet(`file files filed filing bring brings brought bringing launch launches launched
		launching lodge lodges lodged lodging wage wages waged waging lead leads led leading conduct conducts
		conducted conducting carry carries carried carrying continue continues continued continuing begin
		begins began beginning start starts started starting join joins joined joining mount mounts mounted
		mounting pursue pursues pursued pursuing stage stages staged staging intensify intensified escalate
		escalated step stepped spearhead spearheads spearheaded win wins won initiated initiate initiates declare
		declares declared declaring take takes took taking make makes made making level levels levelled
		leveled press presses pressed pressing order orders ordered ordering unseal unseals unsealed announce
		announces announced`)
	// actionModifiers may stand between an action verb and its noun: "filed a combined
	// lawsuit", "launched new air strikes".
	actionModifiers = wordSet(`legal federal civil class-action joint combined new fresh further military
		air renewed international global armed political criminal formal separate second first`)
	// accuseNouns, among againstNouns, accuse: "X's allegations against Y", "X brought
	// charges against Y".
	accuseNouns = wordSet(`accusation accusations allegation allegations charge charges`)
	// goalVerbs state opposition as a goal, after "to": "to defeat Donald Trump".
	goalVerbs = wordSet(`defeat eliminate combat destroy topple oust overthrow unseat dislodge`)
	// groupPartNouns stand for the group they follow: "ISIS remnants", "Islamic State
	// elements" (collectiveNouns too: "the Iranian government").
	groupPartNouns = wordSet(`remnants elements positions targets strongholds cells affiliates`)
)

// isAgainstWord reports whether w may start a cue of this file.
func isAgainstWord(w string) bool {
	if _, ok := againstNouns[w]; ok {
		return true
	}
	if stanceTowardNouns[w] != "" || runVerbs[w] || forVerbs[w] || stanceAdjectives[w] != "" {
		return true
	}
	return goalVerbs[w] || characterizeVerbs[w] || ousterNouns[w] || w == "resign" || aimVerbs[w]
}

// againstCue reads the cues of this file at unit i.
func (f *relFinder) againstCue(v *sentView, i int) {
	w := v.at(i)
	if preps, ok := againstNouns[w]; ok && f.nounAt(v, i) {
		if suitNouns[w] && !v.againstAfter(i) {
			f.suitJoined(v, i)
			return
		}
		f.againstNoun(v, i, preps)
		return
	}
	if pred := stanceTowardNouns[w]; pred != "" && f.nounAt(v, i) {
		f.stanceToward(v, i, pred)
		return
	}
	if runVerbs[w] && v.at(i+1) == "against" {
		f.contest(v, i, schema.Opposes)
		return
	}
	if forVerbs[w] && (v.at(i+1) == "for" || v.at(i+1) == "behind") {
		f.contest(v, i, schema.Supports)
		return
	}
	if ousterNouns[w] || w == "resign" {
		f.resignCall(v, i)
		return
	}
	if pred := stanceAdjectives[w]; pred != "" {
		f.stanceAdjective(v, i, pred)
		return
	}
	if characterizeVerbs[w] {
		f.characterize(v, i)
		return
	}
	if goalVerbs[w] && v.at(i-1) == "to" {
		f.goal(v, i, i+1)
		return
	}
	// "take this fight to Trump"
	if aimVerbs[w] && (v.at(v.skipDet(i+1)) == "fight" || v.at(v.skipDet(i+1)) == "battle") &&
		v.at(v.skipDet(i+1)+1) == "to" {
		objs, c := f.objectAt(v, v.skipDet(i+1)+2, schema.Opposes)
		if len(objs) == 0 {
			return
		}
		if e := quotedSelf(v, i-1); i >= 1 && e >= 0 && namedIn(v, e) {
			for _, o := range objs {
				f.add(v, schema.Opposes, e, o, [2]int{v.u[i-1].start, v.u[i].end}, min(0.7, c)) // "help me take this fight to"
			}
			return
		}
		subj, neg := v.subjectOf(i)
		if neg {
			return
		}
		if len(subj) == 0 && v.at(i-1) == "to" {
			subj = f.goalSubject(v, i-1)
		}
		f.addAll(v, schema.Opposes, v.heads(subj), objs, i, min(0.8, c))
	}
}

// againstNoun reads "X filed a lawsuit against Y", "her lawsuit against Y", "US strikes
// against ISIS", "a coup by X against Y" with the action noun at unit i.
func (f *relFinder) againstNoun(v *sentView, i int, preps string) {
	var subj []int
	j := i + 1
	if v.at(j) == "by" {
		g, end := v.groupRight(j+1, groupOpts{roles: true, of: true})
		subj, j = v.heads(g), end
	}
	if v.at(j) == "for" {
		// "his 2018 run for Senate against Ted Cruz"
		for k := j + 1; k < len(v.u) && k <= j+5; k++ {
			if v.at(k) == "against" {
				j = k
				break
			}
			if v.u[k].isVerb() || v.at(k) == "," {
				break
			}
		}
	}
	if !containsWord(strings.Fields(preps), v.at(j)) {
		return
	}
	objs, conf := f.objectAt(v, j+1, schema.Opposes)
	if len(objs) == 0 && suitNouns[v.at(i)] {
		// "a lawsuit against the state of emergency United States President Donald
		// Trump declared": the author of the act sued over
		if a := v.reducedRelativeAuthor(j + 1); a >= 0 {
			objs, conf = []int{v.u[a].ent}, 0.7
		}
	}
	if len(objs) == 0 {
		return
	}
	if suitNouns[v.at(i)] {
		f.suitTargets, f.suitSent = objs, v.si
	}
	conf = min(conf, 0.8)
	if len(subj) == 0 {
		subj = f.actionHolder(v, i)
	}
	if len(subj) == 0 {
		return
	}
	pred := schema.Opposes
	if accuseNouns[v.at(i)] {
		pred = schema.Accuses
	}
	f.addAll(v, pred, subj, objs, i, f.confidence(v, conf, subj))
}

// actionHolder returns who holds the action noun at unit i: a possessor ("her lawsuit",
// "Becerra's lawsuit"), a name before it ("US strikes", "American air strikes"), or the
// subject of the action verb before it ("X filed a lawsuit", "X has carried out strikes").
func (f *relFinder) actionHolder(v *sentView, i int) []int {
	p := i - 1
	for p >= 0 && !v.u[p].isEnt() && (actionModifiers[v.at(p)] || v.u[p].tag == "JJ" || v.u[p].tag == "VBN" && strings.Contains(v.at(p), "-")) {
		p--
	}
	if p < 0 {
		return nil
	}
	if v.i(p).tag == "POS" || v.at(p) == "'s" {
		if p >= 1 && v.u[p-1].isEnt() && !v.u[p-1].inside {
			return []int{p - 1}
		}
		return nil
	}
	if u := v.u[p]; u.isEnt() {
		if u.kind == "pronoun" {
			if possessivePronouns[u.low] {
				return []int{p} // "her lawsuit against"
			}
			return nil
		}
		if u.typ != schema.Person && !u.inside && v.at(p-1) != "'s" && v.i(p-1).tag != "POS" {
			return []int{p} // "US strikes against ISIS"
		}
		return nil
	}
	// the verb that carries the action out: "filed a combined lawsuit against"
	k := p
	for k >= 0 && k >= p-2 && (v.at(k) == "a" || v.at(k) == "an" || v.at(k) == "the" || v.u[k].tag == "CD" ||
		v.at(k) == "out" || v.at(k) == "up") {
		k--
	}
	if k < 0 || !actionVerbs[v.at(k)] || !v.u[k].isVerb() || v.passiveAt(k) {
		return nil
	}
	if v.u[k].tag == "VBG" && !auxWords[v.at(k-1)] {
		return v.clauseSubject(k)
	}
	subj, neg := v.subjectFar(k)
	if neg {
		return nil
	}
	return v.heads(subj)
}

// goal reads "to defeat Y" with the goal verb at unit i and its object at unit k: whoever
// acts for that goal opposes Y.
func (f *relFinder) goal(v *sentView, i, k int) {
	objs, conf := f.objectAt(v, k, schema.Opposes)
	if len(objs) == 0 {
		return
	}
	subj := f.goalSubject(v, i-1)
	if selfUnnamed(v, subj) {
		return
	}
	f.addAll(v, schema.Opposes, subj, objs, i, min(conf, 0.75))
}

// goalSubject returns who acts for the goal whose "to" stands at unit t: a name or a
// group right before it ("U.S. troops there to eliminate"), the subject of a catenative
// ("vowed to defeat"), or the subject of the verb the purpose clause depends on when no
// other agent stands between ("I entered the race for President to defeat Donald Trump";
// not "urged Iraq to defeat ISIS").
func (f *relFinder) goalSubject(v *sentView, t int) []int {
	p := t - 1
	for p >= 0 && !v.u[p].isEnt() && (v.at(p) == "there" || v.at(p) == "here") {
		p--
	}
	if p < 0 {
		return nil
	}
	if u := v.u[p]; u.isEnt() {
		if u.kind == "pronoun" || v.i(p+1).tag == "POS" {
			return nil
		}
		b := p - 1
		for b >= 0 && (v.u[b].tag == "DT" || strings.HasPrefix(v.u[b].tag, "JJ")) && !v.u[b].isEnt() {
			b--
		}
		if v.i(b).isVerb() {
			return nil // "Macron urged Germany to condemn Russia": asked, not done
		}
		if t := v.i(b).tag; t != "IN" && t != "TO" {
			g, _ := v.groupLeft(p+1, groupOpts{roles: true})
			return v.heads(g)
		}
		// a name in a phrase: "took to Twitter to attack Biden" (the subject of took);
		// "at the invitation of the Government of Iraq to defeat ISIS" (no subject)
	} else if collectiveNouns[v.at(p)] {
		if p >= 1 && v.u[p-1].isEnt() && v.u[p-1].typ != schema.Person {
			return []int{p - 1} // "U.S. troops there to eliminate"
		}
		return nil
	}
	if !v.u[p].isEnt() && catenatives[v.at(p)] && v.u[p].isVerb() {
		subj, neg := v.subjectFar(p)
		if neg {
			return nil
		}
		return v.heads(subj)
	}
	k := v.verbBefore(t, false)
	if k < 0 || auxWords[v.at(k)] || copulas[v.at(k)] {
		return nil
	}
	inPP := false
	for x := k + 1; x < t; x++ {
		u := v.u[x]
		if u.tag == "IN" || u.tag == "TO" && !v.i(x+1).isVerb() {
			inPP = true
			continue
		}
		if !inPP && (u.isEnt() || collectiveNouns[u.low] || isRoleWord(u) || u.tag == "PRP" || u.tag == "NNS") {
			return nil // "urged Iraq to defeat ISIS": Iraq would act
		}
	}
	subj, neg := v.subjectFar(k)
	if neg {
		return nil
	}
	return v.heads(subj)
}

// nounAt reports whether the cue word at unit i is used as a noun: "the fight", "US
// strikes", "a lawsuit".
func (f *relFinder) nounAt(v *sentView, i int) bool {
	if strings.HasPrefix(v.u[i].tag, "NN") {
		return true
	}
	switch v.i(i - 1).tag {
	case "DT", "PRP$", "POS", "JJ", "CD":
		return true
	}
	return false
}

// appositiveSubject returns the subject of the verb at unit i when it stands before an
// apposition that describes it by a role ("Kerri Kupec, spokeswoman for the Trump
// administration's Department of Justice, sharply criticized"), or nil.
func (f *relFinder) appositiveSubject(v *sentView, i int) []int {
	j := i - 1
	for j >= 0 && (v.u[j].tag == "RB" || auxWords[v.at(j)] || v.u[j].tag == "MD") && !v.u[j].isEnt() {
		j--
	}
	if v.at(j) != "," {
		return nil
	}
	for k := j - 1; k >= 1 && k >= j-16; k-- {
		if v.at(k) != "," {
			if u := v.u[k]; u.isVerb() && u.tag != "VBG" || u.low == "who" || u.low == "which" || u.low == "\"" {
				return nil
			}
			continue
		}
		n := v.u[k-1]
		if !n.isEnt() || n.kind != "name" {
			return nil
		}
		r := k + 1
		if w := v.at(r); (w == "while" || w == "after" || w == "before" || w == "during" || w == "in") && n.typ == schema.Person {
			return []int{k - 1} // "Biden, while campaigning in Michigan, called"
		}
		for r < j && (v.at(r) == "a" || v.at(r) == "an" || v.at(r) == "the" || strings.HasPrefix(v.u[r].tag, "JJ")) && !v.u[r].isEnt() {
			r++
		}
		if r < j && !v.u[r].isEnt() && (isRoleWord(v.u[r]) || memberWords[v.at(r)]) {
			return []int{k - 1}
		}
		return nil
	}
	return nil
}

var (
	// characterizeVerbs describe somebody or their act: "Pelosi called Trump's conduct a
	// breach", "described the move as".
	characterizeVerbs = wordSet(`called calls call calling described describes describe describing characterized
		characterizes characterised characterises labeled labelled labels branded brands dubbed found finds
		deemed deems`)
	// praiseWords name what somebody did as right: the speaker supports the doer ("found
	// the air strike justified", "called Trump's order swift, forceful and decisive").
	praiseWords = wordSet(`justified justifiable legitimate necessary decisive courageous brave heroic
		appropriate commendable admirable`)
	// faultWords name what somebody did as a wrong: the speaker opposes the doer.
	faultWords = wordSet(`maneuver manoeuvre stunt gamesmanship garbage hoax sham disgrace disgraceful betrayal
		breach violation violations abuse lie lies lying failure mistake outrage outrageous travesty scandal
		scandalous insult insulting dangerous reckless irresponsible unacceptable unconstitutional illegal
		unlawful criminal corrupt corruption despicable shameful shameless absurd ridiculous nonsense
		propaganda fraud fraudulent farce cowardly coward racist hateful disastrous disaster catastrophe
		catastrophic appalling deplorable cynical hypocritical hypocrisy blackmail extortion bribery crime
		crimes theft cover-up coverup obstruction misconduct incompetent incompetence divisive liar
		treason treasonous tyrant dictator thug crook bully unfit unjust unjustified baseless terrorist terrorists witch witch-hunt`)
	// sufferedNouns name what was done to their possessor: "called Khashoggi's killing a
	// crime" blames the killers, not Khashoggi.
	sufferedNouns = wordSet(`death deaths killing murder poisoning arrest detention imprisonment jailing
		execution assassination kidnapping abduction firing dismissal ouster removal treatment injury injuries
		shooting stabbing beating torture persecution prosecution conviction sentencing impeachment
		disappearance loss defeat`)
	// wrongWords, among faultWords, accuse: a breach, a crime, a lie.
	wrongWords = wordSet(`breach violation violations abuse lie lies lying unconstitutional illegal unlawful
		criminal corrupt corruption fraud fraudulent blackmail extortion bribery crime crimes theft cover-up
		coverup obstruction misconduct betrayal treason treasonous liar crook`)
)

// characterize reads "X called Y's N a \"breach of ...\"", "X described Y's N as
// \"...\"", "X called Y a liar" at the verb at unit i: when the words that describe name
// a fault, X opposes Y, and when they name a wrong, X also accuses Y.
func (f *relFinder) characterize(v *sentView, i int) {
	if !v.u[i].isVerb() || v.passiveAt(i) {
		return
	}
	k := v.skipDet(i + 1)
	act := false // the description is of an act, not of a person
	obj, n := -1, k+1
	if h := hostileAt(v, k); h >= 0 && definiteDets[v.at(k-1)] && !possessivePronouns[v.at(k-1)] {
		obj, _ = f.hostileAuthor(v, h) // "found the air strike justified"
		act, n = true, h+1
	}
	if obj < 0 && (k >= len(v.u) || !v.u[k].isEnt() || v.u[k].kind == "pronoun" && possessivePronouns[v.at(k)]) {
		return
	}
	if obj < 0 {
		obj = v.u[k].ent
	}
	if !act && (v.i(n).tag == "POS" || v.at(n) == "'s") {
		act = true
		n++
		for n < len(v.u) && strings.HasPrefix(v.u[n].tag, "JJ") && !v.u[n].isEnt() {
			n++
		}
		if n >= len(v.u) || v.u[n].isEnt() || isRoleWord(v.u[n]) || !strings.HasPrefix(v.u[n].tag, "NN") || sufferedNouns[v.at(n)] {
			return // "called Trump's envoy Witkoff": the envoy; "Khashoggi's killing": done to him
		}
		n++
	}
	// the description: "a \"breach of ...\"", "as \"gamesmanship\"", up to the clause's end
	fault, wrong, praise := false, false, false
	for x := n; x < len(v.u) && x <= n+10; x++ {
		w := v.at(x)
		if w == ";" || w == "." || w == "according" || v.u[x].isVerb() && x > n+1 {
			break
		}
		if v.u[x].isEnt() && x == n {
			return // "called Trump Biden's ...": no description follows
		}
		if faultWords[w] {
			fault = true
			wrong = wrong || wrongWords[w]
		}
		praise = praise || praiseWords[w] && act && v.at(x-1) != "not"
	}
	if fault == praise {
		return // neither, or both: "found the strike justified but dangerous"
	}
	subj, neg := v.subjectOf(i)
	if neg || ofPersonNoun(v, subj) {
		return
	}
	if len(subj) == 0 && v.u[i].tag == "VBD" {
		subj, neg = v.subjectFar(i)
		if neg {
			return
		}
	}
	if len(subj) == 0 {
		subj = f.appositiveSubject(v, i)
	}
	subj = v.heads(subj)
	if praise {
		f.addAll(v, schema.Supports, subj, []int{obj}, i, f.confidence(v, 0.7, subj))
		return
	}
	f.addAll(v, schema.Opposes, subj, []int{obj}, i, f.confidence(v, 0.75, subj))
	if wrong {
		f.addAll(v, schema.Accuses, subj, []int{obj}, i, f.confidence(v, 0.7, subj))
	}
}

// quotedSelf returns the entity that "I" or "me" at unit i stands for inside a quotation
// of a statement the statement stage read, direct or reported ("Biden wrote that \"I've
// decided that Kamala Harris is the best person to help me take this fight to Trump\""),
// or -1. The view resolves these only in direct statements.
func quotedSelf(v *sentView, i int) int {
	if i < 0 || i >= len(v.u) {
		return -1
	}
	u := v.u[i]
	if u.isEnt() || (u.low != "i" && u.low != "me") {
		return -1
	}
	quotes := 0
	for k := 0; k < i; k++ {
		if v.u[k].low == `"` {
			quotes++
		}
	}
	if quotes%2 == 0 {
		return -1
	}
	for _, st := range v.d.Statements {
		if st.Speaker == "" || u.start < st.Start || u.start >= st.End {
			continue
		}
		return entityIndex(v.d, st.Speaker)
	}
	return -1
}

// selfUnnamed reports whether a unit of idx is "I" or "me" of a quotation whose speaker
// the sentence does not name ("\"I entered the race ...,\" he said"): a pronoun
// resolved twice is too weak a subject for the goal cues.
func selfUnnamed(v *sentView, idx []int) bool {
	for _, i := range idx {
		u := v.u[i]
		if (u.low == "i" || u.low == "me") && u.kind == "pronoun" && !namedIn(v, u.ent) {
			return true
		}
	}
	return false
}

// namedIn reports whether sentence v names entity e by name or title.
func namedIn(v *sentView, e int) bool {
	for _, u := range v.u {
		if u.ent == e && (u.kind == "name" || u.kind == "title") {
			return true
		}
	}
	return false
}

var (
	// stanceTowardNouns name a stance with the one it is toward after "for" or "to":
	// "their own support for Biden", "expressed opposition to the swearing-in of
	// Pierluisi".
	stanceTowardNouns = map[string]schema.RelationKind{
		"support": schema.Supports, "backing": schema.Supports, "opposition": schema.Opposes,
	}
	// stanceGiveVerbs state a stance noun: "announced their own support for Biden".
	stanceGiveVerbs = wordSet(`expressed express expresses expressing voiced voice voices voicing declared declare
		declares announced announce announces pledged pledge pledges offered offer offers reiterated reiterate
		reiterates reaffirmed reaffirm reaffirms stressed signaled signalled showed show shows gave give gives
		threw throw throws throwing lent lend lends restated confirmed put puts putting`)
	// withdrawWords before a stance take it back: "withdrew his support for"
	withdrawWords = wordSet(`from withdrew withdraw withdraws withdrawn withdrawing ended end ends dropped drop
		revoked revoke pulled lost abandoned without no`)
	// runVerbs, before "against", state a contest for an office: "Democrats running
	// against Gardner".
	runVerbs = wordSet(`run runs ran running campaign campaigns campaigned campaigning`)
	// forVerbs, before "for" or "behind", back a person: "campaigned for Biden", "rallied
	// behind Sanders".
	forVerbs = wordSet(`campaign campaigns campaigned campaigning stump stumps stumped stumping rally rallies
		rallied rallying`)
	// ousterNouns name an end somebody may be called for: "called for Y's resignation",
	// "called for the impeachment of Y"
	ousterNouns = wordSet(`resignation impeachment removal ouster arrest prosecution`)
	// resignCallVerbs ask somebody to resign: "called on X to resign", "demanded X's
	// resignation".
	resignCallVerbs = wordSet(`called call calls calling urged urge urges urging demanded demand demands demanding
		pressed pressured sought seek seeks`)
)

// stanceToward reads "X's support for Y", "X announced their own support for Y", "X
// expressed opposition to the swearing-in of Y" with the stance noun at unit i.
func (f *relFinder) stanceToward(v *sentView, i int, pred schema.RelationKind) {
	if p := v.at(i + 1); pred == schema.Opposes && p != "to" || pred == schema.Supports && p != "for" && p != "behind" {
		return // "opposition to", "support for", "threw their support behind"
	}
	objs, conf := f.objectAt(v, i+2, pred)
	if len(objs) == 0 {
		// "the swearing-in of Pierluisi": the act of a named person
		k := v.skipDet(i + 2)
		if k+2 < len(v.u) && !v.u[k].isEnt() && (strings.HasPrefix(v.u[k].tag, "NN") || v.u[k].tag == "VBG") && !sufferedNouns[v.at(k)] &&
			v.at(k+1) == "of" && v.u[k+2].isEnt() && v.u[k+2].typ != schema.Place && v.u[k+2].kind != "pronoun" {
			objs, conf = []int{v.u[k+2].ent}, 0.7
		}
	}
	if len(objs) == 0 {
		return
	}
	conf = min(conf, 0.8)
	p := i - 1
	for p >= 0 && (strings.HasPrefix(v.u[p].tag, "JJ") || v.at(p) == "own" || v.u[p].tag == "DT" || v.u[p].tag == "PRP$" ||
		possessivePronouns[v.at(p)] || v.at(p) == "'s" || v.i(p).tag == "POS" || v.u[p].isEnt() && v.i(p+1).tag == "POS") {
		p--
	}
	if withdrawWords[v.at(p)] {
		return // "backed away from his previous support for President Trump"
	}
	subj := f.actionHolder(v, i)
	if len(subj) == 0 {
		if p < 0 || !stanceGiveVerbs[v.at(p)] || !v.u[p].isVerb() {
			return
		}
		s, neg := v.subjectFar(p)
		if neg {
			return
		}
		subj = v.heads(s)
	}
	f.addAll(v, pred, subj, objs, i, f.confidence(v, conf, subj))
}

// contest reads "X ran against Y", "X is running against Y" (opposes) and "X campaigned
// for Y", "X rallied behind Y" (supports, a person only) with the verb at unit i. A
// participle that qualifies a noun ("any other Democrat running against Gardner") names
// no one.
func (f *relFinder) contest(v *sentView, i int, pred schema.RelationKind) {
	if !f.verbAt(v, i) {
		return
	}
	subj, neg := v.subjectOf(i)
	if neg || v.u[i].tag == "VBG" && !auxWords[v.at(i-1)] {
		return // "any other Democrat running against Gardner"
	}
	objs, conf := f.objectAt(v, i+2, pred)
	if pred == schema.Supports {
		var people []int
		for _, o := range objs {
			if f.d.Entities[o].Type == schema.Person {
				people = append(people, o) // not "campaigned for the Senate"
			}
		}
		objs = people
	}
	f.addAll(v, pred, v.heads(subj), objs, i, f.confidence(v, min(conf, 0.8), subj))
}

// resignCall reads "X called for Y's resignation", "X demanded Y's resignation", "X
// called for the impeachment of Y", "X called on Y to resign", "X urged Y to resign" at
// unit i (an ouster noun or "resign").
func (f *relFinder) resignCall(v *sentView, i int) {
	var y, verb int
	switch w := v.at(i); {
	case ousterNouns[w] && v.at(i+1) == "of":
		// "called for the impeachment of Trump"
		k := v.skipDet(i + 2)
		if k >= len(v.u) || !v.u[k].isEnt() || v.u[k].kind == "pronoun" {
			return
		}
		y, verb = v.u[k].ent, i-1
		for verb >= 0 && (v.u[verb].tag == "DT" || strings.HasPrefix(v.u[verb].tag, "JJ")) && !v.u[verb].isEnt() {
			verb--
		}
		if v.at(verb) == "for" {
			verb--
			if !strings.HasPrefix(v.at(verb), "call") {
				return
			}
		} else if !resignCallVerbs[v.at(verb)] || strings.HasPrefix(v.at(verb), "call") {
			return
		}
	case ousterNouns[w]:
		// "called for Rosselló's resignation", "demanded his impeachment"
		p := i - 1
		if p >= 1 && (v.at(p) == "'s" || v.i(p).tag == "POS") {
			p--
		}
		if p < 0 || !v.u[p].isEnt() || v.u[p].kind == "pronoun" && !possessivePronouns[v.at(p)] {
			return
		}
		y, verb = v.u[p].ent, p-1
		if v.at(verb) == "for" {
			verb--
			if !resignCallVerbs[v.at(verb)] || !strings.HasPrefix(v.at(verb), "call") {
				return
			}
		} else if !resignCallVerbs[v.at(verb)] || strings.HasPrefix(v.at(verb), "call") {
			return
		}
	case w == "resign":
		// "called on Y to resign", "urged Y to resign"
		if v.at(i-1) != "to" {
			return
		}
		g, start := v.groupLeft(i-1, groupOpts{roles: true})
		h := v.heads(g)
		if len(h) != 1 {
			return
		}
		y, verb = v.u[h[0]].ent, start-1
		if v.at(verb) == "on" && strings.HasPrefix(v.at(verb-1), "call") {
			verb--
		} else if !resignCallVerbs[v.at(verb)] || strings.HasPrefix(v.at(verb), "call") {
			return
		}
	default:
		return
	}
	if verb < 0 || !v.u[verb].isVerb() && !strings.HasPrefix(v.u[verb].tag, "NN") {
		return
	}
	subj, neg := v.subjectOf(verb)
	if len(subj) == 0 && !neg && v.u[verb].tag == "VBD" {
		subj, neg = v.subjectFar(verb)
	}
	if neg {
		return
	}
	subj = v.heads(subj)
	f.addAll(v, schema.Opposes, subj, []int{y}, i, f.confidence(v, 0.8, subj))
}

// underSanctions reads "Turkey is already under EU sanctions" at unit i ("sanctions"):
// the name before the noun sanctions the subject of the clause.
func (f *relFinder) underSanctions(v *sentView, i int) {
	p := i - 1
	if p < 1 || !v.u[p].isEnt() || v.u[p].typ == schema.Person {
		return
	}
	q := p - 1
	for q >= 0 && strings.HasPrefix(v.u[q].tag, "JJ") && !v.u[q].isEnt() {
		q--
	}
	if v.at(q) != "under" {
		return
	}
	subj, neg := v.subjectOf(q)
	if neg {
		return
	}
	for _, o := range v.heads(subj) {
		f.add(v, schema.Sanctions, v.u[p].ent, v.u[o].ent, [2]int{v.u[o].start, v.u[i].end}, 0.8)
	}
}

// coordSubject returns the subject a verb after "and" or "but" at unit i shares with the
// finite verb before it, past quotation marks the tagger takes for verbs ("Pelosi called
// McConnell's refusal \"a disgrace\" and accused Republicans of ..."), or nil.
func (f *relFinder) coordSubject(v *sentView, i int) []int {
	j := i - 1
	for j >= 0 && (v.u[j].tag == "RB" || auxWords[v.at(j)]) && !v.u[j].isEnt() {
		j--
	}
	if w := v.at(j); w != "and" && w != "but" {
		return nil
	}
	for k := j - 1; k >= 0 && k >= j-25; k-- {
		u := v.u[k]
		if u.low == ";" || u.low == "which" || u.low == "who" {
			return nil
		}
		if u.isEnt() || u.low == `"` || auxWords[u.low] || u.tag != "VBD" && u.tag != "VBZ" && u.tag != "VBP" {
			continue
		}
		subj, neg := v.subjectOf(k)
		if neg {
			return nil
		}
		return v.heads(subj)
	}
	return nil
}

// stanceAdjectives state a stance after a copula: "has been highly critical of".
var stanceAdjectives = map[string]schema.RelationKind{
	"critical": schema.Opposes, "opposed": schema.Opposes, "hostile": schema.Opposes,
	"supportive": schema.Supports,
}

// stanceAdjective reads "X has been highly critical of Y", "X is opposed to Y", "X, who
// is supportive of Y," with the adjective at unit i: the subject of the copula before it
// holds the stance. "As opposed to" and "a book critical of Y" name no holder.
func (f *relFinder) stanceAdjective(v *sentView, i int, pred schema.RelationKind) {
	switch p := v.at(i + 1); {
	case p == "of" && v.at(i) != "opposed":
	case (p == "to" || p == "toward" || p == "towards") && (v.at(i) == "opposed" || v.at(i) == "hostile"):
	default:
		return
	}
	c := i - 1
	for c >= 0 && !v.u[c].isEnt() && (strings.HasPrefix(v.u[c].tag, "RB") || v.at(c) == "been" || v.at(c) == "become" || v.at(c) == "becoming") {
		if negators[v.at(c)] {
			return // "is not critical of"
		}
		c--
	}
	if c < 0 || !copulas[v.at(c)] && v.at(c) != "remain" && v.at(c) != "remains" && v.at(c) != "remained" {
		return
	}
	objs, conf := f.objectAt(v, i+2, pred)
	if len(objs) == 0 {
		return
	}
	subj, neg := v.subjectOf(c)
	if neg || f.modal(v, c+1) {
		return
	}
	subj = v.heads(subj)
	f.addAll(v, pred, subj, objs, i, f.confidence(v, min(conf, 0.8), subj))
}

// suitNouns, among againstNouns, name a legal action.
var suitNouns = wordSet(`lawsuit lawsuits suit suits complaint case action`)

// suitJoined reads "X joined the lawsuit", "X filed the suit", "Becerra is joined in this
// legal action by attorneys general from ..." with the suit noun at unit i naming the
// lawsuit read a few sentences before: X (and the by-phrase's names) oppose whom it is
// against.
func (f *relFinder) suitJoined(v *sentView, i int) {
	if len(f.suitTargets) == 0 || v.si-f.suitSent > 8 || v.si == f.suitSent {
		return
	}
	p := i - 1
	for p >= 0 && !v.u[p].isEnt() && (actionModifiers[v.at(p)] || strings.HasPrefix(v.u[p].tag, "JJ")) {
		p--
	}
	if w := v.at(p); w != "this" && w != "the" && w != "that" {
		return // "a lawsuit" is another one
	}
	k := p - 1
	if v.at(k) == "in" {
		k-- // "joined in the lawsuit"
	}
	if k < 0 || !actionVerbs[v.at(k)] || !v.u[k].isVerb() && !strings.HasPrefix(v.at(k), "join") {
		return
	}
	subj, neg := v.subjectOf(k)
	if neg {
		return
	}
	subj = v.heads(subj)
	if v.passiveAt(k) && !strings.HasPrefix(v.at(k), "join") {
		subj = nil // "The lawsuit was filed in the U.S. District Court": filed by whom?
	}
	if v.at(i+1) == "by" && v.passiveAt(k) {
		g, _ := v.groupRight(i+2, groupOpts{roles: true, of: true, lead: 3})
		subj = append(subj, v.heads(g)...) // "is joined in this legal action by ..."
	}
	f.addAll(v, schema.Opposes, subj, f.suitTargets, i, f.confidence(v, 0.65, subj))
}

// reducedRelativeAuthor returns the unit of the name that authored the act named from
// unit k on in a relative clause without "that": "the state of emergency United States
// President Donald Trump declared", "the order Trump signed"; or -1.
func (v *sentView) reducedRelativeAuthor(k int) int {
	k = v.skipDet(k)
	j := k
	for j < len(v.u) && j < k+6 && !v.u[j].isEnt() && (strings.HasPrefix(v.u[j].tag, "NN") || strings.HasPrefix(v.u[j].tag, "JJ") || v.at(j) == "of") {
		j++
	}
	if j == k || j >= len(v.u) || !v.u[j].isEnt() {
		return -1
	}
	g, end := v.groupRight(j, groupOpts{roles: true, of: true})
	h := v.heads(g)
	if len(h) != 1 || v.u[h[0]].kind == "pronoun" || !authorVerbs[v.at(end)] {
		return -1
	}
	return h[0]
}

// authorVerbs make the act a reduced relative clause names: "the state of emergency Trump
// declared"; not "the treatment Navalny received".
var authorVerbs = wordSet(`declared signed issued announced imposed made took proposed introduced passed launched
	ordered adopted unveiled enacted decreed approved handled implemented`)

// againstAfter reports whether "against" follows unit i in its clause, a few words on:
// "a lawsuit by X against Y".
func (v *sentView) againstAfter(i int) bool {
	end := v.clauseEnd(i)
	for j := i + 1; j < end && j <= i+12; j++ {
		if v.at(j) == "against" {
			return true
		}
	}
	return false
}
