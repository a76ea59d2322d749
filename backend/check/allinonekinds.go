package check

import "strings"

// An all-in-one (올인원) is sold as every kind it replaces, and its title says which: 닥터지 옴므
// 올인원 플루이드 남자 스킨로션, 다슈 포맨 올인원 남자 로션, 비오템 옴므 올인원 남자 스킨. Against
// a name that calls the goods an all-in-one too and names no kind of its own, the kinds the seller's
// title adds describe the one all-in-one, not other goods. A kind in the option, or against a name
// that writes no 올인원 (남자 스킨로션 세트 against 남성 올인원 로션) or a kind of its own, still
// differs.

// allInOneKinds reports whether rx, the kind values only rd (a registered name with an option
// part) states, are all written in its title while rd and other both write 올인원.
func allInOneKinds(rx []fact, rd, other *reading) bool {
	if len(rx) == 0 || rd.optStart >= len(rd.name) {
		return false
	}
	for _, f := range rx {
		if f.sp.End > rd.optStart {
			return false
		}
	}
	return rd.writesAllInOne() && other.writesAllInOne()
}

// writesAllInOne reports whether rd writes 올인원, alone or glued ([올인원], 올인원로션).
func (rd *reading) writesAllInOne() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && strings.Contains(t.text, "올인원") {
			return true
		}
	}
	return false
}
