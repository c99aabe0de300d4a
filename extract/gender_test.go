package extract

import (
	"strconv"
	"strings"
	"testing"
)

func TestFirstNameGender(t *testing.T) {
	tests := []struct {
		name string
		want gender
	}{
		{"angela", genderFemale},
		{"emmanuel", genderMale},
		{"donald", genderMale}, // from the news supplement: the Moby lists lack it
		{"kamala", genderFemale},
		{"kim", genderUnknown}, // in both lists
		{"volodymyr", genderMale},
		{"xyzzy", genderUnknown},
	}
	names := firstNameGender()
	for _, tt := range tests {
		if got := names[tt.name]; got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestPronouns checks which entity each third-person pronoun outside quotations resolves
// to, on real sentences.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want maps "pronoun@n" (the n-th occurrence of the pronoun, from 1) to the name
		// of the entity it stands for, "" for unresolved.
		want map[string]string
	}{
		{
			name: "subject of the sentence before",
			text: "Secretary of State Marco Rubio, who was also present in Anchorage, struck a more cautious note in interviews. He said both Ukraine and Russia would need to make difficult concessions.",
			want: map[string]string{"He@1": "Marco Rubio"},
		},
		{
			name: "skips a sentence without a person",
			text: "Steve Witkoff said five Ukrainian regions were discussed during the summit, but declined to detail Russia's demands. Moscow currently occupies about 20 percent of Ukraine, including Crimea, most of Donetsk, and nearly all of Luhansk. He acknowledged that the fate of Donetsk would require further negotiation.",
			want: map[string]string{"He@1": "Steve Witkoff"},
		},
		{
			name: "gender from the first name",
			text: "German Chancellor Angela Merkel met French President Emmanuel Macron in Paris. She said the talks went well.",
			want: map[string]string{"She@1": "Angela Merkel"},
		},
		{
			name: "an object of a preposition is not the subject's antecedent",
			text: "Hatice Cengiz spoke in New York. Speaking to Martin Smith of PBS, she said the crown prince had accepted responsibility.",
			want: map[string]string{"she@1": "Hatice Cengiz"},
		},
		{
			name: "pronouns inside quotations are left alone",
			text: "\"I informed John Bolton last night that his services are no longer needed,\" wrote Donald Trump.",
			want: map[string]string{"his@1": ""},
		},
		{
			name: "a pronoun resolved earlier tells the gender",
			text: "U.S. Representative Tulsi Gabbard of Hawaii secured the last delegate from American Samoa, her first delegate of the campaign season. Wednesday, the same day that he dropped out, Michael Bloomberg endorsed his former rival.",
			want: map[string]string{"her@1": "Tulsi Gabbard", "he@1": ""},
		},
		{
			name: "they after people is left alone",
			text: "Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias gathered in Cairo. They concluded that the agreement is void.",
			want: map[string]string{"They@1": ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.text)
			for key, want := range tt.want {
				word, nth, _ := strings.Cut(key, "@")
				off := nthWord(doc.Article.Text, word, nth)
				if off < 0 {
					t.Fatalf("no %s in the text", key)
				}
				got := ""
				for _, e := range doc.Entities {
					for _, m := range e.Mentions {
						if m.Start == off && m.Text == word {
							got = e.Name
						}
					}
				}
				if got != want {
					t.Errorf("%s: got %q, want %q", key, got, want)
				}
			}
		})
	}
}

// nthWord returns the offset of the n-th (from "1") whole-word occurrence of w in text.
func nthWord(text, w, n string) int {
	count := 0
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] != w {
			continue
		}
		if i > 0 && isLetterByte(text[i-1]) || i+len(w) < len(text) && isLetterByte(text[i+len(w)]) {
			continue
		}
		count++
		if strconv.Itoa(count) == n {
			return i
		}
	}
	return -1
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
