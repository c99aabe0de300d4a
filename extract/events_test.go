package extract

import (
	"sort"
	"strings"
	"testing"

	"newsgraph/schema"
)

// tEnt is an entity of a hand-made test Draft: its forms are found as whole words in the
// text; "Moscow@capital", "Russian@demonym", "his@pronoun" give the mention kind.
type tEnt struct {
	typ   schema.EntityType
	name  string
	forms []string
}

func person(name string, forms ...string) tEnt  { return tEnt{schema.Person, name, forms} }
func country(name string, forms ...string) tEnt { return tEnt{schema.Country, name, forms} }
func org(name string, forms ...string) tEnt     { return tEnt{schema.Organization, name, forms} }
func place(name string, forms ...string) tEnt   { return tEnt{schema.Place, name, forms} }

// ruleDraft prepares text as the pipeline does up to the entity stages, then names the
// given entities wherever their forms stand: the event and relation rules are tested on
// mentions we choose, whatever the entity stage makes of the text today.
func ruleDraft(t *testing.T, published, text string, ents ...tEnt) *Draft {
	t.Helper()
	seg, err := NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	d := NewDraft(Article{Date: published, Text: text})
	for _, s := range []Stage{Normalize{}, seg, PublicationDate{}} {
		if err := s.Run(d); err != nil {
			t.Fatal(err)
		}
	}
	var ms []MentionRef
	for _, e := range ents {
		idx := d.AddEntity(e.typ, e.name)
		for _, f := range e.forms {
			form, kind, _ := strings.Cut(f, "@")
			if kind == "" {
				kind = "name"
			}
			for off := 0; ; {
				j := strings.Index(d.Text[off:], form)
				if j < 0 {
					break
				}
				s, end := off+j, off+j+len(form)
				off = end
				if (s > 0 && isWordByte(d.Text[s-1])) || (end < len(d.Text) && isWordByte(d.Text[end])) {
					continue
				}
				ms = append(ms, MentionRef{Start: s, End: end, Sentence: d.SentenceAt(s), Entity: idx, Kind: kind})
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	for _, m := range ms {
		if n := len(d.Mentions); n > 0 && m.Start < d.Mentions[n-1].End {
			continue // inside a longer form
		}
		d.Mentions = append(d.Mentions, m)
	}
	return d
}

// eventString describes an event for comparison: "summit: Donald Trump, Vladimir Putin
// @Alaska 2025-08-15..".
func eventString(d *Draft, e Event) string {
	var names []string
	for _, p := range e.Participants {
		names = append(names, d.Entities[entityIndex(d, p)].Name)
	}
	sort.Strings(names)
	s := e.Type + ": " + strings.Join(names, ", ")
	if e.Place != "" {
		s += " @" + d.Entities[entityIndex(d, e.Place)].Name
	}
	if e.Date != "" {
		s += " " + e.Date + ".." + e.EndDate
	}
	return s
}

func relationString(d *Draft, r Relation) string {
	return d.Entities[entityIndex(d, r.Subject)].Name + " " + string(r.Predicate) + " " + d.Entities[entityIndex(d, r.Object)].Name
}

func runFacts(t *testing.T, d *Draft) {
	t.Helper()
	for _, s := range []Stage{Relations{}, Events{}} {
		if err := s.Run(d); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEventRules checks each event rule on real sentences: the seed article, the Wikinews
// evaluation articles and the Wikinews corpus (CC BY 2.5).
func TestEventRules(t *testing.T) {
	trump := person("Donald Trump", "US President Donald Trump", "Donald Trump", "Trump")
	putin := person("Vladimir Putin", "Vladimir Putin", "Putin")
	tests := []struct {
		name      string
		published string
		text      string
		ents      []tEnt
		want      []string
	}{
		{"place before the noun, possessive, with", "",
			"US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine.",
			[]tEnt{trump, putin, person("Donald Trump", "his@pronoun"), place("Alaska", "Alaska"), country("Russia", "Russian@demonym"), country("Ukraine", "Ukraine")},
			[]string{"summit: Donald Trump, Vladimir Putin @Alaska"}},
		{"the talks and the discussions are the summit", "",
			"US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin. Instead, they portrayed the talks as a step forward. Steve Witkoff told CNN that Putin had offered concessions during the discussions.",
			[]tEnt{trump, putin, person("Donald Trump", "his@pronoun"), place("Alaska", "Alaska"), person("Steve Witkoff", "Steve Witkoff"), org("CNN", "CNN")},
			[]string{"summit: Donald Trump, Vladimir Putin @Alaska"}},
		{"joined by, at, future weekday, headline", "2025-08-17",
			"Ukraine prepares for high-stakes talks in Washington\nUkrainian President Volodymyr Zelensky is scheduled to meet Trump at the White House on Monday, joined by leaders from Germany, France, Britain, Italy, NATO, and the European Union. The gathering underscores Kyiv's determination not to be isolated in negotiations.",
			[]tEnt{trump, person("Volodymyr Zelensky", "Volodymyr Zelensky"), country("Ukraine", "Ukraine", "Ukrainian@demonym", "Kyiv@capital"),
				place("Washington", "Washington"), place("White House", "White House"), country("Germany", "Germany"), country("France", "France"),
				country("United Kingdom", "Britain"), country("Italy", "Italy"), org("NATO", "NATO"), org("European Union", "European Union")},
			[]string{"meeting: Donald Trump, European Union, France, Germany, Italy, NATO, Ukraine, United Kingdom, Volodymyr Zelensky @White House 2025-08-18.."}},
		{"an event where another happens", "2019-07-10",
			"Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the African Continental Free Trade Area (AfCFTA) agreement.",
			[]tEnt{org("African Union", "African Union", "AU"), place("Niamey", "Niamey"), country("Niger", "Niger"), person("Muhammadu Buhari", "Muhammadu Buhari"),
				country("Nigeria", "Nigeria"), person("Patrice Talon", "Patrice Talon"), country("Benin", "Benin"),
				org("African Continental Free Trade Area", "African Continental Free Trade Area", "AfCFTA")},
			[]string{"summit: African Union, Muhammadu Buhari, Patrice Talon @Niamey 2019-07-10..",
				"signing: African Continental Free Trade Area, Muhammadu Buhari, Patrice Talon @Niamey 2019-07-07.."}},
		{"a plural subject takes the meeting's participants; joined the talks", "",
			"Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations. The Italian foreign minister, Luigi Di Maio, joined the talks as an observer. The foreign ministers agreed to a future meet on Crete.",
			[]tEnt{person("Sameh Shoukry", "Sameh Shoukry", "his@pronoun"), country("Egypt", "Egyptian@demonym"), country("Greece", "Greek@demonym"),
				country("Cyprus", "Cypriot@demonym"), country("France", "French@demonym"), person("Nikos Dendias", "Nikos Dendias"),
				person("Nikos Christodoulides", "Nikos Christodoulides"), person("Jean-Yves Le Drian", "Jean-Yves Le Drian"), place("Cairo", "Cairo"),
				country("Libya", "Libya"), country("Turkey", "Turkey"), country("Italy", "Italian@demonym"), person("Luigi Di Maio", "Luigi Di Maio"), place("Crete", "Crete")},
			[]string{"meeting: Cyprus, France, Greece, Italy, Jean-Yves Le Drian, Luigi Di Maio, Nikos Christodoulides, Nikos Dendias, Sameh Shoukry @Cairo",
				"meeting: Cyprus, France, Greece, Italy, Jean-Yves Le Drian, Luigi Di Maio, Nikos Christodoulides, Nikos Dendias, Sameh Shoukry @Crete"}},
		{"agreement between parties is a signing; the deal is the same", "",
			"On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders. In the November 27 deal, Turkey and Libya agreed on a line as their shared maritime border.",
			[]tEnt{place("Cairo", "Cairo"), country("Turkey", "Turkey"), country("Libya", "Libya")},
			[]string{"signing: Libya, Turkey"}},
		{"an organization that meets is a venue", "2019-09-23",
			"Yesterday, President Hassan Rouhani of Iran said foreign powers should leave. He also announced a new security initiative for the Persian Gulf to be unveiled at the United Nations General Assembly later this week. The annual meeting of the United Nations General Assembly is set to open tomorrow.",
			[]tEnt{person("Hassan Rouhani", "Hassan Rouhani", "He@pronoun"), country("Iran", "Iran"), place("Persian Gulf", "Persian Gulf"),
				org("United Nations General Assembly", "United Nations General Assembly")},
			[]string{"meeting: Hassan Rouhani, United Nations General Assembly 2019-09-24..2019-09-29"}},
		{"who claims responsibility for all the attacks told before takes part", "2019-07-08",
			"In the span of one week, at least three suicide bombings took place in Tunisia.  The militant organisation, the Islamic State of Iraq and the Levant, claimed responsibility for all three attacks.",
			[]tEnt{country("Tunisia", "Tunisia"), org("Islamic State of Iraq and the Levant", "Islamic State of Iraq and the Levant")},
			[]string{"bombing: Islamic State of Iraq and the Levant, Tunisia @Tunisia 2019-07-08.."}},
		{"who travels for an assembly meets at it, where they went; the assembly after its organization", "2019-09-29",
			"Cengiz traveled to New York for the United Nations (UN) General Assembly which took place this week.",
			[]tEnt{person("Hatice Cengiz", "Cengiz"), place("New York", "New York"), org("United Nations", "United Nations", "UN"),
				org("United Nations General Assembly", "General Assembly")},
			[]string{"meeting: Hatice Cengiz, United Nations General Assembly @New York 2019-09-29.."}},
		{"attack: target place, claimed by, not the place of the claimant", "2019-09-23",
			"The speech came approximately one week after an attack on oil infrastructure in Saudi Arabia which halved Saudi oil output. The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement.",
			[]tEnt{country("Saudi Arabia", "Saudi Arabia", "Saudi@demonym"), org("Houthi movement", "Houthi movement"), country("Yemen", "Yemen"),
				country("United States", "United States"), country("Iran", "Iranian@demonym")},
			[]string{"attack: Houthi movement, Saudi Arabia @Saudi Arabia 2019-09-23.."}},
		{"poisoning, passive, told again", "",
			"On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok. The German government said there was proof he had been poisoned. The spokesperson for the German government strongly condemned the attack.",
			[]tEnt{person("Alexei Navalny", "Alexei Navalny", "he@pronoun"), country("Germany", "German@demonym"), country("Russia", "Russian@demonym")},
			[]string{"poisoning: Alexei Navalny"}},
		{"asking for a resignation is firing", "2019-09-12",
			"On Tuesday, United States President Donald Trump announced he had asked for national security advisor John R. Bolton's resignation Monday night, and that Bolton tendered it the next morning.",
			[]tEnt{trump, country("United States", "United States"), person("Donald Trump", "he@pronoun"), person("John Bolton", "John R. Bolton", "Bolton")},
			[]string{"firing: Donald Trump, John Bolton 2019-09-09.."}},
		{"the members of a group that meets", "2019-08-24",
			"G7 was already scheduled to meet this weekend. G7, or the Group of Seven, is an informal group of seven countries, the United Kingdom, United States, France, Canada, Germany, Japan, and Italy, though the European Union is also often involved.",
			[]tEnt{org("G7", "G7", "Group of Seven"), country("United Kingdom", "United Kingdom"), country("United States", "United States"),
				country("France", "France"), country("Canada", "Canada"), country("Germany", "Germany"), country("Japan", "Japan"),
				country("Italy", "Italy"), org("European Union", "European Union")},
			[]string{"meeting: Canada, France, G7, Germany, Italy, Japan, United Kingdom, United States 2019-08-24..2019-08-25"}},
		{"delegations of countries met for a summit", "2020-01-13",
			"On last Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit, that time in Athens at the Zappeion Hall, to sign an agreement to construct the EastMed pipeline by 2025.",
			[]tEnt{country("Cyprus", "Cyprus"), country("Greece", "Greece"), country("Israel", "Israel"), place("Athens", "Athens")},
			[]string{"summit: Cyprus, Greece, Israel @Athens 2020-01-09.."}},
		{"an election held", "2019-03-29",
			"In 2016, the United Kingdom held a referendum on whether to remain part of the European union, which it joined in 1973.",
			[]tEnt{country("United Kingdom", "United Kingdom")},
			[]string{"election: United Kingdom @United Kingdom 2016-01-01..2016-12-31"}},
		{"an attack ascribed to a group, at a place named before it", "2019-01-24",
			"Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban.",
			[]tEnt{place("Kabul", "Kabul"), org("Taliban", "Taliban")},
			[]string{"bombing: Taliban @Kabul 2019-01-14..2019-01-20"}},
		{"sanctions against somebody", "2020-01-05",
			"In 2007, the United States government labeled Soleimani as a terrorist and levied sanctions against him.",
			[]tEnt{country("United States", "United States"), person("Qasem Soleimani", "Soleimani", "him@pronoun")},
			[]string{"sanction: Qasem Soleimani 2007-01-01..2007-12-31"}},
		{"stepped down", "2019-07-25",
			"Johnson became leader of the Conservative Party and prime minister after Theresa May stepped down on July 24 after she was unable to negotiate a Brexit deal.",
			[]tEnt{person("Boris Johnson", "Johnson"), org("Conservative Party", "Conservative Party"), person("Theresa May", "Theresa May", "she@pronoun")},
			[]string{"resignation: Theresa May 2019-07-24.."}},
		{"a call between the two countries named before", "2020-10-31",
			"Turkey and Greece had earlier had poor relations over disputed resources in the Mediterranean, but the leaders of the two countries spoke by telephone on Friday night, and publicly expressed their willingness to help each other.",
			[]tEnt{country("Turkey", "Turkey"), country("Greece", "Greece"), place("Mediterranean", "Mediterranean")},
			[]string{"call: Greece, Turkey 2020-10-30.."}},
		// Constructed: the corpus has no "signed a deal with" yet.
		{"signed a deal with", "2020-08-07",
			"Greece signed a maritime border deal with Egypt on Thursday.",
			[]tEnt{country("Greece", "Greece"), country("Egypt", "Egypt")},
			[]string{"signing: Egypt, Greece 2020-08-06.."}},
		// What is not an event.
		{"an indefinite mention with nobody named", "",
			"He acknowledged that the fate of Donetsk would require further negotiation, hinting at a contentious round of talks ahead.",
			[]tEnt{place("Donetsk", "Donetsk")}, nil},
		{"a denied deal", "",
			"Yet, 48 hours later, his aides acknowledged no such deal had been struck.", nil, nil},
		{"words are not arms", "2019-09-25",
			"Trump, responding to Pelosi's announcement via Twitter, attacked the impeachment investigation as \"Witch Hunt garbage.\"",
			[]tEnt{trump, person("Nancy Pelosi", "Pelosi"), org("Twitter", "Twitter")}, nil},
		{"a noun that modifies another", "2020-01-05",
			"This strike was aimed at deterring future Iranian attack plans.",
			[]tEnt{country("Iran", "Iranian@demonym")}, nil},
		{"an election named with its candidate: the candidate stands in it; a national election is held in its country", "2019-08-15",
			"John Hickenlooper, who was a candidate in the Democratic primaries for the 2020 United States presidential election, ended his campaign.",
			[]tEnt{person("John Hickenlooper", "John Hickenlooper"), country("United States", "United States")},
			[]string{"election: John Hickenlooper, United States @United States 2019-08-15.."}},
		{"dismissing a lawsuit is no firing; who sued whom is the lawsuit", "2019-10-10",
			"President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. to block the release of eight years of tax returns, but Judge Marrero dismissed the president's lawsuit.",
			[]tEnt{trump, person("Donald Trump", "the president"), person("Cyrus R. Vance", "Cyrus R. Vance"), person("Victor Marrero", "Marrero")},
			[]string{"lawsuit: Cyrus R. Vance, Donald Trump 2019-10-10.."}},
		{"a treaty's name", "2019-08-24",
			"Brazil is part of a pact, which requires Brazilian compliance with the Paris Climate Accord.",
			[]tEnt{country("Brazil", "Brazil", "Brazilian@demonym")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleDraft(t, tt.published, tt.text, tt.ents...)
			runFacts(t, d)
			var got []string
			for _, e := range d.Events {
				got = append(got, eventString(d, e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got events\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			for _, e := range d.Events {
				if e.Sentence < 0 || e.Start >= e.End || e.Confidence <= 0 || e.Confidence > 1 {
					t.Errorf("event %s has evidence %+v", e.Type, e.Evidence)
				}
				if (e.Date == "") != (e.DateSource == "" || strings.HasPrefix(e.DateSource, "unresolved")) {
					t.Errorf("event %s: date %q with source %q", e.Type, e.Date, e.DateSource)
				}
			}
		})
	}
}

func TestEventDateSource(t *testing.T) {
	d := ruleDraft(t, "",
		"Ukrainian President Volodymyr Zelensky is scheduled to meet Trump at the White House on Monday.",
		person("Volodymyr Zelensky", "Volodymyr Zelensky"), person("Donald Trump", "Trump"), place("White House", "White House"))
	runFacts(t, d)
	if len(d.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(d.Events))
	}
	if e := d.Events[0]; e.Date != "" || e.DateSource != "unresolved: on Monday" {
		t.Errorf("without an article date got date %q source %q, want none and \"unresolved: on Monday\"", e.Date, e.DateSource)
	}
	d = ruleDraft(t, "2019-07-10", "Leaders of African Union (AU) member states met in Niamey for an AU summit.",
		org("African Union", "African Union", "AU"), place("Niamey", "Niamey"), person("Muhammadu Buhari", "Buhari"))
	runFacts(t, d)
	// one participant: a meeting needs two
	if len(d.Events) != 0 {
		t.Errorf("got %d events, want 0 (one participant)", len(d.Events))
	}
}
