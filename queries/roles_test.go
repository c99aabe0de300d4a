package queries_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"newsgraph/queries"
)

func spanString(s queries.RoleSpan) string {
	of := ""
	if s.Of != nil {
		of = " of " + s.Of.Name
	}
	return fmt.Sprintf("%s: %s%s %s..%s (%d)", s.Person.Name, s.Title, of, s.From, s.To, len(s.Reports))
}

func TestRoles(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	tests := []struct {
		q      queries.RolesQuery
		entity string
		want   []string
	}{
		{queries.RolesQuery{Name: "Trump"}, "Donald Trump", []string{"Donald Trump: President of United States 2019-09-12..2025-08-17 (2)"}},
		{queries.RolesQuery{Name: "Russia"}, "Russia", []string{"Vladimir Putin: President of Russia 2025-08-17..2025-08-17 (1)"}},
		{queries.RolesQuery{Name: "pompeo"}, "Mike Pompeo", []string{"Mike Pompeo: secretary of state 2019-09-12..2019-09-12 (1)"}},
		{queries.RolesQuery{Since: "2025"}, "", []string{
			"Donald Trump: President of United States 2025-08-17..2025-08-17 (1)",
			"Marco Rubio: Secretary of State 2025-08-17..2025-08-17 (1)",
			"Steve Witkoff: envoy 2025-08-17..2025-08-17 (1)",
			"Vladimir Putin: President of Russia 2025-08-17..2025-08-17 (1)",
			"Volodymyr Zelensky: President of Ukraine 2025-08-17..2025-08-17 (1)"}},
		{queries.RolesQuery{Until: "2019-08"}, "", []string{"Ricardo Rosselló Nevares: governor of Puerto Rico 2019-07-28..2019-07-28 (1)"}},
	}
	for _, tc := range tests {
		res, err := queries.Roles(ctx, st, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range res.Roles {
			got = append(got, spanString(s))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %q, want %q", tc.q, got, tc.want)
		}
		if tc.entity != "" && (res.Entity == nil || res.Entity.Name != tc.entity) {
			t.Errorf("%+v: got entity %+v, want %s", tc.q, res.Entity, tc.entity)
		}
		for _, s := range res.Roles {
			for _, r := range s.Reports {
				if r.Sentence == "" || r.Article == "" {
					t.Errorf("%s: report without its sentence or article: %+v", spanString(s), r)
				}
			}
		}
	}
	all, err := queries.Roles(ctx, st, queries.RolesQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Roles) != 8 {
		t.Errorf("all roles: got %d spans, want 8 (9 reports, Trump's two in one span)", len(all.Roles))
	}
}
