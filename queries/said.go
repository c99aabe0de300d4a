package queries

import (
	"context"
	"errors"

	"newsgraph/graph"
)

// SaidQuery asks who said what: the statements of a speaker, about an entity, or both.
type SaidQuery struct {
	// By and About are names (any alias); at least one is needed.
	By, About string
	// Since and Until bound the article date: YYYY, YYYY-MM or YYYY-MM-DD, both ends
	// included.
	Since, Until string
	// Limit is the most statements returned (the earliest first); 0 returns all.
	Limit int
}

// SaidResult is the answer to a SaidQuery.
type SaidResult struct {
	// Speaker and About are the entities the names of the query stand for (nil when the
	// query gave none).
	Speaker *Resolved `json:"speaker,omitempty"`
	About   *Resolved `json:"about,omitempty"`
	// Statements are ordered by date, then article, then sentence.
	Statements []graph.Statement `json:"statements"`
	// Total is the number of statements found before Limit.
	Total int `json:"total"`
}

// ErrNoSpeakerOrTopic is returned by Said when the query names neither a speaker nor a
// topic.
var ErrNoSpeakerOrTopic = errors.New("say whose statements (by) or about whom (about)")

// Said returns the statements made by q.By and/or about q.About, in date order, each
// with its article and sentence.
func Said(ctx context.Context, store *graph.Store, q SaidQuery) (SaidResult, error) {
	st := store.Reader()
	if q.By == "" && q.About == "" {
		return SaidResult{}, ErrNoSpeakerOrTopic
	}
	if err := graph.CheckDates(q.Since, q.Until); err != nil {
		return SaidResult{}, err
	}
	var res SaidResult
	f := graph.StatementFilter{Since: q.Since, Until: q.Until}
	if q.By != "" {
		r, err := resolve(ctx, st, q.By, "")
		if err != nil {
			return SaidResult{}, err
		}
		res.Speaker, f.Speaker = &r, r.IRI
	}
	if q.About != "" {
		r, err := resolve(ctx, st, q.About, "")
		if err != nil {
			return SaidResult{}, err
		}
		res.About, f.About = &r, r.IRI
	}
	sts, err := st.Statements(ctx, f)
	if err != nil {
		return SaidResult{}, err
	}
	res.Total = len(sts)
	if q.Limit > 0 && len(sts) > q.Limit {
		sts = sts[:q.Limit]
	}
	if sts == nil {
		sts = []graph.Statement{}
	}
	res.Statements = sts
	return res, nil
}
