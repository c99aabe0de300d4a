package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"newsgraph/schema"
)

// Statements is the stage that finds who said what. It reads the entities, mentions and
// resolved pronouns of the earlier stages and adds Statements:
//
//   - direct quotations, straight or curly, over several sentences or paragraphs, broken
//     by their attribution (“...,” he said. “...”), attributed by a speech verb before
//     or after them ("said, "...""; ""...," said Merkel"; ""...", Pompeo told the
//     press"), by a colon after a clause ("Bolsonaro opposed Macron's statement: "...""),
//     by a participle ("calling it "..."", "by saying "...""), or as the continuation of
//     the speaker's previous quote; quotes nested in them when their own attribution is
//     inside;
//   - reported speech around a lexicon of speech verbs and their frames: "X said (that)
//     ...", "X told CNN that ...", "X said ... and added that ...", "X announced a plan",
//     "X called for ...", "X urged Y to ...", "vowing he would ...", "CONTENT, X said",
//     "according to X";
//   - quoted words inside reported speech ("said foreign powers should "get out of the
//     region"") as direct statements of the same speaker.
//
// Speakers are named entities, resolved pronouns, countries behind their governments ("the
// Russian government" -> Russia), people behind a definite title ("the commissioner").
// Unnamed speakers ("officials said", "his aides") give statements with no speaker; a
// subject that cannot speak ("the data suggest") gives none. Quoted words nobody is said
// to have said (scare quotes, titles of works, nicknames) are not statements, and neither
// are the reports of news organizations about the news ("the New York Times reported").
type Statements struct{}

// Run implements Stage.
func (Statements) Run(d *Draft) error {
	lex, err := loadSpeechLexicon()
	if err != nil {
		return fmt.Errorf("statements: %w", err)
	}
	if len(d.Sentences) == 0 {
		return nil
	}
	x := newSpeechScan(d, lex)
	x.directQuotes()
	x.reported()
	x.accordingTo()
	x.documentClauses()
	x.embeddedQuotes()
	x.nestedQuotes()
	d.Statements = append(d.Statements, x.statements()...)
	return nil
}

// speechScan is the state of the Statements stage over one Draft.
type speechScan struct {
	d       *Draft
	lex     *speechLexicon
	quotes  []quoteSpan
	inQuote func(int) bool
	titles  map[int]map[string]bool
	// used holds the offsets of speech verbs that attributed a quotation.
	used map[int]bool
	// attr holds the attribution of each quotation that has one.
	attr  map[int]attribution
	found []found
	// foundOf is the index in found of the statement of each attributed quotation.
	foundOf map[int]int
	// surnames maps the last word of each person's full name to the person, or -1 when
	// two share it (built on first use).
	surnames map[string]int
}

// attribution is who said a quotation, and how we know.
type attribution struct {
	speaker speakerRef
	cue     string
	medium  string
	// verb is the offset of the attributing verb, or -1.
	verb int
	conf float64
	// joins marks a quotation that goes on with the one before across its attribution
	// (""...," wrote Trump on Twitter, "and therefore ...""): one statement.
	joins bool
}

// found is a statement with its speaker and content offsets (into Draft.Text).
type found struct {
	speaker    speakerRef
	kind       string
	cue        string
	medium     string
	start, end int
	// cuts are spans inside [start, end) left out of the text: a parenthetical attribution
	// (", officials said,") or the attribution that breaks a quotation (""...," wrote
	// Trump on Twitter, "..."").
	cuts [][2]int
	conf float64
}

func newSpeechScan(d *Draft, lex *speechLexicon) *speechScan {
	origAt := func(off int) rune {
		o := d.OrigOffset(off)
		if o >= len(d.Original) {
			return 0
		}
		for _, r := range d.Original[o:] {
			return r
		}
		return 0
	}
	qs := findQuotes(d.Text, paragraphSpans(d), origAt)
	return &speechScan{d: d, lex: lex, quotes: qs, inQuote: quoteLookup(qs),
		titles: map[int]map[string]bool{}, used: map[int]bool{}, attr: map[int]attribution{},
		foundOf: map[int]int{}}
}

// topQuotes returns the indices of the top-level quotations in text order.
func (x *speechScan) topQuotes() []int {
	var out []int
	for i, q := range x.quotes {
		if q.Parent < 0 {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return x.quotes[out[a]].Open < x.quotes[out[b]].Open })
	return out
}

// directQuotes attributes every top-level quotation it can.
func (x *speechScan) directQuotes() {
	order := x.topQuotes()
	lastQuote := -1
	for n, qi := range order {
		q := x.quotes[qi]
		prev := -1
		if n > 0 {
			prev = order[n-1]
		}
		att, ok := x.attributeQuote(qi, prev, lastQuote)
		if !ok && q.Group != qi {
			att, ok = x.attr[q.Group]
		}
		if !ok {
			continue
		}
		x.attr[qi] = att
		if att.verb >= 0 {
			x.used[att.verb] = true
		}
		// Earlier pieces of the same multi-paragraph quotation share the attribution.
		for _, pj := range order[:n] {
			if x.quotes[pj].Group == q.Group {
				if _, done := x.attr[pj]; !done {
					x.attr[pj] = att
					x.addDirect(pj, att)
				}
			}
		}
		if f, ok := x.foundOf[lastQuote]; ok && att.joins && f == len(x.found)-1 {
			// One statement over both pieces, the attribution left out of its text.
			a, b := trimQuoteContent(x.d.Text, q.Start, q.End)
			if a < b {
				prevEnd := x.found[f].end
				x.found[f].cuts = append(x.found[f].cuts, [2]int{prevEnd, a})
				x.found[f].end = b
				x.foundOf[qi] = f
			}
		} else {
			x.addDirect(qi, att)
		}
		lastQuote = qi
	}
}

// quoteWords counts the words of a quotation.
func (x *speechScan) quoteWords(q quoteSpan) int { return len(strings.Fields(q.Text(x.d.Text))) }

// attributeQuote finds who said quotation qi. prev is the quotation before it, lastQuote
// the last attributed one, or -1.
func (x *speechScan) attributeQuote(qi, prev, lastQuote int) (attribution, bool) {
	q := x.quotes[qi]
	prevClose := -1
	if prev >= 0 {
		prevClose = x.quotes[prev].Close
	}
	si := x.d.SentenceAt(q.Open)
	if si < 0 {
		return attribution{}, false
	}
	s := &x.d.Sentences[si]
	oi := tokenIndex(s, q.Open)
	from := 0
	if prevClose >= s.Start {
		from = tokenIndex(s, prevClose+1)
	}
	if from > oi {
		from = oi
	}
	lead := span{from, oi}
	startsSentence := from == 0
	for k := lead.start; k < lead.end; k++ {
		if isSpeechWord(strings.ToLower(s.Tokens[k].Text)) || s.Tokens[k].Tag == "NNP" {
			startsSentence = false
			break
		}
	}
	afterPunct := oi > 0 && (s.Tokens[oi-1].Text == "," || s.Tokens[oi-1].Text == ":")
	// After an abbreviation that ends a sentence the segmenter did not split ("at about
	// 7:45 p.m. "No Coalition troops were injured."") the quotation is a sentence too.
	afterStop := oi > 0 && len(s.Tokens[oi-1].Text) > 1 && strings.HasSuffix(s.Tokens[oi-1].Text, ".") &&
		isTitleCase(firstWord(q.Text(x.d.Text)))
	full := startsSentence || afterPunct || afterStop
	fragment := !full
	if fragment && isTitleCase(q.Text(x.d.Text)) {
		return attribution{}, false // a title or a nickname
	}
	if fragment && x.quoteSubject(s, oi) {
		// "said "three terrorists" were killed": a part of the reported clause, which
		// holds it.
		return attribution{}, false
	}
	if prev >= 0 && prevClose >= s.Start && lead.end > lead.start && lead.end-lead.start <= 3 {
		// "called the agreement "null and void" and "geographically ridiculous"",
		// "referred to as "gamesmanship" and a "stunt"".
		joined, conj := true, false
		for k := lead.start; k < lead.end; k++ {
			switch strings.ToLower(s.Tokens[k].Text) {
			case "and", "or", ",":
				conj = true
			case "a", "an":
			default:
				joined = false
			}
		}
		if att, ok := x.attr[prev]; ok && joined && conj {
			att.verb = -1
			return att, true
		}
	}
	if att, ok := x.leadingVerb(s, lead); ok {
		if fragment && att.verb >= 0 && tokenIndex(s, att.verb) == lead.end-1 && actVerbs[att.cue] &&
			x.quoteWords(q) < 4 {
			// A short quoted object of a verb that also names an act: "placed further
			// emphasis on maintaining "law and order"".
			return attribution{}, false
		}
		return att, true
	}
	if att, ok := x.leadingFrame(s, lead, q); ok {
		return att, true
	}
	if att, ok := x.accordingLead(s, lead); ok {
		return att, true
	}
	if oi > 0 && s.Tokens[oi-1].Text == ":" && x.quoteWords(q) >= 4 && (from == 0 || x.fragmentBefore(prev)) {
		// (A short quoted word earlier in the sentence does not stop it: "Although the
		// word "pandemic" only refers to ..., the WHO noted the need ...: "...".) A speech
		// verb after the quotation names its speaker better: ": "...," said Tedros".
		if q.Closed {
			if att, ok := x.trailing(q, true); ok {
				return att, true
			}
		}
		if att, ok := x.colonFrame(s, oi-1); ok {
			return att, true
		}
	}
	if startsSentence && si > 0 {
		ps := &x.d.Sentences[si-1]
		if n := len(ps.Tokens); n > 1 && ps.Tokens[n-1].Text == ":" && ps.Paragraph >= s.Paragraph-1 {
			if att, ok := x.leadingVerb(ps, span{0, n}); ok {
				return att, true
			}
			if att, ok := x.colonFrame(ps, n-1); ok {
				return att, true
			}
		}
	}
	content := strings.TrimSpace(q.Text(x.d.Text))
	endsPunct := content != "" && strings.ContainsRune(",.!?", rune(content[len(content)-1]))
	if q.Closed && (full || endsPunct || x.commaAfter(q.Close)) {
		if att, ok := x.trailing(q, full); ok {
			return att, true
		}
	}
	if lastQuote >= 0 && x.continues(lastQuote, qi, s, startsSentence) {
		att := x.attr[lastQuote]
		att.joins = !startsSentence && lastQuote == prev
		if !att.joins {
			att.conf = 0.8
		}
		att.verb = -1
		return att, true
	}
	return attribution{}, false
}

// commaAfter reports whether a comma follows the closing mark at off.
func (x *speechScan) commaAfter(off int) bool {
	rest := strings.TrimLeft(x.d.Text[min(off+1, len(x.d.Text)):], " ")
	return strings.HasPrefix(rest, ",")
}

// leadingVerb looks for a speech verb just before a quotation, within lead: "said, "",
// "by saying "", "tweeted "", "called the agreement "", "describing progress as "",
// "said the use of third-party currencies "".
//
// Before "as" the object may hold prepositional phrases ("characterized the call with
// Zelensky as "..."", "referred to the soldiers buried there as "..."") when the verb
// names what it says of its object (fQuote); verbs that speak only in that frame ("attacked
// the investigation as "..."") count there too.
func (x *speechScan) leadingVerb(s *Sent, lead span) (attribution, bool) {
	asLead := lead.end > lead.start && strings.EqualFold(s.Tokens[lead.end-1].Text, "as")
	prep := false
	for k := lead.end - 1; k >= lead.start && lead.end-k <= 12; k-- {
		t := s.Tokens[k]
		if asLead && k < lead.end-1 {
			if v, form, ok := x.asVerbAt(s, k); ok {
				sp, ok := x.asVerbSubject(s, k, form)
				if !ok {
					return attribution{}, false
				}
				return attribution{speaker: sp, cue: v.Lemma, medium: x.mediumIn(s, 0, lead.end), verb: t.Start, conf: 0.85}, true
			}
		}
		if t.Text == "," || t.Text == ":" || isQuoteMark(t.Text) {
			continue
		}
		if isDash(t.Text) {
			// "said — as reported by Hurriyet Daily News — "...""
			j := k - 1
			for j > lead.start && k-j <= 12 && !isDash(s.Tokens[j].Text) {
				j--
			}
			if j > lead.start && isDash(s.Tokens[j].Text) {
				k = j
				continue
			}
			break
		}
		if v, form, ok := x.speechVerbAt(s, k); ok {
			if prep && v.Frames&fQuote == 0 {
				return attribution{}, false
			}
			var sp speakerRef
			switch form {
			case finite:
				sp, ok = x.subjectOf(s, k, nil)
				if !ok && k == 0 {
					// The verb first: "Remarked Center for Biological Diversity
					// scientist Tierra Curry, "..."".
					var after int
					sp, after, ok = x.npStartingAt(s, k+1)
					ok = ok && sp.named() && after >= lead.end-1
				}
			case participle:
				sp, ok = x.participleSubject(s, k, nil)
			case pastPart:
				// "were described by Johnson as a "historic mandate"": the agent.
				sp, ok = x.passiveAgent(s, k, lead.end)
			default:
				ok = false
			}
			if !ok {
				return attribution{}, false
			}
			med := v.Medium
			if m := x.mediumIn(s, 0, lead.end); m != "" {
				med = m
			}
			return attribution{speaker: sp, cue: v.Lemma, medium: med, verb: t.Start, conf: 0.9}, true
		}
		lw := strings.ToLower(t.Text)
		if npTags[t.Tag] || lw == "as" || lw == "of" || lw == "by" || t.Tag == "PRP" || isAdverbAt(s, k) ||
			x.mentionCovering(t.Start, t.End) >= 0 {
			continue
		}
		if asLead && (t.Tag == "IN" || t.Tag == "TO") {
			prep = true
			continue
		}
		break
	}
	return attribution{}, false
}

// asVerbs speak of their object only when a quotation follows "as": "attacked the
// impeachment investigation as "Witch Hunt garbage"", "referred to the soldiers as
// "losers"". Elsewhere they are acts ("attacked the base", "referred the case").
var asVerbs = wordSetOf(`attack refer`)

// asVerbAt reports whether token k is a verb of asVerbs, and its form.
func (x *speechScan) asVerbAt(s *Sent, k int) (speechVerb, verbForm, bool) {
	t := s.Tokens[k]
	if !strings.HasPrefix(t.Tag, "VB") || !isSpeechWord(strings.ToLower(t.Text)) {
		return speechVerb{}, notVerb, false
	}
	l := x.lex.Lemma(t.Text)
	if !asVerbs[l] {
		return speechVerb{}, notVerb, false
	}
	if l == "refer" && (k+1 >= len(s.Tokens) || !strings.EqualFold(s.Tokens[k+1].Text, "to")) {
		return speechVerb{}, notVerb, false
	}
	switch {
	case t.Tag == "VBG":
		return speechVerb{Lemma: l, Frames: fQuote}, participle, true
	case k > 0 && passiveAux[strings.ToLower(s.Tokens[k-1].Text)]:
		return speechVerb{Lemma: l, Frames: fQuote}, pastPart, true // "is referred to as"
	case t.Tag == "VB":
		return speechVerb{}, notVerb, false
	}
	return speechVerb{Lemma: l, Frames: fQuote}, finite, true
}

// asVerbSubject is the speaker of the verb of asVerbs at token k.
func (x *speechScan) asVerbSubject(s *Sent, k int, form verbForm) (speakerRef, bool) {
	switch form {
	case finite:
		return x.subjectOf(s, k, nil)
	case participle:
		return x.participleSubject(s, k, nil)
	}
	return speakerRef{}, false
}

// actVerbs are speech verbs whose noun object is no speech ("maintaining "law and
// order"", "observed "Ramadan"", "reported "a loss"").
var actVerbs = wordSetOf(`maintain observe post report note answer counter signal recall
	estimate address`)

// commaBetween reports whether a comma outside quotations stands between tokens a and b.
func (x *speechScan) commaBetween(s *Sent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.Tokens[k].Text == "," && !x.inQuote(s.Tokens[k].Start) {
			return true
		}
	}
	return false
}

// fragmentBefore reports whether quotation qi (-1 for none) is a short fragment of at
// most three words inside the sentence ("the word "pandemic"").
func (x *speechScan) fragmentBefore(qi int) bool {
	return qi >= 0 && x.quoteWords(x.quotes[qi]) <= 3
}

// leadingFrame looks further back than leadingVerb for a speech verb whose complement is
// the quotation, past adjuncts and an addressee: "said on Friday "..."", "told the public
// via Twitter, "..."", "said at a campaign event in Ohio, "..."", "commented on the
// matter — which the BBC noted as unusual — "..."". The nearest speech verb decides.
func (x *speechScan) leadingFrame(s *Sent, lead span, q quoteSpan) (attribution, bool) {
	for k := lead.end - 1; k >= lead.start && lead.end-k <= 30; k-- {
		t := s.Tokens[k]
		if t.Text == ";" || isQuoteMark(t.Text) || x.inQuote(t.Start) {
			break
		}
		if isDash(t.Text) || t.Text == ")" {
			// An aside may hold a speech verb of its own: "commented on the matter —
			// which the BBC noted as unusual — "...""
			j := k - 1
			for j >= lead.start && k-j <= 16 && !isDash(s.Tokens[j].Text) && s.Tokens[j].Text != "(" {
				j--
			}
			if j >= lead.start && (isDash(s.Tokens[j].Text) == isDash(t.Text)) {
				k = j
			}
			continue
		}
		v, form, ok := x.speechVerbAt(s, k)
		if !ok {
			continue
		}
		c, _ := x.complementOf(s, k, v)
		if !c.quote || c.quoteAt >= len(s.Tokens) {
			return attribution{}, false
		}
		if at := s.Tokens[c.quoteAt].Start; at < q.Open || at > q.Close {
			return attribution{}, false
		}
		if p := s.Tokens[max(lead.end-1, 0)].Text; p != "," && p != ":" && x.quoteWords(q) < 4 {
			// A short fragment after a longer frame is a name or a scare quote as often
			// as it is speech ("asked for any "external party" not to").
			return attribution{}, false
		}
		var sp speakerRef
		switch form {
		case finite:
			sp, ok = x.subjectOf(s, k, nil)
		case participle:
			sp, ok = x.participleSubject(s, k, nil)
		default:
			ok = false
		}
		if !ok {
			return attribution{}, false
		}
		return attribution{speaker: sp, cue: v.Lemma, medium: c.medium, verb: t.Start, conf: 0.85}, true
	}
	return attribution{}, false
}

// passiveAgent resolves the "by" phrase right after the passive speech verb at token k,
// before token end: "described by Johnson as".
func (x *speechScan) passiveAgent(s *Sent, k, end int) (speakerRef, bool) {
	if k+2 >= end || !strings.EqualFold(s.Tokens[k+1].Text, "by") {
		return speakerRef{}, false
	}
	sp, _, ok := x.npStartingAt(s, k+2)
	if !ok || !sp.named() {
		return speakerRef{}, false
	}
	return sp, true
}

func isDash(t string) bool { return t == "—" || t == "–" || t == "--" }

// colonFrame attributes a quotation after a colon to the subject of the clause before it
// ("Brazilian President Jair Bolsonaro opposed Macron's statement: "..."").
//
// A document named with its author just before the colon speaks instead: "The palace
// issued the following statement from the king: "..."".
func (x *speechScan) colonFrame(s *Sent, colon int) (attribution, bool) {
	if sp, noun, ok := x.documentBefore(s, colon); ok {
		return attribution{speaker: sp, cue: noun, medium: x.mediumIn(s, 0, colon), verb: -1, conf: 0.75}, true
	}
	tries := 0
	for k := x.introEnd(s, colon); k < colon; k++ {
		if !x.isFiniteVerb(s, k) || relativeVerb(s, k) {
			continue
		}
		sp, ok := x.subjectOf(s, k, nil)
		if !ok || !sp.named() {
			// A verb of the introductory clause ("not how dangerous specific cases are,")
			// may come first: the main one is among the next.
			if tries++; tries < 3 && x.commaBetween(s, k, colon) {
				continue
			}
			return attribution{}, false
		}
		cue := x.lex.Lemma(s.Tokens[k].Text)
		if v, _, ok := x.speechVerbAt(s, k); ok {
			cue = v.Lemma
		} else {
			// "gave a different account of events, also speaking via Twitter:"
			for j := k + 1; j < colon; j++ {
				if l := x.lex.Lemma(s.Tokens[j].Text); l == "speak" || l == "talk" {
					cue = l
				} else if _, _, ok := x.speechVerbAt(s, j); ok {
					cue = x.lex.Lemma(s.Tokens[j].Text)
				}
			}
		}
		return attribution{speaker: sp, cue: cue, medium: x.mediumIn(s, 0, colon), verb: -1, conf: 0.75}, true
	}
	return attribution{}, false
}

// documentBefore resolves a document and its author that end right before token end:
// "the following statement from the king", "a letter by Senator X". It returns the
// author and the document noun.
func (x *speechScan) documentBefore(s *Sent, end int) (speakerRef, string, bool) {
	for k := end - 2; k >= 0 && end-k <= 10; k-- {
		t := s.Tokens[k]
		if x.inQuote(t.Start) || t.Text == "," {
			return speakerRef{}, "", false
		}
		lw := strings.ToLower(t.Text)
		if lw != "from" && lw != "by" {
			continue
		}
		if k == 0 || !sourceNouns[strings.ToLower(s.Tokens[k-1].Text)] {
			return speakerRef{}, "", false
		}
		sp, after, ok := x.npStartingAt(s, k+1)
		if !ok || !sp.named() || after != end {
			return speakerRef{}, "", false
		}
		return sp, strings.ToLower(s.Tokens[k-1].Text), true
	}
	return speakerRef{}, "", false
}

// trailing looks for the attribution after a quotation: ""...," he said", ""...",
// Pompeo told the press", ""..." tweeted Johnson", ""...!" Macron told the world". The
// attribution may open the next sentence only for a quotation that is a sentence of its
// own (full).
func (x *speechScan) trailing(q quoteSpan, full bool) (attribution, bool) {
	si := x.d.SentenceAt(q.Close)
	if si < 0 {
		return attribution{}, false
	}
	s := &x.d.Sentences[si]
	k := tokenIndex(s, q.Close+1)
	nextSentence := false
	if k >= len(s.Tokens) {
		if !full || si+1 >= len(x.d.Sentences) || x.d.Sentences[si+1].Paragraph != s.Paragraph {
			return attribution{}, false
		}
		s = &x.d.Sentences[si+1]
		k, nextSentence = 0, true
	}
	n := len(s.Tokens)
	for k < n && (s.Tokens[k].Text == "," || isQuoteMark(s.Tokens[k].Text)) {
		k++
	}
	if k >= n || x.inQuote(s.Tokens[k].Start) {
		return attribution{}, false
	}
	end := n
	for j := k; j < n; j++ {
		if isQuoteMark(s.Tokens[j].Text) || x.inQuote(s.Tokens[j].Start) {
			end = j
			break
		}
	}
	if v, form, ok := x.speechVerbAt(s, k); ok && form == finite && !x.inQuote(s.Tokens[k].Start) {
		// Inverted: "said German Chancellor Angela Merkel", "wrote Trump on Twitter"; not
		// a participle (""...", adding Iran will ...").
		sp, after, ok := x.npStartingAt(s, k+1)
		if p, e := x.appositivePerson(s, sp, after, end); p >= 0 {
			// "said University of California, San Diego's chancellor, Pradeep Khosla",
			// "said his father, Abdullah Kurdi"
			sp, after, ok = speakerRef{ents: []int{p}, how: "name"}, e, true
		}
		if !ok {
			return attribution{}, false
		}
		med := v.Medium
		if m := x.mediumIn(s, after, end); m != "" {
			med = m
		}
		return attribution{speaker: sp, cue: v.Lemma, medium: med, verb: s.Tokens[k].Start, conf: 0.9}, true
	}
	for j := k; j < end && j-k <= 12; j++ {
		t := s.Tokens[j]
		if v, form, ok := x.speechVerbAt(s, j); ok && form == finite {
			sp, ok := x.subjectOf(s, j, nil)
			if !ok {
				return attribution{}, false
			}
			c, cok := x.complementOf(s, j, v)
			if cok && !c.quote {
				// "He claimed the drilling is ...": a statement of its own, not the
				// attribution of the quotation before.
				return attribution{}, false
			}
			if nextSentence && !x.attributionEnds(s, j, v) {
				// ""We will win." Joe Biden said at a rally, "...": the verb attributes
				// the quotation after it, or "... commented on the matter." says what
				// the sentence is about. Only "X said." may follow a quotation.
				return attribution{}, false
			}
			med := v.Medium
			if m := x.mediumIn(s, j, end); m != "" {
				med = m
			}
			return attribution{speaker: sp, cue: v.Lemma, medium: med, verb: t.Start, conf: 0.9}, true
		}
		if !(npTags[t.Tag] || t.Tag == "PRP" || t.Text == "," || t.Text == "of" || isAdverbAt(s, j) ||
			speechAux[strings.ToLower(t.Text)] || x.mentionCovering(t.Start, t.End) >= 0) {
			// An appositive may hold a relative clause: let commas decide. The tagger
			// takes some nouns between a title and a name for verbs ("Caloundra
			// coach/VBP Geoff Ingram said").
			mistagged := strings.HasPrefix(t.Tag, "VB") && j+1 < end && x.mentionCovering(s.Tokens[j+1].Start, s.Tokens[j+1].End) >= 0
			if !x.insideCommas(s, k, j) && !mistagged {
				return attribution{}, false
			}
		}
	}
	return attribution{}, false
}

// attributionEnds reports whether the sentence ends after speech verb vi, its addressee
// and adjuncts ("Macron told the world on Twitter.").
func (x *speechScan) attributionEnds(s *Sent, vi int, v speechVerb) bool {
	n := len(s.Tokens)
	i := phrasalEnd(s, vi, v)
	if v.Frames&fAddressee != 0 && i < n {
		if _, e := x.mediumAt(s, i); e > i {
			i = e
		} else if t := s.Tokens[i]; t.Tag == "PRP" {
			i++
		} else if (npStartTags[t.Tag] || x.mentionCovering(t.Start, t.End) >= 0) && t.Tag != "EX" {
			i = x.npAfter(s, i)
		}
	}
	i, _ = x.skipAdjuncts(s, i)
	if i >= n {
		return true
	}
	switch s.Tokens[i].Text {
	case ".", "!", "?":
		return true
	}
	return false
}

// appositivePerson finds the person named after a comma following a speaker that is not
// a person ("said University of California, San Diego's chancellor, Pradeep Khosla"): it
// returns the person and the token after the name, or -1.
func (x *speechScan) appositivePerson(s *Sent, sp speakerRef, after, end int) (int, int) {
	if len(sp.ents) == 1 && x.d.Entities[sp.ents[0]].Type == schema.Person {
		return -1, after
	}
	if after >= end || s.Tokens[after].Text != "," {
		return -1, after
	}
	for k := after + 1; k < end && k-after <= 8; k++ {
		t := s.Tokens[k]
		mi := x.mentionCovering(t.Start, t.End)
		if mi < 0 {
			if npTags[t.Tag] || t.Text == "," {
				continue
			}
			return -1, after
		}
		m := x.d.Mentions[mi]
		e := tokenIndex(s, m.End)
		if x.d.Entities[m.Entity].Type == schema.Person && (e >= end || !npTags[s.Tokens[e].Tag]) {
			return m.Entity, e
		}
		k = e - 1
	}
	return -1, after
}

// insideCommas reports whether token j lies between two commas after token k (an
// appositive: "Rubio, who was also present, said").
func (x *speechScan) insideCommas(s *Sent, k, j int) bool {
	open := false
	for i := k; i < j; i++ {
		if s.Tokens[i].Text == "," {
			open = !open
		}
	}
	return open
}

// mediumIn returns the medium named in tokens [a, b) of s: "on Twitter", "via Twitter",
// "in remarks to UOL.com.br", "told CNN", "in an interview with the BBC".
func (x *speechScan) mediumIn(s *Sent, a, b int) string {
	for k := a; k < b && k < len(s.Tokens); k++ {
		lw := strings.ToLower(s.Tokens[k].Text)
		switch lw {
		case "on", "via", "to", "with", "through", "in", "told", "tells", "tell":
		default:
			continue
		}
		j := k + 1
		for j < b && j < len(s.Tokens) && (s.Tokens[j].Tag == "DT" || s.Tokens[j].Tag == "JJ" && !x.isPlatform(s, j)) {
			j++
		}
		if m, _ := x.mediumAt(s, j); m != "" {
			return m
		}
		if lw == "in" || lw == "on" || lw == "via" {
			// "in a tweet", "in a series of tweets": Twitter.
			for j < b && j < len(s.Tokens) && j-k <= 6 && (npTags[s.Tokens[j].Tag] || s.Tokens[j].Text == "of") {
				switch strings.ToLower(s.Tokens[j].Text) {
				case "tweet", "tweets":
					return "Twitter"
				}
				j++
			}
		}
	}
	return ""
}

// leadingMedium returns the medium named in a phrase that opens the sentence before the
// speech verb at token vi: "In an interview on CBS's "60 Minutes," Biden said", "In a
// tweet, Trump wrote".
func (x *speechScan) leadingMedium(s *Sent, vi int) string {
	if len(s.Tokens) == 0 {
		return ""
	}
	switch strings.ToLower(s.Tokens[0].Text) {
	case "in", "during", "speaking", "writing", "talking", "appearing", "on":
	default:
		return ""
	}
	for k := 1; k < vi; k++ {
		if s.Tokens[k].Text == "," {
			return x.mediumIn(s, 0, k) // maybe in a programme's name: "on CBS's "60 Minutes,""
		}
	}
	return ""
}

func (x *speechScan) isPlatform(s *Sent, j int) bool {
	m, _ := x.mediumAt(s, j)
	return m != ""
}

// continues reports whether quotation qi goes on with the speaker of quotation last: it
// starts a sentence in the same paragraph (or follows the attribution of last in the same
// sentence: ""...," wrote Trump on Twitter, "and therefore ...""), and nobody else is
// named as a speaker in between.
func (x *speechScan) continues(last, qi int, s *Sent, startsSentence bool) bool {
	lq, q := x.quotes[last], x.quotes[qi]
	ls := x.d.SentenceAt(lq.Open)
	if ls < 0 || x.d.Sentences[ls].Paragraph != s.Paragraph {
		return false
	}
	att := x.attr[last]
	between := startsSentence
	if !between && att.verb > lq.Close && att.verb < q.Open &&
		len(strings.Fields(x.d.Text[lq.Close+1:q.Open])) <= 8 {
		// Only the attribution between the two: ""...," wrote Trump on Twitter, "...".
		between = true
	}
	if !between {
		return false
	}
	for _, m := range x.d.MentionsIn(lq.Close, q.Open) {
		if x.inQuote(m.Start) || m.Entity < 0 || m.Entity >= len(x.d.Entities) {
			continue
		}
		if x.d.Entities[m.Entity].Type != schema.Person {
			continue
		}
		same := false
		for _, e := range att.speaker.ents {
			same = same || e == m.Entity
		}
		if !same {
			return false
		}
	}
	return true
}

// addDirect records the statement of quotation qi.
func (x *speechScan) addDirect(qi int, att attribution) {
	q := x.quotes[qi]
	a, b := trimQuoteContent(x.d.Text, q.Start, q.End)
	if a >= b {
		return
	}
	x.foundOf[qi] = len(x.found)
	x.found = append(x.found, found{speaker: att.speaker, kind: schema.Direct, cue: att.cue,
		medium: att.medium, start: a, end: b, conf: att.conf * att.speaker.confidence()})
}

// trimQuoteContent trims spaces and a trailing comma from the content of a quotation.
func trimQuoteContent(t string, a, b int) (int, int) {
	for a < b && (t[a] == ' ' || t[a] == '\n') {
		a++
	}
	for b > a && strings.ContainsRune(" \n,;:", rune(t[b-1])) {
		b--
	}
	return a, b
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// isTitleCase reports whether every word of s starts with a capital letter and s is not
// all capitals: the look of a title ("Fire and Fury") or a nickname, not of speech.
func isTitleCase(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	allCaps := true
	small := 0
	for _, w := range words {
		r := []rune(w)
		if unicode.IsLower(r[0]) {
			switch w {
			case "of", "and", "the", "in", "on", "a", "an", "to", "for", "at", "by", "or":
				small++
				continue
			}
			return false
		}
		for _, c := range r {
			if unicode.IsLower(c) {
				allCaps = false
			}
		}
	}
	return !allCaps && small < len(words)
}

// reported finds reported speech: speech verbs outside quotations with a speaker and a
// content.
func (x *speechScan) reported() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		var prev *speakerRef
		covered := 0
		for vi := 0; vi < len(s.Tokens); vi++ {
			t := s.Tokens[vi]
			if vi < covered || x.inQuote(t.Start) || x.used[t.Start] {
				continue
			}
			v, form, ok := x.speechVerbAt(s, vi)
			if !ok {
				continue
			}
			var sp speakerRef
			switch form {
			case finite:
				sp, ok = x.subjectOf(s, vi, prev)
			case participle:
				sp, ok = x.participleSubject(s, vi, prev)
			default:
				continue
			}
			c, cok := x.complementOf(s, vi, v)
			if !cok {
				if !c.quote && form == finite {
					if end := x.trailingReported(s, vi, v); end > covered {
						covered = end
					}
				}
				continue
			}
			if !ok || x.skipSourcing(sp, v.Lemma, false) {
				continue
			}
			if v.Lemma == "report" && x.relaysSpeech(s, sp, c.content) {
				continue
			}
			if quotedOrders[v.Lemma] && !x.quoteIn(s, c.content) {
				continue
			}
			conf := 0.85
			if c.np {
				conf = 0.75
			}
			c.content = x.subordinateEnd(s, vi, c.content)
			c.content = x.relativeEnd(s, vi, c.content)
			if c.medium == "" {
				c.medium = x.leadingMedium(s, vi)
			}
			x.addIndirect(s, c.content, sp, v.Lemma, c.medium, conf)
			covered = c.content.end
			if c.more >= 0 {
				end, _ := x.clauseEnd(s, c.more)
				more := trimSpan(s, span{c.more, end})
				if more.end-more.start >= 2 {
					x.addIndirect(s, more, sp, v.Lemma, c.medium, conf)
					covered = more.end
				}
			}
			if _, _, quoted := x.quotedAs(s, vi); !(form == participle && quoted) {
				// (Not "It cited the Air Force as stating ..., and claimed": the next
				// predicate is the citer's.)
				sp2 := sp
				prev = &sp2
			}
		}
	}
}

// sentenceSubordinators open a subordinate clause at the start of a sentence.
var sentenceSubordinators = wordSetOf(`after when while although though because if as since
	before once until whereas unless`)

// subordinateEnd ends the content of a speech verb in a subordinate clause that opens the
// sentence where the main clause begins: "After President Trump suggested in a late July
// tweet that mail-in voting could result in fraud, early August debate centered around
// the postal service."
func (x *speechScan) subordinateEnd(s *Sent, vi int, c span) span {
	if len(s.Tokens) == 0 || !sentenceSubordinators[strings.ToLower(s.Tokens[0].Text)] {
		return c
	}
	for k := 1; k < vi; k++ {
		if s.Tokens[k].Text == "," {
			return c // the verb is in the main clause
		}
	}
	for k := c.start + 1; k < c.end; k++ {
		if s.Tokens[k].Text != "," || x.inQuote(s.Tokens[k].Start) || k+1 >= c.end {
			continue
		}
		switch strings.ToLower(s.Tokens[k+1].Text) {
		case "and", "but", "or", "which", "who", "whose", "where", "when":
			continue
		}
		if x.clauseAhead(s, k+1) || x.finiteBeforeComma(s, k+1, c.end) {
			return span{c.start, k}
		}
	}
	return c
}

// relativeEnd ends the content of a speech verb in a relative clause set off by commas
// where the main clause goes on: "Schumer, who said last week that the talks had failed,
// met Collins on Monday."
func (x *speechScan) relativeEnd(s *Sent, vi int, c span) span {
	j := vi - 1
	for j >= 0 && (speechAux[strings.ToLower(s.Tokens[j].Text)] || isAdverbAt(s, j)) {
		j--
	}
	if j < 1 || s.Tokens[j-1].Text != "," {
		return c
	}
	if w := strings.ToLower(s.Tokens[j].Text); w != "who" && w != "which" {
		return c
	}
	for k := c.start + 1; k+1 < c.end; k++ {
		if s.Tokens[k].Text != "," || x.inQuote(s.Tokens[k].Start) {
			continue
		}
		k2 := k + 1
		for k2 < c.end && isAdverbAt(s, k2) {
			k2++
		}
		if k2 < c.end && !x.inQuote(s.Tokens[k2].Start) {
			switch s.Tokens[k2].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				return span{c.start, k}
			}
		}
	}
	return c
}

// finiteBeforeComma reports whether a finite verb stands in tokens [i, end) before the
// next comma: ", little of this money trickles to small businesses".
func (x *speechScan) finiteBeforeComma(s *Sent, i, end int) bool {
	for k := i; k < end; k++ {
		if s.Tokens[k].Text == "," {
			return false
		}
		if x.isFiniteVerb(s, k) {
			return k > i
		}
	}
	return false
}

// skipSourcing reports whether a statement is the article's sourcing: "according to the
// Associated Press" and "..., the New York Times reported." (trailing, which works the
// same way) attribute the article's facts, not something the agency said. What a news
// organization reports as the subject of its clause ("The New York Times reported that
// ...", "TVN24 reported he received surgery") is its statement: trailing tells whether the
// attribution follows its content.
func (x *speechScan) skipSourcing(sp speakerRef, cue string, trailing bool) bool {
	if cue != "according to" && (cue != "report" || !trailing) {
		return false
	}
	for _, e := range sp.ents {
		if x.isMediaEntity(e) {
			return true
		}
	}
	return false
}

// quotedOrders are the verbs of ordering that report speech only with the words quoted.
var quotedOrders = wordSetOf(`direct instruct order`)

// quoteIn reports whether a quotation opens in the token span c of s.
func (x *speechScan) quoteIn(s *Sent, c span) bool {
	for k := c.start; k < c.end && k < len(s.Tokens); k++ {
		if isQuoteMark(s.Tokens[k].Text) && k+1 < len(s.Tokens) && x.inQuote(s.Tokens[k+1].Start) {
			return true
		}
	}
	return false
}

// relaysSpeech reports whether a news organization's report relays what someone else
// said ("Znak.com reported its source said ...", "CNN reported the governor said"): the
// speech verb inside names the speaker, not the outlet.
func (x *speechScan) relaysSpeech(s *Sent, sp speakerRef, c span) bool {
	media := false
	for _, e := range sp.ents {
		media = media || x.isMediaEntity(e)
	}
	if !media {
		return false
	}
	end := c.end
	if end <= c.start {
		end = len(s.Tokens)
	}
	for k := c.start; k < end; k++ {
		if x.inQuote(s.Tokens[k].Start) {
			continue
		}
		if v, form, ok := x.speechVerbAt(s, k); ok && form == finite && v.Frames&fAttrib != 0 {
			return true
		}
	}
	return false
}

// trailingReported handles an attribution after its content: "CONTENT, X said." and
// "CONTENT, said X." It returns the token after the attribution when it made a statement,
// else 0.
func (x *speechScan) trailingReported(s *Sent, vi int, v speechVerb) int {
	n := len(s.Tokens)
	if v.Frames&fAttrib == 0 {
		return 0 // "..., called Flyboard Air": naming, not saying
	}
	var sp speakerRef
	comma, after := -1, vi+1
	if vi > 1 && s.Tokens[vi-1].Text == "," {
		var ok bool
		sp, after, ok = x.npStartingAt(s, vi+1)
		if !ok {
			return 0
		}
		comma = vi - 1
	} else {
		j := vi - 1
		for j >= 0 && (speechAux[strings.ToLower(s.Tokens[j].Text)] || isAdverbAt(s, j)) {
			j--
		}
		if j < 1 {
			return 0
		}
		a := x.npStart(s, j)
		if a < 2 || s.Tokens[a-1].Text != "," {
			return 0
		}
		var ok bool
		sp, ok = x.npEndingAt(s, j, 0)
		if !ok {
			return 0
		}
		comma = a - 1
	}
	// After the verb: an addressee, time and medium phrases, then the end or a comma.
	i := after
	med := v.Medium
	if v.Frames&fAddressee != 0 && i < n {
		if m, e := x.mediumAt(s, i); m != "" {
			med, i = m, e
		} else if t := s.Tokens[i]; npStartTags[t.Tag] && t.Tag != "EX" {
			for i < n && (npTags[s.Tokens[i].Tag] || s.Tokens[i].Tag == "PRP") {
				i++
			}
		}
	}
	i, m := x.skipAdjuncts(s, i)
	if m != "" {
		med = m
	}
	if i < n {
		switch s.Tokens[i].Text {
		case ".", "!", "?", ",", ";":
		default:
			return 0
		}
	}
	from := 0
	for k := comma - 1; k >= 0; k-- {
		if s.Tokens[k].Text == ";" {
			from = k + 1
			break
		}
	}
	content := trimSpan(s, span{from, comma})
	if content.end-content.start < 3 || isQuoteMark(s.Tokens[content.start].Text) ||
		x.inQuote(s.Tokens[content.start].Start) {
		return 0
	}
	hasVerb := false
	for k := content.start; k < content.end; k++ {
		hasVerb = hasVerb || x.isFiniteVerb(s, k)
	}
	if x.skipSourcing(sp, v.Lemma, true) || x.overlapsFound(s.Tokens[content.start].Start, s.Tokens[content.end-1].End) {
		return 0
	}
	subordinate := sentenceSubordinators[strings.ToLower(s.Tokens[content.start].Text)] &&
		i+1 < n && x.clauseAhead(s, i+1)
	if i+1 < n && s.Tokens[i].Text == "," && (s.Tokens[i+1].Tag != "VBG" && !hasVerb || subordinate) {
		// A parenthetical attribution: "around 50 gallons of diesel fuel, officials
		// said, spilled and ignited.", "If these findings are accurate, scientists say,
		// containing COVID-19 may require a different approach."
		end, _ := x.clauseEnd(s, i+1)
		rest := trimSpan(s, span{i + 1, end})
		if rest.end-rest.start < 2 {
			return 0
		}
		x.addIndirect(s, span{content.start, rest.end}, sp, v.Lemma, med, 0.75)
		f := &x.found[len(x.found)-1]
		f.cuts = [][2]int{{s.Tokens[comma].Start, s.Tokens[rest.start].Start}}
		return rest.end
	}
	if !hasVerb {
		return 0
	}
	x.addIndirect(s, content, sp, v.Lemma, med, 0.8)
	return i
}

// overlapsFound reports whether a statement was already found over [a, b).
func (x *speechScan) overlapsFound(a, b int) bool {
	for _, f := range x.found {
		if f.start < b && a < f.end {
			return true
		}
	}
	return false
}

// addIndirect records a reported statement whose content is the token span c of s.
func (x *speechScan) addIndirect(s *Sent, c span, sp speakerRef, cue, medium string, conf float64) {
	if c.end <= c.start {
		return
	}
	a, b := s.Tokens[c.start].Start, s.Tokens[c.end-1].End
	if s.Headline {
		conf *= 0.85
	}
	x.found = append(x.found, found{speaker: sp, kind: schema.Indirect, cue: cue, medium: medium,
		start: a, end: b, conf: conf * sp.confidence()})
}

// accordingTo finds "according to X, ..." and "..., according to X".
func (x *speechScan) accordingTo() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		n := len(s.Tokens)
		for k := 0; k+2 < n; k++ {
			if !strings.EqualFold(s.Tokens[k].Text, "according") || !strings.EqualFold(s.Tokens[k+1].Text, "to") ||
				x.inQuote(s.Tokens[k].Start) {
				continue
			}
			sp, after, ok := x.accordingSource(s, k)
			if !ok {
				continue
			}
			var c span
			if k == 0 || (k <= 2 && isAdverbAt(s, 0)) {
				if after >= n || s.Tokens[after].Text != "," {
					continue
				}
				if after+1 < n {
					switch s.Tokens[after+1].Tag {
					case "WP", "WDT":
						// "According to X, who is ..., CONTENT": skip the appositive.
						for j := after + 2; j < n; j++ {
							if s.Tokens[j].Text == "," {
								after = j
								break
							}
						}
					default:
						// "According to Dr. Tom Frieden, formerly the director of the CDC,
						// the pandemic is ...": a verbless phrase, then a clause.
						for j := after + 1; j < n && j-after <= 20; j++ {
							if x.isFiniteVerb(s, j) || isQuoteMark(s.Tokens[j].Text) && s.Tokens[j].Text != "'" {
								break // (a lone "'" is the possessive of "the United States'")
							}
							if s.Tokens[j].Text == "," {
								if j > after+1 && x.clauseAhead(s, j+1) {
									after = j
								}
								break
							}
						}
					}
				}
				end, _ := x.clauseEnd(s, after+1)
				c = span{after + 1, end}
			} else if p := strings.ToLower(s.Tokens[k-1].Text); (p == "and" || p == "but") && x.clauseAhead(s, after) {
				// "Mugabe was hospitalized in Singapore and according to the Ministry of
				// Foreign Affairs he died at Gleneagles Hospital": the clause after it.
				end, _ := x.clauseEnd(s, after)
				c = span{after, end}
			} else {
				end := k
				if s.Tokens[k-1].Text == "," {
					end = k - 1
				}
				c = span{0, end}
			}
			c = trimSpan(s, c)
			if c.end-c.start < 3 || x.overlapsFound(s.Tokens[c.start].Start, s.Tokens[c.end-1].End) {
				continue
			}
			x.addIndirect(s, c, sp, "according to", "", 0.75)
		}
	}
}

// documentClauses finds the content of a document given as a clause after its noun:
// "The Department issued a statement that an inmate had been stabbed", "the palace
// issued a statement to the effect the king considered it inappropriate". The document's
// author must be named: "the palace" is nobody we know.
func (x *speechScan) documentClauses() {
	for si := range x.d.Sentences {
		s := &x.d.Sentences[si]
		n := len(s.Tokens)
		for k := 1; k+2 < n; k++ {
			t := s.Tokens[k]
			if !sourceNouns[strings.ToLower(t.Text)] || x.inQuote(t.Start) {
				continue
			}
			c := k + 1
			if strings.EqualFold(s.Tokens[c].Text, "to") && c+3 < n && strings.EqualFold(s.Tokens[c+1].Text, "the") &&
				strings.EqualFold(s.Tokens[c+2].Text, "effect") {
				c += 3
			} else if !strings.EqualFold(s.Tokens[c].Text, "that") {
				continue
			}
			if c < n && strings.EqualFold(s.Tokens[c].Text, "that") {
				c++
			}
			if c >= n || !x.clauseAhead(s, c) {
				continue
			}
			a := x.npStart(s, k)
			if a < 1 || !issueVerbs[x.lex.Lemma(s.Tokens[a-1].Text)] || !x.isFiniteVerb(s, a-1) {
				continue
			}
			sp, ok := x.documentAuthor(s, k, nil, 0)
			if !ok || !sp.named() {
				continue
			}
			end, _ := x.clauseEnd(s, c)
			ct := trimSpan(s, span{c, end})
			if ct.end-ct.start < 3 || x.overlapsFound(s.Tokens[ct.start].Start, s.Tokens[ct.end-1].End) {
				continue
			}
			x.addIndirect(s, ct, sp, strings.ToLower(t.Text), "", 0.75)
		}
	}
}

// issueVerbs put out a document.
var issueVerbs = wordSetOf(`issue release publish send post`)

// accordingSource resolves the source of "according to" at token k: "according to X",
// "according to a statement from the ministry". It returns the speaker and the token after
// its phrase; a news organization reporting the news is no source.
func (x *speechScan) accordingSource(s *Sent, k int) (speakerRef, int, bool) {
	n := len(s.Tokens)
	sp, after, ok := x.npStartingAt(s, k+2)
	if ok && !sp.named() && after+1 < n {
		switch strings.ToLower(s.Tokens[after].Text) {
		case "from", "by", "of":
			if sp2, after2, ok2 := x.npStartingAt(s, after+1); ok2 && sp2.named() {
				sp, after = sp2, after2
			}
		}
	}
	if !ok || x.skipSourcing(sp, "according to", true) {
		return speakerRef{}, after, false
	}
	if m, _ := x.mediumAt(s, k+2); m != "" && platforms[strings.ToLower(m)] != "" {
		// "According to Twitter, he describes himself as ...": his profile there, not
		// the platform's words.
		return speakerRef{}, after, false
	}
	return sp, after, true
}

// accordingLead attributes a quotation after "According to X,": "According to eyewitness
// Vinnie DeVita, "within probably 15 to 20 seconds of it all, it exploded."".
func (x *speechScan) accordingLead(s *Sent, lead span) (attribution, bool) {
	for k := lead.start; k+2 < lead.end && k <= lead.start+3; k++ {
		if !strings.EqualFold(s.Tokens[k].Text, "according") || !strings.EqualFold(s.Tokens[k+1].Text, "to") {
			continue
		}
		sp, after, ok := x.accordingSource(s, k)
		if !ok || !sp.named() || after != lead.end-1 || s.Tokens[after].Text != "," {
			return attribution{}, false
		}
		return attribution{speaker: sp, cue: "according to", verb: -1, conf: 0.8}, true
	}
	return attribution{}, false
}

// embeddedQuotes makes direct statements of quotations inside reported speech ("said
// there was "unequivocal" proof"), with the speaker of the reported statement.
func (x *speechScan) embeddedQuotes() {
	n := len(x.found)
	for _, qi := range x.topQuotes() {
		if _, ok := x.attr[qi]; ok {
			continue
		}
		q := x.quotes[qi]
		if isTitleCase(q.Text(x.d.Text)) {
			continue
		}
		for _, f := range x.found[:n] {
			// The quotation may go on past the reported clause, into sentences of its own:
			// "said the situation had "a lot of adrenaline, a lot of confusion. [...]
			// [The dispatcher] was trying to ask for information."": all of it is quoted.
			if f.kind != schema.Indirect || q.Open < f.start || q.Open >= f.end {
				continue
			}
			att := attribution{speaker: f.speaker, cue: f.cue, medium: f.medium, verb: -1, conf: 0.8}
			x.attr[qi] = att
			x.addDirect(qi, att)
			break
		}
	}
}

// nestedQuotes makes statements of quotations nested in attributed ones when their own
// attribution is inside the outer quotation ("I offered to resign last night and
// President Trump said, 'Let's talk about it tomorrow.'").
func (x *speechScan) nestedQuotes() {
	for qi, q := range x.quotes {
		if q.Parent < 0 {
			continue
		}
		if _, ok := x.attr[q.Parent]; !ok {
			continue
		}
		si := x.d.SentenceAt(q.Open)
		if si < 0 {
			continue
		}
		s := &x.d.Sentences[si]
		outer := x.quotes[q.Parent]
		from := tokenIndex(s, max(outer.Start, s.Start))
		lead := span{from, tokenIndex(s, q.Open)}
		if lead.end < len(s.Tokens) && s.Tokens[lead.end].Start < q.Open {
			lead.end++ // the mark is glued to the first word ("'Let")
		}
		for lead.end > lead.start && s.Tokens[lead.end-1].End > q.Open {
			lead.end--
		}
		att, ok := x.leadingVerbInside(s, lead)
		if !ok {
			continue
		}
		att.conf = 0.7
		x.attr[qi] = att
		x.addDirect(qi, att)
	}
}

// leadingVerbInside is leadingVerb for a quotation inside another: the words of the outer
// quotation are not outside quotes, so the speech verb is read directly.
func (x *speechScan) leadingVerbInside(s *Sent, lead span) (attribution, bool) {
	for k := lead.end - 1; k >= lead.start && lead.end-k <= 4; k-- {
		t := s.Tokens[k]
		if t.Text == "," || t.Text == ":" {
			continue
		}
		v, form, ok := x.speechVerbAt(s, k)
		if !ok || form != finite {
			return attribution{}, false
		}
		j := k - 1
		for j >= lead.start && (speechAux[strings.ToLower(s.Tokens[j].Text)] || isAdverbAt(s, j)) {
			j--
		}
		if j < lead.start {
			return attribution{}, false
		}
		tj := s.Tokens[j]
		mi := x.mentionCovering(tj.Start, tj.End)
		if mi < 0 {
			return attribution{}, false
		}
		e := x.d.Mentions[mi].Entity
		switch x.d.Entities[e].Type {
		case schema.Person, schema.Organization, schema.Country:
		default:
			return attribution{}, false
		}
		return attribution{speaker: speakerRef{ents: []int{e}, how: "name"}, cue: v.Lemma, verb: t.Start}, true
	}
	return attribution{}, false
}

// statements turns what was found into Statements: one per speaker, duplicates dropped,
// in text order, with the entities each is about.
func (x *speechScan) statements() []Statement {
	type key struct {
		speaker    int
		start, end int
	}
	seen := map[key]bool{}
	var out []Statement
	sort.SliceStable(x.found, func(i, j int) bool { return x.found[i].start < x.found[j].start })
	for _, f := range x.found {
		if x.insideIndirect(f) {
			continue
		}
		speakers := f.speaker.ents
		if len(speakers) == 0 {
			speakers = []int{-1}
		}
		for _, e := range speakers {
			k := key{e, f.start, f.end}
			if seen[k] {
				continue
			}
			seen[k] = true
			text := x.textWithout(f.start, f.end, f.cuts)
			st := Statement{
				Speaker:  x.d.EntityRef(e),
				Text:     text,
				Kind:     f.kind,
				Cue:      f.cue,
				Medium:   f.medium,
				About:    x.about(f.start, f.end),
				Evidence: x.d.Evidence(f.start, f.end, roundConf(f.conf)),
			}
			out = append(out, st)
		}
	}
	return out
}

// insideIndirect reports whether f is a quotation inside a reported statement of the same
// speaker ("said the use of third-party currencies "costs Africa ..."", "said there was
// "unequivocal" proof"): the reported statement holds it already.
func (x *speechScan) insideIndirect(f found) bool {
	if f.kind != schema.Direct {
		return false
	}
	for _, g := range x.found {
		if g.kind != schema.Indirect || g.start > f.start || g.end < f.end || len(g.speaker.ents) != len(f.speaker.ents) {
			continue
		}
		same := true
		for i := range g.speaker.ents {
			same = same && g.speaker.ents[i] == f.speaker.ents[i]
		}
		if same {
			return true
		}
	}
	return false
}

// textWithout returns the original text of [a, b) without the cuts, the pieces joined by
// a space.
func (x *speechScan) textWithout(a, b int, cuts [][2]int) string {
	if len(cuts) == 0 {
		return x.d.OrigText(a, b)
	}
	var parts []string
	from := a
	for _, c := range cuts {
		parts = append(parts, strings.Trim(x.d.OrigText(from, c[0]), " ,\n"))
		from = c[1]
	}
	parts = append(parts, strings.Trim(x.d.OrigText(from, b), " ,\n"))
	return strings.Join(parts, " ")
}

// about lists the entities named in [a, b), once each, in order.
func (x *speechScan) about(a, b int) []Ref {
	var out []Ref
	seen := map[int]bool{}
	for _, m := range x.d.MentionsIn(a, b) {
		if m.Kind == "pronoun" || m.Entity < 0 || m.Entity >= len(x.d.Entities) || seen[m.Entity] {
			continue
		}
		seen[m.Entity] = true
		out = append(out, x.d.EntityRef(m.Entity))
	}
	return out
}

func roundConf(c float64) float64 {
	if c > 1 {
		c = 1
	}
	return float64(int(c*100+0.5)) / 100
}
