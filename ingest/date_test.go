package ingest

import "testing"

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-01-04", "2019-01-04"},
		{" 2019-1-4 ", "2019-01-04"},
		{"2019-01-07T09:30:00+01:00", "2019-01-07"},
		{"2019-01-07T23:30:00-05:00", "2019-01-07"}, // the publisher's day, not UTC's
		{"2019-01-07T09:30:00.123Z", "2019-01-07"},
		{"2019-01-07 09:30:00", "2019-01-07"},
		{"2019/01/07", "2019-01-07"},
		{"Mon, 07 Jan 2019 09:30:00 +0100", "2019-01-07"},
		{"Mon, 07 Jan 2019 09:30:00 GMT", "2019-01-07"},
		{"Friday, January 4, 2019", "2019-01-04"},
		{"January 4, 2019", "2019-01-04"},
		{"Jan 4, 2019", "2019-01-04"},
		{"4 January 2019", "2019-01-04"},
		{"4 jan 2019", "2019-01-04"},
		{"07/01/2019", "07/01/2019"}, // day/month or month/day: kept
		{"last Tuesday", "last Tuesday"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalizeDate(tt.in); got != tt.want {
			t.Errorf("normalizeDate(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}
