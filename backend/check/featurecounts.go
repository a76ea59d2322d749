package check

import "strings"

// A count may say what the goods do rather than how many come in the box. "N구" on a cooker,
// a toaster, a power strip or an egg cooker counts its burners, slots or sockets (토스터 2구,
// 인덕션 3구, 4구 멀티탭), and a count written with 동시 counts what the goods make or hold at once
// (얼음 9개 동시제빙, 동시충전 3대). Such a count is dropped when the other name states no count
// of 구 (of the same number, for 동시): it is then the same goods described with one feature
// more. Read only when a count difference was found.

// slotGoods are the goods whose counter 구 counts burners, slots or sockets, by the end of the
// word that names them (전기레인지, 가스쿡탑, 장지갑): a general vocabulary of kitchen and electrical
// goods and of wallets.
var slotGoods = [...]string{
	"토스터", "인덕션", "하이라이트", "레인지", "렌지", "쿡탑", "버너", "화구", "멀티탭", "콘센트", "충전기",
	"계란찜기", "에그쿠커", "와플메이커", "와플기", "샌드위치메이커", "그릴", "빵틀", "팬", "변압기", "트랜스",
	"지갑", // a wallet counts its card slots (장지갑 카드12구)
	"냄비", // a divided pot counts its sections (반반 전골냄비 2구)
}

// slotGoodsWord reports whether w names goods of slotGoods.
func slotGoodsWord(w string) bool {
	for _, g := range slotGoods {
		if strings.HasSuffix(w, g) {
			return true
		}
	}
	return false
}

// dropFeatureCounts drops, on each side, the counts that describe the goods (dropSideFeatureCounts)
// and reports whether it dropped any.
func dropFeatureCounts(r, e *reading) bool {
	dr := r.dropSideFeatureCounts(e)
	de := e.dropSideFeatureCounts(r)
	return dr || de
}

// dropSideFeatureCounts drops the counts of rd that describe the goods: N구 in a name of slot goods,
// when other writes no count of 구, or a count beside a word of 동시, when other writes no count of
// its number; only the name's one count is read so.
func (rd *reading) dropSideFeatureCounts(other *reading) bool {
	if rd.countsBesidesOne() != 1 {
		return false // no count, or a count of its own beside it (멀티탭 4구 3m / 2개: saleunits.go); 1개 is none
	}
	slots := -1 // whether rd names slot goods, read once when a count of 구 asks
	return rd.dropCounts(func(c *countRun) bool {
		if c.n != 1 {
			return false
		}
		i := tokenAt(rd, c.sp)
		if i < 0 || rd.toks[i].kind != tMeasure || rd.toks[i].dim != dimCount {
			return false
		}
		t := &rd.toks[i]
		if t.unit == "구" && !other.writesCounter(t.unit) && (rd.writesMultiplicity(t.value) || other.writesMultiplicity(t.value)) {
			return true // 더블 스펀지여과기 2구: the parts the word counts (multiplewords.go)
		}
		if t.unit == "구" && !other.writesCounter(t.unit) {
			if slots < 0 {
				slots = 0
				for k := range rd.toks {
					if w := &rd.toks[k]; w.kind == tWord && slotGoodsWord(w.text) {
						slots = 1
						break
					}
				}
			}
			if slots == 1 {
				return true
			}
		}
		// holdsCount: 20매 수납 (holdcounts.go); describedPartCount: 수평계 기포 3개 (describedparts.go)
		return (atOnce(rd, i) || holdsCount(rd, i) || describedPartCount(rd, other, i)) && !other.writesCount(t.value)
	})
}

// atOnce reports whether the count token i of rd stands beside a word of 동시 (9개 동시제빙,
// 동시충전 3대).
func atOnce(rd *reading, i int) bool {
	if i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && strings.HasPrefix(rd.toks[i+1].text, "동시") {
		return true
	}
	return i > 0 && rd.toks[i-1].kind == tWord && strings.HasPrefix(rd.toks[i-1].text, "동시")
}

// writesCount reports whether rd writes a count of the value v.
func (rd *reading) writesCount(v float64) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && same(t.value, v) {
			return true
		}
	}
	return false
}

// writesCounter reports whether rd writes a count with the counter unit.
func (rd *reading) writesCounter(unit string) bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tMeasure && t.dim == dimCount && t.unit == unit {
			return true
		}
	}
	return false
}

// countsBesidesOne is how many counts rd states other than one (인덕션 2구 / 1개 states one: the
// option's 1개 is the one piece every name means).
func (rd *reading) countsBesidesOne() int {
	n := 0
	for i := range rd.counts {
		if rd.counts[i].value != 1 {
			n++
		}
	}
	return n
}
