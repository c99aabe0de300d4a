package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/schema"
)

// Roles is the stage that reads the positions people hold. It needs the entity stage
// before it. It understands:
//
//	titles before names       "Secretary of State Marco Rubio", "Russian President Vladimir Putin",
//	                          "AU trade and industry commissioner Albert Muchanga"
//	possessives               "Iran's President Rouhani", "Niger's president Mahamadou Issoufou"
//	"of" after the name       "President Hassan Rouhani of Iran", "Presidents Buhari of Nigeria and Talon of Benin"
//	appositives               "Steve Witkoff, Trump's envoy", "Angela Merkel, the Chancellor of Germany",
//	                          "The Italian foreign minister, Luigi Di Maio,"
//	relative clauses, verbs   "Mike Pompeo who is the secretary of state", "Bolton served as the US ambassador"
//	counterparts              "his Greek and French counterparts, Nikos Dendias and Jean-Yves Le Drian"
//	former roles              "former president George W. Bush"
//
// A role records the title as the article words it (singular, without "former"), the
// country or organization it belongs to when the article says so, and its evidence.
type Roles struct{}

// roleFound is a role before it is added to the Draft.
type roleFound struct {
	person, of  int
	title       string
	former      bool
	start, end  int
	confidence  float64
	sent        int
	titleStart  int
	titleEnd    int
	personPiece int
	// pronoun is set when the holder is a pronoun ("She served as ...").
	pronoun bool
}

// Run implements Stage.
func (Roles) Run(d *Draft) error {
	if d.notes == nil {
		return nil
	}
	rr := &roleReader{d: d}
	for si := range d.Sentences {
		rr.sentence(si)
	}
	rr.commit()
	return nil
}

// PronounRoles is the roles stage's second pass, after Pronouns: it reads the titles
// that describe a person the sentence names by a pronoun, as the first pass reads those
// of names: "She also previously served as the district attorney for the city of San
// Francisco", "He was also a member of the Select Committee on Benghazi".
type PronounRoles struct{}

// Run implements Stage.
func (PronounRoles) Run(d *Draft) error {
	if d.notes == nil {
		return nil
	}
	rr := &roleReader{d: d, pronouns: true}
	for si := range d.Sentences {
		rr.sentence(si)
	}
	rr.commit()
	return nil
}

type roleReader struct {
	d     *Draft
	found []roleFound
	// pronouns is set in the second pass (PronounRoles): then only roles whose holder is
	// a pronoun are read ("She previously served as the district attorney").
	pronouns bool
	// last is the appositive title read last in the sentence, its holder and the token
	// after its owner phrase.
	last struct {
		h   holder
		end int
		ok  bool
	}
}

// pieceAt returns the index of the resolved piece of sentence si that starts at token k,
// or -1.
func (rr *roleReader) pieceAt(si, k int) int {
	for _, i := range rr.d.notes.bySent[si] {
		p := &rr.d.notes.pieces[i]
		if p.a == k && p.entity >= 0 {
			return i
		}
	}
	return -1
}

// pieceEndingAt returns the index of the resolved piece of sentence si that ends at token
// k (exclusive), or -1.
func (rr *roleReader) pieceEndingAt(si, k int) int {
	for _, i := range rr.d.notes.bySent[si] {
		p := &rr.d.notes.pieces[i]
		if p.b == k && p.entity >= 0 {
			return i
		}
	}
	return -1
}

func (rr *roleReader) isPerson(pi int) bool {
	return pi >= 0 && rr.d.Entities[rr.d.notes.pieces[pi].entity].Type == schema.Person
}

// ofEntity returns the entity a piece can give a role ("of"): a country (demonyms and
// capitals too) or an organization; -1 otherwise.
func (rr *roleReader) ofEntity(pi int) int {
	if pi < 0 {
		return -1
	}
	p := &rr.d.notes.pieces[pi]
	e := p.entity
	switch rr.d.Entities[e].Type {
	case schema.Country, schema.Organization:
		return e
	case schema.Place:
		// A territory, state or region governs itself: "chief executive of Hong Kong",
		// "California Governor"; a city does not own roles here.
		if p.kind == pkGaz && p.gaz.Kind == GazPlace && p.gaz.ISO != "" && p.mention != "capital" {
			return e
		}
		// So does a unit named by its kind: "Santa Barbara County Sheriff", "Moscow
		// Oblast governor".
		if p.kind == pkPlace && p.b-p.a >= 2 && adminUnits[strings.ToLower(rr.d.Sentences[p.sent].Tokens[p.b-1].Text)] {
			return e
		}
	}
	return -1
}

// committeeBefore returns the committee a title in lower case refers back to with the
// word "committee" before it: "Members of the House Judiciary Committee ... Republican
// committee member Doug Collins" is a member of the House Judiciary Committee. It is the
// last committee the article named before, or -1.
func (rr *roleReader) committeeBefore(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	if k == 0 {
		return -1
	}
	if w := toks[k-1].Text; w != "committee" && w != "subcommittee" {
		return -1
	}
	at := toks[k-1].Start
	i := sort.Search(len(rr.d.Mentions), func(i int) bool { return rr.d.Mentions[i].Start >= at })
	for i--; i >= 0; i-- {
		m := rr.d.Mentions[i]
		if m.Entity < 0 || m.Entity >= len(rr.d.Entities) {
			continue
		}
		e := &rr.d.Entities[m.Entity]
		if e.Type != schema.Organization {
			continue
		}
		if name := strings.ToLower(e.Name); strings.HasSuffix(name, " committee") || strings.HasSuffix(name, " subcommittee") {
			return m.Entity
		}
	}
	return -1
}

// usHouse returns the entity of the United States House of Representatives when the
// article names it, or -1: a title that begins with "House" ("House Speaker", "House
// Majority Leader") is of that House where the article is about it.
func (rr *roleReader) usHouse() int {
	for i := range rr.d.Entities {
		if rr.d.Entities[i].Type == schema.Organization && rr.d.Entities[i].Name == "United States House of Representatives" {
			return i
		}
	}
	return -1
}

// partyTitles are the positions a party itself gives: "Republican leader", "Democratic
// nominee"; other titles after a party's adjective ("Republican Governor") are offices of
// a state, which the party does not own (a legislator's seat, "Labour MP", is left to the
// party as before).
var partyTitles = wordSet(`nominee candidate leader chairman chairwoman chair chairperson member
spokesman spokeswoman spokesperson official strategist operative whip`)

// partyAdjective returns the piece right before token k that names a party by one word
// ("Republican", "Labour"), or -1.
func (rr *roleReader) partyAdjective(si, k int) int {
	pi := rr.pieceEndingAt(si, k)
	if pi < 0 {
		return -1
	}
	p := &rr.d.notes.pieces[pi]
	e := &rr.d.Entities[p.entity]
	if p.b-p.a != 1 || e.Type != schema.Organization || !strings.HasSuffix(e.Name, " Party") || strings.Contains(p.text, "Party") {
		return -1
	}
	return pi
}

// partyNamed returns the party the article names whose name is the word w and "Party"
// ("Democratic" for the "Democratic Party"), or -1.
func (rr *roleReader) partyNamed(w string) int {
	if !isCapWord(w) {
		return -1
	}
	name := w + " Party"
	for i := range rr.d.Entities {
		if e := &rr.d.Entities[i]; e.Type == schema.Organization && e.Name == name {
			return i
		}
	}
	return -1
}

// covered reports whether token k of sentence si is inside a piece.
func (rr *roleReader) covered(si, k int) bool {
	for _, i := range rr.d.notes.bySent[si] {
		if p := &rr.d.notes.pieces[i]; p.a <= k && k < p.b {
			return true
		}
	}
	return false
}

// colonList returns the people listed after a colon that follows a plural title at token
// k across verbs only ("presidents have been impeached: A and B"), when the list of names
// ends the sentence; nil otherwise.
func (rr *roleReader) colonList(si, k int) []int {
	toks := rr.d.Sentences[si].Tokens
	j := k
	for j < len(toks) && j < k+6 && toks[j].Text != ":" {
		if t := toks[j].Tag; !strings.HasPrefix(t, "VB") && t != "RB" && t != "MD" {
			return nil
		}
		j++
	}
	if j >= len(toks) || j == k || toks[j].Text != ":" {
		return nil
	}
	var people []int
	for j++; j < len(toks); {
		switch w := toks[j].Text; {
		case w == "," || w == "and":
			j++
			continue
		case w == "." || w == ";":
			j = len(toks)
			continue
		}
		pi := rr.pieceAt(si, j)
		if !rr.isPerson(pi) {
			return nil
		}
		people = append(people, pi)
		j = rr.d.notes.pieces[pi].b
	}
	if len(people) < 2 {
		return nil
	}
	return people
}

// adminUnits end the names of the parts of a country that govern themselves.
var adminUnits = wordSet(`county province region oblast krai prefecture governorate municipality
territory canton borough parish`)

// titles lists the title phrases of sentence si: inside runs of capitals (found by the
// entity stage) and in lower case.
func (rr *roleReader) titles(si int) []titleMatch {
	toks := rr.d.Sentences[si].Tokens
	var out []titleMatch
	covered := make([]bool, len(toks))
	for _, i := range rr.d.notes.bySent[si] {
		p := &rr.d.notes.pieces[i]
		if p.entity < 0 {
			continue // a capitalised word that named nothing ("Chair in Global Islamic Politics")
		}
		for k := p.a; k < p.b; k++ {
			covered[k] = true
		}
	}
	// Titles inside runs of capitals, as the entity stage cut them ("Deputy Emergency
	// Situations Minister"), then titles in lower case.
	for _, tm := range rr.d.notes.titles[si] {
		// Lower-case words before it belong to it: "the acting Prime Minister",
		// "Chelyabinsk regional Deputy Governor", "former President".
		for tm.Start > 0 && !covered[tm.Start-1] && !isCapWord(toks[tm.Start-1].Text) {
			w := lowerTok(toks, tm.Start-1)
			if formerPrefix(w) > 0 { // "ex-Prime Minister"
				tm.Former = true
				tm.Start--
				break
			}
			if formerWords[w] {
				tm.Former = true
			} else if !titleModifiers[w] || w == "and" {
				break
			}
			tm.Start--
		}
		out = append(out, tm)
		for k := tm.Start; k < tm.End; k++ {
			covered[k] = true
		}
	}
	for k := 0; k < len(toks); k++ {
		if covered[k] {
			continue
		}
		tm, ok := titleAt(toks, k, false)
		if !ok {
			continue
		}
		first := -1
		for j := tm.Start; j < tm.End; j++ {
			if covered[j] {
				first = j
				break
			}
		}
		if first >= 0 {
			// A name inside the title's complement: "member of Parliament" is a member of
			// the Parliament named.
			if first <= tm.HeadStart {
				continue
			}
			if tm, ok = titleAt(toks[:first], k, false); !ok {
				continue
			}
			if tm.End < len(toks) && strings.EqualFold(toks[tm.End].Text, "of") && tm.End+1 < first {
				continue
			}
		}
		out = append(out, tm)
		k = tm.End - 1
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func (rr *roleReader) sentence(si int) {
	d := rr.d
	toks := d.Sentences[si].Tokens
	titles := rr.titles(si)
	first := len(rr.found)
	rr.last.ok = false
	for ti, tm := range titles {
		if tm.Honorific {
			continue
		}
		title := titleText(toks, tm)
		of := rr.ownerBefore(si, tm.Start)
		if pa := rr.partyAdjective(si, tm.Start); pa >= 0 && !partyTitles[tm.Head] && !legislators[tm.Head] && !strings.HasSuffix(tm.Head, "chairman") {
			// "Maryland's Republican Governor Larry Hogan": the party is his, the office
			// Maryland's.
			of = rr.ownerBefore(si, d.notes.pieces[pa].a)
		}
		if occupations[tm.Head] && rr.nationality(si, tm.Start) {
			of = -1 // "American lead guitarist": a nationality, not an employer
		}
		if of < 0 && tm.Start < tm.HeadStart && toks[tm.Start].Text == "House" {
			of = rr.usHouse() // "House Speaker Nancy Pelosi"
		}
		if of < 0 && (tm.Head == "nominee" || tm.Head == "candidate") && tm.Start > 0 {
			of = rr.partyNamed(toks[tm.Start-1].Text) // "Democratic presidential nominee Joe Biden"
		}
		committee := rr.committeeBefore(si, tm.Start)
		if committee >= 0 {
			title = "committee " + title
		}
		// Title before the name: "President Hassan Rouhani", "foreign minister, Luigi Di Maio",
		// "Supreme Leader Ayatollah Ali Khamenei" (an honorific between).
		k := tm.End
		if ti+1 < len(titles) && titles[ti+1].Start == k && titles[ti+1].Honorific {
			k = titles[ti+1].End
		}
		if k < len(toks) && toks[k].Text == "," && rr.isPerson(rr.pieceAt(si, k+1)) && tm.Start > 0 && determinedAt(toks, tm.Start) &&
			(!plural(toks, tm) || rr.listFollows(si, rr.pieceAt(si, k+1)) || oneOf(toks, tm.Start)) {
			k++ // "The Italian foreign minister, Luigi Di Maio"; not "earned 8 delegates, Joe Biden"
		}
		// "Member of Parliament (MP) Yvette Cooper": the short form between.
		if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" && looksAcronym(toks[k+1].Text) {
			k += 3
		}
		// "President of Russia Vladimir Putin", "Mayor of Koszalin Piotr Jedliński",
		// "the director of Argentina's Amnesty International, Mariela Belski".
		to := k < len(toks) && (strings.EqualFold(toks[k].Text, "to") || strings.EqualFold(toks[k].Text, "for")) && subjectTitle(tm.Head)
		if k+1 < len(toks) && (strings.EqualFold(toks[k].Text, "of") || strings.EqualFold(toks[k].Text, "for") || strings.EqualFold(toks[k].Text, "from") || to) {
			j := k + 1
			if j < len(toks) && strings.EqualFold(toks[j].Text, "the") {
				j++
			}
			op := rr.pieceAt(si, j)
			if ofp, _ := rr.ofAfter(si, k, "senator"); ofp >= 0 {
				op = ofp
			}
			if op >= 0 && !rr.isPerson(op) {
				after := d.notes.pieces[op].b
				if after+1 < len(toks) && toks[after].Text == "," && rr.isPerson(rr.pieceAt(si, after+1)) {
					after++ // "director of Amnesty International, Jane Doe"
				}
				if _, title := titleAt(toks, after, true); !title && after+1 < len(toks) && isCapWord(toks[after].Text) && !rr.covered(si, after) &&
					d.Entities[d.notes.pieces[op].entity].Type == schema.Organization && rr.isPerson(rr.pieceAt(si, after+1)) {
					after++ // "chair of the House Intelligence Committee Represenative Adam Schiff"
				}
				if pi := rr.pieceAt(si, after); rr.isPerson(pi) {
					// "ambassador to Russia Michael McFaul" is not Russia's.
					if o := rr.explicitOwner(op); o >= 0 && !to {
						if legislators[tm.Head] {
							o = rr.constituencyCountry(op, o)
						}
						if o >= 0 || of < 0 {
							of = o
						}
					}
					k = after
				}
			}
		}
		// Two titles before one name: "AU chairperson President Abdel Fattah el-Sisi of
		// Egypt": the first keeps its own owner, the "of" after the name is the second's.
		if ti+1 < len(titles) && titles[ti+1].Start == k && !titles[ti+1].Honorific {
			if pi := rr.pieceAt(si, titles[ti+1].End); rr.isPerson(pi) {
				p := &d.notes.pieces[pi]
				rr.add(roleFound{person: p.entity, of: of, title: title, former: tm.Former, start: toks[tm.Start].Start, end: p.end, confidence: 0.8, sent: si})
				continue
			}
		}
		// Two titles joined before one name: "businessman and Trump loyalist Stephen
		// Schwarzman", "Former Trump adviser and retired general Michael Flynn".
		if k < len(toks) && strings.EqualFold(toks[k].Text, "and") && !plural(toks, tm) {
			if pi := rr.joinedTitleHolder(si, titles, ti, k+1); pi >= 0 {
				p := &d.notes.pieces[pi]
				rr.add(roleFound{person: p.entity, of: of, title: title, former: tm.Former, start: toks[tm.Start].Start, end: p.end, confidence: 0.8, sent: si})
				continue
			}
		}
		if pi := rr.pieceAt(si, k); rr.isPerson(pi) && (!plural(toks, tm) || rr.listFollows(si, pi) || oneOf(toks, tm.Start)) {
			for pi >= 0 {
				p := &d.notes.pieces[pi]
				o := of
				next := p.b
				if ofp, e := rr.ofAfter(si, p.b, tm.Head); ofp >= 0 {
					o = e
					next = d.notes.pieces[ofp].b
				}
				if committee >= 0 {
					o = committee // "committee member Doug Collins of Georgia"
				}
				rr.add(roleFound{person: p.entity, of: o, title: title, former: tm.Former, start: toks[tm.Start].Start, end: p.end, confidence: 0.9, sent: si})
				// Coordinated names after a plural title: "Presidents A of X and B of Y".
				pi = -1
				if plural(toks, tm) {
					pi = rr.nextListed(si, next)
				}
			}
			continue
		}
		// A plural title and the list its holders after a colon: "only two presidents
		// have been impeached: Andrew Johnson and Bill Clinton".
		if plural(toks, tm) {
			for _, pi := range rr.colonList(si, tm.End) {
				p := &d.notes.pieces[pi]
				rr.add(roleFound{person: p.entity, of: of, title: title, former: tm.Former, start: toks[tm.Start].Start, end: p.end, confidence: 0.7, sent: si})
			}
		}
		// Appositive after the name: "Angela Merkel, the Chancellor of Germany",
		// "Steve Witkoff, Trump's envoy", "Mike Pompeo who is the secretary of state".
		if plural(toks, tm) || tm.End < len(toks) && isCapWord(toks[tm.End].Text) && !stopCaps[strings.ToLower(toks[tm.End].Text)] || awardTitle(toks, tm) {
			// "Warren had eight delegates"; "performance artist Vermin Supreme" names
			// what follows; "he was named Best Actor" is an award.
			continue
		}
		h, ok := rr.personBeforeTitle(si, tm.Start)
		if !ok {
			h, ok = rr.coordinatedTitle(si, tm)
		}
		if ok {
			o := rr.ownerOfTitle(si, tm.Start, of)
			end := tm.End
			if ofp, e := rr.ofAfter(si, tm.End, tm.Head); ofp >= 0 && !(subjectTitle(tm.Head) && strings.EqualFold(toks[tm.End].Text, "for")) {
				o = e
				end = d.notes.pieces[ofp].b
			} else if o < 0 {
				o = rr.atAfter(si, tm.End)
			}
			if committee >= 0 {
				o = committee
			}
			if weakHeads[tm.Head] && o < 0 && !isCapWord(toks[tm.HeadStart].Text) && tm.Start == tm.HeadStart &&
				!(tm.Start > 0 && strings.HasPrefix(toks[tm.Start-1].Tag, "NN")) && // "an airport protocol officer"
				!(tm.End < len(toks) && (strings.EqualFold(toks[tm.End].Text, "of") || strings.EqualFold(toks[tm.End].Text, "for"))) {
				continue // "a featured speaker at the rally"
			}
			rr.add(roleFound{person: h.entity, of: o, title: title, former: tm.Former || h.former, start: h.start, end: toks[tm.End-1].End, confidence: 0.8, sent: si, pronoun: h.pronoun})
			rr.last.h, rr.last.end, rr.last.ok = h, end, true
		}
	}
	rr.counterparts(si, first)
	rr.offices(si)
	rr.verbRoles(si)
}

// headVerbs name the position of whoever does them to an organization: "Lindsey Graham,
// who chairs the Senate Judiciary Committee", "Jerome Powell, who heads the Federal
// Reserve".
var headVerbs = map[string]string{"chairs": "chair", "heads": "head", "leads": "leader", "directs": "director",
	"chaired": "chair", "headed": "head", "led": "leader", "directed": "director"}

// verbRoles reads "X, who chairs the Y": X is the chair of Y (in the past tense, a former
// chair).
func (rr *roleReader) verbRoles(si int) {
	d := rr.d
	toks := d.Sentences[si].Tokens
	for k := 2; k+1 < len(toks); k++ {
		title, ok := headVerbs[toks[k].Text]
		if !ok {
			continue
		}
		w := k - 1
		if toks[w].Tag == "RB" && w > 2 {
			w-- // "who currently chairs"
		}
		if !strings.EqualFold(toks[w].Text, "who") || toks[w-1].Text != "," {
			continue
		}
		h, ok := rr.personEndingAt(si, w-1)
		if !ok {
			continue
		}
		j := k + 1
		if strings.EqualFold(toks[j].Text, "the") {
			j++
		}
		pi := rr.pieceAt(si, j)
		if pi < 0 || d.Entities[d.notes.pieces[pi].entity].Type != schema.Organization {
			continue
		}
		p := &d.notes.pieces[pi]
		rr.add(roleFound{person: h.entity, of: p.entity, title: title, former: strings.HasSuffix(toks[k].Text, "ed") || toks[k].Text == "led",
			start: h.start, end: p.end, confidence: 0.7, sent: si, pronoun: h.pronoun})
	}
}

// officeNouns name the tenure of a position: "Ben Ali's Presidency", "the premiership of
// Theresa May".
var officeNouns = map[string]string{
	"presidency": "president", "premiership": "prime minister", "chairmanship": "chairman",
	"governorship": "governor", "mayoralty": "mayor", "papacy": "pope", "speakership": "speaker",
	"chancellorship": "chancellor", "vice presidency": "vice president", "vice-presidency": "vice president",
}

// offices reads the roles named by the tenure of a position: "during Zine El Abidine Ben
// Ali's Presidency", "the premiership of Theresa May".
func (rr *roleReader) offices(si int) {
	d := rr.d
	toks := d.Sentences[si].Tokens
	for k, t := range toks {
		title, ok := officeNouns[strings.ToLower(t.Text)]
		if !ok {
			continue
		}
		if isCapWord(t.Text) {
			title = upperFirst(title)
		}
		// "X's [early] presidency"
		j := k
		for n := 0; n < 2 && j > 0 && (toks[j-1].Tag == "JJ" || toks[j-1].Tag == "VBN") && !isCapWord(toks[j-1].Text); n++ {
			j--
		}
		if j > 0 && (toks[j-1].Text == "'s" || toks[j-1].Text == "'") {
			if pi := rr.pieceEndingAt(si, j-1); rr.isPerson(pi) {
				p := &d.notes.pieces[pi]
				rr.add(roleFound{person: p.entity, of: -1, title: title, start: p.start, end: t.End, confidence: 0.7, sent: si})
			}
			continue
		}
		// "the presidency of X"
		if k+2 < len(toks) && strings.EqualFold(toks[k+1].Text, "of") {
			if pi := rr.pieceAt(si, k+2); rr.isPerson(pi) {
				p := &d.notes.pieces[pi]
				rr.add(roleFound{person: p.entity, of: -1, title: title, start: t.Start, end: p.end, confidence: 0.7, sent: si})
			}
		}
	}
}

// joinedTitleHolder returns the person named after the title that follows "and" at
// token k ("and retired general Michael Flynn", "and Trump loyalist Stephen
// Schwarzman"), or -1. Only modifiers and an owner may stand before that title.
func (rr *roleReader) joinedTitleHolder(si int, titles []titleMatch, ti, k int) int {
	toks := rr.d.Sentences[si].Tokens
	for tj := ti + 1; tj < len(titles); tj++ {
		next := titles[tj]
		if next.Start < k {
			continue
		}
		for j := k; j < next.Start; {
			if pi := rr.pieceAt(si, j); pi >= 0 && !rr.isPerson(pi) {
				j = rr.d.notes.pieces[pi].b
				continue
			}
			if isCapWord(toks[j].Text) && !rr.personCovers(si, j) || toks[j].Tag == "JJ" || toks[j].Tag == "VBN" || toks[j].Tag == "NN" {
				j++
				continue
			}
			return -1
		}
		if next.Start-k > 3 {
			return -1
		}
		if pi := rr.pieceAt(si, next.End); rr.isPerson(pi) {
			return pi
		}
		return -1
	}
	return -1
}

// weakHeads name a position only with the body it belongs to when they describe someone
// after the name: "a member of the House Select Committee", not "a featured speaker".
var weakHeads = wordSet(`member speaker head chief official officer leader deputy`)

// awardTitle reports whether a title is the name of an award: "Best Actor".
func awardTitle(toks []Token, tm titleMatch) bool {
	return strings.EqualFold(toks[tm.Start].Text, "best")
}

// determinedAt reports whether the title starting at token k has a determiner or an owner
// before it: "the foreign minister", "Trump's envoy", "his Greek counterpart".
func determinedAt(toks []Token, k int) bool {
	// Adjectives and numbers between: "the current bishop", "two astronauts", "Daily
	// Xtra's editorial director", "a third president", "former Vice President".
	for n := 0; n < 3 && k > 0; n++ {
		switch strings.ToLower(toks[k-1].Text) {
		case "the", "a", "an", "his", "her", "its", "their", "our", "'s", "'", "former", "then", "late":
			return true
		}
		if isCapWord(toks[k-1].Text) {
			return true
		}
		if toks[k-1].Tag == "CD" {
			return true // "two astronauts"
		}
		if t := toks[k-1].Tag; t != "JJ" && t != "NN" && t != "RB" {
			return false
		}
		k--
	}
	return false
}

// oneOf reports whether "one of" stands before the title at token k, with an owner
// between: "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior".
func oneOf(toks []Token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if strings.EqualFold(toks[j].Text, "of") && strings.EqualFold(toks[j-1].Text, "one") {
			return true
		}
		if toks[j].Text == "," || strings.HasPrefix(toks[j].Tag, "VB") {
			return false
		}
	}
	return false
}

// listFollows reports whether the person piece pi is the first of a list of people ("A of
// X, B of Y, and C", "A and B"), as a plural title needs: "justices Hammons favors" names
// no justice.
func (rr *roleReader) listFollows(si, pi int) bool {
	next := rr.d.notes.pieces[pi].b
	if ofp, _ := rr.ofAfter(si, next, "senator"); ofp >= 0 {
		next = rr.d.notes.pieces[ofp].b
	}
	return rr.nextListed(si, next) >= 0
}

// nextListed returns the person piece that continues a list of people at token k (", B",
// "and B", ", and B", ", in 1972, and B"), or -1.
func (rr *roleReader) nextListed(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	for n := k; n < len(toks) && n < k+8; n++ {
		w := toks[n].Text
		if w == "," || w == "and" {
			if q := rr.pieceAt(si, n+1); rr.isPerson(q) && (w == "and" || n == k || toks[n-1].Text == ",") {
				return q
			}
			continue
		}
		// An aside between ("in 1972"), without a verb or a name of its own.
		if n == k || strings.HasPrefix(toks[n].Tag, "VB") || strings.HasPrefix(toks[n].Tag, "NNP") || w == ";" || w == "." || w == ":" {
			return -1
		}
	}
	return -1
}

// counterparts reads "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos
// Christodoulides and Jean-Yves Le Drian": each person holds the title of the role read
// before in the sentence, for the country of the matching demonym.
func (rr *roleReader) counterparts(si, first int) {
	d := rr.d
	toks := d.Sentences[si].Tokens
	for c := 1; c < len(toks); c++ {
		w := strings.ToLower(toks[c].Text)
		if w != "counterpart" && w != "counterparts" {
			continue
		}
		// The role this is a counterpart of: the last one read before, in this sentence.
		var base *roleFound
		for i := len(rr.found) - 1; i >= first; i-- {
			if rr.found[i].sent == si && rr.found[i].end <= toks[c].Start {
				base = &rr.found[i]
				break
			}
		}
		if base == nil {
			continue
		}
		// Demonyms (or countries) before: "Greek, Cypriot and French".
		var owners []int
		for k := c; k > 0; {
			pi := rr.pieceEndingAt(si, k)
			if pi < 0 {
				break
			}
			e := rr.ofEntity(pi)
			if e < 0 {
				break
			}
			owners = append([]int{e}, owners...)
			k = d.notes.pieces[pi].a
			if k > 0 && (toks[k-1].Text == "," || toks[k-1].Text == "and") {
				k--
			}
		}
		// People after: ", Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian".
		var people []int
		k := c + 1
		for k < len(toks) {
			if toks[k].Text == "," || toks[k].Text == "and" {
				k++
				continue
			}
			pi := rr.pieceAt(si, k)
			if !rr.isPerson(pi) {
				break
			}
			people = append(people, pi)
			k = d.notes.pieces[pi].b
		}
		if len(people) == 0 || len(owners) != len(people) && len(owners) != 0 {
			continue
		}
		for i, pi := range people {
			of := -1
			if len(owners) > 0 {
				of = owners[i]
			}
			p := &d.notes.pieces[pi]
			rr.add(roleFound{person: p.entity, of: of, title: base.title, start: toks[c].Start, end: p.end, confidence: 0.7, sent: si})
		}
	}
}

// subjectTitle reports whether "to X" or "for X" after the title names what the role
// deals with, not whom it belongs to: "ambassador to Russia", "Special Representative for
// Iran", "envoy for the Middle East".
func subjectTitle(head string) bool {
	switch head {
	case "ambassador", "envoy", "representative", "special representative", "high representative", "coordinator", "commissioner", "rapporteur", "negotiator":
		return true
	}
	return false
}

// titleText is the title as the article words it, singular, without "former".
func titleText(toks []Token, tm titleMatch) string {
	start := tm.Start
	for start < tm.HeadStart && formerWords[strings.ToLower(toks[start].Text)] {
		start++
	}
	// "ex-UK Prime Minister": the country is the owner, not the title.
	if w := toks[start].Text; start < tm.HeadStart && formerPrefix(w) > 0 {
		if g, ok := DefaultGazetteer().Best(w[formerPrefix(w):]); ok && (g.Kind == GazCountry || g.Kind == GazDemonym) {
			start++
		}
	}
	words := make([]string, 0, tm.End-start)
	for k := start; k < tm.End; k++ {
		w := toks[k].Text
		if k == start && formerPrefix(w) > 0 {
			w = w[formerPrefix(w):] // "Ex-Prime Minister", "then-Governor"
			if _, ok := titleHeads[strings.ToLower(w)]; !ok {
				w = strings.ReplaceAll(w, "-", " ") // "then-prime-minister"
			}
		}
		if low := lowerTok(toks, k); strings.HasSuffix(w, ".") && !strings.Contains(low, ".") && len(low) > len(w) {
			w = upperFirst(low) // "Lt." -> "Lieutenant"
		}
		words = append(words, w)
	}
	// Singular head: "Presidents" -> "President".
	headEnd, head := headAt(toks[:tm.End], tm.HeadStart)
	if headEnd > 0 {
		surface := strings.Join(words[tm.HeadStart-start:headEnd-start], " ")
		if !strings.EqualFold(surface, head) && len(strings.Fields(head)) == headEnd-tm.HeadStart {
			sing := strings.Fields(head)
			for i := range sing {
				if isCapWord(words[tm.HeadStart-start+i]) {
					sing[i] = upperFirst(sing[i])
				}
			}
			copy(words[tm.HeadStart-start:], sing)
		}
	}
	return strings.Join(words, " ")
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func plural(toks []Token, tm titleMatch) bool {
	w := lowerTok(toks, tm.End-1)
	return strings.HasSuffix(w, "s") && titleHeads[w] != w
}

// ownerBefore returns the country or organization standing right before a title at token
// k: "US President", "Niger's president", "AU chairperson", "African Export–Import Bank
// president".
func (rr *roleReader) ownerBefore(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	if k > 0 && (toks[k-1].Text == "'s" || toks[k-1].Text == "'") {
		k--
	}
	if pi := rr.pieceEndingAt(si, k); pi >= 0 {
		return rr.ofEntity(pi)
	}
	return -1
}

// nationality reports whether a demonym stands right before the title at token k
// ("American", "Saudi"), which says where someone is from, not whom they work for.
func (rr *roleReader) nationality(si, k int) bool {
	pi := rr.pieceEndingAt(si, k)
	return pi >= 0 && rr.d.notes.pieces[pi].kind == pkDemonym
}

// atAfter returns the organization of "at X" following a title, within a few words:
// "Chair in Global Islamic Politics at Deakin University", "professor at Harvard".
func (rr *roleReader) atAfter(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	for j := k; j < len(toks) && j < k+14; j++ {
		w := toks[j].Text
		if w == "," || w == "." || w == ";" || strings.HasPrefix(toks[j].Tag, "VB") || j >= k+6 && !rr.covered(si, j) && !isConnector(strings.ToLower(w)) && w != "at" {
			return -1 // (further than six words only across names: "in the Faculty of Arts and Education at")
		}
		if strings.EqualFold(w, "at") {
			n := j + 1
			if n < len(toks) && strings.EqualFold(toks[n].Text, "the") {
				n++
			}
			if pi := rr.pieceAt(si, n); pi >= 0 && rr.d.Entities[rr.d.notes.pieces[pi].entity].Type == schema.Organization {
				return rr.d.notes.pieces[pi].entity
			}
			return -1
		}
	}
	return -1
}

func (rr *roleReader) add(r roleFound) {
	if r.pronoun != rr.pronouns {
		return // each pass adds its own
	}
	rr.found = append(rr.found, r)
}

// commit adds the roles found to the Draft, one per person and title (the one that names
// its country or organization wins).
func (rr *roleReader) commit() {
	d := rr.d
	type key struct {
		person int
		title  string
	}
	index := map[key]int{}
	for _, r := range rr.found {
		k := key{r.person, strings.ToLower(r.title)}
		i, ok := index[k]
		if !ok {
			// "incumbent President" and "President" of one person are one role.
			for j := range d.Roles {
				if d.Roles[j].Person == d.EntityRef(r.person) && sameRole(d.Roles[j].Title, r.title) {
					i, ok = j, true
					break
				}
			}
		}
		if ok {
			old := &d.Roles[i]
			if old.Of == "" && r.of >= 0 {
				old.Of = d.EntityRef(r.of)
			}
			continue
		}
		index[k] = len(d.Roles)
		d.Roles = append(d.Roles, Role{
			Person:   d.EntityRef(r.person),
			Title:    r.title,
			Of:       d.EntityRef(r.of),
			Former:   r.former,
			AsOf:     d.Published,
			Evidence: d.Evidence(r.start, r.end, r.confidence),
		})
	}
}

// rankWords change the position a title names: "Vice President" is not "President".
var rankWords = wordSet(`vice deputy assistant associate lieutenant under co lord prime chief general elect
emeritus pro tem tempore first grand crown`)

// sameRole reports whether two titles name one position: the words of one hold the
// other's, and the words added change no rank ("incumbent President" and "President",
// "Senate Minority Leader" and "Minority Leader"; not "Vice President" and "President").
func sameRole(a, b string) bool {
	wa, wb := strings.Fields(NameKey(a)), strings.Fields(NameKey(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	have := map[string]bool{}
	for _, w := range wb {
		have[w] = true
	}
	for _, w := range wa {
		if !have[w] {
			return false
		}
		delete(have, w)
	}
	for w := range have {
		if rankWords[w] {
			return false
		}
	}
	return true
}
