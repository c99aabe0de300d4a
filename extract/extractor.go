package extract

import (
	"context"
	"fmt"
)

// Options tune the extractor. The zero value is the default pipeline.
//
// There is no switch for prose's named-entity model: the pipeline does not use it.
// Measured on the evaluation set and the corpus, its labels ("Volkswagen Group" and
// "Grateful Dead" as people, "Patrice Talon" missed) did worse than the gazetteers and
// the proper-noun rules, at several times the cost of the whole pipeline.
type Options struct {
	// Registry holds the entities known from other articles: a lone "Trump" joins the
	// known "Donald Trump" when that is unambiguous. Optional.
	Registry *Registry
	// Aliases are the user's merge and split rules (LoadAliases). Optional.
	Aliases *Aliases
}

// Extractor turns articles into Documents. It is safe for concurrent use: models and
// tables are loaded once and only read afterwards.
type Extractor struct {
	pipeline Pipeline
}

// New builds the default pipeline: normalize, segment, publication date, entities, roles,
// statements, relations, events.
func New(opts Options) (*Extractor, error) {
	go DefaultGazetteer() // built while prose loads its models
	seg, err := NewSegment()
	if err != nil {
		return nil, fmt.Errorf("load text models: %w", err)
	}
	stages := []Stage{
		Normalize{},
		seg,
		PublicationDate{},
		NewEntities(opts),
		Roles{},
		Coref{},
		Pronouns{}, PronounRoles{}, Statements{},
		Relations{}, Events{},
	}
	return &Extractor{pipeline: Pipeline{Stages: stages}}, nil
}

// Extract runs the pipeline over one article.
func (x *Extractor) Extract(ctx context.Context, a Article) (*Document, error) {
	return x.pipeline.Run(ctx, a)
}
