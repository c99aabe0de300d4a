package extract

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
)

// Normalize is the first stage: it makes Text a copy of the original with curly quotes and
// apostrophes made ASCII and unusual spaces made plain, keeping the offset map, so that
// later stages match "Trump’s" like "Trump's".
type Normalize struct{}

// Run implements Stage.
func (Normalize) Run(d *Draft) error {
	var b strings.Builder
	b.Grow(len(d.Original))
	orig := make([]int, 0, len(d.Original)+1)
	for i, r := range d.Original {
		rep, ok := normalRune(r)
		if !ok {
			rep = string(r)
			if r == utf8.RuneError {
				rep = " " // invalid bytes: ingest rejects them, but never feed them on
			}
		}
		for k := 0; k < len(rep); k++ {
			orig = append(orig, i)
		}
		b.WriteString(rep)
	}
	orig = append(orig, len(d.Original))
	d.Text = b.String()
	d.orig = orig
	return nil
}

func normalRune(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u0060':
		return "'", true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return `"`, true
	case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\t', '\r', '\f', '\v':
		return " ", true
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
		return "", true
	case '\u2010', '\u2011':
		return "-", true
	case '\u2028', '\u2029', '\u0085':
		return "\n", true
	}
	return "", false
}

// furniture matches whole lines that belong to the page, not to the news: newsletter and
// app promotions, share and comment widgets, "Read more" links, copyright lines.
var furniture = regexp.MustCompile(`(?i)^\s*(` +
	`discover the latest\b|find the best of\b|stay on top of\b|stay updated\b|download (the|our)\b.*\bapp\b|` +
	`(also )?read (more|also|next)\b|must read\b|click here\b|tap here\b|sign up\b|subscribe\b|follow us\b|share (this|on)\b|` +
	`facebook comments\b|\d*\s*comments?\s*$|advertisement\s*$|sponsored\s*(content)?\s*$|related (articles|stories|news|coverage)\s*:?\s*$|` +
	`copyright\b|©|all rights reserved\b|this (article|story) (was|is|has been) (originally )?(published|edited|updated|corrected)\b|` +
	`(image|photo|picture|video|graphic|illustration|file photo)s?( credit| source| courtesy)?\s*:|(photo|image) (credit|source)\b|` +
	`(reporting|editing|writing|additional reporting) by\b|(written|edited|compiled|produced) by\b|` +
	`(sources?|credits?|tags|topics|keywords|categories|filed under)\s*:|` +
	`(first |originally )?(published|updated|posted|last updated)( on| at)?\s*:|` +
	`(get|catch) (the latest|all the)\b|we (recommend|also recommend)\b|you (may|might) also like\b|recommended (for you|stories)\b|` +
	`disclaimer\s*:|\(?with (agency )?inputs? from\b|(share|tweet|email|print|save)\s*$|` +
	`join (us|our)\b.*\b(channel|newsletter|community)\b|(log ?in|register) to\b` +
	`)`)

// isFurniture reports whether a line is page furniture. Furniture lines are short: a
// long paragraph is not matched against the patterns at all.
func isFurniture(line string) bool {
	return len(line) <= 400 && furniture.MatchString(line)
}

// captionIn returns the submatch offsets of a caption glued to the line, or nil; the
// pattern only runs on lines that hold a caption word.
func captionIn(line string) []int {
	if !strings.Contains(line, ": ") || !(strings.Contains(line, "Image:") || strings.Contains(line, "Photo:") ||
		strings.Contains(line, "Picture:") || strings.Contains(line, "Credit:")) {
		return nil
	}
	return captionInLine.FindStringSubmatchIndex(line)
}

// byline matches a line that only names the author: "By John Smith", "By Jane Doe and
// Ann Roe, Reuters".
var byline = regexp.MustCompile(`^\s*(?i:by)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*\s*$`)

// authorBio matches the author's biography closing a page: "Jane Doe is a senior
// correspondent covering Europe."
var authorBio = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){1,3}\s+(is|was|has been)\s+(a|an|the|our)\s+[^.]{0,80}\b(reporter|correspondent|writer|editor|journalist|contributor|columnist|producer|author|freelancer|blogger)\b`)

// captionInLine matches a picture caption glued to the text before it, as pages copied
// to text often have ("... Jo JorgensenImage: Jo Jorgensen for President."): from the
// caption to the end of the line.
var captionInLine = regexp.MustCompile(`[\p{L}\p{N}).\]] ?(Image|Photo|Picture|Credit): \p{Lu}[^\n]*$`)

// dateLine matches a line that is only a date, as Wikinews and many publishers put it at
// the top: "Friday, January 4, 2019", "January 4, 2019", "4 January 2019".
var dateLine = regexp.MustCompile(`^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?` +
	`(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})` +
	`|(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4}))\s*$`)

// Segment is the stage that drops page furniture, reads the date line, and splits the text
// into lines, sentences and tagged tokens. Lines are split first, so that a headline
// without a full stop is a sentence of its own and no sentence runs across a line break.
type Segment struct {
	models *textModels
}

type textModels struct {
	seg    *segment.Segmenter
	tok    *tokenize.Tokenizer
	tagger *tag.Tagger
}

var loadTextModels = sync.OnceValues(func() (*textModels, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New()
	if err != nil {
		return nil, err
	}
	return &textModels{seg: seg, tok: tokenize.New(), tagger: tg}, nil
})

// NewSegment loads the sentence, token and tag models (once per process).
func NewSegment() (*Segment, error) {
	m, err := loadTextModels()
	if err != nil {
		return nil, err
	}
	return &Segment{models: m}, nil
}

// Run implements Stage.
func (s *Segment) Run(d *Draft) error {
	text := []byte(d.Text)
	paragraph := -1
	// The lines, to know which are the last ones (where author biographies stand).
	type span struct{ start, end int }
	var lines []span
	for start := 0; start < len(d.Text); {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		if strings.TrimSpace(d.Text[start:end]) != "" {
			lines = append(lines, span{start, end})
		}
		start = end + 1
	}
	for n, l := range lines {
		start, end := l.start, l.end
		line := d.Text[start:end]
		switch {
		case isFurniture(line):
			blankOut(text, start, end)
		case paragraph < 2 && d.takeDateLine(line):
			blankOut(text, start, end)
		case paragraph < 2 && byline.MatchString(line):
			blankOut(text, start, end)
		case n >= len(lines)-2 && n > 0 && authorBio.MatchString(line):
			blankOut(text, start, end)
		default:
			if loc := captionIn(line); loc != nil {
				blankOut(text, start+loc[2], end)
				end = start + loc[2]
			}
			paragraph++
			s.addLine(d, start, end, paragraph)
		}
	}
	d.Text = string(text)
	for i := range d.Sentences {
		d.Sentences[i].Index = i
	}
	return nil
}

func blankOut(text []byte, start, end int) {
	for i := start; i < end; i++ {
		text[i] = ' '
	}
}

// takeDateLine records the publication date when line is a date line and the article has
// no date yet from its source; it reports whether line is a date line.
func (d *Draft) takeDateLine(line string) bool {
	m := dateLine.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	month, day, year := m[1], m[2], m[3]
	if month == "" {
		day, month, year = m[4], m[5], m[6]
	}
	t, err := time.Parse("January 2 2006", month+" "+day+" "+year)
	if err != nil {
		return false
	}
	if d.Published == "" {
		d.Published = t.Format("2006-01-02")
	}
	return true
}

// addLine splits one line into sentences and tokens.
func (s *Segment) addLine(d *Draft, start, end, paragraph int) {
	line := d.Text[start:end]
	sents := joinAbbreviations(line, s.models.seg.Segment(line))
	if len(sents) == 0 {
		return
	}
	headline := len(sents) == 1 && isHeadline(line)
	for _, ps := range sents {
		a, b := start+ps.Start, start+ps.End()
		toks := s.models.tok.Tokenize(d.Text[a:b])
		s.models.tagger.TagTokens(toks)
		st := Sent{Start: a, End: b, Paragraph: paragraph, Headline: headline, Tokens: make([]Token, 0, len(toks))}
		for _, t := range toks {
			tk := fromProse(t, a)
			// The tokenizer splits the dot off short forms it does not know ("Sens",
			// "."): the title keeps it.
			if n := len(st.Tokens); tk.Text == "." && n > 0 && st.Tokens[n-1].End == tk.Start && titleAbbrevWord(st.Tokens[n-1].Text) {
				st.Tokens[n-1].Text += "."
				st.Tokens[n-1].End = tk.End
				st.Tokens[n-1].Tag = "NNP"
				continue
			}
			// "O'Regan", "D'Souza" split as "O" and "'Regan": one name.
			if n := len(st.Tokens); n > 0 && st.Tokens[n-1].End == tk.Start && len(st.Tokens[n-1].Text) == 1 && isCapWord(st.Tokens[n-1].Text) &&
				len(tk.Text) > 2 && tk.Text[0] == '\'' && isCapWord(tk.Text[1:]) {
				st.Tokens[n-1].Text += tk.Text
				st.Tokens[n-1].End = tk.End
				st.Tokens[n-1].Tag = "NNP"
				continue
			}
			st.Tokens = append(st.Tokens, tk)
		}
		d.Sentences = append(d.Sentences, st)
	}
}

func fromProse(t token.Token, base int) Token {
	return Token{Text: t.Text, Tag: t.Tag, Start: base + t.Start, End: base + t.End()}
}

// isHeadline reports whether a line reads as a title or subheading: no closing
// punctuation, not too long, most words capitalised or short.
func isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(`.!?"':;`, last) {
		return false
	}
	words := strings.Fields(line)
	if len(words) > 20 {
		return false
	}
	return unicode.IsUpper([]rune(line)[0]) || unicode.IsDigit([]rune(line)[0])
}

// joinAbbreviations joins a sentence that ends with the short form of a title or
// honorific to the sentence after it, where the splitter took the dot for a full stop:
// "Lt. Gov. Dan Patrick and Gen. | Mark Milley spoke", "Sens. | Ted Cruz and Josh Hawley".
func joinAbbreviations(line string, sents []segment.Sentence) []segment.Sentence {
	out := sents[:0:0]
	for i := 0; i < len(sents); i++ {
		cur := sents[i]
		for i+1 < len(sents) && (endsWithTitleAbbrev(cur.Text) && startsUpper(sents[i+1].Text) || endsWithInitialism(cur.Text) && opensWithTitleOrBody(sents[i+1].Text)) {
			i++
			cur = segment.Sentence{Start: cur.Start, Text: line[cur.Start:sents[i].End()]}
		}
		out = append(out, cur)
	}
	return out
}

// endsWithTitleAbbrev reports whether text ends with a capitalised short form of a title
// or an honorific and its dot: "Gen.", "Sens.", "Mr.".
func endsWithTitleAbbrev(text string) bool {
	if !strings.HasSuffix(text, ".") {
		return false
	}
	w := text[:len(text)-1]
	if i := strings.LastIndexAny(w, " \t(\"'"); i >= 0 {
		w = w[i+1:]
	}
	return titleAbbrevWord(w)
}

// endsWithInitialism reports whether text ends with an initialism written with dots:
// "U.S.", "U.K.".
func endsWithInitialism(text string) bool {
	i := strings.LastIndexAny(text, " (\"'")
	w := text[i+1:]
	return len(w) >= 4 && len(w) <= 8 && strings.Count(w, ".") >= 2 && strings.HasSuffix(w, ".") && isCapWord(w)
}

// opensWithTitleOrBody reports whether text starts with a capitalised title word or the
// name of a kind of body, as "U.S. | Senator", "U.S. | Supreme Court" split in two do.
func opensWithTitleOrBody(text string) bool {
	w := text
	if i := strings.IndexAny(text, " ,.;:"); i >= 0 {
		w = text[:i]
	}
	low := strings.ToLower(w)
	if !isCapWord(w) || stopCaps[low] {
		return false
	}
	_, head := titleHeads[low]
	return head || titleModifiers[low] || orgHeads[low] || titleAbbrevs[strings.TrimSuffix(low, ".")] != "" || opensWithBodyName(text)
}

// opensWithBodyName reports whether text opens with the name of a body, words in capitals
// (and connectors) up to an organization's head word: "U.S. | Citizenship and
// Immigration Services said".
func opensWithBodyName(text string) bool {
	for i, w := range strings.Fields(text) {
		if i >= 6 {
			return false
		}
		w = strings.TrimRight(w, ",.;:")
		low := strings.ToLower(w)
		switch {
		case i > 0 && (low == "and" || low == "of" || low == "for" || low == "on"):
			continue
		case !isCapWord(w) || stopCaps[low]:
			return false
		case orgHeads[low]:
			return i > 0
		}
	}
	return false
}

// titleAbbrevWord reports whether w (without its dot) is a capitalised short form of a
// title or an honorific: "Gen", "Sens", "Mr".
func titleAbbrevWord(w string) bool {
	if w == "" || !isCapWord(w) || strings.Contains(w, ".") {
		return false
	}
	low := strings.ToLower(w)
	_, abbrev := titleAbbrevs[low]
	return abbrev || honorifics[low] && len(low) <= 4
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
