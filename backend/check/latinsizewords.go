package check

// Sizes spelled out in Latin letters. Small, Medium and Large alone stay words (Medium Roast,
// Small Batch: sizeWords), but where the other name writes a letter size and this name writes
// no size of its own, a Small, Medium or Large standing alone is the size (3M 컴포트 그립 글러브
// Large against 장갑 / L; 러닝벨트, 블랙, Large against 블랙 M).

// latinSizeWords are the sizes spelled out in Latin letters, by their letter size.
var latinSizeWords = map[string]string{"small": "s", "medium": "m", "large": "l"}

var latinSizeSigs = sigSetOf("mall", "MALL", "edium", "EDIUM", "arge", "ARGE")

// readLatinSizeWords reads rd's Small, Medium or Large as its size where other writes a letter
// size and rd none.
func (rd *reading) readLatinSizeWords(other *reading) {
	if len(rd.sizes) > 0 || len(other.sizes) == 0 || !rd.says.mayWriteSome(&latinSizeSigs) || !other.writesLetterSize() {
		return
	}
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		if s, ok := latinSizeWords[t.text]; ok {
			rd.sizes = addFact(rd.sizes, s, 0, rd.name, t.sp)
		}
	}
}

// writesLetterSize reports whether rd writes a size in letters (S, M, L, XL).
func (rd *reading) writesLetterSize() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tSize && latinWord(t.text) {
			return true
		}
	}
	return false
}
