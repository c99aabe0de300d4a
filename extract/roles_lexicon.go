package extract

import (
	"strings"

	"newsgraph/extract/internal/lexicon"
)

// titleHeads are the nouns that name a position a person holds or the work they do
// (positions and occupations of the title lexicon, internal/lexicon/titles.txt). The value
// is the singular form ("presidents" -> "president"). Multi-word heads are written with
// spaces.
var titleHeads = map[string]string{}

// titleComplements may follow "minister of", "secretary of", "director of" ... as part of
// the title ("Secretary of State", "Minister of Foreign Affairs").
var titleComplements = map[string]bool{}

// titleModifiers are words that may stand before a title head as part of the title:
// "foreign minister", "national security advisor", "opposition leader".
var titleModifiers = map[string]bool{}

// honorifics stand before a name without being a role: "Mr Trump", "Dr Alencar".
var honorifics = map[string]bool{}

// titleAbbrevs are the written short forms of titles, read when capitalised with their
// dot: "Sen." is "senator", "Lt. Gov." is "lieutenant governor".
var titleAbbrevs = map[string]string{}

// takesGeneral are heads that "general" may follow: "Prosecutor General", "Governor
// General", "Inspector General".
var takesGeneral = map[string]bool{"prosecutor": true, "governor": true, "inspector": true, "surgeon": true, "solicitor": true, "consul": true, "director": true, "secretary": true, "procurator": true, "auditor": true, "attorney": true, "postmaster": true, "comptroller": true, "adjutant": true}

// extendable are heads that may stand before another head as one title: "Deputy
// Governor", "Chief Technology Officer", "general secretary"; "chairperson President" is
// two titles.
var extendable = map[string]bool{"deputy": true, "chief": true, "general": true, "vice president": true, "head": true, "executive": true, "assistant": true, "detective": true}

// capitalOnly are heads that name a rank only when capitalised: "Major Jane Doe", but "a
// major driver".
var capitalOnly = map[string]bool{"major": true}

// occupations stand before a name like honorifics ("Actor Denzel Washington", "drummer
// Mickey Hart") and name roles; notRoles among them describe a part in a story, not a
// position ("suspect Brenton Tarrant", "victim Jane Doe").
var occupations = map[string]bool{}
var notRoles = map[string]bool{}

// formerWords mark a role no longer held: "former president George W. Bush".
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "late": true, "erstwhile": true, "outgoing": true}

func init() {
	lx := lexicon.Titles()
	for _, t := range lx.Titles {
		switch t.Kind {
		case lexicon.Honorific:
			for _, f := range t.Forms {
				honorifics[f] = true
			}
			continue
		case lexicon.Descriptor:
			for _, f := range t.Forms {
				occupations[f] = true
				notRoles[f] = true
			}
			continue
		case lexicon.Occupation:
			for _, f := range t.Forms {
				occupations[f] = true
			}
		}
		for _, f := range t.Forms {
			if _, ok := titleHeads[f]; !ok {
				titleHeads[f] = t.Singular
			}
		}
	}
	for _, c := range lx.Complements {
		titleComplements[c] = true
	}
	for _, w := range lx.Modifiers {
		titleModifiers[w] = true
	}
	for short, long := range lx.Abbreviations {
		titleAbbrevs[short] = long
	}
	for h := range titleHeads {
		titleStarts[strings.Fields(h)[0]] = true
	}
	for _, m := range []map[string]bool{titleModifiers, formerWords, honorifics, occupations} {
		for w := range m {
			titleStarts[w] = true
		}
	}
	for w := range titleAbbrevs {
		titleStarts[w] = true
	}
}

// titleStarts holds every word a title phrase may begin with.
var titleStarts = map[string]bool{}

// titleMatch is a title phrase found in a sentence's tokens: tokens [Start, End), of which
// [HeadStart, End) is the head (with its complement).
type titleMatch struct {
	Start, HeadStart, End int
	// Head is the singular head ("president", "secretary of state").
	Head string
	// Former is set when "former" (or "ex-", "then") precedes the title.
	Former bool
	// Honorific is set for "Mr", "Dr" ...: a name follows but no role is stated.
	Honorific bool
}

// lowerTok returns the lower-case text of token i, with a trailing dot dropped ("Mr." ->
// "mr"); a capitalised short form of a title with its dot is written out ("Sen." ->
// "senator", "Lt." -> "lieutenant").
func lowerTok(toks []Token, i int) string {
	t := toks[i].Text
	low := strings.TrimSuffix(strings.ToLower(t), ".")
	if len(low) < len(t) && isCapWord(t) {
		if long, ok := titleAbbrevs[low]; ok {
			return long
		}
	}
	return low
}

// headAt matches the longest title head starting at token i, with a complement ("of
// State", "of Foreign Affairs"); it returns the index after it and the singular head.
func headAt(toks []Token, i int) (int, string) {
	best, head := -1, ""
	if capitalOnly[toks[i].Text] {
		return -1, ""
	}
	// Up to four words: "chief executive officer", "secretary of state", "head of state".
	w := ""
	for j := i; j < len(toks) && j < i+4; j++ {
		t := lowerTok(toks, j)
		if j > i {
			w += " "
		}
		w += t
		if h, ok := titleHeads[w]; ok {
			best, head = j+1, h
		}
		// "vice-president", "secretary-general" are one token.
	}
	if best < 0 {
		return -1, ""
	}
	// Complement: "minister of foreign affairs", "secretary for health".
	if best < len(toks) {
		if p := lowerTok(toks, best); (p == "of" || p == "for") && takesComplement(head) {
			c := ""
			for j := best + 1; j < len(toks) && j < best+5; j++ {
				if j > best+1 {
					c += " "
				}
				c += lowerTok(toks, j)
				if titleComplements[c] {
					return j + 1, head + " " + p + " " + c
				}
			}
		}
	}
	return best, head
}

func takesComplement(head string) bool {
	switch head {
	case "minister", "secretary", "director", "head", "chief", "commissioner", "deputy", "chairman", "chairperson", "spokesperson", "spokesman", "spokeswoman":
		return true
	}
	return false
}

// titleAt matches a title phrase starting at token i: optional "former", closed-class
// modifiers ("foreign", "national security"), a head. When capOnly is set every word must
// be capitalised (a title inside a run of proper nouns: "Prime Minister").
func titleAt(toks []Token, i int, capOnly bool) (titleMatch, bool) {
	m := titleMatch{Start: i}
	if first := lowerTok(toks, i); !titleStarts[first] && formerPrefix(first) == 0 && !(capOnly && freeModifier(toks[i].Text)) {
		return m, false
	}
	free := 0
	j := i
	for j < len(toks) {
		t := lowerTok(toks, j)
		if capOnly && !isCapWord(toks[j].Text) {
			return m, false
		}
		if end, head := headAt(toks, j); end > 0 {
			// Prefer the longest reading: "deputy prime minister" has the modifier
			// "deputy" before the head "prime minister".
			if capOnly {
				for k := j; k < end; k++ {
					if !isCapWord(toks[k].Text) && !isConnector(lowerTok(toks, k)) {
						return m, false
					}
				}
			}
			m.HeadStart, m.End, m.Head = j, end, head
			// A head that modifies another: "Deputy Governor", "Chief Technology
			// Officer", "deputy director", "general secretary", "Bishop Emeritus".
			if end < len(toks) && (!capOnly || isCapWord(toks[end].Text)) {
				if w := lowerTok(toks, end); w == "emeritus" || w == "elect" || w == "general" && takesGeneral[head] {
					m.End = end + 1 // "Bishop Emeritus", "Prosecutor General"
				} else if next, ok := titleAt(toks, end, capOnly); ok && !next.Honorific && !next.Former && next.Start == end && next.End-end <= 4 && (extendable[head] || occupations[head]) {
					m.End, m.Head = next.End, next.Head
				}
			}
			return m, true
		}
		switch {
		case j == m.Start && formerWords[strings.TrimSuffix(t, "-")]:
			m.Former = true
		case formerPrefix(t) > 0 && j == m.Start:
			m.Former = true
			if end, head := headAt([]Token{{Text: t[formerPrefix(t):]}}, 0); end > 0 {
				m.HeadStart, m.End, m.Head = j, j+1, head
				return m, true
			}
			// "then-prime-minister": the head's words joined by dashes.
			var words []Token
			for _, w := range strings.Split(t[formerPrefix(t):], "-") {
				words = append(words, Token{Text: w})
			}
			if end, head := headAt(words, 0); len(words) > 1 && end == len(words) {
				m.HeadStart, m.End, m.Head = j, j+1, head
				return m, true
			}
		case (honorifics[t] || occupations[t]) && j == m.Start && titleHeads[t] == "" && !(isAllCaps(toks[j].Text) && len(toks[j].Text) > 1) &&
			!(titleModifiers[t] && j+1 < len(toks) && func() bool { e, _ := headAt(toks, j+1); return e > 0 }()):
			m.HeadStart, m.End, m.Head, m.Honorific = j, j+1, t, true
			return m, true
		case titleModifiers[t] && !(j == m.Start && (t == "and" || t == "general")):
		case capOnly && free < 2 && freeModifier(toks[j].Text):
			// "Deputy Emergency Situations Minister", "Homeland Security Secretary".
			free++
		default:
			return m, false
		}
		j++
		if j-i > 5 {
			return m, false
		}
	}
	return m, false
}

// formerPrefix returns the length of a prefix marking a former role ("ex-President",
// "then-Governor"), or 0.
func formerPrefix(w string) int {
	for _, p := range []string{"ex-", "then-", "former-"} {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// freeModifier reports whether a capitalised word may stand inside a title of capitalised
// words without being a known modifier: not a name of the gazetteer, not the head of an
// organization's or place's name, not a first name ("Situations" in "Deputy Emergency
// Situations Minister", but not "Institute" in "Research Institute Director").
func freeModifier(w string) bool {
	low := strings.ToLower(w)
	if !isCapWord(w) || hardStops[low] || stopCaps[low] || orgHeads[low] || placeHeads[low] || nonEntityHeads[low] ||
		calendarWords[low] || isAllCaps(w) || lexicon.IsFirstName(w) {
		return false
	}
	_, known := DefaultGazetteer().Best(w)
	return !known
}

func isConnector(w string) bool {
	switch w {
	case "of", "for", "and", "the", "on":
		return true
	}
	return false
}
