package lexicon

import (
	"strings"
	"testing"
)

func TestLookups(t *testing.T) {
	tests := []struct {
		word      string
		common    bool
		firstName bool
	}{
		{"costume", true, false},
		{"Special", true, false},
		{"aardvark", true, false},
		{"zygote", true, false},
		{"witkoff", false, false},
		{"Angela", false, true},
		{"Mike", true, true},
		{"Aaron", false, true},
		{"Qwxyz", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := IsCommonWord(tt.word); got != tt.common {
			t.Errorf("IsCommonWord(%q): got %v, want %v", tt.word, got, tt.common)
		}
		if got := IsFirstName(tt.word); got != tt.firstName {
			t.Errorf("IsFirstName(%q): got %v, want %v", tt.word, got, tt.firstName)
		}
	}
}

// TestEveryEntryFound checks the search against every entry of both lists, and a
// neighbour that is not in the list.
func TestEveryEntryFound(t *testing.T) {
	for name, list := range map[string]string{"commonWords": commonWords, "firstNames": firstNames} {
		for _, w := range strings.Split(strings.Trim(list, "\n"), "\n") {
			if !search(list, w) {
				t.Fatalf("%s: %q not found", name, w)
			}
			if search(list, w+"\x01") {
				t.Fatalf("%s: %q found", name, w+"\x01")
			}
		}
	}
}

func BenchmarkIsCommonWord(b *testing.B) {
	for i := 0; i < b.N; i++ {
		IsCommonWord("questionnaire")
	}
}

func TestTitles(t *testing.T) {
	lx := Titles()
	kinds := map[string]TitleKind{}
	singular := map[string]string{}
	for _, tt := range lx.Titles {
		for _, f := range tt.Forms {
			if _, ok := kinds[f]; !ok {
				kinds[f], singular[f] = tt.Kind, tt.Singular
			}
		}
	}
	tests := []struct {
		form, singular string
		kind           TitleKind
	}{
		{"president", "president", Position},
		{"running mates", "running mate", Position},
		{"attorneys general", "attorney general", Position},
		{"secretaries of state", "secretary of state", Position},
		{"spokeswomen", "spokeswoman", Position},
		{"chiefs of staff", "chief of staff", Position},
		{"whip", "whip", Position},
		{"drummer", "drummer", Occupation},
		{"businessmen", "businessman", Occupation},
		{"suspect", "suspect", Descriptor},
		{"mr", "mr", Honorific},
	}
	for _, tt := range tests {
		if kinds[tt.form] != tt.kind || singular[tt.form] != tt.singular {
			t.Errorf("%q: got %q kind %d, want %q kind %d", tt.form, singular[tt.form], kinds[tt.form], tt.singular, tt.kind)
		}
	}
	for short, long := range map[string]string{"sen": "senator", "gov": "governor", "lt": "lieutenant", "reps": "representatives"} {
		if got := lx.Abbreviations[short]; got != long {
			t.Errorf("abbreviation %q: got %q, want %q", short, got, long)
		}
	}
	if len(lx.Modifiers) < 100 || len(lx.Complements) < 30 {
		t.Errorf("got %d modifiers and %d complements, want the whole lists", len(lx.Modifiers), len(lx.Complements))
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"senator": "senators", "secretary": "secretaries", "chairman": "chairmen", "congresswoman": "congresswomen",
		"head of state": "heads of state", "commander-in-chief": "commanders-in-chief", "boss": "bosses", "envoy": "envoys",
	} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q): got %q, want %q", in, got, want)
		}
	}
}
