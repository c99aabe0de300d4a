package ingest

import (
	"bytes"
	"encoding/csv"
	"strings"
)

// sniff guesses the format of an input from its first bytes (without a byte order mark):
// a JSON object (JSON Lines), a CSV header naming the text column, else plain text.
func sniff(head []byte, cols Columns) string {
	start := bytes.TrimLeft(head, " \t\r\n")
	if len(start) > 0 && start[0] == '{' {
		return formatJSONL
	}
	if looksCSV(head, cols) {
		return formatCSV
	}
	return formatText
}

// looksCSV reports a first line that is a CSV header with the text column among several.
func looksCSV(head []byte, cols Columns) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	rec, err := csv.NewReader(bytes.NewReader(line)).Read()
	if err != nil || len(rec) < 2 {
		return false
	}
	for _, f := range rec {
		if strings.EqualFold(strings.TrimSpace(f), strings.TrimSpace(cols.Text)) {
			return true
		}
	}
	return false
}
