package scoring

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize is the key score.py compares names, titles and quoted texts by (its norm):
// compatibility-decomposed (NFKD) with combining marks dropped ("Zelenskyy" and
// "Zelenskyy", "Sánchez" and "Sanchez" meet), curly quotes made straight, lower case, "'s"
// removed at the end of a word, every run of characters other than a-z and 0-9 made one
// space, trimmed, and a leading "the " removed.
//
//	Normalize("The New York Times")  // "new york times"
//	Normalize("Trump’s envoy")       // "trump envoy"
func Normalize(s string) string {
	var b strings.Builder
	if !isASCII(s) { // ASCII is its own NFKD and has no combining marks
		s = norm.NFKD.String(s)
		b.Grow(len(s))
		for i := 0; i < len(s); {
			p := norm.NFKD.PropertiesString(s[i:])
			n := max(p.Size(), 1)
			if p.CCC() == 0 { // unicodedata.combining(c) == 0
				b.WriteString(s[i : i+n])
			}
			i += n
		}
		s = b.String()
	}
	s = quotes.Replace(s)
	s = strings.ToLower(s)
	s = dropPossessive(s)

	// [^a-z0-9 ]+ -> " ", then \s+ -> " ", strip.
	b.Reset()
	space := true // drops leading spaces
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	s = strings.TrimSuffix(b.String(), " ")
	return strings.TrimPrefix(s, "the ")
}

var quotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// dropPossessive removes "'s" where a word boundary follows it: re.sub(r"'s\b", "", s)
// with Python's Unicode word characters.
func dropPossessive(s string) string {
	if !strings.Contains(s, "'s") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "'s") {
			if !isWordRune(firstRune(s[i+2:])) {
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return -1
}

// isWordRune is Python's \w for str patterns: alphanumeric (letters and numbers) or "_".
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// nameSet is a set of normalized names.
type nameSet map[string]struct{}

func (s nameSet) add(names ...string) {
	for _, n := range names {
		s[n] = struct{}{}
	}
}

func (s nameSet) union(o nameSet) {
	for n := range o {
		s[n] = struct{}{}
	}
}

func (s nameSet) has(n string) bool {
	_, ok := s[n]
	return ok
}

// meets is bool(s & o).
func (s nameSet) meets(o nameSet) bool {
	if len(o) < len(s) {
		s, o = o, s
	}
	for n := range s {
		if o.has(n) {
			return true
		}
	}
	return false
}

// firstSorted is repr(sorted(s)[:n]).
func (s nameSet) firstSorted(n int) string {
	names := make([]string, 0, len(s))
	for k := range s {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(names) > n {
		names = names[:n]
	}
	items := make([]any, len(names))
	for i, k := range names {
		items[i] = k
	}
	return pyRepr(items)
}
