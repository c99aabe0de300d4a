package storetest

import (
	"embed"
	"fmt"
	"strings"
	"unicode"

	"newsgraph/extract"
	"newsgraph/schema"
)

//go:embed testdata/*.txt
var articles embed.FS

// builder makes a Document by hand from a real article: facts are given by the words of
// the article that state them, and their sentence and byte offsets are found in the text.
type builder struct {
	doc  *extract.Document
	text string
}

func newBuilder(file string, a extract.Article) *builder {
	raw, err := articles.ReadFile("testdata/" + file)
	if err != nil {
		panic(err)
	}
	text := string(raw)
	if title, body, ok := strings.Cut(text, "\n\n"); ok && !strings.ContainsAny(title, ".\n") {
		a.Title, text = title, body
	}
	a.Text = text
	b := &builder{text: text, doc: &extract.Document{Article: a, IRI: a.IRI(), Published: a.Date}}
	b.segment()
	return b
}

// segment splits the text into lines, and lines into sentences after ". ", "? ", "! "
// followed by a capital letter or a quote.
func (b *builder) segment() {
	start := 0
	for start < len(b.text) {
		end := strings.IndexByte(b.text[start:], '\n')
		if end < 0 {
			end = len(b.text)
		} else {
			end += start
		}
		line := b.text[start:end]
		s := 0
		for i := 0; i < len(line); i++ {
			if i+2 < len(line) && strings.ContainsRune(".?!", rune(line[i])) && line[i+1] == ' ' &&
				(unicode.IsUpper(rune(line[i+2])) || line[i+2] == '"') {
				b.addSentence(start+s, start+i+1)
				s = i + 2
			}
		}
		b.addSentence(start+s, end)
		start = end + 1
	}
}

func (b *builder) addSentence(start, end int) {
	for start < end && unicode.IsSpace(rune(b.text[start])) {
		start++
	}
	for end > start && unicode.IsSpace(rune(b.text[end-1])) {
		end--
	}
	if start == end {
		return
	}
	t := b.text[start:end]
	b.doc.Sentences = append(b.doc.Sentences, extract.Sentence{Start: start, End: end, Text: t,
		Headline: !strings.ContainsAny(t[len(t)-1:], ".?!\"”")})
}

// evidence locates span in the text.
func (b *builder) evidence(span string, confidence float64) extract.Evidence {
	i := strings.Index(b.text, span)
	if i < 0 {
		panic(fmt.Sprintf("%q is not in the article", span))
	}
	for n, s := range b.doc.Sentences {
		if s.Start <= i && i < s.End {
			return extract.Evidence{Sentence: n, Start: i, End: i + len(span), Confidence: confidence}
		}
	}
	panic(fmt.Sprintf("%q is in no sentence", span))
}

// entity adds an entity with its mentions: every place the name or an alias appears as
// whole words (longest names first, no overlaps).
func (b *builder) entity(t schema.EntityType, name string, aliases ...string) extract.Ref {
	e := extract.Entity{ID: schema.EntityKey(t, name), Type: t, Name: name, Aliases: append([]string{}, aliases...)}
	taken := make([]bool, len(b.text))
	for _, n := range append([]string{name}, aliases...) {
		for off := 0; ; {
			i := strings.Index(b.text[off:], n)
			if i < 0 {
				break
			}
			i += off
			off = i + len(n)
			if taken[i] || !wordEdge(b.text, i-1) || !wordEdge(b.text, i+len(n)) {
				continue
			}
			for k := i; k < i+len(n); k++ {
				taken[k] = true
			}
			ev := b.evidence(n, 1)
			ev.Start, ev.End = i, i+len(n)
			for s, sent := range b.doc.Sentences {
				if sent.Start <= i && i < sent.End {
					ev.Sentence = s
				}
			}
			e.Mentions = append(e.Mentions, extract.Mention{Start: i, End: i + len(n), Sentence: ev.Sentence, Text: n})
		}
	}
	b.doc.Entities = append(b.doc.Entities, e)
	return extract.Ref(e.ID)
}

func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	r := rune(s[i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func (b *builder) role(person extract.Ref, title string, of extract.Ref, span string) {
	b.doc.Roles = append(b.doc.Roles, extract.Role{Person: person, Title: title, Of: of, AsOf: b.doc.Published,
		Evidence: b.evidence(span, 0.9)})
}

func (b *builder) said(speaker extract.Ref, kind, cue, medium, text string, about ...extract.Ref) {
	b.doc.Statements = append(b.doc.Statements, extract.Statement{Speaker: speaker, Text: text, Kind: kind, Cue: cue,
		Medium: medium, About: about, Evidence: b.evidence(text, 0.85)})
}

func (b *builder) event(kind, span string, place extract.Ref, participants ...extract.Ref) {
	b.doc.Events = append(b.doc.Events, extract.Event{Type: kind, Participants: participants, Place: place,
		DateSource: "article date", Evidence: b.evidence(span, 0.8)})
}

func (b *builder) relation(subject extract.Ref, pred schema.RelationKind, object extract.Ref, span string) {
	b.doc.Relations = append(b.doc.Relations, extract.Relation{Subject: subject, Predicate: pred, Object: object,
		Evidence: b.evidence(span, 0.75)})
}

// SeedURL is the URL SeedDocument gives the seed article.
const SeedURL = "https://example.com/alaska-summit"

// SeedDocument is the seed article (testdata/eval/articles/alaska-summit.txt) with its
// facts written down by hand, as the gold annotation lists them: 15 entities, 5 roles, 12
// statements, 2 events and 3 relations. The article has no date of its own; the
// document is dated 2025-08-17, the Sunday after the summit.
func SeedDocument() *extract.Document {
	b := newBuilder("alaska-summit.txt", extract.Article{URL: SeedURL, Date: "2025-08-17", Source: "alaska-summit.txt"})
	P, C, O, L := schema.Person, schema.Country, schema.Organization, schema.Place
	trump := b.entity(P, "Donald Trump", "Trump")
	putin := b.entity(P, "Vladimir Putin", "Putin")
	witkoff := b.entity(P, "Steve Witkoff", "Witkoff")
	rubio := b.entity(P, "Marco Rubio", "Rubio")
	zelensky := b.entity(P, "Volodymyr Zelensky", "Zelensky", "Zelenskyy")
	us := b.entity(C, "United States", "US", "U.S.")
	russia := b.entity(C, "Russia", "Moscow")
	ukraine := b.entity(C, "Ukraine", "Kyiv")
	b.doc.Entities[len(b.doc.Entities)-3].ISO = "US"
	b.doc.Entities[len(b.doc.Entities)-2].ISO = "RU"
	b.doc.Entities[len(b.doc.Entities)-1].ISO = "UA"
	cnn := b.entity(O, "CNN")
	b.entity(O, "NATO")
	alaska := b.entity(L, "Alaska")
	anchorage := b.entity(L, "Anchorage")
	crimea := b.entity(L, "Crimea")
	donetsk := b.entity(L, "Donetsk")
	luhansk := b.entity(L, "Luhansk")

	b.role(trump, "President", us, "US President Donald Trump")
	b.role(putin, "President", russia, "Russian President Vladimir Putin")
	b.role(witkoff, "envoy", "", "Steve Witkoff, Trump’s envoy")
	b.role(rubio, "Secretary of State", "", "Secretary of State Marco Rubio")
	b.role(zelensky, "President", ukraine, "Ukrainian President Volodymyr Zelensky")

	b.said(trump, schema.Indirect, "vow", "", "he would not be satisfied without a cease-fire in Ukraine", ukraine)
	b.said(witkoff, schema.Indirect, "tell", "CNN", "Putin had offered concessions during the discussions", putin)
	b.said(witkoff, schema.Indirect, "claim", "", "Putin responded positively", putin)
	b.said(rubio, schema.Indirect, "say", "", "both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize", ukraine, russia)
	b.said(rubio, schema.Direct, "describe", "", "identifying potential areas of agreement")
	b.said(rubio, schema.Indirect, "add", "", "major disagreements remained unresolved")
	b.said(witkoff, schema.Indirect, "say", "", "five Ukrainian regions were discussed during the summit", ukraine)
	b.said(witkoff, schema.Indirect, "acknowledge", "", "the fate of Donetsk would require further negotiation", donetsk)
	b.said(trump, schema.Direct, "call", "social media", "BIG PROGRESS ON RUSSIA", russia)
	b.said(trump, schema.Direct, "threaten", "", "severe consequences")
	b.said(rubio, schema.Indirect, "suggest", "", "sanctions remain a possible tool if negotiations collapse")
	b.said(rubio, schema.Indirect, "caution", "", "such measures could end dialogue entirely")
	_ = cnn

	b.event("summit", "his Alaska summit with Russian President Vladimir Putin", anchorage, trump, putin)
	b.event("meeting", "scheduled to meet Trump at the White House on Monday", "", zelensky, trump)
	b.doc.Events[0].Date, b.doc.Events[0].DateSource = "2025-08-15", "stated"
	_ = alaska

	b.relation(russia, schema.Occupies, crimea, "Moscow currently occupies about 20 percent of Ukraine, including Crimea")
	b.relation(russia, schema.Occupies, donetsk, "most of Donetsk")
	b.relation(russia, schema.Occupies, luhansk, "nearly all of Luhansk")
	return b.doc
}

// BoltonURL is the URL of the Wikinews article BoltonDocument is built from.
const BoltonURL = "https://en.wikinews.org/wiki/US_president_Trump_ousts_national_security_advisor_Bolton"

// BoltonDocument is the Wikinews article of 2019-09-12 on John Bolton's dismissal, with a
// few of its facts written down by hand. Donald Trump is in it too, as "United States
// President Donald Trump" and "Trump".
func BoltonDocument() *extract.Document {
	b := newBuilder("wn-trump-ousts-bolton.txt", extract.Article{URL: BoltonURL, Date: "2019-09-12", Source: "wn-trump-ousts-bolton.txt"})
	P, C := schema.Person, schema.Country
	trump := b.entity(P, "Donald Trump", "Trump", "President Trump")
	bolton := b.entity(P, "John Bolton", "Bolton", "John R. Bolton")
	pompeo := b.entity(P, "Mike Pompeo", "Pompeo")
	us := b.entity(C, "United States", "US")
	b.doc.Entities[len(b.doc.Entities)-1].ISO = "US"

	b.role(trump, "President", us, "United States President Donald Trump")
	b.role(bolton, "national security advisor", "", "national security advisor John R. Bolton")
	b.role(pompeo, "secretary of state", "", "Mike Pompeo who is the secretary of state")

	b.said(trump, schema.Direct, "write", "Twitter", "I informed John Bolton last night that his services are no longer needed at the White House", bolton)
	b.said(bolton, schema.Direct, "speak", "Twitter", "I offered to resign last night", trump)
	b.said(pompeo, schema.Direct, "tell", "", "There were many times that Ambassador Bolton and I disagreed", bolton)
	b.relation(pompeo, schema.Opposes, bolton, "Bolton often had disagreements with Mike Pompeo")
	return b.doc
}

// RosselloURL is the URL of the Wikinews article RosselloDocument is built from.
const RosselloURL = "https://en.wikinews.org/wiki/Puerto_Rico_governor_announces_resignation_following_protests"

// RosselloDocument is the Wikinews article of 2019-07-28 on the resignation of Ricardo
// Rosselló, whose name carries an accent.
func RosselloDocument() *extract.Document {
	b := newBuilder("wn-rossello-resigns.txt", extract.Article{URL: RosselloURL, Date: "2019-07-28", Source: "wn-rossello-resigns.txt"})
	P, L := schema.Person, schema.Place
	rossello := b.entity(P, "Ricardo Rosselló Nevares", "Rosselló")
	pr := b.entity(L, "Puerto Rico")
	b.entity(L, "San Juan")
	b.role(rossello, "governor", pr, "Puerto Rico's governor")
	b.said(rossello, schema.Indirect, "say", "", "he is to leave office next month on August 2")
	b.said(rossello, schema.Direct, "say", "", "Despite having the democratic mandate of the people who elected me")
	return b.doc
}
