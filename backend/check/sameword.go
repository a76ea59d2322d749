package check

// A word both names write is one word, however each name's context reads it. The attribute rules
// read a listed word by where it stands (미니 after a name or before a number is a model, 미니
// before a Hangul noun describes the size and is left to the word rule), so the same word may be
// an attribute on one side and a plain word on the other: 카누 마일드 로스트 미니 against 카누 미니
// 마일드로스트. Said by both names, it is not a value one of them leaves out.

// writesAttributeWords reports whether rd writes, as a word of its own, the word every one of fs
// (attributes the other name reads and rd does not) was read from.
func (rd *reading) writesAttributeWords(fs []fact) bool {
	for _, f := range fs {
		if f.word == "" || !rd.writesWordText(f.word) {
			return false
		}
	}
	return len(fs) > 0
}
