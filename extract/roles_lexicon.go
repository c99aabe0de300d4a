package extract

import (
	"strings"

	"newsgraph/extract/internal/lexicon"
)

// titleHeads are the nouns that name a position a person holds. The value is the
// singular form ("presidents" -> "president").
var titleHeads = map[string]string{}

// titleHeadList: singular|plural forms. Multi-word heads are written with spaces.
const titleHeadList = `
president|presidents
vice president|vice presidents|vice-president|vice-presidents
president-elect
premier|premiers
prime minister|prime ministers
chancellor|chancellors
minister|ministers
secretary|secretaries
secretary of state|secretaries of state
secretary-general|secretary general
attorney general|attorney-general
district attorney|district attorneys
ambassador|ambassadors
envoy|envoys
advisor|advisors
adviser|advisers
commissioner|commissioners
chairperson|chairpersons
chairman|chairmen
chairwoman|chairwomen
director|directors
director-general|director general
governor|governors
lieutenant governor
mayor|mayors
king|kings
queen|queens
prince|princes
crown prince
princess
emperor
empress
spokesperson|spokespersons|spokespeople
spokesman|spokesmen
spokeswoman|spokeswomen
leader|leaders
chief executive|chief executives
chief executive officer
ceo|ceos
chief of staff
head of state
head of government
general|generals
admiral|admirals
colonel|colonels
commander|commanders
senator|senators
congressman|congressmen
congresswoman|congresswomen
lawmaker|lawmakers
mp|mps
judge|judges
prosecutor|prosecutors
speaker
emir
sultan
pope
archbishop
bishop
cardinal
coach
captain
founder|founders
co-founder
editor|editors
editor-in-chief
correspondent
professor|professors
deputy|deputies
ruler
monarch
dictator
treasurer
first lady
negotiator|negotiators
diplomat|diplomats
official|officials
chief
head
chair|chairs
member|members
taoiseach
tanaiste|tánaiste
first minister|first ministers
chief minister|chief ministers
sheriff|sheriffs
inspector|inspectors
surgeon general
prosecutor-general|prosecutor general
procurator-general|procurator general
governor-general|governor general
inspector-general|inspector general
consul|consuls
consul general
manager|managers
representative|representatives
special representative|special representatives
high representative
officer|officers
chief technology officer
chief operating officer
chief financial officer
member of parliament|members of parliament
`

// titleComplements may follow "minister of", "secretary of", "director of" ... as part of
// the title ("Secretary of State", "Minister of Foreign Affairs").
var titleComplements = map[string]bool{}

const titleComplementList = `
state
foreign affairs
the interior
interior
internal affairs
home affairs
defence
defense
finance
the treasury
treasury
health
justice
education
energy
commerce
labor
labour
agriculture
transportation
transport
veterans affairs
homeland security
housing
trade
industry
trade and industry
economy
economic affairs
culture
information
tourism
environment
national intelligence
staff
public security
emergency situations
emergencies
communications
`

// titleModifiers are words that may stand before a title head as part of the title:
// "foreign minister", "national security advisor", "opposition leader".
var titleModifiers = map[string]bool{}

const titleModifierList = `
foreign defence defense interior finance health economy economic trade industry and home
justice education energy environment agriculture labour labor transport culture information
communications emergencies emergency deputy vice acting interim first chief senior special
national security opposition regional state federal prime crown supreme executive managing
assistant associate lieutenant press party parliamentary military army police union team
rebel militia spiritual religious majority minority senate house presidential provincial
general principal permanent top main lead assistant-secretary under-secretary
undersecretary climate human rights refugee refugees trade intelligence counterterrorism
ministry department office bureau district circuit magistrate appeals student
digital science technology sports tourism cabinet government court high
`

// honorifics stand before a name without being a role: "Mr Trump", "Dr Alencar".
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "madam": true, "mister": true, "mme": true, "mlle": true,
	"monsieur": true, "madame": true, "ayatollah": true, "sheikh": true, "sheikha": true, "herr": true, "frau": true, "señor": true, "señora": true,
}

// takesGeneral are heads that "general" may follow: "Prosecutor General", "Governor
// General", "Inspector General".
var takesGeneral = map[string]bool{"prosecutor": true, "governor": true, "inspector": true, "surgeon": true, "solicitor": true, "consul": true, "director": true, "secretary": true, "procurator": true, "auditor": true}

// extendable are heads that may stand before another head as one title: "Deputy
// Governor", "Chief Technology Officer", "general secretary"; "chairperson President" is
// two titles.
var extendable = map[string]bool{"deputy": true, "chief": true, "general": true, "vice president": true, "head": true}

// occupations stand before a name like honorifics, without making a role: "Actor
// Denzel Washington", "Moderator Chris Wallace".
var occupations = wordSet(`actor actress singer rapper musician songwriter composer author writer novelist poet
playwright filmmaker comedian host presenter anchor moderator journalist reporter
columnist photographer artist painter sculptor designer architect model athlete player
striker goalkeeper defender midfielder boxer wrestler swimmer cyclist golfer sprinter
jockey driver pilot astronaut chef entrepreneur businessman businesswoman billionaire
millionaire tycoon magnate banker investor activist campaigner lawyer attorney barrister
solicitor doctor dr nurse surgeon physician scientist researcher economist historian
academic scholar physicist chemist biologist engineer inventor explorer philosopher
psychologist sergeant corporal private lieutenant major constable detective inspector
superintendent sheriff officer trooper agent ranger firefighter paramedic priest pastor
reverend rev father sister brother rabbi imam cleric monk nun deacon chaplain saint
survivor victim suspect defendant plaintiff witness student teacher principal coach
referee umpire podcaster blogger youtuber influencer vlogger candidate nominee challenger incumbent
protester protestor demonstrator organiser organizer`)

// notRoles are occupations that describe a part in a story, not a position: "suspect
// Brenton Tarrant", "victim Jane Doe".
var notRoles = wordSet(`survivor victim suspect defendant plaintiff witness student dr rev saint father
sister brother private model`)

// formerWords mark a role no longer held: "former president George W. Bush".
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "late": true, "erstwhile": true, "outgoing": true}

func init() {
	for _, line := range strings.Split(titleHeadList, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		forms := strings.Split(line, "|")
		for _, f := range forms {
			titleHeads[f] = forms[0]
		}
	}
	for _, line := range strings.Split(titleComplementList, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			titleComplements[line] = true
		}
	}
	for _, w := range strings.Fields(titleModifierList) {
		titleModifiers[w] = true
	}
	// Occupations name roles too ("student protester Joshua Wong"), but for those
	// that only describe someone in a story.
	for w := range occupations {
		if notRoles[w] || honorifics[w] {
			continue
		}
		if _, ok := titleHeads[w]; !ok {
			titleHeads[w] = w
			titleHeads[w+"s"] = w
		}
	}
	for h := range titleHeads {
		titleStarts[strings.Fields(h)[0]] = true
	}
	for _, m := range []map[string]bool{titleModifiers, formerWords, honorifics, occupations} {
		for w := range m {
			titleStarts[w] = true
		}
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
// "mr").
func lowerTok(toks []Token, i int) string {
	return strings.TrimSuffix(strings.ToLower(toks[i].Text), ".")
}

// headAt matches the longest title head starting at token i, with a complement ("of
// State", "of Foreign Affairs"); it returns the index after it and the singular head.
func headAt(toks []Token, i int) (int, string) {
	best, head := -1, ""
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
