package check

import "strings"

// Korean listings name how many of a part the goods have by a loanword of multiplicity (듀얼
// 충전기, 트리플볼, 더블 여과기) as often as by a count of the part (2포트, 3볼, 2구). Against a
// name that writes the part counted by the same number, the word says the same thing: 듀얼 C타입
// 충전기 against 충전기 C타입 2포트, 트리플볼 against 3볼, 더블 스펀지여과기 against 더블
// 스펀지여과기 2구. A count of whole goods (2개, 2대, 2세트) is no part count: 듀얼 충전기 against
// 충전기 2개 still differs.

// multiplicityWords are the words of multiplicity and the number each says.
var multiplicityWords = [...]struct {
	word string
	n    float64
}{{"듀얼", 2}, {"dual", 2}, {"더블", 2}, {"double", 2}, {"트윈", 2}, {"twin", 2}, {"트리플", 3}, {"triple", 3}}

// multiplicity is the number the word w says by its multiplicity word (트리플볼: 3), 0 when none.
func multiplicity(w string) float64 {
	for _, m := range multiplicityWords {
		if strings.HasPrefix(w, m.word) {
			return m.n
		}
	}
	return 0
}

// wholeGoodsUnits count whole goods or their packages, not parts of one item.
var wholeGoodsUnits = map[string]bool{
	"세트": true, "set": true, "대": true, "팩": true, "박스": true, "봉": true, "병": true, "캔": true, "통": true,
	"묶음": true, "켤레": true, "쌍": true, "종": true, "장": true, "매": true, "롤": true,
}

// partsNumbered reports whether every fact of fs is a multiplicity word (듀얼, 트리플볼) whose
// number other writes as a count of a part (2포트, 3볼).
func partsNumbered(fs []fact, other *reading) bool {
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		n := multiplicity(f.key)
		if n == 0 || !other.writesPartCount(n) {
			return false
		}
	}
	return true
}

// writesPartCount reports whether rd writes a count of n of something other than whole goods.
func (rd *reading) writesPartCount(n float64) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && (t.dim == dimCount || t.dim == dimOther) && same(t.value, n) && t.unit != "" &&
			!pieceUnits[t.unit] && !wholeGoodsUnits[t.unit] {
			return true
		}
	}
	return false
}

// writesMultiplicity reports whether rd writes a multiplicity word of the number n.
func (rd *reading) writesMultiplicity(n float64) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && same(multiplicity(t.text), n) {
			return true
		}
	}
	return false
}
