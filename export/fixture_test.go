package export

// The graphs every test writes: a seed-like graph (the seed article and two Wikinews
// articles of January 2019, sentences quoted as written; Wikinews CC BY 2.5) and a graph
// of awkward names (quotes, backslashes, newlines, tabs, non-ASCII, ampersands, <, >).

const (
	seedArticle   = "https://newsgraph.dev/id/article/0f8ab7c2d7b8c0b6b36a4b1e1b0f6c52"
	pelosiArticle = "https://en.wikinews.org//wiki/Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in"
	wallArticle   = "https://en.wikinews.org//wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall"
	gdanskArticle = "https://en.wikinews.org//wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage"
	zelenskyCall  = "https://en.wikinews.org//wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation"
)

func seedGraph() *Static {
	return &Static{
		NodeList: []Node{
			{ID: "person/donald-trump", Label: "Donald Trump", Type: "Person", Aliases: []string{"Trump", "President Trump"}, Mentions: 9, Articles: 3, FirstSeen: "2019-01-04", LastSeen: "2019-01-07"},
			{ID: "person/vladimir-putin", Label: "Vladimir Putin", Type: "Person", Aliases: []string{"Putin"}, Mentions: 4, Articles: 1},
			{ID: "person/marco-rubio", Label: "Marco Rubio", Type: "Person", Aliases: []string{"Rubio"}, Mentions: 3, Articles: 1},
			{ID: "person/nancy-pelosi", Label: "Nancy Pelosi", Type: "Person", Aliases: []string{"Pelosi"}, Mentions: 7, Articles: 2, FirstSeen: "2019-01-04", LastSeen: "2019-01-07"},
			{ID: "country/united-states", Label: "United States", Type: "Country", Aliases: []string{"US", "U.S."}, Mentions: 4, Articles: 2, FirstSeen: "2019-01-04", LastSeen: "2019-01-07"},
			{ID: "country/russia", Label: "Russia", Type: "Country", Mentions: 5, Articles: 1},
			{ID: "country/ukraine", Label: "Ukraine", Type: "Country", Mentions: 6, Articles: 1},
			{ID: "organization/nato", Label: "NATO", Type: "Organization", Aliases: []string{"North Atlantic Treaty Organization"}, Mentions: 3, Articles: 1},
			{ID: "place/alaska", Label: "Alaska", Type: "Place", Mentions: 1, Articles: 1},
			{ID: "place/crimea", Label: "Crimea", Type: "Place", Mentions: 2, Articles: 1},
		},
		EdgeList: []Edge{
			{Source: "person/donald-trump", Target: "country/united-states", Predicate: "role", Label: "President", Weight: 2, FirstDate: "2019-01-04", LastDate: "2019-01-07", Article: wallArticle,
				Sentence: "United States President Donald Trump said on Friday he can and may declare a national state of emergency, which he said would allow him to act without approval from Congress and allocate funding for the construction of a wall along the country's border with Mexico."},
			{Source: "person/vladimir-putin", Target: "country/russia", Predicate: "role", Label: "President", Weight: 1, Article: seedArticle,
				Sentence: "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine."},
			{Source: "person/donald-trump", Target: "person/nancy-pelosi", Predicate: "saidAbout", Weight: 1, FirstDate: "2019-01-04", LastDate: "2019-01-04", Article: pelosiArticle,
				Sentence: "President Donald Trump congratulated Pelosi, saying, \"hopefully we're going to have a lot of things that we can get done together.\""},
			{Source: "person/nancy-pelosi", Target: "person/donald-trump", Predicate: "saidAbout", Weight: 1, FirstDate: "2019-01-07", LastDate: "2019-01-07", Article: wallArticle,
				Sentence: "Nancy Pelosi, the Speaker of the House, said on Friday \"We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president.\""},
			{Source: "person/marco-rubio", Target: "country/ukraine", Predicate: "saidAbout", Weight: 1, Article: seedArticle,
				Sentence: "He said both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize."},
			{Source: "person/marco-rubio", Target: "country/russia", Predicate: "saidAbout", Weight: 2, Article: seedArticle,
				Sentence: "He said both Ukraine and Russia would need to make difficult concessions before any peace agreement could materialize."},
			{Source: "person/donald-trump", Target: "person/vladimir-putin", Predicate: "coParticipant", Label: "summit", Weight: 1, Article: seedArticle, Undirected: true,
				Sentence: "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine."},
			{Source: "person/donald-trump", Target: "place/alaska", Predicate: "eventPlace", Label: "summit", Weight: 1, Article: seedArticle,
				Sentence: "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine."},
			{Source: "country/russia", Target: "place/crimea", Predicate: "occupies", Weight: 1, Article: seedArticle,
				Sentence: "Moscow currently occupies about 20 percent of Ukraine, including Crimea, most of Donetsk, and nearly all of Luhansk."},
			{Source: "country/ukraine", Target: "organization/nato", Predicate: "memberOf", Weight: 1, Article: seedArticle,
				Sentence: "These reportedly included openness to security guarantees for Ukraine, though not through NATO membership."},
		},
	}
}

// awkwardGraph has names and ids that break naive writers. Every string is valid UTF-8
// without control characters other than newline and tab, so that every reader can be
// asked to give each label back exactly.
func awkwardGraph() *Static {
	return &Static{
		NodeList: []Node{
			{ID: "person/paweł-adamowicz", Label: "Paweł Adamowicz", Type: "Person", Aliases: []string{"Adamowicz", "Paweł"}, Mentions: 6, Articles: 1, FirstSeen: "2019-01-14", LastSeen: "2019-01-14"},
			{ID: "place/gdańsk", Label: "Gdańsk", Type: "Place", Mentions: 7, Articles: 1, FirstSeen: "2019-01-14", LastSeen: "2019-01-14"},
			{ID: "person/sławoj-leszek-głódź", Label: "Sławoj Leszek Głódź", Type: "Person", Mentions: 1, Articles: 1, FirstSeen: "2019-01-14", LastSeen: "2019-01-14"},
			{ID: "person/recep tayyip erdoğan", Label: "Recep Tayyip Erdoğan", Type: "Person", Aliases: []string{"Erdoğan", "Erdogan"}, Mentions: 2, Articles: 1},
			{ID: `organization/the "quoted" party`, Label: `The "Quoted" Party`, Type: "Organization", Aliases: []string{`"Quoted"`, `'Quoted'`}, Mentions: 1, Articles: 1},
			{ID: "organization/at&t <labs>", Label: "AT&T <Labs> & Sons", Type: "Organization", Aliases: []string{"AT&T", "<Labs>"}, Mentions: 1, Articles: 1},
			{ID: `place/c:\temp\N`, Label: `C:\Temp\N and \"more\"`, Type: "Place", Aliases: []string{`back\slash`, `\n is not a newline`}, Mentions: 1, Articles: 1},
			{ID: "person/two\nlines", Label: "First line\nsecond line\ttabbed", Type: "Person", Aliases: []string{"tab\there", "]]> and <!-- -->"}, Mentions: 1, Articles: 1},
			{ID: "country/côte-d-ivoire", Label: "Côte d'Ivoire", Type: "Country", Aliases: []string{"Ivory Coast", "République de Côte d'Ivoire"}, Mentions: 1, Articles: 1},
			{ID: "place/東京", Label: "東京 (Tokyo) — ‘quoted’ “twice” 🗼", Type: "Place", Mentions: 1, Articles: 1},
		},
		EdgeList: []Edge{
			{Source: "person/paweł-adamowicz", Target: "place/gdańsk", Predicate: "role", Label: "mayor", Weight: 3, FirstDate: "2019-01-14", LastDate: "2019-01-14", Article: gdanskArticle,
				Sentence: "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event."},
			{Source: "person/sławoj-leszek-głódź", Target: "place/gdańsk", Predicate: "role", Label: "Archbishop", Weight: 1, FirstDate: "2019-01-14", LastDate: "2019-01-14", Article: gdanskArticle,
				Sentence: "Politicians and the Archbishop of Gdańsk, Sławoj Leszek Głódź, were reported by local media to have visited the hospital while Adamowicz received emergency surgery."},
			{Source: "person/recep tayyip erdoğan", Target: `organization/the "quoted" party`, Predicate: "saidAbout", Label: `said "this" & that`, Weight: 1, Article: zelenskyCall,
				Sentence: "Trump characterized the call with Zelensky as \"perfectly fine and routine.\""},
			{Source: "organization/at&t <labs>", Target: `place/c:\temp\N`, Predicate: "co participant", Label: "a\\b\nc\td", Weight: 2, FirstDate: "2019-01-14", LastDate: "2019-12-31", Article: "file:///tmp/a b.txt",
				Sentence: "Line one\nline two\twith a tab, a backslash \\ and <b>bold</b> & \"quotes\"."},
			{Source: "person/two\nlines", Target: "country/côte-d-ivoire", Predicate: "memberOf", Weight: 1, Article: "not an IRI: just text",
				Sentence: "Paweł, we are with you."},
			{Source: "place/東京", Target: "person/paweł-adamowicz", Predicate: "https://example.org/vocab#knows", Weight: 1, FirstDate: "Monday", LastDate: "2019-01-14", Article: gdanskArticle,
				Sentence: "Gdańsk residents donated blood by the hundreds today in a bid to assist."},
		},
	}
}

// fixtures are the graphs by name (the golden files' base names).
var fixtures = []struct {
	name  string
	graph func() *Static
}{
	{"seed", seedGraph},
	{"awkward", awkwardGraph},
}
