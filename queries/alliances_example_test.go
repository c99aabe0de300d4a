package queries_test

import (
	"context"
	"fmt"

	"newsgraph/graph"
	"newsgraph/graph/storetest"
	"newsgraph/queries"
)

// seedStore is a memstore holding the hand-written seed article of graph/storetest.
func seedStore() *graph.Store {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	if err != nil {
		panic(err)
	}
	if _, err := st.WriteDocument(ctx, storetest.SeedDocument(), false); err != nil {
		panic(err)
	}
	return st
}

func ExampleAlliances() {
	st := seedStore()
	defer st.Close()
	res, err := queries.Alliances(context.Background(), st, queries.AllianceQuery{Entity: "Russia"})
	if err != nil {
		panic(err)
	}
	for _, p := range res.Pairs {
		fmt.Printf("%s - %s: %s %+d\n", p.A.Name, p.B.Name, p.Side, p.Score)
		for _, e := range p.Strongest {
			fmt.Printf("  %+d %s\n", e.Weight, e.Fact.Text)
			for _, v := range e.Via {
				fmt.Printf("     via %s\n", v.Text)
			}
		}
	}
	// Output:
	// Russia - United States: cooperation +1
	//   +1 summit in Anchorage: Donald Trump, Vladimir Putin
	//      via Vladimir Putin: President of Russia
	//      via Donald Trump: President of United States
}

func ExamplePath() {
	st := seedStore()
	defer st.Close()
	res, err := queries.Path(context.Background(), st, "Zelensky", "Putin", 2)
	if err != nil {
		panic(err)
	}
	for _, r := range res.Routes {
		for _, h := range r.Hops {
			fmt.Printf("%s -[%s]-> %s\n", h.From.Name, h.Label, h.To.Name)
			fmt.Printf("  %s\n", h.Fact.Source.Sentence)
		}
	}
	// Output:
	// Volodymyr Zelensky -[meeting]-> Donald Trump
	//   Ukrainian President Volodymyr Zelensky is scheduled to meet Trump at the White House on Monday, joined by leaders from Germany, France, Britain, Italy, NATO, and the European Union.
	// Donald Trump -[summit in Anchorage]-> Vladimir Putin
	//   US President Donald Trump entered his Alaska summit with Russian President Vladimir Putin vowing he would not be satisfied without a cease-fire in Ukraine.
}

func ExampleEvents() {
	st := seedStore()
	defer st.Close()
	res, err := queries.Events(context.Background(), st, queries.EventQuery{Entity: "Putin"})
	if err != nil {
		panic(err)
	}
	for _, e := range res.Events {
		fmt.Printf("%s (%s) %s\n", e.Date, e.DateSource, e.Text)
	}
	// Output:
	// 2025-08-15 (stated) summit in Anchorage: Donald Trump, Vladimir Putin
}

func ExampleTimeline() {
	st := seedStore()
	defer st.Close()
	res, err := queries.Timeline(context.Background(), st, "Witkoff")
	if err != nil {
		panic(err)
	}
	for _, e := range res.Entries {
		fmt.Printf("%s %s (%s): %s\n", e.Date, e.Kind, e.As, e.Text)
	}
	// Output:
	// 2025-08-17 role (holder): Steve Witkoff: envoy
	// 2025-08-17 statement (speaker): Steve Witkoff (tell): “Putin had offered concessions during the discussions”
	// 2025-08-17 statement (speaker): Steve Witkoff (claim): “Putin responded positively”
	// 2025-08-17 statement (speaker): Steve Witkoff (say): “five Ukrainian regions were discussed during the summit”
	// 2025-08-17 statement (speaker): Steve Witkoff (acknowledge): “the fate of Donetsk would require further negotiation”
}
