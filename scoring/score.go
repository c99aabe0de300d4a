package scoring

import (
	"errors"
	"fmt"
	"strings"
)

// Part is one of the five parts an extraction is scored on.
type Part int

// The parts, in score.py's order.
const (
	Entities Part = iota
	Roles
	Statements
	Events
	Relations
	NumParts = 5
)

var partNames = [NumParts]string{"entities", "roles", "statements", "events", "relations"}

// String is the part's name as score.py prints it ("entities").
func (p Part) String() string {
	if p < 0 || p >= NumParts {
		return fmt.Sprintf("Part(%d)", int(p))
	}
	return partNames[p]
}

// Counts are the tallies of one part for one article (or summed over articles): score.py's
// "tp", "pred", "gold", "tp_r" and the extras of some parts.
type Counts struct {
	TP   int // judged predictions that are right (precision numerator)
	Pred int // judged predictions (precision denominator)
	Gold int // gold items (recall denominator)
	TPR  int // gold items found (recall numerator)

	Dup        int // entities: second extracted entities for one gold entity
	OfOK       int // roles: matched roles whose "of" is right ...
	OfTotal    int // ... among matched roles whose gold has an "of"
	Found      int // statements: gold statements whose text was found, any speaker
	PlaceOK    int // events: matched events whose place is right ...
	PlaceTotal int // ... among matched events whose gold has a place
}

// Add adds o's tallies to c.
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.Pred += o.Pred
	c.Gold += o.Gold
	c.TPR += o.TPR
	c.Dup += o.Dup
	c.OfOK += o.OfOK
	c.OfTotal += o.OfTotal
	c.Found += o.Found
	c.PlaceOK += o.PlaceOK
	c.PlaceTotal += o.PlaceTotal
}

// PRF returns precision, recall and F1 with score.py's conventions: no predictions is
// precision 1 when there is no gold either and 0 otherwise; no gold is recall 1; F1 is 0
// when precision and recall are both 0.
func (c Counts) PRF() (p, r, f float64) {
	return prf(c.TP, c.Pred, c.TPR, c.Gold)
}

func prf(tpP, nPred, tpR, nGold int) (p, r, f float64) {
	switch {
	case nPred != 0:
		p = float64(tpP) / float64(nPred)
	case nGold == 0:
		p = 1
	}
	r = 1
	if nGold != 0 {
		r = float64(tpR) / float64(nGold)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ArticleScore is the score of one gold article.
type ArticleScore struct {
	// Name is the gold file's name without ".json".
	Name string
	// Err is set when the extraction could not be had (a failed run); the article is
	// then scored as an empty extraction, as score.py does.
	Err    error
	Counts [NumParts]Counts
	// Log lists every miss and extra, in score.py's words ("  entity missed: ...").
	Log []string
}

// Line is score.py's line for the article: "NAME: entities 0.95, roles 1.00, ...".
func (a *ArticleScore) Line() string {
	var b strings.Builder
	b.WriteString(a.Name)
	b.WriteString(": ")
	for p := range Part(NumParts) {
		if p > 0 {
			b.WriteString(", ")
		}
		_, _, f := a.Counts[p].PRF()
		fmt.Fprintf(&b, "%s %.2f", p, f)
	}
	return b.String()
}

// ScoreError is returned when score.py itself would stop with an exception on this input
// (a gold item without a key it reads, an extraction that is not a JSON object, a list
// where an object belongs ...). Python's message is given in its words.
type ScoreError struct {
	Name string // the gold file's name
	Part string // the part being scored, or "" when reading the extraction's entities
	Msg  string
}

func (e *ScoreError) Error() string {
	if e.Part == "" {
		return fmt.Sprintf("score %s: %s", e.Name, e.Msg)
	}
	return fmt.Sprintf("score %s: %s: %s", e.Name, e.Part, e.Msg)
}

// Score scores one extraction against its gold exactly as score.py does. x nil is a
// failed run (an empty extraction).
func Score(g *Gold, x *Extraction) (*ArticleScore, error) {
	var doc any = newObject()
	if x != nil {
		doc = x.doc
	}
	a := &ArticleScore{Name: g.Name}
	part := ""
	err := catch(func() {
		ex := newExtracted(doc)
		for p := range Part(NumParts) {
			part = p.String()
			a.Counts[p] = scorers[p](g.doc, ex, &a.Log)
		}
	})
	if err != nil {
		var pe *pyError
		if errors.As(err, &pe) {
			return nil, &ScoreError{Name: g.Name, Part: part, Msg: pe.msg}
		}
		return nil, err
	}
	return a, nil
}

// catch runs f and returns the pyError it raised.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*pyError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	f()
	return nil
}

var scorers = [NumParts]func(gold any, ex *extracted, log *[]string) Counts{
	scoreEntities, scoreRoles, scoreStatements, scoreEvents, scoreRelations,
}

// extracted is score.py's Extracted: the extraction with entity ids resolved.
type extracted struct {
	doc      any
	entities []any
	byID     map[string]any
	memo     map[string]string // Normalize of the strings seen so far
}

func newExtracted(doc any) *extracted {
	ex := &extracted{doc: doc, byID: map[string]any{}, memo: map[string]string{}}
	ents := or(get(doc, "entities", nil), []any{})
	ex.entities = iterate(ents)
	for _, e := range ex.entities {
		if get(e, "id", nil) != nil {
			ex.byID[pyStr(index(e, "id"))] = e
		}
	}
	return ex
}

// names is Extracted.names: the name set of an entity reference (an id, an entity object
// or a plain name).
func (ex *extracted) names(ref any) nameSet {
	if ref == nil {
		return nameSet{}
	}
	if _, ok := ref.(*object); ok {
		return ex.namesOf(ref)
	}
	if e, ok := ex.byID[pyStr(ref)]; ok {
		return ex.namesOf(e)
	}
	s := nameSet{}
	if n := ex.norm(ref); n != "" {
		s.add(n)
	}
	return s
}

// part returns doc.get(key) or [] as a list of items.
func (ex *extracted) part(key string) []any {
	return iterate(or(get(ex.doc, key, nil), []any{}))
}

// namesOf is names_of(item): the normalized name and aliases, without "".
func (ex *extracted) namesOf(item any) nameSet {
	s := nameSet{}
	s.add(ex.norm(get(item, "name", nil)))
	for _, a := range iterate(or(get(item, "aliases", nil), []any{})) {
		s.add(ex.norm(a))
	}
	delete(s, "")
	return s
}

// goldNames is gold_names(gold_index, name): the names of the gold entity that has name
// among its names, or the name alone.
func (ex *extracted) goldNames(goldIndex, name any) nameSet {
	if name == nil {
		return nameSet{}
	}
	key := ex.norm(name)
	for _, e := range iterate(goldIndex) {
		if ns := ex.namesOf(e); ns.has(key) {
			return ns
		}
	}
	return nameSet{key: {}}
}

// class is a group of words that mean the same for scoring, squashed (normalized without
// spaces).
type class struct {
	name    string
	members []string
}

// squashClasses squashes the members of each class.
func squashClasses(cs []class) []class {
	for i, c := range cs {
		for j, m := range c.members {
			cs[i].members[j] = strings.ReplaceAll(Normalize(m), " ", "")
		}
	}
	return cs
}

// classOf is cls(word, classes): the name of the class word belongs to, or word squashed.
func (ex *extracted) classOf(word any, classes []class) string {
	w := ex.squash(word)
	for _, c := range classes {
		for _, m := range c.members {
			if m == w {
				return c.name
			}
		}
	}
	return w
}

// eventClasses are the event kinds that name the same thing for scoring.
var eventClasses = squashClasses([]class{
	{"meet", []string{"summit", "meeting", "talks", "talk", "negotiation", "negotiations",
		"visit", "conference", "call", "phone call", "phonecall", "meet"}},
	{"election", []string{"election", "vote", "ballot", "primary", "elected"}},
	{"attack", []string{"attack", "strike", "airstrike", "bombing", "shooting", "shootdown", "downing"}},
	{"protest", []string{"protest", "march", "rally", "demonstration"}},
})

// predicateClasses are the relation predicates that say the same thing for scoring.
var predicateClasses = squashClasses([]class{
	{"occupies", []string{"occupies", "occupy", "controls", "occupation", "occupied"}},
	{"memberof", []string{"memberof", "member", "member of", "belongsto", "joined"}},
	{"supports", []string{"supports", "support", "allyof", "ally", "allied", "backs", "alliedwith"}},
	{"opposes", []string{"opposes", "oppose", "rejects", "condemns", "denounces", "criticizes", "criticises"}},
	{"sanctions", []string{"sanctions", "sanctioned", "bans", "banned"}},
	{"accuses", []string{"accuses", "accused", "blames", "blamed"}},
})

// intSet is a set of gold item indexes.
type intSet map[int]struct{}

func (s intSet) has(i int) bool { _, ok := s[i]; return ok }
func (s intSet) add(i int)      { s[i] = struct{}{} }

func logf(log *[]string, format string, args ...any) {
	*log = append(*log, fmt.Sprintf(format, args...))
}

func scoreEntities(gold any, ex *extracted, log *[]string) Counts {
	golds := iterate(get(gold, "entities", []any{}))
	optional := get(gold, "optional_entities", []any{})
	matched := intSet{}
	var tp, fp, dup int
	for _, e := range ex.entities {
		t := get(e, "type", nil)
		ns := ex.namesOf(e)
		hit := -1
		for i, g := range golds {
			if equal(index(g, "type"), t) && ns.meets(ex.namesOf(g)) {
				hit = i
				if !matched.has(i) {
					break
				}
			}
		}
		switch {
		case hit >= 0 && !matched.has(hit):
			matched.add(hit)
			tp++
		case hit >= 0:
			dup++
			fp++
			logf(log, "  entity duplicate: %s %s", pyStr(t), pyRepr(get(e, "name", nil)))
		case anyItem(optional, func(o any) bool { return equal(index(o, "type"), t) && ns.meets(ex.namesOf(o)) }):
			continue
		default:
			fp++
			why := ""
			for _, g := range golds {
				if ns.meets(ex.namesOf(g)) {
					if why == "" {
						why = fmt.Sprintf(" (gold says %s)", pyStr(index(g, "type")))
					}
				}
			}
			logf(log, "  entity extra: %s %s%s", pyStr(t), pyRepr(get(e, "name", nil)), why)
		}
	}
	for i, g := range golds {
		if !matched.has(i) {
			logf(log, "  entity missed: %s %s", pyStr(index(g, "type")), pyRepr(index(g, "name")))
		}
	}
	return Counts{TP: tp, Pred: tp + fp, Gold: len(golds), TPR: len(matched), Dup: dup}
}

// anyItem is any(f(o) for o in v), stopping at the first true.
func anyItem(v any, f func(any) bool) bool {
	for _, o := range iterate(v) {
		if f(o) {
			return true
		}
	}
	return false
}

// titleOK is title_ok: one title's words contain the other's.
func (ex *extracted) titleOK(goldTitle, exTitle any) bool {
	g, e := wordSet(ex.norm(goldTitle)), wordSet(ex.norm(exTitle))
	return len(g) > 0 && len(e) > 0 && (subset(g, e) || subset(e, g))
}

func wordSet(s string) nameSet {
	out := nameSet{}
	out.add(strings.Fields(s)...)
	return out
}

func subset(a, b nameSet) bool {
	for w := range a {
		if !b.has(w) {
			return false
		}
	}
	return true
}

func scoreRoles(gold any, ex *extracted, log *[]string) Counts {
	goldsV := get(gold, "roles", []any{})
	gi := get(gold, "entities", []any{})
	matched := intSet{}
	var tp, ofTotal, ofOK int
	preds := ex.part("roles")
	for _, r := range preds {
		pn := ex.names(get(r, "person", nil))
		hit := -1
		golds := iterate(goldsV)
		for i, g := range golds {
			if matched.has(i) {
				continue
			}
			if pn.meets(ex.goldNames(gi, index(g, "person"))) && ex.titleOK(index(g, "title"), get(r, "title", "")) {
				hit = i
				break
			}
		}
		if hit < 0 {
			logf(log, "  role extra: %s %s", pn.firstSorted(1), pyRepr(get(r, "title", nil)))
			continue
		}
		matched.add(hit)
		tp++
		g := golds[hit]
		if truthy(get(g, "of", nil)) {
			ofTotal++
			if ex.names(get(r, "of", nil)).meets(ex.goldNames(gi, index(g, "of"))) {
				ofOK++
			} else {
				logf(log, "  role 'of' wrong: %s %s of %s, got %s", pyStr(index(g, "person")),
					pyStr(index(g, "title")), pyRepr(index(g, "of")), pyRepr(get(r, "of", nil)))
			}
		}
	}
	for i, g := range iterate(goldsV) {
		if !matched.has(i) {
			logf(log, "  role missed: %s %s", pyStr(index(g, "person")), pyRepr(index(g, "title")))
		}
	}
	return Counts{TP: tp, Pred: len(preds), Gold: length(goldsV), TPR: len(matched), OfOK: ofOK, OfTotal: ofTotal}
}

// textMatch is text_match: the gold text is contained in the extracted one, or the
// extracted one is in the gold and at least half as long, or 80% of the gold's words
// (three or more) are among the extracted one's.
func (ex *extracted) textMatch(goldText, exText any) bool {
	g, e := ex.norm(goldText), ex.norm(exText)
	if g == "" || e == "" {
		return false
	}
	if strings.Contains(e, g) {
		return true
	}
	if strings.Contains(g, e) && float64(len(e)) >= 0.5*float64(len(g)) {
		return true
	}
	gt, et := strings.Fields(g), wordSet(e)
	if len(gt) < 3 {
		return false
	}
	n := 0
	for _, w := range gt {
		if et.has(w) {
			n++
		}
	}
	return float64(n)/float64(len(gt)) >= 0.8
}

func scoreStatements(gold any, ex *extracted, log *[]string) Counts {
	goldsV := get(gold, "statements", []any{})
	optional := get(gold, "optional_statements", []any{})
	gi := get(gold, "entities", []any{})
	preds := ex.part("statements")
	found, right := intSet{}, intSet{}
	var tpP, judged int
	for _, s := range preds {
		text := get(s, "text", "")
		sp := ex.names(get(s, "speaker", nil))
		golds := iterate(goldsV)
		var hits []int
		for i, g := range golds {
			if ex.textMatch(index(g, "text"), text) {
				hits = append(hits, i)
			}
		}
		if len(hits) == 0 {
			if anyItem(optional, func(o any) bool { return ex.textMatch(index(o, "text"), text) }) {
				continue
			}
			judged++
			logf(log, "  statement extra: %s %s", sp.firstSorted(1), pyRepr(head(text, 70)))
			continue
		}
		judged++
		ok := false
		for _, i := range hits {
			found.add(i)
			if sp.meets(ex.goldNames(gi, index(golds[i], "speaker"))) {
				right.add(i)
				ok = true
			}
		}
		if ok {
			tpP++
		} else {
			g := golds[hits[0]]
			logf(log, "  statement misattributed: %s said %s, got %s", pyRepr(index(g, "speaker")),
				pyRepr(head(index(g, "text"), 50)), sp.firstSorted(1))
		}
	}
	for i, g := range iterate(goldsV) {
		if !found.has(i) {
			logf(log, "  statement missed: %s: %s", pyStr(index(g, "speaker")), pyRepr(head(index(g, "text"), 60)))
		}
	}
	return Counts{TP: tpP, Pred: judged, Gold: length(goldsV), TPR: len(right), Found: len(found)}
}

func scoreEvents(gold any, ex *extracted, log *[]string) Counts {
	goldsV := get(gold, "events", []any{})
	gi := get(gold, "entities", []any{})
	preds := ex.part("events")
	matched := intSet{}
	var tp, placeOK, placeTotal int
	for _, ev := range preds {
		kind := ex.classOf(or(or(get(ev, "type", nil), get(ev, "kind", nil)), ""), eventClasses)
		parts := nameSet{}
		for _, p := range iterate(or(get(ev, "participants", nil), []any{})) {
			parts.union(ex.names(p))
		}
		hit := -1
		golds := iterate(goldsV)
		for i, g := range golds {
			if matched.has(i) || ex.classOf(index(g, "type"), eventClasses) != kind {
				continue
			}
			need := min(2, length(index(g, "participants")))
			have := 0
			for _, p := range iterate(index(g, "participants")) {
				if parts.meets(ex.goldNames(gi, p)) {
					have++
				}
			}
			if have >= need {
				hit = i
				break
			}
		}
		if hit < 0 {
			logf(log, "  event extra: %s %s", pyRepr(get(ev, "type", nil)), parts.firstSorted(3))
			continue
		}
		matched.add(hit)
		tp++
		g := golds[hit]
		if truthy(get(g, "place", nil)) {
			placeTotal++
			want := nameSet{}
			for _, p := range iterate(index(g, "place")) {
				want.union(ex.goldNames(gi, p))
			}
			if ex.names(get(ev, "place", nil)).meets(want) {
				placeOK++
			}
		}
	}
	for i, g := range iterate(goldsV) {
		if !matched.has(i) {
			logf(log, "  event missed: %s %s", pyStr(index(g, "type")), pyStr(index(g, "participants")))
		}
	}
	return Counts{TP: tp, Pred: len(preds), Gold: length(goldsV), TPR: len(matched), PlaceOK: placeOK, PlaceTotal: placeTotal}
}

func scoreRelations(gold any, ex *extracted, log *[]string) Counts {
	goldsV := get(gold, "relations", []any{})
	gi := get(gold, "entities", []any{})
	preds := ex.part("relations")
	matched := intSet{}
	tp := 0
	judged := len(preds)
	same := func(g any, pc string, sn, on nameSet) bool {
		return ex.classOf(index(g, "predicate"), predicateClasses) == pc &&
			sn.meets(ex.goldNames(gi, index(g, "subject"))) && on.meets(ex.goldNames(gi, index(g, "object")))
	}
	for _, r := range preds {
		pc := ex.classOf(get(r, "predicate", ""), predicateClasses)
		sn, on := ex.names(get(r, "subject", nil)), ex.names(get(r, "object", nil))
		hit := -1
		for i, g := range iterate(goldsV) {
			if matched.has(i) {
				continue
			}
			if same(g, pc, sn, on) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if anyItem(get(gold, "optional_relations", []any{}), func(o any) bool { return same(o, pc, sn, on) }) {
				judged--
				continue
			}
			logf(log, "  relation extra: %s %s %s", sn.firstSorted(1), pyStr(get(r, "predicate", nil)), on.firstSorted(1))
			continue
		}
		matched.add(hit)
		tp++
	}
	for i, g := range iterate(goldsV) {
		if !matched.has(i) {
			logf(log, "  relation missed: %s %s %s", pyStr(index(g, "subject")), pyStr(index(g, "predicate")), pyStr(index(g, "object")))
		}
	}
	return Counts{TP: tp, Pred: judged, Gold: length(goldsV), TPR: len(matched)}
}

// norm is score.py's norm(s) for any value: "" for None, else the Normalize of str(s).
func (ex *extracted) norm(v any) string {
	if v == nil {
		return ""
	}
	s := pyStr(v)
	n, ok := ex.memo[s]
	if !ok {
		n = Normalize(s)
		ex.memo[s] = n
	}
	return n
}

// squash is norm(s) without spaces.
func (ex *extracted) squash(v any) string {
	return strings.ReplaceAll(ex.norm(v), " ", "")
}
