package queries

import (
	"strings"

	"newsgraph/graph"
)

// The words that make a statement supportive of, or hostile to, an entity it names.
// Words are compared in graph.FoldName form (lower case, punctuation made a space), so
// "Russia's" is the two words "russia s". Each table is general vocabulary, not taken from
// one article.
var (
	// supportWords show support for what follows them: "support for Ukraine", "thanked
	// Germany", "stand with Kyiv".
	supportWords = wordSet(`support supports supported supporting supportive backs backed backing
		ally allies allied solidarity partner partners partnership cooperation cooperate cooperating
		cooperated welcome welcomed welcomes welcoming praise praised praises praising thank thanked
		thanks thanking grateful gratitude friendship friendly help helped helping aid assist assisted
		assistance commend commended applaud applauded congratulate congratulated endorse endorsed
		endorses defend defended defending`)
	// supportPhrases are support cues of several words.
	supportPhrases = phraseList(`stand with|stands with|stood with|standing with|side with|sided with|
		sides with|on the side of|in favour of|in favor of`)

	// hostileWords show hostility to what follows them: "condemned Russia", "blaming Iran",
	// "sanctions on Russia".
	hostileWords = wordSet(`condemn condemns condemned condemning denounce denounces denounced
		denouncing accuse accuses accused accusing blame blames blamed blaming criticize criticizes
		criticized criticizing criticise criticises criticised criticising slam slams slammed reject
		rejects rejected rejecting oppose opposes opposed opposing threaten threatens threatened
		threatening hostile hostility enemy enemies adversary adversaries aggression aggressor
		aggressive sanction sanctions sanctioned punish punished retaliate retaliation lie lies lying
		liar liars colonialist colonial imperialist illegal illegitimate violation violations violate
		violates violated infringe infringes infringed provocation provocations provocative expel
		expelled propaganda`)
	// hostilePhrases are hostility cues of several words.
	hostilePhrases = phraseList(`null and void|turn against|turned against|stand against|stands against`)

	// blameNouns name a hostile act of whoever is named just before them: "Russia's
	// aggression", "Iran's lies".
	blameNouns = wordSet(`aggression aggressor threat threats provocation provocations lies
		occupation invasion hostility propaganda`)

	// violenceWords name an act whose object is its victim ("the attack on Ukraine"): a
	// stance word followed by one of them before any name says nothing about that name.
	violenceWords = wordSet(`attack attacks attacked invasion aggression strike strikes bombing
		bombings war shelling assault assaults killing killings poisoning occupation massacre`)

	// modifiers are stance words that qualify the noun after them ("illegal immigrants"):
	// they count only for a name right after them ("hostile Russia"), never for the only
	// entity of a statement by default.
	modifiers = wordSet(`illegal illegitimate hostile aggressive provocative colonialist colonial
		imperialist supportive friendly allied`)

	// negations cancel a stance word up to three words after them.
	negations = wordSet(`not no never nor without t cannot neither`)

	// stanceCues are speech-verb lemmas (Statement.Cue) that carry a stance themselves.
	supportCues = wordSet(`praise thank welcome congratulate applaud commend endorse support back`)
	hostileCues = wordSet(`accuse condemn denounce criticize criticise blame slam threaten reject oppose`)
)

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

func phraseList(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, "|") {
		if f := strings.Fields(p); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// stanceWindow is how many words after a stance word its target may come.
const stanceWindow = 6

// owners are the words before a stance word that make the stance someone else's: "its
// support for Maduro" is Cuba's, "Christie, who denounced" is Christie's, not the
// speaker's. (A name before it, "Cuba's support", folds to "cuba s".)
var owners = wordSet(`its their his her s who which whose`)

// auxiliaries may come between a named subject and its stance verb ("the House has
// rejected").
var auxiliaries = wordSet(`has have had is are was were will would also strongly repeatedly
	publicly openly`)

// stanceOf reads a statement's text for support of or hostility to some of the candidate
// entities, each given by its folded names. It returns the sign (+1 supportive, -1
// hostile, 0 none), the indexes of the targets among the candidates and the cue word.
//
// A stance word targets the first candidate named within stanceWindow words after it
// ("condemned Russia"), with those joined to it by "and" ("blamed both Israel and the
// United States"); a blame noun targets the candidate named just before it ("Russia's
// aggression") or after "from"/"by"; a speech verb that carries a stance (the cue: accuse,
// praise ...) the first candidate of the text. When no stance word names a candidate and
// the statement names exactly one, that one is the target, unless an act of violence
// follows the stance word ("condemned the attack on Ukraine" is not hostile to Ukraine).
// A stance is dropped when a negation comes in the three words before it, or when it is
// someone else's ("its support for Maduro", "Christie, who denounced", "the House
// rejected"). A modifier ("illegal", "hostile") counts only for a name right after it.
// Stance words that disagree in sign or target give no stance.
func stanceOf(text, cue string, candidates [][]string) (sign int, targets []int, word string) {
	words := strings.Fields(graph.FoldName(text))
	names := make([][][]string, len(candidates))
	for i, c := range candidates {
		for _, n := range c {
			if f := strings.Fields(n); len(f) > 0 {
				names[i] = append(names[i], f)
			}
		}
	}
	// nameAt returns the candidate whose name starts at word j and the name's length.
	nameAt := func(j int) (int, int) {
		for i, ns := range names {
			for _, n := range ns {
				if hasWords(words, j, n) {
					return i, len(n)
				}
			}
		}
		return -1, 0
	}
	// nameEndingAt returns the candidate whose name ends at word j (inclusive), or -1.
	nameEndingAt := func(j int) int {
		for i, ns := range names {
			for _, n := range ns {
				if start := j - len(n) + 1; start >= 0 && hasWords(words, start, n) {
					return i
				}
			}
		}
		return -1
	}
	// namesFrom returns the candidate named at word j and those joined to it by "and".
	namesFrom := func(j int) []int {
		var out []int
		for {
			c, n := nameAt(j)
			if c < 0 {
				return out
			}
			out = append(out, c)
			j += n
			if j+2 >= len(words) || words[j] != "and" {
				return out
			}
			j++
			if words[j] == "the" {
				j++
			}
		}
	}
	// forward finds the targets after a stance cue that ends at word end; blocked says
	// an act of violence came first.
	forward := func(end int) (targets []int, blocked bool) {
		for j := end + 1; j < len(words) && j <= end+stanceWindow; j++ {
			if ts := namesFrom(j); len(ts) > 0 {
				return ts, false
			}
			if violenceWords[words[j]] {
				return nil, true
			}
		}
		return nil, false
	}
	negated := func(start int) bool {
		for j := max(0, start-3); j < start; j++ {
			if negations[words[j]] {
				return true
			}
		}
		return false
	}
	type hit struct {
		sign    int
		targets []int
		word    string
	}
	var hits []hit
	add := func(sign, start, end int, w string) {
		if negated(start) {
			return
		}
		var targets []int
		if sign < 0 && blameNouns[w] {
			// "Russia's aggression": the name before, possibly with a possessive "s";
			// after it only as its agent ("the threat from Iran"), as what follows is
			// otherwise its victim ("aggression against Ukraine").
			c := nameEndingAt(start - 1)
			if c < 0 && start >= 2 && words[start-1] == "s" {
				c = nameEndingAt(start - 2)
			}
			if c >= 0 {
				targets = []int{c}
			} else if end+2 < len(words) && (words[end+1] == "from" || words[end+1] == "by") {
				targets = namesFrom(end + 2)
			}
			if len(targets) == 0 {
				return
			}
		} else {
			if start > 0 && owners[words[start-1]] {
				return
			}
			// A candidate named just before the stance word is its subject: "the Libyan
			// House of Representatives rejected the demarcation" is the House's stance.
			subj := start - 1
			for subj >= 0 && auxiliaries[words[subj]] {
				subj--
			}
			if subj >= 0 && nameEndingAt(subj) >= 0 {
				return
			}
			if modifiers[w] {
				if c, _ := nameAt(end + 1); c >= 0 {
					targets = []int{c}
				} else {
					return
				}
			} else {
				var blocked bool
				if targets, blocked = forward(end); len(targets) == 0 && blocked {
					return
				}
			}
		}
		hits = append(hits, hit{sign, targets, w})
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case supportWords[w]:
			add(+1, i, i, w)
		case hostileWords[w]:
			add(-1, i, i, w)
		default:
			for _, p := range supportPhrases {
				if hasWords(words, i, p) {
					add(+1, i, i+len(p)-1, strings.Join(p, " "))
				}
			}
			for _, p := range hostilePhrases {
				if hasWords(words, i, p) {
					add(-1, i, i+len(p)-1, strings.Join(p, " "))
				}
			}
		}
	}
	if c := strings.ToLower(cue); supportCues[c] || hostileCues[c] {
		s := +1
		if hostileCues[c] {
			s = -1
		}
		ts, _ := forward(-1)
		hits = append(hits, hit{s, ts, c})
	}
	if len(hits) == 0 {
		return 0, nil, ""
	}
	// The hits must agree on the sign and on the targets of those that name some; an
	// untargeted stance takes the only candidate.
	sign, word = hits[0].sign, hits[0].word
	for _, h := range hits {
		if h.sign != sign {
			return 0, nil, ""
		}
		if len(h.targets) == 0 {
			continue
		}
		if targets == nil {
			targets, word = h.targets, h.word
		} else if !sameInts(targets, h.targets) {
			return 0, nil, ""
		}
	}
	if targets == nil {
		if len(candidates) != 1 {
			return 0, nil, ""
		}
		targets = []int{0}
	}
	return sign, targets, word
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// hasWords reports whether words[j:] starts with the words of p.
func hasWords(words []string, j int, p []string) bool {
	if j < 0 || j+len(p) > len(words) {
		return false
	}
	for k, w := range p {
		if words[j+k] != w {
			return false
		}
	}
	return true
}

// Office titles. A person acts for the country or organization of a role whose title
// names an office (a head of state, a minister, an envoy, a spokesperson ...), and not
// when the title says they are outside it (an opposition leader, a critic) or out of it.
var (
	officeWords = wordSet(`president vice premier chancellor minister ministers secretary king queen
		monarch emperor prince princess sultan emir ayatollah ambassador envoy spokesperson spokesman
		spokeswoman representative leader head chief chair chairman chairwoman chairperson ceo director
		commissioner commander general governor delegate negotiator official diplomat mayor pope
		taoiseach president-elect advisor adviser counsellor counselor`)
	notOfficeWords = wordSet(`opposition former ex critic activist candidate rebel dissident exile
		exiled challenger rival deposed ousted jailed imprisoned detained`)
)

// isOffice reports whether a role's title names an office that acts for what it is of.
func isOffice(title string) bool {
	words := strings.Fields(graph.FoldName(title))
	office := false
	for _, w := range words {
		if notOfficeWords[w] {
			return false
		}
		if officeWords[w] {
			office = true
		}
	}
	return office
}
