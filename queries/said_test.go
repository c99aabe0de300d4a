package queries_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/queries"
)

func texts(sts []graph.Statement) []string {
	out := []string{}
	for _, s := range sts {
		out = append(out, s.Text)
	}
	return out
}

func TestSaid(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	tests := []struct {
		name    string
		q       queries.SaidQuery
		speaker string // the name the query's --by resolves to
		want    []string
		total   int
	}{
		{"by surname", queries.SaidQuery{By: "Witkoff"}, "Steve Witkoff", []string{
			"Putin had offered concessions during the discussions", "Putin responded positively",
			"five Ukrainian regions were discussed during the summit", "the fate of Donetsk would require further negotiation"}, 4},
		{"by full name, any case", queries.SaidQuery{By: "steve WITKOFF", About: "putin"}, "Steve Witkoff", []string{
			"Putin had offered concessions during the discussions", "Putin responded positively"}, 2},
		{"about only", queries.SaidQuery{About: "Donetsk"}, "", []string{"the fate of Donetsk would require further negotiation"}, 1},
		{"across articles, oldest first", queries.SaidQuery{By: "Trump"}, "Donald Trump", []string{
			"I informed John Bolton last night that his services are no longer needed at the White House",
			"he would not be satisfied without a cease-fire in Ukraine", "BIG PROGRESS ON RUSSIA", "severe consequences"}, 4},
		{"since", queries.SaidQuery{By: "Trump", Since: "2020"}, "Donald Trump", []string{
			"he would not be satisfied without a cease-fire in Ukraine", "BIG PROGRESS ON RUSSIA", "severe consequences"}, 3},
		{"until", queries.SaidQuery{By: "Trump", Until: "2019-09"}, "Donald Trump", []string{
			"I informed John Bolton last night that his services are no longer needed at the White House"}, 1},
		{"limit", queries.SaidQuery{By: "Rubio", Limit: 2}, "Marco Rubio", []string{
			"both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize",
			"identifying potential areas of agreement"}, 5},
		{"accents", queries.SaidQuery{By: "Rossello"}, "Ricardo Rosselló Nevares", []string{
			"he is to leave office next month on August 2", "Despite having the democratic mandate of the people who elected me"}, 2},
		{"nothing in range", queries.SaidQuery{By: "Bolton", Since: "2020"}, "John Bolton", []string{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := queries.Said(ctx, st, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := texts(res.Statements); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if res.Total != tc.total {
				t.Errorf("got total %d, want %d", res.Total, tc.total)
			}
			if tc.speaker != "" && (res.Speaker == nil || res.Speaker.Name != tc.speaker) {
				t.Errorf("got speaker %+v, want %s", res.Speaker, tc.speaker)
			}
			for _, s := range res.Statements {
				if s.Article == "" || s.URL == "" || s.Date == "" || !strings.Contains(s.Sentence, s.Text) {
					t.Errorf("statement %q: got provenance %+v, want its article, URL, date and the sentence holding it", s.Text, s.Provenance)
				}
			}
		})
	}
}

func TestSaidProvenance(t *testing.T) {
	res, err := queries.Said(context.Background(), memStore(t), queries.SaidQuery{By: "Witkoff", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	s := res.Statements[0]
	const sentence = "Steve Witkoff, Trump’s envoy and a longtime real estate ally, told CNN that Putin had offered concessions during the discussions."
	if s.Sentence != sentence || s.Medium != "CNN" || s.Cue != "tell" || s.Kind != "indirect" || s.Date != "2025-08-17" ||
		s.URL != "https://example.com/alaska-summit" || s.End-s.Start != len(s.Text) {
		t.Errorf("got %+v, want the CNN statement with its sentence, cue, date, URL and offsets", s)
	}
}

func TestSaidErrors(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	if _, err := queries.Said(ctx, st, queries.SaidQuery{}); !errors.Is(err, queries.ErrNoSpeakerOrTopic) {
		t.Errorf("no name: got %v, want ErrNoSpeakerOrTopic", err)
	}
	if _, err := queries.Said(ctx, st, queries.SaidQuery{By: "Rubio", Since: "16/08/2025"}); err == nil || !strings.Contains(err.Error(), "16/08/2025") {
		t.Errorf("bad date: got %v, want an error naming it", err)
	}
	_, err := queries.Said(ctx, st, queries.SaidQuery{By: "Rubo"})
	var unknown *graph.UnknownNameError
	if !errors.As(err, &unknown) || !slices.Contains(unknown.Suggestions, "Marco Rubio") {
		t.Errorf("unknown speaker: got %v, want an UnknownNameError suggesting Marco Rubio", err)
	}
	_, err = queries.Said(ctx, st, queries.SaidQuery{By: "Rubio", About: "Moskow"})
	if !errors.As(err, &unknown) || unknown.Name != "Moskow" || !slices.Contains(unknown.Suggestions, "Russia") {
		t.Errorf("unknown topic: got %v, want an UnknownNameError for Moskow suggesting Russia (alias Moscow)", err)
	}
}
