package check

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// TestSpacesWrittenAnyWay: a name whose spaces are written as tabs, line breaks or two spaces
// (a name pasted from a spreadsheet) gets the verdict the name with single spaces gets, on every
// labelled pair.
func TestSpacesWrittenAnyWay(t *testing.T) {
	rewrites := map[string]func(string) string{
		"tabs":        func(s string) string { return strings.ReplaceAll(s, " ", "\t") },
		"line breaks": func(s string) string { return strings.ReplaceAll(s, " ", "\n") },
		"two spaces":  func(s string) string { return strings.ReplaceAll(s, " ", "  ") },
	}
	for name, rewrite := range rewrites {
		t.Run(name, func(t *testing.T) {
			changed := 0
			for _, p := range loadNamePairs(t) {
				want := CompareBundle(p.registered, p.exposed, p.bundle)
				for _, side := range []struct{ reg, exp string }{{rewrite(p.registered), p.exposed}, {p.registered, rewrite(p.exposed)}} {
					got := CompareBundle(side.reg, side.exp, p.bundle)
					if got.Match != want.Match || got.Severity != want.Severity {
						changed++
						if changed <= 10 {
							t.Errorf("%s:%d %q / %q: %v %s, written with %s: %v %s", p.file, p.line, side.reg, side.exp,
								want.Match, want.Severity, name, got.Match, got.Severity)
						}
					}
				}
			}
			if changed > 0 {
				t.Errorf("%d verdicts change when the spaces are written as %s", changed, name)
			}
		})
	}
}

// TestOneSpaced: each run of spaces is read as one space, none at either end, and every span of
// the text read maps back to the same words in the name as written.
func TestOneSpaced(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"와규 MB4+ 등심", "와규 MB4+ 등심"},
		{"와규  MB\t4+\r\n등심 ", "와규 MB 4+ 등심"},
		{" \u00a0와규\u3000등심\u2003500g", "와규 등심 500g"},
		{"\xff\t\xfe", "\xff \xfe"},
		{"   ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		n := oneSpaced(tt.name, nil)
		require.Equal(t, tt.text, n.text, "%q", tt.name)
		if tt.name == tt.text {
			require.Nil(t, n.pos, "a name written with single spaces is read as it is")
			continue
		}
		for _, w := range strings.Fields(n.text) {
			i := strings.Index(n.text, w)
			sp := n.span(Span{i, i + len(w)})
			require.Equal(t, w, tt.name[sp.Start:sp.End], "%q: word %q", tt.name, w)
		}
		if n.text != "" {
			sp := n.span(Span{0, len(n.text)})
			require.Equal(t, strings.TrimFunc(tt.name, unicode.IsSpace), tt.name[sp.Start:sp.End])
		}
	}
}

// TestDifferenceSpansOnIrregularSpaces: a difference found on a name with irregular spaces
// points at the words as the name writes them.
func TestDifferenceSpansOnIrregularSpaces(t *testing.T) {
	reg, exp := "와규\u3000 MB\t\t4+  등심 / 500g", "와규 MB 6+ 등심\u00a0500g"
	got := CompareNames(reg, exp)
	require.False(t, got.Match)
	require.Len(t, got.Differences, 1)
	d := got.Differences[0]
	require.Equal(t, KindGrade, d.Kind)
	require.Equal(t, "MB\t\t4+", reg[d.RegisteredSpans[0].Start:d.RegisteredSpans[0].End])
	require.Equal(t, "MB 6+", exp[d.ExposedSpans[0].Start:d.ExposedSpans[0].End])
}

// TestIrregularSpaces: every space unicode knows outside ASCII is found, and names written with
// single spaces are not.
func TestIrregularSpaces(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if unicode.IsSpace(r) {
			require.True(t, irregularSpaces("a"+string(r)+"b"), "%U", r)
		}
	}
	for _, s := range []string{"", "와규 MB4+ 등심", "\xff \xfe", "ガ ｶﾞ Ａ"} {
		require.False(t, irregularSpaces(s), "%q", s)
	}
}

// TestSpaceLeads: every rune unicode takes for a space starts with a byte spaceLeads marks, so
// irregularSpaces, which looks only at those bytes, misses none.
func TestSpaceLeads(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			require.True(t, spaceLeads[string(r)[0]], "%U", r)
		}
	}
}

// TestIrregularSpacesAsFields: a name's spaces are irregular exactly when the name differs from
// its words joined by one space (strings.Fields splits where unicode.IsSpace says), over every
// name of the tables and names with spaces, invalid bytes and spaces at either end.
func TestIrregularSpacesAsFields(t *testing.T) {
	names := []string{"", " ", "a", "a ", " a", "a  b", "a\tb", "가\u3000나", "가\u00a0", "\xe2 ", "\xe2\x80 a",
		"\xc2 b", "a \xe3\x80\x80", "\xe4\xe2\x80\x83", "\xed\xa0\x80 x", "가 나 다", "\xff \xfe", "a\u2029b", "a\u0085"}
	for _, p := range loadNamePairs(t) {
		names = append(names, p.registered, p.exposed)
	}
	for _, s := range names {
		require.Equal(t, s != strings.Join(strings.Fields(s), " "), irregularSpaces(s), "%q", s)
	}
}
