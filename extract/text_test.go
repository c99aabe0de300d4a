package extract

import (
	"strings"
	"testing"
)

func segmented(t *testing.T, text string) *Draft {
	t.Helper()
	seg, err := NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	d := NewDraft(Article{Text: text})
	if err := (Normalize{}).Run(d); err != nil {
		t.Fatal(err)
	}
	if err := seg.Run(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestNormalizeKeepsOffsets(t *testing.T) {
	text := "The recalibration reflects Trump’s attempt, the \u201cNew York Times\u201d reported.\u00a0Done."
	d := NewDraft(Article{Text: text})
	if err := (Normalize{}).Run(d); err != nil {
		t.Fatal(err)
	}
	if want := "The recalibration reflects Trump's attempt, the \"New York Times\" reported. Done."; d.Text != want {
		t.Errorf("got %q, want %q", d.Text, want)
	}
	i := strings.Index(d.Text, "New York Times")
	if got := d.OrigText(i, i+len("New York Times")); got != "New York Times" {
		t.Errorf("got original %q, want New York Times", got)
	}
	j := strings.Index(d.Text, "Trump's")
	if got := d.OrigText(j, j+len("Trump's")); got != "Trump’s" {
		t.Errorf("got original %q, want Trump’s", got)
	}
}

// TestSegmentDropsFurniture: page furniture is blanked out (offsets kept), news is kept.
func TestSegmentDropsFurniture(t *testing.T) {
	tests := []struct {
		name, line string
		dropped    bool
	}{
		{"seed promotion 1", "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!", true},
		{"seed promotion 2", "Find the best of Al News in one place, specially curated for you every weekend.", true},
		{"seed promotion 3", "Stay on top of the latest tech trends and biggest startup news.", true},
		{"comments widget", "Facebook Comments", true},
		{"read more", "Read more: Trump and Putin meet in Alaska", true},
		{"image credit", "Image: Nicholas Moreau.", true},
		{"updated stamp", "Updated: Aug 18, 2025 10:46 AM IST", true},
		{"byline", "By Jane Doe and Ann Roe", true},
		{"news", "Witkoff said five Ukrainian regions were discussed during the summit, but declined to detail Russia's demands.", false},
		{"headline", "Rubio stresses challenges ahead", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Moscow currently occupies about 20 percent of Ukraine.\n" + tt.line + "\nThe challenge now is turning rhetorical progress into concrete steps."
			d := segmented(t, text)
			if len(d.Text) != len(text) {
				t.Fatalf("got text of %d bytes, want %d", len(d.Text), len(text))
			}
			kept := strings.Contains(d.Text, tt.line)
			if kept == tt.dropped {
				t.Errorf("got kept=%v, want kept=%v", kept, !tt.dropped)
			}
			if got := len(d.Sentences); tt.dropped && got != 2 {
				t.Errorf("got %d sentences, want 2", got)
			}
		})
	}
}

func TestSegmentAuthorBioAtTheEnd(t *testing.T) {
	text := "Jane Doe said the talks went well.\nThe talks resume on Monday.\nJane Doe is a senior correspondent covering European politics."
	d := segmented(t, text)
	if strings.Contains(d.Text, "senior correspondent") {
		t.Errorf("got the author's biography kept: %q", d.Text)
	}
	if !strings.Contains(d.Text, "Jane Doe said") {
		t.Errorf("got the news dropped: %q", d.Text)
	}
}

func TestSegmentCaptionInLine(t *testing.T) {
	text := "Libertarian candidate Jo JorgensenImage: Jo Jorgensen for President.\nShe won one percent."
	d := segmented(t, text)
	if got := d.SentenceText(0); strings.Contains(got, "Image") {
		t.Errorf("got sentence %q, want the caption cut off", got)
	}
}

func TestSegmentDateLineAndHeadlines(t *testing.T) {
	text := "Wednesday, July 10, 2019 \n\n\nLeaders of African Union (AU) member states met in Niamey, Niger's capital.\nWitkoff hints at concessions from Moscow\nSteve Witkoff told CNN that Putin had offered concessions."
	d := segmented(t, text)
	if d.Published != "2019-07-10" {
		t.Errorf("got published %q, want 2019-07-10", d.Published)
	}
	var heads []string
	for _, s := range d.Sentences {
		if s.Headline {
			heads = append(heads, d.SentenceText(s.Index))
		}
	}
	if len(heads) != 1 || heads[0] != "Witkoff hints at concessions from Moscow" {
		t.Errorf("got headlines %q, want the one subheading", heads)
	}
	// A name never runs across a line break.
	doc := entityPipeline(t, Options{}, "Talks with Vladimir Putin\nWitkoff said it went well.")
	for _, e := range doc.Entities {
		if strings.Contains(e.Name, "\n") || strings.Contains(e.Name, "Putin Witkoff") {
			t.Errorf("got entity %q across a line break", e.Name)
		}
	}
}

// TestSegmentTitleAbbreviations: the dot of a title's short form ends no sentence and
// stays with its word ("Sens." is one token).
func TestSegmentTitleAbbreviations(t *testing.T) {
	tests := []struct {
		name, text string
		sentences  int
		token      string // a token the first sentence must hold
	}{
		{"known short form", "Sen. Chuck Schumer (D-N.Y.) said the bill was dead.", 1, "Sen."},
		{"plural short form", "Sens. Ted Cruz and Josh Hawley objected. The vote failed.", 2, "Sens."},
		{"general", "Lt. Gov. Dan Patrick and Gen. Mark Milley spoke. They left.", 2, "Gen."},
		{"a full stop after a common word", "The vote was held on Friday. Senators left.", 2, "Friday"},
		{"an initialism before a body's name", "On Monday, U.S. Citizenship and Immigration Services said the rule would apply.", 1, "Services"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segmented(t, tt.text)
			if len(d.Sentences) != tt.sentences {
				var got []string
				for i := range d.Sentences {
					got = append(got, d.SentenceText(i))
				}
				t.Fatalf("got sentences %q, want %d", got, tt.sentences)
			}
			found := false
			for _, tk := range d.Sentences[0].Tokens {
				found = found || tk.Text == tt.token
			}
			if !found {
				t.Errorf("got no token %q in %q", tt.token, d.SentenceText(0))
			}
		})
	}
}
