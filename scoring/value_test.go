package scoring

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The New York Times", "new york times"},
		{"the the band", "the band"}, // only one leading "the"
		{"Theodore", "theodore"},
		{"Trump’s envoy", "trump envoy"},
		{"Trump's", "trump"},
		{"TRUMP'S", "trump"},
		{"it'snot", "it snot"}, // 's inside a word stays (as a space)
		{"Zelenskyy", "zelenskyy"},
		{"Sánchez", "sanchez"},
		{"Ｆｕｌｌｗｉｄｔｈ", "fullwidth"}, // NFKD
		{"ﬁnance", "finance"},      // ligature
		{"Straße", "stra e"},       // ß has no decomposition
		{"U.S.", "u s"},
		{"  cease-fire!!  ", "cease fire"},
		{"“BIG PROGRESS”", "big progress"},
		{"x'sé", "x se"}, // NFKD first: 's before e is inside a word
		{"x'sß", "x s"},  // ß is a word character: 's kept, ß dropped later
		{"x's-y", "x y"},
		{"", ""},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q): got %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNormalizeMatchesScorePy compares Normalize with score.py's norm on every character
// of the Basic Multilingual Plane, inside a word and after "'s". (Python 3.11 knows
// Unicode 14; characters added since differ, and are left out.)
func TestNormalizeMatchesScorePy(t *testing.T) {
	py := python(t)
	var in []string
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		c := string(r)
		in = append(in, "x"+c+"y", "x's"+c)
	}
	want := pyNorm(t, py, in)
	n := 0
	for i, s := range in {
		if got := Normalize(s); got != want[i] {
			n++
			if n <= 20 {
				t.Errorf("Normalize(%+q): got %q, score.py %q", s, got, want[i])
			}
		}
	}
	if n > 0 {
		t.Errorf("%d of %d differ", n, len(in))
	}
}

// pyNorm returns score.py's norm of each string.
func pyNorm(t testing.TB, py string, in []string) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.json")
	if err := os.WriteFile(path, mustJSON(in), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[1])))
import score
print(json.dumps([score.norm(s) for s in json.load(open(sys.argv[2], encoding="utf-8"))]))`
	out, err := exec.Command(py, "-c", script, scorePy, path).Output()
	if err != nil {
		t.Fatalf("score.py norm: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil || len(want) != len(in) {
		t.Fatalf("score.py norm: %v (%d results for %d)", err, len(want), len(in))
	}
	return want
}

// reprCases are JSON documents whose values score.py prints with str() and repr().
var reprCases = []string{
	`null`, `true`, `false`, `0`, `-0`, `12345678901234567890123`, `-7`,
	`1.0`, `-0.0`, `0.1`, `1e16`, `1e15`, `1.5e-5`, `0.0001`, `123456789.125`, `1e400`, `-1e400`, `2.5E+3`,
	`"plain"`, `"it's"`, `"say \"hi\""`, `"both ' and \""`, `"back\\slash"`, `"tab\tnew\nline\r"`,
	`"\u0000\u001f\u007f\u0080\u00a0\u00ad"`, `"é ’ “ ”"`, `"\u2028\u2029\ufeff\ue000"`, `"\ud83d\ude00"`,
	`[]`, `[1, "a", null, [true]]`, `{}`, `{"b": 1, "a": [2], "b": 3}`, `{"k": {"n": "it's"}}`,
}

func TestReprMatchesPython(t *testing.T) {
	py := python(t)
	script := `import sys, json
cases = json.load(sys.stdin)
print(json.dumps([[str(v), repr(v)] for v in (json.loads(c) for c in cases)]))`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(string(mustJSON(reprCases)))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var want [][2]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, c := range reprCases {
		v, err := decodeJSON([]byte(c))
		if err != nil {
			t.Errorf("decode %s: %v", c, err)
			continue
		}
		if got := pyStr(v); got != want[i][0] {
			t.Errorf("str(%s): got %q, want %q", c, got, want[i][0])
		}
		if got := pyRepr(v); got != want[i][1] {
			t.Errorf("repr(%s): got %q, want %q", c, got, want[i][1])
		}
	}
}

func TestEqual(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{`"Person"`, `"Person"`, true},
		{`"Person"`, `"person"`, false},
		{`1`, `1.0`, true},
		{`true`, `1`, true},
		{`false`, `0.0`, true},
		{`null`, `null`, true},
		{`null`, `0`, false},
		{`"1"`, `1`, false},
		{`1e400`, `1e400`, true},
		{`1e400`, `1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000`, false},
		{`9007199254740993`, `9007199254740992.0`, false},
		{`[1, "a"]`, `[1.0, "a"]`, true},
		{`{"a": 1, "b": 2}`, `{"b": 2, "a": 1}`, true},
		{`{"a": 1}`, `{"a": 1, "b": 2}`, false},
	} {
		a, err := decodeJSON([]byte(c.a))
		if err != nil {
			t.Fatal(err)
		}
		b, err := decodeJSON([]byte(c.b))
		if err != nil {
			t.Fatal(err)
		}
		if got := equal(a, b); got != c.want {
			t.Errorf("%s == %s: got %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDecodeJSONErrors(t *testing.T) {
	for _, c := range []string{"", "{", `{"a": 1} 2`, "\xef\xbb\xbf{}", "{\"a\": \"\xff\"}", "[1,]", "NaN"} {
		if _, err := decodeJSON([]byte(c)); err == nil {
			t.Errorf("decode %q: got no error", c)
		}
	}
}

func TestRound3(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{0.8571428571428571, 0.857},
		{0.0625, 0.062}, // an exact tie goes to even, as Python's round does
		{0.1875, 0.188},
		{2.0 / 3, 0.667},
		{1, 1},
		{0, 0},
	} {
		if got := round3(c.in); got != c.want {
			t.Errorf("round3(%v): got %v, want %v", c.in, got, c.want)
		}
	}
}

var normalForm = regexp.MustCompile(`^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$`)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"The New York Times", "Trump’s", "x'sé", "Ｆｕｌｌ", "the ", "'s'S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Normalize(s)
		if !normalForm.MatchString(got) {
			t.Errorf("Normalize(%q) = %q: not lower-case words of a-z0-9 and single spaces", s, got)
		}
	})
}

// FuzzScore feeds arbitrary extractions to Score: it returns a score or an error, and never
// panics.
func FuzzScore(f *testing.F) {
	gold, err := os.ReadFile(filepath.Join(evalGold, "alaska-summit.json"))
	if err != nil {
		f.Fatal(err)
	}
	g, err := ParseGold("alaska-summit", "..", gold)
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range ruleCases {
		f.Add([]byte(c.ex))
	}
	for _, c := range errorCases {
		f.Add([]byte(c.ex))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := ParseExtraction(data)
		if err != nil {
			return
		}
		if _, err := Score(g, x); err != nil {
			if _, ok := err.(*ScoreError); !ok {
				t.Errorf("got %T %v, want a *ScoreError", err, err)
			}
		}
	})
}
