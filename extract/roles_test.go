package extract

import (
	"sort"
	"strings"
	"testing"
)

// roleSummary lists the roles of a document as "Person|title|of|former" sorted, with
// entity names for ids.
func roleSummary(doc *Document) []string {
	name := func(r Ref) string {
		if e := doc.Entity(r); e != nil {
			return e.Name
		}
		return ""
	}
	var out []string
	for _, r := range doc.Roles {
		s := name(r.Person) + "|" + r.Title + "|" + name(r.Of)
		if r.Former {
			s += "|former"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestRoles: one rule a case, each on a real sentence of the evaluation articles or the
// Wikinews corpus.
func TestRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"country title name", "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin.",
			[]string{"Donald Trump|President|United States", "Vladimir Putin|President|Russia"}},
		{"title of several words", "Secretary of State Marco Rubio, who was also present in Anchorage, struck a more cautious note in interviews.",
			[]string{"Marco Rubio|Secretary of State|"}},
		{"possessive owner", "Niger's president Mahamadou Issoufou said, \"Nigeria is Africa's biggest economy and most populous country.\"",
			[]string{"Mahamadou Issoufou|president|Niger"}},
		{"lower-case title with modifiers", "AU trade and industry commissioner Albert Muchanga announced Benin was to join.",
			[]string{"Albert Muchanga|trade and industry commissioner|African Union"}},
		{"plural title, of after each name", "On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.",
			[]string{"Muhammadu Buhari|President|Nigeria", "Patrice Talon|President|Benin"}},
		{"two titles before one name", "At the opening of the AU summit, AU chairperson President Abdel Fattah el-Sisi of Egypt said so.",
			[]string{"Abdel Fattah el-Sisi|President|Egypt", "Abdel Fattah el-Sisi|chairperson|African Union"}},
		{"organization before title", "African Export–Import Bank president Okey Oramah said the use of third-party currencies costs Africa.",
			[]string{"Okey Oramah|president|African Export–Import Bank"}},
		{"appositive with of", "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia.",
			[]string{"Angela Merkel|Chancellor|Germany"}},
		{"appositive with possessive person", "Steve Witkoff, Trump's envoy and a longtime real estate ally, told CNN that Putin had offered concessions.",
			[]string{"Steve Witkoff|envoy|"}},
		{"demonym title comma name", "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.",
			[]string{"Luigi Di Maio|foreign minister|Italy"}},
		{"relative clause", "Reportedly also, Bolton often had disagreements with Mike Pompeo who is the secretary of state.",
			[]string{"Mike Pompeo|secretary of state|"}},
		{"served as", "John R. Bolton resigned. Bolton previously served as the US ambassador to the United Nations under former president George W. Bush.",
			[]string{"George W. Bush|president||former", "John R. Bolton|ambassador|United States|former"}},
		{"counterparts", "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo.",
			[]string{"Jean-Yves Le Drian|foreign minister|France", "Nikos Christodoulides|foreign minister|Cyprus", "Nikos Dendias|foreign minister|Greece", "Sameh Shoukry|foreign minister|Egypt"}},
		{"opposition leader", "On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok.",
			[]string{"Alexei Navalny|opposition leader|Russia"}},
		{"title of an organization then name", "Experts attribute this to human activity. Amazon Environmental Research Institute Director Ane Alencar, in remarks to UOL.com.br, said so.",
			[]string{"Ane Alencar|Director|Amazon Environmental Research Institute"}},
		{"title with of inside the run", "Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.",
			[]string{"Piotr Jedlinski|Mayor|Koszalin"}},
		{"the prime minister of", "Akilisi Pohiva, the prime minister of Tonga, died today.",
			[]string{"Akilisi Pohiva|prime minister|Tonga"}},
		{"party leader and prime minister", "Conservative Party leader and Prime Minister Boris Johnson said he was humbled by the results.",
			[]string{"Boris Johnson|Prime Minister|", "Boris Johnson|leader|Conservative Party"}},
		{"demonym title lone name", "On Wednesday during the opening ceremony of the TurkStream gas pipeline, Turkish president Erdoğan called for a regional cooperation.",
			[]string{"Erdoğan|president|Turkey"}},
		{"then- and ex- titles", "It was signed by then-President Barack Obama and ex-Prime Minister Theresa May.",
			[]string{"Barack Obama|President||former", "Theresa May|Prime Minister||former"}},
		{"capitalised modifiers", "\"The search and rescue operation is complete,\" Deputy Emergency Situations Minister Alexander Chupriyan told TASS on Wednesday.",
			[]string{"Alexander Chupriyan|Deputy Emergency Situations Minister|"}},
		{"lower-case modifier before a capitalised title", "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack.",
			[]string{"Adil Abdul-Mahdi|acting Prime Minister|Iraq"}},
		{"territory owns the role", "They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government.",
			[]string{"Carrie Lam|Chief Executive|Hong Kong"}},
		{"is a professor at", "Jorgensen is a psychology professor at Clemson University. Jo Jorgensen is a psychology professor at Clemson University.",
			[]string{"Jo Jorgensen|professor|Clemson University"}},
		// Short forms of US titles (AP style; the Wikinews corpus spells titles out, so
		// these sentences are written in the style of US wire copy).
		{"short form of a title", "Sen. Chuck Schumer (D-N.Y.) said the bill was dead.",
			[]string{"Chuck Schumer|Senator|"}},
		{"short forms of two words", "Lt. Gov. Dan Patrick and Gen. Mark Milley spoke.",
			[]string{"Dan Patrick|Lieutenant Governor|", "Mark Milley|General|"}},
		{"plural short form", "Sens. Ted Cruz and Josh Hawley objected.",
			[]string{"Josh Hawley|Senator|", "Ted Cruz|Senator|"}},
		{"occupation before a name", "Guests at the swearing in included Pelosi's grandchildren and such celebrities as fashion designer Tim Gunn and Grateful Dead drummer Mickey Hart.",
			[]string{"Mickey Hart|drummer|", "Tim Gunn|fashion designer|"}},
		{"an occupation before one word names a company", "Earlier that day, the Greek gas producer Energean signed a letter of intent.", nil},
		{"plural title with a list", "It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia, all Republicans.",
			[]string{"David Perdue|Senator|", "Marco Rubio|Senator|", "Mike Lee|Senator|"}},
		// A legislator's state is the constituency; the seat is the country's.
		{"legislator from a state", "Joe Biden chose Kamala Harris. Harris, a sitting U.S. Senator from California, is the former Attorney General of California.",
			[]string{"Kamala Harris|Attorney General|California|former", "Kamala Harris|Senator|United States"}},
		{"legislator from a state before the name", "On Monday, United States Senator from Vermont Bernie Sanders endorsed former Vice President Joe Biden for president.",
			[]string{"Bernie Sanders|Senator|United States", "Joe Biden|Vice President||former"}},
		{"demonym before the place noun", "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night.",
			[]string{"Paweł Adamowicz|mayor|Gdansk"}},
		{"a county owns its offices", "\"This is probably the worst-case scenario you can possibly have,\" said Santa Barbara County Sheriff Bill Brown.",
			[]string{"Bill Brown|Sheriff|Santa Barbara County"}},
		{"the committee named before", "Members of the House Judiciary Committee do not all agree on how impeachment inquiries work. Republican committee member Doug Collins of Georgia said on Twitter that nobody is conducting a formal inquiry. Democratic committee chairman Jerrold Nadler of New York has repeatedly maintained an impeachment inquiry is what the committee is already doing.",
			[]string{"Doug Collins|committee member|House Judiciary Committee", "Jerrold Nadler|committee chairman|House Judiciary Committee"}},
		{"as his choice for", "Yesterday, Joe Biden announced Kamala Harris as his choice for running mate in the 2020 United States presidential election.",
			[]string{"Kamala Harris|running mate|"}},
		{"a nominee for a post does not hold it", "Bodenstab was the Unity Party's nominee for Lieutenant Governor of Colorado in 2018.", nil},
		{"de facto", "According to Reuters and NBC, Mohammad bin Salman is the de facto Saudi ruler.",
			[]string{"Mohammad bin Salman|ruler|Saudi Arabia"}},
		{"then- before a title joined by dashes", "A military coup removed then-prime-minister Thaksin Shinawatra in 2006.",
			[]string{"Thaksin Shinawatra|prime minister||former"}},
		{"a word the lexicon does not know between the body and the name", "Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam Schiff both yesterday questioned the President's power.",
			[]string{"Adam Schiff|incoming chair|House Intelligence Committee", "Dick Durbin|Minority Whip|United States Senate"}},
		{"a title between the owner and the name is the name's", "A former advisor for U.S. President Donald Trump received a second sentence.",
			[]string{"Donald Trump|President|United States"}},
		// Written in the style of US wire copy (party and state tags, "House Speaker").
		{"a party and state tag before an apposition", "Sen. Lindsey Graham, R-S.C., chairman of the Senate Judiciary Committee, scheduled a hearing.",
			[]string{"Lindsey Graham|Senator|", "Lindsey Graham|chairman|Senate Judiciary Committee"}},
		{"a title that begins with House", "The House will vote on Friday, said House Speaker Nancy Pelosi (D-Calif.). The US Senate has not acted.",
			[]string{"Nancy Pelosi|House Speaker|United States House of Representatives"}},
		{"a surname that names a country", "Rep. Jim Jordan of Ohio objected.",
			[]string{"Jim Jordan|Representative|"}},
		{"a title after 'to the' is another's", "Kellyanne Conway, a senior adviser to the president, defended the move.",
			[]string{"Kellyanne Conway|senior adviser|"}},
		{"at a university after the faculty", "Professor Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education at the Deakin University, said the attacker was armed.",
			[]string{"Greg Barton|Chair|Deakin University", "Greg Barton|Professor|"}},
		{"a plural title and its holders after a colon", "In the history of the United States, only two presidents have been impeached: Andrew Johnson and Bill Clinton.",
			[]string{"Andrew Johnson|president|", "Bill Clinton|president|"}},
		{"a colon before more than names is no list", "Two presidents have spoken: Andrew Johnson said so and Bill Clinton agreed.", nil},
		{"a nationality before an occupation is no owner", "On Sunday, French inventor Franky Zapata crossed the English Channel.",
			[]string{"Franky Zapata|inventor|"}},
		{"its or their: the organization the sentence is about", "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate for prime minister.",
			[]string{"Ubolratana Mahidol|Princess|", "Ubolratana Mahidol|candidate|Thai Raksa Chart Party"}},
		{"who chairs the body", "Lindsey Graham, who chairs the Senate Judiciary Committee, scheduled a hearing. Jerome Powell, who heads the Federal Reserve, warned of risks.",
			[]string{"Jerome Powell|head|Federal Reserve", "Lindsey Graham|chair|Senate Judiciary Committee"}},
		{"a first name that names a country after a title", "Acting Homeland Security Secretary Chad Wolf resigned.",
			[]string{"Chad Wolf|Acting Homeland Security Secretary|"}},
		{"a second description after names", "Rudy Giuliani, the former mayor of New York City and Trump's personal lawyer, held a news conference.",
			[]string{"Rudy Giuliani|lawyer|", "Rudy Giuliani|mayor|New York|former"}},
		{"a party's adjective before its nominee", "The Democratic Party met in Milwaukee. Democratic presidential nominee Joe Biden spoke.",
			[]string{"Joe Biden|presidential nominee|Democratic Party"}},
		{"a party's adjective before an office of a state", "He currently serves as senior advisor to Maryland's Republican Governor Larry Hogan.",
			[]string{"Larry Hogan|Governor|Maryland"}},
		{"a demonym of two words and a name with a short syllable", "Chinese President Xi Jinping met South Korean President Moon Jae-in in Beijing.",
			[]string{"Moon Jae-in|President|South Korea", "Xi Jinping|President|China"}},
		{"media named with their article", "Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post.",
			[]string{"Jamal Khashoggi|columnist|The Washington Post"}},
		{"plural title with asides in the list", "Conyers was unique on the Judiciary Committee in having participated in the impeachment hearings of two different Presidents, Richard Nixon, in 1972, and Bill Clinton, in 1998.",
			[]string{"Bill Clinton|President|", "Richard Nixon|President|"}},
		{"plural title and one name is no role", "Curiously, the number of justices Hammons favors matches the current number of U.S. circuit courts.", nil},
		{"one of the plural title", "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented on Luk's death to The EastAfrican.",
			[]string{"Rebecca Nyandeng De Mabior|Vice President|South Sudan"}},
		{"a count before a comma is no title", "Elizabeth Warren earned 8 delegates, Joe Biden earned 6, and Amy Klobuchar earned the remaining 1.", nil},
		{"adjectives before a title and a comma", "In a statement, the current bishop, Allan Casicas, said it was with great sadness.",
			[]string{"Allan Casicas|bishop|"}},
		{"one role for a title and its longer form", "Trump, the incumbent President of the United States, won the Republican primary. President Donald Trump thanked his supporters.",
			[]string{"Donald Trump|incumbent President|United States"}},
		{"a rank word makes another role", "Vice President Mike Pence spoke. Pence later served as President of the Senate.",
			[]string{"Mike Pence|President|United States Senate", "Mike Pence|Vice President|"}},
		{"no name, no role", "The spokesperson for the German government strongly condemned the attack.", nil},
		{"honorific is no role", "Mr. Smith went to Washington.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := entityPipeline(t, Options{}, tt.text)
			got := roleSummary(doc)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleMentions: "the commissioner", "the French president" refer to the person the
// article gave that role.
func TestTitleMentions(t *testing.T) {
	text := "AU trade and industry commissioner Albert Muchanga announced Benin was to join. " +
		"The commissioner said, \"We haven't yet agreed on rules of origin.\"\n" +
		"On Thursday, French President Emmanuel Macron called for G7 action. " +
		"Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French president's suggestion evokes a colonialist mentality.\""
	doc := entityPipeline(t, Options{}, text)
	want := map[string]string{"The commissioner": "Albert Muchanga", "The French president": "Emmanuel Macron"}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if w, ok := want[m.Text]; ok {
				if e.Name != w {
					t.Errorf("%q: got %s, want %s", m.Text, e.Name, w)
				}
				delete(want, m.Text)
			}
		}
	}
	for m, w := range want {
		t.Errorf("%q: got no mention, want one of %s", m, w)
	}
}
