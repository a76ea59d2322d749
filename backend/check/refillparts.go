package check

import "strings"

// 리필 written before the name of the goods names them as the refill part of a device: 리필 시트 of
// a fly trap, 리필 속지 of a binder, 리필 컵 of a cupping set. When the other name writes that noun
// too (시트, 속지, 리필컵), it sells the same part and only leaves 리필 out. 리필 after the goods (샴푸
// 리필) is the refill pack of the full product, and 리필 before a container (리필 공병, 리필 용기) is
// an empty container to refill, another kind of goods: both are still read as before.

// refillOfNamedPart reports whether the 리필 token i of rd is followed by a word, no container,
// that other writes as a word or at the end of a word.
func refillOfNamedPart(rd *reading, i int, other *reading) bool {
	if i+1 >= len(rd.toks) || !adjacentWords(rd, i) {
		return false
	}
	n := &rd.toks[i+1]
	if n.kind != tWord || len(n.text) < 3 || n.text[0] < 0xEA || containerWord(n.text) {
		return false
	}
	return other.wordEnding(n.text, -1) >= 0
}

// containerWord reports whether w names a container: 용기, 통 or a bottle (공병, 유리병), by its
// end, or a word whose general word is 용기.
func containerWord(w string) bool {
	return strings.HasSuffix(w, "용기") || strings.HasSuffix(w, "병") || strings.HasSuffix(w, "통") || genericOf[w] == "용기"
}
