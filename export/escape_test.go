package export

import (
	"bytes"
	"context"
	"testing"
)

func render(f func(o *out)) string {
	var b bytes.Buffer
	o := newOut(context.Background(), &b)
	f(o)
	o.Flush()
	return b.String()
}

func TestEscapes(t *testing.T) {
	tests := []struct {
		name, in, want string
		esc            func(o *out, s string)
	}{
		{"xml plain", "Donald Trump", "Donald Trump", (*out).xml},
		{"xml markup", `AT&T <"Labs"> 'x'`, "AT&amp;T &lt;&quot;Labs&quot;&gt; &apos;x&apos;", (*out).xml},
		{"xml whitespace kept", "a\tb\nc\rd", "a&#x9;b&#xA;c&#xD;d", (*out).xml},
		{"xml control and bad utf8", "a\x01b\xffc\uFFFEd", "a\uFFFDb\uFFFDc\uFFFDd", (*out).xml},
		{"xml non-ascii", "Gdańsk 東京 🗼", "Gdańsk 東京 🗼", (*out).xml},
		{"json quotes", `say "hi" \ there`, `"say \"hi\" \\ there"`, (*out).json},
		{"json controls", "a\nb\tc\x01\u2028", `"a\nb\tc\u0001\u2028"`, (*out).json},
		{"json bad utf8", "a\xffb", `"a\ufffdb"`, (*out).json},
		{"dot quotes and backslashes", `C:\Temp\N "x"`, `"C:\\Temp\\N \"x\""`, (*out).dotID},
		{"dot newline tab", "a\nb\tc\r", `"a\nb c "`, (*out).dotID},
		{"dot bad utf8", "a\xff", "\"a\uFFFD\"", (*out).dotID},
		{"nmtoken slash", "person/donald-trump", "person:donald-trump", (*out).nmtoken},
		{"nmtoken escapes", "org/at&t lab_s:x", "org:at_26t_20lab_5fs_3ax", (*out).nmtoken},
		{"nmtoken non-ascii letters", "place/gdańsk", "place:gdańsk", (*out).nmtoken},
		{"nmtoken empty", "", "_", (*out).nmtoken},
		{"nquads string", "a\"b\\c\nd\re\tf\x01", `"a\"b\\c\nd\re\tf\u0001"`, (*out).nqString},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(func(o *out) { tt.esc(o, tt.in) }); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) string
		in   string
		want string
	}{
		{"neo4j type camel", neo4jType, "saidAbout", "SAID_ABOUT"},
		{"neo4j type relation", neo4jType, "memberOf", "MEMBER_OF"},
		{"neo4j type spaces", neo4jType, "co participant", "CO_PARTICIPANT"},
		{"neo4j type iri", neo4jType, "https://example.org/vocab#knows", "KNOWS"},
		{"neo4j type empty", neo4jType, "", "RELATED_TO"},
		{"dot label camel", predicateWords, "saidAbout", "said about"},
		{"dot label relation", predicateWords, "memberOf", "member of"},
		{"dot label iri", predicateWords, "https://example.org/vocab#knows", "knows"},
		{"neo4j one line", oneLine, "a\nb\tc", "a b c"},
		{"node iri key", NodeIRI, "person/donald-trump", "https://newsgraph.dev/id/person/donald-trump"},
		{"node iri absolute", NodeIRI, "https://example.org/x", "https://example.org/x"},
		{"node iri colon in key", NodeIRI, "place/c:temp", "https://newsgraph.dev/id/place/c:temp"},
		{"predicate project", PredicateIRI, "role", "https://newsgraph.dev/ns#role"},
		{"predicate relation", PredicateIRI, "occupies", "https://newsgraph.dev/ns#occupies"},
		{"predicate memberOf", PredicateIRI, "memberOf", "http://schema.org/memberOf"},
		{"clean iri", cleanIRI, "https://x/a b<c>\\d\xff", "https://x/a%20b%3Cc%3E%5Cd%FF"},
		{"clean iri non-ascii kept", cleanIRI, "https://x/gdańsk", "https://x/gdańsk"},
		{"clean blank", cleanBlank, "e0", "e0"},
		{"clean blank odd", cleanBlank, "-a.b", "x2dax2eb"},
		{"aliases", func(s string) string { return joinAliases([]string{s, "b"}) }, "a", "a; b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDates(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{{"2019-01-04", true}, {"2019-1-4", false}, {"Monday", false}, {"", false}, {"2019-01-04T10:00", false}} {
		if got := isISODate(tt.in); got != tt.want {
			t.Errorf("isISODate(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
	// A spell takes only ISO dates: "Monday" is left out, the known side stays.
	got := render(func(o *out) { o.spell("Monday", "2019-01-14") })
	if want := `<spells><spell end="2019-01-14"/></spells>`; got != want {
		t.Errorf("spell: got %q, want %q", got, want)
	}
	if got := render(func(o *out) { o.spell("", "") }); got != "" {
		t.Errorf("spell without dates: got %q, want nothing", got)
	}
}
