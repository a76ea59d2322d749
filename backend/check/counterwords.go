package check

// A one-syllable counter glued to a number may be the first syllable of a longer word: 4포켓 is
// four pockets, not 4포 and a word 켓; 6포트 six ports, not 6포 and 트. The counter is read only
// when it ends where a word ends: when the rest after it is a word of the vocabulary (3개세트)
// or the whole is no word the vocabulary knows (2구짜리, 5매입 read as before).

// counterInsideWord reports whether a counter read at the start of word, leaving rest, ends in
// the middle of a word of the vocabulary: word is known and rest is not.
func counterInsideWord(word, rest string) bool {
	return rest != "" && vocabularyWord(word) && !vocabularyWord(rest)
}

// vocabularyWord reports whether w is a written word of the lexicon, the vocabulary or the stop
// words.
func vocabularyWord(w string) bool {
	if !wordIndexKeys.may(w) {
		return false
	}
	e, ok := wordIndex[w]
	return ok && e.flags&wfIndexed != 0
}
