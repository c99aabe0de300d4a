package extract

import (
	"regexp"
	"strings"
	"unicode"

	"newsgraph/schema"
)

// span is a run of tokens [start, end) of one sentence.
type span struct{ start, end int }

// complement is what follows a speech verb: the content it reports, and where it was said.
type complement struct {
	content span
	// np marks content that is a noun phrase ("announced a naval coalition"), not a clause.
	np bool
	// more is the first token of a second content joined by "and that", or -1.
	more   int
	medium string
	// quote is true when a quotation follows the verb directly ("said, "...""), maybe
	// after adjuncts ("said on Friday at a rally in Ohio, "...""): the statement is direct
	// and found by the quote pass. quoteAt is the token where the quotation starts.
	quote   bool
	quoteAt int
}

// timeWords are the words that make a phrase after a speech verb a time adjunct ("said on
// Tuesday", "said in May", "told reporters last week").
var timeWords = wordSetOf(`monday tuesday wednesday thursday friday saturday sunday today
	yesterday tonight tomorrow morning afternoon evening night week weekend month year day
	days weeks months years hours time earlier later january february march april may june
	july august september october november december jan feb mar apr jun jul aug sep sept oct
	nov dec spring summer autumn fall winter recently previously am pm a.m. p.m. utc gmt est
	edt pst pdt et`)

// mediumWords are the nouns that make a phrase after a speech verb a medium or occasion
// ("in an interview with CNN", "in a statement", "on social media").
var mediumWords = wordSetOf(`interview interviews statement statements remarks speech
	address conference briefing post posts tweet tweets video message letter op-ed column
	broadcast television tv radio media podcast press reporters journalists newspaper
	hearing testimony rally session meeting summit communique communiqué release blog
	website page account essay article editorial piece book memoir autobiography commentary
	newsletter livestream stream`)

// platforms are the social networks and broadcast media a statement may be made on.
var platforms = map[string]string{"twitter": "Twitter", "facebook": "Facebook",
	"instagram": "Instagram", "telegram": "Telegram", "youtube": "YouTube", "tiktok": "TikTok",
	"weibo": "Weibo", "wechat": "WeChat", "linkedin": "LinkedIn", "threads": "Threads",
	"truth social": "Truth Social", "social media": "social media", "state media": "state media",
	"state television": "state television", "television": "television", "radio": "radio",
	"bluesky": "Bluesky", "mastodon": "Mastodon"}

// mediaName matches the names of news organizations: a statement told to one of them has
// it as its medium, and their own reports are their sourcing, not statements.
var mediaName = regexp.MustCompile(`(?i)\b(news|times|post|journal|tribune|herald|gazette|` +
	`telegraph|guardian|daily|magazine|reuters|associated press|afp|cnn|bbc|nbc|abc|cbs|fox|` +
	`msnbc|npr|pbs|bloomberg|al jazeera|tass|ria|interfax|xinhua|kyodo|yonhap|politico|axios|` +
	`newsweek|tv|radio|broadcasting|television|channel|network|wire|observer|independent|` +
	`economist|spiegel|le monde|sputnik|rt|uol|press|presse|agence)\b`)

// domainName matches a web site named as a medium ("UOL.com.br").
var domainName = regexp.MustCompile(`^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|org|net|co|br|uk|de|fr|ru|in|io|news)$`)

// isMediaEntity reports whether entity e is a news organization.
func (x *speechScan) isMediaEntity(e int) bool {
	if e < 0 || e >= len(x.d.Entities) || x.d.Entities[e].Type != schema.Organization {
		return false
	}
	ent := x.d.Entities[e]
	if mediaName.MatchString(ent.Name) || domainName.MatchString(ent.Name) {
		return true
	}
	for _, a := range ent.Aliases {
		if mediaName.MatchString(a) {
			return true
		}
	}
	return false
}

// mediumAt returns the medium named by the noun phrase at token i (a platform, a news
// organization or a web site) and the token after it, or "".
func (x *speechScan) mediumAt(s *Sent, i int) (string, int) {
	if i >= len(s.Tokens) {
		return "", i
	}
	t := s.Tokens[i]
	if i+1 < len(s.Tokens) {
		two := strings.ToLower(t.Text + " " + s.Tokens[i+1].Text)
		if p, ok := platforms[two]; ok {
			return p, i + 2
		}
	}
	if p, ok := platforms[strings.ToLower(t.Text)]; ok {
		return p, i + 1
	}
	if domainName.MatchString(t.Text) {
		return t.Text, i + 1
	}
	if mi := x.mentionCovering(t.Start, t.End); mi >= 0 {
		m := x.d.Mentions[mi]
		if x.isMediaEntity(m.Entity) {
			return x.d.Entities[m.Entity].Name, max(i+1, tokenIndex(s, m.End))
		}
	}
	return "", i
}

// skipAdjuncts skips adverbs and the time, medium and audience phrases that may follow a
// speech verb ("said publicly", "said on Tuesday", "told the world on Thursday via
// Twitter", "in an interview with CNN"), and returns the next token and the medium named.
func (x *speechScan) skipAdjuncts(s *Sent, i int) (int, string) {
	medium := ""
	n := len(s.Tokens)
	for i < n {
		t := s.Tokens[i]
		lw := strings.ToLower(t.Text)
		if isAdverbAt(s, i) && lw != "not" && lw != "only" &&
			!(lw == "as" && i+2 < n && strings.EqualFold(s.Tokens[i+2].Text, "as")) { // "as many as 32"
			i++
			continue
		}
		if timeWords[lw] && (t.Tag == "NNP" || t.Tag == "NN" || t.Tag == "RB") && !x.inName(s, i) {
			i++
			continue
		}
		if (lw == "late" || lw == "early") && i+1 < n && s.Tokens[i+1].Tag == "IN" {
			i++ // "said late on Tuesday"
			continue
		}
		switch lw {
		case "on", "in", "at", "during", "last", "this", "earlier", "late", "early", "via",
			"through", "over", "to", "with", "next", "later", "before", "after":
		default:
			return i, medium
		}
		// A phrase: find its noun words.
		k := i + 1
		if lw == "last" || lw == "this" || lw == "next" || lw == "earlier" || lw == "later" {
			k = i
		}
		isTime, isMedium := false, false
		med := ""
		for k < n && k-i <= 6 {
			tk := s.Tokens[k]
			w := strings.ToLower(tk.Text)
			if m, e := x.mediumAt(s, k); m != "" {
				med, isMedium, k = m, true, e
				// "in a Newsweek essay", "on CNN's State of the Union", "on CNN's "State
				// of the Union""
				for k < n && (mediumWords[strings.ToLower(s.Tokens[k].Text)] || s.Tokens[k].Tag == "POS") {
					k++
					if k < n && isQuoteMark(s.Tokens[k].Text) && s.Tokens[k-1].Tag == "POS" {
						k = x.titleQuoteEnd(s, k)
					}
				}
				continue
			}
			if w == "local" && k+1 < n && strings.EqualFold(s.Tokens[k+1].Text, "time") {
				isTime = true // "at 12:54 am local time"
				k += 2
				continue
			}
			if timeWords[w] || (tk.Tag == "CD" && (len(w) == 4 || strings.Contains(w, ":"))) {
				isTime = true // "in 2019", "at 12:54 am local time"
				k++
				continue
			}
			if mediumWords[w] && !(lw == "to" && k == i+1 && tk.Tag == "VB") {
				// (Not an infinitive: "urged the CIA to release the files".)
				isMedium = true
				if (w == "tweet" || w == "tweets") && med == "" {
					med = "Twitter"
				}
				k++
				continue
			}
			if isTime || isMedium {
				// The head noun is read: the phrase ends here ("said in May the AfCFTA").
				break
			}
			if npTags[tk.Tag] && !isQuoteMark(tk.Text) && tk.Text != "," {
				k++
				continue
			}
			break
		}
		if !isTime && !isMedium {
			return i, medium
		}
		if med != "" {
			medium = med
		}
		if isMedium && k+1 < n && (strings.EqualFold(s.Tokens[k].Text, "to") || strings.EqualFold(s.Tokens[k].Text, "with")) {
			// "in a letter to colleagues", "in an interview with the newspaper"
			j := k + 1
			for j < n && (npTags[s.Tokens[j].Tag] || x.nameCovering(s, j) >= 0) && !isQuoteMark(s.Tokens[j].Text) {
				if m, e := x.mediumAt(s, j); m != "" {
					medium, j = m, e
					continue
				}
				j++
			}
			if j > k+1 {
				k = j
			}
		}
		i = k
	}
	return i, medium
}

// npStartTags are the tags a noun phrase (or a clause's subject) starts with.
var npStartTags = map[string]bool{"DT": true, "PDT": true, "NNP": true, "NNPS": true, "NN": true,
	"NNS": true, "PRP": true, "CD": true, "JJ": true, "JJR": true, "JJS": true, "EX": true,
	"PRP$": true, "FW": true}

// thatOnly are the speech verbs that report content only with "that" (or a quotation):
// without it they name an act ("answered questions", "commented on the case").
var thatOnly = wordSetOf(`answer reply respond comment complain signal observe
	recall counter`)

// clauseOpeners are the words that open a reported clause other than "that".
var clauseOpeners = wordSetOf(`if whether when because how why what where who which as after
	before since although though while once unless until`)

// complementOf reads what follows the speech verb at token vi of s.
func (x *speechScan) complementOf(s *Sent, vi int, v speechVerb) (complement, bool) {
	n := len(s.Tokens)
	c := complement{more: -1, medium: v.Medium}
	i, med := x.skipAdjuncts(s, phrasalEnd(s, vi, v))
	if pe := phrasalEnd(s, vi, v); v.Frames&fFor != 0 && pe+1 < n && strings.EqualFold(s.Tokens[pe].Text, "on") &&
		x.hasAhead(s, pe+1, "to") {
		// "called on CNN to fire Lockhart": the addressee, not the medium.
		i, med = pe, ""
	}
	if med != "" {
		c.medium = med
	}
	quoteNext := func(i int) bool {
		for i < n && (s.Tokens[i].Text == "," || s.Tokens[i].Text == ":") {
			i++
		}
		if i < n && (isQuoteMark(s.Tokens[i].Text) || (x.inQuote(s.Tokens[i].Start) && !x.inQuote(s.Tokens[vi].Start))) &&
			!x.quoteSubject(s, i) {
			c.quoteAt = i
			return true
		}
		return false
	}
	// looseNext reads past the adjuncts skipAdjuncts does not know ("told reporters at
	// the Capitol on Thursday", "commented on the matter — which the BBC noted —", "said
	// in a statement released by his office,") when a quotation or "that" follows them:
	// then they cannot be the content. It returns the token after them.
	looseNext := func(i int) int {
		j, med := x.looseAdjuncts(s, i)
		if j == i || j >= n {
			return i
		}
		// "that" must open a clause, not a relative one: "tweeted about the riots that
		// followed the death of George Floyd" says nothing.
		commaClause := false
		if s.Tokens[j].Text == "," && j+1 < n && v.Frames&fClause != 0 {
			// Adjuncts set off by a comma, then the clause: "said in its report, the
			// western extension of Mindanao Fault makes the province seismically active".
			nw := strings.ToLower(s.Tokens[j+1].Text)
			commaClause = !clauseOpeners[nw] && nw != "that" && nw != "and" && nw != "but" &&
				s.Tokens[j+1].Tag != "VBG" && x.clauseAhead(s, j+1) && !x.attributionAt(s, j+1)
		}
		if quoteNext(j) || commaClause || (strings.EqualFold(s.Tokens[j].Text, "that") && v.Frames&fClause != 0 && x.clauseAhead(s, j+1)) {
			if c.medium == v.Medium {
				if med == "" {
					med = x.mediumIn(s, i, j)
				}
				if med != "" {
					c.medium = med
				}
			}
			return j
		}
		return i
	}
	if i >= n {
		return c, false
	}
	if lw := strings.ToLower(s.Tokens[i].Text); v.Frames&fFor == 0 || (lw != "for" && lw != "on") {
		// Not for the content of "called for", "called on".
		i = looseNext(i)
	}
	if i > vi+1 && i+1 < n && s.Tokens[i].Text == "," && v.Frames&fClause != 0 {
		// The comma after the adjuncts looseNext read: the clause follows it.
		nw := strings.ToLower(s.Tokens[i+1].Text)
		if !clauseOpeners[nw] && nw != "that" && nw != "and" && nw != "but" && !isQuoteMark(nw) &&
			s.Tokens[i+1].Tag != "VBG" && x.clauseAhead(s, i+1) && !x.attributionAt(s, i+1) {
			i++
		}
	}
	if s.Tokens[i].Text == "," {
		// "claimed, without evidence, that ..."
		for k := i + 1; k < n && k-i <= 7; k++ {
			if s.Tokens[k].Text == "," {
				if k+1 < n && strings.EqualFold(s.Tokens[k+1].Text, "that") {
					i = k + 1
				}
				break
			}
			if isQuoteMark(s.Tokens[k].Text) {
				break
			}
		}
	}
	if quoteNext(i) {
		c.quote = true
		return c, false
	}
	t := s.Tokens[i]
	lw := strings.ToLower(t.Text)
	if v.Lemma == "ask" && lw == "for" && x.forSubjectTo(s, i+1) {
		// "asked for the price to be kept secret", "asked for any "external party" not to
		// involve themselves": a request with its content ("asked for help" has none).
		c.content = span{i + 1, 0}
		return x.finish(s, c)
	}
	// "called for a ceasefire", "called on Turkey to halt ...".
	if v.Frames&fFor != 0 && (lw == "for" || (lw == "on" && v.Lemma != "ask" && v.Lemma != "invite")) {
		if lw == "on" && !x.hasAhead(s, i+1, "to") {
			return c, false
		}
		c.content = span{i + 1, 0}
		c.np = lw == "for"
		return x.finish(s, c)
	}
	addr := -1
	if v.Frames&fAddressee != 0 && lw != "that" && (npStartTags[t.Tag] || x.mentionCovering(t.Start, t.End) >= 0) && t.Tag != "EX" {
		// The addressee: "told CNN", "told reporters", "urged Turkey", "told him".
		k := i + 1
		h := i // the head of the addressee, after a determiner
		if t.Tag == "DT" && i+1 < n {
			h = i + 1
		}
		if t.Tag != "PRP" {
			if mi := x.mentionCovering(s.Tokens[h].Start, s.Tokens[h].End); mi >= 0 {
				m := x.d.Mentions[mi]
				k = max(k, tokenIndex(s, m.End))
				if x.isMediaEntity(m.Entity) {
					c.medium = x.d.Entities[m.Entity].Name
					if k < n && x.mentionStartsAt(s, k) {
						// "told CNN Philippines": the edition's country is part of it.
						if mk := x.mentionCovering(s.Tokens[k].Start, s.Tokens[k].End); mk >= 0 {
							switch x.d.Entities[x.d.Mentions[mk].Entity].Type {
							case schema.Place, schema.Country:
								k = max(k+1, tokenIndex(s, x.d.Mentions[mk].End))
							}
						}
					}
				}
				// "told NBC's "Meet the Press"", "told CNN's Jake Tapper"
				k = x.possessedNP(s, k)
			} else {
				if m, e := x.mediumAt(s, h); m != "" {
					c.medium, k = m, e
				}
				// The addressee ends where a new phrase starts: "told reporters the
				// attack took place".
				// So does a time word or a name: "told reporters today psychiatric
				// assessments will", "told local media Adamowicz's heart was".
				// A name after a head noun that takes one ends it: "told media network
				// EURACTIV safety procedure had been followed".
				for k < n && !isQuoteMark(s.Tokens[k].Text) && s.Tokens[k].Tag != "DT" && s.Tokens[k].Tag != "PRP$" &&
					(npTags[s.Tokens[k].Tag] || x.premodifier(s, k)) &&
					!(k > h && (timeWords[strings.ToLower(s.Tokens[k].Text)] ||
						x.mentionStartsAt(s, k) && (s.Tokens[k-1].Tag == "NN" || s.Tokens[k-1].Tag == "NNS"))) {
					k++
				}
				if k < n && k > h && x.mentionStartsAt(s, k) && namedHeads[strings.ToLower(s.Tokens[k-1].Text)] {
					mk := x.mentionCovering(s.Tokens[k].Start, s.Tokens[k].End)
					if x.isMediaEntity(x.d.Mentions[mk].Entity) {
						c.medium = x.d.Entities[x.d.Mentions[mk].Entity].Name
					}
					k = max(k+1, tokenIndex(s, x.d.Mentions[mk].End))
				}
				if v.Frames&fTo != 0 && k+1 < n && k > h && strings.EqualFold(s.Tokens[k].Text, "of") {
					// A partitive addressee before an infinitive: "directing six of the
					// House's committees to "proceed ..."".
					j := k + 1
					for j < n && (npTags[s.Tokens[j].Tag] || x.mentionCovering(s.Tokens[j].Start, s.Tokens[j].End) >= 0) &&
						!isQuoteMark(s.Tokens[j].Text) {
						j++
					}
					if j > k+1 && j < n && strings.EqualFold(s.Tokens[j].Text, "to") {
						k = j
					}
				}
			}
		}
		addr = i
		var med string
		i, med = x.skipAdjuncts(s, k)
		if med != "" {
			c.medium = med
		}
		if i >= n {
			return c, false
		}
		i = looseNext(i)
		if quoteNext(i) {
			c.quote = true
			return c, false
		}
		t = s.Tokens[i]
		lw = strings.ToLower(t.Text)
	}
	switch {
	case lw == "that" && v.Frames&fClause != 0:
		if strings.Contains(v.Lemma, " ") && !x.clauseAhead(s, i+1) {
			return c, false // "pointing out that amount as the price": a determiner
		}
		c.content = span{i + 1, 0}
	case thatOnly[v.Lemma]:
		// "answered some questions", "responded positively": no content without "that"
		return c, false
	case v.Frames&fTo != 0 && (lw == "to" && i+2 < n && isQuoteMark(s.Tokens[i+1].Text) && x.inQuote(s.Tokens[i+2].Start) && addr >= 0 ||
		lw == "to" && i+1 < n && s.Tokens[i+1].Tag == "VB" ||
		lw == "not" && addr >= 0 && i+2 < n && strings.EqualFold(s.Tokens[i+1].Text, "to") && s.Tokens[i+2].Tag == "VB"):
		// "urged Turkey to halt", "urged states not to reschedule their elections"
		if addr >= 0 {
			c.content = span{addr, 0}
		} else {
			c.content = span{i, 0}
		}
	case v.Lemma == "accuse" && addr >= 0 && lw == "of":
		// "accused Johnson of misleading the Queen" reports a claim; "accused Iran of
		// murder" is an accusation with no content of its own.
		g := i + 1
		for g < n && isAdverbAt(s, g) {
			g++
		}
		if g >= n || s.Tokens[g].Tag != "VBG" && !strings.HasSuffix(strings.ToLower(s.Tokens[g].Text), "ing") {
			return c, false
		}
		c.content = span{addr, 0}
		c.np = true
	case addr >= 0 && v.Frames&fClause == 0:
		return c, false
	case v.Frames&fClause != 0 && x.clauseAhead(s, i) && (v.Frames&fTo == 0 || t.Tag == "PRP" || t.Tag == "DT" || t.Tag == "EX"):
		// Verbs of promising take a bare clause only after a pronoun ("vowing he would");
		// "pledged funds and Syria is taxing" is no clause of theirs.
		c.content = span{i, 0}
	case v.Frames&fGerund != 0 && addr < 0 && t.Tag == "VBG" && !x.lex.isSpeech(t.Text):
		// "pledged converting Hagia Sophia to a mosque", "proposed raising taxes"
		c.content = span{i, 0}
		c.np = true
	case v.Frames&fNP != 0 && addr < 0 && npStartTags[t.Tag] && t.Tag != "PRP" && t.Tag != "EX":
		c.content = span{i, 0}
		c.np = true
	default:
		return c, false
	}
	if c.np || v.Lemma == "declare" {
		// (A declaration's object may look like a clause's subject: "declared a state of
		// emergency so he could begin the construction".)
		if stop := notSaid[v.Lemma]; stop != nil {
			for k := c.content.start; k < len(s.Tokens) && k-c.content.start < 4; k++ {
				if stop[strings.ToLower(s.Tokens[k].Text)] {
					return c, false
				}
			}
		}
		if v.Lemma == "confirm" || v.Lemma == "announce" {
			// "The Senate confirmed judge Barrett to the Supreme Court": a person is
			// confirmed or announced in a post, which is an act.
			for k := c.content.start; k < len(s.Tokens) && k-c.content.start < 3; k++ {
				if mi := x.nameCovering(s, k); mi >= 0 {
					if x.d.Entities[x.d.Mentions[mi].Entity].Type == schema.Person && v.Lemma == "confirm" {
						return c, false
					}
					break
				}
			}
		}
	}
	return x.finish(s, c)
}

// notSaid lists, per speech verb, the objects that make it an act rather than speech:
// "claimed responsibility", "denied entry", "called the police".
var notSaid = map[string]map[string]bool{
	"claim": wordSetOf(`responsibility credit victory lives life title titles prize medal seat seats
		asylum compensation damages benefits land territory ownership sovereignty`),
	"deny": wordSetOf(`funding entry access permission bail visa visas request requests application
		applications service treatment care boarding admission passage parole`),
	"announce": wordSetOf(`winner winners nominees`),
	// "declared a state of emergency", "declared war": acts.
	"declare": wordSetOf(`emergency mourning war independence martial bankruptcy calamity
		disaster curfew lockdown`),
	// "Judge Marrero dismissed the president's lawsuit": a ruling.
	"dismiss": wordSetOf(`lawsuit lawsuits suit suits case cases charge charges appeal appeals
		motion motions petition petitions complaint complaints indictment`),
}

// finish sets the end of the content and checks it says something.
func (x *speechScan) finish(s *Sent, c complement) (complement, bool) {
	c.content.end, c.more = x.contentEnd(s, c.content.start, c.np)
	c.content = trimSpan(s, c.content)
	words := 0
	for k := c.content.start; k < c.content.end; k++ {
		if isSpeechWord(strings.ToLower(s.Tokens[k].Text)) || s.Tokens[k].Tag == "CD" || npTags[s.Tokens[k].Tag] {
			words++
		}
	}
	if words == 0 || (!c.np && c.content.end-c.content.start < 2) {
		return c, false
	}
	if c.np && c.content.end-c.content.start <= 2 && genericHeads[strings.ToLower(s.Tokens[c.content.end-1].Text)] {
		return c, false // "confirmed the claim", "announced the decision": nothing said
	}
	return c, true
}

// genericHeads are the nouns that, alone with a determiner, make a content that says
// nothing: "confirmed the claim".
var genericHeads = wordSetOf(`claim claims report reports allegation allegations news
	statement statements decision move plan plans idea accusation accusations rumor rumors
	rumour rumours speculation details information it this that`)

// inName reports whether the capitalized word at token i goes on into a name ("Morning
// Joe", "Tomorrow Party"): a time word in a name is no time adjunct. Days and months are
// never names here.
func (x *speechScan) inName(s *Sent, i int) bool {
	t := s.Tokens[i]
	if t.Tag != "NNP" || i+1 >= len(s.Tokens) {
		return false
	}
	switch strings.ToLower(t.Text) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return false
	}
	n := s.Tokens[i+1]
	return n.Tag == "NNP" || n.Tag == "NNPS" || x.mentionCovering(t.Start, t.End) >= 0
}

// trimSpan drops punctuation at both ends of a content span.
func trimSpan(s *Sent, sp span) span {
	for sp.start < sp.end && isEdgePunct(s.Tokens[sp.start].Text) && !isQuoteMark(s.Tokens[sp.start].Text) {
		sp.start++
	}
	for sp.end > sp.start && isEdgePunct(s.Tokens[sp.end-1].Text) {
		if isQuoteMark(s.Tokens[sp.end-1].Text) {
			marks := 0
			for k := sp.start; k < sp.end; k++ {
				if isQuoteMark(s.Tokens[k].Text) {
					marks++
				}
			}
			if marks%2 == 0 {
				break // the closing mark of a quotation inside the content
			}
		}
		sp.end--
	}
	return sp
}

func isEdgePunct(t string) bool {
	switch t {
	case ".", ",", ";", ":", "!", "?", "-", "--", "—", "–", `"`, "'", "''", "``", "(":
		return true
	}
	return false
}

// premodifier reports whether token k is a participle modifying the noun after it ("the
// governing board").
func (x *speechScan) premodifier(s *Sent, k int) bool {
	tg := s.Tokens[k].Tag
	if tg != "VBG" && tg != "VBN" || k+1 >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[k+1].Tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// forSubjectTo reports whether a noun phrase starting at token i is followed by an
// infinitive ("the price to be kept secret", "any "external party" not to involve").
func (x *speechScan) forSubjectTo(s *Sent, i int) bool {
	n := len(s.Tokens)
	for k := i; k < n && k-i <= 8; k++ {
		t := s.Tokens[k]
		lw := strings.ToLower(t.Text)
		if lw == "to" {
			return k > i && k+1 < n && s.Tokens[k+1].Tag == "VB"
		}
		if !(npTags[t.Tag] || isQuoteMark(t.Text) || x.inQuote(t.Start) || lw == "not" || x.mentionCovering(t.Start, t.End) >= 0) {
			return false
		}
	}
	return false
}

// hasAhead reports whether word w occurs in s from token i on, before the clause ends.
func (x *speechScan) hasAhead(s *Sent, i int, w string) bool {
	words := 0
	for k := i; k < len(s.Tokens) && words < 12; k++ {
		if x.inQuote(s.Tokens[k].Start) {
			continue // a quoted list: "called on "village councils, ..., church leaders" to"
		}
		words++
		t := strings.ToLower(s.Tokens[k].Text)
		if t == w {
			return true
		}
		if t == "," || t == ";" || t == "." {
			return false
		}
	}
	return false
}

// clauseAhead reports whether a clause starts at token i: a subject-like word, then a
// finite verb before the clause ends ("said five regions were discussed").
func (x *speechScan) clauseAhead(s *Sent, i int) bool {
	n := len(s.Tokens)
	if i >= n {
		return false
	}
	t := s.Tokens[i]
	lw := strings.ToLower(t.Text)
	if x.quoteSubject(s, i) {
		return true // "said "three terrorists" were killed"
	}
	notGerund := lw == "not" && i+1 < n && s.Tokens[i+1].Tag == "VBG" // "not allowing gay citizens to marry"
	if !(npStartTags[t.Tag] || clauseOpeners[lw] || t.Tag == "VBG" || x.mentionCovering(t.Start, t.End) >= 0 ||
		quantityOpener(s, i) || notGerund) {
		return false // "said naming the virus after Wuhan would ..." starts with a gerund
	}
	for k := i + 1; k < n && k-i <= 40; k++ {
		tk := s.Tokens[k]
		if isQuoteMark(tk.Text) && k+1 < n && x.inQuote(s.Tokens[k+1].Start) {
			// A quoted predicate: "told the BBC even one percent of Facebook users
			// attending "would be more overwhelming than we can handle"".
			switch s.Tokens[k+1].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				return k > i
			}
		}
		if isQuoteMark(tk.Text) || x.inQuote(tk.Start) {
			continue
		}
		switch tk.Text {
		case ";", ".", "?", "!":
			return false
		}
		if tk.Text == "," && k+1 < n {
			// Only a relative clause or an appositive after a name may come between the
			// subject and its verb: "tweeted the same advice, Twitter placed a warning"
			// is no clause.
			switch strings.ToLower(s.Tokens[k+1].Text) {
			case "who", "which", "whose", "whom":
			default:
				if e := x.appositiveEnd(s, k); e > k {
					k = e
					continue
				}
				return false
			}
		}
		if strings.HasSuffix(tk.Text, "ing") && k > i && x.lex.isSpeech(tk.Text) {
			// "posted a message on Facebook announcing he had ...": the verb after a
			// speech participle belongs to that participle's own clause.
			return false
		}
		switch tk.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if p := strings.ToLower(s.Tokens[k-1].Text); p == "and" || p == "but" || p == "or" {
				return false // "stressed his support ... and reiterated": a second predicate
			}
			return true
		case "VBN":
			if s.Headline {
				return true
			}
		}
	}
	return false
}

// appositiveEnd returns the closing comma of an appositive that opens with the comma at
// token c right after a name ("Hamza bin Laden, son of the late Al-Qaeda founder Osama
// bin Laden, has been killed") when a finite verb follows it, else c.
func (x *speechScan) appositiveEnd(s *Sent, c int) int {
	n := len(s.Tokens)
	if c < 1 || x.nameCovering(s, c-1) < 0 {
		return c
	}
	for k := c + 1; k < n && k-c <= 15; k++ {
		t := s.Tokens[k]
		if isQuoteMark(t.Text) || t.Text == ";" || t.Text == "." || x.isFiniteVerb(s, k) {
			return c
		}
		if t.Text != "," {
			continue
		}
		v := k + 1
		for v < n && isAdverbAt(s, v) {
			v++
		}
		if v < n && x.isFiniteVerb(s, v) && k > c+1 {
			return k
		}
		return c
	}
	return c
}

// quantityOpener reports whether a subject opens at token i with a word of quantity
// before a number or a determiner: "even one percent of users", "about 350 thousand
// abortions", "at least 20 people", "nearly half".
func quantityOpener(s *Sent, i int) bool {
	if i+1 >= len(s.Tokens) {
		return false
	}
	switch strings.ToLower(s.Tokens[i].Text) {
	case "even", "about", "around", "nearly", "almost", "roughly", "approximately", "over",
		"more", "less", "fewer", "at", "only", "just", "some", "up", "under", "well":
	default:
		return false
	}
	n := s.Tokens[i+1]
	switch strings.ToLower(n.Text) {
	case "least", "most":
		return true
	case "half", "than", "to", "a", "an":
		return !strings.EqualFold(s.Tokens[i].Text, "at")
	}
	return n.Tag == "CD" && !strings.EqualFold(s.Tokens[i].Text, "at") // not "at 12:54 am"
}

// prepositionalIng are -ing words that work as prepositions and do not end a clause.
var prepositionalIng = wordSetOf(`including according regarding concerning following excluding
	involving considering notwithstanding pending barring during amounting totalling totaling
	ranging`)

// clauseEnd finds where the content starting at token i ends: at the end of the sentence,
// at a semicolon, before a participial phrase (", hinting at"), before a coordinated
// predicate ("but cautioned", ", and said"), before another attribution (", the New York
// Times reported") or before "according to". A second content joined by "and that" is
// returned as more (its first token), else -1.
func (x *speechScan) clauseEnd(s *Sent, i int) (int, int) {
	return x.contentEnd(s, i, false)
}

// contentEnd is clauseEnd for a content that is a clause, or a noun phrase (np): a noun
// phrase also ends before a comma and a clause ("confirmed the nomination on Friday, the
// Senate did not").
func (x *speechScan) contentEnd(s *Sent, i int, np bool) (int, int) {
	n := len(s.Tokens)
	sawFinite := false
	for k := i; k < n; k++ {
		t := s.Tokens[k]
		if isQuoteMark(t.Text) && sawFinite && k+1 < n && strings.HasSuffix(s.Tokens[k-1].Text, ".") &&
			x.inQuote(s.Tokens[k+1].Start) && !x.inQuote(s.Tokens[k-1].Start) && s.Tokens[k+1].Text != "" &&
			unicode.IsUpper([]rune(s.Tokens[k+1].Text)[0]) {
			// A quotation that opens a sentence the segmenter did not split after an
			// abbreviation: "the attack took place at about 7:45 p.m. "No Coalition
			// troops were injured."
			return k, -1
		}
		if isQuoteMark(t.Text) || (x.inQuote(t.Start) && k > i) {
			continue
		}
		if x.isFiniteVerb(s, k) && k > i {
			sawFinite = true
		}
		lw := strings.ToLower(t.Text)
		switch {
		case lw == ";" || (lw == ":" && k > i):
			return k, -1
		case (lw == "while" || lw == "whereas") && sawFinite && k > i:
			return k, -1
		case lw == ",":
			if k+1 < n {
				switch strings.ToLower(s.Tokens[k+1].Text) {
				case "however", "meanwhile", "nevertheless", "nonetheless", "instead":
					return k, -1
				}
			}
			nx := k + 1
			for nx < n && isAdverbAt(s, nx) {
				nx++
			}
			if nx >= n {
				return k, -1
			}
			nt := s.Tokens[nx]
			nw := strings.ToLower(nt.Text)
			if (nt.Tag == "VBG" || strings.HasSuffix(nw, "ing") && x.lex.isSpeech(nw)) && !prepositionalIng[nw] {
				return k, -1
			}
			switch nw {
			case "and", "but":
				if nx+1 < n && strings.EqualFold(s.Tokens[nx+1].Text, "that") {
					return k, nx + 2
				}
				if nw == "but" || x.clauseAhead(s, nx+1) {
					return k, -1
				}
				if nx+1 < n {
					switch s.Tokens[nx+1].Tag {
					case "VBD", "VBZ", "VBP", "MD":
						return k, -1 // ", and deemed that": a new predicate
					}
				}
				if sawFinite && !x.listItem(s, nx+1) {
					return k, -1
				}
			case "while", "whereas", "although", "though", "according", "as":
				if nw != "as" || sawFinite {
					return k, -1
				}
			}
			if x.attributionAt(s, k+1) {
				return k, -1
			}
			if np && !sawFinite && k > i+1 && x.clauseAhead(s, k+1) {
				// "confirmed Pierluisi's nomination on Friday, the Senate did not"
				return k, -1
			}
		case (lw == "and" || lw == "but") && (sawFinite || np):
			// A coordinated predicate ends the content: "said ... and added", and also
			// a noun phrase: "announced his death and announced the cause".
			nx := k + 1
			for nx < n && isAdverbAt(s, nx) {
				nx++
			}
			if nx < n && strings.EqualFold(s.Tokens[nx].Text, "that") {
				return k, nx + 1
			}
			if nx < n && !x.inQuote(s.Tokens[nx].Start) {
				switch s.Tokens[nx].Tag {
				case "VBD", "VBZ", "VBP":
					return k, -1
				}
			}
		}
	}
	return n, -1
}

// listItem reports whether the words from token i to the end of the sentence are the last
// item of a list of names or nouns (", and Cortes."), with no verb.
func (x *speechScan) listItem(s *Sent, i int) bool {
	n := len(s.Tokens)
	if i >= n {
		return false
	}
	for k := i; k < n; k++ {
		t := s.Tokens[k]
		switch t.Text {
		case ".", "!", "?":
			return k > i && k == n-1
		}
		if !(npTags[t.Tag] || x.mentionCovering(t.Start, t.End) >= 0) || isQuoteMark(t.Text) {
			return false
		}
	}
	return true
}

// attributionAt reports whether an attribution starts at token i: a noun phrase and a
// speech verb ("the New York Times reported", "he said"), or a speech verb and a noun
// phrase ("said Merkel").
func (x *speechScan) attributionAt(s *Sent, i int) bool {
	n := len(s.Tokens)
	for k := i; k < n && k-i <= 8; k++ {
		t := s.Tokens[k]
		if _, form, ok := x.speechVerbAt(s, k); ok && form == finite {
			if k == i {
				_, _, ok := x.npStartingAt(s, k+1)
				return ok
			}
			_, ok := x.subjectOf(s, k, nil)
			return ok
		}
		if !(npTags[t.Tag] || t.Tag == "PRP" || x.mentionCovering(t.Start, t.End) >= 0) || isQuoteMark(t.Text) {
			return false
		}
	}
	return false
}

// quoteSubject reports whether a short quotation opening at token i is the subject of a
// clause that goes on after it: "its source said "three terrorists" were killed". The
// clause is the reported content, the quotation a part of it.
func (x *speechScan) quoteSubject(s *Sent, i int) bool {
	if i >= len(s.Tokens) || !isQuoteMark(s.Tokens[i].Text) {
		return false
	}
	off := s.Tokens[i].Start
	for _, q := range x.quotes {
		if q.Parent >= 0 || q.Open != off || !q.Closed {
			continue
		}
		if x.quoteWords(q) > 6 {
			return false
		}
		txt := strings.TrimSpace(q.Text(x.d.Text))
		if txt == "" || strings.ContainsAny(txt[len(txt)-1:], ".,!?;:") {
			return false
		}
		k := tokenIndex(s, q.Close+1)
		return k < len(s.Tokens) && x.isFiniteVerb(s, k)
	}
	return false
}

// namedHeads are the nouns a name may follow as their apposition ("media network
// EURACTIV", "the newspaper Le Monde").
var namedHeads = wordSetOf(`network newspaper daily weekly magazine channel broadcaster
	station outlet agency paper website site show programme program podcast tabloid
	publication journal service radio television`)

// adjunctPreps are the prepositions of the phrases that may stand between a speech verb
// and a quotation or "that" ("said at a campaign event in Ohio, "...""; "told reporters
// at the Capitol on Thursday that").
var adjunctPreps = wordSetOf(`in at on during after before with to about of regarding concerning
	following from for amid via over through outside inside near under by upon among across
	against into toward towards within throughout behind beyond despite since`)

// looseAdjuncts skips what skipAdjuncts skips, and also any prepositional phrase, dashed
// aside ("— as reported by Hurriyet Daily News —") and parenthesis. Its caller accepts
// what it skipped only when a quotation or "that" comes next. It returns the next token
// and the medium named.
func (x *speechScan) looseAdjuncts(s *Sent, i int) (int, string) {
	n := len(s.Tokens)
	start := i
	medium := ""
	for i < n && i-start <= 24 {
		if j, m := x.skipAdjuncts(s, i); j > i {
			if m != "" {
				medium = m
			}
			i = j
			continue
		}
		t := s.Tokens[i]
		lw := strings.ToLower(t.Text)
		switch {
		case isDash(t.Text) || t.Text == "(":
			closing := func(w string) bool { return isDash(w) }
			if t.Text == "(" {
				closing = func(w string) bool { return w == ")" }
			}
			k := i + 1
			for k < n && k-i <= 16 && !closing(s.Tokens[k].Text) && !isQuoteMark(s.Tokens[k].Text) && s.Tokens[k].Text != ";" {
				k++
			}
			if k >= n || !closing(s.Tokens[k].Text) {
				return i, medium
			}
			i = k + 1
		case t.Text == "," && i+1 < n && adjunctPreps[strings.ToLower(s.Tokens[i+1].Text)]:
			// "said, in a statement, that"
			i++
		case t.Tag == "VBN" && i > start && i+1 < n && strings.EqualFold(s.Tokens[i+1].Text, "by"):
			// "in remarks published by CNN", "in a statement released by his office"
			i++
		case t.Text == "," && i > 0 && x.nameCovering(s, i-1) >= 0 && i+1 < n && (s.Tokens[i+1].Tag == "DT" || s.Tokens[i+1].Tag == "JJ"):
			// An appositive after a name: "told Anadolu Agency, a local news outlet, that"
			k := x.npAfter(s, i+1)
			if k >= n || s.Tokens[k].Text != "," || k == i+1 {
				return i, medium
			}
			i = k + 1
		case adjunctPreps[lw] && (t.Tag == "IN" || t.Tag == "TO" || t.Tag == "RP" || prepositionalIng[lw]):
			k := x.npAfter(s, i+1)
			if k == i+1 {
				return i, medium
			}
			i = k
		default:
			return i, medium
		}
	}
	return i, medium
}

// npAfter returns the token after the noun phrase starting at token k (k itself when
// none starts there): names, nouns, their modifiers and possessives, and a short quoted
// title after a possessive ("NBC's "Meet the Press"").
func (x *speechScan) npAfter(s *Sent, k int) int {
	n := len(s.Tokens)
	start := k
	for k < n && k-start <= 12 {
		t := s.Tokens[k]
		if strings.EqualFold(t.Text, "that") || x.inQuote(t.Start) && !isQuoteMark(t.Text) || isDash(t.Text) {
			break
		}
		if mi := x.nameCovering(s, k); mi >= 0 && !isQuoteMark(t.Text) {
			k = max(k+1, tokenIndex(s, x.d.Mentions[mi].End))
			continue
		}
		if isQuoteMark(t.Text) {
			if e := x.titleQuoteEnd(s, k); e > k && k > 0 && s.Tokens[k-1].Tag == "POS" {
				k = e // the programme's name ends the phrase
			}
			break
		}
		if (npTags[t.Tag] && t.Text != ",") || (x.premodifier(s, k) && !isQuoteMark(s.Tokens[k+1].Text)) {
			k++
			continue
		}
		if t.Tag == "VBN" && k > start && k+1 < n && strings.EqualFold(s.Tokens[k+1].Text, "by") {
			k++ // "in remarks published by CNN": the by-phrase is read next
			continue
		}
		break
	}
	return k
}

// titleQuoteEnd returns the token after a short title-case quotation opening at token k
// (a programme or a work: "Meet the Press"), or k.
func (x *speechScan) titleQuoteEnd(s *Sent, k int) int {
	off := s.Tokens[k].Start
	for _, q := range x.quotes {
		if q.Parent >= 0 || q.Open != off || !q.Closed {
			continue
		}
		txt := q.Text(x.d.Text)
		if !isTitleCase(txt) || len(strings.Fields(txt)) > 6 {
			return k
		}
		return tokenIndex(s, q.Close+1)
	}
	return k
}

// possessedNP extends a noun phrase ending before token k over a possessive and the noun
// phrase it opens ("CNN's Jake Tapper", "NBC's "Meet the Press"").
func (x *speechScan) possessedNP(s *Sent, k int) int {
	if k >= len(s.Tokens) || s.Tokens[k].Tag != "POS" {
		return k
	}
	return x.npAfter(s, k+1)
}

// nameCovering is mentionCovering for token k of s, without resolved pronouns: "with CNN
// he was" has no name after CNN.
func (x *speechScan) nameCovering(s *Sent, k int) int {
	t := s.Tokens[k]
	if t.Tag == "PRP" || pronounSpeakers[strings.ToLower(t.Text)] {
		return -1
	}
	return x.mentionCovering(t.Start, t.End)
}

// mentionStartsAt reports whether the mention of an entity starts at token k.
func (x *speechScan) mentionStartsAt(s *Sent, k int) bool {
	t := s.Tokens[k]
	mi := x.mentionCovering(t.Start, t.End)
	return mi >= 0 && x.d.Mentions[mi].Start == t.Start && x.d.Mentions[mi].Kind != "pronoun"
}
