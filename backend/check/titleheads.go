package check

// titleHead reports whether the word f of rd is the head of its name's title: no Hangul word of
// two syllables or more (not a stop word, not a listed attribute) follows it before the title
// ends — the option of a registered name (" / "), the first comma of an exposed one. Korean
// listings end their title with the goods' name (조지루시 스테인리스 보온병, 쿠쿠 IH 전기압력밥솥):
// a word written before another word of the title describes the goods (자동차 헤드램프, 원터치
// 텀블러, 에어컨 냉매), whatever else the vocabulary knows it as. A word the reading cannot place
// counts as the head.
func titleHead(rd *reading, f fact) bool {
	i := tokenAt(rd, f.sp)
	if i < 0 {
		return true
	}
	for k := i + 1; k < len(rd.toks); k++ {
		t := &rd.toks[k]
		if rd.optStart > 0 && t.sp.Start >= rd.optStart || rd.optStart == 0 && t.kind == tBreak && t.text == "," {
			return true
		}
		if t.kind == tWord && !t.stop && !t.attr && t.text != "" && !latinWord(t.text) && hasRunes(t.text, 2) {
			return false
		}
	}
	return true
}
