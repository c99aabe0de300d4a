package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/schema"
)

func TestLoadAliasesExample(t *testing.T) {
	a, err := LoadAliases(filepath.Join("..", "examples", "aliases.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		t          schema.EntityType
		name, want string
		ok         bool
	}{
		{schema.Person, "Zelenskyy", "Volodymyr Zelensky", true},
		{schema.Person, "volodymyr zelenskyy", "Volodymyr Zelensky", true},
		{schema.Organization, "Daesh", "Islamic State", true},
		{schema.Place, "Kiev", "Kyiv", true},
		{schema.Organization, "Zelenskyy", "", false},
		{schema.Person, "Vladimir Putin", "", false},
	}
	for _, tt := range tests {
		got, ok := a.Canonical(tt.t, tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Canonical(%s, %q): got %q %v, want %q %v", tt.t, tt.name, got, ok, tt.want, tt.ok)
		}
	}
	if !a.Split("George W. Bush", "george h. w. bush") || a.Split("George W. Bush", "Boris Johnson") {
		t.Errorf("got split rules %v, want the Bushes apart and nothing said of the others", a.Separate)
	}
}

func TestParseAliasesErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown type", "merge:\n  - type: Planet\n    names: [Mars]\n", `unknown type "Planet"`},
		{"no names", "merge:\n  - type: Person\n    names: []\n", "no names"},
		{"name in two rules", "merge:\n  - type: Person\n    names: [A B, C D]\n  - type: Person\n    names: [E F, c d]\n", `"c d" is already merged into "A B"`},
		{"lonely split", "split:\n  - [Only One]\n", "at least two names"},
		{"unknown key", "merges: []\n", "field merges not found"},
		{"not yaml", "merge: [\n", "parse yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAliases([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := LoadAliases(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "read aliases file") {
		t.Errorf("got %v, want a read error", err)
	}
	if a, err := ParseAliases(nil); err != nil || a == nil {
		t.Errorf("empty file: got %v %v, want no rules and no error", a, err)
	}
}

// TestAliasesInPipeline: a merge rule renames what the article spells otherwise; a split
// rule (and differing middle initials) keeps two people apart.
func TestAliasesInPipeline(t *testing.T) {
	a, err := ParseAliases([]byte("merge:\n  - type: Person\n    names: [Volodymyr Zelensky, Volodymyr Zelenskyy]\nsplit:\n  - [John Bolton, John R. Bolton]\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc := entityPipeline(t, Options{Aliases: a}, "Ukrainian President Volodymyr Zelenskyy is scheduled to meet Trump at the White House on Monday. Zelenskyy, wary of being pressured, said no.")
	if got := personID(t, doc, "Zelenskyy"); got != "person/volodymyr-zelensky" {
		t.Errorf("got %s, want person/volodymyr-zelensky", got)
	}
	doc = entityPipeline(t, Options{Aliases: a}, "I informed John Bolton last night. National security advisor John R. Bolton resigned.")
	if a, b := personID(t, doc, "John Bolton"), personID(t, doc, "John R. Bolton"); a == b {
		t.Errorf("got one entity %s for both, want them apart", a)
	}
	doc = entityPipeline(t, Options{}, "Bolton previously served under former president George W. Bush. His father George H. W. Bush was president too.")
	if a, b := personID(t, doc, "George W. Bush"), personID(t, doc, "George H. W. Bush"); a == b {
		t.Errorf("got one entity %s for both Bushes, want two", a)
	}
}

func FuzzParseAliases(f *testing.F) {
	f.Add([]byte("merge:\n  - type: Person\n    names: [Donald Trump, Trump]\nsplit:\n  - [A, B]\n"))
	f.Add([]byte("split: [[x, y, z]]"))
	f.Add([]byte("merge: [{type: Place, names: ['Kyiv', 'Kiev']}]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseAliases(b)
		if err != nil {
			return
		}
		// Every merged name resolves to its rule's canonical name.
		for _, m := range a.Merge {
			for _, n := range m.Names {
				if got, ok := a.Canonical(m.typ, n); !ok || got != m.Names[0] {
					t.Errorf("Canonical(%s, %q) = %q, %v", m.typ, n, got, ok)
				}
			}
		}
	})
}
