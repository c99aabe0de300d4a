package scoring

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Synthetic extractions built from the gold files, to compare the Go scorer with score.py
// on many kinds of output: perfect, partial, noisy and randomly mutated.

type synthEntity struct {
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

type synthGold struct {
	Entities         []synthEntity `json:"entities"`
	OptionalEntities []synthEntity `json:"optional_entities"`
	Roles            []struct {
		Person string  `json:"person"`
		Title  string  `json:"title"`
		Of     *string `json:"of"`
	} `json:"roles"`
	Statements []struct {
		Speaker *string `json:"speaker"`
		Text    string  `json:"text"`
	} `json:"statements"`
	OptionalStatements []struct {
		Speaker *string `json:"speaker"`
		Text    string  `json:"text"`
	} `json:"optional_statements"`
	Events []struct {
		Type         string   `json:"type"`
		Participants []string `json:"participants"`
		Place        []string `json:"place"`
	} `json:"events"`
	Relations []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
	} `json:"relations"`
	OptionalRelations []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
	} `json:"optional_relations"`
}

// loadSynthGolds reads every gold file of dir by name.
func loadSynthGolds(t testing.TB, dir string) map[string]*synthGold {
	t.Helper()
	files, err := GoldFiles(dir, "")
	if err != nil || len(files) == 0 {
		t.Fatalf("gold files in %s: %v (%d)", dir, err, len(files))
	}
	out := map[string]*synthGold{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g synthGold
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = &g
	}
	return out
}

// goldAsExtraction turns the gold into the extraction a perfect extractor would give, with
// references by id.
func goldAsExtraction(g *synthGold) map[string]any {
	ids := map[string]string{}
	var ents []any
	for i, e := range g.Entities {
		id := fmt.Sprintf("%s/%d", strings.ToLower(e.Type), i)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, ok := ids[n]; !ok {
				ids[n] = id
			}
		}
		ents = append(ents, map[string]any{"id": id, "type": e.Type, "name": e.Name, "aliases": e.Aliases})
	}
	ref := func(name string) any {
		if id, ok := ids[name]; ok {
			return id
		}
		return name
	}
	var roles, stmts, events, rels []any
	for _, r := range g.Roles {
		var of any
		if r.Of != nil {
			of = ref(*r.Of)
		}
		roles = append(roles, map[string]any{"person": ref(r.Person), "title": r.Title, "of": of})
	}
	for _, s := range g.Statements {
		var sp any
		if s.Speaker != nil {
			sp = ref(*s.Speaker)
		}
		stmts = append(stmts, map[string]any{"speaker": sp, "text": s.Text, "kind": "direct"})
	}
	for _, e := range g.Events {
		parts := []any{}
		for _, p := range e.Participants {
			parts = append(parts, ref(p))
		}
		var place any
		if len(e.Place) > 0 {
			place = ref(e.Place[0])
		}
		events = append(events, map[string]any{"type": e.Type, "participants": parts, "place": place})
	}
	for _, r := range g.Relations {
		rels = append(rels, map[string]any{"subject": ref(r.Subject), "predicate": r.Predicate, "object": ref(r.Object)})
	}
	return map[string]any{"entities": ents, "roles": roles, "statements": stmts, "events": events, "relations": rels}
}

// partialExtraction keeps every other item of the perfect extraction and shortens titles
// and texts.
func partialExtraction(g *synthGold) map[string]any {
	doc := goldAsExtraction(g)
	for _, k := range []string{"entities", "roles", "statements", "events", "relations"} {
		items, _ := doc[k].([]any)
		var kept []any
		for i, it := range items {
			if i%2 == 0 {
				kept = append(kept, it)
			}
		}
		doc[k] = kept
	}
	for _, r := range doc["roles"].([]any) {
		m := r.(map[string]any)
		if w := strings.Fields(m["title"].(string)); len(w) > 1 {
			m["title"] = w[len(w)-1] // "Secretary of State" -> "State"
		}
	}
	for _, s := range doc["statements"].([]any) {
		m := s.(map[string]any)
		w := strings.Fields(m["text"].(string))
		m["text"] = strings.Join(w[:(len(w)+1)/2], " ")
	}
	return doc
}

// noisyExtraction has duplicates (every entity again under one alias), wrong speakers,
// wrong types, invented entities, plain names and entity objects as references, the
// optional items, synonyms and swapped relations.
func noisyExtraction(g *synthGold) map[string]any {
	doc := goldAsExtraction(g)
	ents := doc["entities"].([]any)
	for i, e := range g.Entities {
		if len(e.Aliases) > 0 {
			ents = append(ents, map[string]any{"id": fmt.Sprintf("dup/%d", i), "type": e.Type, "name": e.Aliases[0]})
		}
		if i%4 == 1 {
			ents = append(ents, map[string]any{"id": fmt.Sprintf("wrong/%d", i), "type": "Place", "name": "The " + e.Name + "’s"})
		}
	}
	for i, e := range g.OptionalEntities {
		ents = append(ents, map[string]any{"id": fmt.Sprintf("opt/%d", i), "type": e.Type, "name": e.Name})
	}
	ents = append(ents, map[string]any{"id": "x/1", "type": "Person", "name": "Nobody Inparticular"},
		map[string]any{"id": "x/2", "type": "Organization", "name": "Ministry of Silly Walks", "aliases": []string{"MSW"}})
	doc["entities"] = ents
	stmts := doc["statements"].([]any)
	for i, s := range stmts {
		m := s.(map[string]any)
		switch i % 3 {
		case 0:
			m["speaker"] = "x/1"
		case 1:
			m["text"] = "He said that " + m["text"].(string) + ", and more besides, in a long quotation running on."
		}
	}
	for _, s := range g.OptionalStatements {
		stmts = append(stmts, map[string]any{"speaker": nil, "text": s.Text})
	}
	stmts = append(stmts, map[string]any{"speaker": "x/2", "text": "Nothing anybody in the article ever said, word for word, at any point at all."})
	doc["statements"] = stmts
	roles := doc["roles"].([]any)
	for i, r := range roles {
		m := r.(map[string]any)
		if i%2 == 1 {
			m["person"] = map[string]any{"name": "Somebody", "aliases": []string{g.Roles[i].Person}}
			m["of"] = "x/2"
		}
	}
	roles = append(roles, map[string]any{"person": "x/1", "title": "President", "of": nil})
	doc["roles"] = roles
	evs := doc["events"].([]any)
	for i, e := range evs {
		m := e.(map[string]any)
		if i%2 == 0 {
			delete(m, "type")
			m["kind"] = "Phone call"
		}
	}
	evs = append(evs, map[string]any{"type": "attack", "participants": []any{"x/1"}, "place": "x/2"})
	doc["events"] = evs
	rels := doc["relations"].([]any)
	for i, r := range rels {
		m := r.(map[string]any)
		if i%2 == 1 {
			m["subject"], m["object"] = m["object"], m["subject"]
		} else {
			m["predicate"] = "controls"
		}
	}
	for _, r := range g.OptionalRelations {
		rels = append(rels, map[string]any{"subject": r.Subject, "predicate": r.Predicate, "object": r.Object})
	}
	doc["relations"] = rels
	return doc
}

// mutator makes random variants of gold material.
type mutator struct {
	r *rand.Rand
}

func (m mutator) chance(p float64) bool { return m.r.Float64() < p }

func pick[T any](m mutator, xs []T) T { return xs[m.r.IntN(len(xs))] }

// spelling returns a spelling of s that normalizes alike, or one that does not.
func (m mutator) spelling(s string) string {
	switch m.r.IntN(9) {
	case 0:
		return strings.ToUpper(s)
	case 1:
		return "the " + s
	case 2:
		return s + "’s"
	case 3:
		return strings.ReplaceAll(s, "e", "é")
	case 4:
		return " " + s + "!"
	case 5:
		return s + " Jr"
	case 6:
		if w := strings.Fields(s); len(w) > 1 {
			return w[len(w)-1]
		}
	}
	return s
}

// text returns a variant of a quoted text: whole, inside a longer one, cut, with words
// dropped or changed.
func (m mutator) text(s string) string {
	w := strings.Fields(s)
	switch m.r.IntN(8) {
	case 0:
		return "“" + s + ",” he said on Monday, adding remarks that go on for a good while longer than seventy characters"
	case 1:
		return strings.Join(w[:max(1, len(w)*m.r.IntN(10)/10)], " ")
	case 2:
		if len(w) > 3 {
			i := m.r.IntN(len(w))
			return strings.Join(append(append([]string{}, w[:i]...), w[i+1:]...), " ")
		}
	case 3:
		if len(w) > 2 {
			w2 := append([]string{}, w...)
			w2[m.r.IntN(len(w2))] = "banana"
			return strings.Join(w2, " ")
		}
	case 4:
		return strings.ToUpper(s)
	case 5:
		return "Something else entirely"
	}
	return s
}

// randomExtraction builds a random extraction from the gold: items kept or dropped,
// references as ids, names, objects, numbers or unknown, spellings and types varied.
func randomExtraction(g *synthGold, m mutator) map[string]any {
	var ents []any
	var names []string // every spelling in the gold, for references
	ids := map[string]any{}
	all := append(append([]synthEntity{}, g.Entities...), g.OptionalEntities...)
	types := []string{"Person", "Organization", "Country", "Place", "Thing"}
	for i, e := range all {
		spellings := append([]string{e.Name}, e.Aliases...)
		names = append(names, spellings...)
		if m.chance(0.15) {
			continue
		}
		var id any = fmt.Sprintf("e%d", i)
		switch {
		case m.chance(0.1):
			id = i // a number
		case m.chance(0.05):
			id = nil
		}
		for _, s := range spellings {
			if _, ok := ids[s]; !ok && id != nil {
				ids[s] = id
			}
		}
		typ := e.Type
		if m.chance(0.1) {
			typ = pick(m, types)
		}
		ent := map[string]any{"id": id, "type": typ, "name": m.spelling(pick(m, spellings))}
		switch {
		case m.chance(0.1):
			ent["aliases"] = nil
		case m.chance(0.05):
			ent["aliases"] = pick(m, spellings) // one string: score.py iterates its letters
		case m.chance(0.05):
			delete(ent, "name")
			ent["aliases"] = spellings
		default:
			var al []string
			for _, s := range spellings {
				if m.chance(0.6) {
					al = append(al, m.spelling(s))
				}
			}
			ent["aliases"] = al
		}
		ents = append(ents, ent)
		for m.chance(0.15) { // duplicates
			ents = append(ents, map[string]any{"id": fmt.Sprintf("d%d-%d", i, m.r.IntN(1000)), "type": typ, "name": m.spelling(pick(m, spellings))})
		}
	}
	for m.chance(0.3) {
		ents = append(ents, map[string]any{"id": fmt.Sprintf("x%d", m.r.IntN(100)), "type": pick(m, types), "name": pick(m, []string{"Acme", "Nobody", "Minister", "Paris"})})
	}
	if len(names) == 0 {
		names = []string{"Nobody"}
	}
	ref := func(name string) any {
		switch {
		case m.chance(0.1):
			name = pick(m, names)
		case m.chance(0.05):
			return nil
		case m.chance(0.05):
			return map[string]any{"name": m.spelling(name)}
		}
		if id, ok := ids[name]; ok && m.chance(0.8) {
			return id
		}
		return m.spelling(name)
	}
	optRef := func(name *string) any {
		if name == nil {
			if m.chance(0.8) {
				return nil
			}
			return ref(pick(m, names))
		}
		return ref(*name)
	}

	var roles []any
	for _, r := range g.Roles {
		if m.chance(0.2) {
			continue
		}
		title := r.Title
		switch m.r.IntN(5) {
		case 0:
			title = "former " + title
		case 1:
			if w := strings.Fields(title); len(w) > 1 {
				title = w[m.r.IntN(len(w))]
			}
		case 2:
			title = pick(m, []string{"President", "envoy", "spokesman", ""})
		}
		role := map[string]any{"person": ref(r.Person), "title": title, "of": optRef(r.Of)}
		if m.chance(0.05) {
			delete(role, "title")
		}
		roles = append(roles, role)
	}
	var stmts []any
	for _, s := range g.Statements {
		if m.chance(0.2) {
			continue
		}
		for k := 0; k < 1+m.r.IntN(2); k++ {
			stmts = append(stmts, map[string]any{"speaker": optRef(s.Speaker), "text": m.text(s.Text)})
		}
	}
	for _, s := range g.OptionalStatements {
		if m.chance(0.5) {
			stmts = append(stmts, map[string]any{"speaker": optRef(s.Speaker), "text": m.text(s.Text)})
		}
	}
	var events []any
	kinds := []string{"summit", "Meeting", "talks", "phone call", "visit", "election", "attack", "strike", "protest", "ceremony"}
	for _, e := range g.Events {
		if m.chance(0.2) {
			continue
		}
		var parts []any
		for _, p := range e.Participants {
			if m.chance(0.75) {
				parts = append(parts, ref(p))
			}
		}
		typ := e.Type
		if m.chance(0.4) {
			typ = pick(m, kinds)
		}
		ev := map[string]any{"type": typ, "participants": parts}
		if m.chance(0.2) {
			delete(ev, "type")
			ev["kind"] = typ
		}
		if len(e.Place) > 0 && m.chance(0.8) {
			ev["place"] = ref(pick(m, e.Place))
		}
		events = append(events, ev)
	}
	if m.chance(0.3) {
		events = append(events, map[string]any{"type": pick(m, kinds), "participants": []any{ref(pick(m, names))}})
	}
	var rels []any
	preds := []string{"occupies", "controls", "supports", "ally", "opposes", "condemns", "member of", "sanctions", "accuses", "meets"}
	add := func(s, p, o string) {
		if m.chance(0.3) {
			p = pick(m, preds)
		}
		if m.chance(0.1) {
			s, o = o, s
		}
		rels = append(rels, map[string]any{"subject": ref(s), "predicate": p, "object": ref(o)})
	}
	for _, r := range g.Relations {
		if !m.chance(0.2) {
			add(r.Subject, r.Predicate, r.Object)
		}
	}
	for _, r := range g.OptionalRelations {
		if m.chance(0.4) {
			add(r.Subject, r.Predicate, r.Object)
		}
	}
	doc := map[string]any{"entities": ents, "roles": roles, "statements": stmts, "events": events, "relations": rels}
	for _, k := range []string{"roles", "statements", "events", "relations"} {
		if m.chance(0.05) {
			delete(doc, k)
		}
	}
	return doc
}
