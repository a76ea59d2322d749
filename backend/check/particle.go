package check

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
