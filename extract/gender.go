package extract

import (
	"sort"
	"strings"
	"sync"

	"newsgraph/schema"
)

// gender is what a text tells about a person's grammatical gender.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// firstNameGender maps a lower-case first name to its gender, from the generated lists of
// gender_names.go plus names frequent in world news that those lists lack. Names used for
// both are absent.
var firstNameGender = sync.OnceValue(func() map[string]gender {
	m := map[string]gender{}
	for _, n := range strings.Fields(maleFirstNames) {
		m[strings.ToLower(n)] = genderMale
	}
	for _, n := range strings.Fields(femaleFirstNames) {
		m[strings.ToLower(n)] = genderFemale
	}
	for _, n := range strings.Fields(newsMaleNames) {
		m[n] = genderMale
	}
	for _, n := range strings.Fields(newsFemaleNames) {
		m[n] = genderFemale
	}
	return m
})

// Names of people often in the news that the Moby lists lack or list for both genders.
const (
	newsMaleNames = `donald xi narendra recep tayyip hassan volodymyr sergey olaf rishi jair luiz
		elon mahmoud bashar abdel abdullah ebrahim hossein mohammad mohamed muhammad ahmed
		benjamin yoav naftali bibi shinzo fumio yoshihide moon yoon kim-jong jong-un mahamadou
		muhammadu okey sameh nikos kyriakos jens antonio emmanuel hugh`
	newsFemaleNames = `kamala hillary marine giorgia nikki ilhan alexandria ursula kaja
		roberta annalena liz jacinda sanna tsai ane nancy`
)

// honorificGender maps words that mark the gender of the name they precede (or of the
// person they describe in a role title).
var honorificGender = map[string]gender{
	"mr": genderMale, "mr.": genderMale, "sir": genderMale, "lord": genderMale, "king": genderMale,
	"prince": genderMale, "duke": genderMale, "emperor": genderMale, "sheikh": genderMale,
	"congressman": genderMale, "chairman": genderMale, "spokesman": genderMale,
	"businessman": genderMale, "councilman": genderMale, "assemblyman": genderMale,
	"pope": genderMale, "father": genderMale, "brother": genderMale, "husband": genderMale,
	"son": genderMale, "uncle": genderMale, "actor": genderMale, "grandson": genderMale,
	"mrs": genderFemale, "mrs.": genderFemale, "ms": genderFemale, "ms.": genderFemale,
	"miss": genderFemale, "dame": genderFemale, "lady": genderFemale, "queen": genderFemale,
	"princess": genderFemale, "duchess": genderFemale, "empress": genderFemale,
	"sheikha": genderFemale, "congresswoman": genderFemale, "chairwoman": genderFemale,
	"spokeswoman": genderFemale, "businesswoman": genderFemale, "councilwoman": genderFemale,
	"assemblywoman": genderFemale, "mother": genderFemale, "sister": genderFemale,
	"wife": genderFemale, "daughter": genderFemale, "aunt": genderFemale,
	"actress": genderFemale, "granddaughter": genderFemale, "widow": genderFemale,
	"first lady": genderFemale, "mme": genderFemale, "mme.": genderFemale, "madame": genderFemale,
	"mlle": genderFemale, "mademoiselle": genderFemale, "señora": genderFemale, "frau": genderFemale,
	"monsieur": genderMale, "señor": genderMale, "herr": genderMale,
}

// pronounGender maps the third-person pronouns the Pronouns stage resolves.
var pronounGender = map[string]gender{
	"he": genderMale, "him": genderMale, "his": genderMale, "himself": genderMale,
	"she": genderFemale, "her": genderFemale, "hers": genderFemale, "herself": genderFemale,
}

// personGenders works out the gender of each person entity of d from the evidence the
// article gives: a gendered word right before a mention ("Mr", "Queen", "spokeswoman"),
// a gendered role title, and the first name (lexicon). Conflicting evidence leaves the
// gender unknown.
func personGenders(d *Draft) []gender {
	out := make([]gender, len(d.Entities))
	seen := make([]gender, len(d.Entities)) // evidence bits: 1 male, 2 female
	note := func(e int, g gender) {
		if e >= 0 && e < len(seen) && g != genderUnknown {
			seen[e] |= 1 << (g - 1)
		}
	}
	names := firstNameGender()
	for i, e := range d.Entities {
		if e.Type != schema.Person {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := strings.Fields(n)
			if len(f) < 2 {
				continue
			}
			note(i, names[strings.ToLower(f[0])])
		}
	}
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) || d.Entities[m.Entity].Type != schema.Person || m.Kind == "pronoun" {
			continue
		}
		before := strings.ToLower(tailWords(d.Text[max(0, m.Start-24):m.Start], 2))
		for _, w := range []string{before, tailWords(before, 1)} {
			if g, ok := honorificGender[strings.TrimSpace(w)]; ok {
				note(m.Entity, g)
			}
		}
		for _, w := range strings.Fields(strings.ToLower(d.Text[m.Start:m.End])) {
			if g, ok := honorificGender[w]; ok {
				note(m.Entity, g)
			}
		}
	}
	for _, r := range d.Roles {
		e := refEntity(d, r.Person)
		for _, w := range strings.Fields(strings.ToLower(r.Title)) {
			note(e, honorificGender[w])
		}
	}
	for i, s := range seen {
		switch s {
		case 1:
			out[i] = genderMale
		case 2:
			out[i] = genderFemale
		}
	}
	return out
}

// tailWords returns the last n words of s.
func tailWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// refEntity returns the index in d.Entities of the entity with the given Ref, or -1.
func refEntity(d *Draft, r Ref) int {
	if r == "" {
		return -1
	}
	for i := range d.Entities {
		if d.Entities[i].ID == string(r) {
			return i
		}
	}
	return -1
}

// Pronouns is the stage that resolves third-person pronouns outside quotations to the
// entities they stand for and adds them to the Draft's mentions with Kind "pronoun":
// he/him/his and she/her/hers to the most salient compatible person (the subject of the
// clause or of the nearest earlier sentence that names one, else the most recent one),
// "they" at the start of a clause to an organization or country that was the subject of
// the sentence before. A pronoun with no compatible antecedent stays unresolved.
type Pronouns struct{}

// antecedent is a candidate referent: a mention of a person, organization or country.
type antecedent struct {
	start    int
	sentence int
	entity   int
	subject  bool
}

// Run implements Stage.
func (Pronouns) Run(d *Draft) error {
	if len(d.Sentences) == 0 {
		return nil
	}
	quotes := findQuotes(d.Text, paragraphSpans(d), nil)
	inQuote := quoteLookup(quotes)
	genders := personGenders(d)
	var cands []antecedent
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) || inQuote(m.Start) {
			continue
		}
		switch d.Entities[m.Entity].Type {
		case schema.Person, schema.Organization, schema.Country:
		default:
			continue
		}
		si := d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		cands = append(cands, antecedent{start: m.Start, sentence: si, entity: m.Entity, subject: inSubjectPosition(&d.Sentences[si], m.Start, m.End)})
	}
	var added []MentionRef
	ci := 0 // cands[:ci] start before the current token
	var known []antecedent
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for ti, t := range s.Tokens {
			for ci < len(cands) && cands[ci].start < t.Start {
				known = append(known, cands[ci])
				ci++
			}
			w := strings.ToLower(t.Text)
			g, personal := pronounGender[w]
			plural := w == "they"
			if (!personal && !plural) || inQuote(t.Start) || withinMention(d, t.Start, t.End) {
				continue
			}
			e := -1
			if personal {
				e = resolvePersonal(d, known, genders, s, ti, g)
			} else if startsClause(s, ti) {
				e = resolvePlural(d, known, si)
			}
			if e < 0 {
				continue
			}
			if personal && genders[e] == genderUnknown {
				// The article's own evidence: "Tulsi Gabbard ... her first delegate"
				// makes the next "he" somebody else.
				genders[e] = g
			}
			m := MentionRef{Start: t.Start, End: t.End, Sentence: si, Entity: e, Kind: "pronoun"}
			added = append(added, m)
			known = append(known, antecedent{start: t.Start, sentence: si, entity: e, subject: inSubjectPosition(s, t.Start, t.End) && (w == "he" || w == "she")})
		}
	}
	if len(added) > 0 {
		d.Mentions = mergeMentionRefs(d.Mentions, added)
	}
	return nil
}

// resolvePersonal picks the person a he/she pronoun at token ti of s stands for.
func resolvePersonal(d *Draft, known []antecedent, genders []gender, s *Sent, ti int, g gender) int {
	ok := func(a antecedent) bool {
		if d.Entities[a.entity].Type != schema.Person {
			return false
		}
		ag := genders[a.entity]
		return ag == genderUnknown || ag == g
	}
	w := strings.ToLower(s.Tokens[ti].Text)
	subjectPronoun := w == "he" || w == "she" || startsClause(s, ti)
	// Same sentence: the most recent compatible person, unless the pronoun starts a clause
	// and an earlier person of the sentence is a subject while the most recent is not
	// ("Trump met Putin, vowing he would ...").
	nominative := w == "he" || w == "she"
	var recent, subj = -1, -1
	for k := len(known) - 1; k >= 0 && known[k].sentence == s.Index; k-- {
		if !ok(known[k]) {
			continue
		}
		if nominative && !known[k].subject {
			// "Speaking to Martin Smith of PBS, he said": an object is not the subject's
			// antecedent.
			continue
		}
		if recent < 0 {
			recent = k
		}
		if known[k].subject {
			subj = k
		}
	}
	if recent >= 0 {
		if subjectPronoun && subj >= 0 && !known[recent].subject {
			return known[subj].entity
		}
		return known[recent].entity
	}
	// Earlier sentences, nearest first (at most four back): the first compatible subject
	// of the nearest sentence that has a compatible person, else its last one.
	for back := 1; back <= 4 && s.Index-back >= 0; back++ {
		si := s.Index - back
		first, last := -1, -1
		for k := len(known) - 1; k >= 0; k-- {
			if known[k].sentence < si {
				break
			}
			if known[k].sentence != si || !ok(known[k]) {
				continue
			}
			if last < 0 {
				last = k
			}
			if known[k].subject {
				first = k
			}
		}
		if first >= 0 {
			return known[first].entity
		}
		if last >= 0 {
			return known[last].entity
		}
	}
	return -1
}

// resolvePlural resolves a clause-initial "they" to the organization or country that is
// the subject of the main clause of the sentence before (or of this one, before the
// pronoun), and nothing else: a "they" after people is left alone.
func resolvePlural(d *Draft, known []antecedent, si int) int {
	for _, sj := range []int{si, si - 1} {
		if sj < 0 {
			continue
		}
		first := -1
		for k := len(known) - 1; k >= 0 && known[k].sentence >= sj; k-- {
			if known[k].sentence == sj && known[k].subject {
				first = k
			}
		}
		if first < 0 || !mainClauseSubject(&d.Sentences[sj], known[first].start) {
			continue
		}
		switch d.Entities[known[first].entity].Type {
		case schema.Organization, schema.Country:
			return known[first].entity
		}
		return -1
	}
	return -1
}

// mainClauseSubject reports whether a subject starting at off is the subject of the main
// clause of s: no finite verb stands between the start of the main clause (after an
// introductory phrase such as "In a related press release issued the following day,")
// and it.
func mainClauseSubject(s *Sent, off int) bool {
	start := 0
	if len(s.Tokens) > 0 {
		switch s.Tokens[0].Tag {
		case "IN", "RB", "WRB", "TO", "VBG", "VBN":
			for k, t := range s.Tokens {
				if t.Start >= off {
					break
				}
				if t.Text == "," {
					start = k + 1
					break
				}
			}
		}
	}
	for k := start; k < len(s.Tokens) && s.Tokens[k].Start < off; k++ {
		switch s.Tokens[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if !isQuoteMark(s.Tokens[k].Text) {
				return false
			}
		}
	}
	return true
}

// subordinators are the prepositions that open a clause, after which a subject may stand.
var subordinators = map[string]bool{"that": true, "because": true, "if": true, "as": true,
	"while": true, "when": true, "after": true, "before": true, "since": true, "although": true,
	"though": true, "whether": true, "until": true, "once": true}

// inSubjectPosition reports whether a mention over [start, end) stands as a subject: it
// is not the object of a preposition, and a verb (maybe after adverbs) or an appositive
// comma follows it.
func inSubjectPosition(s *Sent, start, end int) bool {
	if b := firstTokenFrom(s, start) - 1; b >= 0 {
		if t := s.Tokens[b]; (t.Tag == "IN" || t.Tag == "TO") && !subordinators[strings.ToLower(t.Text)] {
			return false
		}
	}
	i := firstTokenFrom(s, end)
	if i < len(s.Tokens) && (s.Tokens[i].Text == "of" || s.Tokens[i].Text == "from") {
		// "Crown Prince Mohammad bin Salman of Saudi Arabia accepted"
		j := i + 1
		for j < len(s.Tokens) && (s.Tokens[j].Tag == "NNP" || s.Tokens[j].Tag == "NNPS" || s.Tokens[j].Tag == "DT") {
			j++
		}
		if j > i+1 {
			i = j
		}
	}
	if i < len(s.Tokens) && s.Tokens[i].Text == "(" {
		// A bracketed acronym: "the United States Commission on International Religious
		// Freedom (USCIRF) also criticized", and the acronym itself.
		for j := i + 1; j < len(s.Tokens) && j <= i+6; j++ {
			if s.Tokens[j].Text == ")" {
				i = j + 1
				break
			}
		}
	}
	if i < len(s.Tokens) && s.Tokens[i].Text == ")" && i > 0 && i+1 < len(s.Tokens) {
		i++
	}
	for i < len(s.Tokens) && isAdverbAt(s, i) {
		i++
	}
	if i >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[i]
	switch {
	case t.Text == ",":
		return true
	case t.Tag == "MD", t.Tag == "VBD", t.Tag == "VBZ", t.Tag == "VBP":
		return true
	case t.Tag == "VBG" || t.Tag == "VBN":
		// "Mitsotakis speaking to ...", "Trump, wary of ...": a participle after a name
		// usually modifies the subject.
		return true
	}
	return false
}

// startsClause reports whether token ti of s starts a clause: the sentence start (after an
// introductory phrase), or after a comma, a conjunction or a complementizer.
func startsClause(s *Sent, ti int) bool {
	if ti == 0 {
		return true
	}
	p := s.Tokens[ti-1]
	switch strings.ToLower(p.Text) {
	case ",", ";", ":", "and", "but", "that", "when", "while", "as", "because", "after",
		"before", "if", "since", "although", "though", "so", `"`, "where", "once", "until":
		return true
	}
	return isQuoteMark(p.Text)
}

// firstTokenFrom returns the index of the first token of s starting at or after off.
func firstTokenFrom(s *Sent, off int) int {
	for i, t := range s.Tokens {
		if t.Start >= off {
			return i
		}
	}
	return len(s.Tokens)
}

// withinMention reports whether [start, end) lies inside an existing mention (a pronoun
// that is part of a name or title, as "Her Majesty").
func withinMention(d *Draft, start, end int) bool {
	for _, m := range d.MentionsIn(start-64, end+64) {
		if m.Start <= start && end <= m.End {
			return true
		}
	}
	return false
}

// mergeMentionRefs merges two lists sorted by Start.
func mergeMentionRefs(a, b []MentionRef) []MentionRef {
	out := make([]MentionRef, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || (i < len(a) && a[i].Start <= b[j].Start) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// quoteLookup returns a function telling whether an offset lies inside a top-level
// quotation.
func quoteLookup(qs []quoteSpan) func(int) bool {
	var spans [][2]int
	for _, q := range qs {
		if q.Parent < 0 {
			spans = append(spans, [2]int{q.Open, q.Close + 1})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	return func(off int) bool {
		lo, hi := 0, len(spans)
		for lo < hi {
			m := (lo + hi) / 2
			if spans[m][1] <= off {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo < len(spans) && spans[lo][0] <= off
	}
}

// isQuoteMark reports whether a token is a quotation mark (prose keeps some glued to
// words, as "'Let").
func isQuoteMark(t string) bool {
	return t == `"` || t == "'" || t == "''" || t == "``" || t == `""`
}
