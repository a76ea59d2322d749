package check

import "strings"

// A seller's title that opens with a bracketed tag — [특가], [정품], [무료배송], [캠핑], [남성건강] —
// is written for the search box: it strings keywords after the goods (use, occasion, audience,
// the category again in other words), and a word such a title leaves over is more often one of
// those keywords than a rival value. Coupang's catalogue names carry no such tag. The word model
// (wordingodds.go) reads whether the registered name opens with one as one of its inputs; it reads
// no word inside the tag.

// searchTagged reports whether name opens with a closed bracketed tag ([…] or 【…】) before
// more words.
func searchTagged(name string) bool {
	name = strings.TrimLeft(name, " ")
	for _, b := range [...][2]string{{"[", "]"}, {"【", "】"}} {
		if rest, ok := strings.CutPrefix(name, b[0]); ok {
			i := strings.Index(rest, b[1])
			return i > 0 && strings.TrimSpace(rest[i+len(b[1]):]) != ""
		}
	}
	return false
}
