package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

// frame is a bit set of the complements a speech verb takes, which decide whether an
// occurrence of the verb reports something said and where the content starts.
type frame uint16

const (
	// fClause: a that-clause or a bare clause ("said (that) the talks failed").
	fClause frame = 1 << iota
	// fNP: a noun phrase that is itself the content ("announced a naval coalition").
	fNP
	// fTo: an infinitive ("vowed to fight on"); with fAddressee after the addressee
	// ("urged Turkey to halt").
	fTo
	// fAddressee: an addressee may stand between the verb and the content ("told CNN
	// that", "warned reporters that").
	fAddressee
	// fFor: a "for" (or "on") phrase is the content ("called for a ceasefire").
	fFor
	// fQuote: the verb reports only a quotation that follows, maybe after an object and
	// "as" ("called it "a disgrace"", "described progress as "...""); it is never
	// reported speech by itself.
	fQuote
	// fAttrib: the verb attributes a direct quotation next to it ("..., he continued.").
	fAttrib
	// fGerund: a gerund phrase is the content ("pledged converting the museum to a
	// mosque", "proposed raising the age").
	fGerund
)

// speechVerb is one entry of the speech-verb lexicon.
type speechVerb struct {
	Lemma  string
	Frames frame
	// Medium is the medium the verb implies ("tweet" -> Twitter).
	Medium string
}

// speechVerbTable is the speech-verb lexicon by lemma. Verbs of thinking, agreeing and
// judging (believe, agree, conclude, deem) are left out: they report stances, not words.
// Verbs that are mostly stances unless they carry a clause (stress, underline, hint) take
// fClause only, so "underlined the call for cooperation" is not a statement.
var speechVerbTable = func() map[string]speechVerb {
	const (
		c  = fClause | fAttrib
		cn = fClause | fNP | fAttrib
		ca = fClause | fAddressee | fAttrib
	)
	m := map[string]speechVerb{}
	add := func(f frame, lemmas ...string) {
		for _, l := range lemmas {
			m[l] = speechVerb{Lemma: l, Frames: f}
		}
	}
	add(c, "say", "add", "stress", "acknowledge", "insist", "argue", "write", "note",
		"explain", "state", "reply", "respond", "assert", "maintain", "admit", "concede",
		"predict", "hint", "emphasize", "emphasise", "underline", "underscore", "reiterate",
		"contend", "complain", "recall", "observe", "remark", "comment", "indicate",
		"estimate", "disclose", "testify", "boast", "lament", "retort", "counter", "joke",
		"quip", "exclaim", "affirm", "reaffirm", "clarify", "answer", "signal", "caution",
		"speculate", "tweet", "post", "report", "elaborate", "opine", "recount", "reason",
		"posit", "surmise", "concur")
	add(cn, "claim", "deny", "announce", "confirm", "reveal", "mention", "allege", "dismiss",
		"forecast")
	// "declared a state of emergency", "declared a day of mourning": a declaration with a
	// noun object is an act; only its clause reports words.
	add(c, "declare")
	add(cn|fGerund, "suggest", "propose", "recommend")
	add(ca, "tell", "inform", "assure", "remind", "warn", "notify")
	add(ca|fTo, "advise") // "advises citizens to continue paying their federal taxes"
	// "Callamard encouraged the CIA to release the files": with an addressee and an
	// infinitive only ("encouraged investment" is no speech).
	add(fAddressee|fTo, "encourage")
	add(fClause|fTo|fAttrib, "vow")
	add(fClause|fTo|fGerund|fAttrib, "pledge", "promise", "threaten")
	add(fClause|fNP|fTo|fAttrib, "demand")
	add(fAddressee|fTo|fClause|fAttrib, "urge")
	add(fAddressee|fTo|fAttrib, "ask", "invite") // "asked for help" is a request, not speech
	add(fAddressee|fNP, "accuse")
	// Orders are acts, unless they quote the words: "she was directing six of the House's
	// committees to "proceed with their investigations under [the] umbrella"" (see
	// quotedOrders).
	add(fAddressee|fTo, "direct", "instruct", "order")
	add(fFor|fQuote|fAddressee|fTo, "call", "appeal")
	add(fQuote, "describe", "dub", "label", "term", "brand", "characterize", "characterise",
		"slam", "blast", "decry", "hail", "criticize", "criticise", "condemn", "praise",
		"laud", "tout", "deride", "mock", "ridicule", "denounce", "lambast", "lambaste",
		"assail", "extol")
	add(fAttrib, "continue", "shout")
	// "reacted on Twitter, "Sad news ..."": only with the quotation after it.
	add(fQuote, "react")
	m["tweet"] = speechVerb{Lemma: "tweet", Frames: m["tweet"].Frames, Medium: "Twitter"}
	return m
}()

// lemmatizer is golem's English lemmatizer, loaded once per process (about 50 ms). It is
// right for verbs and wrong for other words ("also" -> "conjurer"), so it is asked only
// about words in verb position or with verb morphology.
var lemmatizer = sync.OnceValues(func() (*golem.Lemmatizer, error) {
	l, err := golem.New(en.New())
	if err != nil {
		return nil, fmt.Errorf("load english lemmas: %w", err)
	}
	return l, nil
})

// speechLexicon answers whether a token is a speech verb, caching golem's answers per
// word form.
type speechLexicon struct {
	lem   *golem.Lemmatizer
	mu    sync.RWMutex
	cache map[string]string
}

var loadSpeechLexicon = sync.OnceValues(func() (*speechLexicon, error) {
	l, err := lemmatizer()
	if err != nil {
		return nil, err
	}
	return &speechLexicon{lem: l, cache: map[string]string{}}, nil
})

// Lemma returns the lemma of a verb form ("told" -> "tell"), lower case.
func (x *speechLexicon) Lemma(word string) string {
	w := strings.ToLower(word)
	x.mu.RLock()
	l, ok := x.cache[w]
	x.mu.RUnlock()
	if ok {
		return l
	}
	l = w
	for _, cand := range x.lem.Lemmas(w) {
		if _, ok := speechVerbTable[cand]; ok {
			l = cand
			break
		}
		if l == w {
			l = cand
		}
	}
	if _, ok := speechVerbTable[l]; !ok {
		// golem lists some -ing forms as nouns only ("calling"): undo the suffix.
		for _, stem := range verbStems(w) {
			if _, ok := speechVerbTable[stem]; ok {
				l = stem
				break
			}
		}
	}
	x.mu.Lock()
	x.cache[w] = l
	x.mu.Unlock()
	return l
}

// verbForm is how a speech verb occurs.
type verbForm int

const (
	notVerb    verbForm = iota
	finite              // said, says, has said, will say
	participle          // saying (an -ing form: participial frame or progressive)
	pastPart            // said after "was"/"been" (passive) or as an adjective
	infinitive          // to say
)

// SpeechVerb reports whether token i of s is a speech verb, with its lexicon entry and
// form. The tagger's tag decides verb position, except that -ing and -ed forms of a speech
// verb count as verbs whatever the tag ("vowing/NN"): the tagger often misses them next
// to names and quotes.
func (x *speechLexicon) SpeechVerb(s *Sent, i int) (speechVerb, verbForm, bool) {
	t := s.Tokens[i]
	w := strings.ToLower(t.Text)
	if len(w) < 3 || !isSpeechWord(w) {
		return speechVerb{}, notVerb, false
	}
	tag := t.Tag
	if i > 0 && !s.Headline && tag == "NNP" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && !isQuoteMark(s.Tokens[i-1].Text) {
		return speechVerb{}, notVerb, false // a name: "Qaboos bin Said"
	}
	// The tagger takes a document's "read" for a noun ("Trump's statement read/NN:"):
	// phrasalSpeech decides from the words around it.
	isVerbTag := strings.HasPrefix(tag, "VB") || w == "read" || w == "reads"
	ing, ed := strings.HasSuffix(w, "ing"), strings.HasSuffix(w, "ed") || irregularPast[w]
	if !isVerbTag && !ing && !ed {
		return speechVerb{}, notVerb, false
	}
	{
		// After a determiner, a possessive or an adjective the word is a noun or a
		// modifier ("the warning", "his proposed budget", "the stated goals").
		// The tagger tags quotation marks at random ("/JJ", "/DT"): a mark is no modifier
		// (""...," wrote Wong").
		// A capitalized "adjective" before "told" or at the start of the sentence is a
		// name the tagger missed ("Winch/JJ told").
		p := s.Tokens[max(i-1, 0)].Text
		nameBefore := i > 0 && p != "" && p[0] >= 'A' && p[0] <= 'Z' && (i == 1 || irregularPast[w])
		quantifier := strings.EqualFold(p, "all") || strings.EqualFold(p, "both") || strings.EqualFold(p, "each")
		if i > 0 && !isQuoteMark(p) && !nameBefore && !quantifier { // (not "Hawkins and Carroll all argued")
			switch s.Tokens[i-1].Tag {
			case "DT", "JJ", "PRP$", "POS", "JJR", "JJS", "CD":
				return speechVerb{}, notVerb, false
			}
		}
	}
	lemma := x.Lemma(w)
	v, ok := speechVerbTable[lemma]
	if !ok {
		v, ok = phrasalSpeech(s, i, lemma)
	}
	if !ok {
		return speechVerb{}, notVerb, false
	}
	prev := ""
	if i > 0 {
		prev = strings.ToLower(s.Tokens[i-1].Text)
	}
	prev2 := ""
	if i > 1 {
		prev2 = strings.ToLower(s.Tokens[i-2].Text)
	}
	switch {
	case prev == "to" || (isAdverbAt(s, i-1) && prev2 == "to"):
		if _, ok := goesOnTo(s, i); ok {
			return v, finite, true
		}
		return v, infinitive, true
	case ing:
		p := i - 1
		for p > 0 && isAdverbAt(s, p) {
			p-- // "of previously saying"
		}
		if p >= 0 && s.Tokens[p].Tag == "IN" {
			switch strings.ToLower(s.Tokens[p].Text) {
			case "by", "while", "after", "before", "when", "upon", "on", "from", "as":
			default:
				return speechVerb{}, notVerb, false // "for his work in predicting ..."
			}
		}
		return v, participle, true
	case tag == "VBN" || ed || tag == "VBD":
		if passiveAux[prev] || (isAdverbAt(s, i-1) && passiveAux[prev2]) {
			return v, pastPart, true
		}
		return v, finite, true
	case tag == "VB":
		// "will say", "did say", "would warn"; a bare VB elsewhere is an imperative or an
		// infinitive without "to".
		if modalOrDo[prev] || (isAdverbAt(s, i-1) && modalOrDo[prev2]) {
			return v, finite, true
		}
		if v.Lemma == "read" {
			// The past "read" looks like the base form (""...," read the statement"); a
			// document reads its text only in the frames phrasalSpeech accepts.
			return v, finite, true
		}
		return speechVerb{}, notVerb, false
	}
	return v, finite, true
}

// phrasalSpeech recognizes speech verbs made of more words, or that report speech only
// in one context: "pointed out that", "made (it) clear that", "went on to say" (whose
// subject is that of "went"), and a document "reading" or "which read" its text.
func phrasalSpeech(s *Sent, i int, lemma string) (speechVerb, bool) {
	next := func(k int) string {
		if i+k < len(s.Tokens) {
			return strings.ToLower(s.Tokens[i+k].Text)
		}
		return ""
	}
	prev := func(k int) string {
		if i-k >= 0 {
			return strings.ToLower(s.Tokens[i-k].Text)
		}
		return ""
	}
	switch lemma {
	case "point":
		if next(1) == "out" {
			return speechVerb{Lemma: "point out", Frames: fClause | fAttrib}, true
		}
	case "make":
		if next(1) == "clear" || next(1) == "it" && next(2) == "clear" {
			return speechVerb{Lemma: "make clear", Frames: fClause}, true
		}
	case "read":
		// "a statement which read", "Their statement also read", "The family's statement
		// on the death read:", "..., reads the report."
		if n := next(1); n == "out" || n == "aloud" {
			return speechVerb{}, false // "his message read out on November 22": an act
		}
		for k := 1; k <= 6 && i-k >= 0; k++ {
			p := prev(k)
			if sourceNouns[p] {
				return speechVerb{Lemma: "read", Frames: fClause | fAttrib}, true
			}
			if t := s.Tokens[i-k]; strings.HasPrefix(t.Tag, "VB") || t.Text == "," || isQuoteMark(t.Text) || p == "to" {
				break
			}
		}
		if sourceNouns[next(1)] || sourceNouns[next(2)] && (next(1) == "the" || next(1) == "a") {
			return speechVerb{Lemma: "read", Frames: fClause | fAttrib}, true
		}
		if n := next(1); n == "the" || n == "a" || n == "an" || i+1 < len(s.Tokens) && s.Tokens[i+1].Tag == "NNP" {
			// ""...," reads an AEW press release": the document's noun after its modifiers.
			for k := 2; k <= 5 && i+k < len(s.Tokens); k++ {
				if sourceNouns[next(k)] {
					return speechVerb{Lemma: "read", Frames: fClause | fAttrib}, true
				}
				if t := s.Tokens[i+k]; !npTags[t.Tag] {
					break
				}
			}
		}
		if i == 1 && prev(1) == "it" && (next(1) == "," || next(1) == ":" || i+1 < len(s.Tokens) && isQuoteMark(s.Tokens[i+1].Text)) {
			// "It read, "..."" after the document was named.
			return speechVerb{Lemma: "read", Frames: fAttrib}, true
		}
	}
	return speechVerb{}, false
}

// phrasalEnd returns the token after the words of speech verb v at token vi ("pointed
// out", "made it clear").
func phrasalEnd(s *Sent, vi int, v speechVerb) int {
	last := v.Lemma
	if k := strings.LastIndexByte(last, ' '); k >= 0 {
		last = last[k+1:]
	} else {
		return vi + 1
	}
	for k := vi + 1; k < len(s.Tokens) && k <= vi+2; k++ {
		if strings.EqualFold(s.Tokens[k].Text, last) {
			return k + 1
		}
	}
	return vi + 1
}

// goesOnTo reports whether the infinitive at token i follows "went on to" ("He went on to
// say"), and returns the index of the form of "go".
func goesOnTo(s *Sent, i int) (int, bool) {
	if i < 3 || !strings.EqualFold(s.Tokens[i-1].Text, "to") || !strings.EqualFold(s.Tokens[i-2].Text, "on") {
		return 0, false
	}
	switch strings.ToLower(s.Tokens[i-3].Text) {
	case "went", "goes", "go", "going", "gone":
		return i - 3, true
	}
	return 0, false
}

var irregularPast = map[string]bool{"said": true, "told": true, "wrote": true, "written": true}

var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "being": true, "is": true, "are": true, "'s": true, "get": true, "got": true}

var modalOrDo = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true,
	"'ll": true, "'d": true}

func isAdverbAt(s *Sent, i int) bool {
	return i >= 0 && i < len(s.Tokens) && strings.HasPrefix(s.Tokens[i].Tag, "RB") &&
		!strings.EqualFold(s.Tokens[i].Text, "not") && s.Tokens[i].Text != "n't"
}

func isSpeechWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z') && r != '-' {
			return false
		}
	}
	return true
}

// isSpeech reports whether word is a form of a speech verb.
func (x *speechLexicon) isSpeech(word string) bool {
	_, ok := speechVerbTable[x.Lemma(word)]
	return ok
}

// verbStems returns the stems a regular verb form may come from: "calling" -> "call",
// "describing" -> "describe", "admitting" -> "admit", "calls" -> "call".
func verbStems(w string) []string {
	var out []string
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		out = append(out, stem, stem+"e")
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
			out = append(out, stem[:n-1])
		}
	}
	return out
}
