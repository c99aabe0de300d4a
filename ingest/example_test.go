package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"newsgraph/ingest"
)

// Read a CSV from standard input: each row is an article, a bad row is an error naming the
// row, and reading goes on.
func ExampleRead() {
	csv := `url,date,title,text
https://en.wikinews.org/wiki/Escape_room_fire,"Saturday, January 5, 2019",Escape room fire kills five teen girls,"A fire yesterday afternoon killed five girls in Koszalin, North Poland."
https://en.wikinews.org/wiki/Broken_row,2019-01-06,A row with a field missing
https://en.wikinews.org/wiki/Badalona_fire,2019-01-07,Catalonia apartment block fire kills three,An apartment block caught fire on Saturday morning in Badalona.
`
	opts := ingest.Options{Stdin: strings.NewReader(csv)}
	err := ingest.Read(context.Background(), []string{"-"}, opts, func(it ingest.Item) error {
		if it.Err != nil {
			fmt.Println("error:", it.Err)
			return nil
		}
		fmt.Printf("%s %s %q\n", it.Article.Source, it.Article.Date, it.Article.Title)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// stdin:1 2019-01-05 "Escape room fire kills five teen girls"
	// error: stdin: row 2: 3 fields, want 4 (line 3)
	// stdin:3 2019-01-07 "Catalonia apartment block fire kills three"
}
