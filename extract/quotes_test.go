package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// quotesOf normalizes text and finds its quotations, one paragraph per line.
func quotesOf(t testing.TB, text string) (*Draft, []quoteSpan) {
	t.Helper()
	d := NewDraft(Article{Text: text})
	if err := (Normalize{}).Run(d); err != nil {
		t.Fatal(err)
	}
	var paras [][2]int
	for start := 0; start < len(d.Text); {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		if strings.TrimSpace(d.Text[start:end]) != "" {
			paras = append(paras, [2]int{start, end})
		}
		start = end + 1
	}
	origAt := func(off int) rune {
		r, _ := utf8.DecodeRuneInString(d.Original[d.OrigOffset(off):])
		return r
	}
	return d, findQuotes(d.Text, paras, origAt)
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want lists the quotations as "content" (top level), ">content" (nested),
		// "+content" (continuing the quotation of the paragraph before) or "~content"
		// (not closed in its paragraph).
		want []string
	}{
		{
			name: "straight quotes broken by the attribution",
			text: `"I informed John Bolton last night that his services are no longer needed at the White House," wrote Trump on Twitter, "and therefore I asked John for his resignation."`,
			want: []string{"I informed John Bolton last night that his services are no longer needed at the White House,", "and therefore I asked John for his resignation."},
		},
		{
			name: "curly quotes",
			text: "Describing progress as \u201cidentifying potential areas of agreement,\u201d he added that major disagreements remained unresolved.",
			want: []string{"identifying potential areas of agreement,"},
		},
		{
			name: "nested single quotes",
			text: `Bolton gave a different account of events, also speaking via Twitter: "I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.' "`,
			want: []string{"I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.' ", ">Let's talk about it tomorrow."},
		},
		{
			name: "quotation over two paragraphs",
			text: "\"Those who want to link the region's incidents to Iran are lying.\n\"If they are truthful, they must not send weapons to the region,\" he said.",
			want: []string{"~Those who want to link the region's incidents to Iran are lying.", "+If they are truthful, they must not send weapons to the region,"},
		},
		{
			name: "curly single quotes standing alone",
			text: "Kim said the talks were \u2018very productive\u2019 and left.",
			want: []string{"very productive"},
		},
		{
			name: "apostrophes are not quotes",
			text: "The countries' leaders met at Trump's resort; it's the '90s again.",
			want: nil,
		},
		{
			name: "a measure in inches",
			text: `Workers laid a 12" pipe under the road.`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, qs := quotesOf(t, tt.text)
			var got []string
			for i, q := range qs {
				s := q.Text(d.Text)
				switch {
				case q.Parent >= 0:
					s = ">" + s
				case q.Group != i:
					s = "+" + s
				case !q.Closed:
					s = "~" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzFindQuotes checks that quotation spans stay inside the text, in order, with content
// between their marks, whatever the input.
func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{
		`"A," he said. "B."`,
		"\u201cA\u201d and \u2018b\u2019",
		"\"open\n\"again\nclosed\"",
		`"'nested' and 'Let's go.'" `,
		`''"'"'`,
		"12\" pipe \"x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d, qs := quotesOf(t, text)
		for i, q := range qs {
			if q.Open < 0 || q.Start != q.Open+1 || q.End < q.Start || q.End > len(d.Text) || q.Close < q.End-1 {
				t.Fatalf("quote %d: bad span %+v in %d bytes", i, q, len(d.Text))
			}
			if q.Group < 0 || q.Group > i {
				t.Fatalf("quote %d: group %d", i, q.Group)
			}
			if q.Parent >= 0 {
				p := qs[q.Parent]
				if q.Open < p.Start || q.End > p.End {
					t.Fatalf("quote %d %+v not inside its parent %+v", i, q, p)
				}
			}
		}
	})
}
