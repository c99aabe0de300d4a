package queries_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"newsgraph/graph"
	"newsgraph/queries"
)

// neighborString is "name: label, label" with an arrow for incoming links.
func neighborString(n queries.Neighbor) string {
	s := n.Entity.Name + ":"
	for _, l := range n.Links {
		if l.Outgoing {
			s += " " + l.Label
		} else {
			s += " <-" + l.Label
		}
	}
	return s
}

func TestNeighbors(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	tests := []struct {
		name string
		want []string // the first neighbours, most linked first
	}{
		{"Witkoff", []string{"Vladimir Putin: said about said about", "Donetsk: said about", "Ukraine: said about"}},
		{"Russia", []string{"Crimea: occupies", "Donald Trump: <-said about", "Donetsk: occupies", "Luhansk: occupies", "Marco Rubio: <-said about", "Vladimir Putin: <-President of"}},
		{"Putin", []string{"Steve Witkoff: <-said about <-said about", "Anchorage: summit in", "Donald Trump: summit with", "Russia: President of"}},
		{"Anchorage", []string{"Donald Trump: <-summit in", "Vladimir Putin: <-summit in"}},
		{"John Bolton", []string{"Donald Trump: <-said about said about", "Mike Pompeo: <-opposes <-said about"}},
	}
	for _, tc := range tests {
		res, err := queries.Neighbors(ctx, st, tc.name)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range res.Neighbors {
			got = append(got, neighborString(n))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("neighbors of %s: got %q, want %q", tc.name, got, tc.want)
		}
		for _, n := range res.Neighbors {
			for _, l := range n.Links {
				if l.Sentence == "" || l.Fact == "" || l.Date == "" {
					t.Errorf("neighbors of %s: link %s without its fact, date or sentence", tc.name, fmt.Sprint(l))
				}
			}
		}
	}
	_, err := queries.Neighbors(ctx, st, "Zelenski")
	var unknown *graph.UnknownNameError
	if !errors.As(err, &unknown) || !slices.Contains(unknown.Suggestions, "Volodymyr Zelensky") {
		t.Errorf("unknown name: got %v, want suggestions with Volodymyr Zelensky", err)
	}
}
