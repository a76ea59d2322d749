package check

import (
	"strings"
	"unicode/utf8"
)

// hasBatchim reports whether the last Hangul syllable of s ends in a final consonant (받침), which
// picks the particle after it (을/를, 이/가, 은/는). A word not ending in Hangul has none.
func hasBatchim(s string) bool {
	r := []rune(s)
	if len(r) == 0 {
		return false
	}
	c := r[len(r)-1]
	if c < 0xAC00 || c > 0xD7A3 {
		return false
	}
	return (c-0xAC00)%28 != 0
}

// conjoinedStem cuts the particle that joins a word to the next (구운마늘과 양파, 딸기와
// 바나나): 과 after a final consonant, 와 after none, as Korean writes them. The particle stands
// for the & or + another listing writes; the stem is read as the word.
func conjoinedStem(word string) (string, bool) {
	var stem string
	var final bool
	switch {
	case strings.HasSuffix(word, "과"):
		stem, final = word[:len(word)-len("과")], true
	case strings.HasSuffix(word, "와"):
		stem = word[:len(word)-len("와")]
	default:
		return "", false
	}
	r, _ := utf8.DecodeLastRuneInString(stem)
	if len(stem) < 6 || r < 0xAC00 || r > 0xD7A3 || ((r-0xAC00)%28 != 0) != final {
		return "", false
	}
	return stem, true
}
