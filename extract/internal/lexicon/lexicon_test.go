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
