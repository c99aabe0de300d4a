package extract

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" means refused
	}{
		{"iso", "2019-01-04", "2019-01-04"},
		{"iso padded", "  2019-01-04 ", "2019-01-04"},
		{"rfc3339 keeps local day", "2019-09-12T23:30:00-04:00", "2019-09-12"},
		{"rfc3339 utc", "2020-09-02T08:15:00Z", "2020-09-02"},
		{"sql", "2019-08-24 17:05:00", "2019-08-24"},
		{"rss rfc1123z", "Thu, 12 Sep 2019 10:00:00 +0000", "2019-09-12"},
		{"rss rfc1123", "Mon, 23 Sep 2019 06:00:00 GMT", "2019-09-23"},
		{"rss one-digit day", "Wed, 2 Sep 2020 14:03:00 +0200", "2020-09-02"},
		{"wikinews date line", "Friday, January 4, 2019", "2019-01-04"},
		{"month day year", "July 10, 2019", "2019-07-10"},
		{"abbreviated with dot", "Sept. 12, 2019", "2019-09-12"},
		{"abbreviated", "Aug 24, 2019", "2019-08-24"},
		{"day month year", "24 August 2019", "2019-08-24"},
		{"ordinal", "12th September 2019", "2019-09-12"},
		{"slashes ymd", "2019/09/12", "2019-09-12"},
		{"compact", "20190912", "2019-09-12"},
		{"day first unambiguous", "25/12/2019", "2019-12-25"},
		{"month first unambiguous", "12/25/2019", "2019-12-25"},
		{"ambiguous numbers refused", "03/04/2019", ""},
		{"impossible day refused", "31/02/2019", ""},
		{"unix seconds", "1568246400", "2019-09-12"},
		{"empty", "", ""},
		{"words", "yesterday", ""},
		{"year out of range", "0019-01-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("ParseDate(%q) got %s, want refused", tt.in, got.Format(dayLayout))
				}
				return
			}
			if !ok || got.Format(dayLayout) != tt.want {
				t.Errorf("ParseDate(%q) got %s %v, want %s", tt.in, got.Format(dayLayout), ok, tt.want)
			}
		})
	}
}

// TestResolveDates checks each rule on real sentences from the eval articles and the
// Wikinews corpus, with the publication date of their article.
func TestResolveDates(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		ref    string // publication date, "" for none
		future bool
		want   []string // "text=from..to|source prefix"; from..to "" when unresolved
	}{
		{"past weekday", "On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok.",
			"2020-09-02", false, []string{"On Wednesday=2020-09-02..2020-09-02|relative to article date"}},
		{"future weekday", "Ukrainian President Volodymyr Zelensky is scheduled to meet Trump at the White House on Monday, joined by leaders from Germany, France, Britain, Italy, NATO, and the European Union.",
			"2025-08-17", true, []string{"on Monday=2025-08-18..2025-08-18|relative to article date"}},
		{"by weekday night", "By Sunday night, Trump was celebrating the meeting on social media, calling it \"BIG PROGRESS ON RUSSIA.\"",
			"2025-08-18", false, []string{"By Sunday night=2025-08-17..2025-08-17|relative"}},
		{"weekday, night, then anchored next morning", "On Tuesday, United States President Donald Trump announced he had asked for national security advisor John R. Bolton's resignation Monday night, and that Bolton tendered it the next morning.",
			"2019-09-12", false, []string{
				"On Tuesday=2019-09-10..2019-09-10|relative to article date",
				"Monday night=2019-09-09..2019-09-09|relative to article date",
				"the next morning=2019-09-10..2019-09-10|relative to \"Monday night\""}},
		{"possessive weekday", "With Sunday's signings, all but one of the member states of the 55-member AU have signed on to the agreement, with Eritrea the only state unsigned.",
			"2019-07-10", false, []string{"Sunday's=2019-07-07..2019-07-07|relative"}},
		{"weekday without article date", "Ukrainian President Volodymyr Zelensky is scheduled to meet Trump at the White House on Monday.",
			"", true, []string{"on Monday=..|unresolved"}},
		{"hours later without anchor", "Yet, 48 hours later, his aides acknowledged no such deal had been struck.",
			"", false, []string{"48 hours later=..|unresolved"}},
		{"hours later with anchor", "The summit opened on August 15, 2025. Yet, 48 hours later, his aides acknowledged no such deal had been struck.",
			"2025-08-19", false, []string{"August 15, 2025=2025-08-15..2025-08-15|stated",
				"48 hours later=2025-08-17..2025-08-17|relative to \"August 15, 2025\""}},
		{"days later after stated date", "A few days later, on July 2, Trump announced he would drop the question.",
			"2019-07-12", false, []string{"A few days later=..|unresolved", "July 2=2019-07-02..2019-07-02|stated, year from article date"}},
		{"last month", "Last month, Alexei Navalny was airlifted from Omsk to Berlin because of falling ill, and transferred to a hospital in Berlin, Charité.",
			"2020-09-02", false, []string{"Last month=2020-08-01..2020-08-31|relative to article date"}},
		{"this weekend on a Saturday", "G7 was already scheduled to meet this weekend.",
			"2019-08-24", true, []string{"this weekend=2019-08-24..2019-08-25|relative to article date"}},
		{"next week", "I will be naming a new National Security Advisor next week.",
			"2019-09-12", true, []string{"next week=2019-09-16..2019-09-22|relative to article date"}},
		{"last week", "Manafort was sentenced last week in a separate case.",
			"2019-03-14", false, []string{"last week=2019-03-04..2019-03-10|relative to article date"}},
		{"late month: its last third", "In late June, the United States Supreme Court ruled against its initial attempt.",
			"2019-07-20", false, []string{"late June=2019-06-21..2019-06-30|stated, year from article date"}},
		{"early and mid month: their thirds", "The protests began in early October and resumed in mid-November.",
			"2019-12-10", false, []string{"early October=2019-10-01..2019-10-10|stated, year from article date", "mid-November=2019-11-11..2019-11-20|stated, year from article date"}},
		{"later this week", "He also announced a new security initiative for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz to be unveiled at the United Nations General Assembly later this week.",
			"2019-09-23", true, []string{"later this week=2019-09-24..2019-09-29|relative to article date"}},
		{"tomorrow", "The annual meeting of the United Nations General Assembly is set to open tomorrow.",
			"2019-09-23", true, []string{"tomorrow=2019-09-24..2019-09-24|relative to article date"}},
		{"yesterday", "Yesterday, President Hassan Rouhani of Iran said if the goal is peace and security, then foreign powers should \"get out of the region\".",
			"2019-09-23", false, []string{"Yesterday=2019-09-22..2019-09-22|relative to article date"}},
		{"month day, year inferred across new year", "They concluded that the November 27 maritime border agreement between Turkey and Libya is \"null and void\".",
			"2020-01-09", false, []string{"November 27=2019-11-27..2019-11-27|stated, year from article date"}},
		{"month day without article date", "They concluded that the November 27 maritime border agreement between Turkey and Libya is \"null and void\".",
			"", false, []string{"November 27=..|unresolved"}},
		{"stated with year", "The framework we have is enough to start trading on July 1, 2020.",
			"2019-07-10", false, []string{"July 1, 2020=2020-07-01..2020-07-01|stated"}},
		{"day range", "Wikinews attended the Texas Haunters Convention on the last weekend of July — July 27–28 — in Mesquite, Texas.",
			"2019-08-02", false, []string{"July 27–28=2019-07-27..2019-07-28|stated, year from article date"}},
		{"day range with hyphen", "The leaders will meet on June 15-16 in Brussels.",
			"2019-06-01", true, []string{"June 15-16=2019-06-15..2019-06-16|stated, year from article date"}},
		{"month and year", "Bolton had held the position since April 2018 and was the third official to serve in that office.",
			"2019-09-12", false, []string{"April 2018=2018-04-01..2018-04-30|stated"}},
		{"month alone", "The International Monetary Fund said in May the AfCFTA might be for African countries comparable to the European and North American trade blocs.",
			"2019-07-10", false, []string{"in May=2019-05-01..2019-05-31|stated, year from article date"}},
		{"year", "In 2017 and 2018 we had a sufficient rainy season.",
			"2019-08-24", false, []string{"In 2017=2017-01-01..2017-12-31|stated"}},
		{"in two days", "Members of the G7 Summit, let's discuss this emergency first order in two days!",
			"2019-08-24", true, []string{"in two days=2019-08-26..2019-08-26|relative to article date"}},
		{"weeks ago", "A reporter contacted Perttu Ahola via Internet Relay Chat a few weeks ago, discussing Minecraft.",
			"2020-06-01", false, []string{"a few weeks ago=2020-05-11..2020-05-11|relative to article date"}},
		{"over the last years", "African leaders have negotiated the deal over the last four years.",
			"2019-07-10", false, []string{"over the last four years=2015-07-10..2019-07-10|relative to article date"}},
		{"weekday with clock time", "Around 3:00 p.m. local time on Monday (1800 UTC), smoke in the atmosphere turned the city of São Paulo, Brazil dark.",
			"2019-08-24", false, []string{"on Monday=2019-08-19..2019-08-19|relative to article date"}},
		{"after an event is not a date", "The speech came approximately one week after an attack on oil infrastructure in Saudi Arabia which halved Saudi oil output.",
			"2019-09-23", false, nil},
		{"may the verb is not a month", "Rubio said both sides may need to make difficult concessions.",
			"2025-08-18", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ref time.Time
			if tt.ref != "" {
				ref = day(tt.ref)
			}
			spans := ResolveDates(tt.text, ref, tt.future)
			var got []string
			for _, s := range spans {
				from, to := "", ""
				if s.Resolved() {
					from, to = s.From.Format(dayLayout), s.To.Format(dayLayout)
				}
				if tt.text[s.Start:s.End] != s.Text {
					t.Errorf("span %d-%d is %q, Text says %q", s.Start, s.End, tt.text[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text+"="+from+".."+to+"|"+s.Source)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				w := tt.want[i]
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("span %d got %q, want %q", i, got[i], w)
				}
			}
		})
	}
}

func TestDateSpanRange(t *testing.T) {
	one := DateSpan{From: day("2019-07-07"), To: day("2019-07-07")}
	if f, to := one.Range(); f != "2019-07-07" || to != "" || one.Days() != 1 {
		t.Errorf("one day got %q %q %d, want 2019-07-07 \"\" 1", f, to, one.Days())
	}
	two := DateSpan{From: day("2019-08-24"), To: day("2019-08-25")}
	if f, to := two.Range(); f != "2019-08-24" || to != "2019-08-25" || two.Days() != 2 {
		t.Errorf("range got %q %q %d, want 2019-08-24 2019-08-25 2", f, to, two.Days())
	}
	var none DateSpan
	if f, to := none.Range(); f != "" || to != "" || none.Days() != 0 {
		t.Errorf("unresolved got %q %q %d, want empty", f, to, none.Days())
	}
}

func TestPublicationDate(t *testing.T) {
	tests := []struct {
		name, date, text, want string
	}{
		{"metadata wins over date line", "Sept. 12, 2019", "Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk.", "2019-09-12"},
		{"date line when metadata is unreadable", "soon", "Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk.", "2019-01-04"},
		{"rss metadata", "Thu, 12 Sep 2019 10:00:00 +0000", "Bolton gave a different account of events.", "2019-09-12"},
		{"dateline opening the text", "", "WASHINGTON, Sept. 12, 2019 (AP) - Bolton gave a different account of events.", "2019-09-12"},
		{"none", "", "Bolton gave a different account of events, also speaking via Twitter.", ""},
	}
	seg, err := NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDraft(Article{Date: tt.date, Text: tt.text})
			for _, s := range []Stage{Normalize{}, seg, PublicationDate{}} {
				if err := s.Run(d); err != nil {
					t.Fatal(err)
				}
			}
			if d.Published != tt.want {
				t.Errorf("Published got %q, want %q", d.Published, tt.want)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-01-04", "Friday, January 4, 2019", "Thu, 12 Sep 2019 10:00:00 +0000", "25/12/2019", "1568246400", "Sept. 12th, 2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if !ok {
			return
		}
		if !plausibleYear(got) || got.Hour() != 0 || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) got %v", s, got)
		}
	})
}

func FuzzResolveDates(f *testing.F) {
	for _, s := range []string{"On Tuesday, he asked for it Monday night, and got it the next morning.",
		"48 hours later", "on June 15-16", "last month and next week", "in two days", "July 27–28 2019"} {
		f.Add(s, true)
	}
	ref := day("2019-09-12")
	f.Fuzz(func(t *testing.T, s string, future bool) {
		prev := 0
		for _, ds := range ResolveDates(s, ref, future) {
			if ds.Start < prev || ds.End > len(s) || ds.Start >= ds.End {
				t.Fatalf("span %d-%d out of order or bounds in %q", ds.Start, ds.End, s)
			}
			prev = ds.End
			if ds.Resolved() && ds.To.Before(ds.From) {
				t.Errorf("%q resolves to %v..%v", ds.Text, ds.From, ds.To)
			}
			if !ds.Resolved() && ds.Source != "unresolved" {
				t.Errorf("%q unresolved with source %q", ds.Text, ds.Source)
			}
		}
	})
}

// TestFindDatesFuture checks which dates of a sentence that speaks of what is to come
// resolve forward, on sentences of the Wikinews corpus.
func TestFindDatesFuture(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // "text=from"
	}{
		{"a plan named by a noun: a date before it is past", "2020-08-12",
			"In March, at the Democratic Party's final presidential debate, Biden announced his plan to choose a woman to be his running mate.",
			[]string{"In March=2020-03-01"}},
		{"a plan named by a noun: a date after it is to come", "2020-08-12",
			"On Monday, Lukashenko announced his plan to hold a referendum in March.",
			[]string{"On Monday=2020-08-10", "in March=2021-03-01"}},
		{"is scheduled for: to come", "2019-02-11",
			"The election is scheduled for March 24.",
			[]string{"March 24=2019-03-24"}},
		{"was slated for: a date before it is past", "2020-10-12",
			"The United States Commission on Presidential Debates announced on Friday the second presidential debate, which was slated for October 15, has been cancelled.",
			[]string{"on Friday=2020-10-09", "October 15=2020-10-15"}},
		{"held in contempt is no event to come", "2019-07-20",
			"On June 12, minutes before the Oversight Committee voted to refer them to the full House to be held in contempt, Trump formally claimed the documents were subject to executive privilege.",
			[]string{"June 12=2019-06-12"}},
		{"an election to be held is to come, not the date that opens the sentence", "2020-08-03",
			"On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus.",
			[]string{"On Thursday=2020-07-30", "August 9=2020-08-09"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleDraft(t, tt.published, tt.text)
			var got []string
			for _, ds := range FindDates(d) {
				from := ""
				if ds.Resolved() {
					from = ds.From.Format(dayLayout)
				}
				got = append(got, ds.Text+"="+from)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
