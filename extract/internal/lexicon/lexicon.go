// Package lexicon holds the word lists the entity and role stages read. It answers two
// questions asked of a capitalised word: is it a common English word ("Special",
// "Costume"), and is it an English first name ("Angela", "Mike")? Those lists are
// generated Go data (see gen/), searched in place, so they cost nothing at start-up.
// It also holds the title lexicon (titles.txt): the positions, occupations, honorifics,
// short forms, modifiers and complements of the titles news gives people.
//
//	lexicon.IsCommonWord("costume")      // true
//	lexicon.IsFirstName("Angela")        // true
//	lexicon.Titles().Abbreviations["sen"] // "senator"
package lexicon

//go:generate sh -c "go run ./gen -words /usr/share/dict/american-english -names $NAMES > lexicon_data.go"

import "strings"

// IsCommonWord reports whether w (in lower case) is a common English word.
func IsCommonWord(w string) bool { return search(commonWords, strings.ToLower(w)) }

// IsFirstName reports whether w (capitalised: "Angela") is an English first name.
func IsFirstName(w string) bool { return search(firstNames, w) }

// search looks w up in list, a sorted list of lines (binary search over byte offsets:
// each probe reads the line holding the middle byte).
func search(list, w string) bool {
	if w == "" || strings.ContainsRune(w, '\n') {
		return false
	}
	lo, hi := 0, len(list)
	for lo < hi {
		mid := lo + (hi-lo)/2
		s := strings.LastIndexByte(list[:mid], '\n') + 1
		if s < lo {
			s = lo
		}
		e := strings.IndexByte(list[s:], '\n')
		if e < 0 {
			e = len(list)
		} else {
			e += s
		}
		switch line := list[s:e]; {
		case line == w:
			return true
		case line < w:
			lo = e + 1
		default:
			hi = s
		}
	}
	return false
}
