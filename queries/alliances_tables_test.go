package queries

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newsgraph/schema"
)

// The weight tables of the README and of docs/alliances.md are the scoring rule users
// read: they must say what the code does.
func TestAlliancesWeightTables(t *testing.T) {
	for _, file := range []string{"../README.md", "../docs/alliances.md"} {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			rows := weightRows(string(data))
			if len(rows) < 10 {
				t.Fatalf("found %d rows of the weight table, want the whole table", len(rows))
			}
			seen := map[string]bool{}
			for _, r := range rows {
				for _, name := range r.names {
					var got int
					switch r.what {
					case "relation":
						k, ok := schema.ParseRelationKind(name)
						if !ok {
							t.Errorf("%s: unknown relation %q", file, name)
							continue
						}
						got = relationWeights[k]
					case "event":
						k, ok := schema.ParseEventKind(name)
						if !ok {
							t.Errorf("%s: unknown event kind %q", file, name)
							continue
						}
						got = eventWeight(k)
					case "statement":
						got = statementWeight
						if r.weight < 0 {
							got = -statementWeight
						}
					default:
						continue
					}
					seen[r.what+" "+name] = true
					if got != r.weight {
						t.Errorf("%s: %s %s weighs %+d in the table, %+d in the code", file, r.what, name, r.weight, got)
					}
				}
			}
			for k, w := range relationWeights {
				if w != 0 && !seen["relation "+string(k)] {
					t.Errorf("%s: relation %s (weight %+d) is missing from the table", file, k, w)
				}
			}
		})
	}
}

type weightRow struct {
	what   string   // relation, event or statement
	names  []string // the kinds the row names in italics; one empty name for statements
	weight int
}

var (
	weightRowRe = regexp.MustCompile(`^\| (relation|event|statement) (.*) \| ([+-]\d+)( each)? \|$`)
	italicRe    = regexp.MustCompile(`\*([^*]+)\*`)
)

// weightRows reads the rows of a Markdown weight table: "| relation *supports* (...) | +3 |".
func weightRows(doc string) []weightRow {
	var rows []weightRow
	for _, line := range strings.Split(doc, "\n") {
		m := weightRowRe.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		w, _ := strconv.Atoi(m[3])
		r := weightRow{what: m[1], weight: w}
		if r.what == "statement" {
			r.names = []string{""}
		}
		for _, it := range italicRe.FindAllStringSubmatch(m[2], -1) {
			r.names = append(r.names, it[1])
		}
		rows = append(rows, r)
	}
	return rows
}
