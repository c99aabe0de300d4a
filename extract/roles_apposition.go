package extract

import (
	"strings"
	"unicode"

	"newsgraph/schema"
)

// This file reads titles that stand after the person they describe: appositions ("Nancy
// Pelosi, the Speaker of the House"), relative clauses and linking verbs ("who is the
// former Attorney General of California", "served as mayor of Denver and governor of
// Colorado", "became the first woman to serve as Speaker"), and the owner phrases after
// a title ("of the city of Gdańsk", "for the Trump administration's Department of
// Justice", "a Senator from Colorado").

// holder is the person a title describes, as the sentence names them: a name or, in the
// second pass (PronounRoles), "he" or "she".
type holder struct {
	entity  int
	start   int // byte offset where the mention of the holder starts
	pronoun bool
	// former is set when an adverb marks the role as past: "formerly the mayor".
	former bool
}

// personEndingAt returns the person whose mention ends at token j (exclusive): a name,
// or in the pronoun pass a "he" or "she" resolved to a person.
func (rr *roleReader) personEndingAt(si, j int) (holder, bool) {
	if pi := rr.pieceEndingAt(si, j); rr.isPerson(pi) {
		p := &rr.d.notes.pieces[pi]
		return holder{entity: p.entity, start: p.start}, true
	}
	if !rr.pronouns || j <= 0 {
		return holder{}, false
	}
	t := rr.d.Sentences[si].Tokens[j-1]
	if w := strings.ToLower(t.Text); w != "he" && w != "she" {
		return holder{}, false
	}
	for _, m := range rr.d.MentionsIn(t.Start, t.End) {
		if m.Kind == "pronoun" && m.Entity >= 0 && m.Entity < len(rr.d.Entities) && rr.d.Entities[m.Entity].Type == schema.Person {
			return holder{entity: m.Entity, start: t.Start, pronoun: true}, true
		}
	}
	return holder{}, false
}

// choiceNouns stand between "as his" and "for" and the title chosen: "as his choice for
// running mate", "as her pick for Secretary of State".
var choiceNouns = wordSet(`choice pick selection`)

// namingVerbs take a person and the title they give them: "making Ferraro the party's
// candidate", "named him chairman".
var namingVerbs = wordSet(`make makes made making name names named naming appoint appoints appointed
appointing elect elects elected electing crown crowned declare declared`)

// objectEndingAt returns the person named at token j-1 as the object of a naming verb.
func (rr *roleReader) objectEndingAt(si, j int) (holder, bool) {
	toks := rr.d.Sentences[si].Tokens
	if j < 2 {
		return holder{}, false
	}
	a := -1
	var h holder
	if pi := rr.pieceEndingAt(si, j); rr.isPerson(pi) {
		p := &rr.d.notes.pieces[pi]
		a, h = p.a, holder{entity: p.entity, start: p.start}
	} else if w := strings.ToLower(toks[j-1].Text); rr.pronouns && (w == "him" || w == "her") {
		for _, m := range rr.d.MentionsIn(toks[j-1].Start, toks[j-1].End) {
			if m.Kind == "pronoun" && m.Entity >= 0 && m.Entity < len(rr.d.Entities) && rr.d.Entities[m.Entity].Type == schema.Person {
				a, h = j-1, holder{entity: m.Entity, start: toks[j-1].Start, pronoun: true}
			}
		}
	}
	if a < 1 || !namingVerbs[strings.ToLower(toks[a-1].Text)] {
		return holder{}, false
	}
	return h, true
}

// linkWords may stand between a person and a title describing them: "who is the",
// "has served as", "was elected", "to serve as".
var linkWords = wordSet(`who is was are were as serves served serving serve became becomes become becoming
remains remained remain has have had been be being will named appointed elected re-elected ran run running
chosen selected installed nominated confirmed sworn in to hold holds held holding resumed
assumed took takes take occupied himself herself`)

// postWords name a position in "held the post of Speaker", "the office of".
var postWords = wordSet(`post office position role job seat title rank mantle`)

// determiners open the description of a title: "the", "a", "his".
var determiners = wordSet(`the a an his her its their our`)

// personBeforeTitle finds the person a title after it describes: "X, the T", "X, Y's T",
// "X, the Democratic Party's presumptive T", "X who is the T", "X served as the T",
// "X, his wife and the current T", "X, a sitting U.S. Senator from Y, is the former T",
// "X was chosen by Y as his T" (X, not Y).
func (rr *roleReader) personBeforeTitle(si, k int) (holder, bool) {
	toks := rr.d.Sentences[si].Tokens
	j := rr.skipDescription(si, k)
	// "Kamala Harris as his choice for running mate".
	if j > 2 && strings.EqualFold(toks[j-1].Text, "for") && choiceNouns[strings.ToLower(toks[j-2].Text)] {
		j = rr.skipDescription(si, j-2)
	}
	// The object of a verb that names: "making Ferraro the Democratic Party's first
	// female candidate", "named him the new chairman".
	if h, ok := rr.objectEndingAt(si, j); ok && j < k {
		return h, true
	}
	// Another description before: "his wife and the current chairwoman".
	if j > 1 && strings.EqualFold(toks[j-1].Text, "and") {
		if c := rr.descriptionBefore(si, j-1); c > 0 {
			j = c
		}
	}
	former, verbs, as := false, 0, false
	for j > 0 && verbs < 8 {
		w := strings.ToLower(toks[j-1].Text)
		switch {
		case linkWords[w]:
			as = as || w == "as"
			if w == "to" && j > 1 && !linkWords[strings.ToLower(toks[j-2].Text)] && !linkWords[strings.ToLower(toks[j].Text)] {
				return holder{}, false // "a senior adviser to the president": the president is another
			}
			if w == "to" && j > 1 && !linkWords[strings.ToLower(toks[j-2].Text)] {
				// "became the first woman to serve as": the description before "to".
				if c := rr.skipToDescription(si, j-1); c >= 0 {
					j = c
					verbs++
					continue
				}
			}
		case w == "formerly" || w == "previously" || w == "once":
			former = true
		case w == "of" && j > 2 && postWords[strings.ToLower(toks[j-2].Text)] && determiners[strings.ToLower(toks[j-3].Text)]:
			j -= 2 // "held the post of"
		case (w == "years" || w == "year" || w == "terms" || w == "term" || w == "months") && j > 1 && toks[j-2].Tag == "CD":
			j-- // "served eight years as"
		case toks[j-1].Tag == "RB" && w != "not" && w != "never":
			// "also", "later", "currently", "eventually"
		default:
			goto done
		}
		j--
		verbs++
	}
done:
	if j > 0 && toks[j-1].Text == "," {
		j--
		// A party and state tag between: "Lindsey Graham, R-S.C., chairman of".
		if t := partyTagBefore(toks, j); t > 0 && toks[t-1].Text == "," {
			j = t - 1
		}
		// An age between the name and the description: "Jane Doe, 45, a senator".
		if j > 1 && toks[j-1].Tag == "CD" && toks[j-2].Text == "," {
			j -= 2
		}
		if h, ok := rr.personEndingAt(si, j); ok {
			h.former = former
			return h, true
		}
		// An apposition between the name and the verb: "Harris, a sitting U.S. Senator
		// from California, is the former Attorney General".
		if verbs > 0 {
			if c := rr.appositionStart(si, j); c > 0 {
				if h, ok := rr.personEndingAt(si, c); ok {
					h.former = former
					return h, true
				}
			}
		}
		return holder{}, false
	}
	if verbs == 0 {
		return holder{}, false
	}
	h, ok := rr.personEndingAt(si, j)
	if !ok || conditional(toks, j) {
		return holder{}, false
	}
	// "Sarah Palin was chosen by John McCain as his running mate": the title is Palin's.
	if as && !h.pronoun {
		if p := rr.pieceEndingAt(si, j); p >= 0 {
			if a := rr.d.notes.pieces[p].a; a > 0 && strings.EqualFold(toks[a-1].Text, "by") {
				return rr.passiveSubject(si, a-1)
			}
		}
	}
	h.former = former
	return h, true
}

// subjectOrg returns the organization that is the subject of sentence si (named before
// its first verb, the last one there), or -1: what "its" and "their" refer to.
func (rr *roleReader) subjectOrg(si int) int {
	toks := rr.d.Sentences[si].Tokens
	verb := len(toks)
	for k, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") {
			verb = k
			break
		}
	}
	e := -1
	for _, i := range rr.d.notes.bySent[si] {
		p := &rr.d.notes.pieces[i]
		if p.b > verb {
			break
		}
		if p.entity >= 0 && rr.d.Entities[p.entity].Type == schema.Organization {
			e = p.entity
		}
	}
	return e
}

// partyTagBefore returns where a party and state tag ending at token j begins ("R-S.C",
// "." before j), or -1.
func partyTagBefore(toks []Token, j int) int {
	if j > 0 && toks[j-1].Text == "." {
		j--
	}
	if j == 0 {
		return -1
	}
	t := toks[j-1].Text
	if len(t) < 3 || t[1] != '-' || !strings.ContainsRune("RDI", rune(t[0])) || !isCapWord(t[2:]) {
		return -1
	}
	for _, r := range t[2:] {
		if r != '.' && !unicode.IsLetter(r) {
			return -1
		}
	}
	return j - 1
}

// conditional reports whether the clause whose subject ends at token j is a condition:
// "if he were president".
func conditional(toks []Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "if", "unless", "whether":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// skipDescription returns where the description of the title at token k begins: its
// modifiers ("the current", "a sitting", "retired"), owners ("Trump's", "the Democratic
// Party's", "the committee's", "U.S.") and determiner.
func (rr *roleReader) skipDescription(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	j := k
	owner := false
	for n := 0; n < 6 && j > 0; n++ {
		t := toks[j-1]
		w := strings.ToLower(t.Text)
		switch {
		case (t.Text == "'s" || t.Text == "'") && !owner:
			owner = true
			j--
			if pi := rr.pieceEndingAt(si, j); pi >= 0 {
				j = rr.d.notes.pieces[pi].a
			} else if j > 0 && isCapWord(toks[j-1].Text) {
				for j > 0 && isCapWord(toks[j-1].Text) {
					j--
				}
			} else if j > 0 && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS") {
				j-- // "the committee's acting chair"
				if j > 0 && isCapWord(toks[j-1].Text) && !rr.isPerson(rr.pieceEndingAt(si, j)) {
					j-- // "the Trump administration's"
				}
			}
			if j > 0 && strings.EqualFold(toks[j-1].Text, "the") {
				return j - 1 // "the Democratic Party's presumptive nominee"
			}
			continue
		case determiners[w]:
			return j - 1
		case isCapWord(t.Text):
			// A capitalised modifier that is no person: "the Democratic chairman",
			// "a sitting U.S. Senator".
			if pi := rr.pieceEndingAt(si, j); pi >= 0 {
				if rr.isPerson(pi) {
					return j
				}
				j = rr.d.notes.pieces[pi].a
				continue
			}
			if rr.personCovers(si, j-1) || sentenceStart(toks, j-1) {
				return j
			}
		case w == "former" || w == "then" || w == "late" || titleModifiers[w] && w != "and":
		case w == "facto" || w == "de" && strings.EqualFold(toks[j].Text, "facto"):
			// "the de facto Saudi ruler"
		case t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "CD" || (t.Tag == "NN" || t.Tag == "NNS") && n < 2:
		default:
			return j
		}
		j--
	}
	return j
}

// personCovers reports whether token k is inside the name of a person.
func (rr *roleReader) personCovers(si, k int) bool {
	for _, i := range rr.d.notes.bySent[si] {
		p := &rr.d.notes.pieces[i]
		if p.a <= k && k < p.b && p.entity >= 0 {
			return rr.isPerson(i)
		}
	}
	return false
}

// descriptionBefore reads a short description before "and" at token k, as in "X, his
// wife and the current chairwoman": it returns the index after the comma that opens
// it, or -1.
func (rr *roleReader) descriptionBefore(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		t := toks[j]
		switch {
		case t.Text == ",":
			if j < k-1 {
				return j + 1
			}
			return -1
		case determiners[strings.ToLower(t.Text)] || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "PRP$":
		case strings.EqualFold(t.Text, "of") || (rr.covered(si, j) || isCapWord(t.Text)) && !rr.personCovers(si, j):
			// "the former mayor of New York City and Trump's personal lawyer"
		default:
			return -1
		}
	}
	return -1
}

// skipToDescription reads a description before "to" at token k, as in "became the first
// woman to serve as": it returns where the description begins, or -1.
func (rr *roleReader) skipToDescription(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := toks[j]
		w := strings.ToLower(t.Text)
		switch {
		case determiners[w]:
			if j < k-1 {
				return j
			}
			return -1
		case t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "CD" || t.Tag == "RB":
		default:
			return -1
		}
	}
	return -1
}

// appositionStart returns the end of the name before an apposition that ends at the
// comma at token k ("Harris, a sitting U.S. Senator from California,"), or -1. The
// apposition holds no verb of its own.
func (rr *roleReader) appositionStart(si, k int) int {
	toks := rr.d.Sentences[si].Tokens
	for j := k - 1; j > 0 && j >= k-15; j-- {
		t := toks[j]
		if t.Text == "," {
			return j
		}
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN" || t.Text == ";" || t.Text == `"` {
			return -1
		}
	}
	return -1
}

// passiveSubject returns the subject of a passive verb before "by" at token k: "Sarah
// Palin was chosen by".
func (rr *roleReader) passiveSubject(si, k int) (holder, bool) {
	toks := rr.d.Sentences[si].Tokens
	j := k
	for j > 0 {
		w := strings.ToLower(toks[j-1].Text)
		if toks[j-1].Tag == "VBN" || toks[j-1].Tag == "RB" || w == "was" || w == "were" || w == "is" || w == "been" || w == "being" || w == "be" {
			j--
			continue
		}
		break
	}
	if j == k {
		return holder{}, false
	}
	return rr.personEndingAt(si, j)
}

// coordinatedTitle gives a title the holder of the appositive title read before it in
// the sentence when only that title's owner phrase and "and" stand between:
// "Hickenlooper has served as mayor of Denver and governor of Colorado".
func (rr *roleReader) coordinatedTitle(si int, tm titleMatch) (holder, bool) {
	if !rr.last.ok {
		return holder{}, false
	}
	toks := rr.d.Sentences[si].Tokens
	j := rr.last.end
	and := false
	for j < tm.Start {
		w := strings.ToLower(toks[j].Text)
		switch {
		case w == "and":
			and = true
		case w == ",":
		case w == "of" || w == "for" || w == "from" || determiners[w] || w == "as" || w == "well" || w == "former":
		default:
			pi := rr.pieceAt(si, j)
			if pi < 0 || rr.isPerson(pi) {
				return holder{}, false
			}
			j = rr.d.notes.pieces[pi].b
			continue
		}
		j++
	}
	if !and || j != tm.Start {
		return holder{}, false
	}
	if w := strings.ToLower(toks[tm.Start-1].Text); w == "for" || w == "from" || w == "of" {
		return holder{}, false // "nominated X, the party's nominee, for president"
	}
	return rr.last.h, true
}

// ofAfter returns the piece and the entity of the owner phrase at token k after a title:
// "of Iran", "of the city of Gdańsk", "for the US Department of Justice", "for the Trump
// administration's Department of Justice", "of the United States' Centers for Disease
// Control", and, after a legislator's title, "from California". It returns -1, -1
// when there is none.
func (rr *roleReader) ofAfter(si, k int, head string) (int, int) {
	toks := rr.d.Sentences[si].Tokens
	if k >= len(toks) {
		return -1, -1
	}
	w := strings.ToLower(toks[k].Text)
	if w != "of" && w != "for" && !(w == "from" && legislators[head]) {
		return -1, -1
	}
	k++
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") && rr.pieceAt(si, k) < 0 {
		k++ // not the article of a name: "a columnist for The Washington Post"
	}
	// "the Polish city of Gdańsk", "the city of San Francisco", "the state of Alabama"
	// (the demonym names no entity when its country is not named).
	j := k
	if pi := rr.demonymAt(si, j); pi >= 0 {
		j = rr.d.notes.pieces[pi].b
	}
	if j+1 < len(toks) && !isCapWord(toks[j].Text) && placeNouns[toks[j].Text] && strings.EqualFold(toks[j+1].Text, "of") {
		k = j + 2
	}
	pi := rr.pieceAt(si, k)
	if pi < 0 {
		return -1, -1
	}
	// An owner of the owner: "the Trump administration's Department of Justice".
	n := rr.d.notes.pieces[pi].b
	if n < len(toks) && (toks[n].Tag == "NN" || toks[n].Tag == "NNS") && !isCapWord(toks[n].Text) {
		n++
	}
	if n+1 < len(toks) && (toks[n].Text == "'s" || toks[n].Text == "'") {
		if q := rr.pieceAt(si, n+1); q >= 0 && rr.d.Entities[rr.d.notes.pieces[q].entity].Type == schema.Organization {
			pi = q
		}
	}
	if e := rr.explicitOwner(pi); e >= 0 {
		if legislators[head] {
			e = rr.constituencyCountry(pi, e)
		}
		return pi, e
	}
	return -1, -1
}

// demonymAt returns the demonym piece of sentence si starting at token k, whether or not
// it stands for an entity, or -1.
func (rr *roleReader) demonymAt(si, k int) int {
	for _, i := range rr.d.notes.bySent[si] {
		if p := &rr.d.notes.pieces[i]; p.a == k && p.kind == pkDemonym {
			return i
		}
	}
	return -1
}

// constituencyCountry returns the owner of a legislator's seat named by the place a
// legislator is "of" or "from": a state or province is the constituency, and the seat
// belongs to the country ("U.S. Senator from California", "Senator Marco Rubio of
// Florida"); the country is the owner only when the article names it, else none. Other
// owners (a country, a parliament) are returned as they are.
func (rr *roleReader) constituencyCountry(pi, e int) int {
	p := &rr.d.notes.pieces[pi]
	if rr.d.Entities[e].Type != schema.Place {
		return e
	}
	if p.kind != pkGaz || p.gaz.ISO == "" {
		return -1
	}
	for i := range rr.d.Entities {
		if rr.d.Entities[i].Type == schema.Country && rr.d.Entities[i].ISO == p.gaz.ISO {
			return i
		}
	}
	return -1
}

// legislators are the titles that "from X" after them gives an owner: "a Senator from
// Colorado".
var legislators = wordSet(`senator representative congressman congresswoman congressperson delegate lawmaker
legislator mp mep assemblyman assemblywoman member`)

// explicitOwner returns the entity a piece named after "of", "for" or "from" gives a
// role: what ofEntity accepts, and any place ("mayor of Denver").
func (rr *roleReader) explicitOwner(pi int) int {
	if e := rr.ofEntity(pi); e >= 0 {
		return e
	}
	if pi >= 0 {
		if e := rr.d.notes.pieces[pi].entity; e >= 0 && rr.d.Entities[e].Type == schema.Place {
			return e
		}
	}
	return -1
}

// ownerOfTitle returns the owner of a title read before it: the owner found right before
// the title (of), else a possessive before its modifiers ("the Democratic Party's
// presumptive nominee").
func (rr *roleReader) ownerOfTitle(si, k, of int) int {
	if of >= 0 {
		return of
	}
	toks := rr.d.Sentences[si].Tokens
	j := k
	for n := 0; n < 3 && j > 0; n++ {
		t := toks[j-1]
		if t.Text == "'s" || t.Text == "'" {
			return rr.ofEntity(rr.pieceEndingAt(si, j-1))
		}
		if t.Text == "their" || t.Text == "its" {
			return rr.subjectOrg(si) // "the Thai Raksa Chart Party withdrew ... their candidate"
		}
		if isCapWord(t.Text) || !(t.Tag == "JJ" || t.Tag == "VBG" || t.Tag == "VBN" || titleModifiers[strings.ToLower(t.Text)]) {
			return -1
		}
		j--
	}
	return -1
}
