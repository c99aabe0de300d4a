package extract_test

import (
	"fmt"
	"time"

	"newsgraph/extract"
)

func ExampleParseDate() {
	for _, s := range []string{"Friday, January 4, 2019", "Thu, 12 Sep 2019 10:00:00 +0000", "2019-09-12T23:30:00-04:00", "03/04/2019"} {
		t, ok := extract.ParseDate(s)
		fmt.Println(t.Format("2006-01-02"), ok)
	}
	// Output:
	// 2019-01-04 true
	// 2019-09-12 true
	// 2019-09-12 true
	// 0001-01-01 false
}

func ExampleResolveDates() {
	published := time.Date(2019, 9, 12, 0, 0, 0, 0, time.UTC)
	text := "On Tuesday, Trump announced he had asked for Bolton's resignation Monday night, and that Bolton tendered it the next morning."
	for _, d := range extract.ResolveDates(text, published, false) {
		from, to := d.Range()
		fmt.Printf("%q %s %s (%s)\n", d.Text, from, to, d.Source)
	}
	// Output:
	// "On Tuesday" 2019-09-10  (relative to article date)
	// "Monday night" 2019-09-09  (relative to article date)
	// "the next morning" 2019-09-10  (relative to "Monday night")
}
