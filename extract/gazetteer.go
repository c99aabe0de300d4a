package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"github.com/tidwall/cities"
	"golang.org/x/text/unicode/norm"

	"newsgraph/schema"
)

// GazKind says what a gazetteer entry names.
type GazKind uint8

// The kinds of gazetteer entries, from the strongest to the weakest.
const (
	// GazCountry is a country name or alias ("Britain" -> United Kingdom).
	GazCountry GazKind = iota + 1
	// GazDemonym is the adjective or people noun of a country ("Russian" -> Russia).
	GazDemonym
	// GazOrg is an organization, medium or government body.
	GazOrg
	// GazPlace is a continent, region, sea, island, state or well-known place.
	GazPlace
	// GazCapital is a capital city: a place, and a stand-in for its country when it acts
	// ("Moscow currently occupies").
	GazCapital
	// GazCity is one of the larger cities of a country.
	GazCity
	// GazMinorCity is a smaller town: typed as a place only where the context says so
	// ("in Magnitogorsk", "Bolton, England").
	GazMinorCity
	// GazNone is a capitalised phrase that names nothing ("North American").
	GazNone
)

// GazEntry is one meaning of a gazetteer name.
type GazEntry struct {
	Kind GazKind
	// Name is the canonical name of the entity ("United Kingdom").
	Name string
	// ISO is the country's alpha-2 code (for countries, demonyms, capitals, and places
	// known to lie in a country).
	ISO string
}

// Type is the entity type of the entry, or "" for demonyms and non-entities.
func (e GazEntry) Type() schema.EntityType {
	switch e.Kind {
	case GazCountry:
		return schema.Country
	case GazOrg:
		return schema.Organization
	case GazPlace, GazCapital, GazCity, GazMinorCity:
		return schema.Place
	}
	return ""
}

// Gazetteer is the table of known names: countries with their ISO codes and aliases
// (biter777/countries plus the project's table of common names), demonyms, capitals and
// cities (biter777/countries, tidwall/cities), US, Canadian, Australian and Indian
// states, and the project's tables of organizations, media and geographic names.
// It is built once per process and only read afterwards.
type Gazetteer struct {
	// byKey maps a folded name (NameKey) to its meanings, strongest first.
	byKey map[string][]gazItem
	// country maps an ISO code to the canonical country name.
	country map[string]string
	// capital maps an ISO code to the canonical name of its capital.
	capital map[string]string
	// maxWords is the length in words of the longest name.
	maxWords int
	// firstWord maps the first word of every key to the most words a name starting with
	// it has: a quick "no" for most words of a text.
	firstWord map[string]int
}

type gazItem struct {
	GazEntry
	// exact asks that the text spell the name in the same capitals (acronyms: "US",
	// "WHO", "AU").
	exact string
}

// DefaultGazetteer returns the process-wide gazetteer, building it on first use.
var DefaultGazetteer = sync.OnceValue(buildGazetteer)

// Lookup returns the meanings of text (one or more words as written), strongest first.
// Acronyms match only in their own capitals.
func (g *Gazetteer) Lookup(text string) []GazEntry {
	items := g.byKey[NameKey(text)]
	if len(items) == 0 {
		return nil
	}
	out := make([]GazEntry, 0, len(items))
	for _, it := range items {
		if it.exact != "" && strings.ReplaceAll(text, ".", "") != it.exact {
			continue
		}
		out = append(out, it.GazEntry)
	}
	return out
}

// Best returns the strongest meaning of text, if any.
func (g *Gazetteer) Best(text string) (GazEntry, bool) {
	items := g.byKey[NameKey(text)]
	for _, it := range items {
		if it.exact != "" && strings.ReplaceAll(text, ".", "") != it.exact {
			continue
		}
		return it.GazEntry, true
	}
	return GazEntry{}, false
}

// CountryName returns the canonical name of the country with ISO code iso.
func (g *Gazetteer) CountryName(iso string) string { return g.country[iso] }

// CapitalOf returns the canonical name of the capital of the country iso.
func (g *Gazetteer) CapitalOf(iso string) string { return g.capital[iso] }

// MaxWords is the number of words of the longest name in the gazetteer.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// NameKey folds a name for lookup: accents removed, lower case, dots dropped ("U.S." ->
// "us"), other punctuation and dashes made spaces, a possessive "'s" dropped, spaces
// collapsed. "Côte d'Ivoire" -> "cote d ivoire".
func NameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFKD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	k := strings.TrimSuffix(b.String(), " ")
	if strings.HasSuffix(k, " s") && (strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")) {
		k = k[:len(k)-2]
	}
	return k
}

// isAcronym reports whether a name is written in capitals that must match exactly: no
// lower-case letter and at most five letters ("US", "U.S.", "WHO", "G7").
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0 && letters <= 5
}

func (g *Gazetteer) add(name string, e GazEntry) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	key := NameKey(name)
	if key == "" {
		return
	}
	it := gazItem{GazEntry: e}
	if isAcronym(name) {
		it.exact = strings.ReplaceAll(name, ".", "")
	}
	items := g.byKey[key]
	for _, old := range items {
		if old.Kind == e.Kind && old.Name == e.Name && old.exact == it.exact {
			return
		}
	}
	// Keep the strongest meaning first; a weaker one is kept for context rules.
	pos := len(items)
	for i, old := range items {
		if e.Kind < old.Kind {
			pos = i
			break
		}
	}
	items = append(items, gazItem{})
	copy(items[pos+1:], items[pos:])
	items[pos] = it
	g.byKey[key] = items
	words := strings.Fields(key)
	if n := len(words); n > g.maxWords {
		g.maxWords = n
	}
	if n := len(words); n > g.firstWord[words[0]] {
		g.firstWord[words[0]] = n
	}
}

// MaxWordsFrom returns the most words a name starting with the word w has, 0 when no name
// starts with it.
func (g *Gazetteer) MaxWordsFrom(w string) int {
	k := NameKey(w)
	if i := strings.IndexByte(k, ' '); i >= 0 {
		// A token that folds to several words ("U.K.-based" -> "uk based").
		if n := g.firstWord[k[:i]]; n > 0 {
			return n + strings.Count(k, " ")
		}
		return 0
	}
	return g.firstWord[k]
}

// retype makes the entries of the country iso places: territories the project's table
// names (Hong Kong, Macau, the Falklands) are not sovereign countries.
func (g *Gazetteer) retype(iso string) {
	for k, items := range g.byKey {
		for i := range items {
			if items[i].Kind == GazCountry && items[i].ISO == iso {
				items[i].Kind = GazPlace
			}
		}
		// Keep the strongest meaning first.
		sort.SliceStable(items, func(a, b int) bool { return items[a].Kind < items[b].Kind })
		g.byKey[k] = items
	}
}

// tableLines yields the non-empty lines of a table, split on "|".
func tableLines(table string) [][]string {
	var out [][]string
	for _, line := range strings.Split(table, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		out = append(out, strings.Split(line, "|"))
	}
	return out
}

func buildGazetteer() *Gazetteer {
	g := &Gazetteer{byKey: make(map[string][]gazItem, 16000), country: map[string]string{}, capital: map[string]string{}, firstWord: map[string]int{}}

	// Countries: the project's names first (they choose the canonical name), then every
	// name biter777/countries knows.
	skip := map[string]bool{}
	for _, c := range strings.Fields(notCountries) {
		skip[c] = true
	}
	for _, f := range tableLines(countryNames) {
		iso, canon := f[0], f[1]
		g.country[iso] = canon
		for _, n := range f[1:] {
			g.add(n, GazEntry{Kind: GazCountry, Name: canon, ISO: iso})
		}
	}
	for _, c := range countries.All() {
		iso := c.Alpha2()
		name := c.String()
		if skip[iso] {
			// A territory: a place, under the name the project's table gives it.
			if canon, ok := g.country[iso]; ok {
				for _, e := range g.Lookup(canon) {
					if e.Kind == GazCountry && e.ISO == iso {
						g.retype(iso)
						break
					}
				}
				continue
			}
			g.add(name, GazEntry{Kind: GazPlace, Name: name, ISO: iso})
			if i := strings.Index(name, " ("); i > 0 {
				g.add(name[:i], GazEntry{Kind: GazPlace, Name: name, ISO: iso})
			}
			continue
		}
		canon, ok := g.country[iso]
		if !ok {
			canon = name
			g.country[iso] = canon
		}
		g.add(name, GazEntry{Kind: GazCountry, Name: canon, ISO: iso})
		if i := strings.Index(name, " ("); i > 0 { // "Iran (Islamic Republic of)"
			g.add(name[:i], GazEntry{Kind: GazCountry, Name: canon, ISO: iso})
		}
	}
	for _, f := range tableLines(demonyms) {
		iso := f[0]
		for _, n := range f[1:] {
			g.add(n, GazEntry{Kind: GazDemonym, Name: g.country[iso], ISO: iso})
		}
	}
	for _, f := range tableLines(organizations) {
		for _, n := range f {
			g.add(n, GazEntry{Kind: GazOrg, Name: f[0]})
		}
	}
	for _, f := range tableLines(places) {
		canon, iso, _ := strings.Cut(f[0], "@")
		for i, n := range f {
			if i == 0 {
				n = canon
			}
			g.add(n, GazEntry{Kind: GazPlace, Name: canon, ISO: iso})
		}
	}
	for _, f := range tableLines(nonEntities) {
		g.add(f[0], GazEntry{Kind: GazNone, Name: f[0]})
	}

	// Capitals (biter777/countries) and cities (tidwall/cities: up to 100 per country,
	// largest first; the first 15 count as major cities).
	for _, c := range countries.All() {
		iso := c.Alpha2()
		if skip[iso] {
			continue
		}
		cap := c.Capital()
		if !cap.IsValid() {
			continue
		}
		name := cap.String()
		if name == "" || name == "None" || name == "Unknown" {
			continue
		}
		// A capital that a table spells differently keeps the table's name ("Kyiv").
		if e, ok := g.Best(name); ok && e.Kind == GazPlace && e.ISO == iso {
			name = e.Name
		}
		g.capital[iso] = name
		g.add(name, GazEntry{Kind: GazCapital, Name: name, ISO: iso})
	}
	rank := map[string]int{}
	isoOf := map[string]string{}
	for _, c := range cities.Cities {
		iso, ok := isoOf[c.Country]
		if !ok {
			iso = g.cityCountry(c.Country)
			isoOf[c.Country] = iso
		}
		r := rank[c.Country]
		rank[c.Country]++
		kind := GazMinorCity
		if r < 15 {
			kind = GazCity
		}
		name := c.City
		if e, ok := g.Best(name); ok && e.Kind <= GazCapital {
			// A place the tables know better (a capital, a region, a country).
			if e.Kind == GazCapital || e.Kind == GazPlace {
				continue
			}
		}
		g.add(name, GazEntry{Kind: kind, Name: name, ISO: iso})
	}

	// States and provinces of countries whose subdivisions biter777/countries names in
	// English.
	for _, s := range countries.AllSubdivisions() {
		iso := s.Country().Alpha2()
		switch iso {
		case "US", "CA", "AU", "IN":
		default:
			continue
		}
		name := s.String()
		if name == "" || strings.ContainsAny(name, "(;") {
			continue
		}
		g.add(name, GazEntry{Kind: GazPlace, Name: name, ISO: iso})
	}
	return g
}

// cityCountry maps the country names of tidwall/cities to ISO codes.
func (g *Gazetteer) cityCountry(name string) string {
	switch name {
	case "Gambia, The":
		return "GM"
	case "Korea, North":
		return "KP"
	case "Korea, South":
		return "KR"
	case "Nepa":
		return "NP"
	}
	if e, ok := g.Best(name); ok && e.Kind == GazCountry {
		return e.ISO
	}
	return ""
}
