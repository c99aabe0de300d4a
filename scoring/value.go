package scoring

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scorer reads gold files and extractions as loosely as score.py does: a JSON document
// is held as the value Python's json module makes of it, and the operations score.py applies
// (str, repr, truthiness, iteration, len, slicing, ==, dict.get and subscripts) behave as in
// Python. A name given as a number, aliases given as one string (iterated letter by letter)
// or an entity reference given as an object then score exactly as score.py scores them.
//
// Values are: nil (None), bool, pyInt, float64, string, []any (list) and *object (dict).

// pyInt is a JSON integer, kept as its decimal text (Python ints have no size limit).
type pyInt string

// object is a JSON object with its keys in document order, like a Python dict loaded by
// json.load: a repeated key keeps its first position and its last value.
type object struct {
	keys []string
	vals map[string]any
}

func newObject() *object { return &object{vals: map[string]any{}} }

func (o *object) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

// pyError is an exception score.py would raise (TypeError, KeyError, AttributeError). The
// scoring functions panic with it at the point where Python raises; Score recovers it and
// returns it as an error.
type pyError struct{ msg string }

func (e *pyError) Error() string { return e.msg }

func raise(format string, args ...any) {
	panic(&pyError{msg: fmt.Sprintf(format, args...)})
}

// decodeJSON parses data as Python's json.loads does (after the UTF-8 decoding that
// open(..., encoding="utf-8") does).
func decodeJSON(data []byte) (any, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		if err == nil {
			return nil, errors.New("extra data after the JSON value")
		}
		return nil, err
	}
	return v, nil
}

func decodeValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return nil, errors.New("no JSON value")
		}
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			list := []any{}
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return list, nil
		case '{':
			o := newObject()
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("object key %v is not a string", kt)
				}
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				o.set(k, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return o, nil
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case json.Number:
		s := string(t)
		if !strings.ContainsAny(s, ".eE") {
			return intValue(s), nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, fmt.Errorf("number %s: %w", s, err)
		}
		return f, nil // out of range: ±Inf, as Python's float() gives
	default:
		return t, nil // nil, bool, string
	}
}

func intValue(s string) pyInt {
	if strings.TrimLeft(s, "-0") == "" {
		return "0"
	}
	return pyInt(s)
}

// pyStr is str(v).
func pyStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return pyRepr(v)
}

// pyRepr is repr(v).
func pyRepr(v any) string {
	switch t := v.(type) {
	case nil:
		return "None"
	case bool:
		if t {
			return "True"
		}
		return "False"
	case pyInt:
		return string(t)
	case float64:
		return floatRepr(t)
	case string:
		return strRepr(t)
	case []any:
		var b strings.Builder
		b.WriteByte('[')
		for i, x := range t {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(pyRepr(x))
		}
		b.WriteByte(']')
		return b.String()
	case *object:
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range t.keys {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strRepr(k))
			b.WriteString(": ")
			b.WriteString(pyRepr(t.vals[k]))
		}
		b.WriteByte('}')
		return b.String()
	}
	panic(fmt.Sprintf("scoring: value of type %T", v))
}

// floatRepr is repr(f): the shortest digits that read back as f, in positional notation
// for exponents from -4 to 15 and in scientific notation otherwise.
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // -d.dddde±dd
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, expText, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expText)
	digits := strings.Replace(mant, ".", "", 1)
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, exp)
	}
	var s string
	switch point := exp + 1; {
	case point <= 0:
		s = "0." + strings.Repeat("0", -point) + digits
	case point >= len(digits):
		s = digits + strings.Repeat("0", point-len(digits)) + ".0"
	default:
		s = digits[:point] + "." + digits[point:]
	}
	return sign + s
}

// strRepr is repr(s) for a str: single quotes unless s holds a single quote and no double
// one; backslash escapes for the quote, the backslash, control and unprintable characters.
func strRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case unicode.IsPrint(r): // Python's str.isprintable: not C*, not Z* but space
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// typeName is Python's name for the type of v, for error messages.
func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case pyInt:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []any:
		return "list"
	case *object:
		return "dict"
	}
	return fmt.Sprintf("%T", v)
}

// truthy is bool(v).
func truthy(v any) bool {
	switch t := v.(type) {
	case nil:
		return false
	case bool:
		return t
	case pyInt:
		return t != "0"
	case float64:
		return t != 0
	case string:
		return t != ""
	case []any:
		return len(t) > 0
	case *object:
		return len(t.keys) > 0
	}
	return true
}

// or returns v when it is truthy and alt otherwise: Python's `v or alt`.
func or(v, alt any) any {
	if truthy(v) {
		return v
	}
	return alt
}

// iterate is list(v): the items of a list, the characters of a str, the keys of a dict.
func iterate(v any) []any {
	switch t := v.(type) {
	case []any:
		return t
	case string:
		out := make([]any, 0, len(t))
		for _, r := range t {
			out = append(out, string(r))
		}
		return out
	case *object:
		out := make([]any, len(t.keys))
		for i, k := range t.keys {
			out[i] = k
		}
		return out
	}
	raise("TypeError: '%s' object is not iterable", typeName(v))
	return nil
}

// length is len(v).
func length(v any) int {
	switch t := v.(type) {
	case []any:
		return len(t)
	case string:
		return utf8.RuneCountInString(t)
	case *object:
		return len(t.keys)
	}
	raise("TypeError: object of type '%s' has no len()", typeName(v))
	return 0
}

// get is v.get(key, def): v must be a dict.
func get(v any, key string, def any) any {
	o, ok := v.(*object)
	if !ok {
		raise("AttributeError: '%s' object has no attribute 'get' (reading %q)", typeName(v), key)
	}
	if x, ok := o.vals[key]; ok {
		return x
	}
	return def
}

// index is v[key] for a string key: v must be a dict that has the key.
func index(v any, key string) any {
	o, ok := v.(*object)
	if !ok {
		if _, isList := v.([]any); isList || v == nil {
			raise("TypeError: '%s' object is not subscriptable by %q", typeName(v), key)
		}
		raise("TypeError: %s indices must be integers, not %q", typeName(v), key)
	}
	x, ok := o.vals[key]
	if !ok {
		raise("KeyError: %s", strRepr(key))
	}
	return x
}

// head is v[:n] for a str (characters) or a list (items).
func head(v any, n int) any {
	switch t := v.(type) {
	case string:
		i := 0
		for k := range t {
			if i == n {
				return t[:k]
			}
			i++
		}
		return t
	case []any:
		if len(t) > n {
			return t[:n]
		}
		return t
	}
	raise("TypeError: '%s' object is not subscriptable", typeName(v))
	return nil
}

// equal is a == b.
func equal(a, b any) bool {
	if na, ok := number(a); ok {
		nb, ok := number(b)
		return ok && numEqual(na, nb)
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equal(x[i], y[i]) {
				return false
			}
		}
		return true
	case *object:
		y, ok := b.(*object)
		if !ok || len(x.keys) != len(y.keys) {
			return false
		}
		for _, k := range x.keys {
			yv, ok := y.vals[k]
			if !ok || !equal(x.vals[k], yv) {
				return false
			}
		}
		return true
	}
	return false
}

// number returns bools, ints and floats as one of *big.Int or float64, for comparing
// them the way Python does (True == 1 == 1.0).
func number(v any) (any, bool) {
	switch t := v.(type) {
	case bool:
		if t {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case pyInt:
		n, ok := new(big.Int).SetString(string(t), 10)
		return n, ok
	case float64:
		return t, true
	}
	return nil, false
}

func numEqual(a, b any) bool {
	fa, aFloat := a.(float64)
	fb, bFloat := b.(float64)
	if aFloat && !finite(fa) || bFloat && !finite(fb) {
		return aFloat && bFloat && fa == fb // inf == inf; nan equals nothing
	}
	return exactRat(a).Cmp(exactRat(b)) == 0
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

func exactRat(v any) *big.Rat {
	if f, ok := v.(float64); ok {
		return new(big.Rat).SetFloat64(f)
	}
	return new(big.Rat).SetInt(v.(*big.Int))
}
