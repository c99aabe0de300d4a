package extract

import (
	"encoding/json"

	"newsgraph/schema"
)

// MarshalJSON writes the event in the form of the extraction contract, with "type" the
// kind news annotators name it by (schema.EventKind.Reported: a stabbing is an
// "attack") and "kind" the specific kind the extractor read ("stabbing") when the two
// differ. The Go value keeps the specific kind in Type, so the graph stores it and
// queries class it (schema.EventKind.Class).
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event // without this method
	out := struct {
		plain
		Kind string `json:"kind,omitempty"`
	}{plain: plain(e)}
	if r := schema.EventKind(e.Type).Reported(); string(r) != e.Type {
		out.Type, out.Kind = string(r), e.Type
	}
	return json.Marshal(out)
}
