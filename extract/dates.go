package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// dayLayout is the form of every date newsgraph writes: YYYY-MM-DD.
const dayLayout = "2006-01-02"

// PublicationDate is the stage that settles the article's publication date, right after
// Segment: the source's metadata (Article.Date, in any of the common forms ParseDate
// reads) wins over the date line Segment found at the top of the text; when neither gives
// one, a dateline opening the first sentence ("September 12, 2019 - ...") is used.
type PublicationDate struct{}

// Run implements Stage.
func (PublicationDate) Run(d *Draft) error {
	if t, ok := ParseDate(d.Article.Date); ok {
		d.Published = t.Format(dayLayout)
		return nil
	}
	if d.Published != "" || len(d.Sentences) == 0 {
		return nil
	}
	for _, s := range d.Sentences[:min(2, len(d.Sentences))] {
		if s.Headline {
			continue
		}
		if t, ok := leadingDateline(d.Text[s.Start:s.End]); ok {
			d.Published = t.Format(dayLayout)
		}
		break
	}
	return nil
}

// publishedSource says where Draft.Published came from, for DateSource fields.
func publishedSource(d *Draft) string {
	if _, ok := ParseDate(d.Article.Date); ok {
		return "article date (metadata)"
	}
	return "article date (date line)"
}

// metaLayouts are the layouts ParseDate tries, after cleanDateString.
var metaLayouts = []string{
	time.RFC3339Nano, time.RFC3339,
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST", "2006-01-02 15:04:05", "2006-01-02 15:04", dayLayout, "2006-1-2",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC, time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006", "2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04 MST", "2 Jan 2006 15:04:05", "2 Jan 2006 15:04",
	"2006/01/02", "2006/1/2", "2006.01.02", "20060102", "2006/01/02 15:04:05",
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006",
	"January 2, 2006 3:04 PM", "January 2, 2006 at 3:04 PM", "Jan 2, 2006 3:04 PM", "January 2, 2006 15:04",
	"January 2006", "Jan 2006",
}

var (
	ordinalSuffix = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)
	weekdayPrefix = regexp.MustCompile(`^(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+`)
	monthAbbrDot  = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.`)
	numericDate   = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)
	unixSeconds   = regexp.MustCompile(`^\d{9,10}$`)
)

// ParseDate reads a publication date as sources give it: ISO 8601 and RFC 3339 (with or
// without time and zone), RFC 1123/822 as feeds write them, "January 2, 2006",
// "2 Jan 2006", "Friday, January 4, 2019", "Sept. 12, 2019", "2006/01/02", "20060102",
// unambiguous day/month/year numbers ("25/12/2019"; "03/04/2019" is refused) and Unix
// seconds. The date is the calendar day where the source says it is, not converted to
// UTC. It reports false for anything else, and for years outside 1900-2200.
func ParseDate(s string) (time.Time, bool) {
	s = cleanDateString(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range metaLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return dayOf(t), plausibleYear(t)
		}
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		day, month := a, b // day first
		switch {
		case a > 12 && b <= 12:
		case b > 12 && a <= 12:
			day, month = b, a
		case a == b:
		default:
			return time.Time{}, false // 03/04/2019: March 4 or 3 April?
		}
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day || int(t.Month()) != month {
			return time.Time{}, false
		}
		return t, plausibleYear(t)
	}
	if unixSeconds.MatchString(s) {
		n, _ := strconv.ParseInt(s, 10, 64)
		t := time.Unix(n, 0).UTC()
		return dayOf(t), plausibleYear(t)
	}
	return time.Time{}, false
}

func cleanDateString(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = weekdayPrefix.ReplaceAllString(s, "")
	s = ordinalSuffix.ReplaceAllString(s, "$1")
	s = monthAbbrDot.ReplaceAllString(s, "$1")
	s = strings.Replace(s, "Sept ", "Sep ", 1)
	return strings.TrimSuffix(s, ".")
}

// dayOf keeps the calendar day of t, at midnight UTC.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1900 && t.Year() <= 2200 }

// DateSpan is a date or a range of dates named in the text, resolved against the article's
// publication date or against a date named earlier in the story.
type DateSpan struct {
	// Start and End are offsets into Draft.Text.
	Start, End int
	// Text is the expression as written: "on Monday", "June 15-16", "48 hours later".
	Text string
	// From and To are the first and last day (equal for one day); both are zero when
	// the expression could not be resolved (a weekday in an article without a date).
	From, To time.Time
	// Source says how the date was found: "stated", "stated, year from article date",
	// "relative to article date", "relative to <earlier date text>", or
	// "unresolved" when From is zero.
	Source string
}

// Resolved reports whether the span has a date.
func (s DateSpan) Resolved() bool { return !s.From.IsZero() }

// Days returns the length of the span in days (1 for one day), 0 when unresolved.
func (s DateSpan) Days() int {
	if !s.Resolved() {
		return 0
	}
	return int(s.To.Sub(s.From).Hours()/24) + 1
}

// Range returns From and To as YYYY-MM-DD; to is empty for a single day, both are empty
// when unresolved.
func (s DateSpan) Range() (from, to string) {
	if !s.Resolved() {
		return "", ""
	}
	from = s.From.Format(dayLayout)
	if !s.To.Equal(s.From) {
		to = s.To.Format(dayLayout)
	}
	return from, to
}

const (
	monthNames = `January|February|March|April|May|June|July|August|September|October|November|December`
	monthAny   = `Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?`
	weekdays   = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
	numberWord = `\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-eight|fifty|a few|a couple of|several`
	dayNum     = `(\d{1,2})(?:st|nd|rd|th)?`
	rangeSep   = `\s*(?:-|–|—|to|and|through)\s*`
)

// dateKind tells the resolver what a pattern matched.
type dateKind int

const (
	dkMonthDay dateKind = iota // June 15, June 15-16, June 15, 2019
	dkDayMonth                 // 15 June 2019
	dkMonthYear
	dkMonth // in May
	dkISO
	dkYear
	dkWeekday
	dkDayWord   // yesterday, today ...
	dkPeriod    // this week, last month, next year, this weekend ...
	dkAnchored  // the next day, the following week ...
	dkOffset    // 48 hours later, two days ago
	dkInOffset  // in two days
	dkLastYears // over the last four years
)

type datePattern struct {
	kind dateKind
	re   *regexp.Regexp
	// need is the class of words of which the sentence must hold one for the pattern to
	// be tried at all (and need2 another, when set); the pattern runs only around those
	// words. Most sentences hold no date, and the patterns are costly.
	need, need2 wordClass
}

// wordClass marks the words date expressions are made of.
type wordClass uint16

const (
	wcMonth       wordClass = 1 << iota // January, Jan, Sept (capitalised)
	wcWeekday                           // Monday (capitalised)
	wcYear                              // 1900-2199
	wcDayWord                           // yesterday, tonight, morning
	wcPeriodUnit                        // week, weekend, month, year
	wcPeriodWhich                       // this, last, next, past, coming, weekend
	wcAnchor                            // following, next, previous, preceding, day
	wcThe                               // the
	wcOffsetDir                         // ago, later, earlier, before, after, now, prior
	wcUnit                              // hours, days, weeks, months, years, decades
	wcIn                                // in, within
	wcLastPast                          // last, past
)

var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(c wordClass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(wcMonth, `january jan february feb march mar april apr may june jun july jul august aug september sept sep
		october oct november nov december dec`)
	add(wcWeekday, `monday tuesday wednesday thursday friday saturday sunday`)
	add(wcDayWord, `yesterday today tomorrow tonight night morning afternoon evening`)
	add(wcPeriodUnit, `week weekend month year`)
	add(wcPeriodWhich, `this last next past coming weekend`)
	add(wcAnchor, `following next previous preceding day`)
	add(wcThe, `the`)
	add(wcOffsetDir, `ago later earlier before after now prior`)
	add(wcUnit, `hour hours day days week weeks month months year years decade decades`)
	add(wcIn, `in within`)
	add(wcLastPast, `last past`)
	return m
}()

var datePatterns = []datePattern{
	{dkISO, regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), wcYear, 0},
	{dkMonthDay, regexp.MustCompile(`\b(` + monthAny + `)\s+` + dayNum + `(?:` + rangeSep + dayNum + `)?(?:,?\s+(\d{4}))?\b`), wcMonth, 0},
	{dkDayMonth, regexp.MustCompile(`\b` + dayNum + `(?:` + rangeSep + dayNum + `)?\s+(?:of\s+)?(` + monthAny + `)(?:,?\s+(\d{4}))?\b`), wcMonth, 0},
	{dkMonthYear, regexp.MustCompile(`\b(` + monthNames + `)(?:\s+of)?,?\s+(\d{4})\b`), wcMonth, wcYear},
	{dkMonth, regexp.MustCompile(`\b(?i:(in|since|until|till|by|from|during|through|throughout|early|late|mid-?|last|next|this|before|after))[ -](` + monthNames + `)\b`), wcMonth, 0},
	{dkYear, regexp.MustCompile(`\b(?i:(in|since|until|till|by|before|after|during|from|throughout|early|late|mid-?))[ -]((?:19|20|21)\d\d)\b`), wcYear, 0},
	{dkWeekday, regexp.MustCompile(`\b(?:(?i:(on|last|next|this|since|by|until|till|from|early|late|coming|past))\s+)?(` + weekdays + `)(?:'s)?(?:\s+(?i:(morning|afternoon|evening|night)))?\b`), wcWeekday, 0},
	{dkDayWord, regexp.MustCompile(`\b(?i:(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening|earlier today|later today))\b`), wcDayWord, 0},
	{dkPeriod, regexp.MustCompile(`\b(?i:(?:(later|earlier)\s+this\s+(week|month|year))|(?:(this|last|next|past|coming)\s+(week|weekend|month|year))|(?:(over|during)\s+the\s+(weekend)))\b`), wcPeriodUnit, wcPeriodWhich},
	{dkAnchored, regexp.MustCompile(`\b(?i:the\s+(?:(following|next|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)|day\s+(before|after)))\b`), wcAnchor, wcThe},
	{dkOffset, regexp.MustCompile(`\b(?i:(` + numberWord + `)\s+(hours?|days?|weeks?|months?|years?|decades?)\s+(ago|later|earlier|before|after|from now|prior))\b`), wcOffsetDir, wcUnit},
	{dkInOffset, regexp.MustCompile(`\b(?i:(?:in|within)\s+(` + numberWord + `)\s+(days?|weeks?|months?|years?))\b`), wcUnit, wcIn},
	{dkLastYears, regexp.MustCompile(`\b(?i:(?:over|in|during|for)\s+the\s+(?:last|past)\s+(` + numberWord + `)\s+(days|weeks|months|years|decades))\b`), wcLastPast, wcUnit},
}

// dateWord is a word of a sentence that may belong to a date expression.
type dateWord struct {
	start, end int
	class      wordClass
}

// dateWords scans text once for the words of wordClasses.
func dateWords(text string) ([]dateWord, wordClass) {
	var out []dateWord
	var present wordClass
	for i := 0; i < len(text); {
		c := text[i]
		if !isWordByte(c) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		w := text[i:j]
		var cl wordClass
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20" || w[:2] == "21") && isDigits(w) {
			cl = wcYear
		} else if len(w) <= 9 {
			cl = wordClasses[strings.ToLower(w)]
			if c < 'A' || c > 'Z' {
				cl &^= wcMonth | wcWeekday // "may", "march" and "sunday" in lower case are no dates
			}
		}
		if cl != 0 {
			out = append(out, dateWord{i, j, cl})
			present |= cl
		}
		i = j
	}
	return out, present
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// futureSentence reports whether a sentence speaks of what is to come ("will", "is
// scheduled to", "was to", "upcoming", "plans to", "to be held"), so that "on Monday" is
// the coming Monday rather than the last one. Words inside a quotation do not count: in
// 'On Friday, Erdogan said, "After elections, we will change ..."' Friday is past.
func futureSentence(toks []Token) bool {
	f, _, _ := futureFrom(toks)
	return f
}

// futureFrom is futureSentence with the offsets between which the sentence speaks of
// what is to come (from 0 to the end for "will", "is scheduled to"): a plan named by a noun ("announced his plan to hold a referendum in May") or
// an event to be held ("the election to be held on August 9") makes the dates after it
// future, not a date that opens the sentence ("In March, ... Biden announced his plan to
// choose a woman", "On Thursday, X, a candidate for the election to be held on August 9,
// held a rally").
func futureFrom(toks []Token) (future bool, from, to int) {
	quoted := false
	nounPlan, planEnd := -1, -1
	for i, t := range toks {
		w := t.Text
		if w == `"` || w == "“" || w == "”" || w == "``" || w == "''" {
			quoted = !quoted
			continue
		}
		if quoted || len(w) < 2 || len(w) > 8 {
			continue
		}
		switch w[0] | 0x20 { // the first letters of the words below, in either case
		case 'w', 's', '\'', 'u', 'i', 'a', 'p', 't':
		default:
			continue
		}
		switch strings.ToLower(w) {
		case "will", "shall", "'ll", "upcoming":
			return true, 0, math.MaxInt
		case "is", "are", "was", "were", "plan", "plans":
			if w[0]|0x20 == 'p' && i > 0 && planDeterminers[strings.ToLower(toks[i-1].Text)] {
				if nounPlan < 0 && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "to") {
					nounPlan, planEnd = toks[i].Start, phraseEnd(toks, i) // "his plan to": what follows is to come
				}
				continue
			}
			j := i + 1
			participle := j < len(toks) && futureParticiples[strings.ToLower(toks[j].Text)]
			if participle {
				j++
			}
			present := w[0]|0x20 == 'i' || w[0]|0x20 == 'a'
			if j < len(toks) && (strings.EqualFold(toks[j].Text, "to") || (participle && present && strings.EqualFold(toks[j].Text, "for"))) {
				return true, 0, math.MaxInt // "is scheduled to", "is scheduled for March 24"; not "was slated for"
			}
		case "to":
			if i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "be") && strings.EqualFold(toks[i+2].Text, "held") &&
				!heldState(toks[i+3:]) && nounPlan < 0 {
				nounPlan, planEnd = t.Start, phraseEnd(toks, i) // "the election to be held on August 9": what follows is to come
			}
		}
	}
	if nounPlan >= 0 {
		return true, nounPlan, planEnd
	}
	return false, 0, 0
}

// phraseEnd returns the offset where the phrase of token i ends: at the next comma or
// dash, else at the end of the sentence.
func phraseEnd(toks []Token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].Text {
		case ",", "—", "–", ";", "(":
			return toks[j].Start
		}
	}
	return math.MaxInt
}

// planDeterminers make "plan" after them a noun: "his plan to choose".
var planDeterminers = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"your": true, "the": true, "a": true, "an": true, "'s": true, "this": true, "that": true}

// heldState reports whether the words after "to be held" name a state somebody is held
// in ("to be held in contempt", "to be held accountable"), not an event to be held.
func heldState(toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	w := strings.ToLower(toks[0].Text)
	if w == "in" && len(toks) > 1 {
		w = strings.ToLower(toks[1].Text)
	}
	return heldStates[w]
}

var heldStates = map[string]bool{"contempt": true, "custody": true, "detention": true, "prison": true, "jail": true,
	"captive": true, "hostage": true, "accountable": true, "responsible": true, "liable": true, "incommunicado": true}

var futureParticiples = map[string]bool{"scheduled": true, "expected": true, "set": true, "due": true,
	"slated": true, "planned": true, "poised": true, "going": true}

// FindDates returns the date expressions of the Draft's sentences in text order, each
// resolved against the publication date (Draft.Published) or, for "48 hours later" and
// "the next morning", against the date named before it in the text.
func FindDates(d *Draft) []DateSpan {
	var ref time.Time
	if d.Published != "" {
		if t, err := time.Parse(dayLayout, d.Published); err == nil {
			ref = t
		}
	}
	var out []DateSpan
	for _, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		future, from, to := futureFrom(s.Tokens)
		for _, m := range matchDates(text) {
			ds := DateSpan{Start: s.Start + m.start, End: s.Start + m.end, Text: text[m.start:m.end]}
			resolveDate(&ds, m, ref, lastResolved(out), future && ds.Start >= from && ds.Start < to)
			out = append(out, ds)
		}
	}
	return out
}

func lastResolved(spans []DateSpan) *DateSpan {
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].Resolved() && spans[i].Days() <= 7 {
			return &spans[i]
		}
	}
	return nil
}

// ResolveDates finds and resolves the date expressions of one piece of text, as FindDates
// does for a whole article: ref is the publication date (zero when unknown) and future
// says the text speaks of what is to come.
func ResolveDates(text string, ref time.Time, future bool) []DateSpan {
	var out []DateSpan
	for _, m := range matchDates(text) {
		ds := DateSpan{Start: m.start, End: m.end, Text: text[m.start:m.end]}
		resolveDate(&ds, m, ref, lastResolved(out), future)
		out = append(out, ds)
	}
	return out
}

type dateMatch struct {
	kind       dateKind
	start, end int
	groups     []string
}

// matchDates runs every pattern and keeps the longest of overlapping matches.
func matchDates(text string) []dateMatch {
	words, present := dateWords(text)
	if present == 0 {
		return nil
	}
	var all []dateMatch
	for _, p := range datePatterns {
		if present&p.need == 0 || (p.need2 != 0 && present&p.need2 == 0) {
			continue
		}
		for _, idx := range p.findAll(text, words) {
			m := dateMatch{kind: p.kind, start: idx[0], end: idx[1]}
			for g := 2; g < len(idx); g += 2 {
				if idx[g] < 0 {
					m.groups = append(m.groups, "")
				} else {
					m.groups = append(m.groups, text[idx[g]:idx[g+1]])
				}
			}
			if !keepDateMatch(text, m) {
				continue
			}
			all = append(all, m)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end-all[i].start > all[j].end-all[j].start
	})
	var out []dateMatch
	for _, m := range all {
		if n := len(out); n > 0 && m.start < out[n-1].end {
			if m.end-m.start > out[n-1].end-out[n-1].start {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// findAll runs the pattern only on windows of text around its need words: a regular
// expression with a case-insensitive prefix is tried at every byte of what it is given.
// The indices are into text.
func (p datePattern) findAll(text string, words []dateWord) [][]int {
	var wins [][2]int
	for _, w := range words {
		if w.class&p.need == 0 {
			continue
		}
		a, b := max(0, w.start-dateWindow), min(len(text), w.end+dateWindow)
		for a > 0 && text[a-1] != ' ' {
			a--
		}
		for b < len(text) && text[b] != ' ' {
			b++
		}
		if n := len(wins); n > 0 && a <= wins[n-1][1] {
			wins[n-1][1] = max(wins[n-1][1], b)
			continue
		}
		wins = append(wins, [2]int{a, b})
	}
	var out [][]int
	for _, w := range wins {
		for _, idx := range p.re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for k := range idx {
				if idx[k] >= 0 {
					idx[k] += w[0]
				}
			}
			out = append(out, idx)
		}
	}
	return out
}

// dateWindow is how far around a need word a date expression may reach.
const dateWindow = 40

var (
	yearNext = regexp.MustCompile(`^,?\s+\d`)
	ofNext   = regexp.MustCompile(`^\s+of\b`)
)

// keepDateMatch drops matches that only look like dates: "two days after the vote" (its
// date depends on the vote; "two days after." is kept), "since April" when a year
// follows, "the last weekend of July".
func keepDateMatch(text string, m dateMatch) bool {
	rest := text[m.end:]
	switch m.kind {
	case dkOffset:
		dir := strings.ToLower(m.groups[2])
		if dir != "before" && dir != "after" && dir != "prior" {
			return true
		}
		rest = strings.TrimLeft(rest, " ")
		return rest == "" || strings.ContainsAny(rest[:1], ".,;:!?)\"")
	case dkMonth:
		return !yearNext.MatchString(rest)
	case dkPeriod:
		return !ofNext.MatchString(rest)
	}
	return true
}

var monthByPrefix = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func parseMonth(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthByPrefix[s[:3]]
}

var weekdayByName = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "forty-eight": 48, "fifty": 50, "a few": 3, "a couple of": 2, "several": 3,
}

func parseCount(s string) int {
	s = strings.ToLower(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return numberWords[s]
}

// resolveDate fills From, To and Source of ds.
func resolveDate(ds *DateSpan, m dateMatch, ref time.Time, anchor *DateSpan, future bool) {
	g := m.groups
	hasRef := !ref.IsZero()
	set := func(from, to time.Time, source string) {
		if from.IsZero() || to.Before(from) || !plausibleYear(from) {
			ds.Source = "unresolved"
			return
		}
		ds.From, ds.To, ds.Source = from, to, source
	}
	ds.Source = "unresolved"
	switch m.kind {
	case dkISO:
		y, _ := strconv.Atoi(g[0])
		mo, _ := strconv.Atoi(g[1])
		day, _ := strconv.Atoi(g[2])
		if t, ok := makeDate(y, time.Month(mo), day); ok {
			set(t, t, "stated")
		}
	case dkMonthDay, dkDayMonth:
		var mon time.Month
		var d1, d2, year string
		if m.kind == dkMonthDay {
			mon, d1, d2, year = parseMonth(g[0]), g[1], g[2], g[3]
		} else {
			d1, d2, mon, year = g[0], g[1], parseMonth(g[2]), g[3]
		}
		a, _ := strconv.Atoi(d1)
		b := a
		if d2 != "" {
			b, _ = strconv.Atoi(d2)
		}
		if mon == 0 || b < a {
			return
		}
		source := "stated"
		y := 0
		if year != "" {
			y, _ = strconv.Atoi(year)
		} else if hasRef {
			y = inferYear(ref, mon, a, future)
			source = "stated, year from article date"
		} else {
			return
		}
		from, ok1 := makeDate(y, mon, a)
		to, ok2 := makeDate(y, mon, b)
		if ok1 && ok2 {
			set(from, to, source)
		}
	case dkMonthYear:
		y, _ := strconv.Atoi(g[1])
		if mon := parseMonth(g[0]); mon != 0 {
			from := time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC)
			set(from, from.AddDate(0, 1, -1), "stated")
		}
	case dkMonth:
		mon := parseMonth(g[1])
		if mon == 0 || !hasRef {
			return
		}
		y := ref.Year()
		switch strings.ToLower(g[0]) {
		case "last":
			if mon >= ref.Month() {
				y--
			}
		case "next":
			if mon <= ref.Month() {
				y++
			}
		case "this":
		default:
			y = inferYear(ref, mon, 1, future)
		}
		from := time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC)
		to := from.AddDate(0, 1, -1)
		switch p := strings.TrimSuffix(strings.ToLower(g[0]), "-"); p {
		case "early": // the first ten days
			to = from.AddDate(0, 0, 9)
		case "mid": // the ten days after
			from, to = from.AddDate(0, 0, 10), from.AddDate(0, 0, 19)
		case "late": // the rest
			from = from.AddDate(0, 0, 20)
		}
		set(from, to, "stated, year from article date")
	case dkYear:
		y, _ := strconv.Atoi(g[1])
		from := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		set(from, time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), "stated")
	case dkWeekday:
		if !hasRef {
			return
		}
		wd := weekdayByName[strings.ToLower(g[1])]
		var t time.Time
		switch strings.ToLower(g[0]) {
		case "last", "past":
			t = weekdayBefore(ref.AddDate(0, 0, -1), wd)
		case "next", "coming":
			t = weekdayAfter(ref.AddDate(0, 0, 1), wd)
		case "this":
			monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
			t = monday.AddDate(0, 0, (int(wd)+6)%7)
		default:
			if future {
				t = weekdayAfter(ref, wd)
			} else {
				t = weekdayBefore(ref, wd)
			}
		}
		set(t, t, "relative to article date")
	case dkDayWord:
		if !hasRef {
			return
		}
		off := map[string]int{"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
			"today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "this morning": 0,
			"this afternoon": 0, "this evening": 0, "earlier today": 0, "later today": 0}[strings.ToLower(strings.Join(strings.Fields(g[0]), " "))]
		t := ref.AddDate(0, 0, off)
		set(t, t, "relative to article date")
	case dkPeriod:
		if !hasRef {
			return
		}
		from, to := periodRange(ref, strings.ToLower(g[0]+g[2]+g[4]), strings.ToLower(g[1]+g[3]+g[5]))
		set(from, to, "relative to article date")
	case dkAnchored:
		if anchor == nil {
			return
		}
		which, unit, dayRel := strings.ToLower(g[0]), strings.ToLower(g[1]), strings.ToLower(g[2])
		sign := 1
		if which == "previous" || which == "preceding" || dayRel == "before" {
			sign = -1
		}
		base := anchor.To
		if sign < 0 {
			base = anchor.From
		}
		var from, to time.Time
		switch unit {
		case "week":
			monday := base.AddDate(0, 0, -((int(base.Weekday())+6)%7)+7*sign)
			from, to = monday, monday.AddDate(0, 0, 6)
		case "month":
			first := time.Date(base.Year(), base.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, sign, 0)
			from, to = first, first.AddDate(0, 1, -1)
		case "year":
			from = time.Date(base.Year()+sign, 1, 1, 0, 0, 0, 0, time.UTC)
			to = time.Date(base.Year()+sign, 12, 31, 0, 0, 0, 0, time.UTC)
		default:
			from = base.AddDate(0, 0, sign)
			to = from
		}
		set(from, to, "relative to "+strconv.Quote(anchor.Text))
	case dkOffset:
		n := parseCount(g[0])
		unit := strings.TrimSuffix(strings.ToLower(g[1]), "s")
		dir := strings.ToLower(g[2])
		sign := 1
		if dir == "ago" || dir == "earlier" || dir == "before" || dir == "prior" {
			sign = -1
		}
		base, source := ref, "relative to article date"
		if dir != "ago" && dir != "from now" {
			if anchor == nil {
				return
			}
			base, source = anchor.To, "relative to "+strconv.Quote(anchor.Text)
			if sign < 0 {
				base = anchor.From
			}
		}
		if base.IsZero() {
			return
		}
		t := addUnits(base, unit, sign*n)
		set(t, t, source)
	case dkInOffset:
		if !hasRef {
			return
		}
		t := addUnits(ref, strings.TrimSuffix(strings.ToLower(g[1]), "s"), parseCount(g[0]))
		set(t, t, "relative to article date")
	case dkLastYears:
		if !hasRef {
			return
		}
		from := addUnits(ref, strings.TrimSuffix(strings.ToLower(g[1]), "s"), -parseCount(g[0]))
		set(from, ref, "relative to article date")
	}
}

func makeDate(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Month() == m && t.Day() == d
}

// inferYear is the year of a month and day named without one: the last one on or before
// the article date (a week of slack for "on Friday, July 31" told a few days ahead), or
// the first one on or after it when the sentence speaks of what is to come. "November 27"
// in an article of January 2020 is November 2019; "late February" in a story told in
// November is the February before.
func inferYear(ref time.Time, m time.Month, d int, future bool) int {
	d = min(d, 28)
	if future {
		if time.Date(ref.Year(), m, d, 0, 0, 0, 0, time.UTC).Before(ref.AddDate(0, 0, -1)) {
			return ref.Year() + 1
		}
		return ref.Year()
	}
	if time.Date(ref.Year(), m, d, 0, 0, 0, 0, time.UTC).After(ref.AddDate(0, 0, 7)) {
		return ref.Year() - 1
	}
	return ref.Year()
}

// weekdayBefore is the last day on or before t that falls on wd.
func weekdayBefore(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}

// weekdayAfter is the first day on or after t that falls on wd.
func weekdayAfter(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
}

func addUnits(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "hour":
		return t.AddDate(0, 0, n/24)
	case "day":
		return t.AddDate(0, 0, n)
	case "week":
		return t.AddDate(0, 0, 7*n)
	case "month":
		return t.AddDate(0, n, 0)
	case "year":
		return t.AddDate(n, 0, 0)
	case "decade":
		return t.AddDate(10*n, 0, 0)
	}
	return time.Time{}
}

// periodRange resolves "this week", "last month", "next year", "later this week",
// "over the weekend" against ref. Weeks run Monday to Sunday.
func periodRange(ref time.Time, which, unit string) (time.Time, time.Time) {
	monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
	firstOfMonth := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	shift := 0
	switch which {
	case "last", "past":
		shift = -1
	case "next", "coming":
		shift = 1
	}
	switch unit {
	case "week":
		from := monday.AddDate(0, 0, 7*shift)
		to := from.AddDate(0, 0, 6)
		switch which {
		case "later":
			from = ref.AddDate(0, 0, 1)
		case "earlier":
			to = ref.AddDate(0, 0, -1)
		}
		return from, to
	case "weekend":
		saturday := monday.AddDate(0, 0, 5)
		switch which {
		case "over", "during", "last", "past":
			// the weekend just gone; on a Saturday or Sunday, the one under way
			if ref.Before(saturday) || which == "last" || which == "past" {
				saturday = saturday.AddDate(0, 0, -7)
			}
		case "next", "coming":
			if !ref.Before(saturday) {
				saturday = saturday.AddDate(0, 0, 7)
			}
		}
		return saturday, saturday.AddDate(0, 0, 1)
	case "month":
		from := firstOfMonth.AddDate(0, shift, 0)
		to := from.AddDate(0, 1, -1)
		switch which {
		case "later":
			from = ref.AddDate(0, 0, 1)
		case "earlier":
			to = ref.AddDate(0, 0, -1)
		}
		return from, to
	case "year":
		y := ref.Year() + shift
		from, to := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		switch which {
		case "later":
			from = ref.AddDate(0, 0, 1)
		case "earlier":
			to = ref.AddDate(0, 0, -1)
		}
		return from, to
	}
	return time.Time{}, time.Time{}
}

// leadingDateline reads a date opening a sentence, as a dateline: "September 12, 2019 -",
// "WASHINGTON, Sept. 12, 2019 (AP) -", "2019-09-12:".
var leadingDatelineRe = regexp.MustCompile(`^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?((?:` + monthAny + `)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:` + monthAny + `)\s+\d{4}|\d{4}-\d{2}-\d{2})\s*(?:\([^)]{1,30}\)\s*)?(?:-|–|—|:|\|)`)

func leadingDateline(s string) (time.Time, bool) {
	m := leadingDatelineRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}, false
	}
	return ParseDate(m[1])
}

// datesIn returns the resolved and unresolved spans inside [start, end).
func datesIn(spans []DateSpan, start, end int) []DateSpan {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= start })
	j := i
	for j < len(spans) && spans[j].End <= end {
		j++
	}
	return spans[i:j]
}
