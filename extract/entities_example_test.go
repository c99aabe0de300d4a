package extract_test

import (
	"context"
	"fmt"

	"newsgraph/extract"
)

// A later article's lone "Trump" joins the Donald Trump of an earlier one through the
// registry; the ingest command keeps one registry for a whole run.
func ExampleRegistry() {
	reg := extract.NewRegistry()
	x, err := extract.New(extract.Options{Registry: reg})
	if err != nil {
		panic(err)
	}
	first, _ := x.Extract(context.Background(), extract.Article{Text: "US President Donald Trump met Russian President Vladimir Putin in Alaska."})
	reg.Add(first.Entities...)
	later, _ := x.Extract(context.Background(), extract.Article{Text: "Bolton was also much more of a critic of Russia than was Trump."})
	for _, e := range later.Entities {
		fmt.Println(e.ID, e.Aliases)
	}
	// Output:
	// country/russia []
	// person/donald-trump [Trump]
}

func ExampleCountryOfDemonym() {
	iso, name, _ := extract.CountryOfDemonym("Ukrainian")
	fmt.Println(iso, name)
	iso, name, _ = extract.CountryOfCapital("Kyiv")
	fmt.Println(iso, name)
	// Output:
	// UA Ukraine
	// UA Ukraine
}
