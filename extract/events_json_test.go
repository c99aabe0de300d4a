package extract

import (
	"encoding/json"
	"testing"
)

// TestEventJSON checks that the JSON form reports an event by the kind annotators use and
// keeps the specific kind beside it.
func TestEventJSON(t *testing.T) {
	tests := []struct {
		name, typ, want string
	}{
		{"a stabbing is reported as an attack", "stabbing", `{"type":"attack","participants":null,"place":null,"sentence":0,"start":0,"end":0,"confidence":0,"kind":"stabbing"}`},
		{"a shooting keeps its type", "shooting", `{"type":"shooting","participants":null,"place":null,"sentence":0,"start":0,"end":0,"confidence":0}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(Event{Type: tt.typ})
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("got %s, want %s", b, tt.want)
			}
		})
	}
}
