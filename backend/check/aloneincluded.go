package check

import (
	"strings"
	"unicode/utf8"

	"sellerdesk/backend/order"
)

// The goods alone against the goods with a part. A listing says a part comes in the box with
// 포함 (뚜껑포함, 색연필 24색 포함, (구성품 포함)) or builds it in with 일체형 after it (물병 사료통
// 일체형: a water bottle with its food container built in), and says the goods come without it in three ways:
// X만 (용기만: the container only), 빈 before the goods (빈 구급함: an empty first-aid case) and
// 단품 (the item alone). One name that writes a part included against another that writes the goods
// alone, and no part included, sells another composition of the box. 만 and 빈 say it outright
// and block; 단품 may only say that the goods come singly, so it asks for a look.

// compareAloneIncluded reports a bundle difference when one name includes a part the other does
// not write and the other writes the goods alone.
func compareAloneIncluded(r, e *reading, diffs []Difference) []Difference {
	// a name that writes no 포함 includes no part: the rule reads only a name that does
	hr := r.says.mayWrite(&sigIncluded) && strings.Contains(r.name, "포함") || r.says.mayWrite(&sigOneBody) && strings.Contains(r.name, "일체형")
	he := e.says.mayWrite(&sigIncluded) && strings.Contains(e.name, "포함") || e.says.mayWrite(&sigOneBody) && strings.Contains(e.name, "일체형")
	if !hr && !he {
		return diffs // no part included on either side
	}
	for _, side := range [2]bool{false, true} {
		a, b, ha, hb := r, e, hr, he
		if side {
			a, b, ha, hb = e, r, he, hr
		}
		if !ha {
			continue
		}
		in, ok := a.includedPart(b)
		if !ok {
			continue
		}
		if hb {
			if _, also := b.includedPart(a); also {
				continue // both include a part: the negation and word rules compare them
			}
		}
		alone, sev, ok := b.goodsAlone(a)
		if !ok || strings.HasPrefix(alone.text, "빈") && closurePart(in.text) {
			continue // 빈 유리병 against 뚜껑포함: the bottle is empty of goods, its lid comes with it
		}
		af, bf := in, alone
		if a == e {
			af, bf = bf, af
		}
		d := difference(KindBundle, nil, nil, []fact{af}, []fact{bf})
		d.Severity = sev
		return append(diffs, d)
	}
	return diffs
}

// includedPart is where rd writes a part with 포함 (a word of its own after the part, or glued to
// it) that other does not write; ok is false when it writes none. A part left out (미포함,
// 불포함) is the negation rule's.
func (rd *reading) includedPart(other *reading) (fact, bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		part, ok := strings.CutSuffix(t.text, "포함")
		if !ok && t.text == "일체형" {
			part, ok = "", true // 물병 사료통 일체형: the bottle with its food container built in
		}
		if t.kind != tWord || !ok || leftOut(part) {
			continue
		}
		start := t.sp.Start
		if part == "" {
			// 포함 alone: the part is the nearest word before it (색연필 of 색연필 24색 포함)
			for j := i - 1; j >= 0; j-- {
				if u := &rd.toks[j]; u.kind == tWord {
					part, start = u.text, u.sp.Start
					break
				}
			}
		}
		if part == "" || other.writesWord(part) || other.writesJoined(part) || saleCharge(part) {
			continue
		}
		sp := Span{start, t.sp.End}
		return fact{text: rd.name[sp.Start:sp.End], sp: sp}, true
	}
	return fact{}, false
}

// goodsAlone is where rd says the goods come alone, written the way other writes the goods: a
// word X만 whose X other writes (용기만 against 원형 용기), or 본체만; 빈 before a word other writes
// (빈 구급함); or 단품, which asks for a look only.
func (rd *reading) goodsAlone(other *reading) (fact, order.Severity, bool) {
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tWord {
			continue
		}
		switch {
		case t.text == "단품":
			return fact{text: rd.name[t.sp.Start:t.sp.End], sp: t.sp}, order.Warn, true
		case t.text == "빈" && i+1 < len(rd.toks) && rd.toks[i+1].kind == tWord && accountedToken(&rd.toks[i+1], rd, other):
			sp := Span{t.sp.Start, rd.toks[i+1].sp.End}
			return fact{text: rd.name[sp.Start:sp.End], sp: sp}, order.Block, true
		}
		if stem, ok := strings.CutSuffix(t.text, "만"); ok && utf8.RuneCountInString(stem) >= 2 && (stem == "본체" || other.writesWord(stem)) {
			return fact{text: rd.name[t.sp.Start:t.sp.End], sp: t.sp}, order.Block, true
		}
	}
	return fact{}, "", false
}

// leftOut reports whether the word before 포함 ends in a negation of it (미포함, 불포함, 비포함).
func leftOut(before string) bool {
	return strings.HasSuffix(before, "미") || strings.HasSuffix(before, "불") || strings.HasSuffix(before, "비")
}

// saleCharge reports whether the word before 포함 is a charge of the sale (부가세포함, 배송비 포함),
// which says what the price covers, not a part that comes in the box.
func saleCharge(part string) bool {
	for _, c := range [...]string{"부가세", "VAT", "vat", "배송비", "택배비"} {
		if strings.HasSuffix(part, c) {
			return true
		}
	}
	return false
}

// closurePart reports whether the part written with 포함 is the closure of a vessel (뚜껑포함, 펌프
// 포함, 캡 포함): 빈 before a bottle or a container says it holds no goods, not that it comes
// without its lid, so the two do not contradict each other.
func closurePart(included string) bool {
	part := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(included), "포함"))
	for _, c := range [...]string{"뚜껑", "캡", "마개", "펌프", "노즐", "스포이드", "트리거", "리드"} {
		if strings.HasSuffix(part, c) {
			return true
		}
	}
	return false
}
