package extract

import (
	"strings"
	"testing"
)

// TestAffiliationRules checks the party labels and affiliations on sentences of the
// Wikinews corpus (CC BY 2.5).
func TestAffiliationRules(t *testing.T) {
	rep := org("Republican Party", "Republican")
	dem := org("Democratic Party", "Democrat", "Democratic")
	tests := []struct {
		name string
		text string
		ents []tEnt
		want []string
	}{
		{"a party before a title and a name",
			"On Thursday, former United States presidential candidate Senator Ted Cruz and fellow Republican Representative Francis Rooney proposed to set lifetime limits for service in the Senate and House.",
			[]tEnt{country("United States", "United States"), person("Ted Cruz", "Ted Cruz"), rep, person("Francis Rooney", "Francis Rooney"),
				org("United States Senate", "Senate")},
			[]string{"Francis Rooney memberOf Republican Party"}},
		{"party nouns before names, one of them a title",
			"Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings \"was a great man,\" while Republican President Trump noted his \"strength, passion and wisdom\" on Twitter.",
			[]tEnt{dem, person("Chuck Schumer", "Chuck Schumer"), org("MSNBC", "MSNBC"), person("Elijah Cummings", "Cummings"), rep,
				person("Donald Trump", "President Trump"), org("Twitter", "Twitter")},
			[]string{"Chuck Schumer memberOf Democratic Party", "Donald Trump memberOf Republican Party"}},
		{"a party in apposition",
			"She served for one term before losing reelection to Thom Tillis, a Republican, in 2014. Wisconsin governor Tony Evers, a Democrat, said he would have preferred that neither Trump nor Biden had made the stop.",
			[]tEnt{person("Thom Tillis", "Thom Tillis"), rep, person("Tony Evers", "Tony Evers"), dem, place("Wisconsin", "Wisconsin"),
				person("Donald Trump", "Trump"), person("Joe Biden", "Biden")},
			[]string{"Thom Tillis memberOf Republican Party", "Tony Evers memberOf Democratic Party"}},
		{"a party after a copula",
			"The commutations included, among others, Democrat Rod Blagojevich, the former governor of Illinois; Trump is a Republican.",
			[]tEnt{dem, person("Rod Blagojevich", "Rod Blagojevich"), place("Illinois", "Illinois"), person("Donald Trump", "Trump"), rep},
			[]string{"Rod Blagojevich memberOf Democratic Party", "Donald Trump memberOf Republican Party"}},
		{"of a party",
			"At the beginning of May, presumptive US Democratic Party presidential nominee Joe Biden led incumbent US President Donald Trump of the Republican Party in the RealClearPolitics average.",
			[]tEnt{country("United States", "US"), org("Democratic Party", "Democratic Party"), person("Joe Biden", "Joe Biden"),
				person("Donald Trump", "Donald Trump"), org("Republican Party", "Republican Party")},
			[]string{"Joe Biden memberOf Democratic Party", "Donald Trump memberOf Republican Party"}},
		{"an organization's staff before the name",
			"BBC's Jonathan Marcus said questions remain how much direct Iranian assistance is received by the Houthis. Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten drones.",
			[]tEnt{org("BBC", "BBC"), person("Jonathan Marcus", "Jonathan Marcus"), country("Iran", "Iranian@demonym"), org("Houthi movement", "Houthis", "Houthi"),
				org("al-Masirah TV", "al-Masirah TV"), country("Yemen", "Yemen"), person("Yahya Sarea", "Yahya Sarea")},
			[]string{"Jonathan Marcus memberOf BBC", "Yahya Sarea memberOf Houthi movement"}},
		{"a name of an organization",
			"Questioners included Tobin, anti-war activist Cindy Sheehan, Aaron Hamlin of The Center for Election Science, Eli Beckerman of Open the Debates, and actor Sean Stone.",
			[]tEnt{person("Tobin", "Tobin"), person("Cindy Sheehan", "Cindy Sheehan"), person("Aaron Hamlin", "Aaron Hamlin"),
				org("Center for Election Science", "The Center for Election Science"), person("Eli Beckerman", "Eli Beckerman"), org("Open the Debates", "Open the Debates"),
				person("Sean Stone", "Sean Stone")},
			[]string{"Aaron Hamlin memberOf Center for Election Science", "Eli Beckerman memberOf Open the Debates"}},
		{"a spokesperson in apposition, before and after the organization",
			"Keith Holloway, an NTSB spokesman, told Fox News their investigation could last as long as two years. Dedi Prasetyo, a spokesperson for the Indonesian National Police, confirmed that two suspects were arrested.",
			[]tEnt{person("Keith Holloway", "Keith Holloway"), org("National Transportation Safety Board", "NTSB"), org("Fox News", "Fox News"),
				person("Dedi Prasetyo", "Dedi Prasetyo"), org("Indonesian National Police", "Indonesian National Police")},
			[]string{"Keith Holloway memberOf National Transportation Safety Board", "Dedi Prasetyo memberOf Indonesian National Police"}},
		{"an opposition leader opposes the head of government",
			"Prime Minister Boris Johnson asked the Queen to suspend Parliament. Opposition leader Jeremy Corbyn said his Labour Party \"[are] eager for an election\".",
			[]tEnt{person("Boris Johnson", "Prime Minister Boris Johnson@title"), person("Elizabeth II", "the Queen@title"), org("Parliament of the United Kingdom", "Parliament"),
				person("Jeremy Corbyn", "Jeremy Corbyn"), org("Labour Party", "Labour Party")},
			[]string{"Jeremy Corbyn opposes Boris Johnson"}},
		{"an opposition leader of a country opposes its president",
			"Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk in Siberia to Berlin, Germany.",
			[]tEnt{country("Russia", "Russian@demonym"), person("Alexei Navalny", "Alexei Navalny"), place("Omsk", "Omsk"), place("Siberia", "Siberia"),
				place("Berlin", "Berlin"), country("Germany", "Germany"), person("Vladimir Putin", "Vladimir Putin"), person("Angela Merkel", "Angela Merkel")},
			[]string{"Alexei Navalny opposes Vladimir Putin"}},
		// What is no membership.
		{"a leader's title is a role, a country no organization",
			"NASA Administrator Jim Bridenstine said the launch would go ahead. Nigeria's Muhammadu Buhari signed the agreement.",
			[]tEnt{org("NASA", "NASA"), person("Jim Bridenstine", "Jim Bridenstine"), country("Nigeria", "Nigeria"), person("Muhammadu Buhari", "Muhammadu Buhari")}, nil},
		{"a party named in apposition to another name",
			"One entity whose members challenged Obama's citizenship and now do likewise with Harris, the American Independent Party, nominated a ticket.",
			[]tEnt{person("Barack Obama", "Obama"), person("Kamala Harris", "Harris"), org("American Independent Party", "American Independent Party")}, nil},
	}
	// roles the role stage would have read: person name, title, of
	roles := map[string][][3]string{
		"an opposition leader opposes the head of government": {{"Boris Johnson", "Prime Minister", "United Kingdom"},
			{"Elizabeth II", "Queen", ""}, {"Jeremy Corbyn", "Opposition leader", ""}},
		"an opposition leader of a country opposes its president": {{"Alexei Navalny", "opposition leader", "Russia"},
			{"Vladimir Putin", "president", "Russia"}, {"Angela Merkel", "Chancellor", "Germany"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleDraft(t, "", tt.text, tt.ents...)
			for _, r := range roles[tt.name] {
				role := Role{Person: Ref(entityID(d, r[0])), Title: r[1]}
				if r[2] != "" {
					role.Of = Ref(entityID(d, r[2]))
				}
				d.Roles = append(d.Roles, role)
			}
			if err := (Relations{}).Run(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range d.Relations {
				got = append(got, relationString(d, r))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got relations\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// entityID returns the id of the entity named name in d, or "".
func entityID(d *Draft, name string) string {
	for _, e := range d.Entities {
		if e.Name == name {
			return e.ID
		}
	}
	return ""
}
