package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// The golden files are in testdata/queries/timeline; go test -update rewrites them.
func TestQueryEventsGolden(t *testing.T) {
	st := queryStore(t)
	for _, tt := range []struct {
		golden string
		opts   eventsOptions
	}{
		{"timeline/events.txt", eventsOptions{Format: formatTable}},
		{"timeline/events-putin.txt", eventsOptions{Entity: "Putin", Format: formatTable}},
		{"timeline/events-meeting.txt", eventsOptions{Type: "meeting", Format: formatTable}},
		{"timeline/events-limit.txt", eventsOptions{Limit: 1, Format: formatTable}},
		{"timeline/events-putin.json", eventsOptions{Entity: "Putin", Format: formatJSON}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var out bytes.Buffer
			if err := runQueryEvents(context.Background(), st, tt.opts, &out); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, out.Bytes())
		})
	}
}

func TestQueryTimelineGolden(t *testing.T) {
	st := queryStore(t)
	for _, tt := range []struct {
		golden string
		opts   timelineOptions
	}{
		{"timeline/trump.txt", timelineOptions{Name: "Trump", Format: formatTable}},
		{"timeline/russia.txt", timelineOptions{Name: "Russia", Format: formatTable}},
		{"timeline/rubio.json", timelineOptions{Name: "Rubio", Limit: 2, Format: formatJSON}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var out bytes.Buffer
			if err := runQueryTimeline(context.Background(), st, tt.opts, &out); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, out.Bytes())
		})
	}
}

func TestQueryEventsErrors(t *testing.T) {
	db := boltStore(t, storetestDocs()...)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown entity", []string{"events", "--entity", "Putn"}, exitNotFound, `did you mean "Vladimir Putin"`},
		{"unknown type", []string{"events", "--type", "picnic"}, exitUsage, `unknown event type "picnic": want one of meeting, summit`},
		{"bad date", []string{"events", "--since", "2025-02-30"}, exitUsage, `date "2025-02-30"`},
		{"timeline without a name", []string{"timeline"}, exitUsage, "accepts 1 arg(s)"},
		{"timeline of an unknown name", []string{"timeline", "Bolten"}, exitNotFound, `did you mean "John Bolton"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"query"}, tt.args[0], "--db", db)
			_, stderr, code := evalCLI(t, append(args, tt.args[1:]...)...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("got exit %d, %q; want exit %d, %q", code, stderr, tt.wantCode, tt.wantErr)
			}
		})
	}
}
