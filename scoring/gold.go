package scoring

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one gold file: the hand-made annotation of one article (see
// testdata/eval/README.md for the format).
type Gold struct {
	// Name is the file's name without ".json"; --only and --extracted use it.
	Name string
	// Path is the gold file.
	Path string
	// Article is the annotated article's path: the file's "article" field, relative to the
	// parent of the gold folder, as score.py resolves it.
	Article string

	doc any
}

// GoldFiles lists the gold files of dir as score.py does: the *.json files that are not
// hidden, sorted; only the one named only (without ".json") when only is not "".
func GoldFiles(dir, only string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list gold files in %q: %w", dir, err)
	}
	var files []string
	for _, m := range matches {
		base := filepath.Base(m)
		if strings.HasPrefix(base, ".") {
			continue // glob's * skips hidden files
		}
		if only != "" && strings.TrimSuffix(base, ".json") != only {
			continue
		}
		files = append(files, m)
	}
	sort.Strings(files)
	return files, nil
}

// ReadGold reads and parses one gold file.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold file: %w", err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".json")
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("gold file %q: %w", path, err)
	}
	g, err := ParseGold(name, filepath.Dir(filepath.Dir(abs)), data)
	if err != nil {
		return nil, err
	}
	g.Path = path
	return g, nil
}

// ParseGold parses the gold file named name (without ".json"); base is the folder its
// "article" path is relative to (the gold folder's parent).
func ParseGold(name, base string, data []byte) (*Gold, error) {
	doc, err := decodeJSON(data)
	if err != nil {
		return nil, fmt.Errorf("gold file %s: %w", name, err)
	}
	o, ok := doc.(*object)
	if !ok {
		return nil, fmt.Errorf("gold file %s: want a JSON object, got %s", name, typeName(doc))
	}
	art, ok := o.vals["article"]
	if !ok {
		return nil, fmt.Errorf("gold file %s: no \"article\" field", name)
	}
	path, ok := art.(string)
	if !ok {
		return nil, fmt.Errorf("gold file %s: \"article\" is a %s, want a path", name, typeName(art))
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(base, path)
	}
	return &Gold{Name: name, Article: path, doc: o}, nil
}

// Extraction is the extractor's output for one article in the JSON form of `graph extract
// --format json` (the contract of testdata/eval/README.md). It is read as loosely as
// score.py reads it: extra fields are ignored, references may be ids, names or objects.
type Extraction struct {
	doc any
}

// ParseExtraction parses one extraction. Like score.py, it accepts any JSON value; a value
// score.py cannot score (not an object, say) makes Score return a *ScoreError.
func ParseExtraction(data []byte) (*Extraction, error) {
	doc, err := decodeJSON(data)
	if err != nil {
		return nil, err
	}
	return &Extraction{doc: doc}, nil
}
