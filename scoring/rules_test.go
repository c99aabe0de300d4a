package scoring

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ruleCase is a small gold/extraction pair that exercises one scoring rule. Gold and
// extraction are JSON objects; the gold gets an "article" field added.
type ruleCase struct {
	name string
	part Part
	gold string
	ex   string
	want Counts
	log  []string
}

var ruleCases = []ruleCase{
	// Entities.
	{
		name: "entity names match ignoring case, accents, punctuation, the and 's",
		part: Entities,
		gold: `{"entities": [
			{"type": "Organization", "name": "The New York Times", "aliases": []},
			{"type": "Person", "name": "Volodymyr Zelenskyy", "aliases": ["Zelenskyy"]},
			{"type": "Country", "name": "Côte d'Ivoire", "aliases": []}]}`,
		ex: `{"entities": [
			{"id": "1", "type": "Organization", "name": "new york times"},
			{"id": "2", "type": "Person", "name": "ZELÉNSKYY’s"},
			{"id": "3", "type": "Country", "name": "Cote d Ivoire"}]}`,
		want: Counts{TP: 3, Pred: 3, Gold: 3, TPR: 3},
	},
	{
		name: "U.S. and US are different keys: the gold lists both",
		part: Entities,
		gold: `{"entities": [{"type": "Country", "name": "United States", "aliases": ["US"]}]}`,
		ex:   `{"entities": [{"id": "us", "type": "Country", "name": "U.S."}]}`,
		want: Counts{TP: 0, Pred: 1, Gold: 1, TPR: 0},
		log:  []string{"  entity extra: Country 'U.S.'", "  entity missed: Country 'United States'"},
	},
	{
		name: "a name of the wrong type is an extra and a miss",
		part: Entities,
		gold: `{"entities": [{"type": "Country", "name": "Russia", "aliases": []}]}`,
		ex:   `{"entities": [{"id": "r", "type": "Place", "name": "Russia"}]}`,
		want: Counts{Pred: 1, Gold: 1},
		log:  []string{"  entity extra: Place 'Russia' (gold says Country)", "  entity missed: Country 'Russia'"},
	},
	{
		name: "a second entity for one gold entity is a duplicate",
		part: Entities,
		gold: `{"entities": [{"type": "Person", "name": "Donald Trump", "aliases": ["Trump"]}]}`,
		ex: `{"entities": [
			{"id": "a", "type": "Person", "name": "Donald Trump"},
			{"id": "b", "type": "Person", "name": "Trump"}]}`,
		want: Counts{TP: 1, Pred: 2, Gold: 1, TPR: 1, Dup: 1},
		log:  []string{"  entity duplicate: Person 'Trump'"},
	},
	{
		name: "two gold entities sharing a name are matched in turn, not as duplicates",
		part: Entities,
		gold: `{"entities": [
			{"type": "Person", "name": "George Washington", "aliases": ["Washington"]},
			{"type": "Person", "name": "Denzel Washington", "aliases": ["Washington"]}]}`,
		ex: `{"entities": [
			{"id": "a", "type": "Person", "name": "Washington"},
			{"id": "b", "type": "Person", "name": "Washington"},
			{"id": "c", "type": "Person", "name": "Washington"}]}`,
		want: Counts{TP: 2, Pred: 3, Gold: 2, TPR: 2, Dup: 1},
		log:  []string{"  entity duplicate: Person 'Washington'"},
	},
	{
		name: "optional entities count neither way, of the right type only",
		part: Entities,
		gold: `{"entities": [], "optional_entities": [{"type": "Place", "name": "Moscow", "aliases": []}]}`,
		ex: `{"entities": [
			{"id": "m", "type": "Place", "name": "Moscow"},
			{"id": "n", "type": "Country", "name": "Moscow"}]}`,
		want: Counts{Pred: 1},
		log:  []string{"  entity extra: Country 'Moscow'"},
	},
	{
		name: "an entity is matched by an alias when it has no name",
		part: Entities,
		gold: `{"entities": [{"type": "Organization", "name": "NATO", "aliases": ["North Atlantic Treaty Organization"]}]}`,
		ex:   `{"entities": [{"id": 7, "type": "Organization", "aliases": ["North Atlantic Treaty Organization"]}]}`,
		want: Counts{TP: 1, Pred: 1, Gold: 1, TPR: 1},
	},
	{
		name: "aliases given as one string are its letters, as in score.py",
		part: Entities,
		gold: `{"entities": [{"type": "Country", "name": "X", "aliases": []}]}`,
		ex:   `{"entities": [{"id": 1, "type": "Country", "name": "Xanadu", "aliases": "Xanadu"}]}`,
		want: Counts{TP: 1, Pred: 1, Gold: 1, TPR: 1},
	},

	// Roles.
	{
		name: "one title's words contain the other's",
		part: Roles,
		gold: `{"entities": [
				{"type": "Person", "name": "Steve Witkoff", "aliases": ["Witkoff"]},
				{"type": "Person", "name": "Marco Rubio", "aliases": ["Rubio"]},
				{"type": "Person", "name": "Pete Hegseth", "aliases": []}],
			"roles": [
				{"person": "Steve Witkoff", "title": "envoy", "of": null},
				{"person": "Marco Rubio", "title": "Secretary of State", "of": null},
				{"person": "Pete Hegseth", "title": "Secretary of Defense", "of": null}]}`,
		ex: `{"entities": [{"id": "w", "type": "Person", "name": "Witkoff"}],
			"roles": [
				{"person": "w", "title": "special envoy", "of": null},
				{"person": "Rubio", "title": "State", "of": null},
				{"person": "Pete Hegseth", "title": "Secretary of State", "of": null}]}`,
		want: Counts{TP: 2, Pred: 3, Gold: 3, TPR: 2},
		log:  []string{"  role extra: ['pete hegseth'] 'Secretary of State'", "  role missed: Pete Hegseth 'Secretary of Defense'"},
	},
	{
		name: "of is right, wrong, or not in the gold",
		part: Roles,
		gold: `{"entities": [
				{"type": "Country", "name": "United States", "aliases": ["US"]},
				{"type": "Country", "name": "Russia", "aliases": []}],
			"roles": [
				{"person": "Donald Trump", "title": "President", "of": "United States"},
				{"person": "Vladimir Putin", "title": "President", "of": "Russia"},
				{"person": "Steve Witkoff", "title": "envoy", "of": null}]}`,
		ex: `{"entities": [{"id": "us", "type": "Country", "name": "US"}],
			"roles": [
				{"person": "Trump", "title": "President", "of": "us"},
				{"person": "Donald Trump", "title": "US President", "of": "us"},
				{"person": "Vladimir Putin", "title": "President", "of": "Kremlin"},
				{"person": "Steve Witkoff", "title": "envoy", "of": "us"}]}`,
		want: Counts{TP: 3, Pred: 4, Gold: 3, TPR: 3, OfOK: 1, OfTotal: 2},
		log: []string{
			"  role extra: ['trump'] 'President'",
			"  role 'of' wrong: Vladimir Putin President of 'Russia', got 'Kremlin'",
		},
	},
	{
		name: "a role without a title matches nothing",
		part: Roles,
		gold: `{"roles": [{"person": "Ann Linde", "title": "Foreign Minister", "of": null}]}`,
		ex:   `{"roles": [{"person": "Ann Linde"}, {"person": "Ann Linde", "title": null}]}`,
		want: Counts{Pred: 2, Gold: 1},
		log: []string{
			"  role extra: ['ann linde'] None",
			"  role extra: ['ann linde'] None",
			"  role missed: Ann Linde 'Foreign Minister'",
		},
	},

	// Statements.
	{
		name: "the gold text inside the extracted one, or most of it",
		part: Statements,
		gold: `{"entities": [{"type": "Person", "name": "Marco Rubio", "aliases": ["Rubio"]}],
			"statements": [
			{"speaker": "Marco Rubio", "text": "both Ukraine and Russia would need to make difficult concessions"},
			{"speaker": "Marco Rubio", "text": "major disagreements remained unresolved"},
			{"speaker": "Marco Rubio", "text": "such measures could end dialogue entirely"},
			{"speaker": "Donald Trump", "text": "severe consequences"}]}`,
		ex: `{"statements": [
			{"speaker": "Rubio", "text": "He said both Ukraine and Russia would need to make difficult concessions."},
			{"speaker": "Marco Rubio", "text": "major disagreements remained"},
			{"speaker": "Marco Rubio", "text": "such measures could possibly end the dialogue entirely"},
			{"speaker": "Donald Trump", "text": "severe"}]}`,
		want: Counts{TP: 3, Pred: 4, Gold: 4, TPR: 3, Found: 3},
		log: []string{
			"  statement extra: ['donald trump'] 'severe'",
			"  statement missed: Donald Trump: 'severe consequences'",
		},
	},
	{
		name: "the 80% rule needs three words or more",
		part: Statements,
		gold: `{"statements": [{"speaker": "A", "text": "progress made"}, {"speaker": "A", "text": "we will win this"}]}`,
		ex: `{"statements": [
			{"speaker": "A", "text": "made progress"},
			{"speaker": "A", "text": "this we will surely win"}]}`,
		want: Counts{TP: 1, Pred: 2, Gold: 2, TPR: 1, Found: 1},
		log:  []string{"  statement extra: ['a'] 'made progress'", "  statement missed: A: 'progress made'"},
	},
	{
		name: "a wrong speaker is found but not right",
		part: Statements,
		gold: `{"entities": [{"type": "Person", "name": "Steve Witkoff", "aliases": ["Witkoff"]}],
			"statements": [{"speaker": "Steve Witkoff", "text": "Putin responded positively"}]}`,
		ex:   `{"statements": [{"speaker": "Marco Rubio", "text": "Putin responded positively"}, {"speaker": "Witkoff", "text": "Putin responded positively"}]}`,
		want: Counts{TP: 1, Pred: 2, Gold: 1, TPR: 1, Found: 1},
		log:  []string{"  statement misattributed: 'Steve Witkoff' said 'Putin responded positively', got ['marco rubio']"},
	},
	{
		name: "optional statements are not judged; unnamed speakers never match",
		part: Statements,
		gold: `{"statements": [{"speaker": "Donald Trump", "text": "would not be satisfied without a cease-fire"}],
			"optional_statements": [{"speaker": null, "text": "no such deal had been struck"}]}`,
		ex: `{"statements": [
			{"speaker": null, "text": "no such deal had been struck"},
			{"speaker": null, "text": "would not be satisfied without a cease-fire"}]}`,
		want: Counts{TP: 0, Pred: 1, Gold: 1, TPR: 0, Found: 1},
		log:  []string{"  statement misattributed: 'Donald Trump' said 'would not be satisfied without a cease-fire', got []"},
	},
	{
		name: "one extracted statement can find two gold ones",
		part: Statements,
		gold: `{"statements": [{"speaker": "A", "text": "the war must end"}, {"speaker": "B", "text": "talks resume Monday"}]}`,
		ex:   `{"statements": [{"speaker": "A", "text": "the war must end and talks resume Monday, he said"}]}`,
		want: Counts{TP: 1, Pred: 1, Gold: 2, TPR: 1, Found: 2},
	},
	{
		name: "long texts are cut to 70 characters in the log",
		part: Statements,
		gold: `{"statements": []}`,
		ex:   `{"statements": [{"speaker": "x", "text": "“It’s a very long statement that nobody annotated,” he said, \"and it goes on past seventy.\""}]}`,
		want: Counts{Pred: 1},
		log:  []string{`  statement extra: ['x'] '“It’s a very long statement that nobody annotated,” he said, "and it g'`},
	},

	// Events.
	{
		name: "event kinds in one class and two participants",
		part: Events,
		gold: `{"entities": [{"type": "Place", "name": "Anchorage", "aliases": []}],
			"events": [
				{"type": "summit", "participants": ["Donald Trump", "Vladimir Putin", "Sergey Lavrov"], "place": ["Alaska", "Anchorage"]},
				{"type": "phone call", "participants": ["Emmanuel Macron"], "place": []},
				{"type": "election", "participants": [], "place": []}]}`,
		ex: `{"events": [
				{"type": "Talks", "participants": ["Putin", "Vladimir Putin", "Donald Trump"], "place": "Anchorage"},
				{"kind": "call", "participants": ["Emmanuel Macron"], "place": null},
				{"type": "vote", "participants": []},
				{"type": "attack", "participants": ["Donald Trump", "Vladimir Putin"]}]}`,
		want: Counts{TP: 3, Pred: 4, Gold: 3, TPR: 3, PlaceOK: 1, PlaceTotal: 1},
		log:  []string{"  event extra: 'attack' ['donald trump', 'vladimir putin']"},
	},
	{
		name: "one participant of two is not enough; the place is judged on matches only",
		part: Events,
		gold: `{"events": [{"type": "meeting", "participants": ["Volodymyr Zelensky", "Donald Trump"], "place": ["White House"]}]}`,
		ex: `{"events": [
				{"type": "meeting", "participants": ["Donald Trump"], "place": "White House"},
				{"type": "meeting", "participants": ["Donald Trump", "Zelensky", "Volodymyr Zelensky"], "place": "Oval Office"}]}`,
		want: Counts{TP: 1, Pred: 2, Gold: 1, TPR: 1, PlaceTotal: 1},
		log:  []string{"  event extra: 'meeting' ['donald trump']"},
	},

	// Relations.
	{
		name: "predicates in one class, direction kept, optional relations not judged",
		part: Relations,
		gold: `{"entities": [{"type": "Country", "name": "Russia", "aliases": ["Russian Federation"]}],
			"relations": [
				{"subject": "Russia", "predicate": "occupies", "object": "Crimea"},
				{"subject": "Sweden", "predicate": "memberOf", "object": "NATO"}],
			"optional_relations": [{"subject": "Russia", "predicate": "opposes", "object": "Ukraine"}]}`,
		ex: `{"relations": [
				{"subject": "Russian Federation", "predicate": "controls", "object": "Crimea"},
				{"subject": "NATO", "predicate": "member of", "object": "Sweden"},
				{"subject": "Russia", "predicate": "condemns", "object": "Ukraine"}]}`,
		want: Counts{TP: 1, Pred: 2, Gold: 2, TPR: 1},
		log: []string{
			"  relation extra: ['nato'] member of ['sweden']",
			"  relation missed: Sweden memberOf NATO",
		},
	},

	// Empty parts: score.py's conventions.
	{
		name: "nothing extracted, nothing in the gold",
		part: Relations,
		gold: `{}`,
		ex:   `{"relations": null}`,
		want: Counts{},
	},
}

// ruleGold returns the gold file of a rule case.
func ruleGold(c ruleCase) string {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.gold), "{"))
	if rest != "}" {
		rest = ", " + rest
	}
	return `{"article": "articles/none.txt"` + rest
}

// ruleFiles writes the rule cases as a gold folder and an extracted folder.
func ruleFiles(t *testing.T, cases []ruleCase, ex func(ruleCase) string) (goldDir, exDir string) {
	t.Helper()
	root := t.TempDir()
	goldDir, exDir = filepath.Join(root, "gold"), filepath.Join(root, "extracted")
	for _, d := range []string{goldDir, exDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cases {
		name := fmt.Sprintf("case%02d", i)
		if err := os.WriteFile(filepath.Join(goldDir, name+".json"), []byte(ruleGold(c)), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(exDir, name+".json"), []byte(ex(c)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return goldDir, exDir
}

func TestScoreRules(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.name, func(t *testing.T) {
			g, err := ParseGold("case", "/", []byte(ruleGold(c)))
			if err != nil {
				t.Fatal(err)
			}
			x, err := ParseExtraction([]byte(c.ex))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Score(g, x)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Counts[c.part]; got != c.want {
				t.Errorf("%s: got %+v, want %+v", c.part, got, c.want)
			}
			var log []string // the lines of c.part
			word := map[Part]string{Entities: "  entity ", Roles: "  role ", Statements: "  statement ", Events: "  event ", Relations: "  relation "}[c.part]
			for _, l := range a.Log {
				if strings.HasPrefix(l, word) {
					log = append(log, l)
				}
			}
			if !equalLines(log, c.log) {
				t.Errorf("log: got %q, want %q", log, c.log)
			}
		})
	}
}

// TestScoreRulesMatchScorePy checks the expectations of the rule cases against score.py.
func TestScoreRulesMatchScorePy(t *testing.T) {
	python(t)
	goldDir, exDir := ruleFiles(t, ruleCases, func(c ruleCase) string { return c.ex })
	job := pyJob{Gold: goldDir, Extracted: exDir}
	compareJob(t, job, pyBatch(t, []pyJob{job})[0])
}

func TestPRF(t *testing.T) {
	for _, c := range []struct {
		name    string
		c       Counts
		p, r, f float64
	}{
		{"nothing extracted, nothing in the gold", Counts{}, 1, 1, 1},
		{"nothing extracted", Counts{Gold: 3}, 0, 0, 0},
		{"nothing in the gold", Counts{Pred: 2}, 0, 1, 0},
		{"all wrong", Counts{Pred: 2, Gold: 2}, 0, 0, 0},
		{"precision apart from recall", Counts{TP: 3, Pred: 4, Gold: 5, TPR: 2}, 0.75, 0.4, 0.5217391304347827}, // as Python computes it
	} {
		p, r, f := c.c.PRF()
		if p != c.p || r != c.r || f != c.f {
			t.Errorf("%s: got %v %v %v, want %v %v %v", c.name, p, r, f, c.p, c.r, c.f)
		}
	}
}

// TestScoreErrors covers inputs on which score.py stops with an exception: Score returns
// a *ScoreError, and TestScoreErrorsMatchScorePy checks that score.py does stop.
var errorCases = []ruleCase{
	{name: "extraction is a list", gold: `{}`, ex: `[]`},
	{name: "an entity is a string", gold: `{}`, ex: `{"entities": ["Trump"]}`},
	{name: "aliases is a number", gold: `{}`, ex: `{"entities": [{"name": "Trump", "aliases": 3}]}`},
	{name: "an unmatched statement's text is null", gold: `{}`, ex: `{"statements": [{"speaker": "x", "text": null}]}`},
	{name: "a gold entity has no type", gold: `{"entities": [{"name": "Trump"}]}`, ex: `{"entities": [{"type": "Person", "name": "Trump"}]}`},
	{name: "a gold event has null participants", gold: `{"events": [{"type": "summit", "participants": null}]}`, ex: `{"events": [{"type": "summit"}]}`},
	{name: "gold entities are null", gold: `{"entities": null}`, ex: `{}`},
}

func TestScoreErrors(t *testing.T) {
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			g, err := ParseGold("case", "/", []byte(ruleGold(c)))
			if err != nil {
				t.Fatal(err)
			}
			x, err := ParseExtraction([]byte(c.ex))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Score(g, x)
			var se *ScoreError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a *ScoreError", err)
			}
			if !strings.HasPrefix(se.Error(), "score case: ") {
				t.Errorf("got message %q, want it to name the gold file", se.Error())
			}
		})
	}
}

func TestScoreErrorsMatchScorePy(t *testing.T) {
	python(t)
	goldDir, exDir := ruleFiles(t, errorCases, func(c ruleCase) string { return c.ex })
	job := pyJob{Gold: goldDir, Extracted: exDir}
	compareJob(t, job, pyBatch(t, []pyJob{job})[0])
}
