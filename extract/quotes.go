package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is a quotation in the normalized text: the marks and the content between them.
type quoteSpan struct {
	// Open is the offset of the opening mark; Close the offset of the closing mark, or the
	// end of the paragraph when the quote runs on into the next paragraph (or is never
	// closed).
	Open, Close int
	// Start and End delimit the content, marks excluded.
	Start, End int
	// Single marks a quote in single quotation marks.
	Single bool
	// Parent is the index of the quote this one is nested in, or -1.
	Parent int
	// Group is shared by the pieces of one quotation that runs over several paragraphs
	// (each paragraph opens with a mark again, the earlier ones are not closed); it is the
	// index of the first piece.
	Group int
	// Closed is false when the quote is not closed in its paragraph.
	Closed bool
}

// Text returns the content of the quote in t.
func (q quoteSpan) Text(t string) string { return t[q.Start:q.End] }

// paragraphSpans returns the byte spans of the paragraphs of d, from its sentences.
func paragraphSpans(d *Draft) [][2]int {
	var out [][2]int
	last := -1
	for _, s := range d.Sentences {
		if len(out) > 0 && s.Paragraph == last {
			out[len(out)-1][1] = s.End
			continue
		}
		out = append(out, [2]int{s.Start, s.End})
		last = s.Paragraph
	}
	return out
}

// findQuotes finds the quotations of text, paragraph by paragraph: double quotation marks
// paired in order, a quote left open at the end of a paragraph continued by the next
// paragraph when that one opens with a mark, and single-quoted quotes nested inside them
// (or standing alone where the original text uses a curly opening mark ‘). orig, when
// given, is the text before normalization with map from normalized offsets, used to tell
// curly marks from straight ones.
func findQuotes(text string, paras [][2]int, origAt func(int) rune) []quoteSpan {
	var out []quoteSpan
	carry := -1 // group of a quote left open at the end of the previous paragraph
	for pi, p := range paras {
		a, b := p[0], p[1]
		marks := doubleMarks(text, a, b)
		group := carry
		carry = -1
		first := len(out)
		for k := 0; k < len(marks); k += 2 {
			open := marks[k]
			q := quoteSpan{Open: open, Start: open + 1, Parent: -1, Group: -1}
			if k+1 < len(marks) {
				q.Close, q.End, q.Closed = marks[k+1], marks[k+1], true
			} else {
				q.Close, q.End = b, b
			}
			if k == 0 && group >= 0 && strings.TrimSpace(text[a:open]) == "" {
				q.Group = group
			} else {
				q.Group = len(out)
			}
			out = append(out, q)
		}
		if n := len(out); n > first && !out[n-1].Closed {
			// Open at the end of the paragraph: the quote goes on when the next paragraph
			// opens with a mark, as multi-paragraph quotations do.
			if pi+1 < len(paras) {
				next := strings.TrimLeft(text[paras[pi+1][0]:paras[pi+1][1]], " ")
				if strings.HasPrefix(next, `"`) {
					carry = out[n-1].Group
				}
			}
		}
		// Single-quoted quotes: inside the double-quoted ones of this paragraph, and outside
		// them where the original opens with a curly mark.
		for qi := first; qi < len(out); qi++ {
			for _, sq := range singleQuotes(text, out[qi].Start, out[qi].End, nil) {
				sq.Parent, sq.Group = qi, len(out)
				out = append(out, sq)
			}
		}
		if origAt != nil {
			outside := first
			for _, sq := range singleQuotes(text, a, b, origAt) {
				inside := false
				for qi := outside; qi < len(out); qi++ {
					if out[qi].Parent < 0 && !out[qi].Single && sq.Open >= out[qi].Open && sq.Open < out[qi].End+1 {
						inside = true
						break
					}
				}
				if !inside {
					sq.Parent, sq.Group = -1, len(out)
					out = append(out, sq)
				}
			}
		}
	}
	return out
}

// doubleMarks returns the offsets of the double quotation marks in text[a:b], dropping
// marks that stand for inches or seconds after a digit (5'10", 12").
func doubleMarks(text string, a, b int) []int {
	var marks []int
	for i := a; i < b; i++ {
		if text[i] != '"' {
			continue
		}
		if i > a && text[i-1] >= '0' && text[i-1] <= '9' && (i+1 >= b || text[i+1] == ' ') &&
			len(marks)%2 == 0 {
			continue // 12" pipe: a measure, not an opening quote
		}
		marks = append(marks, i)
	}
	return marks
}

// singleQuotes finds single-quoted spans in text[a:b]. An opening mark stands after a
// space, an opening bracket or a double mark and before a letter or digit; a closing mark
// stands after a letter or punctuation and before a space, punctuation or the end, and is
// not the apostrophe of a plural possessive ("the countries' leaders") when a better
// closing mark follows. With origAt (top level), only curly opening marks count, since a
// straight one is too often an apostrophe.
func singleQuotes(text string, a, b int, origAt func(int) rune) []quoteSpan {
	var out []quoteSpan
	for i := a; i < b; i++ {
		if text[i] != '\'' || !singleOpens(text, a, b, i) {
			continue
		}
		if origAt != nil && origAt(i) != '\u2018' {
			continue
		}
		end := -1
		fallback := -1
		for j := i + 2; j < b && j-i < 400; j++ {
			if text[j] == '\n' {
				break
			}
			if text[j] != '\'' || !singleCloses(text, b, j) {
				continue
			}
			if text[j-1] == 's' && j+2 < b && text[j+1] == ' ' && unicode.IsLower(rune(text[j+2])) {
				if fallback < 0 {
					fallback = j // maybe "the countries' leaders"
				}
				continue
			}
			end = j
			break
		}
		if end < 0 {
			end = fallback
		}
		if end < 0 {
			continue
		}
		out = append(out, quoteSpan{Open: i, Close: end, Start: i + 1, End: end, Single: true, Closed: true})
		i = end
	}
	return out
}

func singleOpens(text string, a, b, i int) bool {
	if i+1 >= b {
		return false
	}
	if i > a {
		p, _ := utf8.DecodeLastRuneInString(text[:i])
		if !(unicode.IsSpace(p) || strings.ContainsRune(`("[{-:`, p)) {
			return false
		}
	}
	n, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLetter(n) || unicode.IsDigit(n)
}

func singleCloses(text string, b, j int) bool {
	p, _ := utf8.DecodeLastRuneInString(text[:j])
	if unicode.IsSpace(p) {
		return false
	}
	if j+1 >= b {
		return true
	}
	n, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsSpace(n) || strings.ContainsRune(`.,;:!?)"]-`, n)
}
