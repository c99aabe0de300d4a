package export

// style is how a node of one entity type is drawn: a fill colour and a Graphviz shape.
type style struct {
	R, G, B uint8
	Hex     string
	Shape   string
}

// styles gives each entity type its colour (the Tableau 10 palette, readable for most
// colour-blind readers) and DOT shape; unknown types are grey boxes.
var styles = map[string]style{
	"Person":       {0x4e, 0x79, 0xa7, "#4e79a7", "ellipse"},
	"Organization": {0xf2, 0x8e, 0x2b, "#f28e2b", "box"},
	"Country":      {0x59, 0xa1, 0x4f, "#59a14f", "hexagon"},
	"Place":        {0xb0, 0x7a, 0xa1, "#b07aa1", "house"},
}

var otherStyle = style{0xba, 0xb0, 0xac, "#bab0ac", "octagon"}

func styleOf(entityType string) style {
	if s, ok := styles[entityType]; ok {
		return s
	}
	return otherStyle
}
