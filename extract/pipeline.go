package extract

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"

	"newsgraph/schema"
)

// Stage is one step of the pipeline: it reads what earlier stages put in the Draft and
// adds its own part. Stages are small so that each can be replaced or tested alone.
type Stage interface {
	Run(d *Draft) error
}

// StageFunc adapts a function to a Stage.
type StageFunc func(d *Draft) error

// Run calls f(d).
func (f StageFunc) Run(d *Draft) error { return f(d) }

// MentionRef is a mention of an entity of the Draft, with offsets into Draft.Text.
type MentionRef struct {
	Start, End int
	Sentence   int
	// Entity is the index of the entity in Draft.Entities.
	Entity int
	// Kind says how the mention was found: "name" (a proper name or alias), "pronoun",
	// "title" ("the US President"), "demonym" ("Russian"), "capital" ("Moscow" standing
	// for Russia).
	Kind string
}

// Draft is a Document under construction: the article's text prepared for matching, its
// sentences and tokens, and the facts the stages have found so far. Offsets in a Draft
// are into Text (the normalized text); Finish maps them back to the original article text.
type Draft struct {
	Article Article
	// Original is the article text as read.
	Original string
	// Text is the normalized text every stage reads: curly quotes and apostrophes made
	// ASCII, odd spaces made plain, page furniture blanked out with spaces.
	Text string
	// orig[i] is the offset in Original of byte i of Text; len(orig) == len(Text)+1.
	orig []int
	// Published is the publication date (YYYY-MM-DD) when known.
	Published string
	// Sentences are the sentences and headline lines, in order.
	Sentences []Sent

	// Entities are the entities found, with their aliases; Mentions point into them and
	// are kept sorted by Start.
	Entities []Entity
	Mentions []MentionRef

	Roles      []Role
	Statements []Statement
	Events     []Event
	Relations  []Relation

	// notes are the entity stage's working notes (candidate names, titles) for the roles
	// and coreference stages.
	notes *entityNotes
}

// Sent is a sentence of the Draft with its tokens.
type Sent struct {
	Index      int
	Start, End int
	// Paragraph counts the paragraphs (blocks of text between blank lines or line breaks)
	// from zero.
	Paragraph int
	// Headline marks a line without final punctuation standing alone: a title or
	// subheading.
	Headline bool
	Tokens   []Token
}

// Token is a word or punctuation mark with its part-of-speech tag (Penn Treebank).
type Token struct {
	Text       string
	Tag        string
	Start, End int
}

// SentenceText returns the text of sentence i.
func (d *Draft) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Draft) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// OrigOffset maps an offset into Text to the matching offset into Original.
func (d *Draft) OrigOffset(off int) int {
	if off < 0 {
		return 0
	}
	if off >= len(d.orig) {
		return len(d.Original)
	}
	return d.orig[off]
}

// OrigText returns the original text of the span [start, end) of Text.
func (d *Draft) OrigText(start, end int) string {
	return d.Original[d.OrigOffset(start):d.OrigOffset(end)]
}

// Evidence builds the evidence of a fact found in Text[start:end] (Text offsets).
func (d *Draft) Evidence(start, end int, confidence float64) Evidence {
	return Evidence{Sentence: d.SentenceAt(start), Start: start, End: end, Confidence: confidence}
}

// EntityRef returns the Ref of entity i, or "" for i < 0.
func (d *Draft) EntityRef(i int) Ref {
	if i < 0 || i >= len(d.Entities) {
		return ""
	}
	return Ref(d.Entities[i].ID)
}

// MentionsIn returns the mentions inside [start, end), in order.
func (d *Draft) MentionsIn(start, end int) []MentionRef {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= start })
	j := i
	for j < len(d.Mentions) && d.Mentions[j].End <= end {
		j++
	}
	return d.Mentions[i:j]
}

// Pipeline runs its stages in order over a Draft.
type Pipeline struct {
	Stages []Stage
}

// Run prepares the article and runs every stage, then turns the Draft into a Document.
//
// A stage that panics (a bug, never the article's fault) fails this article with a
// *StageError that carries the stack, instead of taking the whole ingest down.
func (p *Pipeline) Run(ctx context.Context, a Article) (doc *Document, err error) {
	d := NewDraft(a)
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := runStage(s, d); err != nil {
			return nil, err
		}
	}
	return d.Finish(), nil
}

// StageError is a stage's failure on one article.
type StageError struct {
	Stage string
	Err   error
	// Stack is set when the stage panicked.
	Stack []byte
}

func (e *StageError) Error() string {
	if e.Stack != nil {
		return fmt.Sprintf("stage %s panicked: %v (a bug: please report it with the article)", e.Stage, e.Err)
	}
	return fmt.Sprintf("stage %s: %v", e.Stage, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

func runStage(s Stage, d *Draft) (err error) {
	name := strings.TrimPrefix(fmt.Sprintf("%T", s), "*extract.")
	name = strings.TrimPrefix(name, "extract.")
	defer func() {
		if r := recover(); r != nil {
			err = &StageError{Stage: name, Err: fmt.Errorf("%v", r), Stack: debug.Stack()}
		}
	}()
	if err := s.Run(d); err != nil {
		return &StageError{Stage: name, Err: err}
	}
	return nil
}

// NewDraft starts a Draft of the article: Text is Original until the text stage
// normalizes it.
func NewDraft(a Article) *Draft {
	d := &Draft{Article: a, Original: a.Text, Text: a.Text}
	d.orig = make([]int, len(a.Text)+1)
	for i := range d.orig {
		d.orig[i] = i
	}
	return d
}

// Finish turns the Draft into the Document: offsets mapped to the original text,
// mentions attached to their entities, sentences listed.
func (d *Draft) Finish() *Document {
	doc := &Document{
		Article:    d.Article,
		IRI:        d.Article.IRI(),
		Published:  d.Published,
		Entities:   make([]Entity, len(d.Entities)),
		Roles:      d.Roles,
		Statements: d.Statements,
		Events:     d.Events,
		Relations:  d.Relations,
		Sentences:  make([]Sentence, len(d.Sentences)),
	}
	for i, s := range d.Sentences {
		a, b := d.OrigOffset(s.Start), d.OrigOffset(s.End)
		doc.Sentences[i] = Sentence{Start: a, End: b, Text: d.Original[a:b], Headline: s.Headline}
	}
	for i, e := range d.Entities {
		e.Mentions = nil
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		doc.Entities[i] = e
	}
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(doc.Entities) {
			continue
		}
		a, b := d.OrigOffset(m.Start), d.OrigOffset(m.End)
		e := &doc.Entities[m.Entity]
		e.Mentions = append(e.Mentions, Mention{Start: a, End: b, Sentence: m.Sentence, Text: d.Original[a:b], Kind: m.Kind})
	}
	mapEv := func(ev *Evidence) {
		ev.Start, ev.End = d.OrigOffset(ev.Start), d.OrigOffset(ev.End)
	}
	for i := range doc.Roles {
		mapEv(&doc.Roles[i].Evidence)
		if doc.Roles[i].AsOf == "" {
			doc.Roles[i].AsOf = d.Published
		}
	}
	for i := range doc.Statements {
		mapEv(&doc.Statements[i].Evidence)
	}
	for i := range doc.Events {
		mapEv(&doc.Events[i].Evidence)
	}
	for i := range doc.Relations {
		mapEv(&doc.Relations[i].Evidence)
	}
	if doc.Roles == nil {
		doc.Roles = []Role{}
	}
	if doc.Statements == nil {
		doc.Statements = []Statement{}
	}
	if doc.Events == nil {
		doc.Events = []Event{}
	}
	if doc.Relations == nil {
		doc.Relations = []Relation{}
	}
	return doc
}

// AddEntity returns the index of the entity of type t named name, adding it when new.
// The entity's id is schema.EntityKey(t, name).
func (d *Draft) AddEntity(t schema.EntityType, name string) int {
	id := schema.EntityKey(t, name)
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return i
		}
	}
	d.Entities = append(d.Entities, Entity{ID: id, Type: t, Name: name, Aliases: []string{}})
	return len(d.Entities) - 1
}
