package queries

import (
	"context"
	"errors"
	"strings"
	"testing"

	"newsgraph/graph"
)

// routeString is "A -[label]- B -[label]- C".
func routeString(r Route) string {
	var b strings.Builder
	for i, h := range r.Hops {
		if i == 0 {
			b.WriteString(h.From.Name)
		}
		b.WriteString(" -[" + h.Label + "]- " + h.To.Name)
	}
	return b.String()
}

// The "done when": Zelensky and Putin are connected through Trump, by the White
// House meeting and the Alaska summit, each hop with its sentence.
func TestPathSeedZelenskyPutin(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	res, err := Path(context.Background(), st, "Zelensky", "Putin", 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.From.Name != "Volodymyr Zelensky" || res.To.Name != "Vladimir Putin" || res.MaxHops != DefaultMaxHops {
		t.Errorf("got from %q, to %q, max hops %d", res.From.Name, res.To.Name, res.MaxHops)
	}
	routes := res.Routes
	if len(routes) == 0 {
		t.Fatal("got no route")
	}
	want := "Volodymyr Zelensky -[meeting at White House]- Donald Trump -[summit in Alaska]- Vladimir Putin"
	if got := routeString(routes[0]); got != want {
		t.Errorf("first route: got %s, want %s", got, want)
	}
	for i, h := range routes[0].Hops {
		wantSentence := []string{"scheduled to meet Trump at the White House", "his Alaska summit with Russian President Vladimir Putin"}[i]
		if !strings.Contains(h.Fact.Source.Sentence, wantSentence) || h.Fact.Kind != FactEvent || h.Fact.Source.Article == "" {
			t.Errorf("hop %d: got %s fact %q from %q, want the event of %q", i, h.Fact.Kind, h.Fact.Text, h.Fact.Source.Sentence, wantSentence)
		}
	}
	if d := routes[0].Hops[1].Fact; d.Date != "2025-08-15" || d.DateSource != "stated" {
		t.Errorf("summit date: got %s (%s), want 2025-08-15 (stated)", d.Date, d.DateSource)
	}
	// Longer routes come after, none a detour through a second participant of one event.
	for i, r := range routes {
		if i > 0 && len(r.Hops) < len(routes[i-1].Hops) {
			t.Errorf("route %d (%s) is shorter than the one before", i, routeString(r))
		}
		for j := 1; j < len(r.Hops); j++ {
			if r.Hops[j].Fact.Kind == FactEvent && r.Hops[j].Fact.IRI == r.Hops[j-1].Fact.IRI {
				t.Errorf("route %s takes two hops through one event", routeString(r))
			}
		}
	}
	if len(routes) != DefaultPathLimit {
		t.Errorf("got %d routes, want %d", len(routes), DefaultPathLimit)
	}
}

func TestPaths(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	tests := []struct {
		name string
		q    PathQuery
		want []string // the routes, shortest first
	}{
		{
			name: "direct relation, read from its object",
			q:    PathQuery{From: "Ukraine", To: "Russia", Limit: 1},
			want: []string{"Ukraine -[attack]- Russia"},
		},
		{
			name: "role, read both ways",
			q:    PathQuery{From: "Zelensky", To: "Ukraine", Limit: 1},
			want: []string{"Volodymyr Zelensky -[President of]- Ukraine"},
		},
		{
			name: "across articles: the G7 article and the seed",
			q:    PathQuery{From: "Macron", To: "Putin", MaxHops: 3, Limit: 1},
			want: []string{"Emmanuel Macron -[President of]- France -[meeting at White House]- Donald Trump -[summit in Alaska]- Vladimir Putin"},
		},
		{
			name: "no route within the hops",
			q:    PathQuery{From: "Macron", To: "Putin", MaxHops: 2},
			want: nil,
		},
		{
			name: "dates leave the G7 article out",
			q:    PathQuery{From: "Macron", To: "Putin", Since: "2020"},
			want: nil,
		},
		{
			name: "an opposition leader and the president he criticizes",
			q:    PathQuery{From: "Navalny", To: "Putin", Limit: 1},
			want: []string{"Alexei Navalny -[opposes]- Vladimir Putin"},
		},
		{
			name: "relation read from its object",
			q:    PathQuery{From: "Libya", To: "Greece", Limit: 1},
			want: []string{"Libya -[opposed by]- Greece"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Paths(context.Background(), st, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Routes {
				got = append(got, routeString(r))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got routes\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestPathErrors(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	ctx := context.Background()
	_, err := Path(ctx, st, "Zelenski", "Putin", 3)
	var unknown *graph.UnknownNameError
	if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Volodymyr Zelensky" {
		t.Errorf("unknown name: got %v, want an UnknownNameError suggesting Volodymyr Zelensky", err)
	}
	if _, err := Path(ctx, st, "Trump", "Donald Trump", 3); err == nil || !strings.Contains(err.Error(), "same entity") {
		t.Errorf("same entity: got %v, want an error", err)
	}
}
