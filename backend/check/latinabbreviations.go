package check

import "strings"

// A catalogue shortens an English word of its option to two or three capitals (NT or NAT for
// natural, the finish of a guitar or a wooden frame): its first letter and letters of it in
// order. Where the other name writes the word in Hangul (내추럴), the vocabulary's English word of
// that Hangul word is what the capitals shorten.

// latinAbbreviationOf reports whether the Latin word u of a, written in two or three capitals,
// shortens an English word of the vocabulary group of v, a Hangul word of b: the English word
// starts with u's first letter and holds u's letters in order.
func latinAbbreviationOf(u, v fact, a *reading) bool {
	short := u.key
	if len(short) < 2 || len(short) > 3 || !latinWord(short) || letterPrefix(short) != len(short) || latinWord(v.key) {
		return false
	}
	if written := a.name[u.sp.Start:u.sp.End]; strings.ToUpper(written) != written {
		return false // capitals only: a lower-case word is a word, not a shortening
	}
	for _, w := range synonymsOf[compared(v.key)] {
		if len(w) >= 5 && latinWord(w) && w[0] == short[0] && inOrder(short[1:], w[1:]) {
			return true
		}
	}
	return false
}

// inOrder reports whether the letters of s stand in w in their order.
func inOrder(s, w string) bool {
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(w, s[i])
		if k < 0 {
			return false
		}
		w = w[k+1:]
	}
	return true
}
