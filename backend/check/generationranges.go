package check

import "strings"

// rangeStart reports whether the number token i of rd starts a range (칫솔 3~5세, 2-4인용): the
// first number of a range is no generation of the word before it.
func rangeStart(rd *reading, i int) bool {
	rest := rd.name[rd.toks[i].sp.End:]
	return strings.HasPrefix(rest, "~") || strings.HasPrefix(rest, "～") || strings.HasPrefix(rest, "〜")
}
