package graph_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph/graph"
)

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Marco Rubio", "marco rubio"},
		{"  marco   RUBIO ", "marco rubio"},
		{"Ricardo Rosselló Nevares", "ricardo rossello nevares"},
		{"U.S.", "us"},
		{"US", "us"},
		{"The New York Times", "new york times"},
		{"Côte d’Ivoire", "cote d ivoire"},
		{"Trump’s", "trump s"},
		{"Donald J. Trump", "donald j trump"},
		{"...", ""},
	}
	for _, tc := range tests {
		if got := graph.FoldName(tc.in); got != tc.want {
			t.Errorf("FoldName(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	ents := []graph.Entity{
		{EntityRef: graph.EntityRef{Name: "Marco Rubio"}, Aliases: []string{"Rubio"}, Mentions: 3},
		{EntityRef: graph.EntityRef{Name: "Puerto Rico"}, Mentions: 9},
		{EntityRef: graph.EntityRef{Name: "Steve Witkoff"}, Aliases: []string{"Witkoff"}, Mentions: 4},
		{EntityRef: graph.EntityRef{Name: "Mike Pompeo"}, Aliases: []string{"Pompeo"}, Mentions: 2},
	}
	tests := []struct {
		name string
		want []string
	}{
		{"Rubo", []string{"Marco Rubio", "Puerto Rico"}}, // one edit from Rubio, two from Rico
		{"witkof", []string{"Steve Witkoff"}},
		{"Ste", []string{"Steve Witkoff"}},            // a prefix
		{"Secretary Pompeo", []string{"Mike Pompeo"}}, // a shared word
		{"of", nil}, // short words are no evidence
		{"Kremlin", nil},
	}
	for _, tc := range tests {
		got := graph.Suggest(tc.name, ents, 5)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Suggest(%q): got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Names come from the command line and the HTTP API: folding and suggesting must never
// panic, and folding is stable.
func FuzzFoldName(f *testing.F) {
	for _, s := range []string{"Marco Rubio", "Ricardo Rosselló Nevares", "U.S.", "Côte d’Ivoire", "", "\xff\xfe", "ǅemal", "ﬁnance", "İstanbul"} {
		f.Add(s)
	}
	ents := []graph.Entity{
		{EntityRef: graph.EntityRef{Name: "Marco Rubio"}, Aliases: []string{"Rubio"}},
		{EntityRef: graph.EntityRef{Name: "Ricardo Rosselló Nevares"}, Aliases: []string{"Rosselló"}},
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := graph.FoldName(s)
		if again := graph.FoldName(k); again != k {
			t.Errorf("FoldName(%q) = %q, but FoldName(%q) = %q", s, k, k, again)
		}
		if !utf8.ValidString(k) || strings.Contains(k, "  ") || strings.TrimSpace(k) != k {
			t.Errorf("FoldName(%q) = %q: not clean text", s, k)
		}
		for _, sug := range graph.Suggest(s, ents, 5) {
			if sug != "Marco Rubio" && sug != "Ricardo Rosselló Nevares" {
				t.Errorf("Suggest(%q) invented %q", s, sug)
			}
		}
	})
}
