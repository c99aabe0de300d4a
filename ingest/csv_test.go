package ingest

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"newsgraph/extract"
)

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name string
		path string
		opts Options
		want []extract.Article
	}{
		{"BOM, quoted newlines, columns in any order and case", fixture("csv", "articles.csv"), Options{}, []extract.Article{
			{
				URL:    "https://en.wikinews.org/wiki/Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in",
				Date:   "2019-01-04",
				Title:  "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in",
				Text:   "Friday, January 4, 2019\n\n\nNancy Pelosi yesterday resumed the office of Speaker of the House, being voted into the position by the incoming 116th United States Congress.\n\n\n\"I pledge that this Congress will be transparent, bipartisan and unifying,\" Pelosi said.",
				Source: fixture("csv", "articles.csv") + ":1",
			},
			{
				URL:    "https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland",
				Date:   "2019-01-05",
				Title:  "Escape room fire kills five teen girls in Koszalin, Poland",
				Text:   "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to celebrate a birthday in Koszalin, North Poland. Following the fire, which also seriously injured a man, authorities are performing checks on all the nation's escape rooms.",
				Source: fixture("csv", "articles.csv") + ":2",
			},
			{
				Date:   "2019-01-07",
				Title:  "Catalonia apartment block fire kills three, injures sixteen",
				Text:   "An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres from Barcelona.",
				Source: fixture("csv", "articles.csv") + ":3",
			},
		}},
		{"configured column names; an ambiguous date kept as given", fixture("csv", "custom-columns.csv"),
			Options{Columns: Columns{URL: "link", Date: "published", Title: "Headline", Text: "body"}}, []extract.Article{{
				URL:    "https://en.wikinews.org/wiki/Catalonia_apartment_block_fire_kills_three,_injures_sixteen",
				Date:   "07/01/2019",
				Title:  "Catalonia apartment block fire kills three, injures sixteen",
				Text:   "The fire service indicated on Twitter the baby girl was critically ill, while two adults were seriously injured.",
				Source: fixture("csv", "custom-columns.csv") + ":1",
			}}},
		{"semicolons, as spreadsheets write in many locales", fixture("csv", "semicolon.csv"), Options{}, []extract.Article{{
			URL:    "https://en.wikinews.org/wiki/Catalonia_apartment_block_fire_kills_three,_injures_sixteen",
			Date:   "07.01.2019",
			Title:  "Catalonia apartment block fire kills three, injures sixteen",
			Text:   "An apartment block caught fire on Saturday morning in Badalona; the blaze killed three.",
			Source: fixture("csv", "semicolon.csv") + ":1",
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := articles(t, collect(t, tt.opts, tt.path))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d articles, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("article %d:\ngot  %+q\nwant %+q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// Bad rows are errors naming file and row; the rows around them are read.
func TestReadCSVBadRows(t *testing.T) {
	path := fixture("csv", "bad-rows.csv")
	items := collect(t, Options{}, path)
	want := []string{
		"ok https://example.org/1",
		"error " + path + ": row 2: 3 fields, want 4 (line 3)",
		"error " + path + ": row 3: no text",
		"error " + path + `: row 4: malformed CSV: line 5, column 39: bare " in non-quoted-field`,
		"ok https://example.org/5",
	}
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "error "+it.Err.Error())
		} else {
			got = append(got, "ok "+it.Article.URL)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !errors.Is(items[2].Err, ErrNoText) || !errors.Is(items[3].Err, ErrMalformed) {
		t.Errorf("got %v and %v, want ErrNoText and ErrMalformed", items[2].Err, items[3].Err)
	}
}

// A row with invalid UTF-8 in a field fails alone, naming the column.
func TestReadCSVBadField(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/rows.csv"
	data := "url,date,title,text\n" +
		"https://example.org/1,2019-01-05,Caf\xe9 fire,A fire killed five girls in Koszalin.\n" +
		"https://example.org/2,2019-01-05,Fire,\"A fire\nkilled five girls in Koszalin, North Poland, at an escape room caf\xe9.\"\n" +
		"https://example.org/3,2019-01-05,Fire,A fire killed five girls in Koszalin.\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, Options{}, path)
	want := []string{
		path + ": row 1: column title: not UTF-8 text (invalid byte 0xe9 at line 1, column 4)",
		path + ": row 2: column text: not UTF-8 text (invalid byte 0xe9 at line 2, column 67)",
		"",
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d", len(items), len(want))
	}
	for i, it := range items {
		got := ""
		if it.Err != nil {
			got = it.Err.Error()
		}
		if got != want[i] {
			t.Errorf("item %d: got %q, want %q", i, got, want[i])
		}
	}
}

// The real Wikinews corpus: every article read, none failing, each with URL, date, title
// and text.
func TestReadWikinewsCorpus(t *testing.T) {
	tests := []struct {
		path string
		want int
	}{
		{"../testdata/corpus/wikinews-2019.csv", 166},
		{"../testdata/corpus/wikinews-2020.csv", 119},
	}
	date := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got := articles(t, collect(t, Options{}, tt.path))
			if len(got) != tt.want {
				t.Fatalf("got %d articles, want %d", len(got), tt.want)
			}
			for i, a := range got {
				if !strings.HasPrefix(a.URL, "https://en.wikinews.org/") || !date.MatchString(a.Date) || a.Title == "" || len(a.Text) < 100 {
					t.Errorf("article %d: got url %q date %q title %q and %d bytes of text", i+1, a.URL, a.Date, a.Title, len(a.Text))
				}
			}
			if want := fmt.Sprintf("%s:%d", tt.path, tt.want); got[len(got)-1].Source != want {
				t.Errorf("got source %q, want %q", got[len(got)-1].Source, want)
			}
		})
	}
}
