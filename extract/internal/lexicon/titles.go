package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

// TitleKind says what a title word names.
type TitleKind uint8

const (
	// Position is a post or office someone holds: "president", "running mate".
	Position TitleKind = iota + 1
	// Occupation is the work someone does: "drummer", "journalist". A role too.
	Occupation
	// Descriptor is a part someone plays in a story, not a role: "suspect", "victim".
	Descriptor
	// Honorific is a form of address: "Mr", "Dr", "Sheikh".
	Honorific
)

// Title is one entry of the title lexicon: a head and its forms.
type Title struct {
	// Singular is the head in the singular, lower case: "attorney general".
	Singular string
	// Forms are every written form, the singular first: "attorney general",
	// "attorneys general", "attorney-general".
	Forms []string
	Kind  TitleKind
}

// TitleLexicon is the parsed titles.txt.
type TitleLexicon struct {
	// Titles are the positions, occupations, descriptors and honorifics.
	Titles []Title
	// Abbreviations map a written short form, lower case without its dot ("sen"), to the
	// words it stands for ("senator").
	Abbreviations map[string]string
	// Modifiers are words that may stand before a head inside a title ("foreign").
	Modifiers []string
	// Complements may follow "of" or "for" as part of a title ("state", "foreign affairs").
	Complements []string
}

//go:embed titles.txt
var titlesText string

// Titles returns the title lexicon (parsed once).
var Titles = sync.OnceValue(func() *TitleLexicon { return parseTitles(titlesText) })

func parseTitles(text string) *TitleLexicon {
	lx := &TitleLexicon{Abbreviations: map[string]string{}}
	section := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		switch section {
		case "position", "occupation", "descriptor", "honorific":
			kind := map[string]TitleKind{"position": Position, "occupation": Occupation, "descriptor": Descriptor, "honorific": Honorific}[section]
			var forms []string
			for _, f := range strings.Split(line, "|") {
				if f = strings.Join(strings.Fields(f), " "); f != "" {
					forms = append(forms, f)
				}
			}
			if kind != Honorific {
				forms = appendNew(forms, Plural(forms[0]))
			}
			lx.Titles = append(lx.Titles, Title{Singular: forms[0], Forms: forms, Kind: kind})
		case "abbreviation":
			short, long, ok := strings.Cut(line, "=")
			if ok {
				lx.Abbreviations[strings.TrimSpace(short)] = strings.TrimSpace(long)
			}
		case "modifier":
			lx.Modifiers = append(lx.Modifiers, strings.Fields(line)...)
		case "complement":
			lx.Complements = append(lx.Complements, line)
		}
	}
	return lx
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// Plural makes the regular plural of a title: the word before "of" or "-in-" takes it
// ("secretaries of state", "commanders-in-chief"), else the last word ("vice
// presidents", "spokesmen", "attorney generals" is left to the list).
func Plural(title string) string {
	words := strings.Fields(title)
	if len(words) == 0 {
		return title
	}
	k := len(words) - 1
	for i, w := range words {
		if w == "of" && i > 0 {
			k = i - 1
			break
		}
	}
	w := words[k]
	if i := strings.Index(w, "-in-"); i > 0 {
		words[k] = pluralWord(w[:i]) + w[i:]
	} else {
		words[k] = pluralWord(w)
	}
	return strings.Join(words, " ")
}

func pluralWord(w string) string {
	switch {
	case strings.HasSuffix(w, "man") && !strings.HasSuffix(w, "human") && !strings.HasSuffix(w, "shaman"):
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "woman"):
		return w[:len(w)-5] + "women"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}
