package check

// partPrefixes are words a listing writes before a part it adds with a plus that say how the
// part relates to the goods, not what it is (+ 전용 스탠드, + 추가 필터, + 정품 케이스): the part
// rule reads the word after them.
var partPrefixes = map[string]bool{"전용": true, "교체용": true, "호환": true, "정품": true, "추가": true, "여분": true, "고급": true}

// spelledSet reports whether the plus toks[i] joins the parts a set spells out in brackets
// right after its count (5종 (펜+트레이+왁스+핀셋+지퍼백), 3개입 (A+B+C)): as many parts as the
// count says, the contents of the one set, not parts added to it.
func spelledSet(toks []token, i int) bool {
	open := -1
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if t := &toks[k]; t.kind == tBreak {
			if t.text == "(" || t.text == "[" {
				open = k
				break
			}
			if t.text == ")" || t.text == "]" || t.text == "/" || t.text == "," {
				return false
			}
		}
	}
	if open < 1 {
		return false
	}
	n := &toks[open-1]
	if n.kind != tMeasure || n.dim != dimCount || n.value < 2 {
		return false
	}
	items := 1
	for k := open + 1; k < len(toks); k++ {
		switch t := &toks[k]; {
		case t.kind == tPlus:
			items++
		case t.kind == tBreak && (t.text == ")" || t.text == "]"):
			return float64(items) == n.value
		case t.kind == tBreak:
			return false
		}
	}
	return false
}

// setOfItems reports whether rd counts items joined by a plus (본품+리필 = 2) and other states one
// set of goods it writes joined by a plus (370ml + 리필 320ml, 1세트): the set holds the items.
func setOfItems(rd, other *reading) bool {
	if len(rd.counts) == 0 || len(other.counts) != 1 || !other.writesPlus() {
		return false
	}
	for _, c := range rd.counts {
		if !c.items {
			return false
		}
	}
	c := other.counts[0]
	if c.items || c.n != 1 || c.value != 1 {
		return false
	}
	for i := range other.toks {
		t := &other.toks[i]
		if t.kind == tMeasure && t.dim == dimCount && t.sp.Start >= c.sp.Start && t.sp.End <= c.sp.End {
			return t.unit == "세트" || t.unit == "set"
		}
	}
	return false
}
