package export

import (
	"bufio"
	"context"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// out is the buffered stream every writer writes through. bufio.Writer keeps the first
// write error, so writers check it once, at flush.
type out struct {
	*bufio.Writer
	n   int // elements written, for periodic context checks
	ctx context.Context
}

func newOut(ctx context.Context, w interface{ Write([]byte) (int, error) }) *out {
	return &out{Writer: bufio.NewWriterSize(w, 64<<10), ctx: ctx}
}

// tick checks the context every 4096 elements, and the stream's sticky error.
func (o *out) tick() error {
	o.n++
	if o.n%4096 == 0 {
		if err := o.ctx.Err(); err != nil {
			return err
		}
		// bufio.Writer keeps the first write error: stop early on a closed pipe.
		if _, err := o.Write(nil); err != nil {
			return err
		}
	}
	return nil
}

func (o *out) int(i int) { o.WriteString(strconv.Itoa(i)) }

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// xml writes s escaped for XML text and attribute values (double or single quoted).
// Characters XML cannot carry (control characters, invalid UTF-8) become U+FFFD;
// tabs, newlines and carriage returns are written as character references so that
// attribute values keep them.
func (o *out) xml(s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\'' && c != '&' && c != '<' && c != '>' {
			i++
			continue
		}
		r, width := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch r {
		case '"':
			esc = "&quot;"
		case '\'':
			esc = "&apos;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if (r == utf8.RuneError && width == 1) || !isXMLChar(r) {
				esc = "\uFFFD"
			} else {
				i += width
				continue
			}
		}
		o.WriteString(s[last:i])
		o.WriteString(esc)
		i += width
		last = i
	}
	o.WriteString(s[last:])
}

const hexDigits = "0123456789abcdef"

// quoted writes s between double quotes for the formats (DOT, N-Quads) whose strings
// escape only ASCII: '"', '\\', DEL and the control characters are written by esc,
// invalid UTF-8 becomes U+FFFD, and every other character is written as it is.
func (o *out) quoted(s string, esc func(o *out, c byte)) {
	o.WriteByte('"')
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' && c != 0x7f {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, width := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || width > 1 {
				i += width
				continue
			}
			o.WriteString(s[last:i])
			o.WriteString("\uFFFD")
			i++
			last = i
			continue
		}
		o.WriteString(s[last:i])
		esc(o, c)
		i++
		last = i
	}
	o.WriteString(s[last:])
	o.WriteByte('"')
}

// json writes s as a JSON string, quotes included. Invalid UTF-8 becomes U+FFFD; U+2028
// and U+2029 are escaped so the output is also valid JavaScript.
func (o *out) json(s string) {
	o.WriteByte('"')
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			o.WriteString(s[last:i])
			switch c {
			case '"', '\\':
				o.WriteByte('\\')
				o.WriteByte(c)
			case '\n':
				o.WriteString(`\n`)
			case '\r':
				o.WriteString(`\r`)
			case '\t':
				o.WriteString(`\t`)
			default:
				o.WriteString(`\u00`)
				o.WriteByte(hexDigits[c>>4])
				o.WriteByte(hexDigits[c&0xF])
			}
			i++
			last = i
			continue
		}
		r, width := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && width == 1 {
			o.WriteString(s[last:i])
			o.WriteString(`\ufffd`)
			i++
			last = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			o.WriteString(s[last:i])
			o.WriteString(`\u202`)
			o.WriteByte(hexDigits[r&0xF])
			i += width
			last = i
			continue
		}
		i += width
	}
	o.WriteString(s[last:])
	o.WriteByte('"')
}

// jsonStrings writes ss as a JSON array of strings ([] when empty).
func (o *out) jsonStrings(ss []string) {
	o.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			o.WriteByte(',')
		}
		o.json(s)
	}
	o.WriteByte(']')
}

// nmtoken writes id as an XML NMTOKEN (GraphML ids must be NMTOKENs): '/' becomes ':',
// letters, digits, '.' and '-' stay, and every other byte, '_' and ':' included, becomes
// '_' and two hex digits, so that distinct ids stay distinct.
func (o *out) nmtoken(id string) {
	if id == "" {
		o.WriteString("_")
		return
	}
	for i := 0; i < len(id); {
		c := id[i]
		switch {
		case c == '/':
			o.WriteByte(':')
			i++
			continue
		case c == '.' || c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			o.WriteByte(c)
			i++
			continue
		case c >= utf8.RuneSelf:
			r, width := utf8.DecodeRuneInString(id[i:])
			if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) && isXMLChar(r) {
				o.WriteString(id[i : i+width])
				i += width
				continue
			}
		}
		o.WriteByte('_')
		o.WriteByte(hexDigits[c>>4])
		o.WriteByte(hexDigits[c&0xF])
		i++
	}
}

// joinAliases joins aliases for formats whose attributes are single strings.
func joinAliases(aliases []string) string {
	switch len(aliases) {
	case 0:
		return ""
	case 1:
		return aliases[0]
	}
	n := 0
	for _, a := range aliases {
		n += len(a) + 2
	}
	b := make([]byte, 0, n)
	for i, a := range aliases {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = append(b, a...)
	}
	return string(b)
}
