package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// The golden files are in testdata/queries/path; go test -update rewrites them.
func TestQueryPathGolden(t *testing.T) {
	st := queryStore(t)
	for _, tt := range []struct {
		golden string
		opts   pathOptions
	}{
		{"path/zelensky-putin.txt", pathOptions{From: "Zelensky", To: "Putin", MaxHops: 4, Limit: 3, Format: formatTable}},
		{"path/rubio-crimea.txt", pathOptions{From: "rubio", To: "Crimea", MaxHops: 4, Limit: 2, Format: formatTable}},
		{"path/bolton-putin.txt", pathOptions{From: "Bolton", To: "Putin", MaxHops: 4, Limit: 1, Format: formatTable}},
		{"path/none.txt", pathOptions{From: "Bolton", To: "Crimea", MaxHops: 2, Limit: 3, Format: formatTable}},
		{"path/zelensky-putin.json", pathOptions{From: "Zelensky", To: "Putin", MaxHops: 2, Limit: 1, Format: formatJSON}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var out bytes.Buffer
			if err := runQueryPath(context.Background(), st, tt.opts, &out); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, out.Bytes())
		})
	}
}

func TestQueryPathErrors(t *testing.T) {
	db := boltStore(t, storetestDocs()...)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown name", []string{"Zelenski", "Putin"}, exitNotFound, `no entity matches "Zelenski"; did you mean "Volodymyr Zelensky"`},
		{"one name", []string{"Putin"}, exitUsage, "accepts 2 arg(s)"},
		{"zero hops", []string{"Zelensky", "Putin", "--max-hops", "0"}, exitUsage, "--max-hops"},
		{"same entity", []string{"Trump", "Donald Trump"}, exitFailure, "name the same entity"},
		{"bad date", []string{"Zelensky", "Putin", "--until", "yesterday"}, exitUsage, `date "yesterday"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := evalCLI(t, append([]string{"query", "path", "--db", db}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("got exit %d, %q; want exit %d, %q", code, stderr, tt.wantCode, tt.wantErr)
			}
		})
	}
}
