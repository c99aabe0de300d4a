package extract

import (
	"strings"

	"newsgraph/schema"
)

// ResolveDocument joins the entities of an extracted Document to the known entities of the
// registry, after extraction: an entity whose name the registry resolves to another
// canonical name is renamed (its old name becomes an alias, its id follows the new name),
// merged with an entity of the Document that already has that id, and every reference to
// it in roles, statements, events and relations is rewritten.
//
// The ingest command extracts articles in parallel but calls ResolveDocument and Add in
// input order, so that which article's "Trump" joins which "Donald Trump" does not depend
// on the number of workers. It reports whether anything changed.
func (r *Registry) ResolveDocument(doc *Document) bool {
	if r == nil || doc == nil {
		return false
	}
	rename := map[string]string{} // old id -> new id
	for i := range doc.Entities {
		e := &doc.Entities[i]
		canon, ok := r.Resolve(e.Type, e.Name)
		if !ok || canon == e.Name {
			continue
		}
		id := schema.EntityKey(e.Type, canon)
		if id == e.ID {
			continue
		}
		rename[e.ID] = id
		e.Aliases = appendName(e.Aliases, e.Name, canon)
		e.Name, e.ID = canon, id
	}
	if len(rename) == 0 {
		return false
	}
	doc.Entities = mergeEntities(doc.Entities)
	ref := func(x Ref) Ref {
		if to, ok := rename[string(x)]; ok {
			return Ref(to)
		}
		return x
	}
	for i := range doc.Roles {
		doc.Roles[i].Person, doc.Roles[i].Of = ref(doc.Roles[i].Person), ref(doc.Roles[i].Of)
	}
	for i := range doc.Statements {
		s := &doc.Statements[i]
		s.Speaker = ref(s.Speaker)
		s.About = refList(s.About, ref)
	}
	for i := range doc.Events {
		ev := &doc.Events[i]
		ev.Place = ref(ev.Place)
		ev.Participants = refList(ev.Participants, ref)
	}
	for i := range doc.Relations {
		rel := &doc.Relations[i]
		rel.Subject, rel.Object = ref(rel.Subject), ref(rel.Object)
	}
	return true
}

// mergeEntities folds entities that share an id into the first of them.
func mergeEntities(es []Entity) []Entity {
	at := map[string]int{}
	out := es[:0]
	for _, e := range es {
		j, ok := at[e.ID]
		if !ok {
			at[e.ID] = len(out)
			out = append(out, e)
			continue
		}
		m := &out[j]
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			m.Aliases = appendName(m.Aliases, a, m.Name)
		}
		m.Mentions = append(m.Mentions, e.Mentions...)
		if m.ISO == "" {
			m.ISO = e.ISO
		}
	}
	return out
}

// refList maps refs and drops the duplicates a merge can leave.
func refList(rs []Ref, f func(Ref) Ref) []Ref {
	seen := map[Ref]bool{}
	out := rs[:0]
	for _, x := range rs {
		x = f(x)
		if seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

// appendName adds name to aliases unless it equals the entity's name or an alias already
// there (ignoring case).
func appendName(aliases []string, name, entityName string) []string {
	if name == "" || strings.EqualFold(name, entityName) {
		return aliases
	}
	for _, a := range aliases {
		if strings.EqualFold(a, name) {
			return aliases
		}
	}
	return append(aliases, name)
}
