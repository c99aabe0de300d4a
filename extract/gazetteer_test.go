package extract

import (
	"testing"

	"newsgraph/schema"
)

func TestGazetteerLookup(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		text string
		typ  schema.EntityType
		name string // "" for no entity
		kind GazKind
	}{
		{"US", schema.Country, "United States", GazCountry},
		{"U.S.", schema.Country, "United States", GazCountry},
		{"America", schema.Country, "United States", GazCountry},
		{"Britain", schema.Country, "United Kingdom", GazCountry},
		{"UK", schema.Country, "United Kingdom", GazCountry},
		{"Russian Federation", schema.Country, "Russia", GazCountry},
		{"Islamic Republic of Iran", schema.Country, "Iran", GazCountry},
		{"Côte d'Ivoire", schema.Country, "Ivory Coast", GazCountry},
		{"Cote d'Ivoire", schema.Country, "Ivory Coast", GazCountry},
		{"Soviet Union", schema.Country, "Soviet Union", GazCountry},
		{"Russian", "", "Russia", GazDemonym},
		{"Ukrainians", "", "Ukraine", GazDemonym},
		{"NATO", schema.Organization, "NATO", GazOrg},
		{"EU", schema.Organization, "European Union", GazOrg},
		{"G-7", schema.Organization, "G7", GazOrg},
		{"New York Times", schema.Organization, "The New York Times", GazOrg},
		{"IAAF", schema.Organization, "World Athletics", GazOrg},
		{"TVN24", schema.Organization, "TVN24", GazOrg},
		{"ACLU", schema.Organization, "American Civil Liberties Union", GazOrg},
		{"Customs and Border Protection", schema.Organization, "United States Customs and Border Protection", GazOrg},
		{"Moscow", schema.Place, "Moscow", GazCapital},
		{"Kiev", schema.Place, "Kyiv", GazPlace},
		{"Crimea", schema.Place, "Crimea", GazPlace},
		{"Alaska", schema.Place, "Alaska", GazPlace},
		{"São Paulo", schema.Place, "São Paulo", GazPlace},
		{"Omsk", schema.Place, "Omsk", GazCity},
		{"North American", "", "North American", GazNone},
	}
	for _, tt := range tests {
		e, ok := g.Best(tt.text)
		if !ok || e.Name != tt.name || e.Type() != tt.typ || e.Kind != tt.kind {
			t.Errorf("Best(%q): got %+v %v, want %s %q (kind %d)", tt.text, e, ok, tt.typ, tt.name, tt.kind)
		}
	}
}

// TestGazetteerGuards: two-letter codes and acronyms match only in their own capitals, so
// ordinary words ("in", "no", "is", "at", "to", "us", "who") name no country or body.
func TestGazetteerGuards(t *testing.T) {
	g := DefaultGazetteer()
	for _, w := range []string{"in", "no", "is", "at", "to", "us", "who", "au", "eu", "In", "No", "Is", "Us", "Who", "it", "me", "be"} {
		if e, ok := g.Best(w); ok && e.Kind != GazMinorCity {
			t.Errorf("Best(%q): got %+v, want nothing", w, e)
		}
	}
	if e, ok := g.Best("WHO"); !ok || e.Name != "World Health Organization" {
		t.Errorf("Best(WHO): got %+v %v, want the World Health Organization", e, ok)
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"Côte d'Ivoire", "cote d ivoire"},
		{"African Export–Import Bank", "african export import bank"},
		{"Trump's", "trump"},
		{"Trump’s", "trump"},
		{"  Erdoğan  ", "erdogan"},
		{"G-7", "g 7"},
	}
	for _, tt := range tests {
		if got := NameKey(tt.in); got != tt.want {
			t.Errorf("NameKey(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}
