package extract

import (
	"strings"
	"unicode"

	"newsgraph/extract/internal/lexicon"
	"newsgraph/schema"
)

// Entities is the stage that finds the people, organizations, countries and places an
// article names, merges the spellings that refer to one of them, and records every
// mention. It fills Draft.Entities and Draft.Mentions (sorted by Start) and leaves its
// working notes for the roles and coreference stages.
//
// How a name is found: runs of capitalised tokens (with the particles and connectors names
// hold: "Jean-Yves Le Drian", "Ministry of Foreign Affairs") are split at titles ("US
// President Donald Trump" is a country, a title and a person), looked up whole in the
// gazetteer, and otherwise typed by their last word ("Atlantic Council"), by what stands
// before them (a title, "the group", "the city of"), by an acronym defined beside them
// ("African Continental Free Trade Area (AfCFTA)"), or as a person's name. Lone surnames
// and first names join the full name used elsewhere in the article; capitals that act
// ("Moscow currently occupies") stand for their country; demonyms ("Russian") point to
// their country.
type Entities struct {
	gaz      *Gazetteer
	registry *Registry
	aliases  *Aliases
}

// NewEntities returns the entity stage. The registry (known entities of other articles)
// and the aliases file are optional.
func NewEntities(opts Options) *Entities {
	return &Entities{gaz: DefaultGazetteer(), registry: opts.Registry, aliases: opts.Aliases}
}

// pieceKind says how a piece of text was typed.
type pieceKind uint8

const (
	pkUnknown pieceKind = iota
	pkGaz               // a gazetteer entry (country, org, place, city)
	pkDemonym           // "Russian"
	pkPerson            // a person's name
	pkOrg               // an organization by its form ("Atlantic Council")
	pkPlace             // a place by its form ("Gulf of Guinea")
	pkNone              // names nothing
)

// piece is a candidate name: a span of tokens of one sentence.
type piece struct {
	sent       int
	a, b       int // token range in the sentence
	start, end int // bytes in Draft.Text
	text       string
	kind       pieceKind
	gaz        GazEntry
	typ        schema.EntityType
	// afterTitle is set when a title or honorific stands right before the piece.
	afterTitle bool
	// strong is set when the type is certain (gazetteer, title, form); weak person
	// guesses are dropped when they conflict with anything.
	strong bool
	// acronym is the acronym defined right after the piece, "(AfCFTA)".
	acronym string
	// entity is the index of the entity in the Draft once resolved, or -1.
	entity int
	// mention is the mention kind: "name", "demonym", "capital".
	mention string
	// name, when set, is the entity's name as the stage wrote it out ("Ministry of
	// Internal Affairs of Belarus" for "ministry of internal affairs of Belarus").
	name string
}

// sentInfo holds a sentence's tokens with what the stage learned about each.
type sentInfo struct {
	toks     []Token
	headline bool
	// titles are the title phrases found inside runs of capitals.
	titles []titleMatch
}

// entityNotes is what the entity stage leaves in the Draft for the later stages.
type entityNotes struct {
	pieces []piece
	// bySent lists the indices of pieces of each sentence, in order.
	bySent [][]int
	// titles are the titles found inside runs of capitalised words, by sentence.
	titles [][]titleMatch
}

// Run implements Stage.
func (s *Entities) Run(d *Draft) error {
	infos := make([]sentInfo, len(d.Sentences))
	var pieces []piece
	for si := range d.Sentences {
		infos[si] = sentInfo{toks: d.Sentences[si].Tokens, headline: d.Sentences[si].Headline}
		pieces = s.sentencePieces(d, si, &infos[si], pieces)
	}
	r := &resolver{s: s, d: d, infos: infos, pieces: pieces}
	r.resolve()
	d.notes = &entityNotes{pieces: r.pieces, titles: make([][]titleMatch, len(d.Sentences))}
	for si := range infos {
		d.notes.titles[si] = infos[si].titles
	}
	d.notes.bySent = make([][]int, len(d.Sentences))
	for i, p := range r.pieces {
		d.notes.bySent[p.sent] = append(d.notes.bySent[p.sent], i)
	}
	return nil
}

// sentenceStart reports whether token i begins a sentence or a quotation, where any word
// is capitalised.
func sentenceStart(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Text {
	case `"`, "'", "(", ":", "[", "-", "--", "\u2013", "\u2014", ";", "``", "''":
		return true
	}
	return false
}

// shouting reports whether a sentence is written mostly in capitals.
func shouting(toks []Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !isWordToken(t.Text) {
			continue
		}
		words++
		if isAllCaps(t.Text) && len(t.Text) > 1 {
			caps++
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// shoutZone reports whether token i is one of several words in capitals in a row
// ("calling it \"BIG PROGRESS ON RUSSIA\""), where capitals say nothing about names.
func shoutZone(toks []Token, i int) bool {
	loud := func(k int) bool {
		return k >= 0 && k < len(toks) && len(toks[k].Text) > 1 && isAllCaps(toks[k].Text) && isWordToken(toks[k].Text)
	}
	if !loud(i) {
		return false
	}
	n := 1
	for k := i - 1; loud(k); k-- {
		n++
	}
	for k := i + 1; loud(k); k++ {
		n++
	}
	return n >= 3
}

// titleCase reports whether a headline capitalises most of its words ("Witkoff Hints At
// Concessions"): then capitals say nothing about names.
func titleCase(toks []Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !isWordToken(t.Text) || len(t.Text) < 4 {
			continue
		}
		words++
		if isCapWord(t.Text) {
			caps++
		}
	}
	return words >= 4 && caps*4 >= words*3
}

// canStart reports whether token i may begin a name.
func (s *Entities) canStart(toks []Token, i int, headline bool) bool {
	t := toks[i].Text
	if !isWordToken(t) || hasDigit(t) && !isCapWord(t) || bracketInside(t) {
		return false // (an editor's bracket: "[T]he House")
	}
	if !isCapWord(t) {
		// "al-Qaeda", "el-Sisi" as a name of its own.
		if prefixedName(t) {
			_, ok := s.gaz.Best(t)
			return ok
		}
		return false
	}
	low := strings.ToLower(t)
	if stopCaps[low] && !(isAllCaps(t) && len(t) > 1) {
		return false
	}
	if low == "i" {
		return false
	}
	if sentenceStart(toks, i) {
		tag := toks[i].Tag
		if strings.HasPrefix(tag, "NNP") {
			return true
		}
		// A title opening the sentence: "Mayor of Koszalin Piotr Jedliński has declared".
		if tm, ok := titleAt(toks, i, true); ok && !tm.Honorific && tm.End < len(toks) && isCapWord(toks[tm.End].Text) || ok && tm.End+1 < len(toks) && (toks[tm.End].Text == "of" || toks[tm.End].Text == "for") {
			return true
		}
		if g, ok := s.gaz.Best(t); ok {
			// "Male voters", "Reading the report": a town named like a common word is
			// not taken at the start of a sentence.
			return g.Kind < GazCapital || !lexicon.IsCommonWord(low) || i+1 < len(toks) && isCapWord(toks[i+1].Text)
		}
		// A capitalised common word starting the sentence may still begin a name of
		// several words ("Amazon Environmental Research Institute Director ...").
		if i+1 < len(toks) && isCapWord(toks[i+1].Text) && !stopCaps[strings.ToLower(toks[i+1].Text)] {
			return !strings.HasSuffix(low, "ly")
		}
		// Headlines are often mis-tagged ("Witkoff/IN hints at ..."), and so are
		// surnames opening a sentence ("Pence/NN later served", "Cummings/NNS ,"): a
		// lone word there stays a candidate, kept only if it names someone of the body.
		return headline || loneStart(toks, i)
	}
	return true
}

// loneStart reports whether token i, opening a sentence and not tagged a proper noun, may
// be a surname standing alone ("Pence/NN later served"): a capitalised word of three
// letters or more before a word in lower case, not a verb's "-ing" form nor an adverb.
func loneStart(toks []Token, i int) bool {
	t := toks[i].Text
	if !sentenceStart(toks, i) || strings.HasPrefix(toks[i].Tag, "NNP") || i+1 >= len(toks) || isCapWord(toks[i+1].Text) ||
		len(t) <= 2 || !isCapWord(t) || toks[i].Tag == "VBG" || strings.HasSuffix(t, "ly") || strings.HasSuffix(t, "ing") {
		return false
	}
	_, title := titleAt(toks, i, true) // "Mayor of Koszalin Piotr Jedliński"
	return !title
}

// bracketInside reports whether an editor's bracket stands inside a word or opens it
// ("T]he", "Count[ies"); one closing the word ("Delhi[...]") is cut off the name.
func bracketInside(t string) bool {
	k := strings.IndexAny(t, "[]")
	return k >= 0 && k < len(t)-1
}

// continues reports whether token j continues a run of capitalised tokens.
func continues(toks []Token, j int) bool {
	t := toks[j].Text
	// A possessive inside an organization's name: "Alachua Sheriff's Office", "Children's
	// Hospital".
	if t == "'s" && j+1 < len(toks) && isCapWord(toks[j+1].Text) {
		if w := strings.ToLower(toks[j+1].Text); orgHeads[w] || placeHeads[w] {
			return true
		}
	}
	// The dot of an initial, which the tokenizer splits off: "George W. Bush".
	if t == "." && j > 0 && j+1 < len(toks) && toks[j-1].End == toks[j].Start && isInitial(toks[j-1].Text) &&
		isCapWord(toks[j-1].Text) && len(toks[j-1].Text) == 1 && isCapWord(toks[j+1].Text) {
		return true
	}
	if !isWordToken(t) || bracketInside(t) {
		return false
	}
	if isCapWord(t) {
		return !hardStops[strings.ToLower(t)] || isAllCaps(t) && len(t) > 1
	}
	if prefixedName(t) {
		return true
	}
	// A lower-case particle inside a name: "Ursula von der Leyen".
	if nameParticles[t] {
		k := j + 1
		for k < len(toks) && nameParticles[toks[k].Text] {
			k++
		}
		return k < len(toks) && isCapWord(toks[k].Text) && !hardStops[strings.ToLower(toks[k].Text)]
	}
	return false
}

// capsAfter returns the end of the run of capitalised tokens starting at j.
func capsAfter(toks []Token, j int) int {
	for j < len(toks) && isCapWord(toks[j].Text) && isWordToken(toks[j].Text) && !hardStops[strings.ToLower(toks[j].Text)] {
		j++
	}
	return j
}

// connects reports whether the connector at token j ("of", "for", "and", "the") joins the
// run [i, j) to the capitalised words after it, and returns where the joined run ends.
func (s *Entities) connects(toks []Token, i, j int, hadOf bool) (int, bool) {
	c := strings.ToLower(toks[j].Text)
	k := j + 1
	if (c == "of" || c == "for" || c == "on" || c == "and") && k < len(toks) && strings.ToLower(toks[k].Text) == "the" {
		k++ // "Islamic State of Iraq and the Levant"
	}
	switch c {
	case "of", "for", "and", "on", "de", "du", "des", "del", "&":
	default:
		return 0, false
	}
	if k >= len(toks) || !isCapWord(toks[k].Text) || !isWordToken(toks[k].Text) {
		return 0, false
	}
	end := capsAfter(toks, k)
	if end == k || calendarWords[strings.ToLower(toks[k].Text)] && !(end-k >= 2 && orgHeads[strings.ToLower(toks[end-1].Text)]) {
		return 0, false // "United States on Saturday"; not "Great Orchestra of Christmas Charity"
	}
	if c == "on" && !orgHeads[strings.ToLower(toks[j-1].Text)] {
		return 0, false // only "Committee on Foreign Relations"
	}
	// The gazetteer knows the joined name: "Strait of Hormuz", "Bosnia and Herzegovina".
	for e := end; e > k; e-- {
		if g, ok := s.gaz.Best(joinTokens(toks, i, e)); ok && g.Kind != GazNone {
			return e, true
		}
		// "Islamic Republic of Iran" inside a longer run: try from later starts too.
		for st := i + 1; st < j; st++ {
			if g, ok := s.gaz.Best(joinTokens(toks, st, e)); ok && g.Kind != GazNone && g.Kind != GazMinorCity {
				return e, true
			}
		}
	}
	prev := strings.ToLower(toks[j-1].Text)
	last := strings.ToLower(toks[end-1].Text)
	// Inside an organization's name already joined by "of" or "for", the next one joins
	// too: "Tunisian League for the Defence of Human Rights".
	if hadOf && c != "and" && c != "&" {
		for k := i; k < j; k++ {
			if orgHeads[strings.ToLower(toks[k].Text)] || orgLeads[strings.ToLower(toks[k].Text)] {
				return end, true
			}
		}
	}
	// Before "of the Green Party" stands a person or a known place, not the first words
	// of an organization: "Phil Collins of the Prohibition Party".
	whole := func() bool { return !s.standsAlone(toks, i, j) }
	switch {
	case c == "and" || c == "&":
		// "Ministry of Trade and Industry", "Bill and Melinda Gates Foundation"; not
		// "Democratic and Republican Party", two names.
		if n, g, ok := s.longestGaz(toks, k, len(toks)); ok && g.Kind != GazNone && (k+n >= end || g.Kind != GazDemonym) {
			return 0, false // "... and Amnesty International Hong Kong", "... and the Strait of Hormuz"
		}
		if g, ok := s.gaz.Best(joinTokens(toks, i, j)); ok && g.Kind != GazNone {
			return 0, false // "the Gulf of Oman and ..."
		}
		// A second name after "and": "Center for Biological Diversity and Center for
		// Food Safety", "University of Miami and Chris Fallows of ...".
		if w := strings.ToLower(toks[k].Text); j-i >= 2 && (orgHeads[w] || orgLeads[w] || lexicon.IsFirstName(toks[k].Text) && k+1 < end || k == j+2 && !hadOf) {
			// (and "Planned Parenthood and the American Civil Liberties Union")
			return 0, false
		}
		return end, hadOf || orgHeads[last] && whole()
	case orgHeads[prev] || placeLeads[prev] || nonEntityHeads[prev] || nonEntityLeads[prev] || connectHeads[prev]:
		return end, true
	case orgHeads[last]:
		return end, whole()
	}
	return 0, false
}

// abbreviations keep their dot inside a name: "Apple Inc.", "John Conyers Jr.".
var abbreviations = wordSet(`inc. ltd. co. corp. jr. sr. st. bros. plc. llc. mt. ft.`)

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// onlySuffixes reports whether tokens are only name suffixes: "Jr.", "III".
func onlySuffixes(toks []Token) bool {
	for _, t := range toks {
		if t.Text != "." && !nameSuffixes[strings.ToLower(strings.TrimSuffix(t.Text, "."))] {
			return false
		}
	}
	return true
}

// standsAlone reports whether the words [i, j) before a connector are a name of their
// own: a person's name, a title and a name, or a known place.
func (s *Entities) standsAlone(toks []Token, i, j int) bool {
	if j-i >= 2 && personWords(s.gaz, toks[i:j], false) {
		return true
	}
	for k := i; k < j; k++ {
		if tm, ok := titleAt(toks, k, true); ok && tm.End < j {
			return true
		}
	}
	if g, ok := s.gaz.Best(joinTokens(toks, i, j)); ok && g.Kind != GazNone && g.Kind != GazDemonym {
		return true
	}
	return false
}

// connectHeads take an "of" phrase as part of their name: "Republic of Korea", "House of
// Representatives", "Minister of Foreign Affairs", "Bank of England".
var connectHeads = wordSet(`republic kingdom union federation house minister ministers secretary
director head chief commissioner department office university institute bank court council
league party museum academy school college church chamber society foundation agency bureau
centre center assembly parliament embassy army forces people's state states emirate
emirates commonwealth principality duchy isle islands island city province region district
county governor mayor lord`)

func joinTokens(toks []Token, a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[i].Text)
	}
	return sb.String()
}

// sentencePieces finds the candidate names of sentence si.
func (s *Entities) sentencePieces(d *Draft, si int, info *sentInfo, out []piece) []piece {
	toks := info.toks
	shout := shouting(toks)
	tcase := info.headline && titleCase(toks)
	for i := 0; i < len(toks); {
		if shout || tcase || shoutZone(toks, i) {
			// Only known names count in capitals: "BIG PROGRESS ON RUSSIA".
			if n, g, ok := s.longestGaz(toks, i, len(toks)); ok {
				out = s.addPiece(d, si, toks, i, i+n, out, func(p *piece) { p.setGaz(g) })
				i += n
				continue
			}
			if tcase && isCapWord(toks[i].Text) && !stopCaps[strings.ToLower(toks[i].Text)] {
				// A word of a title-case headline: kept as unknown, resolved only
				// against names of the body.
				out = s.addPiece(d, si, toks, i, i+1, out, nil)
			}
			i++
			continue
		}
		// "U.S.-designated", "Russian-speaking": the country is named, the word is not
		// a name.
		if t := toks[i].Text; strings.Contains(t, "-") {
			if k := strings.LastIndexByte(t, '-'); k > 0 && k+1 < len(t) && startsLower(t[k+1:]) && !prefixedName(t) {
				g, ok := s.gaz.Best(t[:k])
				if ok && (g.Kind == GazCountry || g.Kind == GazDemonym) {
					out = append(out, piece{sent: si, a: i, b: i + 1, start: toks[i].Start, end: toks[i].Start + k, text: t[:k], entity: -1})
					out[len(out)-1].setGaz(g)
					i++
					continue
				}
				if lexicon.IsCommonWord(t[k+1:]) { // "Kremlin-backed"; not "Man-kei"
					i++
					continue
				}
			}
		}
		if n, name := s.lowerMinistry(toks, i); n > 0 {
			out = s.addPiece(d, si, toks, i, i+n, out, func(p *piece) {
				p.kind, p.typ, p.strong, p.name = pkOrg, schema.Organization, true, name
			})
			i += n
			continue
		}
		if !s.canStart(toks, i, info.headline) {
			i++
			continue
		}
		j := i + 1
		hadOf := false
		for j < len(toks) && !(loneStart(toks, i) && !info.headline) {
			if continues(toks, j) {
				j++
				continue
			}
			// A comma inside a known name: "United Nations Educational, Scientific and
			// Cultural Organization".
			if toks[j].Text == "," && j+1 < len(toks) && isCapWord(toks[j+1].Text) {
				if n, g, ok := s.longestGaz(toks, i, len(toks)); ok && i+n > j+1 && g.Kind != GazNone {
					j = i + n
					continue
				}
			}
			if end, ok := s.connects(toks, i, j, hadOf); ok {
				hadOf = hadOf || strings.EqualFold(toks[j].Text, "of") || strings.EqualFold(toks[j].Text, "for") || toks[j].Text == "on" // "Committee on Oversight and Reform"
				j = end
				continue
			}
			break
		}
		// A name the article writes elsewhere with its head capitalised: "Thai Raksa Chart
		// party" is the "Thai Raksa Chart Party".
		if j < len(toks) && j-i >= 2 && orgHeads[toks[j].Text] && strings.Contains(d.Text, joinTokens(toks, i, j)+" "+upperFirst(toks[j].Text)) {
			j++
		}
		// "Friday Ford Motor Company": a day or month before a name is not part of it.
		a := i
		for a+1 < j && calendarWords[strings.ToLower(toks[a].Text)] && !strings.HasPrefix(toks[a].Tag, "NNP") || a+1 < j && dayNames[strings.ToLower(toks[a].Text)] {
			a++
		}
		out = s.splitRun(d, si, info, a, j, out)
		i = j
	}
	return out
}

// lowerMinistry reads a ministry named in lower case with its country after it: "the
// ministry of internal affairs of Belarus" is the "Ministry of Internal Affairs of
// Belarus". It returns the number of tokens of the ministry's own words ("ministry of
// internal affairs"; the country stays a name of its own) and the name, or 0.
func (s *Entities) lowerMinistry(toks []Token, i int) (int, string) {
	if toks[i].Text != "ministry" || i+3 >= len(toks) || toks[i+1].Text != "of" {
		return 0, ""
	}
	end, c := 0, ""
	for j := i + 2; j < len(toks) && j < i+6; j++ {
		if j > i+2 {
			c += " "
		}
		c += toks[j].Text
		if titleComplements[c] {
			end = j + 1
		}
	}
	if end == 0 || end+1 >= len(toks) || toks[end].Text != "of" {
		return 0, ""
	}
	n, g, ok := s.longestGaz(toks, end+1, len(toks))
	if !ok || g.Kind != GazCountry {
		return 0, ""
	}
	words := []string{"Ministry", "of"}
	for _, w := range strings.Fields(joinTokens(toks, i+2, end)) {
		if w != "and" && w != "the" {
			w = upperFirst(w)
		}
		words = append(words, w)
	}
	return end - i, strings.Join(words, " ") + " of " + joinTokens(toks, end+1, end+1+n)
}

// longestGaz returns the longest gazetteer name starting at token i and ending by end.
func (s *Entities) longestGaz(toks []Token, i, end int) (int, GazEntry, bool) {
	max := s.gaz.MaxWordsFrom(toks[i].Text)
	if max == 0 {
		return 0, GazEntry{}, false
	}
	// Tokens may fold to fewer words ("." of an initial) or more ("Export–Import").
	for j := min(end, i+max+2); j > i; j-- {
		if !isWordToken(toks[j-1].Text) {
			continue
		}
		if g, ok := s.gaz.Best(joinTokens(toks, i, j)); ok {
			return j - i, g, true
		}
	}
	return 0, GazEntry{}, false
}

// ambiguousHeads are title heads that also begin names of things ("General Motors",
// "Chief Rabbi"): a run is split there only when a name follows inside the run.
var ambiguousHeads = wordSet(`general chief head official leader deputy speaker cardinal judge
editor founder diplomat negotiator correspondent professor coach captain king queen prince
princess emperor bishop commander colonel admiral justice representative inspector chair member`)

// splitRun cuts a run of capitalised tokens [i, j) into names at the titles inside it and
// adds the pieces.
func (s *Entities) splitRun(d *Draft, si int, info *sentInfo, i, j int, out []piece) []piece {
	toks := info.toks
	whole := joinTokens(toks, i, j)
	// Media named with their article: "The Atlantic claimed", "a report from The Hill".
	if i > 0 && toks[i-1].Text == "The" {
		if g, ok := s.gaz.Best("The " + whole); ok && g.Kind == GazOrg {
			return s.addPiece(d, si, toks, i-1, j, out, func(p *piece) { p.setGaz(g) })
		}
	}
	if g, ok := s.gaz.Best(whole); ok {
		return s.addPiece(d, si, toks, i, j, out, func(p *piece) { p.setGaz(g) })
	}
	lastLow := strings.ToLower(toks[j-1].Text)
	// A body or a building named after someone keeps the title: "Sultan Qaboos Grand
	// Mosque".
	orgRun := orgHeads[lastLow] && j-i > 1 || placeHeads[lastLow] && !placeLeads[lastLow] && j-i > 2 && i > 0 && strings.EqualFold(toks[i-1].Text, "the")
	if tm, ok := titleAt(toks, i, true); ok && !tm.Honorific && tm.End+1 < j && (strings.EqualFold(toks[tm.End].Text, "of") || strings.EqualFold(toks[tm.End].Text, "for")) {
		orgRun = false // "President of the Senate": a title and the body it belongs to
	}
	// An office named after its holder is one body: "Office of the UN High Commissioner
	// for Human Rights", "Office of the Director of National Intelligence".
	if j-i > 3 && strings.EqualFold(toks[i].Text, "Office") && strings.EqualFold(toks[i+1].Text, "of") && !personWords(s.gaz, toks[max(i, j-2):j], false) {
		orgRun = true // (not "the Office of the Prime Minister Narendra Modi")
	}
	seg := i
	afterTitle := false
	for k := i; k < j; {
		if orgRun {
			break
		}
		// A known name of several words holding a title word stays whole: "White House
		// Press Secretary", "UN General Assembly President".
		if n, g, ok := s.longestGaz(toks, k, j); ok && n >= 2 && g.Kind != GazNone && g.Kind != GazDemonym {
			k += n
			continue
		}
		tm, ok := titleAt(toks, k, true)
		if ok && s.titleInName(toks, i, j, tm) {
			ok = false
		}
		if ok && tm.End <= j {
			head := strings.ToLower(toks[tm.HeadStart].Text)
			if tm.End-tm.HeadStart > 1 {
				head = tm.Head // "Deputy Chief Minister" ends in no ambiguous word
			}
			if (ambiguousHeads[head] || tm.Honorific) && (tm.End == j || onlySuffixes(toks[tm.End:j])) {
				ok = false // "Martin Luther King Jr."
			}
			// "Democratic Party leader": a title whose head ends an org name is not split.
		}
		if !ok || tm.End > j {
			k++
			continue
		}
		// Modifiers before the head that are names ("US", "Russian") are not part of
		// the title: the title starts at the first modifier word only if it is one.
		ts := tm.Start
		for ts < tm.HeadStart {
			if g, isGaz := s.gaz.Best(toks[ts].Text); isGaz && (!titleModifiers[strings.ToLower(toks[ts].Text)] ||
				g.Kind == GazCountry || g.Kind == GazDemonym || g.Kind == GazOrg) {
				ts++ // "US President", "Senate Majority Leader": the owner, not the title
				continue
			}
			// A name of several words: "South Korean President", "New Zealand Prime
			// Minister".
			if n, g, ok := s.longestGaz(toks, ts, tm.HeadStart); ok && n >= 2 && (g.Kind == GazCountry || g.Kind == GazDemonym || g.Kind == GazOrg) {
				ts += n
				continue
			}
			break
		}
		if ts > seg {
			out = s.addSegment(d, si, toks, seg, ts, afterTitle, out)
		}
		info.titles = append(info.titles, titleMatch{Start: ts, HeadStart: tm.HeadStart, End: tm.End, Head: tm.Head, Former: tm.Former, Honorific: tm.Honorific})
		k = tm.End
		seg = k
		afterTitle = true
		// "Mayor of Koszalin Piotr Jedliński": the known place after "of" is a name of
		// its own, and the rest the holder's name.
		if k+1 < j && (strings.EqualFold(toks[k].Text, "of") || strings.EqualFold(toks[k].Text, "for")) {
			g0 := k + 1
			if g0 < j && strings.EqualFold(toks[g0].Text, "the") {
				g0++
			}
			if n, g, ok := s.longestGaz(toks, g0, j); ok && g.Kind != GazNone && g.Kind != GazDemonym {
				out = s.addPiece(d, si, toks, g0, g0+n, out, func(p *piece) { p.setGaz(g) })
				k = g0 + n
				seg = k
			} else if g0 < j && (orgHeads[strings.ToLower(toks[j-1].Text)] || placeHeads[strings.ToLower(toks[j-1].Text)]) && !s.holdsFirstName(toks, g0, j) {
				// "President of the European Parliament", "chairman of the House
				// Intelligence Committee": the body is a name of its own.
				out = s.addSegment(d, si, toks, g0, j, false, out)
				k, seg = j, j
			}
		}
	}
	if seg == i && !orgRun {
		// A body's name before a person's, with a word between that the title lexicon
		// does not know: "House Intelligence Committee Represenative Adam Schiff".
		if h, f, ok := s.bodyThenPerson(toks, i, j); ok {
			out = s.addSegment(d, si, toks, i, h, false, out)
			return s.addPiece(d, si, toks, f, j, out, func(p *piece) { p.afterTitle = true })
		}
	}
	if seg < j {
		out = s.addSegment(d, si, toks, seg, j, afterTitle && seg > i, out)
	}
	return out
}

// bodyThenPerson finds, in the run [i, j), the name of a body ending in an
// organization's head word at h-1 followed by at most one other word and a person's full
// name from f to the end, a known first name first.
func (s *Entities) bodyThenPerson(toks []Token, i, j int) (h, f int, ok bool) {
	for h = i + 2; h+2 <= j; h++ {
		if !orgHeads[strings.ToLower(toks[h-1].Text)] {
			continue
		}
		for f = h; f <= h+1 && f+2 <= j; f++ {
			if j-f <= 3 && lexicon.IsFirstName(toks[f].Text) && personWords(s.gaz, toks[f:j], false) {
				return h, f, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// holdsFirstName reports whether tokens [a, b) hold a first name (not a known name).
func (s *Entities) holdsFirstName(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if lexicon.IsFirstName(toks[k].Text) {
			if _, known := s.gaz.Best(toks[k].Text); !known {
				return true
			}
		}
	}
	return false
}

// stateBodies end the names of bodies a state has of its own: its party branches,
// legislature, courts.
var stateBodies = wordSet(`party assembly senate legislature court house congress council commission
department police guard university`)

// nameTitles are title words that are as often first names: "Earl Dodge", "Major Garrett".
var nameTitles = wordSet(`earl duke baron major marshal dean`)

// titleInName reports whether a title word inside the run [i, j) is a word of a person's
// name: after a first name ("Winston Duke", "Sacha Baron Cohen", "John Major"), or a
// title that is also a first name before one other word ("Earl Dodge").
func (s *Entities) titleInName(toks []Token, i, j int, tm titleMatch) bool {
	if tm.Honorific || tm.Start != tm.HeadStart || tm.End-tm.HeadStart != 1 {
		return false
	}
	if k := tm.Start - 1; k >= i && lexicon.IsFirstName(toks[k].Text) && !isAllCaps(toks[k].Text) {
		for st := i; st <= k; st++ {
			if _, known := s.gaz.Best(joinTokens(toks, st, tm.Start)); known {
				return false // "South Carolina Governor"
			}
		}
		_, title := titleAt(toks, k, true)
		return !title
	}
	if tm.Start == i && j-tm.End == 1 && nameTitles[lowerTok(toks, tm.Start)] && !lexicon.IsFirstName(toks[tm.End].Text) {
		_, known := s.gaz.Best(toks[tm.End].Text)
		return !known
	}
	return false
}

// addSegment adds the part [a, b) of a run that holds no title.
func (s *Entities) addSegment(d *Draft, si int, toks []Token, a, b int, afterTitle bool, out []piece) []piece {
	// Connectors left at the edges ("of Germany" after "Chancellor") are not names.
	for a < b && !isCapWord(toks[a].Text) && !prefixedName(toks[a].Text) {
		a++
	}
	for b > a && !isCapWord(toks[b-1].Text) && !prefixedName(toks[b-1].Text) && !(orgHeads[toks[b-1].Text] && b-a > 2) {
		b-- // (but "Thai Raksa Chart party" keeps its head)
	}
	if a >= b {
		return out
	}
	text := joinTokens(toks, a, b)
	if g, ok := s.gaz.Best(text); ok {
		return s.addPiece(d, si, toks, a, b, out, func(p *piece) { p.setGaz(g); p.afterTitle = afterTitle })
	}
	// A gazetteer name followed by a person's name after a title: "NATO Secretary General
	// Jens Stoltenberg" was split already; "Trump Tower" stays whole.
	if b-a == 1 {
		if parts := s.dashParts(toks[a]); parts != nil {
			for _, p := range parts {
				out = append(out, piece{sent: si, a: a, b: b, start: p.start, end: p.end, text: p.text, entity: -1})
				out[len(out)-1].setGaz(p.gaz)
			}
			return out
		}
	}
	// A country before a known organization names the organization: "United States
	// Democratic Party", "Russian State Duma".
	if n, g, ok := s.longestGaz(toks, a, b); ok && a+n < b && (g.Kind == GazCountry || g.Kind == GazDemonym) {
		if org, ok := s.gaz.Best(joinTokens(toks, a+n, b)); ok && org.Kind == GazOrg {
			return s.addPiece(d, si, toks, a, b, out, func(p *piece) { p.setGaz(org) })
		}
	}
	// A state or province before the name of a kind of body is that state's own:
	// "Maryland Democratic Party", "Maryland General Assembly", "Iowa Democratic Party".
	if n, g, ok := s.longestGaz(toks, a, b); ok && a+n < b && g.Kind == GazPlace && g.ISO != "" {
		if org, ok := s.gaz.Best(joinTokens(toks, a+n, b)); ok && org.Kind == GazOrg && stateBodies[strings.ToLower(toks[b-1].Text)] {
			return s.addPiece(d, si, toks, a, b, out, func(p *piece) { p.kind, p.typ, p.strong = pkOrg, schema.Organization, true })
		}
	}
	// Two known names side by side: "Amnesty International Hong Kong".
	if n, g, ok := s.longestGaz(toks, a, b); ok && a+n < b && g.Kind != GazNone && g.Kind != GazDemonym && g.Kind != GazMinorCity {
		if g2, ok := s.gaz.Best(joinTokens(toks, a+n, b)); ok && g2.Kind != GazNone && g2.Kind != GazDemonym && g2.Kind != GazMinorCity {
			out = s.addPiece(d, si, toks, a, a+n, out, func(p *piece) { p.setGaz(g) })
			return s.addPiece(d, si, toks, a+n, b, out, func(p *piece) { p.setGaz(g2) })
		}
	}
	// A known name before a person's: "President of Russia Vladimir Putin".
	if n, g, ok := s.longestGaz(toks, a, b); ok && a+n < b && g.Kind != GazNone && g.Kind != GazMinorCity &&
		personWords(s.gaz, toks[a+n:b], false) {
		out = s.addPiece(d, si, toks, a, a+n, out, func(p *piece) { p.setGaz(g) })
		a += n
	}
	// A common word opening the sentence before a full name is no part of it: "Countryman
	// Lawrence Cherono won the men's division".
	if a == 0 && b-a >= 3 && b-a <= 4 && !afterTitle && !lexicon.IsFirstName(toks[a].Text) && !nonEntityLeads[strings.ToLower(toks[a].Text)] &&
		lexicon.IsCommonWord(strings.ToLower(toks[a].Text)) && lexicon.IsFirstName(toks[a+1].Text) && personWords(s.gaz, toks[a+1:b], false) {
		a++
	}
	return s.addPiece(d, si, toks, a, b, out, func(p *piece) { p.afterTitle = afterTitle })
}

type dashPart struct {
	start, end int
	text       string
	gaz        GazEntry
}

// dashParts splits a token joined by dashes into country names or demonyms:
// "Libya–Turkey", "Israeli-Cypriot-Greek". It returns nil unless every part is one.
func (s *Entities) dashParts(t Token) []dashPart {
	if !strings.ContainsAny(t.Text, "-\u2013\u2014") {
		return nil
	}
	var parts []dashPart
	off := 0
	for _, f := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '-' || r == '\u2013' || r == '\u2014' }) {
		i := strings.Index(t.Text[off:], f) + off
		off = i + len(f)
		g, ok := s.gaz.Best(f)
		if !ok || (g.Kind != GazCountry && g.Kind != GazDemonym) {
			return nil
		}
		parts = append(parts, dashPart{start: t.Start + i, end: t.Start + i + len(f), text: f, gaz: g})
	}
	if len(parts) < 2 {
		return nil
	}
	return parts
}

func (s *Entities) addPiece(d *Draft, si int, toks []Token, a, b int, out []piece, set func(p *piece)) []piece {
	p := piece{sent: si, a: a, b: b, start: toks[a].Start, end: toks[b-1].End, entity: -1}
	// A sentence's full stop glued to the last word ("Jane Roe.") is not part of the
	// name; an initial's is ("U.S.", "R.").
	if last := toks[b-1].Text; strings.HasSuffix(last, ".") && len(last) > 2 && !strings.Contains(last[:len(last)-1], ".") && !abbreviations[strings.ToLower(last)] {
		p.end--
	}
	if last := toks[b-1].Text; len(last) > 1 && (last[len(last)-1] == '[' || last[len(last)-1] == ']') {
		p.end--
	}
	p.text = d.Text[p.start:p.end]
	if set != nil {
		set(&p)
	}
	return append(out, p)
}

func (p *piece) setGaz(g GazEntry) {
	p.gaz = g
	p.strong = true
	switch g.Kind {
	case GazDemonym:
		p.kind = pkDemonym
	case GazNone:
		p.kind = pkNone
	default:
		p.kind = pkGaz
		p.typ = g.Type()
	}
}
