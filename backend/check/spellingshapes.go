package check

// spellingShape is what the spelling tests of accountedAs (abbreviates, vowelVariant,
// loanSpelling, transliterated, sameFormOtherEnding) ask of a word before they read its
// syllables: its length, whether it starts with a byte above ASCII, and its first and last rune.
// The word rule runs the five tests for every word of the other name, and most pairs of words
// fail the first look; the shape of the rule's word is taken once, the other word's only as far
// as the look needs.
type spellingShape struct {
	n           int
	first, last rune
}

func shapeOfSpelling(w string) spellingShape {
	s := spellingShape{n: len(w)}
	if len(w) > 0 {
		s.first = firstRune(w)
		s.last, _ = lastRune(w)
	}
	return s
}

// maySpell reports whether x can pass one of the five spelling tests against the word of shape
// s, from what every test asks first: words of one length (vowelVariant, loanSpelling,
// transliterated, or two type endings) of six bytes or more; words of two lengths that start with
// a byte above ASCII and have the same first and last rune (abbreviates), or of six bytes or
// more that both end in a type ending (sameFormOtherEnding).
func (s spellingShape) maySpell(x string) bool {
	if len(x) == s.n {
		return s.n >= 6
	}
	if len(x) < 4 || s.n < 4 {
		return false // an abbreviation has three runes, the first not ASCII
	}
	l, _ := lastRune(x)
	if l == s.last && x[0] >= 0x80 && s.first >= 0x80 && firstRune(x) == s.first {
		return true
	}
	return len(x) >= 6 && s.n >= 6 && typeEndingRune(l) && typeEndingRune(s.last)
}
