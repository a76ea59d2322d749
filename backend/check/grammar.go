package check

import "strings"

// Grammar that says a word read as a flavour is none: a flavour word glued to 용 (for) names a
// use (바비큐용 숯 is charcoal for a barbecue, 커피용 is for coffee), and a demonstrative before 맛
// (그 맛, 이 맛) points at a taste without naming one.

// useFlavours drops the flavours read from a word that ends in 용 or 전용 (dst[n:] is what the
// word gave): the word says what the goods are for.
func useFlavours(word string, dst []attribute, n int) []attribute {
	if !strings.HasSuffix(word, "용") {
		return dst
	}
	out := dst[:n]
	for _, a := range dst[n:] {
		if a.kind != attrFlavor {
			out = append(out, a)
		}
	}
	return out
}

// demonstratives are the words that point (this, that) rather than name.
var demonstratives = map[string]bool{"그": true, "이": true, "저": true}
