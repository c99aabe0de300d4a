package extract

import (
	"context"
	"sort"
	"strings"
	"testing"

	"newsgraph/schema"
)

// entityPipeline runs the text stages and the entity and role stages over one text.
func entityPipeline(t testing.TB, opts Options, text string) *Document {
	t.Helper()
	seg, err := NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	p := Pipeline{Stages: []Stage{Normalize{}, seg, NewEntities(opts), Roles{}, Coref{}}}
	doc, err := p.Run(context.Background(), Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// entitySummary lists the entities of a document as "Type:Name" sorted.
func entitySummary(doc *Document) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	sort.Strings(out)
	return out
}

func TestEntitiesFound(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "Type:Name", every entity of the text
	}{
		{
			name: "title between country and person",
			text: "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine.",
			want: []string{"Country:Russia", "Country:Ukraine", "Country:United States", "Person:Donald Trump", "Person:Vladimir Putin", "Place:Alaska"},
		},
		{
			name: "verb after surname is not part of the name",
			text: "Russian President Vladimir Putin met him. Steve Witkoff, Trump's envoy and a longtime real estate ally, told CNN that Putin had offered concessions during the discussions.",
			want: []string{"Country:Russia", "Organization:CNN", "Person:Steve Witkoff", "Person:Vladimir Putin"},
		},
		{
			name: "capital acting for its country",
			text: "Moscow currently occupies about 20 percent of Ukraine, including Crimea, most of Donetsk, and nearly all of Luhansk.",
			want: []string{"Country:Russia", "Country:Ukraine", "Place:Crimea", "Place:Donetsk", "Place:Luhansk"},
		},
		{
			name: "acronym defined in parentheses",
			text: "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the African Continental Free Trade Area (AfCFTA) agreement.",
			want: []string{"Country:Benin", "Country:Niger", "Country:Nigeria", "Organization:African Continental Free Trade Area", "Organization:African Union", "Person:Muhammadu Buhari", "Person:Patrice Talon", "Place:Niamey"},
		},
		{
			name: "organization names by their last word",
			text: "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the border agreement \"null and void\".",
			want: []string{"Country:Greece", "Organization:Atlantic Council", "Person:Kyriakos Mitsotakis"},
		},
		{
			name: "laws, wars and weeks are not entities",
			text: "Rouhani was speaking at the opening of Sacred Defence Week, an annual commemoration of the eight-year Iran–Iraq War, which features military parades.",
			want: []string{},
		},
		{
			name: "particles inside names",
			text: "Egyptian foreign minister Sameh Shoukry and his French counterpart, Jean-Yves Le Drian, gathered in Cairo on Wednesday.",
			want: []string{"Country:Egypt", "Country:France", "Person:Jean-Yves Le Drian", "Person:Sameh Shoukry", "Place:Cairo"},
		},
		{
			name: "small town only where a place is expected",
			text: "An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.",
			want: []string{"Country:Russia", "Place:Magnitogorsk", "Place:Urals"},
		},
		{
			name: "a title word as a surname",
			text: "Former prime minister John Major has accused Johnson of misleading the Queen. Winston Duke, Mark Ruffalo, and Paul Rudd all contributed.",
			want: []string{"Person:John Major", "Person:Mark Ruffalo", "Person:Paul Rudd", "Person:Winston Duke"},
		},
		{
			name: "a first name that is a common word",
			text: "Bill Weld, the former governor of Massachusetts, received 9% of the vote.",
			want: []string{"Person:Bill Weld", "Place:Massachusetts"},
		},
		{
			name: "a state before a title is no first name",
			text: "Last week, Florida Governor Ron DeSantis declared a state of emergency, with South Carolina Governor Henry McMaster following suit yesterday.",
			want: []string{"Person:Henry McMaster", "Person:Ron DeSantis", "Place:Florida", "Place:South Carolina"},
		},
		{
			name: "a county before a title",
			text: "\"This is probably the worst-case scenario you can possibly have,\" said Santa Barbara County Sheriff Bill Brown.",
			want: []string{"Person:Bill Brown", "Place:Santa Barbara County"},
		},
		{
			name: "a name with O'",
			text: "Violinist Brigit O'Regan performs tonight with the orchestra.",
			want: []string{"Person:Brigit O'Regan"},
		},
		{
			name: "a lone word after a company occupation is no person",
			text: "Earlier that day, the Greek gas producer Energean signed a letter of intent.",
			want: []string{},
		},
		{
			name: "a surname opening a sentence",
			text: "Early yesterday morning, United States Representative Elijah Cummings died. Cummings, the chairman of the House Oversight and Reform Committee, was 68.",
			want: []string{"Country:United States", "Organization:House Oversight and Reform Committee", "Person:Elijah Cummings"},
		},
		{
			name: "shouted quotation keeps only known names",
			text: "US President Donald Trump was there. By Sunday night, Trump was celebrating the meeting on social media, calling it \"BIG PROGRESS ON RUSSIA.\"",
			want: []string{"Country:Russia", "Country:United States", "Person:Donald Trump"},
		},
		{
			name: "a feast inside an organization's name",
			text: "The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity.",
			want: []string{"Organization:Great Orchestra of Christmas Charity"},
		},
		{
			name: "an office named after its holder",
			text: "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights who had investigated the case, cautioned justice does not come swiftly.",
			want: []string{"Organization:Office of the UN High Commissioner for Human Rights", "Organization:United Nations", "Person:Agnès Callamard"},
		},
		{
			name: "a name written with its head in lower case",
			text: "\"Thai Raksa Chart party complies with the royal command,\" the party informed the press. This past Friday, the princess announced her candidacy under the Thai Raksa Chart Party.",
			want: []string{"Organization:Thai Raksa Chart Party"},
		},
		{
			name: "a common word opening the sentence before a full name",
			text: "Countryman Lawrence Cherono won the men's division.",
			want: []string{"Person:Lawrence Cherono"},
		},
		{
			name: "a surname of parts joined by dashes",
			text: "A military coup removed then-prime-minister Thaksin Shinawatra in 2006, which placed incumbent Prayuth Chan-o-cha in office.",
			want: []string{"Person:Prayuth Chan-o-cha", "Person:Thaksin Shinawatra"},
		},
		{
			name: "an editor's bracket is no part of a name",
			text: "\"[T]he House of Representatives is moving forward with an official impeachment inquiry,\" she announced.",
			want: []string{"Organization:House of Representatives"},
		},
		{
			name: "a short form of a body named in full",
			text: "In April, the House Oversight and Reform Committee authorized subpoenas for documents. They refused minutes before the Oversight Committee voted to refer them to the full House. In late June, the United States Supreme Court ruled against its initial attempt. He said he was disregarding the Supreme Court.",
			want: []string{"Organization:House Oversight and Reform Committee", "Organization:Supreme Court of the United States"},
		},
		{
			name: "a short form two bodies fit stays apart; a state's body is its own",
			text: "The House Judiciary Committee and the Senate Judiciary Committee met. The Judiciary Committee voted. The Maryland Democratic Party backed the Democratic Party.",
			want: []string{"Organization:Democratic Party", "Organization:House Judiciary Committee", "Organization:Judiciary Committee", "Organization:Maryland Democratic Party", "Organization:Senate Judiciary Committee"},
		},
		{
			name: "a building named after a title holder",
			text: "His successor attended funeral prayers at the Sultan Qaboos Grand Mosque in Muscat.",
			want: []string{"Place:Muscat", "Place:Sultan Qaboos Grand Mosque"},
		},
		{
			name: "an organization described after its name",
			text: "According to reports from the police on Friday, and Vyasna, an independent Belarusian human rights center, on Thursday, around 18,250 visitors attended the rally.",
			want: []string{"Organization:Vyasna"},
		},
		{
			name: "what owns or runs a thing is an organization",
			text: "The Conception was owned by Truth Aquatics and chartered by Worldwide Diving Adventures.",
			want: []string{"Organization:Truth Aquatics", "Organization:Worldwide Diving Adventures"},
		},
		{
			name: "what owns a thing may be a person named before",
			text: "Businessman Marek Kowalski spoke at the resort. The resort is owned by Kowalski.",
			want: []string{"Person:Marek Kowalski"},
		},
		{
			name: "a name with digits that reports is a medium",
			text: "Brudziński said Adamowicz required resuscitation, and was in a \"serious\" condition; TVN24 reported he received surgery.",
			want: []string{"Organization:TVN24"},
		},
		{
			name: "a person described by an organization is no organization",
			text: "Earlier, Kowalski, a Civic Platform member, spoke. Later Nowak, the party's leader, spoke.",
			want: []string{},
		},
		{
			name: "the House in an article about the United States",
			text: "The US government is currently partially shut down because the president and Congress could not agree on a national budget. Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed to keeping our border safe.\"",
			want: []string{"Country:United States", "Organization:United States Congress", "Organization:United States House of Representatives", "Person:Nancy Pelosi"},
		},
		{
			name: "the House of a territory is its own",
			text: "The United States and the US Senate have no say in Puerto Rico, a US territory. There, the House confirmed the nomination on Friday.",
			want: []string{"Country:United States", "Organization:United States Senate", "Place:Puerto Rico"},
		},
		{
			name: "Congress in an article about another country is the congress it names",
			text: "He was brought into national politics and the Indian National Congress (INC) party by Indira Gandhi. For the Congress, he was the helmsman. India mourned him.",
			want: []string{"Country:India", "Organization:Indian National Congress", "Person:Indira Gandhi"},
		},
		{
			name: "Congress in an article about another country is no US body",
			text: "Peru's president Martin Vizcarra dissolved Congress on Monday. Peruvians took to the streets of Lima.",
			want: []string{"Country:Peru", "Organization:Congress", "Person:Martin Vizcarra", "Place:Lima"},
		},
		{
			name: "Congress in an article about a US territory is the US Congress",
			text: "Judge Clark Waddoups ruled that people born in American Samoa are US citizens. Congress has the power over American Samoa.",
			want: []string{"Country:United States", "Organization:United States Congress", "Person:Clark Waddoups", "Place:American Samoa"},
		},
		{
			name: "the House elsewhere is no US body",
			text: "British Prime Minister Boris Johnson spoke in London. The Speaker of the House, John Bercow, called for order.",
			want: []string{"Country:United Kingdom", "Person:Boris Johnson", "Person:John Bercow", "Place:London"},
		},
		{
			name: "a name and its acronym defined in brackets beat the gazetteer's acronym",
			text: "A special retrospective was aired by American Broadcasting Company (ABC). During ABC's \"A Tribute For a King\", celebrities appeared.",
			want: []string{"Organization:American Broadcasting Company"},
		},
		{
			name: "another spelling of a body the gazetteer knows by the acronym defined",
			text: "The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force, declared it. The United States designated the IRGC as a terrorist organization.",
			want: []string{"Country:United States", "Organization:Islamic Revolutionary Guard Corps", "Organization:Quds Force"},
		},
		{
			name: "a unit joined to its parent with a dash is the unit named alone",
			text: "Qasem Soleimani, head of Iran's Quds Force, was killed. Soleimani was the head of the Islamic Revolutionary Guard Corps-Quds Force, a U.S.-designated Foreign Terrorist Organization.",
			want: []string{"Country:Iran", "Country:United States", "Organization:Foreign Terrorist Organization", "Organization:Quds Force", "Person:Qasem Soleimani"},
		},
		{
			name: "a company with and without its corporate suffix",
			text: "The franchise of ABS-CBN expired on Monday. ABS-CBN Corporation is the largest television and radio broadcasting company in the Philippines.",
			want: []string{"Country:Philippines", "Organization:ABS-CBN Corporation"},
		},
		{
			name: "a company's name without its suffix that is a lone word",
			text: "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group announced their agreement. Salling said it seeks to improve its coverage.",
			want: []string{"Country:Denmark", "Country:United Kingdom", "Organization:Salling Group", "Organization:Tesco"},
		},
		{
			name: "a body named alone is its full form with its country after it",
			text: "Saturn reached out to Unity Party of America presidential nominee Bill Hammons. Hammons founded the Unity Party in 2004.",
			want: []string{"Organization:Unity Party of America", "Person:Bill Hammons"},
		},
		{
			name: "a body named alone is its full form with a demonym before it",
			text: "He previously belonged to the Australian Liberal Party. I was a member of the Australia Liberal Party. Direct democracy is not in the Liberal Party platform.",
			want: []string{"Organization:Australian Liberal Party"},
		},
		{
			name: "a body named alone stays apart where two countries have one",
			text: "The Iranian Chess Federation banned her. She plays for the United States Chess Federation. The Chess Federation's president spoke.",
			want: []string{"Organization:Chess Federation", "Organization:Iranian Chess Federation", "Organization:United States Chess Federation"},
		},
		{
			name: "two spellings of an organization's name are one",
			text: "Aparna Garg has been the Divisional Railway Manager (DRM) for Mysore Division for almost two years. Allow me to congratulate Mysuru Division for this all-women crew.",
			want: []string{"Organization:Mysore Division", "Person:Aparna Garg"},
		},
		{
			name: "an organization's name with a word in the plural is one",
			text: "The equipment is needed by the Defence Forces. The program addresses challenges faced by the Defence Force.",
			want: []string{"Organization:Defence Forces"},
		},
		{
			name: "two bodies named after two countries stay apart",
			text: "The Embassy of Austria issued a statement. The Embassy of Australia did not.",
			want: []string{"Organization:Embassy of Australia", "Organization:Embassy of Austria"},
		},
		{
			name: "a unit named alone is its full form with the body it belongs to",
			text: "The South West Railway (SWR) runs the line. Only 10% of the employees in the Mysore Division were women. Mysore Division of the SWR celebration of the Women's day started on March 1.",
			want: []string{"Organization:Mysore Division of the SWR", "Organization:South West Railway"},
		},
		{
			name: "a Spanish word for a point begins a place's name",
			text: "Punta Tombo is one of the annual breeding sites for the species; it is in Argentina. Since then, over 44,000 chicks have been banded at Punta Tombo.",
			want: []string{"Country:Argentina", "Place:Punta Tombo"},
		},
		{
			name: "an acronym used without a definition stands for the name of its initials",
			text: "The party was organised by Akhil Bharat Hindu Mahasabha president Swami Chakrapani. At the event, ABHM president Chakrapani said the virus had come.",
			want: []string{"Organization:Akhil Bharat Hindu Mahasabha", "Person:Swami Chakrapani"},
		},
		{
			name: "a person's initials stay the person's",
			text: "Justice Ruth Bader Ginsburg died on Friday. RBG was 87.",
			want: []string{"Person:Ruth Bader Ginsburg"},
		},
		{
			name: "a name in brackets after a body's is another name of it",
			text: "As a result, the Supreme Court of Justice (Oberster Gerichtshof) of Austria brought the case before the court.",
			want: []string{"Country:Austria", "Organization:Supreme Court of Justice"},
		},
		{
			name: "a name cut at the start of a sentence is the name used elsewhere",
			text: "The Free and Equal Elections Foundation held two debates in October. Free and Equal Elections Foundation founder and director Christina Tobin moderated both debates.",
			want: []string{"Organization:Free and Equal Elections Foundation", "Person:Christina Tobin"},
		},
		{
			name: "a verb opening a sentence is no part of the name used elsewhere",
			text: "The Center for Biological Diversity filed the suit. Remarked Center for Biological Diversity scientist Tierra Curry, \"This reprieve is a thank-you from the butterflies.\"",
			want: []string{"Organization:Center for Biological Diversity", "Person:Tierra Curry"},
		},
		{
			name: "comrade before a name is a form of address",
			text: "I announce the passing on of Zimbabwe's founding father and former President, Cde [comrade] Robert Mugabe. Cde Mugabe was an icon of liberation.",
			want: []string{"Country:Zimbabwe", "Person:Robert Mugabe"},
		},
		{
			name: "a body's name with words after its head",
			text: "On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement.",
			want: []string{"Organization:Combined Joint Task Force Operation Inherent Resolve"},
		},
		{
			name: "a person whose surname names a company",
			text: "Former New York City mayor Michael Bloomberg spent over $500 million. Bloomberg endorsed Joe Biden.",
			want: []string{"Person:Joe Biden", "Person:Michael Bloomberg", "Place:New York"},
		},
		{
			name: "a place described after its name",
			text: "Erdoğan pledged converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a mosque. Hagia Sophia bears profound significance. Built as a cathedral, Haghia Sophia was converted in 1453.",
			want: []string{"Place:Hagia Sophia"},
		},
		{
			name: "provinces named with a direction, townships, tribes",
			text: "The report figured 21 injured individuals in Davao del Sur. He lives in Libertyville Township. The Eastern Shoshone Tribe welcomed the herd.",
			want: []string{"Organization:Eastern Shoshone Tribe", "Place:Davao del Sur", "Place:Libertyville Township"},
		},
		{
			name: "two names joined by and",
			text: "The lawsuit was filed by the Center for Biological Diversity and Center for Food Safety. The study was led by researchers at the University of Miami and Chris Fallows of Apex Shark Expeditions, with money from the Bill and Melinda Gates Foundation.",
			want: []string{"Organization:Apex Shark Expeditions", "Organization:Bill and Melinda Gates Foundation", "Organization:Center for Biological Diversity", "Organization:Center for Food Safety", "Organization:University of Miami", "Person:Chris Fallows"},
		},
		{
			name: "a ministry named in lower case with its country",
			text: "According to reports from the ministry of internal affairs of Belarus on Friday, around 18,250 visitors attended the rally. The ministry of health gave no figure.",
			want: []string{"Country:Belarus", "Organization:Ministry of Internal Affairs of Belarus"},
		},
		{
			name: "a surname that ends like a noun of things; and the",
			text: "Fox News host Sean Hannity praised the plan. Researchers at Tsinghua University and the Chinese Academy of Sciences disagreed.",
			want: []string{"Organization:Chinese Academy of Sciences", "Organization:Fox News", "Organization:Tsinghua University", "Person:Sean Hannity"},
		},
		{
			name: "a short first name that begins the long one",
			text: "Mitchell Stoltz is a senior staff attorney. Later, Mitch Stoltz told Wikinews the notice was wrong.",
			want: []string{"Organization:Wikinews", "Person:Mitchell Stoltz"},
		},
		{
			name: "the body a person is of",
			text: "Tristan Smith of University College London, a shipping researcher, explained to Wikinews that crews might turn their transponders off.",
			want: []string{"Organization:University College London", "Organization:Wikinews", "Person:Tristan Smith"},
		},
		{
			name: "places named like people: the island of X, from a place to X",
			text: "The statues dot the island of Rapa Nui. The jet was commencing a journey from Jakarta to Pangkal Pinang.",
			want: []string{"Place:Jakarta", "Place:Pangkal Pinang", "Place:Rapa Nui"},
		},
		{
			name: "a father and his son of the same name",
			text: "President Donald Trump and his son Donald Trump Jr. spoke. Joseph R. Biden Jr. replied; Joe Biden said no.",
			want: []string{"Person:Donald Trump", "Person:Donald Trump Jr.", "Person:Joe Biden"},
		},
		{
			name: "a first name that abbreviates a month",
			text: "Later, Jan Kowalski left. Polish politician Jan Nowak agreed.",
			want: []string{"Person:Jan Kowalski", "Person:Jan Nowak"},
		},
		{
			name: "a first name that names a country",
			text: "Jordan Peterson spoke. Israel Folau was banned. The Jordan Valley is dry. Rep. Virginia Foxx objected.",
			want: []string{"Person:Israel Folau", "Person:Jordan Peterson", "Person:Virginia Foxx", "Place:Jordan Valley"},
		},
		{
			name: "a committee on two subjects",
			text: "The House Committee on Oversight and Reform held hearings.",
			want: []string{"Organization:House Committee on Oversight and Reform"},
		},
		{
			name: "a common compound with a dash is no name",
			text: "Built-in Camera Support arrived. Later, President Moon Jae-in spoke.",
			want: []string{"Person:Moon Jae-in"},
		},
		{
			name: "an office named after its holder before the holder's name",
			text: "A statement from the Office of the Prime Minister Narendra Modi said so. The Office of the Director of National Intelligence agreed.",
			want: []string{"Organization:Office of the Director of National Intelligence", "Person:Narendra Modi"},
		},
		{
			name: "Korean names",
			text: "Former president Park Geun-hye was jailed. Former UN chief Ban Ki-moon visited. Texas Pro-life groups marched.",
			want: []string{"Organization:United Nations", "Person:Ban Ki-moon", "Person:Park Geun-hye"},
		},
		{
			name: "a faith after a place noun is no place",
			text: "Katrougalos said \"It is not only a great temple of Christendom, it also belongs to humanity.\"",
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := entityPipeline(t, Options{}, tt.text)
			got := entitySummary(doc)
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPlainNameAlias: a name written with middle initials or a suffix is also known
// without them, unless two people of the article share that plain form.
func TestPlainNameAlias(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string][]string // person -> aliases
	}{
		{"initial and suffix", "President-elect Joseph R. Biden Jr. named Kamala D. Harris.",
			map[string][]string{"Joseph R. Biden Jr.": {"Joseph Biden"}, "Kamala D. Harris": {"Kamala Harris"}}},
		{"two people, one plain form", "Former president George W. Bush and his father George H. W. Bush met.",
			map[string][]string{"George W. Bush": nil, "George H. W. Bush": nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := entityPipeline(t, Options{}, tt.text)
			for _, e := range doc.Entities {
				want, ok := tt.want[e.Name]
				if !ok {
					continue
				}
				if strings.Join(e.Aliases, "|") != strings.Join(want, "|") {
					t.Errorf("%s: got aliases %q, want %q", e.Name, e.Aliases, want)
				}
				delete(tt.want, e.Name)
			}
			for n := range tt.want {
				t.Errorf("got no entity %s", n)
			}
		})
	}
}

func TestSurnameJoinsFullName(t *testing.T) {
	text := "Witkoff hints at concessions from Moscow\n" +
		"Steve Witkoff, Trump's envoy, told CNN that Putin had offered concessions.\n" +
		"US President Donald Trump said Witkoff did well.\n"
	doc := entityPipeline(t, Options{}, text)
	var witkoff, trump *Entity
	for i := range doc.Entities {
		switch doc.Entities[i].Name {
		case "Steve Witkoff":
			witkoff = &doc.Entities[i]
		case "Donald Trump":
			trump = &doc.Entities[i]
		}
	}
	if witkoff == nil || trump == nil {
		t.Fatalf("got entities %v, want Steve Witkoff and Donald Trump", entitySummary(doc))
	}
	if len(witkoff.Mentions) != 3 {
		t.Errorf("got %d mentions of Steve Witkoff, want 3 (headline, full name, surname)", len(witkoff.Mentions))
	}
	if len(trump.Mentions) != 2 {
		t.Errorf("got %d mentions of Donald Trump, want 2", len(trump.Mentions))
	}
	for _, e := range doc.Entities {
		if e.Type == schema.Person && (e.Name == "Witkoff" || e.Name == "Trump") {
			t.Errorf("got a separate entity %q, want it merged", e.Name)
		}
	}
}

// FuzzEntities runs the text, entity, role and coreference stages over any text: no
// panic, mentions inside the text and on the words they name, roles on known entities.
func FuzzEntities(f *testing.F) {
	f.Add("US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin.")
	f.Add("AU chairperson President Abdel Fattah el-Sisi of Egypt said, \"The success of the AfCFTA will be the real test\".")
	f.Add("Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.")
	f.Add("his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively")
	f.Add("Former U.S. ambassador to\nRussia Michael McFaul (MM) wrote. King Charles III. Ex-")
	f.Fuzz(func(t *testing.T, text string) {
		doc := entityPipeline(t, Options{}, text)
		ids := map[string]bool{}
		for _, e := range doc.Entities {
			ids[e.ID] = true
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v of %s does not fit the text %q", m, e.Name, text)
				}
			}
		}
		for _, r := range doc.Roles {
			if !ids[string(r.Person)] || r.Of != "" && !ids[string(r.Of)] || r.Title == "" {
				t.Fatalf("role %+v on unknown entities (%v)", r, entitySummary(doc))
			}
		}
	})
}

func TestDraftLookups(t *testing.T) {
	seg, err := NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	text := "AU trade and industry commissioner Albert Muchanga announced Benin was to join. The commissioner said Britain agreed."
	d := NewDraft(Article{Text: text})
	for _, s := range []Stage{Normalize{}, seg, NewEntities(Options{}), Roles{}, Coref{}} {
		if err := s.Run(d); err != nil {
			t.Fatal(err)
		}
	}
	au := d.EntityNamed("", "African Union")
	if au < 0 || d.EntityNamed(schema.Organization, "AU") != au || d.EntityNamed(schema.Person, "AU") != -1 {
		t.Fatalf("got %d, want the African Union found by name and acronym, not as a person", au)
	}
	uk := d.EntityNamed(schema.Country, "United Kingdom")
	if uk < 0 || d.EntityNamed("", "Britain") != uk {
		t.Errorf("got %d, want the United Kingdom found by its alias", uk)
	}
	muchanga := d.EntityNamed(schema.Person, "Muchanga")
	if muchanga < 0 {
		t.Fatal("got no Muchanga")
	}
	if got := d.TitleHolder("commissioner", au, len(d.Text)); got != muchanga {
		t.Errorf("TitleHolder(commissioner, AU): got %d, want %d", got, muchanga)
	}
	if got := d.TitleHolder("Commissioners", -1, len(d.Text)); got != muchanga {
		t.Errorf("TitleHolder(Commissioners): got %d, want %d", got, muchanga)
	}
	if got := d.TitleHolder("president", -1, len(d.Text)); got != -1 {
		t.Errorf("TitleHolder(president): got %d, want -1", got)
	}
	if rs := d.RolesOf(muchanga); len(rs) != 1 || rs[0].Title != "trade and industry commissioner" {
		t.Errorf("got roles %+v, want the commissioner", rs)
	}
	off := strings.Index(text, "The commissioner") + 4
	if mi := d.MentionAt(off); mi < 0 || d.Mentions[mi].Entity != muchanga || d.Mentions[mi].Kind != "title" {
		t.Errorf("MentionAt(%d): got %d, want the title mention of Muchanga", off, mi)
	}
	if mi := d.MentionAt(strings.Index(text, "announced")); mi != -1 {
		t.Errorf("got mention %d on a verb, want -1", mi)
	}
}

// TestSpellingsJoin: spellings of one name in one article are one person ("Zelensky",
// "Zelenskyy"; "Alexei", "Alexey"; "Mike", "Michael"), different first names are not.
func TestSpellingsJoin(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ukrainian President Volodymyr Zelensky is scheduled to meet Trump. Volodymyr Zelenskyy said so. Zelenskyy left.",
			[]string{"Country:Ukraine", "Person:Volodymyr Zelensky"}},
		{"Russian opposition leader Alexei Navalny was poisoned. Alexey Navalny was airlifted from Omsk.",
			[]string{"Country:Russia", "Person:Alexei Navalny", "Place:Omsk"}},
		{"Bolton often had disagreements with Mike Pompeo. Michael Pompeo told the press on Tuesday.",
			[]string{"Person:Mike Pompeo"}},
		{"Angela Walker and Angela Wallace spoke.", []string{"Person:Angela Walker", "Person:Angela Wallace"}},
		{"John Smith and Jane Smith spoke.", []string{"Person:Jane Smith", "Person:John Smith"}},
		// a transliteration of first name and surname both; the son stays apart
		{"US President Donald Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed. Trump's statement read: \"Hamza bin Ladin, the high-ranking al-Qa'ida member and son of Usama bin Ladin, was killed.\"",
			[]string{"Country:United States", "Organization:al-Qaeda", "Person:Donald Trump", "Person:Hamza bin Laden", "Person:Osama bin Laden"}},
		{"Ellen Smith and Allen Smith spoke.", []string{"Person:Allen Smith", "Person:Ellen Smith"}},
		// a surname spelled with another first letter, or two letters apart on a long name
		{"Muammar Gaddafi ruled Libya for decades. Muammar Qaddafi was killed in 2011.",
			[]string{"Country:Libya", "Person:Muammar Gaddafi"}},
		{"Dorsa Derakhshani's brother Borna Derakhshani plays chess. Borna Deraskhsani is 15.",
			[]string{"Person:Borna Derakhshani", "Person:Dorsa Derakhshani"}},
	}
	for _, tt := range tests {
		doc := entityPipeline(t, Options{}, tt.text)
		if got := entitySummary(doc); strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSharedSurname: a lone surname two relatives share goes to the one named in full in
// the sentence before, unless that one is a relative just introduced ("Her mother is
// ..."), the headline names the other, or the other already goes by the surname and
// that one is named in passing.
func TestSharedSurname(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{
			name: "the person named in the sentence before",
			text: "President Franklin Delano Roosevelt proposed it in the 1930s. Roosevelt sought to tie the number of justices to age. In 1905, President Theodore Roosevelt mediated a peace agreement between Japan and Russia. Roosevelt's efforts earned him the Nobel Peace Prize.",
			want: "Theodore Roosevelt",
		},
		{
			name: "not a relative introduced in the sentence before",
			text: "Japanese professional wrestler Hana Kimura has died. Kimura made her debut in 2016. Her mother is professional wrestler Kyoko Kimura. Outside of wrestling, Kimura was one of the stars on Terrace House.",
			want: "Hana Kimura",
		},
		{
			name: "not to a person named in passing from one the article calls by the surname",
			text: "President Donald Trump accepted the nomination. Trump spoke for an hour. Trump attacked Joe Biden. Other speakers during the four day event included four of Trump's children; First Lady Melania Trump; and Nicholas Sandmann. From Israel, Secretary of State Mike Pompeo spoke, defending Trump's America First foreign policy.",
			want: "Donald Trump",
		},
		{
			name: "not to a person named in passing in the same sentence",
			text: "Joe Biden spoke in Delaware. Biden denied the allegations. Biden labeled them as Russian disinformation. Echoing an email from Hunter Biden's laptop referencing a mysterious big guy, Donald Trump attacked Biden for accumulating wealth.",
			want: "Joe Biden",
		},
		{
			name: "not over the person the headline names",
			text: "US President Donald Trump tests positive for COVID-19\n\nPresident Donald Trump reported he and his wife tested positive. Officials said Senior Advisors Jared Kushner and Ivanka Trump tested negative.\nTrump took to social media.",
			want: "Donald Trump",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := entityPipeline(t, Options{}, tt.text)
			last := strings.LastIndex(tt.text, tt.want[strings.LastIndexByte(tt.want, ' ')+1:])
			got := ""
			for _, e := range doc.Entities {
				for _, m := range e.Mentions {
					if m.Start == last {
						got = e.Name
					}
				}
			}
			if got != tt.want {
				t.Errorf("got the last surname on %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOwnAcronymNoShortForm: a name the article defines with an acronym of its own is a
// full name, not the short form of a longer name that contains its words.
func TestOwnAcronymNoShortForm(t *testing.T) {
	text := "Kurtzer started CAOS Linux when the company announced the End of Life for their Red Hat Linux in favour of Red Hat Enterprise Linux. " +
		"The company decided to EOL (End of Life) Red Hat Linux (RHL) shortly after releasing RHL 8. Overnight, RHL ceased to exist and the company instead released Red Hat Enterprise Linux (RHEL)."
	doc := entityPipeline(t, Options{}, text)
	found := 0
	for _, e := range doc.Entities {
		switch e.Name {
		case "Red Hat Enterprise Linux":
			found++
			for _, a := range e.Aliases {
				if a == "Red Hat Linux" {
					t.Errorf("got alias %q of %s, want it apart", a, e.Name)
				}
			}
		case "Red Hat Linux":
			found++
		}
	}
	if found != 2 {
		t.Errorf("got entities %v, want Red Hat Linux and Red Hat Enterprise Linux", entitySummary(doc))
	}
}

// TestFamilyName: a surname in the plural after "the" names the family, not one person
// (Wikinews, CC BY 2.5).
func TestFamilyName(t *testing.T) {
	text := "Very early yesterday morning, the United States President Donald Trump reported he and his wife First Lady Melania Trump tested positive for COVID-19. Officials said the Trumps' 14-year-old son Barron tested negative."
	doc := entityPipeline(t, Options{}, text)
	at := strings.Index(text, "Trumps")
	for _, e := range doc.Entities {
		for _, a := range e.Aliases {
			if a == "Trumps" {
				t.Errorf("%s has the alias %q", e.Name, a)
			}
		}
		for _, m := range e.Mentions {
			if m.Start == at {
				t.Errorf("%q is a mention of %s", m.Text, e.Name)
			}
		}
	}
}
