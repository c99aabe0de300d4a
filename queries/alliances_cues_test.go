package queries

import (
	"fmt"
	"testing"

	"newsgraph/graph"
)

// The statements are real: Wikinews articles of testdata/corpus and testdata/eval.
func TestStanceOf(t *testing.T) {
	fold := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, graph.FoldName(n))
		}
		return out
	}
	tests := []struct {
		name       string
		text, cue  string
		candidates [][]string
		wantSign   int
		wantTarget []int
	}{
		{
			name:       "support for a named country",
			text:       "The president of Turkey vowed support for Azerbaijan, while Russia called for a cessation of fighting.",
			candidates: [][]string{fold("Russia"), fold("Azerbaijan")},
			wantSign:   +1, wantTarget: []int{1},
		},
		{
			name:       "blaming, as a participle",
			text:       "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks",
			candidates: [][]string{fold("Iran")},
			wantSign:   -1, wantTarget: []int{0},
		},
		{
			name:       "two targets joined by and",
			text:       "Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States for the attack.",
			candidates: [][]string{fold("United States", "US"), fold("Israel")},
			wantSign:   -1, wantTarget: []int{1, 0},
		},
		{
			name:       "a modifier qualifies the noun after it, not the entity",
			text:       "The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century",
			candidates: [][]string{fold("Emmanuel Macron", "Macron")},
			wantSign:   0,
		},
		{
			name:       "a modifier of a name after it",
			text:       "It is the AIP position that while foreign tourists (or illegal immigrants) are IN US jurisdiction, they are not UNDER it",
			candidates: [][]string{fold("United States", "US")},
			wantSign:   0,
		},
		{
			name:       "the only entity named, hostile verb",
			text:       "he would accuse the Iranian government of seeking nuclear weapons",
			candidates: [][]string{fold("Iranian government")},
			wantSign:   -1, wantTarget: []int{0},
		},
		{
			name:       "a named subject's stance",
			text:       "the Libyan House of Representatives rejected the demarcation",
			candidates: [][]string{fold("Libyan House of Representatives")},
			wantSign:   0,
		},
		{
			name:       "a relative clause's stance",
			text:       "him to move forward with the presidential transition, such as former New Jersey governor Chris Christie, who denounced the efforts of Trump",
			candidates: [][]string{fold("Donald Trump", "Trump")},
			wantSign:   0,
		},
		{
			name:       "condemning an attack says nothing of its victim",
			text:       "The spokesperson for the German government strongly condemned the attack on Navalny",
			candidates: [][]string{fold("Alexei Navalny", "Navalny")},
			wantSign:   0,
		},
		{
			name:       "someone else's support",
			text:       "ongoing repression of the Cuban people and its support for Nicolás Maduro in Venezuela",
			candidates: [][]string{fold("Nicolás Maduro"), fold("Venezuela")},
			wantSign:   0,
		},
		{
			name:       "no stance",
			text:       "both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize",
			candidates: [][]string{fold("Ukraine"), fold("Russia")},
			wantSign:   0,
		},
		{
			name:       "negated",
			text:       "Pompeo also said the US would not support Bolton's idea",
			candidates: [][]string{fold("John Bolton", "Bolton")},
			wantSign:   0,
		},
		{
			name:       "a name inside the subject is not the target",
			text:       "Those who want to link the region's incidents to the Islamic Republic of Iran are lying like their past lies that have been revealed",
			candidates: [][]string{fold("Iran", "Islamic Republic of Iran")},
			wantSign:   0,
		},
		{
			name:       "blame noun after the name",
			text:       "The Azerbaijanis state they were responding to Armenian aggression",
			candidates: [][]string{fold("Armenia", "Armenian")},
			wantSign:   -1, wantTarget: []int{0},
		},
		{
			name:       "blame noun before its victim",
			text:       "an aggression on Iraq as a state, government and people",
			candidates: [][]string{fold("Iraq")},
			wantSign:   0,
		},
		{
			name:       "stance cue, target first in the text",
			text:       "Johnson of misleading the Queen",
			cue:        "accuse",
			candidates: [][]string{fold("Boris Johnson", "Johnson")},
			wantSign:   -1, wantTarget: []int{0},
		},
		{
			name:       "support and hostility to different entities: no stance",
			text:       "we support Greece and condemn Turkey",
			candidates: [][]string{fold("Greece"), fold("Turkey")},
			wantSign:   0,
		},
		{
			name:       "a phrase",
			text:       "We stand with Ukraine",
			candidates: [][]string{fold("Ukraine")},
			wantSign:   +1, wantTarget: []int{0},
		},
		{
			name:       "several candidates and no target: no stance",
			text:       "the agreement is illegal",
			candidates: [][]string{fold("Turkey"), fold("Libya")},
			wantSign:   0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sign, targets, word := stanceOf(tt.text, tt.cue, tt.candidates)
			if sign != tt.wantSign || fmt.Sprint(targets) != fmt.Sprint(tt.wantTarget) && tt.wantSign != 0 {
				t.Errorf("stanceOf(%q) = sign %d, targets %v (cue %q); want sign %d, targets %v", tt.text, sign, targets, word, tt.wantSign, tt.wantTarget)
			}
		})
	}
}

func TestIsOffice(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"President", true},
		{"Chancellor", true},
		{"foreign minister", true},
		{"Secretary of State", true},
		{"envoy", true},
		{"spokesperson", true},
		{"Prime Minister", true},
		{"AU chairperson", true},
		{"opposition leader", false},
		{"outspoken critic", false},
		{"former president", false},
		{"presidential candidate", false},
		{"journalist", false},
		{"student", false},
	}
	for _, tt := range tests {
		if got := isOffice(tt.title); got != tt.want {
			t.Errorf("isOffice(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// stanceOf reads text from articles: whatever the text, it must not panic, and its targets
// must be candidates.
func FuzzStanceOf(f *testing.F) {
	f.Add("blamed both Israel and the United States for the attack", "blame", "Israel", "United States")
	f.Add("Those who want to link the region's incidents to Iran are lying", "", "Iran", "")
	f.Add("an aggression on Iraq as a state", "say", "Iraq", "the")
	f.Add("and and the", "accuse", "and", "the")
	f.Fuzz(func(t *testing.T, text, cue, a, b string) {
		cands := [][]string{{graph.FoldName(a)}, {graph.FoldName(b), ""}}
		sign, targets, _ := stanceOf(text, cue, cands)
		if sign == 0 && len(targets) > 0 || sign != 0 && len(targets) == 0 || sign < -1 || sign > 1 {
			t.Fatalf("sign %d with targets %v", sign, targets)
		}
		for _, i := range targets {
			if i < 0 || i >= len(cands) {
				t.Fatalf("target %d of %d candidates", i, len(cands))
			}
		}
	})
}
