package extract

import (
	"testing"
)

// BenchmarkEventsRelations measures the date, relation and event stages alone over the
// corpus (the earlier stages run once, outside the timer): go test ./extract -run XXX
// -bench EventsRelations. It reports articles/s.
func BenchmarkEventsRelations(b *testing.B) {
	arts := corpusArticles(b)
	seg, err := NewSegment()
	if err != nil {
		b.Fatal(err)
	}
	before := []Stage{Normalize{}, seg, PublicationDate{}, NewEntities(Options{}), Roles{}, Coref{}, Pronouns{}, Statements{}}
	drafts := make([]*Draft, len(arts))
	for i, a := range arts {
		d := NewDraft(a)
		for _, s := range before {
			if err := s.Run(d); err != nil {
				b.Fatal(err)
			}
		}
		drafts[i] = d
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range drafts {
			d.Relations, d.Events = nil, nil
			if err := (Relations{}).Run(d); err != nil {
				b.Fatal(err)
			}
			if err := (Events{}).Run(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(drafts))/b.Elapsed().Seconds(), "articles/s")
}
