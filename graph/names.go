package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"

	"newsgraph/schema"
)

// FoldName is the form names are compared in: lower case, accents dropped, dots dropped
// ("U.S." = "US"), other punctuation made a space, spaces collapsed, a leading "the"
// dropped. "Volodymyr Zelénskyy" and "volodymyr zelenskyy" fold alike.
func FoldName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// UnknownNameError reports a name that no stored entity goes by, with the names of close
// matches.
type UnknownNameError struct {
	Name string
	// Type is the entity type looked for, or "" for any.
	Type schema.EntityType
	// Suggestions are the canonical names of the closest entities, best first.
	Suggestions []string
}

func (e *UnknownNameError) Error() string {
	what := "entity"
	if e.Type != "" {
		what = strings.ToLower(string(e.Type))
	}
	msg := fmt.Sprintf("no %s named %q", what, e.Name)
	if len(e.Suggestions) > 0 {
		q := make([]string, len(e.Suggestions))
		for i, s := range e.Suggestions {
			q[i] = fmt.Sprintf("%q", s)
		}
		msg += "; did you mean " + strings.Join(q, ", ") + "?"
	}
	return msg
}

// maxSuggestions is the number of close matches an UnknownNameError carries at most.
const maxSuggestions = 5

// LookupEntity returns the entities of type t (any type when t is "") that go by name,
// by their canonical name or any alias, ignoring case, accents and punctuation. Entities
// whose canonical name matches come first, then by mentions. When none matches, the
// error is an *UnknownNameError with close matches.
func (s *Store) LookupEntity(ctx context.Context, name string, t schema.EntityType) ([]Entity, error) {
	return s.lookupEntity(ctx, nil, name, t)
}

func (s *Store) lookupEntity(ctx context.Context, rd *Reader, name string, t schema.EntityType) ([]Entity, error) {
	if FoldName(name) == "" {
		return nil, &UnknownNameError{Name: name, Type: t}
	}
	key := FoldName(name)
	var found []Entity
	var all []Entity // when nothing is found: the entities to suggest from
	err := s.readWith(ctx, rd, func(r *reader) error {
		ids, err := r.subjects(schema.NameKey, quad.String(key))
		if err != nil {
			return err
		}
		es, err := r.loadEntities(ids)
		if err != nil {
			return err
		}
		for _, e := range es {
			if (t == "" || e.Type == t) && anyName(e, func(s string) bool { return s == key }) {
				found = append(found, e)
			}
		}
		if len(found) == 0 {
			all, err = r.entities(EntityFilter{Type: t})
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("look up %q: %w", name, err)
	}
	if len(found) == 0 {
		return nil, &UnknownNameError{Name: name, Type: t, Suggestions: Suggest(name, all, maxSuggestions)}
	}
	sort.SliceStable(found, func(i, j int) bool {
		ci, cj := FoldName(found[i].Name) == key, FoldName(found[j].Name) == key
		if ci != cj {
			return ci
		}
		return found[i].Mentions > found[j].Mentions
	})
	return found, nil
}

// Suggest returns the canonical names of up to n entities whose names are close to name:
// within a small edit distance, starting with it, or sharing a word with it. The closest
// come first; ties go to the entity mentioned most.
func Suggest(name string, entities []Entity, n int) []string {
	key := FoldName(name)
	if key == "" {
		return nil
	}
	keyWords := strings.Fields(key)
	type scored struct {
		name     string
		score    int // lower is closer
		mentions int
	}
	var cands []scored
	for _, e := range entities {
		best := -1
		for _, nm := range e.Names() {
			if sc := closeness(key, keyWords, FoldName(nm)); sc >= 0 && (best < 0 || sc < best) {
				best = sc
			}
		}
		if best >= 0 {
			cands = append(cands, scored{e.Name, best, e.Mentions})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		if cands[i].mentions != cands[j].mentions {
			return cands[i].mentions > cands[j].mentions
		}
		return cands[i].name < cands[j].name
	})
	var out []string
	seen := map[string]bool{}
	for _, c := range cands {
		if len(out) == n {
			break
		}
		if !seen[c.name] {
			seen[c.name] = true
			out = append(out, c.name)
		}
	}
	return out
}

// closeness scores how close the folded candidate c is to the folded query key (lower is
// closer), or -1 when it is not close at all.
func closeness(key string, keyWords []string, c string) int {
	if c == "" {
		return -1
	}
	// Typos: the whole name, or one of its words, a few edits away.
	limit := maxEdits(key)
	if d := editDistance(key, c); d <= limit {
		return d
	}
	words := strings.Fields(c)
	for _, w := range words {
		if d := editDistance(key, w); d <= limit {
			return d + 1
		}
	}
	// The start of the name or of one of its words.
	if len([]rune(key)) >= 2 {
		if strings.HasPrefix(c, key) {
			return limit + 2
		}
		for _, w := range words {
			if strings.HasPrefix(w, key) {
				return limit + 3
			}
		}
	}
	// A word in common (short words such as "of" do not count).
	for _, kw := range keyWords {
		if len([]rune(kw)) < 3 {
			continue
		}
		for _, w := range words {
			if w == kw {
				return limit + 4
			}
		}
	}
	return -1
}

// maxEdits is the edit distance still taken for a typo of key.
func maxEdits(key string) int {
	switch n := len([]rune(key)); {
	case n <= 3:
		return 1
	case n <= 8:
		return 2
	default:
		return 3
	}
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
