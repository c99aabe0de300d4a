package ingest

import (
	"strings"
	"time"
)

// dateLayouts are the publication date forms recognized, most common first. Day and month
// numbers may have one or two digits; month and day names any case.
var dateLayouts = []string{
	"2006-1-2",
	time.RFC3339Nano,
	"2006-1-2T15:04:05",
	"2006-1-2T15:04",
	"2006-1-2 15:04:05",
	"2006-1-2 15:04:05Z07:00",
	"2006-1-2 15:04:05 -0700",
	"2006-1-2 15:04:05 -0700 MST",
	"2006-1-2 15:04",
	"2006/1/2",
	"2006/1/2 15:04:05",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, January 2, 2006",
	"Mon, 2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2 Jan. 2006",
}

// normalizeDate writes a publication date as YYYY-MM-DD when it has one of the forms of
// dateLayouts, in the date's own time zone (the publisher's day); otherwise it returns the
// string as given, trimmed. Ambiguous forms such as 03/04/2019 are kept as given.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err == nil && t.Year() >= 1000 && t.Year() <= 9999 {
			return t.Format("2006-01-02")
		}
	}
	return s
}

// dateOf writes a parsed time as YYYY-MM-DD in its own zone, or "" for the zero time.
func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
