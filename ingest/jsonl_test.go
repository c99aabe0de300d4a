package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/extract"
)

func TestReadJSONL(t *testing.T) {
	path := fixture("jsonl", "articles.jsonl")
	want := []extract.Article{
		{
			URL:    "https://en.wikinews.org/wiki/Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in",
			Date:   "2019-01-04",
			Title:  "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in",
			Text:   "Nancy Pelosi yesterday resumed the office of Speaker of the House.\n\n\"I pledge that this Congress will be transparent, bipartisan and unifying,\" Pelosi said.",
			Source: path + ":1",
		},
		{
			URL:    "https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland",
			Date:   "2019-01-05",
			Text:   "President Andrzej Duda said the fire in Koszalin was a tragedy.",
			Source: path + ":2",
		},
		{
			Date:   "2019-01-04",
			Text:   "Rescuers recovered at least ten survivors from the debris in Magnitogorsk, a city in the Ural region of Russia.",
			Source: path + ":4",
		},
	}
	got := articles(t, collect(t, Options{}, path))
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("article %d:\ngot  %+q\nwant %+q", i, got[i], want[i])
		}
	}
}

func TestReadJSONLBadLines(t *testing.T) {
	path := fixture("jsonl", "bad-lines.jsonl")
	want := []string{
		"ok https://example.org/1",
		"error " + path + ": line 2: malformed JSON: column 56: unexpected end of JSON input",
		"error " + path + ": line 3: malformed JSON: want an object, got an array",
		"error " + path + `: line 4: field "text": want a string, got a number`,
		"error " + path + `: line 5: no text: no "text" field`,
		"ok https://example.org/7",
	}
	var got []string
	for _, it := range collect(t, Options{}, path) {
		if it.Err != nil {
			got = append(got, "error "+it.Err.Error())
		} else {
			got = append(got, "ok "+it.Article.URL)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadJSONLBadText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.ndjson")
	data := `{"text": "A fire killed five girls in Koszalin."}` + "\n" +
		`{"title": "Caf` + "\xe9" + ` fire", "text": "A fire killed five girls."}` + "\n" +
		`{"text": "A NUL \u0000 escaped in JSON."}` + "\n" +
		`{"text": "   "}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, Options{}, path)
	want := []struct {
		msg string
		is  error
	}{
		{"", nil},
		{path + ": line 2: not UTF-8 text (invalid byte 0xe9 at column 15)", ErrNotUTF8},
		{path + `: line 3: field "text": binary data, not text (NUL byte at line 1, column 7)`, ErrBinary},
		{path + ": line 4: no text", ErrNoText},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d", len(items), len(want))
	}
	for i, it := range items {
		got := ""
		if it.Err != nil {
			got = it.Err.Error()
		}
		if got != want[i].msg || (want[i].is != nil && !errors.Is(it.Err, want[i].is)) {
			t.Errorf("item %d: got %q, want %q (%v)", i, got, want[i].msg, want[i].is)
		}
	}
}

// A line longer than the limit allows is one error; the next lines are read.
func TestReadJSONLLongLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.jsonl")
	long := `{"text": "` + strings.Repeat("Rescuers worked through the night. ", 35000) + `"}`
	data := long + "\n" + `{"text": "A fire killed five girls in Koszalin."}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, Options{MaxArticleBytes: 1000}, path)
	if len(items) != 2 || !errors.Is(items[0].Err, ErrTooLarge) || items[1].Err != nil {
		t.Fatalf("got %+v, want ErrTooLarge then an article", items)
	}
	if want := path + ": line 1: article too large (over the 1000 bytes limit)"; items[0].Err.Error() != want {
		t.Errorf("got %q, want %q", items[0].Err, want)
	}
}
