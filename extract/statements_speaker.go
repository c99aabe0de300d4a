package extract

import (
	"sort"
	"strings"
	"unicode"

	"newsgraph/schema"
)

// speakerRef is who said something: one or more entities ("both Saudi Arabia and the
// United States have alleged"), or nobody named ("officials said": ents is empty).
type speakerRef struct {
	ents []int
	// how tells how the speaker was found, for the confidence: "name", "pronoun",
	// "title" (a definite description such as "the commissioner"), "government" ("the
	// German government"), "possessor" ("His shift from threatening"), "unnamed".
	how string
}

func (sp speakerRef) named() bool { return len(sp.ents) > 0 }

// confidence is the factor the way the speaker was found puts on a statement.
func (sp speakerRef) confidence() float64 {
	switch sp.how {
	case "name":
		return 1
	case "government":
		return 0.95
	case "pronoun":
		return 0.9
	case "title", "possessor", "spokes", "source":
		return 0.85
	}
	return 0.7
}

// npTags are the tags of the words a noun phrase is made of.
var npTags = map[string]bool{"NNP": true, "NNPS": true, "NN": true, "NNS": true, "JJ": true,
	"JJR": true, "JJS": true, "DT": true, "PDT": true, "POS": true, "CD": true, "PRP$": true, "FW": true}

// speechAux are the auxiliaries and particles that may stand between a subject and its
// verb ("has said", "would later say").
var speechAux = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true,
	"did": true, "does": true, "do": true, "shall": true, "should": true, "could": true, "can": true,
	"may": true, "might": true, "must": true, "is": true, "was": true, "were": true, "are": true,
	"be": true, "been": true, "'ve": true, "'ll": true, "'d": true, "'s": true, "also": true}

// governmentNouns stand for the government of the country (or the organization) named
// before them: "the German government", "Russia's foreign ministry".
var governmentNouns = map[string]bool{"government": true, "administration": true,
	"authorities": true, "cabinet": true, "ministry": true, "embassy": true, "presidency": true,
	"regime": true, "leadership": true, "office": true, "campaign": true}

// placeBodies are the nouns of "the city of Calabasas": the place as a body that speaks.
var placeBodies = wordSetOf(`city state county town province municipality village region
	district borough commonwealth`)

// personalBodies are the government nouns that stand for a person named before them
// ("Trump's office", "the Biden campaign"), not for a country.
var personalBodies = map[string]bool{"office": true, "campaign": true}

// speakerNouns are common nouns that can speak without being named: they make an unnamed
// speaker ("officials said", "his aides acknowledged"), never a guessed one.
var speakerNouns = wordSetOf(`official officials aide aides spokesperson spokespersons spokesman
	spokesmen spokeswoman spokeswomen spokespeople representative representatives source sources
	expert experts analyst analysts critic critics witness witnesses resident residents police
	investigator investigators prosecutor prosecutors researcher researchers scientist scientists
	doctor doctors lawyer lawyers attorney attorneys diplomat diplomats observer observers leader
	leaders lawmaker lawmakers legislator legislators minister ministers president chancellor
	premier governor mayor senator senators commissioner secretary ambassador envoy director
	chief head chairman chairwoman chairperson executive executives manager managers organizer
	organizers organiser organisers activist activists campaigner campaigners protester
	protesters protestor protestors supporter supporters opponent opponents associate associates
	ally allies adviser advisers advisor advisors member members staff team company firm agency
	ministry department military army authorities committee council court union group party
	campaign embassy commission coalition board panel officer officers general commander
	commanders judge judges coach family relatives neighbour neighbours neighbor neighbors
	spokesperson candidate candidates negotiator negotiators delegation delegates delegate
	organization organisation organizations organisations institute foundation prime
	government administration regulator regulators economists economist officers militants
	rebels insurgents students teachers workers employees voters citizens survivors victims
	administrator administrators official's king queen pope prince general`)

// titleNouns are the nouns of a definite description that names a person the article
// introduced with that title: "the commissioner" after "commissioner Albert Muchanga".
var titleNouns = wordSetOf(`president commissioner minister chancellor premier secretary senator
	governor mayor ambassador envoy chairman chairwoman chairperson director chief leader king
	queen prince pope general commander judge prosecutor coach spokesman spokeswoman
	spokesperson ceo founder head candidate congressman congresswoman representative adviser
	advisor manager captain officer justice lawmaker`)

func wordSetOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// pronounSpeakers are the pronouns that can be a speaker.
var pronounSpeakers = map[string]bool{"he": true, "she": true, "they": true}

// mentionCovering returns the index in d.Mentions of the longest mention that covers
// [start, end), or -1.
func (x *speechScan) mentionCovering(start, end int) int {
	ms := x.d.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > start })
	best := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		m := ms[k]
		if m.Start <= start && end <= m.End && m.Entity >= 0 && m.Entity < len(x.d.Entities) {
			if best < 0 || m.End-m.Start > ms[best].End-ms[best].Start {
				best = k
			}
		}
	}
	return best
}

// pronounAt returns the entity a resolved pronoun at offset off stands for, or -1.
func (x *speechScan) pronounAt(off int) int {
	ms := x.d.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	for ; i < len(ms) && ms[i].Start == off; i++ {
		if ms[i].Kind == "pronoun" && ms[i].Entity >= 0 && ms[i].Entity < len(x.d.Entities) {
			return ms[i].Entity
		}
	}
	return -1
}

// tokenIndex returns the index of the token of s starting at off, or the first after it.
func tokenIndex(s *Sent, off int) int {
	return sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i].Start >= off })
}

// npStart returns the first token of the noun phrase that ends at token j.
func (x *speechScan) npStart(s *Sent, j int) int {
	k := j
	if mi := x.mentionCovering(s.Tokens[j].Start, s.Tokens[j].End); mi >= 0 {
		k = min(k, tokenIndex(s, x.d.Mentions[mi].Start))
	}
	for k > 0 {
		t := s.Tokens[k-1]
		if isQuoteMark(t.Text) {
			break
		}
		if mi := x.mentionCovering(t.Start, t.End); mi >= 0 {
			k = min(k-1, tokenIndex(s, x.d.Mentions[mi].Start))
			continue
		}
		if npTags[t.Tag] && t.Text != "," {
			k--
			if t.Tag == "DT" || t.Tag == "PRP$" {
				// A determiner opens the phrase: "on Friday the government".
				if k > 0 && s.Tokens[k-1].Tag == "PDT" {
					k--
				}
				break
			}
			continue
		}
		break
	}
	return k
}

// subjectOf finds the speaker that is the subject of the finite verb at token vi: the
// noun phrase right before it (auxiliaries and adverbs skipped), across an appositive
// ("Steve Witkoff, Trump's envoy, told"), or, for a verb coordinated with an earlier one
// ("... but cautioned that"), the subject of that one (prev when given).
func (x *speechScan) subjectOf(s *Sent, vi int, prev *speakerRef) (speakerRef, bool) {
	return x.subjectDepth(s, vi, prev, 0)
}

func (x *speechScan) subjectDepth(s *Sent, vi int, prev *speakerRef, depth int) (speakerRef, bool) {
	if g, ok := goesOnTo(s, vi); ok {
		vi = g // "He went on to say": the subject of "went"
	}
	j := vi - 1
	for j >= 0 {
		if speechAux[strings.ToLower(s.Tokens[j].Text)] || isAdverbAt(s, j) {
			j--
			continue
		}
		if w := strings.ToLower(s.Tokens[j].Text); (w == "all" || w == "both" || w == "each") && j > 0 &&
			(npTags[s.Tokens[j-1].Tag] || x.mentionCovering(s.Tokens[j-1].Start, s.Tokens[j-1].End) >= 0) {
			j-- // "Hawkins, Blankenship, and Carroll all argued"
			continue
		}
		if s.Tokens[j].Text == ")" {
			// "Sen. Ted Cruz (R-Texas) said": skip the parenthesis.
			k := j - 1
			for k >= 0 && j-k <= 12 && s.Tokens[k].Text != "(" {
				k--
			}
			if k >= 0 && s.Tokens[k].Text == "(" {
				j = k - 1
				continue
			}
		}
		if k := x.timeBefore(s, j); k < j {
			// "Nur Khan Liton, on Sunday told", "Mayor John Tory on Tuesday suggested"
			j = k
			continue
		}
		if s.Tokens[j].Text == "," && j > 0 && speechAux[strings.ToLower(s.Tokens[max(j-1, 0)].Text)] == false {
			// "The Emergencies Ministry has, in a statement, called on drivers": an
			// adjunct set off by commas after the auxiliary.
			if k := x.commaAdjunctBefore(s, j); k < j {
				j = k
				continue
			}
		}
		break
	}
	if j < 0 {
		return speakerRef{}, false
	}
	t := s.Tokens[j]
	switch strings.ToLower(t.Text) {
	case "not", "n't", "never":
		return speakerRef{}, false
	case ",":
		// An appositive or relative clause between the subject and the verb.
		for k := j - 1; k > 0 && j-k <= 30; k-- {
			tk := s.Tokens[k].Text
			if isQuoteMark(tk) || tk == ";" {
				break
			}
			if tk == "," {
				if x.appositiveSegment(s, k+1) {
					// "Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated":
					// the phrase after this comma is a second appositive; the subject is
					// before the comma before it.
					if sp, ok := x.chainSubject(s, k); ok {
						return sp, true
					}
				}
				sp, ok := x.npEndingAt(s, k-1, 0)
				if !ok || !sp.named() || sp.how == "title" {
					// "Daily Xtra's editorial director, Rachel Giese, said": the name
					// is the appositive.
					if sp2, ok2 := x.npEndingAt(s, j-1, 0); ok2 && x.isPerson(sp2) {
						return sp2, true
					}
					if sp2, ok2 := x.bracketSubject(s, j); ok2 && sp2.named() && !ok {
						// "On Monday morning, Director Anthony Fauci of the NIAID
						// (NIAID), announced": the comma before is an introductory one.
						return sp2, true
					}
				}
				return sp, ok
			}
		}
		return x.bracketSubject(s, j)
	case "and", "but", "or":
		// A coordinated predicate ("said ... and added that", "who told it ... and
		// noted"): the subject of the nearest speech verb before it in the same clause,
		// else of the first finite verb of the sentence.
		if depth > 1 {
			return speakerRef{}, false
		}
		for k := j - 1; k >= 0; k-- {
			if s.Tokens[k].Text == ";" {
				break
			}
			if x.inQuote(s.Tokens[k].Start) {
				continue
			}
			if _, form, ok := x.speechVerbAt(s, k); ok && (form == finite || form == participle) {
				if form == participle {
					if _, _, quoted := x.quotedAs(s, k); quoted {
						// "It cited the Air Force as stating ..., and claimed": the
						// participle has a subject of its own.
						continue
					}
					if sp, ok := x.participleSubject(s, k, nil); ok {
						return sp, true
					}
					break
				}
				if sp, ok := x.subjectDepth(s, k, nil, depth+1); ok {
					return sp, true
				}
				// "In a video message posted to Twitter, Warren commended Biden ... and
				// said": a speech verb without a subject of its own is no conjunct.
				break
			}
		}
		if prev != nil {
			return *prev, true
		}
		for k := x.introEnd(s, j); k < j; k++ {
			if x.isFiniteVerb(s, k) && !relativeVerb(s, k) {
				return x.subjectDepth(s, k, nil, depth+1)
			}
		}
		return speakerRef{}, false
	case "who", "which", "that":
		if t.Text == "WHO" {
			break // the World Health Organization, not a relative pronoun
		}
		// "the Navy, who told it": the antecedent of the relative pronoun; for "who", a
		// person, maybe before an appositive ("Mark Hay, a professor at GT, who said").
		k := j - 1
		if k >= 0 && s.Tokens[k].Text == "," {
			k--
		}
		if k >= 0 && sourceNouns[strings.ToLower(s.Tokens[k].Text)] {
			// "They released a statement which said": who released it.
			if sp, ok := x.documentAuthor(s, k, prev, depth); ok {
				return sp, true
			}
		}
		if strings.EqualFold(t.Text, "that") {
			return speakerRef{}, false
		}
		sp, ok := x.npEndingAt(s, k, 0)
		if !ok || !sp.named() {
			// "drafted by Alex Greenwich who said": the antecedent is the object itself.
			if sp2, ok2 := x.npEnding(s, k, 0, false); ok2 && x.isPerson(sp2) {
				sp, ok = sp2, true
			}
		}
		if strings.EqualFold(t.Text, "who") && !(ok && (x.isPerson(sp) || !sp.named())) {
			for c := k - 1; c > 0 && k-c <= 20; c-- {
				if s.Tokens[c].Text == "," {
					if sp2, ok2 := x.npEndingAt(s, c-1, 0); ok2 && x.isPerson(sp2) {
						return sp2, true
					}
					break
				}
			}
			return speakerRef{}, false // "who" is a person, not "the US"
		}
		return sp, ok
	}
	if sp, ok := x.npEndingAt(s, j, 0); ok {
		if !x.isPerson(sp) {
			if p := x.unclosedAppositive(s, j); p >= 0 {
				return speakerRef{ents: []int{p}, how: "name"}, true
			}
		}
		return sp, true
	}
	if p := x.unclosedAppositive(s, j); p >= 0 {
		return speakerRef{ents: []int{p}, how: "name"}, true
	}
	return x.participialSubject(s, j)
}

// unclosedAppositive finds the person before an appositive title whose closing comma the
// writer left out, ending at token j: "Erwin Chemerinsky, Dean of UC Berkeley School of
// Law called it". It returns the person, or -1.
func (x *speechScan) unclosedAppositive(s *Sent, j int) int {
	sawTitle := false
	for k := j; k > 0 && j-k <= 12; k-- {
		t := s.Tokens[k]
		if t.Text == "," {
			if !sawTitle {
				return -1
			}
			p := s.Tokens[k-1]
			mi := x.mentionCovering(p.Start, p.End)
			if mi < 0 || x.d.Mentions[mi].Kind == "pronoun" || x.d.Entities[x.d.Mentions[mi].Entity].Type != schema.Person {
				return -1
			}
			if a := tokenIndex(s, x.d.Mentions[mi].Start); a > 0 && !(a == 1 && s.Tokens[0].Tag == "DT") {
				// Only a subject that opens the sentence: not "..., met Erwin
				// Chemerinsky, Dean of ...".
				if a > 0 && s.Tokens[a-1].Text != "," {
					return -1
				}
			}
			return x.d.Mentions[mi].Entity
		}
		if mi := x.mentionCovering(t.Start, t.End); mi >= 0 {
			if x.d.Entities[x.d.Mentions[mi].Entity].Type == schema.Person {
				return -1
			}
			continue
		}
		if titleNouns[strings.ToLower(t.Text)] || spokesNouns[strings.ToLower(t.Text)] || strings.EqualFold(t.Text, "dean") ||
			strings.EqualFold(t.Text, "professor") {
			sawTitle = true
		}
		if !(npTags[t.Tag] || strings.EqualFold(t.Text, "of") || strings.EqualFold(t.Text, "at") || strings.EqualFold(t.Text, "for")) {
			return -1
		}
	}
	return -1
}

// partyMembers are the nouns of party membership that name a person with an article ("the
// Vermont Democrat"), though they name the party alone.
var partyMembers = wordSetOf(`democrat republican conservative liberal libertarian socialist
	tory independent`)

// describedPerson resolves a definite description made of "the", modifiers and a party
// noun (tokens a to j: "the Massachusetts Democrat") to the most recent person of the
// last six sentences the article describes with all its capitalized words and the party
// ("Democratic Senator Elizabeth Warren of Massachusetts", "Bernie Sanders (I-Vt.)"), or
// -1.
func (x *speechScan) describedPerson(s *Sent, a, j int) int {
	var need []string
	for k := a + 1; k <= j; k++ {
		w := s.Tokens[k].Text
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue // "the 77-year-old Democrat": only names and the party must match
		}
		need = append(need, partyWord(strings.ToLower(w)))
	}
	si := x.d.SentenceAt(s.Tokens[a].Start)
	off := s.Tokens[a].Start
	seen := map[int]bool{}
	for k := len(x.d.Mentions) - 1; k >= 0; k-- {
		m := x.d.Mentions[k]
		if m.Start >= off || m.Entity < 0 || m.Entity >= len(x.d.Entities) || seen[m.Entity] {
			continue
		}
		if m.Sentence < si-6 {
			break
		}
		if x.d.Entities[m.Entity].Type != schema.Person || m.Kind == "pronoun" {
			continue
		}
		seen[m.Entity] = true
		known := x.personWords(m.Entity)
		all := true
		for _, w := range need {
			all = all && known[w]
		}
		if all {
			return m.Entity
		}
	}
	return -1
}

// partyWord normalizes the words that tell a party: "Democratic" and "D" (in "D-Calif.")
// are "democrat".
func partyWord(w string) string {
	switch w {
	case "democratic", "d", "dem", "dems", "democrats":
		return "democrat"
	case "r", "gop", "republicans":
		return "republican"
	case "i":
		return "independent"
	}
	return w
}

// personWords returns the words the article puts around person e's mentions (titleWords)
// and just after them ("of Massachusetts", "(D-Mass.)", ", a Democrat from Vermont,"),
// as partyWord normalizes them.
func (x *speechScan) personWords(e int) map[string]bool {
	out := map[string]bool{}
	for w := range x.titleWords(e) {
		out[partyWord(w)] = true
	}
	for _, m := range x.d.Mentions {
		if m.Entity != e || m.Kind == "pronoun" {
			continue
		}
		si := x.d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		s := &x.d.Sentences[si]
		for k := tokenIndex(s, m.End); k < len(s.Tokens) && k < tokenIndex(s, m.End)+8; k++ {
			t := strings.ToLower(s.Tokens[k].Text)
			if t == "." || t == ";" {
				break
			}
			parts := strings.Split(t, "-")
			for _, f := range parts {
				f = strings.TrimSuffix(f, ".")
				if st, ok := usStateAbbrev[f]; ok && len(parts) == 2 {
					f = st // only in a label: "D-Minn.", not the word "in"
				}
				out[partyWord(f)] = true
			}
		}
	}
	return out
}

// usStateAbbrev maps the abbreviations of US states in party labels ("D-Calif.",
// "R-TX"), AP style and postal, to the state's name, lower case and without the final dot.
var usStateAbbrev = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Split(`alabama ala al|alaska ak|arizona ariz az|arkansas ark ar|
		california calif ca|colorado colo co|connecticut conn ct|delaware del de|florida fla fl|
		georgia ga|hawaii hi|idaho id|illinois ill il|indiana ind in|iowa ia|kansas kan ks|
		kentucky ky|louisiana la|maine me|maryland md|massachusetts mass ma|michigan mich mi|
		minnesota minn mn|mississippi miss ms|missouri mo|montana mont mt|nebraska neb ne|
		nevada nev nv|new-hampshire n.h nh|new-jersey n.j nj|new-mexico n.m nm|new-york n.y ny|
		north-carolina n.c nc|north-dakota n.d nd|ohio oh|oklahoma okla ok|oregon ore or|
		pennsylvania pa|rhode-island r.i ri|south-carolina s.c sc|south-dakota s.d sd|
		tennessee tenn tn|texas tex tx|utah ut|vermont vt|virginia va|washington wash wa|
		west-virginia w.va wv|wisconsin wis wi|wyoming wyo wy`, "|") {
		f := strings.Fields(row)
		for _, ab := range f[1:] {
			m[ab] = f[0]
		}
	}
	return m
}()

// surnameEntity returns the person whose name, as the article gives it in full, ends with
// the capitalized word w, when no other person's does; else -1.
func (x *speechScan) surnameEntity(w string) int {
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return -1
	}
	if x.surnames == nil {
		x.surnames = map[string]int{}
		for i, e := range x.d.Entities {
			if e.Type != schema.Person {
				continue
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				f := strings.Fields(n)
				for k := 1; k <= 2 && k < len(f); k++ {
					last := strings.Join(f[len(f)-k:], " ")
					if prev, ok := x.surnames[last]; ok && prev != i {
						x.surnames[last] = -1 // two people share it
						continue
					}
					x.surnames[last] = i
				}
			}
		}
	}
	if e, ok := x.surnames[w]; ok {
		return e
	}
	return -1
}

// speechVerbAt is the lexicon's SpeechVerb for token i of s, except inside a name: "When
// Modi Announced a public curfew" may be read as one name, and then no verb is in it.
func (x *speechScan) speechVerbAt(s *Sent, i int) (speechVerb, verbForm, bool) {
	if mi := x.nameCovering(s, i); mi >= 0 && x.d.Mentions[mi].Kind != "pronoun" && i > 0 {
		// (At the start of a sentence the name may have swallowed the verb before it:
		// "Remarked Center for Biological Diversity scientist Tierra Curry".)
		return speechVerb{}, notVerb, false
	}
	if v, ok := x.findingVerb(s, i); ok {
		return v, finite, true
	}
	return x.lex.SpeechVerb(s, i)
}

// findingVerbs state what a document found ("a UN report eventually concluded evidence
// supported his murder"): its author's statement. Said of people they are judgments,
// left out like the other verbs of thinking.
var findingVerbs = wordSetOf(`conclude find`)

// findingVerb reports whether token i is a verb of findingVerbs whose subject is a
// document ("report", "study", "analysis"), right before it or after an adverb.
func (x *speechScan) findingVerb(s *Sent, i int) (speechVerb, bool) {
	t := s.Tokens[i]
	if i == 0 || (t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBN") {
		return speechVerb{}, false
	}
	w := strings.ToLower(t.Text)
	if w != "concluded" && w != "concludes" && w != "found" && w != "finds" {
		return speechVerb{}, false
	}
	j := i - 1
	for j > 0 && (isAdverbAt(s, j) || w[0] == 'c' && speechAux[strings.ToLower(s.Tokens[j].Text)] ||
		strings.EqualFold(s.Tokens[j].Text, "has") || strings.EqualFold(s.Tokens[j].Text, "have")) {
		j--
	}
	if !sourceNouns[strings.ToLower(s.Tokens[j].Text)] || x.inQuote(s.Tokens[j].Start) {
		return speechVerb{}, false
	}
	return speechVerb{Lemma: x.lex.Lemma(w), Frames: fClause}, findingVerbs[x.lex.Lemma(w)]
}

// mediaBefore returns the mention of a news organization that ends right before token k
// ("CNN" before "Philippines"), or -1.
func (x *speechScan) mediaBefore(s *Sent, k int) int {
	if k < 1 {
		return -1
	}
	p := s.Tokens[k-1]
	mi := x.mentionCovering(p.Start, p.End)
	if mi < 0 || !x.isMediaEntity(x.d.Mentions[mi].Entity) {
		return -1
	}
	return mi
}

// timeBefore returns the token before a time phrase that ends at token j ("on Sunday",
// "last week", "yesterday", "earlier this year"), or j when none does.
func (x *speechScan) timeBefore(s *Sent, j int) int {
	if j < 1 || !timeWords[strings.ToLower(s.Tokens[j].Text)] || x.inName(s, j) {
		return j
	}
	k := j - 1
	for k >= 0 && j-k <= 3 {
		w := strings.ToLower(s.Tokens[k].Text)
		if w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later" || timeWords[w] {
			k--
			continue
		}
		break
	}
	if k >= 0 {
		switch strings.ToLower(s.Tokens[k].Text) {
		case "on", "in", "at", "during":
			return k - 1
		}
	}
	switch strings.ToLower(s.Tokens[j].Text) {
	case "yesterday", "today", "tonight":
		return k
	}
	if k < j-1 {
		return k // "last week", "earlier this year"
	}
	return j
}

// commaAdjunctBefore returns the token before an adjunct set off by commas that ends with
// the comma at token j and opens with a preposition (", in a statement,"), or j.
func (x *speechScan) commaAdjunctBefore(s *Sent, j int) int {
	for k := j - 1; k > 0 && j-k <= 10; k-- {
		t := s.Tokens[k]
		if isQuoteMark(t.Text) || t.Text == ";" || x.isFiniteVerb(s, k) {
			return j
		}
		if t.Text != "," {
			continue
		}
		if k+1 < j && adjunctPreps[strings.ToLower(s.Tokens[k+1].Text)] && s.Tokens[k+1].Tag == "IN" {
			return k - 1
		}
		return j
	}
	return j
}

// introEnd returns the first token of the main clause of s when an introductory phrase or
// subordinate clause opens the sentence ("In a video message posted to Twitter, ...",
// "Although the word only refers to ..., ..."), else 0; limit is the token it must come
// before.
func (x *speechScan) introEnd(s *Sent, limit int) int {
	if len(s.Tokens) == 0 {
		return 0
	}
	t := s.Tokens[0]
	lw := strings.ToLower(t.Text)
	if t.Tag != "IN" && t.Tag != "VBG" && t.Tag != "VBN" && !sentenceSubordinators[lw] {
		return 0
	}
	for k := 1; k < limit; k++ {
		if s.Tokens[k].Text == "," && !x.inQuote(s.Tokens[k].Start) {
			return k + 1
		}
	}
	return 0
}

// bracketSubject reads a comma at token j after a bracketed acronym as a stray one:
// "Director Anthony Fauci of the National Institute of Allergy and Infectious Diseases
// (NIAID), announced".
func (x *speechScan) bracketSubject(s *Sent, j int) (speakerRef, bool) {
	if j > 1 && s.Tokens[j-1].Text == ")" {
		for k := j - 2; k > 0 && j-k <= 8; k-- {
			if s.Tokens[k].Text == "(" {
				return x.npEndingAt(s, k-1, 0)
			}
		}
	}
	return speakerRef{}, false
}

// appositiveSegment reports whether the phrase starting at token k reads as an appositive
// rather than a subject: a prepositional phrase ("of CNN"), a relative clause, or an
// indefinite description ("a professor at GT", "one of his four sons").
func (x *speechScan) appositiveSegment(s *Sent, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[k]
	lw := strings.ToLower(t.Text)
	switch lw {
	case "who", "which", "a", "an", "one", "both", "himself", "herself":
		return true
	}
	return prepositions[lw] && t.Tag == "IN"
}

// chainSubject finds the subject before a chain of appositives that ends with the comma
// at token c: going back comma by comma past appositive phrases, the noun phrase before
// the first of them.
func (x *speechScan) chainSubject(s *Sent, c int) (speakerRef, bool) {
	for k := c - 1; k >= 0 && c-k <= 30; k-- {
		tk := s.Tokens[k].Text
		if isQuoteMark(tk) || tk == ";" {
			break
		}
		if tk != "," && k > 0 {
			continue
		}
		if tk == "," && x.appositiveSegment(s, k+1) {
			c = k
			continue
		}
		// The phrase before the chain: the subject is the noun phrase ending at it.
		sp, ok := x.npEndingAt(s, c-1, 0)
		if ok && sp.named() {
			return sp, true
		}
		break
	}
	return speakerRef{}, false
}

// quotedAs reads "Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as
// saying" (the one quoted speaks, not the medium) and "X was quoted as saying" (the
// subject speaks). found is false when the participle at vi is not in such a frame.
func (x *speechScan) quotedAs(s *Sent, vi int) (sp speakerRef, ok, found bool) {
	if vi < 2 || !strings.EqualFold(s.Tokens[vi-1].Text, "as") {
		return speakerRef{}, false, false
	}
	for k := vi - 2; k >= 0 && vi-k <= 18; k-- {
		switch strings.ToLower(s.Tokens[k].Text) {
		case "quoted", "quotes", "quoting", "cited", "cites", "citing":
		default:
			continue
		}
		if k > 0 && passiveAux[strings.ToLower(s.Tokens[k-1].Text)] {
			sp, ok = x.subjectOf(s, k, nil)
			return sp, ok && sp.named(), true
		}
		sp, _, ok = x.npStartingAt(s, k+1)
		return sp, ok && sp.named(), true
	}
	return speakerRef{}, false, false
}

// withSubject reads an absolute phrase after a comma, ", with X speaking" and its
// coordinated "and Y speaking": "..., with Steve Scalise of Louisiana calling the
// investigation "Soviet-style" and Ross Spano of Florida calling the process "..."". X
// speaks, and nobody else when X is not named: found is false when the participle at vi
// is in no such phrase ("entered his summit with Putin vowing he would" is no absolute:
// the subject of the clause vows).
func (x *speechScan) withSubject(s *Sent, vi int) (sp speakerRef, ok, found bool) {
	if vi < 2 {
		return speakerRef{}, false, false
	}
	// The noun phrase right before the participle: names, nouns, "of" phrases.
	a := vi
	for a > 0 && vi-a <= 8 {
		t := s.Tokens[a-1]
		if t.Text == "of" || npTags[t.Tag] && t.Text != "," || x.nameCovering(s, a-1) >= 0 {
			a--
			continue
		}
		break
	}
	if a == vi || a < 2 {
		return speakerRef{}, false, false
	}
	switch strings.ToLower(s.Tokens[a-1].Text) {
	case "with":
		if s.Tokens[a-2].Text != "," {
			return speakerRef{}, false, false
		}
	case "and":
		abs := false
		for k := a - 2; k > 0; k-- {
			if strings.EqualFold(s.Tokens[k].Text, "with") && s.Tokens[k-1].Text == "," {
				abs = true
				break
			}
		}
		if !abs {
			return speakerRef{}, false, false
		}
	default:
		return speakerRef{}, false, false
	}
	sp, ok = x.npEndingAt(s, vi-1, 0)
	return sp, ok && sp.named(), true
}

// documentAuthor finds who issued the document named by the noun at token k: the
// subject of the verb it is the object of ("They released a statement which said",
// "the palace issued a statement reading").
func (x *speechScan) documentAuthor(s *Sent, k int, prev *speakerRef, depth int) (speakerRef, bool) {
	if depth > 1 {
		return speakerRef{}, false
	}
	a := x.npStart(s, k)
	if sp, ok := x.npEnding(s, k, depth+1, true); ok && sp.named() {
		return sp, true // "a statement from the ministry which said"
	}
	v := a - 1
	for v >= 0 && isAdverbAt(s, v) {
		v--
	}
	if v < 0 || !x.isFiniteVerb(s, v) {
		return speakerRef{}, false
	}
	return x.subjectDepth(s, v, prev, depth+1)
}

// earlierDocument resolves "the statement" (noun, at token a+1 of s) to the author of
// the last document of that noun the article said someone issued, in this sentence or
// the two before it: "the Combined Joint Task Force released a statement saying ...
// "...," read the statement". With noun "" it resolves "It" at token a to the document
// of the sentence before: "The Georgian Tennis Federation (GFT) released a statement
// addressing Basilashvili's arrest. It read, "..."".
func (x *speechScan) earlierDocument(s *Sent, a int, noun string, depth int) (speakerRef, bool) {
	si := x.d.SentenceAt(s.Tokens[a].Start)
	back := 2
	if noun == "" {
		back = 1
	}
	for k := si; k >= 0 && k >= si-back; k-- {
		ps := &x.d.Sentences[k]
		for j := len(ps.Tokens) - 1; j > 0; j-- {
			t := ps.Tokens[j]
			if t.Start >= s.Tokens[a].Start || x.inQuote(t.Start) {
				continue
			}
			if noun == "" && !sourceNouns[strings.ToLower(t.Text)] || noun != "" && !strings.EqualFold(t.Text, noun) {
				continue
			}
			if b := x.npStart(ps, j); strings.EqualFold(ps.Tokens[b].Text, "the") {
				continue // another mention of it, not its issue
			}
			if j+2 < len(ps.Tokens) {
				// "a 1989 report from the National Transportation Safety Board"
				switch strings.ToLower(ps.Tokens[j+1].Text) {
				case "from", "by", "of":
					if sp, _, ok := x.npStartingAt(ps, j+2); ok && sp.named() && sp.how != "pronoun" {
						sp.how = "source"
						return sp, true
					}
				}
			}
			sp, ok := x.documentAuthor(ps, j, nil, depth)
			if ok && sp.named() {
				sp.how = "source"
				return sp, true
			}
			return speakerRef{}, false
		}
	}
	return speakerRef{}, false
}

// participialSubject finds a subject that a participial phrase separates from its verb
// without commas: "Mitsotakis speaking to the Atlantic Council think tank called ...".
// It looks back from token j for an -ing participle right after a named speaker.
func (x *speechScan) participialSubject(s *Sent, j int) (speakerRef, bool) {
	for k := j; k > 0 && j-k <= 10; k-- {
		t := s.Tokens[k]
		if t.Text == "," || t.Text == ";" || isQuoteMark(t.Text) {
			break
		}
		if t.Tag != "VBG" {
			continue
		}
		h := k - 1
		if h > 0 {
			switch strings.ToLower(s.Tokens[h].Text) {
			case "in", "while", "when", "after", "before", "by", "upon", "on":
				h-- // "Richard Ferrand in relaying the news to parliament said"
			}
		}
		sp, ok := x.npEndingAt(s, h, 1)
		if ok && sp.named() {
			return sp, true
		}
		break
	}
	return speakerRef{}, false
}

// npEndingAt resolves the noun phrase whose head is token j to a speaker.
func (x *speechScan) npEndingAt(s *Sent, j, depth int) (speakerRef, bool) {
	return x.npEnding(s, j, depth, true)
}

// prepositions are those whose object is never the subject: "researchers from Penn State
// in the U.S. reported" is said by the researchers, not by the United States.
var prepositions = wordSetOf(`of for from at in with to via on by about against among between
	near under over into across during within inside outside throughout around`)

// sourceNouns are the documents whose author is the speaker: "a statement from X said",
// "estimates by the Argentinian government state", "according to WHO's statistics".
var sourceNouns = wordSetOf(`statement statements letter message post tweet release memo
	communique communiqué email note report estimate estimates statistics figures data study
	survey analysis findings assessment projections filing website site account page blog
	proclamation announcement notice decree ruling`)

// spokesNouns are the people who speak for an organization or a person named with them.
var spokesNouns = wordSetOf(`spokesperson spokesman spokeswoman spokespeople spokespersons
	spokesmen spokeswomen`)

// spokesPrincipal returns the entity a spokesperson noun at token j speaks for: one named
// in its noun phrase starting at token a ("an Interpol spokesperson", "Trump's
// spokesman") or after "for" or "of" ("a spokesman for the Department of Justice"), or -1.
func (x *speechScan) spokesPrincipal(s *Sent, a, j int) int {
	for k := j - 1; k >= a; k-- {
		t := s.Tokens[k]
		if mi := x.mentionCovering(t.Start, t.End); mi >= 0 && x.d.Mentions[mi].Kind != "pronoun" {
			e := x.d.Mentions[mi].Entity
			if x.d.Entities[e].Type != schema.Place {
				return e
			}
			return -1
		}
	}
	if j+2 < len(s.Tokens) {
		switch strings.ToLower(s.Tokens[j+1].Text) {
		case "for", "of", "at":
			if sp, _, ok := x.npStartingAt(s, j+2); ok && len(sp.ents) == 1 && sp.how != "pronoun" {
				if x.d.Entities[sp.ents[0]].Type != schema.Place {
					return sp.ents[0]
				}
			}
		}
	}
	return -1
}

// lastSpokesPrincipal returns the entity the last spokesperson named with one before
// offset off, in the last three sentences, speaks for ("an Interpol spokesperson stated
// ... The spokesperson added"), or -1.
func (x *speechScan) lastSpokesPrincipal(off int) int {
	si := x.d.SentenceAt(off)
	for k := si; k >= 0 && k >= si-3; k-- {
		s := &x.d.Sentences[k]
		for j := len(s.Tokens) - 1; j >= 0; j-- {
			t := s.Tokens[j]
			if t.Start >= off || !spokesNouns[strings.ToLower(t.Text)] {
				continue
			}
			if e := x.spokesPrincipal(s, x.npStart(s, j), j); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// npEnding is npEndingAt; with pp, a phrase that is the object of a preposition stands
// for the phrase it modifies.
func (x *speechScan) npEnding(s *Sent, j, depth int, pp bool) (speakerRef, bool) {
	if j < 0 || j >= len(s.Tokens) || depth > 2 {
		return speakerRef{}, false
	}
	t := s.Tokens[j]
	lw := strings.ToLower(t.Text)
	if t.Tag == "PRP" || pronounSpeakers[lw] {
		if lw == "it" && j == 0 {
			// "It read, "..."" after "X released a statement ...": the document speaks.
			return x.earlierDocument(s, j, "", depth)
		}
		if !pronounSpeakers[lw] {
			return speakerRef{}, false
		}
		if e := x.pronounAt(t.Start); e >= 0 {
			return speakerRef{ents: []int{e}, how: "pronoun"}, true
		}
		// An unresolved pronoun stands for someone the article named or a group it
		// described: an empty speaker would be wrong as often as not.
		return speakerRef{}, false
	}
	if isQuoteMark(t.Text) || !(npTags[t.Tag] || x.mentionCovering(t.Start, t.End) >= 0) {
		return speakerRef{}, false
	}
	a := x.npStart(s, j)
	if pp && a > 0 && s.Tokens[a-1].Tag == "VBG" && !prepositionalIng[strings.ToLower(s.Tokens[a-1].Text)] {
		// The object of a gerund is nobody's subject: "efforts on leaving the European
		// Union (EU) were described".
		return speakerRef{}, false
	}
	if mi := x.mentionCovering(t.Start, t.End); mi >= 0 {
		m := x.d.Mentions[mi]
		typ := x.d.Entities[m.Entity].Type
		if typ == schema.Place || typ == schema.Country {
			if mb := x.mediaBefore(s, tokenIndex(s, m.Start)); mb >= 0 {
				// "CNN Philippines": a news organization's local edition.
				m, typ = x.d.Mentions[mb], schema.Organization
			}
		}
		if typ == schema.Organization && partyMembers[strings.ToLower(x.d.Text[m.Start:m.End])] && a < tokenIndex(s, m.Start) {
			// "the Massachusetts Democrat said": a member of the party, not the party.
			if strings.EqualFold(s.Tokens[a].Text, "the") {
				if e := x.describedPerson(s, a, j); e >= 0 {
					return speakerRef{ents: []int{e}, how: "title"}, true
				}
			}
			return speakerRef{how: "unnamed"}, true
		}
		if typ == schema.Place && pp && a > 1 {
			// "the government of American Samoa", "authorities in Hong Kong", "the city
			// of Calabasas": a territory speaks through its government.
			p := strings.ToLower(s.Tokens[a-1].Text)
			h := strings.ToLower(s.Tokens[a-2].Text)
			bodyStart := x.npStart(s, a-2)
			inPP := bodyStart > 0 && prepositions[strings.ToLower(s.Tokens[bodyStart-1].Text)]
			if (p == "of" || p == "in") && governmentNouns[h] || p == "of" && placeBodies[h] && !inPP {
				return speakerRef{ents: []int{m.Entity}, how: "government"}, true
			}
		}
		if typ != schema.Place {
			how := "name"
			switch m.Kind {
			case "pronoun":
				how = "pronoun"
			case "title":
				how = "title"
			}
			sp := speakerRef{ents: []int{m.Entity}, how: how}
			co, first := x.coordinated(s, a)
			sp.ents = append(co, sp.ents...)
			if typ == schema.Person {
				// A title before the name may hold its own "of" ("Mayor of Koszalin
				// Piotr Jedlinski"): only a preposition right before the name counts.
				a = max(a, tokenIndex(s, m.Start))
			}
			if len(co) > 0 {
				// "Nils-Erik Haagenrud of Rogaland Fire and Rescue": a preposition before
				// the first conjunct makes them all objects.
				a = first
			}
			if typ == schema.Person && a > 1 && strings.EqualFold(s.Tokens[a-1].Text, "of") &&
				titleNouns[strings.ToLower(s.Tokens[a-2].Text)] && (a < 3 || s.Tokens[a-3].Tag != "DT") {
				// "Mayor of Koszalin Piotr Jedlinski" read as one name: the person is
				// the one with the title, not somebody else's.
				return sp, true
			}
			if pp && a > 0 && prepositions[strings.ToLower(s.Tokens[a-1].Text)] {
				// "President Abdel Fattah el-Sisi of Egypt said", "Dr. Steven Wolf at
				// Saint Francis said", "authorities in the United Kingdom announced": the
				// head is before the preposition.
				return x.ppHead(s, a, depth, sp)
			}
			return sp, true
		}
	}
	if (a == j || a == j-1 && s.Tokens[a].Tag == "NNP") && x.mentionCovering(t.Start, t.End) < 0 {
		// "Trump said ..." at a sentence start, where the tagger's NN hides the name from
		// the entity stage; "La Riva said", a surname of two words.
		w := t.Text
		if a < j {
			w = s.Tokens[a].Text + " " + t.Text
		}
		if e := x.surnameEntity(w); e >= 0 {
			return speakerRef{ents: []int{e}, how: "name"}, true
		}
	}
	switch {
	case governmentNouns[lw]:
		sp, ok := x.governmentOf(s, a, j, lw)
		if pp && a > 0 && prepositions[strings.ToLower(s.Tokens[a-1].Text)] {
			return x.ppHead(s, a, depth, sp)
		}
		if ok {
			return sp, true
		}
		if !personalBodies[lw] {
			return speakerRef{how: "unnamed"}, true
		}
	case titleNouns[lw] || speakerNouns[lw]:
		// Not for a title with its own "of" phrase ("The president of Turkey", reached
		// from "Turkey"): that is somebody else's title, maybe not the last president.
		if e := x.definiteTitle(s, a, j, lw); e >= 0 && !x.ppFollows(s, j) {
			return speakerRef{ents: []int{e}, how: "title"}, true
		}
		if spokesNouns[lw] {
			// "an Interpol spokesperson", "a spokesman for the Department of Justice",
			// "the spokesperson" after one of those: the organization speaks.
			if e := x.spokesPrincipal(s, a, j); e >= 0 {
				return speakerRef{ents: []int{e}, how: "spokes"}, true
			}
			if strings.EqualFold(s.Tokens[a].Text, "the") && a+1 == j {
				if e := x.lastSpokesPrincipal(s.Tokens[a].Start); e >= 0 {
					return speakerRef{ents: []int{e}, how: "spokes"}, true
				}
			}
		}
		if t.Tag == "NNP" && j > a && s.Tokens[j-1].Tag == "NNP" {
			// An unknown proper name ending in a title word ("Amnesty General"): not ours.
			return speakerRef{}, false
		}
		if e := x.definiteOrganization(s, a, j, lw); e >= 0 && !x.ppFollows(s, j) {
			return speakerRef{ents: []int{e}, how: "title"}, true
		}
		if co, first := x.coordinated(s, a); len(co) == 1 && s.Tokens[a-2].Text != "," && (first == 0 || s.Tokens[first-1].Text == ",") &&
			(strings.EqualFold(s.Tokens[a].Text, "his") || strings.EqualFold(s.Tokens[a].Text, "her") || strings.EqualFold(s.Tokens[a].Text, "its")) {
			// "Trump and his supporters claimed": the one named speaks with them. (Not
			// "a critic of Vladimir Putin, and his associates had alleged": two clauses.)
			return speakerRef{ents: co, how: "name"}, true
		}
		return speakerRef{how: "unnamed"}, true
	case sourceNouns[lw]:
		if a+1 == j && strings.EqualFold(s.Tokens[a].Text, "the") {
			// ""...;" read the statement": the one the article said someone issued.
			if sp, ok := x.earlierDocument(s, a, lw, depth); ok {
				return sp, true
			}
		}
		for k := j - 1; k >= a && k >= j-3; k-- {
			// "The Internal Revenue Service website advises", "an AEW press release": a
			// name before the noun is its author, unless it is where the document is ("a
			// Facebook post").
			p := s.Tokens[k]
			if mi := x.mentionCovering(p.Start, p.End); mi >= 0 && x.d.Mentions[mi].Kind != "pronoun" {
				e := x.d.Mentions[mi].Entity
				if m, _ := x.mediumAt(s, k); m == "" && x.d.Entities[e].Type != schema.Place && !x.isMediaEntity(e) &&
					tokenIndex(s, x.d.Mentions[mi].Start) >= a {
					return speakerRef{ents: []int{e}, how: "source"}, true
				}
				break
			}
			if p.Tag != "NN" && p.Tag != "JJ" {
				break
			}
		}
		// "WHO's statistics", "the ministry's statement": the possessor is the source.
		for k := j - 1; k > a; k-- {
			if s.Tokens[k].Tag != "POS" {
				continue
			}
			if mi := x.mentionCovering(s.Tokens[k-1].Start, s.Tokens[k-1].End); mi >= 0 {
				e := x.d.Mentions[mi].Entity
				if x.d.Entities[e].Type != schema.Place {
					return speakerRef{ents: []int{e}, how: "source"}, true
				}
			}
			break
		}
	}
	if pp && a > 0 && prepositions[strings.ToLower(s.Tokens[a-1].Text)] {
		return x.ppHead(s, a, depth, speakerRef{})
	}
	return speakerRef{}, false
}

// ppFollows reports whether an "of" phrase follows token j ("the president of Turkey").
func (x *speechScan) ppFollows(s *Sent, j int) bool {
	return j+1 < len(s.Tokens) && strings.EqualFold(s.Tokens[j+1].Text, "of")
}

// isPerson reports whether the speaker is one named person.
func (x *speechScan) isPerson(sp speakerRef) bool {
	return len(sp.ents) == 1 && x.d.Entities[sp.ents[0]].Type == schema.Person
}

// ppHead looks past a preposition before the noun phrase starting at token a, for the
// noun phrase it modifies: "President X of Egypt", "the spokesperson for the German
// government", "Mitsotakis speaking to the Atlantic Council think tank". obj is what the
// phrase after the preposition resolved to: it is the speaker behind a government or a
// document ("the government of Germany", "authorities in the United Kingdom", "a
// statement from the ministry").
func (x *speechScan) ppHead(s *Sent, a, depth int, obj speakerRef) (speakerRef, bool) {
	p := a - 1
	if p < 1 {
		return speakerRef{}, false
	}
	prep := strings.ToLower(s.Tokens[p].Text)
	if !prepositions[prep] {
		return speakerRef{}, false
	}
	q := p - 1
	if obj.named() {
		hw := strings.ToLower(s.Tokens[q].Text)
		switch {
		case governmentNouns[hw] && (prep == "of" || prep == "in"):
			obj.how = "government"
			return obj, true
		case sourceNouns[hw] && (prep == "from" || prep == "by" || prep == "of"):
			return obj, true
		}
	}
	if tg := s.Tokens[q].Tag; tg == "VBG" || tg == "VBN" {
		q--
		for q >= 0 && isAdverbAt(s, q) {
			q--
		}
	}
	sp, ok := x.npEndingAt(s, q, depth+1)
	if !ok {
		return speakerRef{}, false
	}
	return sp, true
}

// coordinated returns the entities coordinated before the noun phrase starting at token a
// ("Saudi Arabia and" in "both Saudi Arabia and the United States") and the first token
// of the first of them.
func (x *speechScan) coordinated(s *Sent, a int) ([]int, int) {
	var out []int
	for a >= 2 {
		c := strings.ToLower(s.Tokens[a-1].Text)
		if c != "and" && (c != "," || len(out) == 0) {
			// A list ends with "and": "A, B and C". A lone comma is an apposition or
			// an introductory phrase ("Speaking to Reuters, an attendee said").
			break
		}
		k := a - 2
		if c == "and" && s.Tokens[k].Text == "," {
			k--
		}
		if k < 0 {
			break
		}
		mi := x.mentionCovering(s.Tokens[k].Start, s.Tokens[k].End)
		if mi < 0 {
			break
		}
		m := x.d.Mentions[mi]
		if x.d.Entities[m.Entity].Type == schema.Place {
			break
		}
		out = append([]int{m.Entity}, out...)
		a = tokenIndex(s, m.Start)
		if a > 0 && strings.EqualFold(s.Tokens[a-1].Text, "both") {
			break
		}
	}
	return out, a
}

// governmentOf resolves "the German government", "Russia's foreign ministry", "Trump's
// office", "the Biden campaign" to the country, organization or (for an office or a
// campaign) person named in the phrase.
func (x *speechScan) governmentOf(s *Sent, a, j int, head string) (speakerRef, bool) {
	for k := j - 1; k >= a; k-- {
		t := s.Tokens[k]
		mi := x.mentionCovering(t.Start, t.End)
		if mi < 0 {
			continue
		}
		e := x.d.Mentions[mi].Entity
		switch x.d.Entities[e].Type {
		case schema.Country, schema.Organization, schema.Place:
			if !personalBodies[head] {
				return speakerRef{ents: []int{e}, how: "government"}, true
			}
		case schema.Person:
			if personalBodies[head] {
				return speakerRef{ents: []int{e}, how: "government"}, true
			}
			// "the Trump administration": not a person, and not a country we may guess.
			return speakerRef{how: "unnamed"}, true
		}
		return speakerRef{}, false
	}
	return speakerRef{}, false
}

// definiteTitle resolves a definite description made of "the", adjectives and a title
// noun ("The commissioner", "the French president") to the person the article gave that
// title most recently, or -1.
func (x *speechScan) definiteTitle(s *Sent, a, j int, head string) int {
	if !titleNouns[head] || a >= j || !strings.EqualFold(s.Tokens[a].Text, "the") {
		return -1
	}
	for k := a + 1; k < j; k++ {
		if tg := s.Tokens[k].Tag; tg != "JJ" && tg != "NN" && tg != "NNP" {
			return -1
		}
	}
	off := s.Tokens[a].Start
	ms := x.d.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	for k := i - 1; k >= 0; k-- {
		m := ms[k]
		if m.Entity < 0 || m.Entity >= len(x.d.Entities) || x.d.Entities[m.Entity].Type != schema.Person {
			continue
		}
		if x.titleWords(m.Entity)[head] {
			return m.Entity
		}
	}
	return -1
}

// definiteOrganization resolves "the" and a noun that heads the name of an organization
// the article named before ("the party" after "Thai Raksa Chart Party", "the department"
// after "Department of Justice") to that organization, or -1. The noun must head the name
// of one organization of the article only: "the party" in an article naming two parties
// is either.
func (x *speechScan) definiteOrganization(s *Sent, a, j int, head string) int {
	if a+1 != j || !strings.EqualFold(s.Tokens[a].Text, "the") || s.Tokens[j].Tag != "NN" && s.Tokens[j].Tag != "NNP" {
		return -1 // ("The Department", capitalized, is the same noun)
	}
	found := -1
	for e, ent := range x.d.Entities {
		if ent.Type != schema.Organization || !orgHeadedBy(ent.Name, head) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	if found < 0 {
		return -1
	}
	for _, m := range x.d.Mentions {
		if m.Start >= s.Tokens[a].Start {
			break
		}
		if m.Entity == found {
			return found
		}
	}
	return -1
}

// orgHeadedBy reports whether noun heads the organization name: its last word ("Thai
// Raksa Chart Party") or the last word before "of" ("Ministry of Foreign Affairs").
func orgHeadedBy(name, noun string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 {
		return false
	}
	if words[len(words)-1] == noun {
		return true
	}
	for i := 1; i < len(words); i++ {
		if words[i] == "of" {
			return words[i-1] == noun
		}
	}
	return false
}

// titleWords returns the lower-case words the article uses as titles of person e: its
// role titles, the words right before its mentions ("commissioner Albert Muchanga") and
// those of an appositive after them ("Angela Merkel, the Chancellor of Germany,").
func (x *speechScan) titleWords(e int) map[string]bool {
	if w, ok := x.titles[e]; ok {
		return w
	}
	w := map[string]bool{}
	for _, r := range x.d.Roles {
		if refEntity(x.d, r.Person) == e {
			for _, f := range strings.Fields(strings.ToLower(r.Title)) {
				w[f] = true
			}
		}
	}
	for _, m := range x.d.Mentions {
		if m.Entity != e || m.Kind == "pronoun" {
			continue
		}
		si := x.d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		s := &x.d.Sentences[si]
		for _, f := range strings.Fields(strings.ToLower(x.d.Text[m.Start:m.End])) {
			w[f] = true
		}
		k := tokenIndex(s, m.Start)
		for n := 1; n <= 6 && k-n >= 0; n++ {
			t := s.Tokens[k-n]
			if !(npTags[t.Tag] || t.Text == "of" || t.Text == "and") {
				break
			}
			w[strings.ToLower(t.Text)] = true
		}
		k = tokenIndex(s, m.End)
		if k < len(s.Tokens) && s.Tokens[k].Text == "," {
			for n := k + 1; n < len(s.Tokens) && n-k <= 8; n++ {
				t := s.Tokens[n]
				if t.Text == "," || !(npTags[t.Tag] || t.Text == "of") {
					break
				}
				w[strings.ToLower(t.Text)] = true
			}
		}
	}
	x.titles[e] = w
	return w
}

// npStartingAt resolves the noun phrase that starts at token i (a speaker after its verb:
// "said German Chancellor Angela Merkel", "according to the ministry"). It returns the
// speaker and the index of the first token after the phrase.
func (x *speechScan) npStartingAt(s *Sent, i int) (speakerRef, int, bool) {
	if i >= len(s.Tokens) {
		return speakerRef{}, i, false
	}
	k := i
	for k < len(s.Tokens) {
		t := s.Tokens[k]
		if isQuoteMark(t.Text) {
			break
		}
		if mi := x.mentionCovering(t.Start, t.End); mi >= 0 && (k == i || x.d.Mentions[mi].Kind != "pronoun") {
			k = max(k+1, tokenIndex(s, x.d.Mentions[mi].End))
			continue
		}
		if npTags[t.Tag] || (k == i && (t.Tag == "PRP" || pronounSpeakers[strings.ToLower(t.Text)])) {
			k++
			if t.Tag == "PRP" {
				break
			}
			continue
		}
		if (t.Tag == "VB" || t.Tag == "VBP") && k+1 < len(s.Tokens) && x.mentionStartsAt(s, k+1) {
			// A title noun the tagger took for a verb: "according to eyewitness/VB
			// Vinnie DeVita".
			k++
			continue
		}
		break
	}
	if k == i {
		return speakerRef{}, i, false
	}
	sp, ok := x.npEnding(s, k-1, 0, false)
	return sp, k, ok
}

// isFiniteVerb reports whether token k of s is a finite verb outside quotations.
func (x *speechScan) isFiniteVerb(s *Sent, k int) bool {
	t := s.Tokens[k]
	if isQuoteMark(t.Text) || x.inQuote(t.Start) {
		return false
	}
	switch t.Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// relativeVerb reports whether the verb at k opens a relative clause ("who was").
func relativeVerb(s *Sent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if isAdverbAt(s, j) || speechAux[strings.ToLower(s.Tokens[j].Text)] {
			continue
		}
		switch s.Tokens[j].Tag {
		case "WDT", "WP", "WP$":
			return true
		}
		return false
	}
	return false
}

// participleSubject finds the speaker of a participle that has no subject of its own:
// the subject of the clause it hangs on ("Trump entered ... vowing", "X said ..., further
// saying"), the possessor of a sentence-initial noun phrase ("His shift from threatening
// ..."), or the subject of the main clause after a sentence-initial participial phrase
// ("Describing progress as "...", he added").
func (x *speechScan) participleSubject(s *Sent, vi int, prev *speakerRef) (speakerRef, bool) {
	if sp, ok, found := x.quotedAs(s, vi); found {
		return sp, ok
	}
	if sp, ok, found := x.withSubject(s, vi); found {
		return sp, ok
	}
	if vi > 0 {
		p := strings.ToLower(s.Tokens[vi-1].Text)
		if p == "is" || p == "was" || p == "are" || p == "were" || p == "been" {
			return x.subjectOf(s, vi-1, prev)
		}
	}
	// A speech participle after a speech verb goes with its subject, not with that of
	// the reported clause between them ("X said the 36 must face charges, adding"), or
	// with the agent of a passive one ("were described by Johnson as ..., saying").
	for k := vi - 1; k >= 0; k-- {
		if s.Tokens[k].Text == ";" {
			break
		}
		if _, form, ok := x.speechVerbAt(s, k); ok && (form == finite || form == pastPart) && !x.inQuote(s.Tokens[k].Start) && !relativeVerb(s, k) {
			var sp speakerRef
			if form == finite {
				sp, ok = x.subjectOf(s, k, prev)
			} else {
				sp, ok = x.passiveAgent(s, k, vi)
			}
			if ok && sp.named() {
				return sp, true
			}
			break
		}
	}
	tries := 0
	for k := vi - 1; k >= 0 && tries < 3; k-- {
		if !x.isFiniteVerb(s, k) || relativeVerb(s, k) {
			continue
		}
		tries++
		if sp, ok := x.subjectOf(s, k, prev); ok {
			return sp, true
		}
	}
	if tries > 0 {
		return speakerRef{}, false
	}
	// No finite verb before: a possessor at the start of the sentence.
	if len(s.Tokens) > 1 {
		t := s.Tokens[0]
		if t.Tag == "PRP$" {
			if e := x.pronounAt(t.Start); e >= 0 {
				return speakerRef{ents: []int{e}, how: "possessor"}, true
			}
		}
		if mi := x.mentionCovering(t.Start, t.End); mi >= 0 {
			m := x.d.Mentions[mi]
			k := tokenIndex(s, m.End)
			if k < len(s.Tokens) && s.Tokens[k].Tag == "POS" && x.d.Entities[m.Entity].Type != schema.Place {
				return speakerRef{ents: []int{m.Entity}, how: "possessor"}, true
			}
		}
	}
	// A sentence-initial participial phrase: the subject of the main clause.
	if vi <= 2 {
		for k := vi + 1; k < len(s.Tokens); k++ {
			if x.isFiniteVerb(s, k) && !relativeVerb(s, k) {
				return x.subjectOf(s, k, prev)
			}
		}
	}
	return speakerRef{}, false
}
