package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"newsgraph/graph"
)

// The "done when": Putin's events list the Alaska summit with its place.
func TestEventsSeedPutin(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	res, err := Events(context.Background(), st, EventQuery{Entity: "Putin"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Entity == nil || res.Entity.Name != "Vladimir Putin" {
		t.Errorf("got entity %+v, want Vladimir Putin", res.Entity)
	}
	evs := res.Events
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	e := evs[0]
	if e.Kind != "summit" || e.Place == nil || e.Place.Name != "Alaska" || e.Date != "2025-08-15" || e.DateSource != "stated" {
		t.Errorf("got %s at %v on %s (%s), want the summit in Alaska on 2025-08-15 (stated)", e.Kind, e.Place, e.Date, e.DateSource)
	}
	if e.Text != "summit in Alaska: Donald Trump, Vladimir Putin" || !strings.Contains(e.Source.Sentence, "his Alaska summit") {
		t.Errorf("got %q from %q", e.Text, e.Source.Sentence)
	}
}

func TestEvents(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	tests := []struct {
		name string
		q    EventQuery
		want []string // "date (date source) text"
	}{
		{"by type, in date order", EventQuery{Type: "meeting"}, []string{
			"2020-01-08 (relative: on Wednesday) meeting in Cairo: Sameh Shoukry, Nikos Dendias, Nikos Christodoulides, Jean-Yves Le Drian",
			"2025-08-18 (relative: on Monday) meeting at White House: Volodymyr Zelensky, Donald Trump, Germany, France, United Kingdom, Italy, NATO, European Union",
		}},
		{"type ignores case", EventQuery{Type: "SUMMIT"}, []string{"2025-08-15 (stated) summit in Alaska: Donald Trump, Vladimir Putin"}},
		{"by place", EventQuery{Entity: "White House"}, []string{
			"2025-08-18 (relative: on Monday) meeting at White House: Volodymyr Zelensky, Donald Trump, Germany, France, United Kingdom, Italy, NATO, European Union",
		}},
		{"an undated event takes its article's date", EventQuery{Entity: "Ukraine", Type: "attack"}, []string{
			"2025-08-17 (article date) attack: Russia, Ukraine",
		}},
		{"since", EventQuery{Entity: "Trump", Since: "2025-08-16"}, []string{
			"2025-08-18 (relative: on Monday) meeting at White House: Volodymyr Zelensky, Donald Trump, Germany, France, United Kingdom, Italy, NATO, European Union",
		}},
		{"until", EventQuery{Entity: "Navalny", Until: "2020-08"}, []string{
			"2020-08 (relative: last month) visit in Berlin: Alexei Navalny",
		}},
		{"participant in several articles", EventQuery{Entity: "France"}, []string{
			"2025-08-18 (relative: on Monday) meeting at White House: Volodymyr Zelensky, Donald Trump, Germany, France, United Kingdom, Italy, NATO, European Union",
		}},
		{"none", EventQuery{Entity: "Crimea"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Events(context.Background(), st, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Events {
				got = append(got, fmt.Sprintf("%s (%s) %s", e.Date, e.DateSource, e.Text))
				if e.Source.Sentence == "" || e.Source.Article == "" {
					t.Errorf("%s: no sentence or article", e.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestEventsErrors(t *testing.T) {
	st := newTestStore(t, seedDoc(t))
	ctx := context.Background()
	_, err := Events(ctx, st, EventQuery{Entity: "Putn"})
	var unknown *graph.UnknownNameError
	if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Vladimir Putin" {
		t.Errorf("unknown name: got %v, want an UnknownNameError suggesting Vladimir Putin", err)
	}
	if _, err := Events(ctx, st, EventQuery{Type: "picnic"}); err == nil || !strings.Contains(err.Error(), `"picnic"`) || !strings.Contains(err.Error(), "summit") {
		t.Errorf("unknown type: got %v, want an error naming it and listing the kinds", err)
	}
	if _, err := Events(ctx, st, EventQuery{Since: "2025-13"}); err == nil {
		t.Error("bad date: got no error")
	}
}

func TestTimeline(t *testing.T) {
	st := newTestStore(t, allDocs(t)...)
	res, err := Timeline(context.Background(), st, "Russia")
	if err != nil {
		t.Fatal(err)
	}
	if res.Entity.Name != "Russia" {
		t.Errorf("got entity %q, want Russia", res.Entity.Name)
	}
	var got []string
	for _, e := range res.Entries {
		got = append(got, fmt.Sprintf("%s %s %s %s", e.Date, e.Kind, e.As, e.Text))
		if e.Source.Sentence == "" || e.Source.Article == "" || e.DateSource == "" {
			t.Errorf("%s: no sentence, article or date source", e.Text)
		}
	}
	want := []string{
		"2019-09-23 relation object Iran supports Russia",
		"2020-09-05 role of Alexei Navalny: opposition leader of Russia",
		"2020-09-05 relation subject Russia opposes Germany",
		"2020-09-05 role of Vladimir Putin: president of Russia",
		"2025-08-17 role of Vladimir Putin: President of Russia",
		"2025-08-17 statement about Marco Rubio (say): “both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize”",
		"2025-08-17 relation subject Russia occupies Ukraine",
		"2025-08-17 relation subject Russia occupies Crimea",
		"2025-08-17 relation subject Russia occupies Donetsk",
		"2025-08-17 relation subject Russia occupies Luhansk",
		"2025-08-17 statement about Donald Trump (call): “BIG PROGRESS ON RUSSIA”",
		"2025-08-17 event participant attack: Russia, Ukraine",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A person: events by their own dates, roles and statements by the article's.
	res, err = Timeline(context.Background(), st, "Donald Trump")
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, e := range res.Entries {
		got = append(got, fmt.Sprintf("%s (%s) %s %s", e.Date, e.DateSource, e.Kind, e.As))
	}
	want = []string{
		"2025-08-15 (stated) event participant",
		"2025-08-17 (article date) role holder",
		"2025-08-17 (article date) statement speaker",
		"2025-08-17 (article date) statement speaker",
		"2025-08-18 (relative: on Monday) event participant",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := Timeline(context.Background(), st, "Nobody Atall"); err == nil {
		t.Error("unknown name: got no error")
	}
}

func TestEventsUndatedArticle(t *testing.T) {
	doc := seedDoc(t)
	doc.Article.Date, doc.Published = "", ""
	doc.Events[2].Date, doc.Events[2].DateSource = "", "article date"
	st := newTestStore(t, doc)
	res, err := Events(context.Background(), st, EventQuery{Type: "attack"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || res.Events[0].Date != "" || res.Events[0].DateSource != "" {
		t.Errorf("got %+v, want one attack with neither a date nor a date source", res.Events)
	}
}
