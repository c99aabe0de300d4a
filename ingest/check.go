package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// sniffLen is how many bytes of an input are looked at to recognize binary data and the
// format.
const sniffLen = 8 << 10

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// checkStart looks at the first bytes of an input (without a UTF-8 byte order mark) and
// refuses binary data and UTF-16. Invalid UTF-8 in text is reported later, with its line,
// by checkText.
func checkStart(b []byte) error {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		return detail(ErrNotUTF8, "UTF-16 byte order mark; convert the file to UTF-8")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return detail(ErrBinary, "NUL byte at offset %d", i)
	}
	// Mostly non-text: many control characters or many bytes that are not UTF-8. Text in
	// another 8-bit encoding (Latin-1, Windows-1252) has a few invalid bytes only and is
	// left for checkText to report as not UTF-8.
	var control, invalid, n int
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(b[i:]) {
				break // a rune cut by the end of the sample
			}
			invalid++
		} else if isControl(r) {
			control++
		}
		n++
		i += size
	}
	if n >= 16 && (control*10 > n || invalid*10 > n*3) {
		return detail(ErrBinary, "%d%% control characters, %d%% invalid UTF-8 in the first %d bytes", control*100/n, invalid*100/n, len(b))
	}
	return nil
}

// isControl reports a control character that text files do not hold.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v', 0x1b:
		return false
	}
	return r < 0x20 || r == 0x7f
}

// checkText refuses text that is not UTF-8 or holds NUL bytes, naming where the first bad
// byte is.
func checkText(s string) error {
	f, ok := findFault(s)
	if !ok {
		return nil
	}
	return f.err(fmt.Sprintf("line %d, column %d", f.line, f.col))
}

// fault is the first byte of a text that is not UTF-8 text: its value, line and column
// (in characters, from 1).
type fault struct {
	b         byte
	line, col int
}

func (f fault) err(where string) error {
	if f.b == 0 {
		return detail(ErrBinary, "NUL byte at %s", where)
	}
	return detail(ErrNotUTF8, "invalid byte 0x%02x at %s", f.b, where)
}

func findFault(s string) (fault, bool) {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return fault{}, false
	}
	line, col := 1, 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return fault{b: s[i], line: line, col: col}, true
		case r == 0:
			return fault{b: 0, line: line, col: col}, true
		case r == '\n':
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return fault{}, false
}

// checkArticle applies the rules every article meets, whatever its format: UTF-8 text, not
// blank, not over the size limit.
func checkArticle(text string, limit int) error {
	if err := checkText(text); err != nil {
		return err
	}
	if strings.TrimSpace(text) == "" {
		return ErrNoText
	}
	if len(text) > limit {
		return tooLarge(len(text), limit)
	}
	return nil
}

func tooLarge(n, limit int) error {
	if n < 0 {
		return detail(ErrTooLarge, "over the %s limit", byteSize(limit))
	}
	return detail(ErrTooLarge, "%s, over the %s limit", byteSize(n), byteSize(limit))
}

// byteSize writes a byte count for people: "512 bytes", "12.5 KiB", "5 MiB".
func byteSize(n int) string {
	const k = 1024
	switch {
	case n < k:
		return fmt.Sprintf("%d bytes", n)
	case n < k*k:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/k)) + " KiB"
	default:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(k*k))) + " MiB"
	}
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }
