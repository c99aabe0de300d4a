package ingest

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

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
		{"short-divs.html", []string{ // a short story in divs, date only in its text, sidebar links with sentences
			"Inicio", "Mundo", "cookies", "17/01/2019", "Facebook", "Lo más leído", "peace process",
			"Venezuela", "Newsletter", "inbox", "Andes Post",
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

// parseHTML parses a page for the tests of its parts.
func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestReadPageMeta(t *testing.T) {
	const body = `<body><article><p>A fire yesterday afternoon killed five girls in Koszalin.</p></article></body>`
	tests := []struct {
		name, head, body string
		url, date        string
	}{
		{"canonical link and Open Graph time",
			`<link rel="canonical" href="https://news.example.org/a"><meta property="article:published_time" content="2019-01-05T23:20:00-05:00">`, body,
			"https://news.example.org/a", "2019-01-05"}, // the publisher's day, not UTC's
		{"og:url when there is no canonical link",
			`<meta property="og:url" content="https://news.example.org/b"><meta name="date" content="2019-01-05">`, body,
			"https://news.example.org/b", "2019-01-05"},
		{"relative canonical link resolved against og:url",
			`<link rel="canonical" href="/world/c"><meta property="og:url" content="https://news.example.org/other?utm=x">`, body,
			"https://news.example.org/world/c", ""},
		{"relative canonical link alone is no URL",
			`<link rel="canonical" href="/world/c">`, body, "", ""},
		{"JSON-LD article in a graph, not the WebPage's date",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
			{"@type":"WebPage","url":"https://x.example/page","datePublished":"2020-09-01"},
			{"@type":["NewsArticle"],"mainEntityOfPage":{"@id":"https://x.example/news/navalny"},"datePublished":"2020-09-02T17:34:12+02:00"}]}</script>`, body,
			"https://x.example/news/navalny", "2020-09-02"},
		{"JSON-LD list and a BlogPosting",
			`<script type="application/ld+json">[{"@type":"Organization","url":"https://x.example/"},{"@type":"BlogPosting","url":"https://x.example/post","datePublished":"Sep 12, 2019"}]</script>`, body,
			"https://x.example/post", "2019-09-12"},
		{"broken JSON-LD is skipped",
			`<script type="application/ld+json">{"@type":"NewsArticle",</script><meta name="DC.date.issued" content="2019-07-10">`, body,
			"", "2019-07-10"},
		{"itemprop datePublished on a time element",
			"", `<body><article><time itemprop="datePublished" datetime="2020-01-09T12:05:00+02:00">9 Jan</time><p>Text.</p></article></body>`,
			"", "2020-01-09"},
		{"time pubdate before an earlier plain time",
			"", `<body><time datetime="2021-03-03">Today</time><article><time pubdate datetime="2020-01-08">8 Jan</time></article></body>`,
			"", "2020-01-08"},
		{"first time element of the article, not of the comments or the sidebar",
			"", `<body><aside><time datetime="2021-03-03">3 Mar</time></aside><div class="comment"><time datetime="2021-03-04">4 Mar</time></div><div class="byline"><time datetime="2019-08-24">24 Aug</time></div></body>`,
			"", "2019-08-24"},
		{"date written in a dateline, not today's date in the site header",
			"", `<body><header class="top"><span class="date-today">Thursday, 9 January 2020</span></header><div class="story"><div class="story-date">17/01/2019 14:05</div><p>Text.</p></div></body>`,
			"", "2019-01-17"},
		{"a time element without datetime",
			"", `<body><article><header><time>Sept. 12, 2019</time></header><p>Text.</p></article></body>`,
			"", "2019-09-12"},
		{"date in the URL path",
			`<link rel="canonical" href="http://www.herald.example/news/2019/08/24/world/g7.shtml">`, body,
			"http://www.herald.example/news/2019/08/24/world/g7.shtml", "2019-08-24"},
		{"date form kept as given",
			`<meta name="pubdate" content="9 janvier 2020">`, body, "", "9 janvier 2020"},
		{"impossible ISO date skipped for the next one",
			`<meta property="article:published_time" content="2019-02-30T10:00:00Z"><meta name="date" content="2019-03-01">`, body,
			"", "2019-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := readPageMeta(parseHTML(t, "<html><head>"+tt.head+"</head>"+tt.body+"</html>"))
			if m.url != tt.url {
				t.Errorf("got url %q, want %q", m.url, tt.url)
			}
			if m.date != tt.date {
				t.Errorf("got date %q, want %q", m.date, tt.date)
			}
		})
	}
}

func TestPageTitle(t *testing.T) {
	tests := []struct {
		name, title, site string
		headings          []string
		want              string
	}{
		{"h1 is the title without the site", "Escape room fire kills five | World News Daily", "", []string{"World News Daily", "Escape room fire kills five"}, "Escape room fire kills five"},
		{"site name cut", "Escape room fire kills five \u2013 World News Daily", "World News Daily", nil, "Escape room fire kills five"},
		{"site name without a separator kept", "Inside World News Daily", "World News Daily", nil, "Inside World News Daily"},
		{"the title is the site name", "World News Daily", "World News Daily", nil, "World News Daily"},
		{"no title: the first h1", "", "", []string{"Catalonia apartment block fire kills three"}, "Catalonia apartment block fire kills three"},
		{"an h1 that is another headline", "Navalny poisoned with Novichok, Germany says", "", []string{"Germany says Alexei Navalny poisoned with Novichok"}, "Navalny poisoned with Novichok, Germany says"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageTitle(tt.title, pageMeta{site: tt.site, headings: tt.headings}); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNameParts(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"author-box__bio", "author box bio"},
		{"jp-relatedposts relatedStories", "jp relatedposts related stories"},
		{"col-md-8 main-column", "col md main column"},
		{"  article_body  ", "article body"},
		{"HTMLBody", "htmlbody"},
	}
	for _, tt := range tests {
		if got := strings.Join(nameParts(tt.in), " "); got != tt.want {
			t.Errorf("nameParts(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPruneFurniture(t *testing.T) {
	const para = `<p>Rouhani was speaking at the opening of Sacred Defence Week, an annual commemoration of the eight-year Iran–Iraq War.</p>`
	tests := []struct {
		name, article, want string
	}{
		{"newsletter box", `<div>` + para + `<div class="newsletter-signup"><p>Get the day's top stories in your inbox.</p></div></div>`, para},
		{"a furniture class that holds the article is content", `<div><div class="story-body share-enabled">` + para + para + `</div><p class="comment-count">2</p></div>`, `<div class="story-body share-enabled">` + para + para + `</div>`},
		{"short byline", `<div><div class="article-byline">By Nadia Hassan, 9 Jan 2020</div>` + para + `</div>`, para},
		{"long element with a short-furniture class is kept", `<div>` + para + `<div class="video">` + para + para + para + `</div></div>`, para + `<div class="video">` + para + para + para + `</div>`},
		{"commentary is not a comment", `<div>` + para + `<div class="commentary"><p>Analysis.</p></div></div>`, para + `<div class="commentary"><p>Analysis.</p></div>`},
		{"captions", `<div><figure><img src="a.jpg"><figcaption>Photo: agency</figcaption></figure>` + para + `</div>`, `<figure><img src="a.jpg"/></figure>` + para},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseHTML(t, tt.article)
			body := doc.FirstChild.LastChild // html > body
			root := body.FirstChild
			pruneFurniture(root)
			var b strings.Builder
			for c := root.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&b, c); err != nil {
					t.Fatal(err)
				}
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, html string
		want       []block
	}{
		{"paragraphs between double line breaks", `<font>One line.<br>Next line.<br><br>Second paragraph.<br> <br>Third.</font>`,
			[]block{{text: "One line.\nNext line."}, {text: "Second paragraph."}, {text: "Third."}}},
		{"a leading line break is no paragraph", `<p><br>Text.</p>`, []block{{text: "Text."}}},
		{"preformatted text keeps its blank lines", "<pre>a\n\nb<br><br>c</pre>", []block{{text: "a\nb\nc"}}},
		{"link share", `<p><a href="/a">Read more</a>: a headline</p><h2>Head</h2>`,
			[]block{{text: "Read more: a headline", links: 9.0 / 21}, {text: "Head", heading: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := htmlBlocks(parseHTML(t, tt.html))
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("block %d: got %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestIsLinkList(t *testing.T) {
	tests := []struct {
		b    block
		want bool
	}{
		{block{text: "Read more: Inside the fight over the Iran talks", links: 0.85}, true},
		{block{text: "E-mail this story | Printer-friendly version", links: 0.9}, true},
		{block{text: "Navalny was airlifted from Omsk to Berlin in August, his aides said.", links: 0.8}, false}, // a sentence
		{block{text: "Subscribe now", links: 0.1}, false},                                                        // no link
	}
	for _, tt := range tests {
		if got := isLinkList(tt.b); got != tt.want {
			t.Errorf("isLinkList(%+v): got %v, want %v", tt.b, got, tt.want)
		}
	}
}

func TestDateInText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"17/01/2019 14:05", "2019-01-17"},
		{"01/17/2019", "2019-01-17"},
		{"03/04/2019", ""}, // ambiguous
		{"17.01.2019", "2019-01-17"},
		{"Published: August 24, 2019 | By Herald Wire Services", "2019-08-24"},
		{"Posted on Sept. 12th, 2019 by Maria", "2019-09-12"},
		{"Wednesday 2 September 2020 17:34 BST", "2020-09-02"},
		{"Updated 2020-9-3", "2020-09-03"},
		{"31 February 2020", ""},
		{"By Nadia Hassan", ""},
		{"May 2019", ""},
	}
	for _, tt := range tests {
		if got := dateInText(tt.text); got != tt.want {
			t.Errorf("dateInText(%q): got %q, want %q", tt.text, got, tt.want)
		}
	}
}
