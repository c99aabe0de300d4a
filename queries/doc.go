// Package queries holds the questions users ask of the graph, each a function over a
// *graph.Store that returns plain values with their provenance (article and sentence):
//
//	res, err := queries.Said(ctx, st, queries.SaidQuery{By: "Witkoff", About: "Donetsk"})
//	for _, s := range res.Statements { fmt.Println(s.Date, s.Text, s.Sentence) }
//
// Who said what (Said), the roles people hold over time (Roles), an entity's neighbours
// (Neighbors), the entities known (Entities), events and timelines, alliances, paths
// between entities, and the projection of the store that exports draw.
//
// Names are looked up by any of an entity's names or aliases, ignoring case, accents and
// punctuation (graph.FoldName). A name that matches nothing returns a
// *graph.UnknownNameError that carries the closest names (edit distance, prefix, shared
// words); when a name matches several entities, the one whose canonical name it is wins,
// then the one mentioned most, and the result lists the others.
package queries
