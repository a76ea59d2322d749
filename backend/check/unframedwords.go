package check

// Korean listings name a variant by writing another word in the same place of a name both
// sides share: 락앤락 [비스프리 | 클래식] 밀폐용기, 코베아 캠핑 [체어 | 테이블], [가오리연 | 방패연]
// 만들기 키트. A word of the seller's title that the catalogue name does not explain, standing in
// no such place — among words the catalogue does not write — while the catalogue's one word of
// its own stands elsewhere, is a description the seller wrote into the title, not the buyer's
// variant: 한일 순간온수기 싱크대용 / 3kW against 한일 순간 전기온수기 3000W, 투명 멀칭비닐 농업용
// against 투명 멀칭 필름. Such a pair is not asked about (확인 필요) when the catalogue leaves one
// word over and the seller one, or two in a plain title (unframedWord).
//
// Korean compounds are head-final, so two words that end in the same syllable are one head with
// two modifiers (들기름 / 참기름, 전동 / 수동, 반달단무지 / 통단무지): two variants of one goods
// wherever the names write them. Two words that are both the goods' noun at the end of their
// titles and both goods the vocabulary knows (젖병 / 젖꼭지) name two goods, and two type words
// (뚜껑형 / 스탠드형) one attribute (slotPairs); these keep their warning too.

// unframedWord reports whether the catalogue's one left-over word and each of the seller's
// left-over title words — one, or two in a title of at most plainTitleWords words — stand in no
// common place of the names (the word rule then makes no finding). A longer title with two such
// words is a list of search words, where the seller writes the variant anywhere (라칸토 몽크프룻
// 감미료 골드 나한과 설탕대체 국내배송 당일출고 정품 / 800g).
func unframedWord(r, e *reading, rx, ex []fact) bool {
	if len(ex) != 1 || len(rx) == 0 || len(rx) > 2 || len(rx) == 2 && r.titleWords() > plainTitleWords {
		return false
	}
	v := ex[0]
	for _, u := range rx {
		if !r.inProductName(u) || sameTypeMarker(u.key, v.key) || endsInOneSyllable(u.key, v.key) ||
			titleHead(r, u) && titleHead(e, v) && knownGoods(u.key) && knownGoods(v.key) {
			return false
		}
	}
	var rg, eg [maxAlign]int8
	if !alignGaps(r, e, rg[:], eg[:]) {
		return false
	}
	for _, u := range rx {
		for _, su := range factSpans(u) {
			iu := tokenAt(r, su)
			if iu < 0 {
				return false
			}
			ul, ur, us := frameNeighbours(r, e, rg[:], iu)
			for _, sv := range factSpans(v) {
				iv := tokenAt(e, sv)
				if iv < 0 {
					return false
				}
				vl, vr, vs := frameNeighbours(e, r, eg[:], iv)
				if ul && vl || ur && vr || us && vs {
					return false
				}
			}
		}
	}
	return true
}

// plainTitleWords is the most words a seller's title writes when it names the goods the way a
// catalogue does (brand, line, goods, a word or two of description); longer titles list search
// words.
const plainTitleWords = 6

// titleWords counts the words of a registered name's title (before the option).
func (rd *reading) titleWords() int {
	n := 0
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && t.sp.Start < rd.optStart {
			n++
		}
	}
	return n
}

// frameNeighbours reports whether the token i of rd comes right after a word both names write
// (left), right before one (right), and whether it is the first word of its name (first). A
// word both write is one the alignment of the names pairs (writtenAlike), or a word whose sound
// the other name writes in its own script (해리슨 / Harrison's).
func frameNeighbours(rd, other *reading, g []int8, i int) (left, right, first bool) {
	first = true
	for k := i - 1; k >= 0; k-- {
		if t := &rd.toks[k]; alignable(t) {
			left = g[k] == -1 || t.kind == tWord && soundsWritten(t.text, other)
			first = false
			break
		}
	}
	for k := i + 1; k < len(rd.toks); k++ {
		if t := &rd.toks[k]; alignable(t) {
			right = g[k] == -1 || t.kind == tWord && soundsWritten(t.text, other)
			break
		}
	}
	return left, right, first
}

// endsInOneSyllable reports whether two Hangul words of two syllables or more end in the same
// syllable: one head of a compound with two modifiers.
func endsInOneSyllable(a, b string) bool {
	if latinWord(a) || latinWord(b) || len(a) < 6 || len(b) < 6 {
		return false
	}
	return a[len(a)-3:] == b[len(b)-3:]
}
