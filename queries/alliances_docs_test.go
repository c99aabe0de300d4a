package queries

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/schema"
)

// The documents of these tests are real articles (the seed and Wikinews, CC BY 2.5, in
// testdata/eval/articles) with facts written down by hand, each located by the words of
// the article that state it. They stand for what the extraction stages report, so that
// the queries are tested on facts whose sentences are real.

// docBuilder makes a Document by hand from an article file.
type docBuilder struct {
	t    testing.TB
	doc  *extract.Document
	text string
}

func newDocBuilder(t testing.TB, file, url, date string) *docBuilder {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "eval", "articles", file))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	a := extract.Article{URL: url, Date: date, Source: file}
	if title, body, ok := strings.Cut(text, "\n\n"); ok && !strings.ContainsAny(title, ".\n") {
		a.Title, text = title, body
	}
	a.Text = text
	b := &docBuilder{t: t, text: text, doc: &extract.Document{Article: a, IRI: a.IRI(), Published: date}}
	b.segment()
	return b
}

// newCorpusDocBuilder builds on the article of a Wikinews corpus file
// (testdata/corpus, columns url,date,title,text) with the given URL.
func newCorpusDocBuilder(t testing.TB, file, url string) *docBuilder {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "corpus", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r[0] == url {
			a := extract.Article{URL: url, Date: r[1], Title: r[2], Text: r[3], Source: file}
			b := &docBuilder{t: t, text: a.Text, doc: &extract.Document{Article: a, IRI: a.IRI(), Published: a.Date}}
			b.segment()
			return b
		}
	}
	t.Fatalf("%s is not in %s", url, file)
	return nil
}

// segment splits lines into sentences after ". ", "? " or "! " before a capital letter or
// a quotation mark.
func (b *docBuilder) segment() {
	for start := 0; start < len(b.text); {
		end := strings.IndexByte(b.text[start:], '\n')
		if end < 0 {
			end = len(b.text)
		} else {
			end += start
		}
		line, s := b.text[start:end], 0
		for i := 0; i+2 < len(line); i++ {
			if strings.ContainsRune(".?!", rune(line[i])) && line[i+1] == ' ' &&
				(unicode.IsUpper(rune(line[i+2])) || line[i+2] == '"' || strings.HasPrefix(line[i+2:], "“")) {
				b.sentence(start+s, start+i+1)
				s = i + 2
			}
		}
		b.sentence(start+s, end)
		start = end + 1
	}
}

func (b *docBuilder) sentence(start, end int) {
	t := strings.TrimSpace(b.text[start:end])
	if t == "" {
		return
	}
	start += strings.Index(b.text[start:end], t)
	b.doc.Sentences = append(b.doc.Sentences, extract.Sentence{Start: start, End: start + len(t), Text: t})
}

// at locates span in the text.
func (b *docBuilder) at(span string, confidence float64) extract.Evidence {
	b.t.Helper()
	i := strings.Index(b.text, span)
	if i < 0 {
		b.t.Fatalf("%q is not in %s", span, b.doc.Article.Source)
	}
	for n, s := range b.doc.Sentences {
		if s.Start <= i && i < s.End {
			return extract.Evidence{Sentence: n, Start: i, End: i + len(span), Confidence: confidence}
		}
	}
	b.t.Fatalf("%q is in no sentence of %s", span, b.doc.Article.Source)
	return extract.Evidence{}
}

// entity adds an entity; its mentions are where its names appear.
func (b *docBuilder) entity(t schema.EntityType, name string, aliases ...string) extract.Ref {
	e := extract.Entity{ID: schema.EntityKey(t, name), Type: t, Name: name, Aliases: append([]string{}, aliases...)}
	for _, n := range append([]string{name}, aliases...) {
		for off := 0; ; {
			i := strings.Index(b.text[off:], n)
			if i < 0 {
				break
			}
			i += off
			off = i + len(n)
			e.Mentions = append(e.Mentions, extract.Mention{Start: i, End: i + len(n), Text: n})
		}
	}
	b.doc.Entities = append(b.doc.Entities, e)
	return extract.Ref(e.ID)
}

func (b *docBuilder) role(person extract.Ref, title string, of extract.Ref, span string) {
	b.doc.Roles = append(b.doc.Roles, extract.Role{Person: person, Title: title, Of: of, AsOf: b.doc.Published, Evidence: b.at(span, 0.9)})
}

func (b *docBuilder) formerRole(person extract.Ref, title string, of extract.Ref, span string) {
	b.role(person, title, of, span)
	b.doc.Roles[len(b.doc.Roles)-1].Former = true
}

func (b *docBuilder) said(speaker extract.Ref, cue, text string, about ...extract.Ref) {
	b.doc.Statements = append(b.doc.Statements, extract.Statement{Speaker: speaker, Text: text, Kind: schema.Indirect, Cue: cue, About: about, Evidence: b.at(text, 0.85)})
}

// event adds an event; date "" leaves it to the article's date.
func (b *docBuilder) event(kind, span string, place extract.Ref, date, dateSource string, participants ...extract.Ref) {
	b.doc.Events = append(b.doc.Events, extract.Event{Type: kind, Participants: participants, Place: place,
		Date: date, DateSource: dateSource, Evidence: b.at(span, 0.8)})
}

func (b *docBuilder) relation(subject extract.Ref, pred schema.RelationKind, object extract.Ref, span string) {
	b.doc.Relations = append(b.doc.Relations, extract.Relation{Subject: subject, Predicate: pred, Object: object, Evidence: b.at(span, 0.75)})
}

// URLs of the test articles.
const (
	seedURL    = "https://example.com/alaska-summit"
	cairoURL   = "https://en.wikinews.org//wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement"
	g7URL      = "https://en.wikinews.org/wiki/World_leaders_call_to_address_Amazon_rainforest_fires_at_G7"
	navalnyURL = "https://en.wikinews.org//wiki/Germany_says_Alexei_Navalny_poisoned_with_Novichok"
	rouhaniURL = "https://en.wikinews.org/wiki/Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf"
)

// seedDoc is the seed article with the facts the "done when" relies on: the
// Alaska summit, the White House meeting joined by the European leaders, Russia's
// occupation of Ukraine and the fighting between their forces.
func seedDoc(t testing.TB) *extract.Document {
	b := newDocBuilder(t, "alaska-summit.txt", seedURL, "2025-08-17")
	P, C, O, L := schema.Person, schema.Country, schema.Organization, schema.Place
	trump := b.entity(P, "Donald Trump", "Trump")
	putin := b.entity(P, "Vladimir Putin", "Putin")
	witkoff := b.entity(P, "Steve Witkoff", "Witkoff")
	rubio := b.entity(P, "Marco Rubio", "Rubio")
	zelensky := b.entity(P, "Volodymyr Zelensky", "Zelensky")
	us := b.entity(C, "United States", "US")
	russia := b.entity(C, "Russia", "Moscow")
	ukraine := b.entity(C, "Ukraine", "Kyiv")
	germany := b.entity(C, "Germany")
	france := b.entity(C, "France")
	uk := b.entity(C, "United Kingdom", "Britain")
	italy := b.entity(C, "Italy")
	nato := b.entity(O, "NATO")
	eu := b.entity(O, "European Union")
	b.entity(O, "CNN")
	b.entity(O, "The New York Times", "New York Times")
	alaska := b.entity(L, "Alaska")
	b.entity(L, "Anchorage")
	whiteHouse := b.entity(L, "White House")
	b.entity(L, "Washington")
	crimea := b.entity(L, "Crimea")
	donetsk := b.entity(L, "Donetsk")
	luhansk := b.entity(L, "Luhansk")

	b.role(trump, "President", us, "US President Donald Trump")
	b.role(putin, "President", russia, "Russian President Vladimir Putin")
	b.role(witkoff, "envoy", "", "Steve Witkoff, Trump’s envoy")
	b.role(rubio, "Secretary of State", "", "Secretary of State Marco Rubio")
	b.role(zelensky, "President", ukraine, "Ukrainian President Volodymyr Zelensky")

	b.said(trump, "vow", "he would not be satisfied without a cease-fire in Ukraine", ukraine)
	b.said(witkoff, "tell", "Putin had offered concessions during the discussions", putin)
	b.said(rubio, "say", "both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize", ukraine, russia)
	b.said(witkoff, "say", "five Ukrainian regions were discussed during the summit", ukraine)
	b.said(trump, "call", "BIG PROGRESS ON RUSSIA", russia)

	b.event("summit", "his Alaska summit with Russian President Vladimir Putin", alaska, "2025-08-15", "stated", trump, putin)
	b.event("meeting", "scheduled to meet Trump at the White House on Monday, joined by leaders from Germany, France, Britain, Italy, NATO, and the European Union",
		whiteHouse, "2025-08-18", "relative: on Monday", zelensky, trump, germany, france, uk, italy, nato, eu)
	b.event("attack", "fighting between Russian and Ukrainian forces continued", "", "", "", russia, ukraine)

	b.relation(russia, schema.Occupies, ukraine, "Moscow currently occupies about 20 percent of Ukraine")
	b.relation(russia, schema.Occupies, crimea, "Moscow currently occupies about 20 percent of Ukraine, including Crimea")
	b.relation(russia, schema.Occupies, donetsk, "most of Donetsk")
	b.relation(russia, schema.Occupies, luhansk, "nearly all of Luhansk")
	return b.doc
}

// cairoDoc is the Wikinews article of 2020-01-11 on the Cairo meeting that denounced the
// Turkish-Libyan maritime agreement.
func cairoDoc(t testing.TB) *extract.Document {
	b := newDocBuilder(t, "wn-cairo-summit.txt", cairoURL, "2020-01-11")
	P, C, L := schema.Person, schema.Country, schema.Place
	shoukry := b.entity(P, "Sameh Shoukry", "Shoukry")
	dendias := b.entity(P, "Nikos Dendias")
	christodoulides := b.entity(P, "Nikos Christodoulides")
	leDrian := b.entity(P, "Jean-Yves Le Drian")
	diMaio := b.entity(P, "Luigi Di Maio")
	erdogan := b.entity(P, "Recep Tayyip Erdoğan", "Erdoğan")
	mitsotakis := b.entity(P, "Kyriakos Mitsotakis")
	egypt := b.entity(C, "Egypt")
	greece := b.entity(C, "Greece", "Athens")
	cyprus := b.entity(C, "Cyprus")
	france := b.entity(C, "France")
	italy := b.entity(C, "Italy")
	turkey := b.entity(C, "Turkey")
	libya := b.entity(C, "Libya")
	cairo := b.entity(L, "Cairo")
	b.entity(L, "Crete")

	b.role(shoukry, "foreign minister", egypt, "Egyptian foreign minister Sameh Shoukry")
	b.role(dendias, "foreign minister", greece, "his Greek, Cypriot and French counterparts, Nikos Dendias")
	b.role(christodoulides, "foreign minister", cyprus, "Nikos Christodoulides")
	b.role(leDrian, "foreign minister", france, "Jean-Yves Le Drian")
	b.role(diMaio, "foreign minister", italy, "The Italian foreign minister, Luigi Di Maio")
	b.role(erdogan, "president", turkey, "Turkish president Erdoğan")
	b.role(mitsotakis, "prime minister", greece, "Greek prime minister Kyriakos Mitsotakis")

	b.event("meeting", "gathered in Cairo on Wednesday to discuss Libya–Turkey relations", cairo, "2020-01-08", "relative: on Wednesday",
		shoukry, dendias, christodoulides, leDrian)
	b.event("agreement", "Turkey and Libya agreed on a line as their shared maritime border", "", "2019-11-27", "stated", turkey, libya)
	b.relation(greece, schema.Opposes, libya, "Athens expelled the Libyan ambassador to Greece over the agreement")
	b.said(mitsotakis, "add", "The border issue is the \"main difference\" between Greece and Turkey", greece, turkey)
	return b.doc
}

// g7Doc is the Wikinews article of 2019-08-24 on the Amazon fires at the G7.
func g7Doc(t testing.TB) *extract.Document {
	b := newDocBuilder(t, "wn-g7-amazon-fires.txt", g7URL, "2019-08-24")
	P, C, O := schema.Person, schema.Country, schema.Organization
	macron := b.entity(P, "Emmanuel Macron", "Macron")
	merkel := b.entity(P, "Angela Merkel", "Merkel")
	johnson := b.entity(P, "Boris Johnson", "Johnson")
	bolsonaro := b.entity(P, "Jair Bolsonaro", "Bolsonaro")
	france := b.entity(C, "France")
	germany := b.entity(C, "Germany")
	uk := b.entity(C, "United Kingdom")
	brazil := b.entity(C, "Brazil")
	b.entity(O, "G7")

	b.role(macron, "President", france, "French President Emmanuel Macron")
	b.role(merkel, "Chancellor", germany, "German Chancellor Angela Merkel")
	b.role(johnson, "Prime Minister", uk, "British Prime Minister Boris Johnson")
	b.role(bolsonaro, "President", brazil, "Brazilian President Jair Bolsonaro")

	b.relation(merkel, schema.Supports, macron, "Merkel seconded Macron's recommendation the fires be added to the agenda")
	b.relation(bolsonaro, schema.Opposes, macron, "Brazilian President Jair Bolsonaro opposed Macron's statement")
	b.said(bolsonaro, "oppose", "The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century", macron)
	return b.doc
}

// navalnyDoc is the Wikinews article of 2020-09-05 on Navalny's poisoning. Navalny is an
// opposition leader: his role does not make him act for Russia.
func navalnyDoc(t testing.TB) *extract.Document {
	b := newDocBuilder(t, "wn-navalny-novichok.txt", navalnyURL, "2020-09-05")
	P, C, L := schema.Person, schema.Country, schema.Place
	navalny := b.entity(P, "Alexei Navalny", "Navalny")
	merkel := b.entity(P, "Angela Merkel")
	putin := b.entity(P, "Vladimir Putin")
	germany := b.entity(C, "Germany")
	russia := b.entity(C, "Russia")
	berlin := b.entity(L, "Berlin")
	b.entity(L, "Omsk")

	b.role(navalny, "opposition leader", russia, "Russian opposition leader Alexei Navalny")
	b.role(merkel, "Chancellor", germany, "Angela Merkel, the Chancellor of Germany")
	b.role(putin, "president", russia, "Russian president Vladimir Putin")

	b.event("poisoning", "Navalny was poisoned with Novichok", "", "", "", navalny)
	b.event("visit", "Navalny was airlifted from Omsk to Berlin", berlin, "2020-08", "relative: last month", navalny)
	b.relation(russia, schema.Opposes, germany, "The Russian government dismissed the claim from Berlin as groundless")
	b.relation(navalny, schema.Opposes, putin, "Navalny is an outspoken critic of Russian president Vladimir Putin")
	return b.doc
}

// rouhaniDoc is the Wikinews article of 2019-09-23 on Rouhani's speech.
func rouhaniDoc(t testing.TB) *extract.Document {
	b := newDocBuilder(t, "wn-rouhani-persian-gulf.txt", rouhaniURL, "2019-09-23")
	P, C, O := schema.Person, schema.Country, schema.Organization
	rouhani := b.entity(P, "Hassan Rouhani", "Rouhani")
	iran := b.entity(C, "Iran")
	us := b.entity(C, "United States")
	saudi := b.entity(C, "Saudi Arabia")
	china := b.entity(C, "China")
	russia := b.entity(C, "Russia")
	houthis := b.entity(O, "Houthi movement")

	b.role(rouhani, "President", iran, "President Hassan Rouhani of Iran")
	b.relation(us, schema.Accuses, iran, "The United States was more forceful in blaming Iran for the attack")
	b.relation(saudi, schema.Accuses, iran, "both Saudi Arabia and the United States have alleged Iranian involvement")
	b.relation(us, schema.Accuses, iran, "both Saudi Arabia and the United States have alleged Iranian involvement")
	b.relation(iran, schema.Supports, china, "Iran has increased cooperation in the last few years with the navies of China, India, Oman, Pakistan, and Russia")
	b.relation(iran, schema.Supports, russia, "Iran has increased cooperation in the last few years with the navies of China, India, Oman, Pakistan, and Russia")
	b.event("attack", "The attack was claimed by the Houthi movement in Yemen", "", "2019-09-14", "stated", houthis, saudi)
	return b.doc
}

// newTestStore opens a memstore with the documents written in.
func newTestStore(t testing.TB, docs ...*extract.Document) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range docs {
		if _, err := st.WriteDocument(ctx, d, false); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// allDocs are every test document.
func allDocs(t testing.TB) []*extract.Document {
	return []*extract.Document{seedDoc(t), cairoDoc(t), g7Doc(t), navalnyDoc(t), rouhaniDoc(t)}
}
