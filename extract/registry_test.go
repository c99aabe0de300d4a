package extract

import (
	"sync"
	"testing"

	"newsgraph/schema"
)

func personID(t *testing.T, doc *Document, mention string) string {
	t.Helper()
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Text == mention && e.Type == schema.Person {
				return e.ID
			}
		}
	}
	t.Fatalf("no person mentioned as %q in %v", mention, entitySummary(doc))
	return ""
}

// TestRegistryJoinsLaterArticles: a later article's lone "Trump" and "President Trump"
// join the Donald Trump of an earlier one (sentences of the seed article and of the
// Wikinews corpus).
func TestRegistryJoinsLaterArticles(t *testing.T) {
	reg := NewRegistry()
	first := entityPipeline(t, Options{Registry: reg}, "US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine.")
	reg.Add(first.Entities...)

	tests := []struct {
		name, text, mention, want string
	}{
		{"title and surname", "I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.'", "Trump", "person/donald-trump"},
		{"surname alone", "Bolton was also much more of a critic of Russia than was Trump.", "Trump", "person/donald-trump"},
		{"full name with initial", "Donald J. Trump signed the order on Friday.", "Donald J. Trump", "person/donald-trump"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := entityPipeline(t, Options{Registry: reg}, tt.text)
			if got := personID(t, doc, tt.mention); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestRegistryDoesNotGuess: with two known people named Johnson, a lone "Johnson" stays
// itself.
func TestRegistryDoesNotGuess(t *testing.T) {
	reg := NewRegistry()
	reg.Add(Entity{Type: schema.Person, Name: "Boris Johnson"}, Entity{Type: schema.Person, Name: "Lyndon Johnson"})
	if got, ok := reg.Resolve(schema.Person, "Johnson"); ok {
		t.Errorf("got %q, want no answer for an ambiguous surname", got)
	}
	if got, ok := reg.Resolve(schema.Person, "Boris Johnson"); !ok || got != "Boris Johnson" {
		t.Errorf("got %q %v, want Boris Johnson", got, ok)
	}
	doc := entityPipeline(t, Options{Registry: reg}, "British Prime Minister Johnson tweeted on Thursday.")
	if got := personID(t, doc, "Johnson"); got != "person/johnson" {
		t.Errorf("got %s, want person/johnson", got)
	}
}

func TestRegistryKnownAliases(t *testing.T) {
	reg := NewRegistry()
	reg.Add(Entity{Type: schema.Organization, Name: "African Continental Free Trade Area", Aliases: []string{"AfCFTA"}})
	tests := []struct {
		t          schema.EntityType
		name, want string
		ok         bool
	}{
		{schema.Organization, "AfCFTA", "African Continental Free Trade Area", true},
		{schema.Organization, "african continental free trade area", "African Continental Free Trade Area", true},
		{schema.Place, "AfCFTA", "", false},
		{schema.Person, "Nobody Known", "", false},
	}
	for _, tt := range tests {
		got, ok := reg.Resolve(tt.t, tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Resolve(%s, %q): got %q %v, want %q %v", tt.t, tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestRegistryConcurrent adds and resolves from many goroutines (run with -race).
func TestRegistryConcurrent(t *testing.T) {
	reg := NewRegistry()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				reg.Add(Entity{Type: schema.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}})
				if got, ok := reg.Resolve(schema.Person, "Putin"); !ok || got != "Vladimir Putin" {
					t.Errorf("got %q %v, want Vladimir Putin", got, ok)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestRegistryFirstNamesStayLocal: a first name that stood for someone in one article
// ("I asked John for his resignation") does not name them in the next.
func TestRegistryFirstNamesStayLocal(t *testing.T) {
	reg := NewRegistry()
	reg.Add(Entity{Type: schema.Person, Name: "John Bolton", Aliases: []string{"John", "Bolton", "John R. Bolton"}})
	tests := []struct {
		name string
		ok   bool
	}{{"John", false}, {"Bolton", true}, {"John R. Bolton", true}, {"John Robert Bolton", true}}
	for _, tt := range tests {
		if got, ok := reg.Resolve(schema.Person, tt.name); ok != tt.ok || ok && got != "John Bolton" {
			t.Errorf("Resolve(%q): got %q %v, want ok=%v", tt.name, got, ok, tt.ok)
		}
	}
}
