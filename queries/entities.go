package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"newsgraph/graph"
	"newsgraph/schema"
)

// EntitiesQuery lists the entities known.
type EntitiesQuery struct {
	// Type is an entity type name (Person, Organization, Country, Place; any case), or
	// empty for all.
	Type string
	// Match keeps the entities one of whose names contains it (case, accents and
	// punctuation ignored).
	Match string
}

// ErrUnknownType is returned (wrapped, with the known types) for an entity type name
// that is not one of schema.EntityTypes.
var ErrUnknownType = errors.New("unknown entity type")

// Entities returns the entities that match q, by type then name, each with its aliases,
// mentions and the articles it is mentioned in.
func Entities(ctx context.Context, st *graph.Store, q EntitiesQuery) ([]graph.Entity, error) {
	var t schema.EntityType
	if q.Type != "" {
		var ok bool
		if t, ok = schema.ParseEntityType(q.Type); !ok {
			names := make([]string, len(schema.EntityTypes))
			for i, t := range schema.EntityTypes {
				names[i] = string(t)
			}
			return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownType, q.Type, strings.Join(names, ", "))
		}
	}
	ents, err := st.Entities(ctx, graph.EntityFilter{Type: t, Match: q.Match})
	if err != nil {
		return nil, err
	}
	if ents == nil {
		ents = []graph.Entity{}
	}
	return ents, nil
}
