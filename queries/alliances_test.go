package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/schema"
)

// pairOf finds the pair of a and b (either order) in al.
func pairOf(al []Alliance, a, b string) *Alliance {
	for i := range al {
		x, y := al[i].A.Name, al[i].B.Name
		if (x == a && y == b) || (x == b && y == a) {
			return &al[i]
		}
	}
	return nil
}

// The "done when": after the seed, Ukraine's partners from the White House
// meeting are on the cooperation side and Russia on the conflict side, each with the
// sentences that say so.
func TestAlliancesSeedUkraine(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	alRes, err := Alliances(context.Background(), st, AllianceQuery{Entity: "Ukraine"})
	if err != nil {
		t.Fatal(err)
	}
	al := alRes.Pairs
	for _, a := range al {
		if a.A.Name != "Ukraine" {
			t.Errorf("pair %s - %s: got A %q, want the entity asked for first", a.A.Name, a.B.Name, a.A.Name)
		}
	}
	meeting := "joined by leaders from Germany, France, Britain, Italy, NATO, and the European Union"
	for _, partner := range []string{"Germany", "France", "United Kingdom", "Italy", "NATO", "European Union"} {
		p := pairOf(al, "Ukraine", partner)
		if p == nil {
			t.Errorf("Ukraine - %s: no pair", partner)
			continue
		}
		if p.Side != SideCooperation || p.Score <= 0 {
			t.Errorf("Ukraine - %s: got side %s, score %d; want cooperation", partner, p.Side, p.Score)
		}
		if len(p.Strongest) == 0 || !strings.Contains(p.Strongest[0].Fact.Source.Sentence, meeting) {
			t.Errorf("Ukraine - %s: got evidence %+v, want the White House meeting", partner, p.Strongest)
			continue
		}
		via := p.Strongest[0].Via
		if len(via) != 1 || via[0].Text != "Volodymyr Zelensky: President of Ukraine" ||
			!strings.Contains(via[0].Source.Sentence, "Ukrainian President Volodymyr Zelensky") {
			t.Errorf("Ukraine - %s: got via %+v, want Zelensky's role with its sentence", partner, via)
		}
	}
	russia := pairOf(al, "Ukraine", "Russia")
	if russia == nil {
		t.Fatal("Ukraine - Russia: no pair")
	}
	if russia.Side != SideConflict || russia.Score != -8 || russia.Conflict != 8 || russia.Pieces != 2 {
		t.Errorf("Ukraine - Russia: got %s %d (-%d, %d pieces), want conflict -8 (-8, 2 pieces)", russia.Side, russia.Score, russia.Conflict, russia.Pieces)
	}
	var sentences []string
	for _, e := range russia.Strongest {
		sentences = append(sentences, e.Fact.Source.Sentence)
		if e.Fact.Source.Article == "" || e.Fact.Date != "2025-08-17" {
			t.Errorf("Ukraine - Russia evidence %q: got article %q, date %q; want both", e.Fact.Text, e.Fact.Source.Article, e.Fact.Date)
		}
	}
	for _, want := range []string{"Moscow currently occupies about 20 percent of Ukraine", "fighting between Russian and Ukrainian forces"} {
		if !strings.Contains(strings.Join(sentences, "\n"), want) {
			t.Errorf("Ukraine - Russia: evidence %q lacks %q", sentences, want)
		}
	}
	// Cooperation first, conflict last.
	if last := al[len(al)-1]; last.B.Name != "Russia" {
		t.Errorf("last pair: got %s - %s, want Ukraine - Russia", last.A.Name, last.B.Name)
	}
}

// Each rule of the score, over five real articles.
func TestAlliancesRules(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	ctx := context.Background()
	allRes, err := Alliances(ctx, st, AllianceQuery{})
	if err != nil {
		t.Fatal(err)
	}
	all := allRes.Pairs
	withPeopleRes, err := Alliances(ctx, st, AllianceQuery{People: true})
	if err != nil {
		t.Fatal(err)
	}
	withPeople := withPeopleRes.Pairs
	tests := []struct {
		name       string
		in         []Alliance
		a, b       string
		want       string // "side score pieces articles", or "none"
		wantCue    string
		wantInText string
	}{
		{"support relation between office holders counts for their countries, plus a shared meeting", all, "France", "Germany", "cooperation 4 2 2", "", "Angela Merkel supports Emmanuel Macron"},
		{"agreement between two countries", all, "Turkey", "Libya", "cooperation 2 1 1", "", "agreement"},
		{"relation and statement in one sentence count once", all, "Brazil", "France", "conflict -2 1 1", "", "Jair Bolsonaro opposes Emmanuel Macron"},
		{"accusations in two sentences", all, "Iran", "United States", "conflict -4 2 1", "", "United States accuses Iran"},
		{"attack with two sides", all, "Saudi Arabia", "Houthi movement", "conflict -4 1 1", "", "attack"},
		{"attack with one participant: nothing", withPeople, "Alexei Navalny", "Germany", "none", "", ""},
		{"meeting of foreign ministers counts for their countries", all, "Egypt", "Greece", "cooperation 1 1 1", "", "meeting in Cairo"},
		{"opposes relation, capital as alias", all, "Greece", "Libya", "conflict -2 1 1", "", "Greece opposes Libya"},
		{"summit between two presidents", all, "Russia", "United States", "cooperation 1 1 1", "", "summit in Alaska"},
		{"a statement without a stance is no evidence", all, "Greece", "Turkey", "none", "", ""},
		{"roles are not alliances", withPeople, "Volodymyr Zelensky", "Ukraine", "none", "", ""},
		{"an opposition leader does not act for his country", withPeople, "Alexei Navalny", "Russia", "conflict -2 1 1", "", "Alexei Navalny opposes Vladimir Putin"},
		{"people pairs only when asked", all, "Alexei Navalny", "Vladimir Putin", "none", "", ""},
		{"people pairs when asked", withPeople, "Alexei Navalny", "Vladimir Putin", "conflict -2 1 1", "", "opposes"},
		{"a hostile statement alone", withPeople, "Jair Bolsonaro", "Emmanuel Macron", "conflict -2 1 1", "", "opposes"},
		{"places are not alliance ends", all, "Russia", "Crimea", "none", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := pairOf(tt.in, tt.a, tt.b)
			got := "none"
			if p != nil {
				got = fmt.Sprintf("%s %d %d %d", p.Side, p.Score, p.Pieces, p.Articles)
			}
			if got != tt.want {
				t.Fatalf("%s - %s: got %s, want %s", tt.a, tt.b, got, tt.want)
			}
			if p == nil {
				return
			}
			if !strings.Contains(p.Strongest[0].Fact.Text, tt.wantInText) {
				t.Errorf("%s - %s: strongest evidence %q, want it to say %q", tt.a, tt.b, p.Strongest[0].Fact.Text, tt.wantInText)
			}
			for _, e := range p.Strongest {
				if e.Fact.Source.Sentence == "" || e.Fact.Source.Article == "" || e.Fact.Date == "" {
					t.Errorf("%s - %s: evidence %q without its sentence, article or date", tt.a, tt.b, e.Fact.Text)
				}
			}
		})
	}
}

func TestAlliancesStatementStance(t *testing.T) {
	// Bolsonaro's quote alone (without the relation of the same sentence) is hostile to
	// France, through both presidents' roles: its speech verb is "opposed" ("colonialist"
	// qualifies "mentality", not an entity).
	doc := g7Doc(t)
	doc.Relations = nil
	st := newTestStore(t, doc)
	alRes, err := Alliances(context.Background(), st, AllianceQuery{Entity: "Brazil"})
	if err != nil {
		t.Fatal(err)
	}
	al := alRes.Pairs
	p := pairOf(al, "Brazil", "France")
	if p == nil || p.Score != -statementWeight || p.Strongest[0].Cue != "oppose" || len(p.Strongest[0].Via) != 2 {
		t.Fatalf("Brazil - France: got %+v, want -%d from the statement, cue oppose, via both presidents", p, statementWeight)
	}
}

func TestAlliancesFormerRole(t *testing.T) {
	doc := seedDoc(t)
	doc.Roles[0].Former = true // Trump: former President of the United States
	st := newTestStore(t, doc)
	alRes, err := Alliances(context.Background(), st, AllianceQuery{Entity: "United States"})
	if err != nil {
		t.Fatal(err)
	}
	al := alRes.Pairs
	if len(al) != 0 {
		t.Errorf("got %d pairs for the United States, want none: a former president does not act for it", len(al))
	}
}

func TestAlliancesNoRoles(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	alRes, err := Alliances(context.Background(), st, AllianceQuery{Entity: "Ukraine", NoRoles: true})
	if err != nil {
		t.Fatal(err)
	}
	al := alRes.Pairs
	if len(al) != 1 || al[0].B.Name != "Russia" {
		var got []string
		for _, a := range al {
			got = append(got, a.B.Name)
		}
		t.Errorf("got pairs with %v, want only Russia (the facts that name Ukraine itself)", got)
	}
}

func TestAlliancesDates(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	tests := []struct {
		since, until string
		want         string
	}{
		{"", "", "cooperation 4 2"},
		{"2020", "", "cooperation 1 1"},    // the seed's meeting only
		{"", "2019-12", "cooperation 3 1"}, // the G7 article only
		{"2019-08-24", "2019-08-24", "cooperation 3 1"},
		{"2021", "2024", "none"},
	}
	for _, tt := range tests {
		alRes, err := Alliances(context.Background(), st, AllianceQuery{Entity: "Germany", Since: tt.since, Until: tt.until})
		if err != nil {
			t.Fatal(err)
		}
		al := alRes.Pairs
		got := "none"
		if p := pairOf(al, "Germany", "France"); p != nil {
			got = fmt.Sprintf("%s %d %d", p.Side, p.Score, p.Pieces)
			for _, e := range p.Strongest {
				if !inRangeTest(e.Fact.Date, tt.since, tt.until) {
					t.Errorf("since %q until %q: evidence dated %s", tt.since, tt.until, e.Fact.Date)
				}
			}
		}
		if got != tt.want {
			t.Errorf("Germany - France since %q until %q: got %s, want %s", tt.since, tt.until, got, tt.want)
		}
	}
}

func inRangeTest(date, since, until string) bool {
	return (since == "" || date >= since) && (until == "" || date[:min(len(date), len(until))] <= until)
}

func TestAlliancesLimitAndEvidence(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	alRes, err := Alliances(context.Background(), st, AllianceQuery{Limit: 2, Evidence: 1})
	if err != nil {
		t.Fatal(err)
	}
	al := alRes.Pairs
	sides := map[string]int{}
	for _, a := range al {
		sides[a.Side]++
		if len(a.Strongest) > 1 {
			t.Errorf("%s - %s: got %d pieces shown, want 1", a.A.Name, a.B.Name, len(a.Strongest))
		}
	}
	if sides[SideCooperation] != 2 || sides[SideConflict] != 2 {
		t.Errorf("got %v pairs per side, want 2 cooperation and 2 conflict", sides)
	}
	// The strongest of each side: France - Germany (+4), then Russia - Ukraine (-8).
	if al[0].Score != 4 || al[2].Score != -8 {
		t.Errorf("got scores %d, %d, %d, %d; want the strongest of each side first", al[0].Score, al[1].Score, al[2].Score, al[3].Score)
	}
}

func TestAlliancesErrors(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	_, err := Alliances(context.Background(), st, AllianceQuery{Entity: "Ukrain"})
	var unknown *graph.UnknownNameError
	if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Ukraine" {
		t.Errorf("unknown name: got %v, want an UnknownNameError suggesting Ukraine", err)
	}
	if _, err := Alliances(context.Background(), st, AllianceQuery{Since: "August 2025"}); err == nil || !strings.Contains(err.Error(), "August 2025") {
		t.Errorf("bad date: got %v, want an error naming it", err)
	}
}

// Asking for one entity reads only the facts around it; it must score its pairs as the
// whole store does.
func TestAlliancesEntityMatchesAll(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	ctx := context.Background()
	for _, people := range []bool{false, true} {
		all, err := Alliances(ctx, st, AllianceQuery{People: people, Evidence: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"Ukraine", "Russia", "Germany", "France", "Iran", "Greece", "Libya", "Brazil", "United States"} {
			one, err := Alliances(ctx, st, AllianceQuery{Entity: name, People: people, Evidence: 10})
			if err != nil {
				t.Fatal(err)
			}
			summary := func(a Alliance) string {
				var ev []string
				for _, e := range a.Strongest {
					ev = append(ev, fmt.Sprintf("%+d %s", e.Weight, e.Fact.IRI))
				}
				return fmt.Sprintf("%s %d %d %v", a.Side, a.Score, a.Pieces, ev)
			}
			want := map[string]string{}
			for _, a := range all.Pairs {
				if a.A.Name == name {
					want[a.B.Name] = summary(a)
				} else if a.B.Name == name {
					want[a.A.Name] = summary(a)
				}
			}
			got := map[string]string{}
			for _, a := range one.Pairs {
				got[a.B.Name] = summary(a)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s (people %v):\ngot  %v\nwant %v", name, people, got, want)
			}
		}
	}
}

// An attack's place taken for a participant is not a side: "He was killed last week by a
// United States military airstrike in Iraq" is no conflict between the United States and
// Iraq.
func TestAlliancesAttackPlaceIsNoSide(t *testing.T) {
	b := newCorpusDocBuilder(t, "wikinews-2020.csv", "https://en.wikinews.org//wiki/Stampede_during_funeral_procession_of_Qasem_Soleimani_causes_deaths,_delays_burial")
	us := b.entity(schema.Country, "United States")
	iraq := b.entity(schema.Country, "Iraq")
	iraqPlace := b.entity(schema.Place, "Iraq")
	b.event("attack", "He was killed last week by a United States military airstrike in Iraq.", iraqPlace, "", "", us, iraq)
	st := newTestStore(t, b.doc)
	res, err := Alliances(context.Background(), st, AllianceQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pairs) != 0 {
		t.Errorf("got %d pairs (%s - %s %d), want none", len(res.Pairs), res.Pairs[0].A.Name, res.Pairs[0].B.Name, res.Pairs[0].Score)
	}
	// The same event with the place elsewhere is a conflict.
	b.doc.Events[0].Place = ""
	st = newTestStore(t, b.doc)
	if res, err = Alliances(context.Background(), st, AllianceQuery{}); err != nil {
		t.Fatal(err)
	}
	if len(res.Pairs) != 1 || res.Pairs[0].Score != -4 {
		t.Errorf("without the place: got %+v, want one conflict of -4", res.Pairs)
	}
}

// Event weights go by class: a kind added to a class weighs as the class does.
func TestAlliancesEventWeightByClass(t *testing.T) {
	for _, tt := range []struct {
		kind schema.EventKind
		want int
	}{
		{schema.EventMeeting, +1}, {schema.EventConference, +1}, {schema.EventCall, +1},
		{schema.EventSigning, +2},
		{schema.EventAttack, -4}, {schema.EventShooting, -4}, {schema.EventBombing, -4}, {schema.EventStabbing, -4},
		{schema.EventSanction, -3}, {schema.EventBan, -2},
		{schema.EventElection, 0}, {schema.EventHurricane, 0}, {schema.EventResignation, 0},
	} {
		if got := eventWeight(tt.kind); got != tt.want {
			t.Errorf("eventWeight(%s) = %d, want %d", tt.kind, got, tt.want)
		}
	}
}
