package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/extract/internal/lexicon"
	"newsgraph/schema"
)

// resolver types the candidate names of a whole article and merges them into entities.
type resolver struct {
	s      *Entities
	d      *Draft
	infos  []sentInfo
	pieces []piece
	// persons are the clusters of person names, in order of first mention.
	persons []*personCluster
	// acronyms maps an acronym defined in the article to the piece that defined it.
	acronyms map[string]int
	// surnames are the last words of the article's names that read as people's names:
	// a lone "Cummings" is not a place where "Elijah Cummings" is named.
	surnames map[string]bool
	// sameAs maps a piece to the piece whose name its entity takes (another spelling).
	sameAs map[int]int
	// bodies holds the folded names of the organizations the article names (fullForms).
	bodies map[string]bool
}

// personCluster is one person named in the article, with every spelling of the name.
type personCluster struct {
	full    []string // full names (two words or more), as written
	singles []string // one-word names, as written
	pieces  []int
	// surnames holds the folded one-word forms that name the person alone: the last
	// word, "Le Drian", "Sisi".
	surnames map[string]bool
	first    string
	entity   int
}

func (r *resolver) toks(p *piece) []Token { return r.infos[p.sent].toks[p.a:p.b] }

func (r *resolver) resolve() {
	r.surnames = map[string]bool{}
	r.sameAs = map[int]int{}
	for i := range r.pieces {
		if words := r.toks(&r.pieces[i]); len(words) >= 2 && r.personWords(words, false) {
			r.surnames[NameKey(words[len(words)-1].Text)] = true
		}
	}
	for i := range r.pieces {
		r.typeLocal(i)
	}
	r.findAcronyms()
	r.surnameOrgs()
	r.clusterPersons()
	for i := range r.pieces {
		r.typeInContext(i)
	}
	r.linkRepeats()
	r.coordinatedPlaces()
	r.georgia()
	r.theHouse()
	r.congress()
	r.corporateForms()
	r.fullForms()
	r.orgSpellings()
	r.sentenceStartCuts()
	r.build()
}

// corporateSuffixes end the registered names of companies: "ABS-CBN Corporation" is the
// "ABS-CBN" of the same article.
var corporateSuffixes = map[string]bool{
	"corporation": true, "corp": true, "inc": true, "incorporated": true, "ltd": true,
	"limited": true, "group": true, "holdings": true, "network": true, "company": true,
	"co": true, "llc": true, "plc": true, "lp": true, "gmbh": true,
}

// corporateForms joins a company's name with and without its corporate suffix ("ABS-CBN
// Corporation", "ABS-CBN"; "Facebook Inc.", "Facebook"): the name without it, when the
// gazetteer knows it, else the name with it. A bare name that is a person's or a
// country's stays apart ("Bloomberg", "Bloomberg L.P.").
func (r *resolver) corporateForms() {
	full := map[string]int{} // folded name without its suffix -> piece of the full name
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.typ != schema.Organization || p.kind != pkOrg && p.kind != pkGaz {
			continue
		}
		words := strings.Fields(p.displayName())
		if len(words) < 2 || !corporateSuffixes[NameKey(words[len(words)-1])] {
			continue
		}
		k := NameKey(strings.TrimSuffix(strings.Join(words[:len(words)-1], " "), ","))
		if _, ok := full[k]; !ok && k != "" {
			full[k] = i
		}
	}
	if len(full) == 0 {
		return
	}
	for i := range r.pieces {
		p := &r.pieces[i]
		j, ok := full[NameKey(p.displayName())]
		if !ok || j == i {
			continue
		}
		q := &r.pieces[j]
		switch {
		case p.kind == pkGaz && p.gaz.Kind == GazOrg:
			if q.kind == pkOrg {
				q.name = p.gaz.Name
			}
		case p.kind == pkOrg || p.kind == pkUnknown:
			p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
			if q.kind == pkGaz {
				p.name = q.gaz.Name
			} else {
				r.sameAs[i] = j
			}
		}
	}
}

// linkRepeats types the unknown names that repeat a name typed elsewhere in the article
// ("Caloundra defeated ..." after "Caloundra coach Geoff Ingram").
func (r *resolver) linkRepeats() {
	typed := map[string]int{}
	for i := range r.pieces {
		p := &r.pieces[i]
		if (p.kind == pkOrg || p.kind == pkPlace) && p.strong {
			if _, ok := typed[NameKey(p.displayName())]; !ok {
				typed[NameKey(p.displayName())] = i
			}
		}
	}
	for i := range r.pieces {
		p := &r.pieces[i]
		// (a weak guess at a person too: "Hagia Sophia bears" after "Hagia Sophia,
		// formerly a church")
		if p.kind != pkUnknown && !(p.kind == pkPerson && !p.strong && !p.afterTitle) {
			continue
		}
		if j, ok := typed[NameKey(p.displayName())]; ok {
			q := r.pieces[j]
			p.kind, p.typ, p.strong = q.kind, q.typ, true
		}
	}
	// The other spellings clustered with a name so retyped follow it: "Haghia Sophia".
	for _, c := range r.persons {
		from := -1
		for _, i := range c.pieces {
			if r.pieces[i].kind != pkPerson {
				from = i
				break
			}
		}
		if from < 0 {
			continue
		}
		for _, i := range c.pieces {
			if p := &r.pieces[i]; p.kind == pkPerson && !p.strong && !p.afterTitle {
				p.kind, p.typ, p.strong = r.pieces[from].kind, r.pieces[from].typ, true
				r.sameAs[i] = from
			}
		}
	}
}

// coordinatedPlaces types the unknown names listed with places as places: "in Beni,
// Butembo and Mangina" once Beni is known to be one.
func (r *resolver) coordinatedPlaces() {
	for si, info := range r.infos {
		var list []int // pieces of the sentence, in order
		for i := range r.pieces {
			if r.pieces[i].sent == si {
				list = append(list, i)
			}
		}
		for changed := true; changed; {
			changed = false
			for k := 0; k+1 < len(list); k++ {
				a, b := &r.pieces[list[k]], &r.pieces[list[k+1]]
				if !listed(info.toks, a.b, b.a) {
					continue
				}
				place := func(p *piece) bool {
					return p.typ == schema.Place && p.kind != pkUnknown
				}
				switch {
				case place(a) && b.kind == pkUnknown && r.placeLike(b):
					b.kind, b.typ, b.strong = pkPlace, schema.Place, true
					changed = true
				case place(b) && a.kind == pkUnknown && r.placeLike(a):
					a.kind, a.typ, a.strong = pkPlace, schema.Place, true
					changed = true
				}
			}
		}
	}
}

// listed reports whether tokens [a, b) join two items of a list: ",", "and", "or", ", and".
func listed(toks []Token, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		switch strings.ToLower(toks[k].Text) {
		case ",", "and", "or":
		default:
			return false
		}
	}
	return true
}

// placeLike reports whether an unknown name could be a place: no first name, no common
// word, no digits.
func (r *resolver) placeLike(p *piece) bool {
	words := r.toks(p)
	if len(words) > 3 || lexicon.IsFirstName(words[0].Text) && len(words) > 1 {
		return false
	}
	for _, w := range words {
		t := w.Text
		if hasDigit(t) || isAllCaps(t) || !isCapWord(t) || descriptorWords[strings.ToLower(t)] || camelCase(t) ||
			len(t) > 2 && lexicon.IsCommonWord(strings.ToLower(t)) || notPlaces[strings.ToLower(t)] {
			return false
		}
	}
	return true
}

// georgia reads "Georgia" as the US state in an article about American places (other
// states or cities, and nothing Georgian): "Senator David Perdue of Georgia".
func (r *resolver) georgia() {
	us, ge := 0, 0
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind != pkGaz && p.kind != pkDemonym {
			continue
		}
		switch {
		case p.gaz.ISO == "GE" && (p.kind == pkDemonym || p.gaz.Kind == GazCapital || p.gaz.Kind == GazPlace || p.gaz.Kind == GazCity):
			ge++
		case p.gaz.ISO == "US" && p.gaz.Kind >= GazPlace && p.gaz.Kind <= GazMinorCity:
			us++
		}
	}
	if us == 0 || ge > 0 {
		return
	}
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind == pkGaz && p.gaz.Kind == GazCountry && p.gaz.ISO == "GE" && strings.EqualFold(p.text, "Georgia") {
			p.gaz = GazEntry{Kind: GazPlace, Name: "Georgia", ISO: "US"}
			p.typ = schema.Place
		}
	}
}

// surnameOrgs untypes the lone words that the gazetteer knows as an organization but that
// are the surname of a person the article names in full, so that they join that person:
// "Bloomberg" after "Michael Bloomberg" (not "according to Bloomberg", "Bloomberg
// reported").
func (r *resolver) surnameOrgs() {
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind != pkGaz || p.gaz.Kind != GazOrg || p.b-p.a != 1 || !r.surnames[NameKey(p.text)] {
			continue
		}
		toks := r.infos[p.sent].toks
		if reportsAfter(toks, p.b) || p.a >= 2 && strings.EqualFold(toks[p.a-1].Text, "to") && strings.EqualFold(toks[p.a-2].Text, "according") {
			continue
		}
		p.kind, p.typ, p.strong = pkUnknown, "", false
	}
}

// usTerritories are the ISO codes of the territories of the United States that have
// legislatures of their own.
var usTerritories = map[string]bool{"PR": true, "GU": true, "VI": true, "AS": true, "MP": true}

// theHouse reads "the House" and "the House of Representatives" as the United States
// House of Representatives in an article about the United States (the country named most
// often, with its states and cities): "Nancy Pelosi, the Speaker of the House".
func (r *resolver) theHouse() {
	var house []int
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind == pkGaz || p.typ == schema.Person {
			continue
		}
		toks := r.infos[p.sent].toks
		switch words := r.nameWords(i); {
		case len(words) == 1 && words[0].Text == "House" && p.a > 0 && strings.EqualFold(toks[p.a-1].Text, "the") &&
			(p.b >= len(toks) || !isCapWord(toks[p.b].Text)):
		case len(words) == 3 && joinTokens(words, 0, 3) == "House of Representatives":
		default:
			continue
		}
		house = append(house, i)
	}
	if len(house) == 0 || !r.aboutUS(false) {
		return // (a territory has a House of its own: Puerto Rico's)
	}
	g, ok := r.s.gaz.Best("United States House of Representatives")
	if !ok {
		return
	}
	for _, i := range house {
		r.pieces[i].setGaz(g)
	}
}

// aboutUS reports whether the article is about the United States: it names no other
// country as often as the United States. A US territory counts as the United States
// when withTerritories is set, else as another country (it has a House of its own, not a
// Congress).
func (r *resolver) aboutUS(withTerritories bool) bool {
	count := map[string]int{}
	usBody := false
	for i := range r.pieces {
		if p := &r.pieces[i]; (p.kind == pkGaz || p.kind == pkDemonym) && p.gaz.ISO != "" {
			iso := p.gaz.ISO
			if withTerritories && usTerritories[iso] {
				iso = "US"
			}
			count[iso]++
		} else if p.kind == pkGaz && p.gaz.Kind == GazOrg && strings.HasPrefix(p.gaz.Name, "United States ") {
			usBody = true // "US Senate", "Congress"
		}
	}
	if usBody {
		count["US"]++
	}
	for iso, n := range count {
		if iso != "US" && n >= count["US"] || usTerritories[iso] {
			return false
		}
	}
	return count["US"] > 0
}

// congress settles a bare "Congress", which the gazetteer reads as the United States
// Congress: in an article about another country it is the congress the article names
// ("the Congress of the Philippines", "the Indian National Congress (INC)"), else a
// congress of its own, not the American one.
func (r *resolver) congress() {
	var bare []int
	other := -1
	for i := range r.pieces {
		p := &r.pieces[i]
		switch {
		case p.kind == pkGaz && p.gaz.Name == "United States Congress" && NameKey(p.text) == "congress":
			bare = append(bare, i)
		case p.typ == schema.Organization && (p.kind == pkGaz || p.kind == pkOrg) && !strings.Contains(p.gaz.Name, "United States") &&
			(strings.HasSuffix(p.displayName(), " Congress") || strings.Contains(p.displayName(), "Congress of ")):
			if other >= 0 && NameKey(r.pieces[other].displayName()) != NameKey(p.displayName()) && (p.kind != pkGaz || r.pieces[other].gaz.Name != p.gaz.Name) {
				other = -2 // two: which is meant is unclear
			} else if other == -1 {
				other = i
			}
		}
	}
	if len(bare) == 0 || r.aboutUS(true) {
		return
	}
	for _, i := range bare {
		p := &r.pieces[i]
		switch {
		case other >= 0 && r.pieces[other].kind == pkGaz:
			p.setGaz(r.pieces[other].gaz)
		case other >= 0:
			p.kind, p.typ, p.strong, p.gaz = pkOrg, schema.Organization, true, GazEntry{}
			r.sameAs[i] = other
		default:
			p.kind, p.typ, p.strong, p.gaz = pkOrg, schema.Organization, true, GazEntry{}
			p.name = "Congress"
		}
	}
}

// typeLocal types an unknown piece from its own words and its neighbours.
func (r *resolver) typeLocal(i int) {
	p := &r.pieces[i]
	if p.kind != pkUnknown {
		return
	}
	all := r.infos[p.sent].toks
	words := r.toks(p)
	n := len(words)
	first := strings.ToLower(words[0].Text)
	last := strings.TrimSuffix(strings.ToLower(words[n-1].Text), ".") // "War." ending a sentence
	ofHead := ""
	for k := 1; k < n; k++ {
		if w := strings.ToLower(words[k].Text); w == "of" || w == "for" {
			ofHead = strings.ToLower(words[k-1].Text)
			break
		}
	}
	switch {
	case n == 1 && calendarWords[first]:
		p.kind = pkNone
		return
	case n > 1 && (nonEntityHeads[last] || nonEntityLeads[first] || nonEntityHeads[ofHead] && !orgHeads[ofHead] ||
		titleHeads[ofHead] != "" || ofHead == "member" || ofHead == "members" || titleHeads[last] != "" && !orgHeads[last] && !orgHeads[ofHead] && !r.surnameTitle(words)):
		// Titles ("Member of Parliament", "Divisional Railway Manager") name no one.
		p.kind = pkNone
		return
	case n > 1 && (orgHeads[last] || orgHeads[ofHead] || orgLeads[first] && !lexicon.IsFirstName(words[0].Text)):
		p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		return
	case n > 1 && (placeHeads[last] || placeLeads[first] || placeHeads[ofHead]):
		p.kind, p.typ, p.strong = pkPlace, schema.Place, true
		return
	case n == 1 && isDomain(words[0].Text):
		p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		return
	}
	if p.afterTitle || r.titleBefore(p) {
		if r.personWords(words, true) {
			p.kind, p.typ, p.strong, p.afterTitle = pkPerson, schema.Person, true, true
			return
		}
	}
	// Apposition: "the environmental group Greenpeace", "the city of São Paulo".
	if p.a > 0 {
		prev := strings.ToLower(all[p.a-1].Text)
		if orgNouns[prev] && !r.personWords(words, false) || orgNouns[prev] && n == 1 {
			p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
			return
		}
		if prev == "of" && p.a > 1 && placeNouns[strings.ToLower(all[p.a-2].Text)] && !notPlaces[first] && (!r.personWords(words, false) || !lexicon.IsFirstName(words[0].Text) && n <= 3) {
			// ("the island of Rapa Nui")
			p.kind, p.typ, p.strong = pkPlace, schema.Place, true
			return
		}
		// "from Jakarta to Pangkal Pinang".
		if prev == "to" && p.a > 2 && n <= 3 && !lexicon.IsFirstName(words[0].Text) && (p.b >= len(all) || !isCapWord(all[p.b].Text)) {
			for j := range r.pieces {
				q := &r.pieces[j]
				if q.sent == p.sent && q.b == p.a-1 && q.typ == schema.Place && q.a > 0 && strings.EqualFold(all[q.a-1].Text, "from") {
					p.kind, p.typ, p.strong = pkPlace, schema.Place, true
					return
				}
			}
		}
	}
	if p.b+1 < len(all) && strings.EqualFold(all[p.b].Text, "think") && strings.EqualFold(all[p.b+1].Text, "tank") {
		p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		return
	}
	// "Vyasna, an independent Belarusian human rights center,"; "owned by Truth
	// Aquatics"; "TVN24 reported" (not the surname of a person named in full: "owned by
	// Trump").
	if n == 1 && r.surnames[NameKey(words[0].Text)] {
		return
	}
	head := r.appositionHead(p)
	if !r.personWords(words, false) && (orgNouns[head] || appositionOrgHeads[head] || ownedBy(all, p.a) || n == 1 && hasDigit(words[0].Text) && reportsAfter(all, p.b)) {
		p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		return
	}
	// "Hagia Sophia, formerly a Greek Orthodox church and now a museum".
	if buildingNouns[head] {
		p.kind, p.typ, p.strong = pkPlace, schema.Place, true
		return
	}
	if n == 1 && r.surnames[NameKey(words[0].Text)] {
		return // a person's surname
	}
	if r.placeApposition(p) {
		p.kind, p.typ, p.strong = pkPlace, schema.Place, true
		return
	}
	if r.placeAfterPreposition(p, words) {
		p.kind, p.typ = pkPlace, schema.Place
		return
	}
	if n >= 2 && r.personWords(words, false) {
		// People are not named with an article: "the Hagia Sophia", "the Grateful Dead".
		if p.a > 0 && strings.EqualFold(all[p.a-1].Text, "the") {
			return
		}
		p.kind, p.typ = pkPerson, schema.Person
		return
	}
	// A body's name with more words after its head, after "the": "the Combined Joint
	// Task Force Operation Inherent Resolve".
	if n >= 4 && p.a > 0 && strings.EqualFold(all[p.a-1].Text, "the") {
		for k := 1; k < n-1; k++ {
			if w := strings.ToLower(words[k].Text); orgHeads[w] && !descriptorWords[strings.ToLower(words[n-1].Text)] && !r.personWords(words[k+1:], false) {
				p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
				return
			}
		}
	}
}

// appositionHead returns the noun that ends the description of a name right after it, in
// lower case, or "": "Vyasna, an independent Belarusian human rights center, said" ->
// "center"; "Hagia Sophia, formerly a Greek Orthodox church" -> "church".
func (r *resolver) appositionHead(p *piece) string {
	toks := r.infos[p.sent].toks
	k := p.b
	if k+2 >= len(toks) || toks[k].Text != "," {
		return ""
	}
	k++
	if w := strings.ToLower(toks[k].Text); w == "formerly" || w == "once" || w == "now" {
		k++
	}
	switch strings.ToLower(toks[k].Text) {
	case "a", "an", "the":
	default:
		return ""
	}
	// Lower-case words and demonyms up to the noun that ends the description.
	last := ""
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		t := toks[j].Text
		if t == "," || t == "." || t == ";" || t == ")" || strings.EqualFold(t, "that") || strings.EqualFold(t, "which") || strings.EqualFold(t, "based") {
			break
		}
		if isCapWord(t) {
			if g, ok := r.s.gaz.Best(t); (!ok || g.Kind != GazDemonym && g.Kind != GazCountry) && !descriptorWords[strings.ToLower(t)] || orgHeads[strings.ToLower(t)] {
				return "" // "Smith, a Democratic Party member": the description names another
			}
		} else if strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "VBN" && toks[j].Tag != "VBG" || toks[j].Tag == "IN" || toks[j].Tag == "POS" || t == "'s" {
			return "" // "X, the group's leader", "X, a member of the party"
		}
		last = strings.ToLower(t)
	}
	return last
}

// buildingNouns end the description of a place after its name: "Hagia Sophia, formerly a
// Greek Orthodox church".
var buildingNouns = wordSet(`church cathedral mosque temple synagogue museum palace castle monastery
shrine stadium arena airport hospital prison village town city island`)

// appositionOrgHeads are the nouns of an organization's description after its name, besides
// orgNouns: "an independent human rights center".
var appositionOrgHeads = wordSet(`center centre institute foundation association organisation organization
society federation union charity ngo trust council commission agency firm company corporation
broadcaster newspaper outlet`)

// ownershipVerbs stand before "by" and what owns or runs a thing: "owned by Truth Aquatics".
var ownershipVerbs = wordSet(`owned operated chartered run managed leased acquired bought purchased
sponsored funded financed published manufactured`)

// ownedBy reports whether "owned by" (or another ownership verb) stands before token k.
func ownedBy(toks []Token, k int) bool {
	return k >= 2 && strings.EqualFold(toks[k-1].Text, "by") && ownershipVerbs[strings.ToLower(toks[k-2].Text)]
}

// reportVerbs follow a news medium: "TVN24 reported".
var reportVerbs = wordSet(`reported reports reporting broadcast aired quoted`)

// reportsAfter reports whether a verb of news reporting stands at token k.
func reportsAfter(toks []Token, k int) bool {
	return k < len(toks) && reportVerbs[strings.ToLower(toks[k].Text)]
}

// companyOccupations are occupations that companies have too: a lone word after one is a
// company as often as a person ("the Greek gas producer Energean").
var companyOccupations = wordSet(`producer producers publisher publishers broadcaster broadcasters
designer designers architect architects engineer engineers`)

// listedWithPerson reports whether the lone unknown word of piece i is listed with a
// person's name, as people named by surname only are: "to Trump and Mike Pence".
func (r *resolver) listedWithPerson(i int) bool {
	p := &r.pieces[i]
	toks := r.infos[p.sent].toks
	t := toks[p.a].Text
	low := strings.ToLower(t)
	if p.b-p.a != 1 || isAllCaps(t) || camelCase(t) || hasDigit(t) || !isCapWord(t) || sentenceStart(toks, p.a) ||
		stopCaps[low] || descriptorWords[low] || calendarWords[low] || notPlaces[low] || len(t) < 3 {
		return false
	}
	for j := range r.pieces {
		q := &r.pieces[j]
		if q.sent != p.sent || q.kind != pkPerson || q.b-q.a < 2 {
			continue
		}
		if listed(toks, p.b, q.a) && strings.EqualFold(toks[p.b].Text, "and") || listed(toks, q.b, p.a) && strings.EqualFold(toks[p.a-1].Text, "and") {
			return true
		}
	}
	return false
}

// firstNameDescriptor reports whether a descriptor word begins a person's name before
// next: "Bill Clinton", "Bill Weld", "Christian Keysers" (not "Christian Aid").
func firstNameDescriptor(low, next string) bool {
	nl := strings.ToLower(next)
	switch {
	case descriptorWords[nl] || !isCapWord(next):
		return false
	case low == "bill":
		return true
	case low == "christian":
		return !lexicon.IsCommonWord(nl)
	}
	return false
}

// surnameTitle reports whether the last word of a name, a title word, is a surname after
// a first name: "John Major", "Winston Duke", "Julie Bishop".
func (r *resolver) surnameTitle(words []Token) bool {
	n := len(words)
	if n < 2 || n > 3 || !lexicon.IsFirstName(words[n-2].Text) || isAllCaps(words[n-2].Text) {
		return false
	}
	for st := 0; st <= n-2; st++ {
		if _, known := r.s.gaz.Best(joinTokens(words, st, n-1)); known {
			return false
		}
	}
	_, title := titleAt(words, n-2, true)
	return !title
}

// notPlaces are capitalised words that follow "in" without being places: languages,
// religions.
var notPlaces = wordSet(`english hebrew arabic hindi urdu mandarin cantonese latin swahili farsi
persian pashto dari bengali punjabi tamil yiddish esperanto christianity islam judaism buddhism
hinduism catholicism sikhism parliament congress court office government allah god jesus
sabha christendom`)

// camelCase reports a capital after a lower-case letter inside a word, as product and
// project names have ("CentOS", "TurkStream"); "McDonald" and "DeWine" excepted.
func camelCase(w string) bool {
	prev := ' '
	for i, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) && i > 0 {
			pre := w[:i]
			if pre != "Mc" && pre != "Mac" && pre != "De" && pre != "Di" && pre != "La" && pre != "Le" && pre != "Van" {
				return true
			}
		}
		prev = r
	}
	return false
}

// placeAfterPreposition reports an unknown name standing where a place stands: "in Rafah",
// "near Khan Younis" (not "in Trump's speech", not "in Hebrew").
func (r *resolver) placeAfterPreposition(p *piece, words []Token) bool {
	toks := r.infos[p.sent].toks
	if p.a == 0 || len(words) > 3 {
		return false
	}
	switch strings.ToLower(toks[p.a-1].Text) {
	case "in", "near", "outside":
	default:
		return false
	}
	if p.b < len(toks) && (toks[p.b].Text == "'s" || toks[p.b].Text == "'" || isCapWord(toks[p.b].Text)) {
		return false
	}
	first := words[0].Text
	if lexicon.IsFirstName(first) && len(words) > 1 || notPlaces[strings.ToLower(first)] {
		return false
	}
	for _, w := range words {
		t := w.Text
		if hasDigit(t) || isAllCaps(t) || !isCapWord(t) && !nameParticles[t] || descriptorWords[strings.ToLower(t)] ||
			strings.ContainsAny(t, ".-/") || camelCase(t) || notPlaces[strings.ToLower(t)] ||
			calendarWords[strings.ToLower(t)] || len(t) > 2 && lexicon.IsCommonWord(strings.ToLower(t)) {
			return false
		}
	}
	return true
}

// titleBefore reports whether a title in lower case stands right before the piece:
// "commissioner Albert Muchanga", "national security advisor John R. Bolton".
//
// A lone word after an occupation that companies have too is not taken for a person's
// name: "the Greek gas producer Energean" is a company.
func (r *resolver) titleBefore(p *piece) bool {
	toks := r.infos[p.sent].toks
	for k := p.a - 1; k >= 0 && k >= p.a-4; k-- {
		if end, head := headAt(toks, k); end == p.a {
			// (nor a word in capitals: "voter ID")
			return p.b-p.a > 1 || !companyOccupations[head] && !isAllCaps(toks[p.a].Text)
		}
		if (honorifics[lowerTok(toks, k)] || occupations[lowerTok(toks, k)]) && k == p.a-1 && !(isAllCaps(toks[k].Text) && len(toks[k].Text) > 1) &&
			(p.b-p.a > 1 || !isAllCaps(toks[p.a].Text)) {
			return true
		}
	}
	return false
}

// placeApposition reports a name standing in apposition to a place noun: "a hospital in
// Berlin, Charité", "the village of X".
func (r *resolver) placeApposition(p *piece) bool {
	toks := r.infos[p.sent].toks
	k := p.a - 1
	if k < 0 || toks[k].Text != "," {
		return false
	}
	k--
	// Skip "in Berlin" (a place already named).
	j := k
	for j >= 0 && isCapWord(toks[j].Text) {
		j--
	}
	if j < k && j >= 0 && placePrepositions[strings.ToLower(toks[j].Text)] {
		k = j - 1
	}
	return k >= 0 && placeNouns[strings.ToLower(toks[k].Text)] && (p.b >= len(toks) || !isCapWord(toks[p.b].Text))
}

// personWords reports whether capitalised words read as a person's name. A single word
// is allowed only after a title (afterTitle).
func (r *resolver) personWords(words []Token, afterTitle bool) bool {
	return personWords(r.s.gaz, words, afterTitle)
}

// personWords reports whether capitalised words read as a person's name. A single word
// is allowed only after a title (afterTitle).
func personWords(gaz *Gazetteer, words []Token, afterTitle bool) bool {
	n := len(words)
	if n == 0 || n > 6 || n == 1 && !afterTitle {
		return false
	}
	if n == 2 && koreanName(words[0].Text, words[1].Text) {
		return true // "Park Geun-hye", "Ban Ki-moon"
	}
	caps := 0
	for k, w := range words {
		t := w.Text
		low := strings.TrimSuffix(strings.ToLower(t), ".")
		switch {
		case t == ".":
			continue
		case strings.ContainsAny(t, "/&@#"):
			return false // "Red Hat/IBM"
		case strings.Contains(t, "-") && !prefixedName(t) && !isCapWord(t[strings.LastIndexByte(t, '-')+1:]) && dashedWords(t):
			// "Fourteen-year-old", "Bangalore-side"; but "Man-kei Tam", "Prayuth
			// Chan-o-cha".
			return false
		case k > 0 && !lexicon.IsFirstName(t) && thingSuffix(low) && !(k == n-1 && lexicon.IsFirstName(words[0].Text) && !lexicon.IsCommonWord(low)):
			return false // "Investigational Interventions"; not "Sean Hannity"
		case hasDigit(t):
			return false
		case nameParticles[t] || prefixedName(t) || isInitial(t):
			continue
		case !isCapWord(t):
			return false
		case descriptorWords[low] && !(k == 0 && n > 1 && firstNameDescriptor(low, words[1].Text)) ||
			stopCaps[low] && !(nameLikeStops[low] && (k > 0 || afterTitle)) || hardStops[low]:
			// ("Bill Clinton": a first name that is also a descriptor begins a name)
			// (a capitalised "Said" or "May" inside a name is a name: "Qaboos bin Said")
			return false
		case calendarWords[low] && k == 0 && n > 1 && low != "may" && low != "june" && low != "april" && low != "august" && low != "jan":
			return false
		}
		if isAllCaps(t) && len(t) > 3 || !afterTitle && camelCase(t) {
			return false // "BIG PROGRESS", "EuroAfrica Interconnector"
		}
		caps++
		if k == 0 || k == n-1 {
			if g, ok := gaz.Best(t); ok {
				// A first name that names a country, after a title: "Acting Homeland
				// Security Secretary Chad Wolf".
				if k == 0 && n > 1 && (g.Kind == GazCountry || g.Kind == GazPlace) && lexicon.IsFirstName(t) && (afterTitle || n == 2 && plainSurname(gaz, words[1].Text)) {
					break // ("Jordan Peterson", "Rep. Virginia Foxx"; not "Jordan Valley")
				}
				switch g.Kind {
				case GazCountry, GazPlace:
					// A surname that names a country or a state after a known first
					// name: "Jim Jordan", "Kerry Washington".
					if k == n-1 && k > 0 && n <= 3 && lexicon.IsFirstName(words[0].Text) && !isAllCaps(t) {
						if _, known := gaz.Best(words[0].Text); !known { // not "Roman Egypt"
							break
						}
					}
					if g.Kind == GazPlace {
						if k == 0 && n > 1 {
							return false
						}
						break
					}
					return false
				case GazOrg:
					// "Michael Bloomberg", not "Bloomberg News".
					if k == n-1 && k > 0 && n <= 3 && lexicon.IsFirstName(words[0].Text) && !isAllCaps(t) {
						if _, known := gaz.Best(words[0].Text); !known {
							break
						}
					}
					return false
				case GazDemonym:
					return false
				case GazNone:
					if k == 0 && n > 1 {
						return false
					}
				}
			}
		}
	}
	// Without a title before it, a name must look like one: a known first name, or a
	// first word that is no common English word ("Grateful Dead", "Costume Ball").
	if !afterTitle {
		first := words[0].Text
		if !lexicon.IsFirstName(first) && len(first) > 2 && lexicon.IsCommonWord(strings.ToLower(first)) {
			return false
		}
	}
	if n == 2 {
		switch strings.ToLower(words[0].Text) {
		case "el", "la", "los", "las", "le", "les", "al", "der", "die", "das", "san", "santa", "st", "saint", "fort", "port", "new":
			return false
		}
	}
	return caps > 0
}

// plainSurname reports whether a word can only be a surname: capitalised, not a common
// word, not a name of the gazetteer, not a descriptor.
func plainSurname(gaz *Gazetteer, w string) bool {
	low := strings.ToLower(w)
	if !isCapWord(w) || isAllCaps(w) || lexicon.IsCommonWord(low) || descriptorWords[low] || placeHeads[low] || orgHeads[low] {
		return false
	}
	_, known := gaz.Best(w)
	return !known
}

// koreanName reports whether two words have the shape of a Korean name: a short family
// name and a given name of two syllables joined by a dash, the second in lower case
// ("Park Geun-hye", "Ban Ki-moon", "Moon Jae-in").
func koreanName(family, given string) bool {
	if len(family) < 2 || len(family) > 5 || !isCapWord(family) || isAllCaps(family) {
		return false
	}
	parts := strings.Split(given, "-")
	if len(parts) != 2 || len(parts[0]) < 2 || len(parts[0]) > 5 || len(parts[1]) < 2 || len(parts[1]) > 5 ||
		!isCapWord(parts[0]) || !startsLower(parts[1]) {
		return false
	}
	for _, w := range []string{family, parts[0], parts[1]} {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return !lexicon.IsCommonWord(strings.ToLower(parts[0]))
}

// dashedWords reports whether a word joined by dashes holds common words after its first
// part, as compounds do ("Fourteen-year-old", "Bangalore-side"), not names ("Chan-o-cha").
func dashedWords(t string) bool {
	parts := strings.Split(t, "-")
	firstCommon := lexicon.IsCommonWord(strings.ToLower(parts[0]))
	for _, w := range parts[1:] {
		// (a short syllable after a name is a name: "Moon Jae-in"; not "Built-in")
		if lexicon.IsCommonWord(strings.ToLower(w)) && (len(w) > 2 || len(parts) == 2 && firstCommon) {
			return true
		}
	}
	return false
}

// findAcronyms records acronyms defined in parentheses after a name: "African Continental
// Free Trade Area (AfCFTA)". An untyped name that defines an acronym is an organization.
func (r *resolver) findAcronyms() {
	r.acronyms = map[string]int{}
	for i := range r.pieces {
		p := &r.pieces[i]
		toks := r.infos[p.sent].toks
		if p.b+2 >= len(toks) || toks[p.b].Text != "(" || toks[p.b+2].Text != ")" {
			continue
		}
		acr := toks[p.b+1].Text
		if !looksAcronym(acr) {
			continue
		}
		if p.kind == pkUnknown && p.b-p.a >= 2 {
			p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		}
		if p.typ == "" || p.typ == schema.Person || !acronymFits(acr, r.toks(p)) {
			continue
		}
		p.acronym = acr
		if g, ok := r.s.gaz.Best(acr); ok && g.Kind == GazOrg && p.kind != pkGaz && spellingOf(r.toks(p), g.Name) {
			// Another spelling of the body the gazetteer knows by that acronym:
			// "Iranian Revolutionary Guard Corps (IRGC)" is the Islamic one.
			p.name = g.Name
		}
		if _, ok := r.acronyms[acr]; !ok {
			r.acronyms[acr] = i
		}
	}
	r.initialisms()
	r.bracketNames()
}

// bracketNames reads a name of two words or more alone in brackets right after an
// organization's name as another name of it, a translation or the original: "Akhil
// Bharat Hindu Mahasabha (All India Hindu Union)", "the Supreme Court of Justice
// (Oberster Gerichtshof)".
func (r *resolver) bracketNames() {
	for i := 1; i < len(r.pieces); i++ {
		p, q := &r.pieces[i-1], &r.pieces[i]
		if p.sent != q.sent || p.typ != schema.Organization || p.kind != pkOrg && p.kind != pkGaz || q.b-q.a < 2 || q.kind == pkGaz {
			continue
		}
		toks := r.infos[q.sent].toks
		if q.a != p.b+1 || toks[p.b].Text != "(" || q.b >= len(toks) || toks[q.b].Text != ")" {
			continue
		}
		k := NameKey(q.displayName())
		// The name and its other uses ("Penn State" alone later on).
		for j := i; j < len(r.pieces); j++ {
			o := &r.pieces[j]
			if NameKey(o.displayName()) != k || o.kind == pkGaz || o.kind == pkPerson && o.strong {
				continue
			}
			o.kind, o.typ, o.strong = pkOrg, schema.Organization, true
			if p.kind == pkGaz {
				o.name = p.gaz.Name
			} else {
				r.sameAs[j] = i - 1
			}
		}
	}
}

// initialisms finds the names that acronyms the article uses without defining them stand
// for: "ABHM" after "Akhil Bharat Hindu Mahasabha" (three letters or more, the initials of
// a typed name of as many words, not a person's, though a weak guess at one; not an
// acronym the gazetteer knows).
func (r *resolver) initialisms() {
	var names map[string]int // initials -> piece; -1: two names
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.b-p.a != 1 || p.kind != pkUnknown && p.kind != pkOrg || !looksAcronym(p.text) || len(p.text) < 3 {
			continue
		}
		if _, ok := r.acronyms[p.text]; ok {
			continue
		}
		if _, ok := r.s.gaz.Best(p.text); ok {
			continue
		}
		if names == nil {
			names = map[string]int{}
			for j := range r.pieces {
				q := &r.pieces[j]
				if q.kind != pkOrg && q.kind != pkPlace && q.kind != pkPerson || q.b-q.a < 3 {
					continue // (an untyped name may be a thing's: "Internet Relay Chat")
				}
				if q.kind == pkPerson && (q.strong || q.afterTitle || lexicon.IsFirstName(r.toks(q)[0].Text)) {
					continue // "Ruth Bader Ginsburg", "RBG"
				}
				var b strings.Builder
				for _, t := range r.toks(q) {
					if !isCapWord(t.Text) {
						b.Reset()
						break
					}
					c, _ := utf8.DecodeRuneInString(t.Text)
					b.WriteRune(c)
				}
				if k := b.String(); k != "" {
					if o, ok := names[k]; ok && o >= 0 && NameKey(r.pieces[o].displayName()) != NameKey(q.displayName()) {
						names[k] = -1
					} else if !ok {
						names[k] = j
					}
				}
			}
		}
		j, ok := names[p.text]
		if !ok || j < 0 {
			continue
		}
		if q := &r.pieces[j]; q.kind == pkPerson {
			q.kind, q.typ, q.strong = pkOrg, schema.Organization, true // a person's name has no acronym
		}
		r.acronyms[p.text] = j
	}
}

// spellingOf reports whether the words of a name are another spelling of name: as many
// words, at least three, all but one the same ("Iranian Revolutionary Guard Corps" for
// "Islamic Revolutionary Guard Corps"; not "American Broadcasting Company" for
// "Australian Broadcasting Corporation").
func spellingOf(words []Token, name string) bool {
	other := strings.Fields(name)
	if len(words) < 3 || len(words) != len(other) {
		return false
	}
	diff := 0
	for k, w := range words {
		if NameKey(w.Text) != NameKey(other[k]) {
			diff++
		}
	}
	return diff <= 1
}

// acronymFits reports whether an acronym can stand for the words of a name: it starts
// with the initial of the name's first word ("Federal Bureau of Investigation (FBI)"),
// which "Catholic Bishops' Conference of the Philippines (CBCP)" cut at the apostrophe
// does not.
func acronymFits(acr string, words []Token) bool {
	if len(words) == 0 {
		return false
	}
	a, _ := utf8.DecodeRuneInString(acr)
	f, _ := utf8.DecodeRuneInString(words[0].Text)
	return unicode.ToUpper(a) == unicode.ToUpper(f)
}

// looksAcronym reports whether a word reads as an acronym: two or more capitals, at most
// ten letters ("AU", "AfCFTA", "NATO").
func looksAcronym(s string) bool {
	up, letters := 0, 0
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			up++
			letters++
		case c >= 'a' && c <= 'z':
			letters++
		case c == '.' || c == '-' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return up >= 2 && letters <= 10 && isCapWord(s)
}

// foldWord folds a word for name comparison.
func foldWord(s string) string { return NameKey(s) }

// thingSuffix reports a word ending the way nouns of things end, not names:
// "Interventions", "Biology" (not "-ment" or "-ness": Clements, Holness).
func thingSuffix(low string) bool {
	for _, suf := range []string{"tion", "tions", "ity", "ities", "ism", "isms", "ology", "ologies", "ics", "ences", "ships"} {
		if len(low) > len(suf)+2 && strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// nameLikeStops are words of the stop list that are also names, allowed after a title:
// "Sultan Said bin Taimur".
var nameLikeStops = wordSet(`said may will june april august faith hope grace joy`)

// nameSuffixes follow a surname without being one: "John Conyers Jr.".
var nameSuffixes = wordSet(`jr sr ii iii iv v jnr snr`)

// nameWords returns the words of a person's name without initials and honorifics.
func nameWords(toks []Token) []string {
	var out []string
	for _, t := range toks {
		if t.Text == "." || isInitial(t.Text) || honorifics[strings.ToLower(strings.TrimSuffix(t.Text, "."))] || nameSuffixes[strings.ToLower(strings.TrimSuffix(t.Text, "."))] {
			continue
		}
		out = append(out, t.Text)
	}
	return out
}

// clusterPersons groups the person names of the article: full names by surname and
// compatible first name, then lone names by surname or (when unique) first name.
func (r *resolver) clusterPersons() {
	// Names the article gives to organizations and places: a person's name does not
	// start with one ("Tesco Polska" after "Tesco"), a lone word equal to one is not a
	// surname.
	things := map[string]pieceKind{}
	thingAt := map[string]int{}
	for i := range r.pieces {
		p := &r.pieces[i]
		if (p.kind == pkGaz && p.gaz.Kind <= GazCity || p.kind == pkOrg || p.kind == pkPlace) && p.typ != schema.Person && p.typ != "" {
			k := NameKey(p.displayName())
			if _, ok := things[k]; !ok {
				things[k], thingAt[k] = p.kind, i
			}
		}
	}
	// Full names first, in order.
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind != pkPerson {
			continue
		}
		words := nameWords(r.toks(p))
		if len(words) < 2 {
			continue
		}
		if _, ok := things[NameKey(words[0])]; ok && !p.afterTitle {
			// "Tesco Polska": a part of the organization, not a person.
			if q := &r.pieces[thingAt[NameKey(words[0])]]; q.typ == schema.Organization {
				p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
			} else {
				p.kind, p.typ = pkUnknown, ""
			}
			continue
		}
		c := r.findFull(words, p.displayName())
		if c == nil {
			c = &personCluster{surnames: map[string]bool{}, first: foldWord(words[0]), entity: -1}
			r.persons = append(r.persons, c)
		}
		c.add(words, p.displayName(), i)
	}
	// Then one-word names: those after a title, and unknown capitalised words that match a
	// known person.
	for i := range r.pieces {
		p := &r.pieces[i]
		if !(p.kind == pkPerson || p.kind == pkUnknown || p.kind == pkGaz && p.gaz.Kind >= GazCity) {
			continue
		}
		words := nameWords(r.toks(p))
		if len(words) != 1 || p.b-p.a != 1 && p.kind != pkPerson {
			continue // one word, or one name with a suffix: "King Charles III"
		}
		w := words[0]
		if j, ok := thingAt[NameKey(w)]; ok && p.kind == pkUnknown {
			// The lone name of an organization or place of the article.
			q := r.pieces[j]
			p.kind, p.typ, p.gaz, p.strong = q.kind, q.typ, q.gaz, true
			continue
		}
		if r.familyName(i, w) {
			p.kind, p.typ = pkUnknown, ""
			continue
		}
		if c := r.findSingle(w, i); c != nil {
			c.singles = append(c.singles, w)
			c.pieces = append(c.pieces, i)
			p.kind, p.typ = pkPerson, schema.Person
			continue
		}
		if p.kind == pkUnknown && !r.infos[p.sent].headline {
			// A lone surname the registry knows: "Trump" after earlier articles named
			// Donald Trump. (A lone unknown word that speaks, "Nvidia said", is as often
			// a company as a person: it is left out.)
			if _, ok := r.s.registry.Resolve(schema.Person, w); ok || r.listedWithPerson(i) {
				p.kind, p.typ = pkPerson, schema.Person
			}
		}
		if p.kind == pkPerson {
			c := &personCluster{surnames: map[string]bool{foldWord(w): true, foldWord(stripNamePrefix(w)): true}, entity: -1}
			c.singles = append(c.singles, p.displayName()) // "Charles III" keeps its number
			c.pieces = append(c.pieces, i)
			r.persons = append(r.persons, c)
		}
	}
}

// familyName reports whether the lone word w of piece i names a family by its
// surname in the plural, "the Trumps' 14-year-old son", "the Obamas": not one of its
// members.
func (r *resolver) familyName(i int, w string) bool {
	p := &r.pieces[i]
	if p.a == 0 || !strings.EqualFold(r.infos[p.sent].toks[p.a-1].Text, "the") || !strings.HasSuffix(w, "s") || len(w) < 4 {
		return false
	}
	one := foldWord(strings.TrimSuffix(w, "s"))
	for _, c := range r.persons {
		if c.surnames[one] {
			return true
		}
	}
	return false
}

func (c *personCluster) add(words []string, surface string, i int) {
	c.full = append(c.full, strings.TrimSuffix(surface, "'s"))
	c.pieces = append(c.pieces, i)
	last := words[len(words)-1]
	c.surnames[foldWord(last)] = true
	c.surnames[foldWord(stripNamePrefix(last))] = true
	// "Le Drian", "Di Maio", "von der Leyen": the particle and the surname.
	for k := len(words) - 2; k >= 1; k-- {
		if !nameParticles[strings.ToLower(words[k])] && !(len(words[k]) <= 3 && isCapWord(words[k]) && nameParticles[strings.ToLower(words[k])]) {
			if nameParticles[strings.ToLower(words[k])] {
				continue
			}
			break
		}
		c.surnames[foldWord(strings.Join(words[k:], " "))] = true
	}
}

// findFull returns the cluster a full name belongs to: same surname and a compatible
// first name ("John R. Bolton" ~ "John Bolton"; "Abdel Fattah el-Sisi" ~ "Fattah
// el-Sisi").
func (r *resolver) findFull(words []string, surface string) *personCluster {
	last := foldWord(words[len(words)-1])
	first := foldWord(words[0])
	for _, c := range r.persons {
		same := c.surnames[last]
		if !same && !c.spelledLike(last) && !(c.first == first && c.respelled(last)) {
			continue
		}
		if r.kept(c, surface) {
			continue
		}
		// The same first name, or a spelling or short form of it: "Alexei"/"Alexey",
		// "Mike"/"Michael".
		if c.first == first || c.first != "" && sameFirstName(c.first, first) {
			return c
		}
		// A name transliterated otherwise, first name and surname both: "Usama bin
		// Ladin" is "Osama bin Laden" (but "Ellen Smith" is not "Allen Smith").
		if !same && vowelSpelling(c.first, first) {
			return c
		}
		for _, f := range c.full {
			fw := strings.Fields(NameKey(f))
			if containsAll(fw, NameKey(strings.Join(words, " "))) || containsAll(strings.Fields(NameKey(strings.Join(words, " "))), NameKey(f)) {
				return c
			}
		}
	}
	return nil
}

// spelledLike reports whether a folded surname is a spelling of one of the cluster's
// ("zelenskyy" ~ "zelensky", "navalnyi" ~ "navalny"): one letter apart, five letters or
// more, the same first letter.
func (c *personCluster) spelledLike(k string) bool {
	if len(k) < 5 || strings.Contains(k, " ") {
		return false
	}
	for s := range c.surnames {
		if len(s) >= 5 && s[0] == k[0] && !strings.Contains(s, " ") && editDistance(s, k, 1) <= 1 {
			return true
		}
	}
	return false
}

// respelled reports whether a folded surname is a looser spelling of one of the
// cluster's, for a person of the same first name: another first letter ("Muammar
// Gaddafi", "Muammar Qaddafi") or, on long names, two letters apart ("Borna
// Derakhshani", "Borna Deraskhsani").
func (c *personCluster) respelled(k string) bool {
	if len(k) < 6 || strings.Contains(k, " ") {
		return false
	}
	for s := range c.surnames {
		if len(s) < 6 || strings.Contains(s, " ") {
			continue
		}
		max := 1
		if s[0] == k[0] && len(s) >= 8 && len(k) >= 8 {
			max = 2
		}
		if editDistance(s, k, max) <= max {
			return true
		}
	}
	return false
}

// vowelSpelling reports whether two folded first names are transliterations that differ
// in one vowel, the first letter included ("osama", "usama").
func vowelSpelling(a, b string) bool {
	if len(a) < 4 || len(b) < 4 || a == b || !isVowel(a[0]) || !isVowel(b[0]) {
		return false
	}
	return editDistance(a, b, 1) <= 1
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// kinBefore reports a noun of kin among the five words before token a: "her mother
// is professional wrestler Kyoko Kimura", "his son, Hunter Biden".
func kinBefore(toks []Token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		if kinNouns[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// shortNames pairs first names with their usual short or transliterated forms.
var shortNames = map[string]string{
	"mike": "michael", "bill": "william", "bob": "robert", "rob": "robert", "jim": "james",
	"joe": "joseph", "tom": "thomas", "dick": "richard", "rick": "richard", "ted": "edward",
	"steve": "steven", "stephen": "steven", "dan": "daniel", "dave": "david", "chris": "christopher",
	"tony": "anthony", "andy": "andrew", "alex": "alexander", "nick": "nicholas", "sam": "samuel",
	"ben": "benjamin", "matt": "matthew", "pat": "patrick", "nikos": "nikolaos", "kate": "katherine",
	"liz": "elizabeth", "beth": "elizabeth", "jenny": "jennifer", "sasha": "alexander",
	"vlad": "vladimir", "jack": "john", "jon": "john", "greg": "gregory", "jeff": "jeffrey",
	"ron": "ronald", "don": "donald", "ken": "kenneth", "larry": "lawrence", "tim": "timothy",
}

// sameFirstName reports whether two folded first names are one: a short form ("Mike",
// "Michael") or a spelling one or two letters apart with the same initial ("Alexei",
// "Alexey", "Aleksei").
func sameFirstName(a, b string) bool {
	if a == b {
		return true
	}
	ca, cb := a, b
	if l, ok := shortNames[a]; ok {
		ca = l
	}
	if l, ok := shortNames[b]; ok {
		cb = l
	}
	if ca == cb {
		return true
	}
	// A short form that begins the long one: "Stan" and "Stanislav", "Mitch" and
	// "Mitchell".
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 3 && len(b) >= len(a)+2 && strings.HasPrefix(b, a) {
		return true
	}
	return len(a) >= 5 && len(b) >= 5 && a[0] == b[0] && editDistance(a, b, 2) <= 2
}

// editDistance returns the Levenshtein distance of a and b (bytes), or max+1 when it is
// larger than max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// kept reports whether a full name must stay apart from a cluster: the aliases file
// splits them, or both carry middle initials that differ ("George W. Bush", "George H.
// W. Bush").
func (r *resolver) kept(c *personCluster, surface string) bool {
	for _, f := range c.full {
		if r.s.aliases.Split(f, surface) {
			return true
		}
		a, b := initials(f), initials(surface)
		if a != "" && b != "" && a != b {
			return true
		}
		// A father and his son: "Donald Trump" and "Donald Trump Jr." (the same words,
		// one with a suffix); "Joe Biden" and "Joseph R. Biden Jr." are one.
		if sf, ss := suffixOf(f), suffixOf(surface); sf != ss && NameKey(withoutSuffix(f)) == NameKey(withoutSuffix(surface)) {
			return true
		}
	}
	return false
}

// suffixOf returns the generational suffix ending a name ("jr", "iii"), or "".
func suffixOf(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return ""
	}
	if w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(words[len(words)-1], "'s"), ".")); nameSuffixes[w] {
		return w
	}
	return ""
}

// withoutSuffix returns a name without its generational suffix.
func withoutSuffix(name string) string {
	if suffixOf(name) == "" {
		return strings.TrimSuffix(name, "'s")
	}
	words := strings.Fields(name)
	return strings.TrimSuffix(strings.Join(words[:len(words)-1], " "), ",")
}

// initials returns the middle initials of a name: "George H. W. Bush" -> "HW".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if isInitial(w) {
			b.WriteString(strings.TrimSuffix(w, "."))
		}
	}
	return b.String()
}

// containsAll reports whether every word of name is among words.
func containsAll(words []string, name string) bool {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	for _, w := range strings.Fields(name) {
		if !set[w] {
			return false
		}
	}
	return true
}

// findSingle returns the person a one-word name refers to: the only person with that
// surname, else the one mentioned last before it; failing that, the only person with
// that first name.
func (r *resolver) findSingle(w string, at int) *personCluster {
	k := foldWord(w)
	var hits []*personCluster
	for _, c := range r.persons {
		if c.surnames[k] {
			hits = append(hits, c)
		}
	}
	if len(hits) == 0 {
		// "Zelenskyy" for "Zelensky": a spelling of a known surname.
		for _, c := range r.persons {
			if len(c.full) > 0 && c.spelledLike(k) {
				hits = append(hits, c)
			}
		}
	}
	if len(hits) == 1 {
		return hits[0]
	}
	if len(hits) > 1 {
		// Two people share the surname ("Joe Biden", "Hunter Biden"): the one named in
		// full in this sentence or the one before, else the one the article speaks of
		// most so far. A relative introduced in the sentence before ("Her mother is
		// Kyoko Kimura") does not take the surname from the person the headline names.
		sent := r.pieces[at].sent
		var headliner *personCluster
		for _, c := range hits {
			for _, pi := range c.pieces {
				if r.infos[r.pieces[pi].sent].headline {
					if headliner != nil && headliner != c {
						headliner = nil
						break
					}
					headliner = c
				}
			}
		}
		// A person the article already calls by the bare surname keeps it from one
		// named in passing, not as a subject ("First Lady Melania Trump" late in a
		// list, "an email from Hunter Biden's laptop"; not "In 1905, President
		// Theodore Roosevelt mediated").
		bare := map[*personCluster]int{}
		for _, c := range hits {
			for k, pi := range c.pieces {
				if k >= len(c.full) && pi < at && c.surnames[foldWord(r.pieces[pi].text)] {
					bare[c]++ // ("Biden", not "Hunter")
				}
			}
		}
		var best *personCluster
		bestAt, bestCount := -1, -1
		for _, c := range hits {
			count := 0
			passing := false
			if bare[c] == 0 {
				for _, o := range hits {
					passing = passing || o != c && bare[o] >= 2
				}
			}
			for k, pi := range c.pieces {
				if pi >= at {
					continue
				}
				count++
				q := &r.pieces[pi]
				qt := r.infos[q.sent].toks
				inPassing := passing && (q.a > 6 || strings.HasSuffix(q.text, "'s") || q.b < len(qt) && qt[q.b].Text == "'s")
				before := q.sent == sent-1 && (headliner == nil || headliner == c) && !kinBefore(qt, q.a)
				if k < len(c.full) && (q.sent == sent || before) && !inPassing && pi > bestAt {
					best, bestAt = c, pi
				}
			}
			if bestAt < 0 && count > bestCount {
				best, bestCount = c, count
			}
		}
		if best == nil {
			best = hits[0]
		}
		return best
	}
	for _, c := range r.persons {
		if c.first == k && len(c.full) > 0 {
			hits = append(hits, c)
		}
	}
	if len(hits) == 1 && !stopCaps[strings.ToLower(w)] {
		return hits[0]
	}
	return nil
}

// typeInContext settles what is left: acronyms, repeated names, capitals acting for their
// country, small towns named where the context says "place".
func (r *resolver) typeInContext(i int) {
	p := &r.pieces[i]
	toks := r.infos[p.sent].toks
	// An acronym the article defines is the body it defines it for, though the gazetteer
	// knows another by it: "American Broadcasting Company (ABC)", then "ABC's".
	if p.kind == pkUnknown || p.kind == pkGaz && p.gaz.Kind == GazOrg && looksAcronym(p.text) {
		if j, ok := r.acronyms[p.text]; ok && j != i && (p.kind == pkUnknown || r.pieces[j].kind != pkGaz) {
			q := r.pieces[j]
			p.kind, p.typ, p.gaz, p.strong = q.kind, q.typ, q.gaz, true
			p.acronym = "=" + p.text
			return
		}
	}
	if p.kind == pkGaz && p.gaz.Kind == GazMinorCity {
		if low := strings.ToLower(p.text); !r.placeContext(p) || calendarWords[low] {
			p.kind = pkUnknown
			p.typ = ""
		}
	}
	if p.kind == pkUnknown && r.ownsTitle(p) {
		p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		return
	}
	if p.kind == pkUnknown && r.affiliation(i) {
		p.kind, p.typ, p.strong = pkOrg, schema.Organization, true
		return
	}
	if p.kind == pkGaz && (p.gaz.Kind == GazCapital || p.gaz.Kind == GazPlace) && p.gaz.ISO != "" && r.s.gaz.CapitalOf(p.gaz.ISO) == p.gaz.Name {
		if actsAsCountry(toks, p.b) {
			p.mention = "capital"
		}
	}
}

// ownsTitle reports an unknown name standing before a title and a person, as the body the
// person serves: "Caloundra coach Geoff Ingram", "Acme spokesman John Doe". People's
// names have been resolved before (a lone "Trump" before "adviser" is Trump).
func (r *resolver) ownsTitle(p *piece) bool {
	toks := r.infos[p.sent].toks
	words := r.toks(p)
	if p.b >= len(toks) || len(words) > 3 || camelCase(words[0].Text) && len(words) > 1 {
		return false
	}
	for _, w := range words {
		if hasDigit(w.Text) || lexicon.IsFirstName(w.Text) || !isCapWord(w.Text) || lexicon.IsCommonWord(strings.ToLower(w.Text)) ||
			notPlaces[strings.ToLower(w.Text)] {
			return false // "English drummer Ginger Baker"
		}
	}
	tm, ok := titleAt(toks, p.b, false)
	if !ok || tm.Honorific || tm.Former {
		return false
	}
	for _, q := range r.pieces {
		if q.sent == p.sent && q.a == tm.End && (q.kind == pkPerson) {
			return true
		}
	}
	return false
}

// affiliation reports an unknown name of two words or more after "<person> of" that reads
// as neither a place nor a person, as the body the person belongs to: "Chris Fallows of
// Apex Shark Expeditions".
func (r *resolver) affiliation(i int) bool {
	p := &r.pieces[i]
	toks := r.infos[p.sent].toks
	words := r.toks(p)
	if len(words) < 2 || p.a < 2 || !strings.EqualFold(toks[p.a-1].Text, "of") || r.placeLike(p) || r.personWords(words, false) {
		return false
	}
	for j := range r.pieces {
		if q := &r.pieces[j]; q.sent == p.sent && q.b == p.a-1 && q.kind == pkPerson && q.b-q.a >= 2 {
			return true
		}
	}
	return false
}

// placeContext reports whether a piece stands where a place is expected: after "in",
// "from", "near" ..., before ", <country or state>", after "city of".
func (r *resolver) placeContext(p *piece) bool {
	toks := r.infos[p.sent].toks
	if p.a > 0 && placePrepositions[strings.ToLower(toks[p.a-1].Text)] {
		return true
	}
	if p.a > 1 && strings.EqualFold(toks[p.a-1].Text, "of") && placeNouns[strings.ToLower(toks[p.a-2].Text)] {
		return true
	}
	// "Mayor of Koszalin", "Governor of Chelyabinsk".
	if p.a > 1 && strings.EqualFold(toks[p.a-1].Text, "of") {
		if end, _ := headAt(toks, p.a-2); end == p.a-1 {
			return true
		}
	}
	if p.b+1 < len(toks) && toks[p.b].Text == "," {
		if g, ok := r.s.gaz.Best(toks[p.b+1].Text); ok && (g.Kind == GazCountry || g.Kind == GazPlace) {
			return true
		}
	}
	return false
}

// actsAsCountry reports whether a capital, followed by token j, acts for its country:
// "Moscow currently occupies", "Kyiv's determination", "Athens expelled".
func actsAsCountry(toks []Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	if t.Text == "'s" || t.Text == "'" {
		return j+1 < len(toks) && !isCapWord(toks[j+1].Text) && toks[j+1].Tag != "CD"
	}
	if t.Tag == "RB" && j+1 < len(toks) {
		t = toks[j+1]
	}
	switch {
	case strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN":
		return true
	case t.Tag == "MD":
		return true
	case t.Tag == "NNS" && strings.HasSuffix(t.Text, "s") && (t.Text == "occupies" || t.Text == "says" || t.Text == "wants" || t.Text == "insists"):
		return true
	}
	return false
}

// chamberWords stand before the name of a body of a legislature: "House Oversight and
// Reform Committee" is the "Oversight Committee" of the article.
var chamberWords = wordSet(`house senate`)

// shortForms maps the organization pieces that name a body by a shorter form of a name
// the article uses in full to the piece of the full name: "Oversight Committee" is the
// "House Oversight and Reform Committee", "the Supreme Court" the "United States Supreme
// Court". The short form keeps the first and last word of the full one and its words in
// order; the full name adds before them only a country, an organization or a chamber
// ("Maryland Democratic Party" is not the "Democratic Party"). A short form two full names
// fit is left alone.
func (r *resolver) shortForms() map[int]int {
	var orgs []int
	defined := map[string]bool{} // names defined with an acronym of their own
	for i := range r.pieces {
		if p := &r.pieces[i]; p.typ == schema.Organization && (p.kind == pkOrg || p.kind == pkGaz) && p.acronym == "" {
			orgs = append(orgs, i)
		} else if p.acronym != "" && !strings.HasPrefix(p.acronym, "=") {
			defined[NameKey(p.displayName())] = true
		}
	}
	out := map[int]int{}
	if len(orgs) < 2 {
		return out
	}
	keys := make(map[int]string, len(orgs))
	for _, i := range orgs {
		keys[i] = NameKey(r.fullName(i))
	}
	for _, i := range orgs {
		short := r.nameWords(i)
		if len(short) < 2 || defined[keys[i]] {
			continue // (a name with an acronym of its own is a full name: "Red Hat Linux (RHL)")
		}
		target, targetKey := -1, ""
		for _, j := range orgs {
			key := keys[j]
			if key == keys[i] || key == targetKey || len(r.nameWords(j)) <= len(short) {
				continue
			}
			if !r.shortFormOf(short, j) {
				continue
			}
			if target >= 0 {
				target = -2 // two bodies fit
				break
			}
			target, targetKey = j, key
		}
		if target >= 0 {
			out[i] = target
		}
	}
	return out
}

// nameWords returns the words of the name of piece i, without a leading "the".
func (r *resolver) nameWords(i int) []Token {
	words := r.toks(&r.pieces[i])
	if len(words) > 0 && strings.EqualFold(words[0].Text, "the") {
		words = words[1:]
	}
	return words
}

// fullName is the name the entity of an organization piece gets.
func (r *resolver) fullName(i int) string {
	if p := &r.pieces[i]; p.kind == pkGaz {
		return p.gaz.Name
	}
	return r.orgName(i)
}

// shortFormOf reports whether the words short are a short form of the name of piece j.
func (r *resolver) shortFormOf(short []Token, j int) bool {
	full := r.nameWords(j)
	if len(full) <= len(short) || !strings.EqualFold(full[len(full)-1].Text, short[len(short)-1].Text) {
		return false
	}
	start := -1
	for k := range full {
		if strings.EqualFold(full[k].Text, short[0].Text) {
			start = k
			break
		}
	}
	if start < 0 {
		return false
	}
	// What stands before: a country, an organization, a chamber.
	for x := 0; x < start; {
		if chamberWords[strings.ToLower(full[x].Text)] {
			x++
			continue
		}
		n, g, ok := r.s.longestGaz(full, x, start)
		if !ok || g.Kind != GazCountry && g.Kind != GazDemonym && g.Kind != GazOrg {
			return false
		}
		x += n
	}
	// The short form's words in order, the last one last, with at most two words left
	// out between ("and Reform"; not "Center for Biological Diversity and Center for Food
	// Safety").
	k, skipped := start, 0
	for _, w := range short[:len(short)-1] {
		for k < len(full)-1 && !strings.EqualFold(full[k].Text, w.Text) {
			k++
			skipped++
		}
		if k == len(full)-1 {
			return false
		}
		k++
	}
	return skipped+len(full)-1-k <= 2
}

// build turns the typed pieces into entities and mentions.
func (r *resolver) build() {
	d := r.d
	short := r.shortForms()
	countries := map[string]int{} // ISO -> entity
	// Person clusters get their entity when their first piece is reached.
	clusterOf := map[int]*personCluster{}
	for _, c := range r.persons {
		for _, pi := range c.pieces {
			clusterOf[pi] = c
		}
	}
	order := make([]int, len(r.pieces))
	for i := range order {
		order[i] = i
	}
	// The names of people without initials and suffixes, when only one person has them
	// ("George Bush" is neither "George W. Bush" nor "George H. W. Bush" where both are).
	plains := map[string]*personCluster{}
	for _, c := range r.persons {
		for _, f := range c.full {
			k := NameKey(plainName(f))
			if k == "" {
				k = NameKey(f) // a plain name already: "Donald Trump" beside "Donald Trump Jr."
			}
			if o, ok := plains[k]; ok && o != c {
				plains[k] = nil // two people
				continue
			}
			plains[k] = c
		}
	}
	// Demonyms wait until every country named by name is known.
	var demonymPieces []int
	for _, i := range order {
		p := &r.pieces[i]
		if j, ok := short[i]; ok {
			// The short form of a name used in full: the full name's entity.
			e := r.addEntity(schema.Organization, r.fullName(j), "")
			p.entity = e
			p.mention = "name"
			r.addAlias(e, p.displayName())
			continue
		}
		switch {
		case p.kind == pkPerson:
			c := clusterOf[i]
			if c == nil {
				continue
			}
			if c.entity < 0 {
				c.entity = r.addEntity(schema.Person, c.canonical(), "")
			}
			p.entity = c.entity
			p.mention = "name"
			r.addAlias(c.entity, p.text)
			if plain := plainName(p.text); plain != "" && plains[NameKey(plain)] == c {
				r.addAlias(c.entity, plain) // "Kamala D. Harris" is "Kamala Harris"
			}
		case p.kind == pkGaz && p.mention == "capital":
			e := r.country(countries, p.gaz.ISO)
			p.entity = e
		case p.kind == pkGaz:
			iso := ""
			if p.typ == schema.Country {
				iso = p.gaz.ISO
			}
			e := -1
			if iso != "" {
				e = r.country(countries, iso)
			} else {
				e = r.addEntity(p.typ, p.gaz.Name, "")
			}
			p.entity = e
			p.mention = "name"
			r.addAlias(e, p.text)
		case p.kind == pkOrg || p.kind == pkPlace:
			name := r.orgName(i)
			if j, ok := r.sameAs[i]; ok {
				name = r.orgName(j)
			}
			if p.acronym != "" && strings.HasPrefix(p.acronym, "=") {
				// A use of an acronym defined earlier: the entity of the definition.
				name = r.orgName(r.acronyms[p.text])
			}
			e := r.addEntity(p.typ, name, "")
			p.entity = e
			p.mention = "name"
			r.addAlias(e, p.text)
			if p.acronym != "" && !strings.HasPrefix(p.acronym, "=") {
				r.addAlias(e, p.acronym)
			}
		case p.kind == pkDemonym:
			demonymPieces = append(demonymPieces, i)
		}
	}
	for _, i := range demonymPieces {
		p := &r.pieces[i]
		toks := r.infos[p.sent].toks
		e, ok := countries[p.gaz.ISO]
		if !ok && r.demonymActs(toks, p.b) {
			e, ok = r.country(countries, p.gaz.ISO), true
		}
		if ok {
			p.entity = e
			p.mention = "demonym"
		}
	}
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.entity < 0 {
			continue
		}
		d.Mentions = append(d.Mentions, MentionRef{Start: p.start, End: p.end, Sentence: p.sent, Entity: p.entity, Kind: p.mention})
	}
	sort.SliceStable(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
}

// orgName is the name of an organization or place found by its form. A country before a
// name the article also uses alone is dropped: "US Green Party" is the "Green Party" named
// elsewhere in the article.
func (r *resolver) orgName(i int) string {
	p := &r.pieces[i]
	if p.name != "" {
		return p.name
	}
	name := p.displayName()
	// Two names the article defines with one acronym are one organization: "Islamic
	// Revolutionary Guard Corps (IRGC)" and "Iranian Revolutionary Guard Corps (IRGC)".
	if p.acronym != "" && !strings.HasPrefix(p.acronym, "=") {
		if j, ok := r.acronyms[p.acronym]; ok && j != i {
			if q := &r.pieces[j]; q.kind == pkGaz {
				return q.gaz.Name
			}
			return r.orgName(j)
		}
	}
	if unit := r.unitOf(i, name); unit != "" {
		return unit
	}
	toks := r.toks(p)
	n, g, ok := r.s.longestGaz(toks, 0, len(toks))
	if !ok || n >= len(toks) || g.Kind != GazCountry {
		return name // "Iranian Chess Federation" is a body of its own
	}
	rest := joinTokens(toks, n, len(toks))
	alone, others := "", false
	for j := range r.pieces {
		q := &r.pieces[j]
		if j == i || q.typ != p.typ {
			continue
		}
		qt := r.toks(q)
		switch {
		case NameKey(q.displayName()) == NameKey(rest):
			alone = q.displayName()
			if k, ok := r.sameAs[j]; ok && k != i {
				alone = r.orgName(k) // "Australian Liberal Party", "Liberal Party"
			}
		case len(qt) > len(toks)-n && NameKey(joinTokens(qt, len(qt)-(len(toks)-n), len(qt))) == NameKey(rest):
			// Another country's body of the same name: "Iranian Chess Federation"
			// beside "US Chess Federation".
			if m, g2, ok := r.s.longestGaz(qt, 0, len(qt)); ok && m == len(qt)-(len(toks)-n) && g2.ISO != g.ISO {
				others = true
			}
		}
	}
	if alone != "" && !others {
		return alone
	}
	// One spelling of the country: "U.S. Embassy" and "United States Embassy".
	return g.Name + " " + rest
}

// fullForms joins a body's name written alone with its full form the article also
// uses, which is its name: "<name> of <country>" ("Unity Party of America", "Supreme
// Court of the United Kingdom") or "<demonym> <name>" of two words or more ("Australian
// Liberal Party", "American Solidarity Party"); not where another country's body of
// that name is named ("Iranian Chess Federation", "US Chess Federation"), nor a place's
// ("Republican Party of Idaho": Idaho is no country).
func (r *resolver) fullForms() {
	full := map[string]int{} // folded name alone -> piece of the full form; -1: two
	r.bodies = map[string]bool{}
	for j := range r.pieces {
		if q := &r.pieces[j]; q.typ == schema.Organization && q.kind != pkPerson {
			r.bodies[NameKey(q.displayName())] = true
			if q.kind == pkGaz {
				r.bodies[NameKey(q.gaz.Name)] = true
			}
		}
	}
	for j := range r.pieces {
		q := &r.pieces[j]
		if q.kind != pkOrg && q.kind != pkPlace && !(q.kind == pkGaz && q.gaz.Kind == GazOrg) {
			continue
		}
		toks := r.toks(q)
		bare, iso := r.countryForm(toks)
		if bare == "" {
			continue
		}
		k := NameKey(bare)
		if o, ok := full[k]; ok && o >= 0 && NameKey(r.pieces[o].displayName()) != NameKey(q.displayName()) {
			if _, iso2 := r.countryForm(r.toks(&r.pieces[o])); iso2 != iso {
				full[k] = -1
			}
			continue
		}
		if _, ok := full[k]; !ok {
			full[k] = j
		}
	}
	if len(full) == 0 {
		return
	}
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind != pkOrg && p.kind != pkPlace {
			continue
		}
		if j, ok := full[NameKey(p.displayName())]; ok && j >= 0 && j != i && r.pieces[j].typ == p.typ {
			if q := &r.pieces[j]; q.kind == pkGaz {
				p.name = q.gaz.Name // "Court of Justice of the European Union"
			} else if _, ok := r.sameAs[i]; !ok {
				r.sameAs[i] = j
			}
		}
	}
}

// orgSpellings joins two spellings of an organization's name in one article: as many
// words, two or more, all alike but one, and that one a plural or a spelling a letter or
// two apart with the same initial ("Mysore Division", "Mysuru Division"; "Recording
// Industry Association of America", "Recording Industries Association of America";
// not "North Carolina", "South Carolina", nor "NBC News", "ABC News"). The first
// spelling names the organization.
func (r *resolver) orgSpellings() {
	var orgs []int
	for i := range r.pieces {
		if p := &r.pieces[i]; p.typ == schema.Organization && (p.kind == pkOrg || p.kind == pkGaz && p.gaz.Kind == GazOrg) {
			orgs = append(orgs, i)
		}
	}
	for a, i := range orgs {
		if _, ok := r.sameAs[i]; ok {
			continue
		}
		p := &r.pieces[i]
		wi := strings.Fields(NameKey(p.displayName()))
		for _, j := range orgs[a+1:] {
			q := &r.pieces[j]
			if _, ok := r.sameAs[j]; ok || p.kind == pkGaz && q.kind == pkGaz {
				continue
			}
			if wj := strings.Fields(NameKey(q.displayName())); r.spelledAlike(wi, wj) {
				switch {
				case p.kind == pkGaz:
					q.name = p.gaz.Name // the gazetteer's spelling names it
				case q.kind == pkGaz:
					p.name = q.gaz.Name
				default:
					r.sameAs[j] = i
				}
			}
		}
	}
}

// sentenceStartCuts joins an organization's name cut otherwise at the start of a
// sentence with the name the article uses elsewhere: "Free and Equal Elections
// Foundation" opening a sentence lost "Free and"; "Remarked Center for Biological
// Diversity" took a verb of the dictionary.
func (r *resolver) sentenceStartCuts() {
	names := map[string]int{}
	for i := range r.pieces {
		if p := &r.pieces[i]; p.typ == schema.Organization && (p.kind == pkOrg || p.kind == pkGaz) {
			if k := NameKey(p.displayName()); names[k] == 0 {
				names[k] = i + 1
			}
		}
	}
	for i := range r.pieces {
		p := &r.pieces[i]
		if p.kind != pkOrg || p.typ != schema.Organization {
			continue
		}
		toks := r.infos[p.sent].toks
		from := 0
		for from < p.a && !isCapWord(toks[from].Text) {
			from++ // a quotation mark, a bracket
		}
		j := -1
		switch {
		case from < p.a && p.a-from <= 3:
			if from+1 < p.a && strings.EqualFold(toks[from].Text, "the") {
				from++
			}
			if n := names[NameKey(joinTokens(toks, from, p.b))]; n > 0 {
				j = n - 1
			}
		case from == p.a && p.b-p.a >= 3 && lexicon.IsCommonWord(toks[p.a].Text):
			if n := names[NameKey(joinTokens(toks, p.a+1, p.b))]; n > 0 && n-1 != i {
				j = n - 1
				// The verb is no part of the mention.
				p.a++
				p.start = toks[p.a].Start
				p.text = r.d.Text[p.start:p.end]
			}
		}
		if j < 0 || j == i {
			continue
		}
		if q := &r.pieces[j]; q.kind == pkGaz {
			p.name = q.gaz.Name
		} else if _, ok := r.sameAs[i]; !ok {
			r.sameAs[i] = j
		}
	}
}

// spelledAlike reports whether two folded names of as many words differ in one word, a
// plural or a respelling of the other (see orgSpellings). Words of the dictionary, or
// two names of the gazetteer, are not respellings of each other: "Central", "Control";
// "Austria", "Australia" (but "Mysuru" is "Mysore").
func (r *resolver) spelledAlike(a, b []string) bool {
	if len(a) < 2 || len(a) != len(b) {
		return false
	}
	diff := -1
	for k := range a {
		if a[k] != b[k] {
			if diff >= 0 {
				return false
			}
			diff = k
		}
	}
	if diff < 0 {
		return false // the same name: one entity already
	}
	x, y := a[diff], b[diff]
	if singular(x) == singular(y) {
		return true
	}
	if x[0] != y[0] || len(x) < 5 || len(y) < 5 {
		return false
	}
	if lexicon.IsCommonWord(x) || lexicon.IsCommonWord(y) {
		return false
	}
	if gx, ok := r.s.gaz.Best(x); ok {
		if gy, ok := r.s.gaz.Best(y); ok && gy.Name != gx.Name {
			return false
		}
	}
	max := 1
	if len(x) >= 6 && len(y) >= 6 {
		max = 2
	}
	return editDistance(x, y, max) <= max
}

// singular returns a folded English word without its plural ending.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// countryForm returns the name in a full form "<name> of <country>", "<demonym> <name>"
// or "<country> <name>", with the country's ISO code, or "<name> of <body>" with "="
// and the body's folded name; else "".
func (r *resolver) countryForm(toks []Token) (bare, iso string) {
	if n, g, ok := r.s.longestGaz(toks, 0, len(toks)); ok && (g.Kind == GazDemonym || g.Kind == GazCountry) && len(toks)-n >= 2 {
		return joinTokens(toks, n, len(toks)), g.ISO
	}
	k := -1
	for j := len(toks) - 2; j >= 2; j-- {
		if toks[j].Text == "of" {
			k = j
			break
		}
	}
	if k < 0 {
		return "", ""
	}
	from := k + 1
	if strings.EqualFold(toks[from].Text, "the") {
		from++
	}
	if from >= len(toks) {
		return "", ""
	}
	if n, g, ok := r.s.longestGaz(toks, from, len(toks)); ok && from+n == len(toks) && g.Kind == GazCountry {
		return joinTokens(toks, 0, k), g.ISO
	}
	// A unit of a body the article names: "Mysore Division of the SWR", "Court of
	// Justice of the European Union".
	if parent := NameKey(joinTokens(toks, from, len(toks))); k >= 2 && r.bodies[parent] {
		return joinTokens(toks, 0, k), "=" + parent
	}
	return "", ""
}

// unitOf returns the name of the unit a body's name joins to its parent's with a dash,
// when the article also names the unit alone: "Islamic Revolutionary Guard Corps-Quds
// Force" is the "Quds Force" (a unit of its own, not its parent), else "".
func (r *resolver) unitOf(i int, name string) string {
	k := strings.LastIndexByte(name, '-')
	if k <= 0 || k+1 >= len(name) || !strings.Contains(name[:k], " ") && !isAcronym(name[:k]) {
		return ""
	}
	unit, parent := name[k+1:], name[:k]
	if g, ok := r.s.gaz.Best(parent); !(ok && g.Kind == GazOrg) && !r.definesAcronym(parent) && !r.namedAlone(i, parent) {
		return ""
	}
	if j, ok := r.acronyms[unit]; ok && j != i {
		return r.orgName(j) // "IRGC-QF" after "Quds Force (QF)"
	}
	if strings.Contains(unit, " ") && isCapWord(unit) && r.namedAlone(i, unit) {
		return unit
	}
	return ""
}

// definesAcronym reports whether the article defines the acronym acr.
func (r *resolver) definesAcronym(acr string) bool {
	_, ok := r.acronyms[acr]
	return ok
}

// namedAlone reports whether another piece than i, an organization, is named name.
func (r *resolver) namedAlone(i int, name string) bool {
	k := NameKey(name)
	for j := range r.pieces {
		if q := &r.pieces[j]; j != i && q.typ == schema.Organization && NameKey(q.displayName()) == k {
			return true
		}
	}
	return false
}

func (p *piece) displayName() string {
	name := strings.TrimPrefix(strings.TrimPrefix(p.text, "the "), "The ")
	// "Thai Raksa Chart party" is written "Thai Raksa Chart Party" elsewhere.
	if k := strings.LastIndexByte(name, ' '); k > 0 && orgHeads[name[k+1:]] {
		name = name[:k+1] + upperFirst(name[k+1:])
	}
	return name
}

// demonymActs reports whether a demonym followed by token j stands for its country: "the
// German government", "Russian President", "his Greek, Cypriot and French counterparts".
func (r *resolver) demonymActs(toks []Token, j int) bool {
	for j < len(toks) {
		t := strings.ToLower(toks[j].Text)
		if t == "," || t == "and" {
			j++
			continue
		}
		if g, ok := r.s.gaz.Best(toks[j].Text); ok && g.Kind == GazDemonym {
			j++
			continue
		}
		break
	}
	if j >= len(toks) {
		return false
	}
	t := strings.ToLower(toks[j].Text)
	if actorNouns[t] {
		return true
	}
	if end, _ := headAt(toks, j); end > 0 {
		return true
	}
	if tm, ok := titleAt(toks, j, false); ok && !tm.Honorific {
		return true
	}
	return false
}

// country returns the entity of the country iso, adding it when new.
func (r *resolver) country(countries map[string]int, iso string) int {
	if e, ok := countries[iso]; ok {
		return e
	}
	name := r.s.gaz.CountryName(iso)
	e := r.addEntity(schema.Country, name, iso)
	countries[iso] = e
	return e
}

// plainName returns a person's name without middle initials and suffixes ("Joseph R.
// Biden Jr." -> "Joseph Biden"), or "" when it has none or keeps fewer than two words.
func plainName(name string) string {
	words := strings.Fields(strings.TrimSuffix(name, "'s"))
	kept := words[:0:0]
	for k, w := range words {
		if k > 0 && (isInitial(w) || nameSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))]) {
			continue
		}
		kept = append(kept, strings.TrimSuffix(w, ","))
	}
	if len(kept) < 2 || len(kept) == len(words) {
		return ""
	}
	return strings.Join(kept, " ")
}

// canonical is the name a person cluster is known by: a full name without middle
// initials when the article has one, else the first full name, else the one word.
func (c *personCluster) canonical() string {
	if len(c.full) == 0 {
		return c.singles[0]
	}
	// The longest name without initials ("John Bolton" before "John R. Bolton"), else
	// the longest name.
	best, bestPlain := "", ""
	for _, f := range c.full {
		if len(strings.Fields(f)) > len(strings.Fields(best)) {
			best = f
		}
		plain := true
		for _, w := range strings.Fields(f) {
			if isInitial(w) {
				plain = false
			}
		}
		if plain && len(strings.Fields(f)) > len(strings.Fields(bestPlain)) {
			bestPlain = f
		}
	}
	if bestPlain != "" {
		return bestPlain
	}
	return best
}

// addEntity adds (or finds) the entity of type t named name in the Draft, after the
// registry and the aliases file have had their say on its canonical name.
func (r *resolver) addEntity(t schema.EntityType, name, iso string) int {
	t, canon := r.s.canonical(t, name)
	i := r.d.AddEntity(t, canon)
	if iso != "" {
		r.d.Entities[i].ISO = iso
	}
	if canon != name {
		r.addAlias(i, name)
	}
	return i
}

// addAlias records a spelling of entity i, unless it is its name or already known.
func (r *resolver) addAlias(i int, alias string) {
	if i < 0 {
		return
	}
	alias = strings.TrimSpace(alias)
	alias = strings.TrimSuffix(alias, "'s")
	if alias == "" || strings.ContainsAny(alias, "[](){}\"") {
		return
	}
	e := &r.d.Entities[i]
	if strings.EqualFold(alias, e.Name) {
		return
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, alias) {
			return
		}
	}
	e.Aliases = append(e.Aliases, alias)
}
