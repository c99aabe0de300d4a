package ingest

import (
	"errors"
	"strings"
	"testing"

	"newsgraph/extract"
)

func TestReadFeed(t *testing.T) {
	rss, atom, latin1, jsonFeed := fixture("feed", "world.rss"), fixture("feed", "europe.atom"), fixture("feed", "latin1.xml"), fixture("feed", "wire.json")
	tests := []struct {
		name string
		path string
		want []Item
	}{
		{"RSS 2.0: content:encoded, escaped HTML description, GUID link, an item without text", rss, []Item{
			{Article: extract.Article{
				URL:    "https://news.example.org/world/2019/01/05/escape-room-fire-koszalin",
				Title:  "Escape room fire kills five teen girls in Koszalin, Poland",
				Date:   "2019-01-05", // 23:40 +0100: the publisher's day, not UTC's
				Text:   "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to celebrate a birthday in Koszalin, North Poland.\n\nPresident Andrzej Duda said the tragedy must be explained.",
				Source: rss + ":1",
			}},
			{Article: extract.Article{
				URL:    "https://news.example.org/world/2019/01/07/badalona",
				Title:  "Catalonia apartment block fire kills three, injures sixteen",
				Date:   "2019-01-07",
				Text:   "An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres from Barcelona.\n\nThe blaze killed three, including a 92-year-old woman.",
				Source: rss + ":2",
			}},
			{Err: &Error{Input: rss, Where: "item 3", Err: ErrNoText}},
			{Article: extract.Article{
				URL:    "https://news.example.org/us/2019/01/05/florida-pileup",
				Title:  "Florida highway pileup, fire kills five children",
				Date:   "2019-01-05",
				Text:   "A road accident followed by a fire on a Florida highway near Gainesville on Thursday killed five children.",
				Source: rss + ":4",
			}},
		}},
		{"Atom: HTML title and content, text content, updated date only", atom, []Item{
			{Article: extract.Article{
				URL:    "https://wire.example.com/europe/navalny-novichok",
				Title:  "Germany says Alexei Navalny poisoned with Novichok",
				Date:   "2020-09-02",
				Text:   "On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok, a range of neurotoxins developed by the Soviet Union.\n\nLast month, Alexei Navalny was airlifted from Omsk to Berlin.",
				Source: atom + ":1",
			}},
			{Article: extract.Article{
				URL:    "https://wire.example.com/africa/cairo-summit",
				Title:  "Cairo summit denounces Turkish-Libyan maritime border agreement",
				Date:   "2020-01-08",
				Text:   "On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of understanding between Turkey and Libya.\n\nThe November border demarcation resulted in overlapping exclusive economic zone claims.",
				Source: atom + ":2",
			}},
		}},
		{"ISO-8859-1 declared in the XML declaration", latin1, []Item{
			{Article: extract.Article{
				URL:    "https://bcn.example.es/badalona",
				Title:  "Badalona fire",
				Text:   "The mayor of Badalona, Xavier García Albiol, said the building had been occupied illegally.",
				Source: latin1 + ":1",
			}},
		}},
		{"JSON feed, sniffed (.json is not a known extension)", jsonFeed, []Item{
			{Article: extract.Article{
				URL:    "https://wire.example.com/middle-east/rouhani-persian-gulf",
				Title:  "Iran's President Rouhani tells foreign powers to leave Persian Gulf",
				Date:   "2019-09-22",
				Text:   "On Sunday, Iranian President Hassan Rouhani said foreign forces should leave the Persian Gulf.\n\nHe spoke at an annual military parade in Tehran.",
				Source: jsonFeed + ":1",
			}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, Options{}, tt.path)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if (got[i].Err == nil) != (tt.want[i].Err == nil) || (got[i].Err != nil && got[i].Err.Error() != tt.want[i].Err.Error()) {
					t.Errorf("item %d: got error %v, want %v", i, got[i].Err, tt.want[i].Err)
				}
				if got[i].Article != tt.want[i].Article {
					t.Errorf("item %d:\ngot  %+q\nwant %+q", i, got[i].Article, tt.want[i].Article)
				}
			}
		})
	}
}

func TestReadFeedBad(t *testing.T) {
	tests := []struct {
		name, path, msg string
	}{
		{"XML that is not a feed", fixture("bad", "sitemap.xml"), "malformed feed: not an RSS, Atom or JSON feed"},
		{"truncated feed", fixture("bad", "truncated.rss"), "malformed feed: XML syntax error on line 7: unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(t, Options{}, tt.path)
			if len(items) != 1 || items[0].Err == nil {
				t.Fatalf("got %+v, want one error", items)
			}
			if want := tt.path + ": " + tt.msg; items[0].Err.Error() != want {
				t.Errorf("got %q, want %q", items[0].Err, want)
			}
			if !errors.Is(items[0].Err, ErrMalformed) {
				t.Errorf("got %v, want errors.Is ErrMalformed", items[0].Err)
			}
		})
	}
}

// Standard input is sniffed: a feed, an HTML page, JSON lines.
func TestReadStdinSniffed(t *testing.T) {
	tests := []struct {
		name, in, wantTitle, wantSource string
	}{
		{"RSS", `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Badalona fire</title><description>An apartment block caught fire in Badalona.</description></item></channel></rss>`, "Badalona fire", "stdin:1"},
		{"Atom without XML declaration", `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Badalona fire</title><content>An apartment block caught fire in Badalona.</content></entry></feed>`, "Badalona fire", "stdin:1"},
		{"HTML", `<!DOCTYPE html><html><head><title>Badalona fire</title></head><body><article><h1>Badalona fire</h1><p>An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres from Barcelona.</p></article></body></html>`, "Badalona fire", "stdin"},
		{"JSON lines", "{\"title\": \"Badalona fire\", \"text\": \"An apartment block caught fire in Badalona.\"}\n", "Badalona fire", "stdin:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := articles(t, collect(t, Options{Stdin: strings.NewReader(tt.in)}, "-"))
			if len(got) != 1 || got[0].Title != tt.wantTitle || got[0].Source != tt.wantSource || !strings.Contains(got[0].Text, "caught fire") {
				t.Errorf("got %+q, want one article titled %q from %s", got, tt.wantTitle, tt.wantSource)
			}
		})
	}
}
