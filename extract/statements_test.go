package extract

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// testExtractor is the default pipeline, built once for the tests of this file.
var testExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

func extractText(t testing.TB, text string) *Document {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// wantStatement is a statement a test expects: its speaker's name ("" for an unnamed
// speaker), kind, cue, medium and a part of its text.
type wantStatement struct {
	speaker, kind, cue, medium, text string
}

func (w wantStatement) String() string {
	return fmt.Sprintf("%s %s/%s [%s] %q", w.speaker, w.kind, w.cue, w.medium, w.text)
}

// gotStatements renders a document's statements like wantStatement.
func gotStatements(doc *Document) []wantStatement {
	var out []wantStatement
	for _, s := range doc.Statements {
		name := ""
		if e := doc.Entity(s.Speaker); e != nil {
			name = e.Name
		}
		out = append(out, wantStatement{name, s.Kind, s.Cue, s.Medium, s.Text})
	}
	return out
}

func TestStatementPatterns(t *testing.T) {
	tests := []struct {
		name string
		// text is real news text: the evaluation articles and the Wikinews corpus.
		text string
		want []wantStatement
		// exact: no statement beyond want.
		exact bool
	}{
		{
			name: "told a medium that",
			text: "Steve Witkoff, Trump\u2019s envoy and a longtime real estate ally, told CNN that Putin had offered concessions during the discussions.",
			want: []wantStatement{{"Steve Witkoff", "indirect", "tell", "CNN", "Putin had offered concessions during the discussions"}},
		},
		{
			name: "said ... but cautioned that",
			text: "Secretary of State Marco Rubio struck a more cautious note in interviews. Rubio suggested sanctions remain a possible tool if negotiations collapse but cautioned that such measures could end dialogue entirely.",
			want: []wantStatement{
				{"Marco Rubio", "indirect", "suggest", "", "sanctions remain a possible tool if negotiations collapse"},
				{"Marco Rubio", "indirect", "caution", "", "such measures could end dialogue entirely"},
			},
			exact: true,
		},
		{
			name: "participial frame and pronoun",
			text: "Secretary of State Marco Rubio, who was also present in Anchorage, struck a more cautious note in interviews. Describing progress as \u201cidentifying potential areas of agreement,\u201d he added that major disagreements remained unresolved.",
			want: []wantStatement{
				{"Marco Rubio", "direct", "describe", "", "identifying potential areas of agreement"},
				{"Marco Rubio", "indirect", "add", "", "major disagreements remained unresolved"},
			},
			exact: true,
		},
		{
			name: "vowing, speaker is the subject of the clause",
			text: "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine.",
			want: []wantStatement{{"Donald Trump", "indirect", "vow", "", "he would not be satisfied without a cease-fire"}},
		},
		{
			name:  "scare quotes are not statements",
			text:  "US President Donald Trump met Vladimir Putin. The challenge now is turning rhetorical \u201cprogress\u201d into concrete steps while balancing Ukrainian sovereignty with Trump\u2019s pursuit of a peace deal.",
			exact: true,
		},
		{
			name:  "title of a work and a nickname are not statements",
			text:  "Reportedly, her name was shortened to \"Doris Day,\" imitating a song called \"Day after Day,\" so it would fit on a sign. The next day, the party nominated podcast host Jeremy \"Spike\" Cohen for vice president on the third ballot.",
			exact: true,
		},
		{
			name: "quote broken by its attribution, on Twitter",
			text: "On Tuesday, United States President Donald Trump ousted his national security advisor.\n\n\"I informed John Bolton last night that his services are no longer needed at the White House. I disagreed strongly with many of his suggestions, as did others in the Administration,\" wrote Trump on Twitter, \"and therefore I asked John for his resignation, which was given to me this morning.\"",
			want: []wantStatement{
				{"Donald Trump", "direct", "write", "Twitter", "his services are no longer needed at the White House. I disagreed strongly with many of his suggestions, as did others in the Administration and therefore I asked John for his resignation"},
			},
			exact: true,
		},
		{
			name: "nested quote is the outer speaker's statement",
			text: "National security advisor John Bolton resigned. Bolton gave a different account of events, also speaking via Twitter: \"I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.' \"",
			want: []wantStatement{
				{"John Bolton", "direct", "speak", "Twitter", "I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.'"},
				{"Trump", "direct", "say", "", "Let's talk about it tomorrow."},
			},
			exact: true,
		},
		{
			name: "a quotation over two paragraphs, then its attribution",
			text: "President Hassan Rouhani of Iran spoke at a parade.\n\n\"Those who want to link the region's incidents to the Islamic Republic of Iran are lying like their past lies that have been revealed.\n\n\"If they are truthful and really seek security in the region, they must not send weapons, fighter jets, bombs and dangerous arms to the region,\" Rouhani said.",
			want: []wantStatement{
				{"Hassan Rouhani", "direct", "say", "", "Those who want to link the region's incidents"},
				{"Hassan Rouhani", "direct", "say", "", "they must not send weapons"},
			},
			exact: true,
		},
		{
			name: "quotes continued in the same paragraph",
			text: "\"I don't think that any leader around the world should make any assumption that because some one of us departs that President Trump's foreign policy will change in a material way\", Mike Pompeo told the press on Tuesday. \"There were many times that Ambassador Bolton and I disagreed. That's to be sure.\"",
			want: []wantStatement{
				{"Mike Pompeo", "direct", "tell", "", "foreign policy will change in a material way"},
				{"Mike Pompeo", "direct", "tell", "", "There were many times that Ambassador Bolton and I disagreed"},
			},
			exact: true,
		},
		{
			name: "according to",
			text: "According to Connecticut Senator Richard Blumenthal, the involved airplane is one of eighteen B-17s still in the United States.",
			want: []wantStatement{{"Richard Blumenthal", "indirect", "according to", "", "the involved airplane is one of eighteen B-17s still in the United States"}},
		},
		{
			name: "unnamed speakers after the content, adding that",
			text: "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.",
			want: []wantStatement{
				{"", "indirect", "tell", "state media", "A total of 39 are confirmed dead"},
				{"", "indirect", "add", "", "rescuers ended their work yesterday"},
			},
			exact: true,
		},
		{
			name:  "parenthetical attribution",
			text:  "One semi truck and a car broke through the center guardrail before colliding with other vehicles; around 50 gallons of diesel fuel, officials said, spilled and ignited.",
			want:  []wantStatement{{"", "indirect", "say", "", "around 50 gallons of diesel fuel spilled and ignited"}},
			exact: true,
		},
		{
			name:  "speaker after the verb, with an appositive",
			text:  "\"The situation will worsen in the next few hours\", said Vasco Cordeiro, the regional president, as the storm bore down on the Azores.",
			want:  []wantStatement{{"Vasco Cordeiro", "direct", "say", "", "The situation will worsen in the next few hours"}},
			exact: true,
		},
		{
			name:  "a government stands for its country",
			text:  "The Russian government dismissed the claim from Berlin as groundless.",
			want:  []wantStatement{{"Russia", "indirect", "dismiss", "", "the claim from Berlin as groundless"}},
			exact: true,
		},
		{
			name: "both X and Y have alleged",
			text: "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement.",
			want: []wantStatement{
				{"Saudi Arabia", "indirect", "allege", "", "Iranian involvement"},
				{"United States", "indirect", "allege", "", "Iranian involvement"},
			},
			exact: true,
		},
		{
			name:  "colon after a clause",
			text:  "Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century.\"",
			want:  []wantStatement{{"Jair Bolsonaro", "direct", "oppose", "", "evokes a colonialist mentality"}},
			exact: true,
		},
		{
			name: "the commissioner is the person the article gave that title",
			text: "AU trade and industry commissioner Albert Muchanga announced Benin was to join. The commissioner said, \"We haven't yet agreed on rules of origin and tariff concessions, but the framework we have is enough to start trading on July 1, 2020\".",
			want: []wantStatement{
				{"Albert Muchanga", "indirect", "announce", "", "Benin was to join"},
				{"Albert Muchanga", "direct", "say", "", "the framework we have is enough to start trading"},
			},
			exact: true,
		},
		{
			name: "they after an organization",
			text: "In a related press release issued the following day, the Turkish Ministry of Foreign Affairs denounced the conclusions of the summit, calling the agreements \"legitimate and fully compatible with international law\". To resolve differences, they invited the countries to open dialogue, with the exception of Cyprus, which Turkey does not recognize.",
			want: []wantStatement{
				{"Turkish Ministry of Foreign Affairs", "direct", "call", "", "legitimate and fully compatible with international law"},
				{"Turkish Ministry of Foreign Affairs", "indirect", "invite", "", "the countries to open dialogue"},
			},
			exact: true,
		},
		{
			name:  "tweeted, and claimed responsibility is no statement",
			text:  "Prime Minister Mateusz Morawiecki tweeted \"We are with Mayor Adamowicz in our thoughts and prayers.\" The Islamic State of Iraq and the Levant subsequently claimed responsibility.",
			want:  []wantStatement{{"Mateusz Morawiecki", "direct", "tweet", "Twitter", "We are with Mayor Adamowicz in our thoughts and prayers."}},
			exact: true,
		},
		{
			name: "quoted words inside reported speech",
			text: "Yesterday, President Hassan Rouhani of Iran said if the goal is peace and security, then foreign powers should \"get out of the region\" as their presence could cause an arms race.",
			// The quoted words stay in the reported statement: no second statement.
			want: []wantStatement{
				{"Hassan Rouhani", "indirect", "say", "", "foreign powers should \"get out of the region\" as their presence could cause an arms race"},
			},
			exact: true,
		},
		{
			name:  "a gerund after a preposition is not speech",
			text:  "Canadian-US scientist James Peebles won his half of the prize for his work in predicting cosmic microwave background.",
			exact: true,
		},
		{
			name: "said ... and that",
			text: "On Tuesday, United States President Donald Trump announced he had asked for national security advisor John R. Bolton's resignation Monday night, and that Bolton tendered it the next morning.",
			want: []wantStatement{
				{"Donald Trump", "indirect", "announce", "", "he had asked for national security advisor John R. Bolton's resignation"},
				{"Donald Trump", "indirect", "announce", "", "Bolton tendered it the next morning"},
			},
			exact: true,
		},
		{
			name: "quoted words joined by and a share the attribution",
			text: "Commerce Secretary Wilbur Ross was held in contempt. Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply criticized the House's decision, which Ross has referred to as \"gamesmanship\" and a \"stunt\".",
			want: []wantStatement{
				{"Wilbur Ross", "direct", "refer", "", "=gamesmanship"},
				{"Wilbur Ross", "direct", "refer", "", "=stunt"},
			},
			exact: true,
		},
		{
			name: "a document named with its author before the colon speaks",
			text: "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate for prime minister in response to a statement from her younger brother, King Maha Vajiralongkorn. The palace issued the following statement from the king: \"Even though she relinquished her title according to royal laws [...] she still retains her status and position as a member of the Chakri dynasty.\"",
			want: []wantStatement{
				{"Maha Vajiralongkorn", "direct", "statement", "", "she still retains her status and position as a member of the Chakri dynasty"},
			},
			exact: true,
		},
		{
			name: "the report is the one the article named with its author",
			text: "According to a 1989 report from the National Transportation Safety Board (NTSB), the same aircraft was involved in an incident in Beaver Falls, Pennsylvania on August 23, 1987. The report said there was one passenger seriously injured, and two more with minor injuries.",
			want: []wantStatement{
				{"National Transportation Safety Board", "indirect", "say", "", "there was one passenger seriously injured"},
			},
		},
		{
			name: "reported speech ends before a quotation that opens a sentence after an abbreviation",
			text: "A spokesperson told the Military Times the attack took place at about 7:45 p.m. \"No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation;\" read the statement.",
			want: []wantStatement{
				{"", "indirect", "tell", "Military Times", "=the attack took place at about 7:45 p.m."},
			},
		},
		{
			name: "a during phrase after the subject",
			text: "Joe Biden debated Bernie Sanders. A tweet sent from Biden's Twitter account during the debate repeated Biden's commitment, saying \"My running mate will be a woman. #DemDebate\". Another report from the Mexican government during the weekend said eight Mexicans died in the attack.",
			want: []wantStatement{
				{"Joe Biden", "direct", "say", "", "My running mate will be a woman."},
				{"Mexico", "indirect", "say", "", "=eight Mexicans died in the attack"},
			},
			exact: true,
		},
		{
			name: "advised and encouraged an addressee to; a website speaks for the organization named before it",
			text: "Agnès Callamard, a UN rapporteur, investigated the case. Callamard encouraged the CIA to release the files from their investigation. The Internal Revenue Service website advises citizens to continue paying their federal taxes.",
			want: []wantStatement{
				{"Agnès Callamard", "indirect", "encourage", "", "=the CIA to release the files from their investigation"},
				{"Internal Revenue Service", "indirect", "advise", "", "=citizens to continue paying their federal taxes"},
			},
			exact: true,
		},
		{
			name: "what a document concluded is its author's statement",
			text: "Jamal Khashoggi was a columnist for The Washington Post. Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually concluded evidence supported his murder and dismemberment inside the consulate by Saudi agents.",
			want: []wantStatement{
				{"Saudi Arabia", "indirect", "deny", "", "all claims that Khashoggi was slain"},
				{"United Nations", "indirect", "conclude", "", "=evidence supported his murder and dismemberment inside the consulate by Saudi agents"},
			},
			exact: true,
		},
		{
			name: "an order reports speech when it quotes the words; a partitive addressee",
			text: "Pelosi had previously opposed impeachment proceedings. Specifically, she was directing six of the House's committees to \"proceed with their investigations under [the] umbrella\" of impeachment. The mayor of New Orleans, LaToya Cantrell, advised residents of her city to make plans and shelter in place. In response to Cummings's death, Nancy Pelosi, the Speaker of the House of Representatives, ordered the Capitol's flags be lowered to half staff.",
			want: []wantStatement{
				{"Nancy Pelosi", "indirect", "direct", "", "six of the House's committees to \"proceed with their investigations under [the] umbrella\" of impeachment"},
				{"LaToya Cantrell", "indirect", "advise", "", "=residents of her city to make plans and shelter in place"},
			},
			exact: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.exact)
		})
	}
}

// checkStatements extracts text and checks that every wanted statement is there (the
// text a part of the extracted one, or all of it when the wanted text starts with "=")
// and, when exact, that nothing else is.
func checkStatements(t *testing.T, text string, want []wantStatement, exact bool) {
	t.Helper()
	doc := extractText(t, text)
	got := gotStatements(doc)
	used := make([]bool, len(got))
	for _, w := range want {
		hit := false
		for i, g := range got {
			textOK := strings.Contains(g.text, w.text)
			if whole, ok := strings.CutPrefix(w.text, "="); ok {
				textOK = g.text == whole
			}
			if !used[i] && g.speaker == w.speaker && g.kind == w.kind && g.cue == w.cue &&
				g.medium == w.medium && textOK {
				used[i], hit = true, true
				break
			}
		}
		if !hit {
			t.Errorf("missing %v\ngot %v", w, got)
		}
	}
	if exact {
		for i, g := range got {
			if !used[i] {
				t.Errorf("got extra %v, want none", g)
			}
		}
	}
}

// BenchmarkStatements measures the pronoun and statement stages alone over the corpus,
// on Drafts prepared once by the stages before them; it reports articles/s on one core.
//
//	go test -run '^$' -bench Statements -benchtime 5x ./extract
func BenchmarkStatements(b *testing.B) {
	x, err := testExtractor()
	if err != nil {
		b.Fatal(err)
	}
	var drafts []*Draft
	var mentions [][]MentionRef
	for _, a := range corpusArticles(b) {
		d := NewDraft(a)
		for _, s := range x.pipeline.Stages {
			if _, ok := s.(Pronouns); ok {
				break
			}
			if err := s.Run(d); err != nil {
				b.Fatal(err)
			}
		}
		drafts = append(drafts, d)
		mentions = append(mentions, append([]MentionRef(nil), d.Mentions...))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range drafts {
			d.Mentions = append(d.Mentions[:0], mentions[k]...)
			d.Statements = nil
			if err := (Pronouns{}).Run(d); err != nil {
				b.Fatal(err)
			}
			if err := (Statements{}).Run(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(drafts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// FuzzStatements runs the pipeline over arbitrary text and checks that every statement
// holds together: a known kind, some text, offsets inside the article on a sentence, a
// speaker and "about" entities that exist.
func FuzzStatements(f *testing.F) {
	for _, s := range []string{
		"\"A,\" he said. \"B.\"",
		"Rubio said, \"x\" and 'y'\n\n\"open\n\"again, said Merkel",
		"According to , said \" , ( ) : ; told CNN that",
		"\u201cBIG PROGRESS ON RUSSIA.\u201d His shift from threatening \u201csevere consequences\u201d",
		"Sen. Ted Cruz (R-Texas) said the bill was dead, officials said, and that",
	} {
		f.Add(s)
	}
	x, err := testExtractor()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		doc, err := x.Extract(context.Background(), Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range doc.Statements {
			if s.Kind != "direct" && s.Kind != "indirect" {
				t.Fatalf("statement kind %q", s.Kind)
			}
			if strings.TrimSpace(s.Text) == "" {
				t.Fatalf("empty statement %+v", s)
			}
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("statement offsets %d-%d outside %d bytes", s.Start, s.End, len(text))
			}
			if s.Sentence < 0 || s.Sentence >= len(doc.Sentences) {
				t.Fatalf("statement sentence %d of %d", s.Sentence, len(doc.Sentences))
			}
			if s.Confidence <= 0 || s.Confidence > 1 {
				t.Fatalf("confidence %v", s.Confidence)
			}
			for _, r := range append([]Ref{s.Speaker}, s.About...) {
				if r != "" && doc.Entity(r) == nil {
					t.Fatalf("statement refers to unknown entity %q", r)
				}
			}
		}
	})
}
