package ingest

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsgraph/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ingest")

// golden compares got with the golden file, or rewrites it under -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("got (left) differs from %s (right):\n%s", path, diffLines(got, string(want)))
	}
}

// diffLines shows the first lines where two texts differ.
func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var out []string
	for i := 0; i < max(len(g), len(w)) && len(out) < 10; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			out = append(out, "line "+strconv.Itoa(i+1)+":\n  got  "+gl+"\n  want "+wl)
		}
	}
	return strings.Join(out, "\n")
}

// articleGolden writes an article as the golden files hold it.
func articleGolden(a extract.Article) string {
	return "url: " + a.URL + "\ntitle: " + a.Title + "\ndate: " + a.Date + "\n\n" + a.Text + "\n"
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		file string
		// furniture is page text that must not reach the article: navigation, share
		// buttons, related links, comments, newsletter, footer, cookie banner, scripts.
		furniture []string
	}{
		{"news-page.html", []string{
			"Subscribe", "Politics", "Search the site", "Share on Twitter", "Email this story",
			"Read more", "Magnitogorsk", "morning briefing", "newsletter", "Comments",
			"Terrible news", "thoughts are with", "All rights reserved", "Privacy policy",
			"cookies", "dataLayer", "Anna Kowalska", "Photo: agency", "Tags:",
		}},
		{"list-and-jsonld.html", []string{
			"Log in", "Markets", "Tweet", "Print", "More from Africa", "Cairo summit", "Terms",
		}},
		{"windows-1252.html", []string{"Home", "News", "Copyright"}},
		// Pages written after the usual layouts of news sites, with the article text of
		// Wikinews stories (CC BY 2.5).
		{"bolton-blog.html", []string{ // WordPress: entry meta, sharedaddy, related posts, author bio, comments
			"Skip to content", "Independent reporting", "Foreign Policy", "Donate", "Posted on",
			"Maria Reyes", "Read more", "Inside the fight", "Share this", "Twitter\n", "Related",
			"West Wing", "Tagged", "View all posts", "Post navigation", "Previous post",
			"whistleblower", "Dave H.", "Good riddance", "functioning administration",
			"Leave a Reply", "Recent Posts", "monthly gift", "WordPress", "cookies", "emoji",
		}},
		{"navalny-newssite.html", []string{ // consent dialog, ticker, inline ads, newsletter box inside the body
			"privacy", "148 partners", "Brexit", "Subscribe", "Culture", "Photograph",
			"where Alexei Navalny is being treated", "Advertisement", "Read more",
			"Russian doctors relent", "First Edition", "inbox", "email address", "Share this",
			"WhatsApp", "Topics", "crucial moment", "Most popular", "black hole", "premoderated",
			"least of all the Kremlin", "Cookie", "All rights reserved", "Thomas Becker",
			"214 comments",
		}},
		{"g7-oldcms.html", []string{ // Latin-1, table layout, paragraphs between <br><br>
			"Classifieds", "Obituaries", "Letters to the editor", "Sunny", "E-mail this story",
			"Printer-friendly", "Other headlines", "Mill Creek", "football", "Copyright",
		}},
		{"cairo-cards.html", []string{ // related cards with sentences, author box, video embed
			"Sign in", "Register", "Features", "Key points", "Nadia Hassan", "9 Jan 2020",
			"Watch:", "Related topics", "diplomatic correspondent", "Follow Nadia",
			"You might also like", "Aguila Saleh", "1,900-kilometre", "troops to Libya",
			"Join the conversation", "Disqus", "central bank", "Sudan", "Newsletter",
			"Nile Chronicle Media", "Advertise",
		}},
		{"rouhani-paywall.html", []string{ // cookie overlay, paywall prompt, post tools, sidebar
			"This website uses cookies", "I agree", "Follow us", "Telegram", "Gulf Wire",
			"3 min read", "Print", "A+", "free articles", "Subscribe", "Related posts", "Abqaiq",
			"Pentagon", "Brent", "Editor's picks", "who are the Houthis", "Terms of use",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := fixture("html", tt.file)
			got := articles(t, collect(t, Options{}, path))
			if len(got) != 1 {
				t.Fatalf("got %d articles, want 1", len(got))
			}
			a := got[0]
			if a.Source != path {
				t.Errorf("got source %q, want %q", a.Source, path)
			}
			for _, f := range tt.furniture {
				if strings.Contains(a.Text, f) {
					t.Errorf("page furniture %q reached the text", f)
				}
			}
			if strings.Contains(a.Text, "\n\n\n") || strings.Contains(a.Text, "  ") {
				t.Errorf("got text with runs of blank lines or spaces: %q", a.Text)
			}
			golden(t, strings.TrimSuffix(path, ".html")+".golden.txt", articleGolden(a))
		})
	}
}

func TestReadHTMLBad(t *testing.T) {
	tests := []struct {
		name, path string
		is         error
		msg        string
	}{
		{"undeclared Latin-1", fixture("bad", "latin1.html"), ErrNotUTF8, "not UTF-8 text (invalid byte 0xed at line 7, column 151)"},
		{"a page without an article", fixture("bad", "no-article.html"), ErrNoText, "no text (no article text found in the page)"},
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
			if !errors.Is(items[0].Err, tt.is) {
				t.Errorf("got %v, want errors.Is %v", items[0].Err, tt.is)
			}
		})
	}
	// A .html file that holds no markup is not HTML.
	path := filepath.Join(t.TempDir(), "notes.html")
	if err := os.WriteFile(path, []byte("A fire yesterday afternoon killed five girls in Koszalin.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, Options{}, path)
	if want := path + ": malformed HTML: no HTML tags"; len(items) != 1 || items[0].Err == nil || items[0].Err.Error() != want {
		t.Errorf("got %+v, want the error %q", items, want)
	}
}

func TestSameHeadline(t *testing.T) {
	tests := []struct {
		heading, title string
		want           bool
	}{
		{"Berlin confronts Germany's colonial past", "", true},
		{"Berlin confronts Germany's colonial past", "berlin confronts germany's colonial past", true},
		{"Berlin confronts Germany's colonial past", "Berlin confronts Germany's colonial past | DW | 19.01.2020", true},
		{"Berlin confronts Germany's colonial past", "Berlin confronts Germany's colonial past - World News Daily", true},
		{"Berlin", "Berlin confronts Germany's colonial past", false},        // a short heading is a section
		{"Checks ordered", "Checks ordered across the country today", false}, // half the title at most
		{"Escape room fire", "Escape room fires kill", false},
	}
	for _, tt := range tests {
		if got := sameHeadline(tt.heading, tt.title); got != tt.want {
			t.Errorf("sameHeadline(%q, %q): got %v, want %v", tt.heading, tt.title, got, tt.want)
		}
	}
}
