// Package storetest is the test suite every backend of package graph passes, in the
// manner of Cayley's graph/graphtest: each backend's _test.go calls Run with a function
// that opens a fresh, empty store.
//
//	func TestMemstore(t *testing.T) {
//		storetest.Run(t, storetest.Options{Open: func(t testing.TB) *graph.Store { ... }})
//	}
//
// It also holds the documents the suite writes (SeedDocument, BoltonDocument,
// RosselloDocument): real articles with their facts written down by hand, which the
// tests of the queries package use too.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/schema"
)

// Options tells Run how to get stores of the backend under test.
type Options struct {
	// Open returns a new, empty store. Run closes it.
	Open func(t testing.TB) *graph.Store
	// InjectFault makes the store's writes fail inside the backend's transaction, after
	// part of it was applied, until it is called with nil. Without it the failed-write
	// test is skipped.
	InjectFault func(s *graph.Store, err error)
	// LabelSize returns the number of quads the backend would list for the label iri,
	// and whether that number is exact (an index) or an estimate (a scan). Without it the
	// label-index test is skipped.
	LabelSize func(ctx context.Context, s *graph.Store, iri string) (n int64, exact bool, err error)
}

// Run runs the suite.
func Run(t *testing.T, o Options) {
	tests := []struct {
		name string
		fn   func(t *testing.T, o Options)
	}{
		{"WriteReadBack", testWriteReadBack},
		{"Filters", testFilters},
		{"Rewrite", testRewrite},
		{"WriteBatch", testWriteBatch},
		{"Replace", testReplace},
		{"FailedWrite", testFailedWrite},
		{"LabelIndex", testLabelIndex},
		{"Concurrent", testConcurrent},
		{"LookupByAlias", testLookup},
		{"UnknownName", testUnknownName},
		{"Gizmo", testGizmo},
		{"GraphQL", testGraphQL},
		{"MalformedGizmo", testMalformedGizmo},
		{"Quads", testQuads},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, o) })
	}
}

func open(t *testing.T, o Options, docs ...*extract.Document) *graph.Store {
	t.Helper()
	s := o.Open(t)
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	for _, d := range docs {
		write(t, s, d, false)
	}
	return s
}

func write(t *testing.T, s *graph.Store, d *extract.Document, replace bool) graph.WriteResult {
	t.Helper()
	res, err := s.WriteDocument(context.Background(), d, replace)
	if err != nil {
		t.Fatalf("write %s: %v", d.Article.Source, err)
	}
	return res
}

func quadCount(t *testing.T, docs ...*extract.Document) int {
	t.Helper()
	n := 0
	for _, d := range docs {
		qs, err := graph.DocumentQuads(d)
		if err != nil {
			t.Fatal(err)
		}
		n += len(qs)
	}
	return n
}

func stats(t *testing.T, s *graph.Store) graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// counts is stats without the size on disk, which writes rolled back, or nothing
// written, may still change.
func counts(t *testing.T, s *graph.Store) graph.Stats {
	t.Helper()
	st := stats(t, s)
	st.SizeBytes = 0
	return st
}

// ref is the EntityRef the store should give for entity id of doc.
func ref(doc *extract.Document, id extract.Ref) graph.EntityRef {
	e := doc.Entity(id)
	if e == nil {
		panic("no entity " + string(id))
	}
	return graph.EntityRef{IRI: schema.KeyIRI(e.ID), ID: e.ID, Type: e.Type, Name: e.Name}
}

func optRef(doc *extract.Document, id extract.Ref) *graph.EntityRef {
	if id == "" {
		return nil
	}
	r := ref(doc, id)
	return &r
}

func refs(doc *extract.Document, ids []extract.Ref) []graph.EntityRef {
	var out []graph.EntityRef
	for _, id := range ids {
		out = append(out, ref(doc, id))
	}
	return out
}

func provenance(doc *extract.Document, ev extract.Evidence) graph.Provenance {
	return graph.Provenance{
		Article: doc.IRI, URL: doc.Article.URL, Title: doc.Article.Title, Date: doc.Published, Source: doc.Article.Source,
		Sentence: doc.Sentences[ev.Sentence].Text, SentenceIndex: ev.Sentence,
		Start: ev.Start, End: ev.End, Confidence: ev.Confidence,
	}
}

// The facts a store should give back for doc.

func wantRoles(doc *extract.Document) []graph.Role {
	var out []graph.Role
	for i, r := range doc.Roles {
		out = append(out, graph.Role{IRI: schema.FactIRI(doc.IRI, "role", i), Person: ref(doc, r.Person), Title: r.Title,
			Of: optRef(doc, r.Of), Former: r.Former, AsOf: r.AsOf, Provenance: provenance(doc, r.Evidence)})
	}
	return out
}

func wantStatements(doc *extract.Document) []graph.Statement {
	var out []graph.Statement
	for i, s := range doc.Statements {
		out = append(out, graph.Statement{IRI: schema.FactIRI(doc.IRI, "statement", i), Speaker: optRef(doc, s.Speaker),
			Text: s.Text, Kind: s.Kind, Cue: s.Cue, Medium: s.Medium, About: refs(doc, s.About), Provenance: provenance(doc, s.Evidence)})
	}
	return out
}

func wantEvents(doc *extract.Document) []graph.Event {
	var out []graph.Event
	for i, e := range doc.Events {
		out = append(out, graph.Event{IRI: schema.FactIRI(doc.IRI, "event", i), Kind: e.Type, Participants: refs(doc, e.Participants),
			Place: optRef(doc, e.Place), Date: e.Date, EndDate: e.EndDate, DateSource: e.DateSource, Provenance: provenance(doc, e.Evidence)})
	}
	return out
}

func wantRelations(doc *extract.Document) []graph.Relation {
	var out []graph.Relation
	for i, r := range doc.Relations {
		out = append(out, graph.Relation{IRI: schema.FactIRI(doc.IRI, "relation", i), Subject: ref(doc, r.Subject),
			Predicate: r.Predicate, Object: ref(doc, r.Object), Provenance: provenance(doc, r.Evidence)})
	}
	return out
}

// same compares two lists of facts regardless of order (by the IRI each has).
func same[T any](t *testing.T, what string, got, want []T, iri func(T) string) {
	t.Helper()
	sortBy := func(l []T) []T {
		l = slices.Clone(l)
		sort.SliceStable(l, func(i, j int) bool { return iri(l[i]) < iri(l[j]) })
		return l
	}
	g, w := sortBy(got), sortBy(want)
	if len(g) != len(w) {
		t.Errorf("%s: got %d, want %d:\ngot  %+v\nwant %+v", what, len(g), len(w), g, w)
		return
	}
	for i := range g {
		if !reflect.DeepEqual(g[i], w[i]) {
			t.Errorf("%s %s:\ngot  %+v\nwant %+v", what, iri(w[i]), g[i], w[i])
		}
	}
}

func testWriteReadBack(t *testing.T, o Options) {
	ctx := context.Background()
	seed := SeedDocument()
	s := open(t, o)
	res := write(t, s, seed, false)
	if want := quadCount(t, seed); res.Added != want || res.Skipped || res.Facts != seed.FactCount() {
		t.Errorf("got %+v, want %d quads added and %d facts", res, want, seed.FactCount())
	}
	if ok, err := s.HasArticle(ctx, seed.IRI); err != nil || !ok {
		t.Errorf("HasArticle: got %v, %v; want true", ok, err)
	}

	a, err := s.Article(ctx, seed.IRI)
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != SeedURL || a.Date != "2025-08-17" || a.Source != "alaska-summit.txt" || len(a.Entities) != len(seed.Entities) {
		t.Errorf("article: got %+v, want url %s, date 2025-08-17, source alaska-summit.txt and %d entities", a, SeedURL, len(seed.Entities))
	}
	if _, err := s.Article(ctx, schema.ArticleIRI("no such article")); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown article: got %v, want ErrNotFound", err)
	}

	ents, err := s.Entities(ctx, graph.EntityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var wantEnts []graph.Entity
	for _, e := range seed.Entities {
		aliases := slices.Clone(e.Aliases)
		sort.Strings(aliases)
		wantEnts = append(wantEnts, graph.Entity{EntityRef: ref(seed, extract.Ref(e.ID)), Aliases: aliases, ISO: e.ISO,
			Mentions: len(e.Mentions), Articles: 1, FirstSeen: "2025-08-17", LastSeen: "2025-08-17"})
	}
	same(t, "entities", ents, wantEnts, func(e graph.Entity) string { return e.IRI })

	roles, err := s.Roles(ctx, graph.RoleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "roles", roles, wantRoles(seed), func(r graph.Role) string { return r.IRI })

	sts, err := s.Statements(ctx, graph.StatementFilter{})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "statements", sts, wantStatements(seed), func(s graph.Statement) string { return s.IRI })
	for _, st := range sts {
		if !strings.Contains(st.Sentence, st.Text) {
			t.Errorf("statement %q: its sentence %q does not hold it", st.Text, st.Sentence)
		}
	}

	evs, err := s.Events(ctx, graph.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "events", evs, wantEvents(seed), func(e graph.Event) string { return e.IRI })

	rels, err := s.Relations(ctx, graph.RelationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "relations", rels, wantRelations(seed), func(r graph.Relation) string { return r.IRI })

	st := stats(t, s)
	want := graph.Stats{Backend: st.Backend, Articles: 1,
		Entities: map[string]int{"Person": 5, "Country": 3, "Organization": 2, "Place": 5},
		Facts:    map[string]int{"role": 5, "statement": 12, "event": 2, "relation": 3},
		Quads:    int64(quadCount(t, seed)), SizeBytes: st.SizeBytes}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("stats: got %+v, want %+v", st, want)
	}
}

func testFilters(t *testing.T, o Options) {
	ctx := context.Background()
	seed, bolton := SeedDocument(), BoltonDocument()
	s := open(t, o, seed, bolton)
	iri := func(id string) string { return schema.KeyIRI(id) }
	texts := func(sts []graph.Statement) []string {
		var out []string
		for _, s := range sts {
			out = append(out, s.Text)
		}
		return out
	}
	stmts := []struct {
		name string
		f    graph.StatementFilter
		want []string // in the order returned: by date, then sentence
	}{
		{"by Witkoff", graph.StatementFilter{Speaker: iri("person/steve-witkoff")}, []string{
			"Putin had offered concessions during the discussions", "Putin responded positively",
			"five Ukrainian regions were discussed during the summit", "the fate of Donetsk would require further negotiation"}},
		{"about Donetsk", graph.StatementFilter{About: iri("place/donetsk")}, []string{"the fate of Donetsk would require further negotiation"}},
		{"by Witkoff about Putin", graph.StatementFilter{Speaker: iri("person/steve-witkoff"), About: iri("person/vladimir-putin")}, []string{
			"Putin had offered concessions during the discussions", "Putin responded positively"}},
		{"by Trump until 2019", graph.StatementFilter{Speaker: iri("person/donald-trump"), Until: "2019"}, []string{
			"I informed John Bolton last night that his services are no longer needed at the White House"}},
		{"by Trump since 2025-08-17", graph.StatementFilter{Speaker: iri("person/donald-trump"), Since: "2025-08-17"}, []string{
			"he would not be satisfied without a cease-fire in Ukraine", "BIG PROGRESS ON RUSSIA", "severe consequences"}},
		{"by Trump since 2025-08-18", graph.StatementFilter{Speaker: iri("person/donald-trump"), Since: "2025-08-18"}, nil},
		{"about Bolton in the Bolton article", graph.StatementFilter{About: iri("person/john-bolton"), Article: bolton.IRI}, []string{
			"I informed John Bolton last night that his services are no longer needed at the White House",
			"There were many times that Ambassador Bolton and I disagreed"}},
		{"nobody's", graph.StatementFilter{Speaker: iri("person/nobody")}, nil},
	}
	for _, tc := range stmts {
		got, err := s.Statements(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(texts(got), tc.want) {
			t.Errorf("statements %s: got %q, want %q", tc.name, texts(got), tc.want)
		}
	}
	// Across articles: the older article comes first.
	all, err := s.Statements(ctx, graph.StatementFilter{Speaker: iri("person/donald-trump")})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || all[0].Date != "2019-09-12" || all[3].Date != "2025-08-17" {
		t.Errorf("Trump's statements: got %d, dated %q first and %q last; want 4 from 2019-09-12 to 2025-08-17", len(all), all[0].Date, all[len(all)-1].Date)
	}

	roles, err := s.Roles(ctx, graph.RoleFilter{Person: iri("person/donald-trump")})
	if err != nil {
		t.Fatal(err)
	}
	if len(roles) != 2 || roles[0].AsOf != "2019-09-12" || roles[1].AsOf != "2025-08-17" || roles[0].Of == nil || roles[0].Of.Name != "United States" {
		t.Errorf("Trump's roles: got %+v, want President of the United States as of 2019-09-12 and 2025-08-17", roles)
	}
	roles, err = s.Roles(ctx, graph.RoleFilter{Of: iri("country/russia")})
	if err != nil {
		t.Fatal(err)
	}
	if len(roles) != 1 || roles[0].Person.Name != "Vladimir Putin" || roles[0].Title != "President" {
		t.Errorf("roles of Russia: got %+v, want Vladimir Putin, President", roles)
	}

	evs, err := s.Events(ctx, graph.EventFilter{Participant: iri("person/vladimir-putin")})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Kind != "summit" || evs[0].Place == nil || evs[0].Place.Name != "Anchorage" || evs[0].Date != "2025-08-15" {
		t.Errorf("Putin's events: got %+v, want the summit in Anchorage on 2025-08-15", evs)
	}
	evs, err = s.Events(ctx, graph.EventFilter{Kind: "meeting", Since: "2025-08-16"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Date != "" || evs[0].Provenance.Date != "2025-08-17" {
		t.Errorf("meetings since 2025-08-16: got %+v, want the White House meeting of the article of 2025-08-17", evs)
	}

	rels, err := s.Relations(ctx, graph.RelationFilter{Entity: iri("country/russia")})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 3 {
		t.Errorf("relations of Russia: got %d, want 3", len(rels))
	}
	rels, err = s.Relations(ctx, graph.RelationFilter{Entity: iri("person/john-bolton"), Predicate: schema.Opposes})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 || rels[0].Subject.Name != "Mike Pompeo" || rels[0].Object.Name != "John Bolton" {
		t.Errorf("opposes with Bolton: got %+v, want Mike Pompeo opposes John Bolton", rels)
	}

	ents, err := s.Entities(ctx, graph.EntityFilter{Type: schema.Country})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	if want := []string{"Russia", "Ukraine", "United States"}; !slices.Equal(names, want) {
		t.Errorf("countries: got %q, want %q", names, want)
	}
	ents, err = s.Entities(ctx, graph.EntityFilter{Match: "TRUMP"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name != "Donald Trump" || ents[0].Articles != 2 || ents[0].FirstSeen != "2019-09-12" || ents[0].LastSeen != "2025-08-17" ||
		!slices.Equal(ents[0].Aliases, []string{"President Trump", "Trump"}) {
		t.Errorf("match TRUMP: got %+v, want Donald Trump in 2 articles from 2019-09-12 to 2025-08-17, aliases President Trump, Trump", ents)
	}
}

func testRewrite(t *testing.T, o Options) {
	seed := SeedDocument()
	s := open(t, o, seed)
	before := counts(t, s)
	res := write(t, s, SeedDocument(), false)
	if !res.Skipped || res.Added != 0 || res.Removed != 0 {
		t.Errorf("second write: got %+v, want skipped with 0 quads added", res)
	}
	if after := counts(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("stats after the second write: got %+v, want %+v", after, before)
	}
	// Replacing with the same extraction changes nothing either.
	res = write(t, s, SeedDocument(), true)
	if res.Skipped || res.Added != 0 || res.Removed != 0 {
		t.Errorf("replace with the same facts: got %+v, want 0 quads added or removed", res)
	}
	if after := counts(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("stats after replacing with the same facts: got %+v, want %+v", after, before)
	}
}

func testWriteBatch(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o)
	bad := RosselloDocument()
	bad.Statements[0].Speaker = "person/nobody" // not an entity of the document
	docs := []*extract.Document{SeedDocument(), bad, BoltonDocument(), SeedDocument()}
	res, errs := s.WriteDocuments(ctx, docs, false)
	if errs[0] != nil || errs[2] != nil || errs[3] != nil {
		t.Fatalf("got errors %v, want one for the second document only", errs)
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "person/nobody") || !strings.Contains(errs[1].Error(), "wn-rossello-resigns.txt") {
		t.Errorf("bad document: got %v, want an error naming the source and the dangling reference", errs[1])
	}
	if res[0].Added != quadCount(t, docs[0]) || res[2].Added != quadCount(t, docs[2]) || !res[3].Skipped || res[3].Added != 0 {
		t.Errorf("got %+v, want the seed and Bolton written, the second seed skipped", res)
	}
	if st := counts(t, s); st.Articles != 2 || st.Quads != int64(quadCount(t, docs[0], docs[2])) {
		t.Errorf("got %+v, want 2 articles and %d quads", st, quadCount(t, docs[0], docs[2]))
	}

	if o.InjectFault == nil {
		return
	}
	// A failing transaction: every document of it is tried alone, and each fails whole.
	o.InjectFault(s, errors.New("injected failure"))
	next := []*extract.Document{RosselloDocument(), variant(BoltonDocument(), 1)}
	_, errs = s.WriteDocuments(ctx, next, false)
	o.InjectFault(s, nil)
	for i, err := range errs {
		if err == nil {
			t.Errorf("document %d: no error with a failure injected", i)
		}
		if ok, _ := s.HasArticle(ctx, next[i].IRI); ok {
			t.Errorf("document %d: stored although its write failed", i)
		}
	}
	if st := counts(t, s); st.Articles != 2 || st.Quads != int64(quadCount(t, docs[0], docs[2])) {
		t.Errorf("after the failed batch: got %+v, want 2 articles and %d quads", st, quadCount(t, docs[0], docs[2]))
	}
}

// articleQuads lists the quads of one article as sorted N-Quads lines.
func articleQuads(t *testing.T, s *graph.Store, iri string) []string {
	t.Helper()
	var out []string
	err := s.ArticleQuads(context.Background(), iri, func(q graph.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func testReplace(t *testing.T, o Options) {
	ctx := context.Background()
	seed, bolton := SeedDocument(), BoltonDocument()
	s := open(t, o, seed, bolton)
	boltonBefore := articleQuads(t, s, bolton.IRI)
	countsBefore := counts(t, s)

	// A new extraction of the seed: Rubio's statements after the first are gone, one
	// text changed, NATO no longer found.
	next := SeedDocument()
	var kept []extract.Statement
	rubio := 0
	for _, st := range next.Statements {
		if st.Speaker == "person/marco-rubio" {
			rubio++
			if rubio > 1 {
				continue
			}
		}
		if st.Text == "Putin responded positively" {
			st.Text = "Witkoff claimed Putin responded positively"
		}
		kept = append(kept, st)
	}
	next.Statements = kept
	next.Entities = slices.DeleteFunc(next.Entities, func(e extract.Entity) bool { return e.Name == "NATO" })

	res := write(t, s, next, true)
	if !res.Replaced || res.Added == 0 || res.Removed == 0 {
		t.Errorf("replace: got %+v, want quads removed and added", res)
	}
	sts, err := s.Statements(ctx, graph.StatementFilter{Article: seed.IRI})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "statements after replace", sts, wantStatements(next), func(s graph.Statement) string { return s.IRI })
	for _, st := range sts {
		if st.Text == "Putin responded positively" || st.Text == "such measures could end dialogue entirely" {
			t.Errorf("old statement %q still stored", st.Text)
		}
	}
	if nato, err := s.Entities(ctx, graph.EntityFilter{Name: "NATO"}); err != nil || len(nato) != 0 {
		t.Errorf("NATO after replace: got %+v, %v; want gone", nato, err)
	}
	if got := articleQuads(t, s, bolton.IRI); !slices.Equal(got, boltonBefore) {
		t.Errorf("the other article's quads changed:\ngot  %q\nwant %q", got, boltonBefore)
	}
	st := stats(t, s)
	if want := int64(quadCount(t, next, bolton)); st.Quads != want || st.Articles != 2 {
		t.Errorf("stats after replace: got %d quads, %d articles; want %d, 2", st.Quads, st.Articles, want)
	}
	// Trump is still in both articles.
	trump, err := s.Entities(ctx, graph.EntityFilter{Name: "Donald Trump"})
	if err != nil || len(trump) != 1 || trump[0].Articles != 2 {
		t.Errorf("Donald Trump after replace: got %+v, %v; want one entity in 2 articles", trump, err)
	}
	// Every count is that of a store that never held the old extraction: the facts and
	// entities it had and the new one has not are not counted.
	if got, want := counts(t, s), counts(t, open(t, o, next, bolton)); !reflect.DeepEqual(got, want) {
		t.Errorf("stats after replace: got %+v, want those of a store written with the new extraction, %+v", got, want)
	}
	// Replacing back stores the old facts again, and they are counted and read again.
	write(t, s, SeedDocument(), true)
	if got := counts(t, s); !reflect.DeepEqual(got, countsBefore) {
		t.Errorf("stats after replacing back: got %+v, want %+v", got, countsBefore)
	}
	if nato, err := s.Entities(ctx, graph.EntityFilter{Name: "NATO"}); err != nil || len(nato) != 1 || nato[0].Articles != 1 {
		t.Errorf("NATO after replacing back: got %+v, %v; want it in 1 article", nato, err)
	}
	sts, err = s.Statements(ctx, graph.StatementFilter{Article: seed.IRI})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "statements after replacing back", sts, wantStatements(SeedDocument()), func(s graph.Statement) string { return s.IRI })
}

func testFailedWrite(t *testing.T, o Options) {
	if o.InjectFault == nil {
		t.Skip("the backend test gives no way to inject a failure")
	}
	ctx := context.Background()
	seed, bolton := SeedDocument(), BoltonDocument()
	s := open(t, o, bolton)
	before := counts(t, s)
	boltonBefore := articleQuads(t, s, bolton.IRI)

	fault := errors.New("injected failure")
	o.InjectFault(s, fault)
	if _, err := s.WriteDocument(ctx, seed, false); !errors.Is(err, fault) {
		t.Fatalf("write with a failure injected: got %v, want the injected failure", err)
	}
	changed := BoltonDocument()
	changed.Statements = changed.Statements[:1]
	if _, err := s.WriteDocument(ctx, changed, true); !errors.Is(err, fault) {
		t.Fatalf("replace with a failure injected: got %v, want the injected failure", err)
	}
	o.InjectFault(s, nil)

	if ok, err := s.HasArticle(ctx, seed.IRI); err != nil || ok {
		t.Errorf("HasArticle after the failed write: got %v, %v; want false", ok, err)
	}
	if got := articleQuads(t, s, seed.IRI); len(got) != 0 {
		t.Errorf("the failed write left %d quads: %q", len(got), got)
	}
	if got := articleQuads(t, s, bolton.IRI); !slices.Equal(got, boltonBefore) {
		t.Errorf("the failed replace changed the article's quads:\ngot  %q\nwant %q", got, boltonBefore)
	}
	if after := counts(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("stats after the failed writes: got %+v, want %+v", after, before)
	}
	if rubio, err := s.Entities(ctx, graph.EntityFilter{Name: "Rubio"}); err != nil || len(rubio) != 0 {
		t.Errorf("entities of the failed write: got %+v, %v; want none", rubio, err)
	}

	// The store still works, and what is written next reads back whole.
	write(t, s, seed, false)
	sts, err := s.Statements(ctx, graph.StatementFilter{Article: seed.IRI})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "statements written after the failure", sts, wantStatements(seed), func(s graph.Statement) string { return s.IRI })
	if got := articleQuads(t, s, bolton.IRI); !slices.Equal(got, boltonBefore) {
		t.Errorf("the other article's quads changed after the failure:\ngot  %q\nwant %q", got, boltonBefore)
	}
	if st := counts(t, s); st.Quads != int64(quadCount(t, seed, bolton)) || st.Articles != 2 {
		t.Errorf("stats after the failure: got %+v, want %d quads in 2 articles", st, quadCount(t, seed, bolton))
	}
}

func testLabelIndex(t *testing.T, o Options) {
	if o.LabelSize == nil {
		t.Skip("the backend test gives no way to see how labels are listed")
	}
	seed, bolton := SeedDocument(), BoltonDocument()
	s := open(t, o, seed, bolton)
	n, exact, err := o.LabelSize(context.Background(), s, bolton.IRI)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(quadCount(t, bolton)); !exact || n != want {
		t.Errorf("listing one article: got %d quads (exact: %v), want exactly %d, read from an index instead of a scan", n, exact, want)
	}
}

// variant is doc as if read from another URL: a different article with the same facts.
func variant(doc *extract.Document, n int) *extract.Document {
	d := *doc
	d.Article.URL = fmt.Sprintf("%s?copy=%d", doc.Article.URL, n)
	d.IRI = d.Article.IRI()
	return &d
}

func testConcurrent(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o)
	// Writers 0..7 write copy i/4 of the seed (even i) or of the Bolton article (odd i):
	// four articles, each written by two writers at once, while readers read.
	const writers = 8
	var wg sync.WaitGroup
	errs := make(chan error, 4*writers)
	results := make(chan graph.WriteResult, writers)
	for i := 0; i < writers; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			base := SeedDocument()
			if i%2 == 1 {
				base = BoltonDocument()
			}
			res, err := s.WriteDocument(ctx, variant(base, i/4), false)
			if err != nil {
				errs <- err
			}
			results <- res
		}(i)
		go func() {
			defer wg.Done()
			if _, err := s.Statements(ctx, graph.StatementFilter{}); err != nil {
				errs <- err
			}
			if _, err := s.Entities(ctx, graph.EntityFilter{Match: "trump"}); err != nil {
				errs <- err
			}
			if _, err := s.Gizmo(ctx, `g.V().Has("<http://schema.org/name>", "Marco Rubio").All()`, 0); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(results)
	for err := range errs {
		t.Error(err)
	}
	written, skipped := 0, 0
	for r := range results {
		if r.Skipped {
			skipped++
		} else if r.Added > 0 {
			written++
		}
	}
	if written != 4 || skipped != 4 {
		t.Errorf("got %d articles written and %d skipped, want 4 and 4", written, skipped)
	}
	st := stats(t, s)
	if st.Articles != 4 {
		t.Errorf("articles after concurrent writes: got %d, want 4", st.Articles)
	}
	if want := int64(2 * quadCount(t, variant(SeedDocument(), 0), variant(BoltonDocument(), 0))); st.Quads != want {
		t.Errorf("quads after concurrent writes: got %d, want %d", st.Quads, want)
	}
}

func testLookup(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o, SeedDocument(), BoltonDocument(), RosselloDocument())
	tests := []struct {
		name  string
		typ   schema.EntityType
		want  string
		count int // entities found
	}{
		{"Rubio", "", "Marco Rubio", 1},
		{"marco RUBIO", "", "Marco Rubio", 1},
		{"rossello", "", "Ricardo Rosselló Nevares", 1},
		{"Ricardo Rossello Nevares", schema.Person, "Ricardo Rosselló Nevares", 1},
		{"ROSSELLÓ", schema.Person, "Ricardo Rosselló Nevares", 1},
		{"u.s", schema.Country, "United States", 1},
		{"US", "", "United States", 1},
		{"the united states", "", "United States", 1},
		{"president trump", schema.Person, "Donald Trump", 1},
		{"  Zelenskyy ", "", "Volodymyr Zelensky", 1},
	}
	for _, tc := range tests {
		got, err := s.LookupEntity(ctx, tc.name, tc.typ)
		if err != nil {
			t.Errorf("lookup %q: %v", tc.name, err)
			continue
		}
		if len(got) != tc.count || got[0].Name != tc.want {
			t.Errorf("lookup %q: got %d entities, first %q; want %d, %q", tc.name, len(got), got[0].Name, tc.count, tc.want)
		}
	}
	trump, err := s.LookupEntity(ctx, "Trump", "")
	if err != nil {
		t.Fatal(err)
	}
	if trump[0].Articles != 2 || trump[0].Mentions != len(SeedDocument().Entity("person/donald-trump").Mentions)+len(BoltonDocument().Entity("person/donald-trump").Mentions) {
		t.Errorf("Trump: got %+v, want mentions summed over 2 articles", trump[0])
	}
}

func testUnknownName(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o, SeedDocument(), BoltonDocument(), RosselloDocument())
	tests := []struct {
		name    string
		typ     schema.EntityType
		suggest string // among the suggestions; "" for none at all
	}{
		{"Rubo", "", "Marco Rubio"},
		{"Witkof", "", "Steve Witkoff"},
		{"Zelenskiy", "", "Volodymyr Zelensky"},
		{"Steve", "", "Steve Witkoff"},
		{"Secretary Pompeo", "", "Mike Pompeo"},
		{"Rubio", schema.Country, ""},
		{"Kremlin", "", ""},
	}
	for _, tc := range tests {
		got, err := s.LookupEntity(ctx, tc.name, tc.typ)
		var unknown *graph.UnknownNameError
		if !errors.As(err, &unknown) {
			t.Errorf("lookup %q: got %+v, %v; want an UnknownNameError", tc.name, got, err)
			continue
		}
		if unknown.Name != tc.name {
			t.Errorf("lookup %q: the error names %q", tc.name, unknown.Name)
		}
		if tc.suggest == "" && len(unknown.Suggestions) > 0 {
			t.Errorf("lookup %q: got suggestions %q, want none", tc.name, unknown.Suggestions)
		}
		if tc.suggest != "" && !slices.Contains(unknown.Suggestions, tc.suggest) {
			t.Errorf("lookup %q: got suggestions %q, want %q among them", tc.name, unknown.Suggestions, tc.suggest)
		}
		if tc.suggest != "" && !strings.Contains(err.Error(), tc.suggest) {
			t.Errorf("lookup %q: the message %q does not suggest %q", tc.name, err, tc.suggest)
		}
	}
}

func testGizmo(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o, SeedDocument())
	tests := []struct {
		name, query string
		want        []any
	}{
		{"name", `g.V("<` + schema.KeyIRI("person/marco-rubio") + `>").Out("<http://schema.org/name>").All()`,
			[]any{map[string]any{"id": "Marco Rubio"}}},
		{"count statements", `g.Emit(g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Quotation")).Count())`, []any{int64(12)}},
		{"what Witkoff said about Donetsk", `g.V().Has("<http://schema.org/name>", "Steve Witkoff").Out(g.IRI("ng:said")).Tag("s").
			Out(g.IRI("ng:about")).Has("<http://schema.org/name>", "Donetsk").Back("s").Out(g.IRI("schema:text")).All()`,
			[]any{map[string]any{"id": "the fate of Donetsk would require further negotiation",
				"s": "<" + schema.FactIRI(SeedDocument().IRI, "statement", 7) + ">"}}},
		{"limit", `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).All()`, nil}, // 2 of 5, checked below
	}
	for _, tc := range tests {
		limit := 0
		if tc.name == "limit" {
			limit = 2
		}
		got, err := s.Gizmo(ctx, tc.query, limit)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if tc.name == "limit" {
			if len(got) != 2 {
				t.Errorf("%s: got %d results, want 2", tc.name, len(got))
			}
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %#v, want %#v", tc.name, got, tc.want)
		}
	}
}

func testGraphQL(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o, SeedDocument())
	q := `{ speaker(<http://schema.org/name>: "Steve Witkoff") { name: <http://schema.org/name>, statements: <https://newsgraph.dev/ns#said> @opt { text: <http://schema.org/text> } } }`
	got, err := s.GraphQL(ctx, q, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d results, want 1: %#v", len(got), got)
	}
	out := fmt.Sprint(got[0])
	for _, want := range []string{"Steve Witkoff", "Putin responded positively", "the fate of Donetsk would require further negotiation"} {
		if !strings.Contains(out, want) {
			t.Errorf("got %s, want it to hold %q", out, want)
		}
	}
	if _, err := s.GraphQL(ctx, `{ speaker(`, 0); err == nil {
		t.Error("a malformed GraphQL query returned no error")
	}
}

func testMalformedGizmo(t *testing.T, o Options) {
	ctx := context.Background()
	s := open(t, o, SeedDocument())
	bad := []struct{ name, query, msg string }{
		// Cayley's gizmo panics in its own goroutine on this one: an unrecovered panic
		// would end the test binary here.
		{"object as predicate", `g.V().Out({x:1}).All()`, "unsupported type"},
		{"object as tag", `g.V().Out("<http://schema.org/name>", {x:1}).All()`, "expected string"},
		{"syntax", `g.V(.All()`, ""},
		{"undefined", `h.V().All()`, "h is not defined"},
	}
	for _, tc := range bad {
		got, err := s.Gizmo(ctx, tc.query, 0)
		var qe *graph.QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%s: got %v, %v; want a QueryError", tc.name, got, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: got %q, want it to say %q", tc.name, err, tc.msg)
		}
	}
	// An endless query stops at the deadline.
	tctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := s.Gizmo(tctx, `while (true) {}`, 0); err == nil {
		t.Error("an endless query returned no error")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("an endless query ran %v past its 300ms deadline", d)
	}
	// The store still answers.
	got, err := s.Gizmo(ctx, `g.V("<`+schema.KeyIRI("person/marco-rubio")+`>").Out("<http://schema.org/name>").All()`, 0)
	if err != nil || len(got) != 1 {
		t.Errorf("query after the failures: got %v, %v; want Marco Rubio", got, err)
	}
}

func testQuads(t *testing.T, o Options) {
	seed, bolton := SeedDocument(), BoltonDocument()
	s := open(t, o, seed, bolton)
	want := map[string]bool{}
	for _, d := range []*extract.Document{seed, bolton} {
		qs, err := graph.DocumentQuads(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			want[q.NQuad()] = true
		}
	}
	got := map[string]bool{}
	err := s.Quads(context.Background(), func(q graph.Quad) error {
		got[q.NQuad()] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		for k := range want {
			if !got[k] {
				t.Errorf("missing quad %s", k)
			}
		}
		for k := range got {
			if !want[k] {
				t.Errorf("extra quad %s", k)
			}
		}
	}
	// Stop at the callback's error.
	stop := errors.New("stop")
	n := 0
	err = s.Quads(context.Background(), func(graph.Quad) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("stopping: got %v after %d quads, want the callback's error after 1", err, n)
	}
}
