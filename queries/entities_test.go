package queries_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/queries"
)

func TestEntities(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	tests := []struct {
		q    queries.EntitiesQuery
		want []string
	}{
		{queries.EntitiesQuery{Type: "country"}, []string{"Russia", "Ukraine", "United States"}},
		{queries.EntitiesQuery{Match: "ross"}, []string{"Ricardo Rosselló Nevares"}},
		{queries.EntitiesQuery{Type: "Place", Match: "u"}, []string{"Luhansk", "Puerto Rico", "San Juan"}},
		{queries.EntitiesQuery{Match: "U.S"}, []string{"Russia", "United States"}}, // "us" is in "russia" too
		{queries.EntitiesQuery{Match: "xyz"}, []string{}},
	}
	for _, tc := range tests {
		ents, err := queries.Entities(ctx, st, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, e := range ents {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.q, got, tc.want)
		}
	}
	us, err := queries.Entities(ctx, st, queries.EntitiesQuery{Match: "united states"})
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 1 || us[0].Articles != 2 || us[0].ISO != "US" || !slices.Equal(us[0].Aliases, []string{"U.S.", "US"}) {
		t.Errorf("United States: got %+v, want 2 articles, ISO US, aliases U.S. and US", us)
	}
	if _, err := queries.Entities(ctx, st, queries.EntitiesQuery{Type: "city"}); err == nil || !strings.Contains(err.Error(), "Person") {
		t.Errorf("unknown type: got %v, want an error listing the types", err)
	}
}
