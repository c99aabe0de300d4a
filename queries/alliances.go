package queries

import (
	"context"
	"fmt"
	"sort"

	"newsgraph/graph"
	"newsgraph/schema"
)

// AllianceQuery selects the pairs Alliances scores. The zero value scores every pair of
// countries and organizations over the whole store.
type AllianceQuery struct {
	// Entity keeps the pairs with this entity (any entity going by the name) at one end.
	Entity string
	// Since and Until keep the evidence dated in the range (YYYY, YYYY-MM or YYYY-MM-DD,
	// both ends included): an event's own date, else its article's.
	Since, Until string
	// People lists pairs with people at an end too (Zelensky and Trump), besides the
	// countries and organizations they act for.
	People bool
	// NoRoles counts only the facts that name a country or organization itself: a
	// person's facts then never count for the country or organization they hold an
	// office of.
	NoRoles bool
	// Limit is the most pairs listed on each side (cooperation, conflict, mixed); 0 lists
	// all.
	Limit int
	// Evidence is the most pieces of evidence shown for each pair, strongest first
	// (0: 3; every piece is counted either way).
	Evidence int
}

// Sides of a pair.
const (
	SideCooperation = "cooperation"
	SideConflict    = "conflict"
	SideMixed       = "mixed"
)

// AlliancesResult is the answer to an AllianceQuery.
type AlliancesResult struct {
	// Entity is the entity the query's name stands for (nil when it gave none).
	Entity *Resolved `json:"entity,omitempty"`
	// Pairs are ordered by side (cooperation, mixed, conflict), then strength.
	Pairs []Alliance `json:"pairs"`
}

// Alliance is the cooperation/conflict score of one pair of entities over the stored
// articles.
type Alliance struct {
	// A and B are the pair; A is the entity asked for when the query names one.
	A graph.EntityRef `json:"a"`
	B graph.EntityRef `json:"b"`
	// Side is cooperation (Score > 0), conflict (Score < 0) or mixed (Score = 0).
	Side string `json:"side"`
	// Score is Cooperation - Conflict; Cooperation and Conflict add the weights of the
	// positive and negative pieces of evidence.
	Score       int `json:"score"`
	Cooperation int `json:"cooperation"`
	Conflict    int `json:"conflict"`
	// Pieces counts the pieces of evidence, Articles the articles they come from; First and
	// Last are the dates of the earliest and latest.
	Pieces   int    `json:"pieces"`
	Articles int    `json:"articles"`
	First    string `json:"first,omitempty"`
	Last     string `json:"last,omitempty"`
	// Strongest are the pieces that weigh most, those on the pair's side first.
	Strongest []AllianceEvidence `json:"strongest"`
}

// AllianceEvidence is one fact counted for a pair, with its weight.
type AllianceEvidence struct {
	// Weight is positive for cooperation, negative for conflict (see docs/alliances.md).
	Weight int `json:"weight"`
	// Cue is the word of a statement that made it supportive or hostile.
	Cue  string  `json:"cue,omitempty"`
	Fact FactRef `json:"fact"`
	// Via lists the roles through which a person's fact counts for a country or
	// organization: "Volodymyr Zelensky: President of Ukraine", stated in the same
	// article.
	Via []FactRef `json:"via,omitempty"`
}

// The weights of the scoring rule, documented in docs/alliances.md.
var (
	// relationWeights weigh explicit relations.
	relationWeights = map[schema.RelationKind]int{
		schema.Supports:  +3,
		schema.IsMember:  +2,
		schema.Opposes:   -2,
		schema.Accuses:   -2,
		schema.Bans:      -2,
		schema.Sanctions: -3,
		schema.Controls:  -3,
		schema.Occupies:  -4,
	}
	// eventWeights weigh taking part in one event, by the class of its kind
	// (schema.EventKind.Class), so that a kind added to a class counts as its class does.
	// Cooperative classes count for every pair of participants; hostile ones only when
	// the event has exactly two sides.
	eventWeights = map[string]int{
		schema.ClassMeet:      +1, // meeting, summit, talks, visit, conference
		schema.ClassCall:      +1,
		schema.ClassAgreement: +2, // agreement, signing
		schema.ClassAttack:    -4, // attack, poisoning, shooting, stabbing, bombing
		schema.ClassMeasure:   -2, // sanction, ban
	}
	// eventKindWeights override the weight of their class for single kinds.
	eventKindWeights = map[schema.EventKind]int{
		schema.EventSanction: -3,
	}
)

// eventWeight is the weight of taking part in one event of kind k.
func eventWeight(k schema.EventKind) int {
	if w, ok := eventKindWeights[k]; ok {
		return w
	}
	return eventWeights[k.Class()]
}

// statementWeight is the weight of a supportive (+) or hostile (-) statement: words
// weigh less than deeds.
const statementWeight = 1

// defaultEvidence is the number of pieces of evidence shown per pair by default.
const defaultEvidence = 3

// Alliances scores pairs of countries and organizations (and people, when asked) by the
// cooperation and conflict the stored articles report between them: explicit relations,
// events they take part in together, and supportive or hostile statements one makes
// about the other. Roles are no evidence of alliance; they only make an office holder's
// facts count for the country or organization of the office (same article, unless
// NoRoles). Each pair is explained by its strongest pieces of evidence. The rule and its
// weights are in docs/alliances.md.
func Alliances(ctx context.Context, store *graph.Store, q AllianceQuery) (AlliancesResult, error) {
	st := store.Reader()
	var res AlliancesResult
	if err := graph.CheckDates(q.Since, q.Until); err != nil {
		return res, err
	}
	var focus map[string]bool
	if q.Entity != "" {
		r, err := resolve(ctx, st, q.Entity, "")
		if err != nil {
			return res, err
		}
		res.Entity = &r
		focus = map[string]bool{r.IRI: true}
		if r.Type == schema.Person {
			q.People = true // asking about a person asks for people
		}
	}
	// The whole store, or only the facts around the entity asked for.
	var fs *factSet
	var err error
	if focus == nil {
		fs, err = readFacts(ctx, st, q.Since, q.Until)
		if err == nil && (q.Since != "" || q.Until != "") {
			// An office stated in the article of a fact counts whatever the range.
			fs.roles, err = st.Roles(ctx, graph.RoleFilter{})
		}
	} else {
		fs, err = readAround(ctx, st, res.Entity.IRI, q.Since, q.Until)
	}
	if err != nil {
		return res, fmt.Errorf("alliances: %w", err)
	}
	sc := newScorer(q, fs.roles, focus)
	sc.articleNames = func(article string) (map[string][]string, error) { return articleNames(ctx, st, article) }
	for _, r := range fs.relations {
		sc.relation(r)
	}
	for _, ev := range fs.events {
		sc.event(ev)
	}
	for _, s := range fs.statements {
		if err := sc.statement(s); err != nil {
			return res, fmt.Errorf("alliances: %w", err)
		}
	}
	res.Pairs = sc.result(q)
	return res, nil
}

// actor is an entity a fact counts for: the entity named, or the country or organization
// a named person holds an office of (via that role).
type actor struct {
	ref graph.EntityRef
	via *graph.Role
}

// scorer accumulates the evidence of every pair.
type scorer struct {
	people  bool
	noRoles bool
	focus   map[string]bool
	// offices maps article IRI -> person IRI -> the office roles stated there.
	offices map[string]map[string][]graph.Role
	// articleNames returns the folded names and aliases each entity goes by in an
	// article (entity IRI -> names), for reading its statements; names caches them.
	articleNames func(article string) (map[string][]string, error)
	names        map[string]map[string][]string
	pairs        map[[2]string]*pairAcc
}

// pairAcc is the evidence of one pair (key: the two IRIs in order).
type pairAcc struct {
	a, b     graph.EntityRef
	evidence []AllianceEvidence
	// seen keeps one piece per sentence and sign: a sentence that states a relation and
	// an event between the same pair counts once, with its heavier piece.
	seen map[sentenceSign]int
}

type sentenceSign struct {
	article  string
	sentence int
	sign     int
}

func newScorer(q AllianceQuery, roles []graph.Role, focus map[string]bool) *scorer {
	sc := &scorer{people: q.People, noRoles: q.NoRoles, focus: focus,
		offices: map[string]map[string][]graph.Role{}, names: map[string]map[string][]string{}, pairs: map[[2]string]*pairAcc{}}
	for _, r := range roles {
		if r.Of == nil || r.Former || !allianceType(r.Of.Type, false) || !isOffice(r.Title) {
			continue
		}
		m := sc.offices[r.Article]
		if m == nil {
			m = map[string][]graph.Role{}
			sc.offices[r.Article] = m
		}
		m[r.Person.IRI] = append(m[r.Person.IRI], r)
	}
	return sc
}

// allianceType reports whether entities of type t can be an end of a pair.
func allianceType(t schema.EntityType, people bool) bool {
	return t == schema.Country || t == schema.Organization || (people && t == schema.Person)
}

// actors returns what a fact naming e in article counts for.
func (sc *scorer) actors(e graph.EntityRef, article string) []actor {
	var out []actor
	if allianceType(e.Type, sc.people) {
		out = append(out, actor{ref: e})
	}
	if e.Type == schema.Person && !sc.noRoles {
		seen := map[string]bool{}
		for _, r := range sc.offices[article][e.IRI] {
			if !seen[r.Of.IRI] {
				seen[r.Of.IRI] = true
				role := r
				out = append(out, actor{ref: *r.Of, via: &role})
			}
		}
	}
	return out
}

// add counts one piece of evidence for every pair of actors, one from each side.
func (sc *scorer) add(left, right []actor, weight int, cue string, f FactRef) {
	for _, x := range left {
		for _, y := range right {
			sc.addPair(x, y, weight, cue, f)
		}
	}
}

func (sc *scorer) addPair(x, y actor, weight int, cue string, f FactRef) {
	if x.ref.IRI == y.ref.IRI || weight == 0 {
		return
	}
	if sc.focus != nil && !sc.focus[x.ref.IRI] && !sc.focus[y.ref.IRI] {
		return
	}
	if y.ref.IRI < x.ref.IRI {
		x, y = y, x
	}
	key := [2]string{x.ref.IRI, y.ref.IRI}
	p := sc.pairs[key]
	if p == nil {
		p = &pairAcc{a: x.ref, b: y.ref, seen: map[sentenceSign]int{}}
		sc.pairs[key] = p
	}
	ev := AllianceEvidence{Weight: weight, Cue: cue, Fact: f}
	for _, a := range []actor{x, y} {
		if a.via != nil {
			ev.Via = append(ev.Via, roleFact(*a.via))
		}
	}
	sign := 1
	if weight < 0 {
		sign = -1
	}
	k := sentenceSign{f.Source.Article, f.Source.SentenceIndex, sign}
	if i, ok := p.seen[k]; ok {
		// The same sentence already counted for this pair: keep the heavier piece, and
		// the more direct one (fewer roles in between) among equals.
		old := p.evidence[i]
		if abs(weight) > abs(old.Weight) || (abs(weight) == abs(old.Weight) && len(ev.Via) < len(old.Via)) {
			p.evidence[i] = ev
		}
		return
	}
	p.seen[k] = len(p.evidence)
	p.evidence = append(p.evidence, ev)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// relation counts an explicit relation between its subject and object.
func (sc *scorer) relation(r graph.Relation) {
	w := relationWeights[r.Predicate]
	if w == 0 {
		return
	}
	sc.add(sc.actors(r.Subject, r.Article), sc.actors(r.Object, r.Article), w, "", relationFact(r))
}

// event counts an event between every two of its sides. A side is what one participant
// counts for; participants that count for the same entity are one side.
func (sc *scorer) event(ev graph.Event) {
	k, _ := schema.ParseEventKind(ev.Kind)
	w := eventWeight(k)
	if w == 0 {
		return
	}
	var sides [][]actor
	for _, p := range ev.Participants {
		if w < 0 && ev.Place != nil && graph.FoldName(p.Name) == graph.FoldName(ev.Place.Name) {
			// "an airstrike in Iraq" names where it happened, not a side.
			continue
		}
		as := sc.actors(p, ev.Article)
		if len(as) == 0 {
			continue
		}
		merged := false
		for i, s := range sides {
			if sameSide(s, as) {
				sides[i] = append(s, as...)
				merged = true
				break
			}
		}
		if !merged {
			sides = append(sides, as)
		}
	}
	if w < 0 && len(sides) != 2 {
		// An attack, sanction or ban with more than two sides does not say who did it
		// to whom.
		return
	}
	f := eventFact(ev)
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			sc.add(sides[i], sides[j], w, "", f)
		}
	}
}

// sameSide reports whether two participants count for a common entity.
func sameSide(a, b []actor) bool {
	for _, x := range a {
		for _, y := range b {
			if x.ref.IRI == y.ref.IRI {
				return true
			}
		}
	}
	return false
}

// statement counts a supportive or hostile statement between its speaker and the entity
// it targets (see stanceOf).
func (sc *scorer) statement(s graph.Statement) error {
	if s.Speaker == nil || len(s.About) == 0 {
		return nil
	}
	speaker := sc.actors(*s.Speaker, s.Article)
	if len(speaker) == 0 {
		return nil
	}
	var cands []graph.EntityRef
	// What the speaker stands for is not a target: a president speaking of their own
	// country.
	seen := map[string]bool{s.Speaker.IRI: true}
	for _, a := range speaker {
		seen[a.ref.IRI] = true
	}
	for _, a := range s.About {
		if !seen[a.IRI] && len(sc.actors(a, s.Article)) > 0 {
			seen[a.IRI] = true
			cands = append(cands, a)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	known, ok := sc.names[s.Article]
	if !ok && sc.articleNames != nil {
		var err error
		if known, err = sc.articleNames(s.Article); err != nil {
			return err
		}
		sc.names[s.Article] = known
	}
	names := make([][]string, len(cands))
	for i, c := range cands {
		names[i] = known[c.IRI]
		if len(names[i]) == 0 {
			names[i] = []string{graph.FoldName(c.Name)}
		}
	}
	sign, targets, cue := stanceOf(s.Text, s.Cue, names)
	f := statementFact(s)
	for _, t := range targets {
		sc.add(speaker, sc.actors(cands[t], s.Article), sign*statementWeight, cue, f)
	}
	return nil
}

// articleNames reads the names and aliases the entities go by in one article (folded),
// from the article's own quads.
func articleNames(ctx context.Context, st reads, article string) (map[string][]string, error) {
	out := map[string][]string{}
	err := st.ArticleQuads(ctx, article, func(q graph.Quad) error {
		if q.Predicate.Value == schema.Name || q.Predicate.Value == schema.AlternateName {
			if f := graph.FoldName(q.Object.Value); f != "" {
				out[q.Subject.Value] = append(out[q.Subject.Value], f)
			}
		}
		return nil
	})
	return out, err
}

// readAround reads the facts that can make a pair with the entity iri: those naming it,
// and those naming a person who holds an office of it (they may count for it), with the
// roles stated in the articles of those facts.
func readAround(ctx context.Context, st reads, iri, since, until string) (*factSet, error) {
	fs := &factSet{}
	holders, err := st.Roles(ctx, graph.RoleFilter{Of: iri})
	if err != nil {
		return nil, err
	}
	ends := []string{iri}
	seenEnd := map[string]bool{iri: true}
	for _, r := range holders {
		if !seenEnd[r.Person.IRI] {
			seenEnd[r.Person.IRI] = true
			ends = append(ends, r.Person.IRI)
		}
	}
	seen := map[string]bool{}
	articles := map[string]bool{}
	keep := func(factIRI, article string) bool {
		if seen[factIRI] {
			return false
		}
		seen[factIRI] = true
		articles[article] = true
		return true
	}
	for _, e := range ends {
		rels, err := st.Relations(ctx, graph.RelationFilter{Entity: e, Since: since, Until: until})
		if err != nil {
			return nil, err
		}
		for _, r := range rels {
			if keep(r.IRI, r.Article) {
				fs.relations = append(fs.relations, r)
			}
		}
		evs, err := st.Events(ctx, graph.EventFilter{Participant: e, Since: since, Until: until})
		if err != nil {
			return nil, err
		}
		for _, ev := range evs {
			if keep(ev.IRI, ev.Article) {
				fs.events = append(fs.events, ev)
			}
		}
		for _, f := range []graph.StatementFilter{{Speaker: e, Since: since, Until: until}, {About: e, Since: since, Until: until}} {
			sts, err := st.Statements(ctx, f)
			if err != nil {
				return nil, err
			}
			for _, s := range sts {
				if keep(s.IRI, s.Article) {
					fs.statements = append(fs.statements, s)
				}
			}
		}
	}
	// The roles of those articles: one read per article, or one read of every role when
	// there are many articles (each read loads the entities it names afresh).
	if len(articles) > maxArticleReads {
		roles, err := st.Roles(ctx, graph.RoleFilter{})
		if err != nil {
			return nil, err
		}
		for _, r := range roles {
			if articles[r.Article] {
				fs.roles = append(fs.roles, r)
			}
		}
		return fs, nil
	}
	var list []string
	for a := range articles {
		list = append(list, a)
	}
	sort.Strings(list)
	for _, a := range list {
		roles, err := st.Roles(ctx, graph.RoleFilter{Article: a})
		if err != nil {
			return nil, err
		}
		fs.roles = append(fs.roles, roles...)
	}
	return fs, nil
}

// maxArticleReads is the most articles readAround reads the roles of one by one.
const maxArticleReads = 16

// result orders the pairs and keeps the strongest evidence of each.
func (sc *scorer) result(q AllianceQuery) []Alliance {
	show := q.Evidence
	if show <= 0 {
		show = defaultEvidence
	}
	out := []Alliance{}
	for _, p := range sc.pairs {
		a := Alliance{A: p.a, B: p.b}
		if sc.focus != nil && !sc.focus[a.A.IRI] && sc.focus[a.B.IRI] {
			a.A, a.B = a.B, a.A
		}
		articles := map[string]bool{}
		for _, ev := range p.evidence {
			if ev.Weight > 0 {
				a.Cooperation += ev.Weight
			} else {
				a.Conflict -= ev.Weight
			}
			articles[ev.Fact.Source.Article] = true
			d := firstDate(ev.Fact.Date)
			if d != "" && (a.First == "" || d < a.First) {
				a.First = d
			}
			if d > a.Last {
				a.Last = d
			}
		}
		a.Pieces, a.Articles = len(p.evidence), len(articles)
		a.Score = a.Cooperation - a.Conflict
		switch {
		case a.Score > 0:
			a.Side = SideCooperation
		case a.Score < 0:
			a.Side = SideConflict
		default:
			a.Side = SideMixed
		}
		ev := append([]AllianceEvidence(nil), p.evidence...)
		sort.SliceStable(ev, func(i, j int) bool { return evidenceLess(ev[i], ev[j], a.Score) })
		if len(ev) > show {
			ev = ev[:show]
		}
		a.Strongest = ev
		out = append(out, a)
	}
	sort.SliceStable(out, func(i, j int) bool { return allianceLess(out[i], out[j]) })
	if q.Limit > 0 {
		count := map[string]int{}
		kept := out[:0]
		for _, a := range out {
			if count[a.Side] < q.Limit {
				count[a.Side]++
				kept = append(kept, a)
			}
		}
		out = kept
	}
	return out
}

// evidenceLess puts first the pieces on the pair's side, then the heavier, then the
// more recent.
func evidenceLess(a, b AllianceEvidence, score int) bool {
	onSide := func(e AllianceEvidence) bool { return score == 0 || (e.Weight > 0) == (score > 0) }
	if oa, ob := onSide(a), onSide(b); oa != ob {
		return oa
	}
	if abs(a.Weight) != abs(b.Weight) {
		return abs(a.Weight) > abs(b.Weight)
	}
	if len(a.Via) != len(b.Via) {
		return len(a.Via) < len(b.Via)
	}
	if a.Fact.Date != b.Fact.Date {
		return a.Fact.Date > b.Fact.Date
	}
	if a.Fact.Source.Article != b.Fact.Source.Article {
		return a.Fact.Source.Article < b.Fact.Source.Article
	}
	if a.Fact.Source.SentenceIndex != b.Fact.Source.SentenceIndex {
		return a.Fact.Source.SentenceIndex < b.Fact.Source.SentenceIndex
	}
	return a.Fact.IRI < b.Fact.IRI
}

// sideOrder lists cooperation first, then mixed, then conflict.
var sideOrder = map[string]int{SideCooperation: 0, SideMixed: 1, SideConflict: 2}

// allianceLess orders pairs by side, then strength (highest score first on the
// cooperation side, lowest first on the conflict side), then pieces, then names.
func allianceLess(a, b Alliance) bool {
	if a.Side != b.Side {
		return sideOrder[a.Side] < sideOrder[b.Side]
	}
	if abs(a.Score) != abs(b.Score) {
		return abs(a.Score) > abs(b.Score)
	}
	if a.Pieces != b.Pieces {
		return a.Pieces > b.Pieces
	}
	if a.A.Name != b.A.Name {
		return a.A.Name < b.A.Name
	}
	return a.B.Name < b.B.Name
}
