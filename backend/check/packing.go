package check

import "sellerdesk/backend/order"

// packing compares how two names that count the same total pack it: one pack of 100매 against
// 50매 sold two at a time (50매, 2개: Coupang writes the quantity sold after a comma at the end)
// is other goods, as 1kg against 500g, 2개 already is by weight. Packs written into the name
// (50매 x 2팩) are left alone: a seller's table counts them as the total.
func packing(r, e *reading) (Difference, bool) {
	if r.gates&kindBit(tMeasure) == 0 {
		return Difference{}, false // packedAlone needs a count
	}
	if rt, ok := packedAlone(r); ok {
		if et, ok := soldInPacks(e, rt); ok {
			return Difference{Kind: KindCount, Severity: order.Block, Registered: r.name[rt.sp.Start:rt.sp.End],
				Exposed: e.name[et.sp.Start:et.sp.End], RegisteredSpans: []Span{rt.sp}, ExposedSpans: []Span{et.sp}}, true
		}
	}
	return Difference{}, false
}

// packedAlone is the one count rd writes when it writes exactly one, of more than one piece.
func packedAlone(rd *reading) (*token, bool) {
	var found *token
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind == tMeasure && t.dim == dimCount {
			if found != nil {
				return nil, false
			}
			found = t
		}
	}
	return found, found != nil && found.value > 1
}

// soldInPacks is the count of rd in the unit of alone, of more than one piece but fewer than
// alone, when rd writes just one other count: the quantity sold, after a comma at the end of the
// name, that makes up alone's total (도그웰 배변패드 중형, 50매, 2개 for 100매).
func soldInPacks(rd *reading, alone *token) (*token, bool) {
	var inner, sold *token
	for i := range rd.toks {
		t := &rd.toks[i]
		if t.kind != tMeasure || t.dim != dimCount {
			continue
		}
		switch {
		case inner == nil && sameCountUnit(t.unit, alone.unit) && t.value > 1 && t.value < alone.value:
			inner = t
		case inner != nil && sold == nil && t.value > 1 && i > 0 && rd.toks[i-1].kind == tBreak && rd.toks[i-1].text == ",":
			sold = t
		default:
			return nil, false
		}
	}
	if inner == nil || sold == nil || !same(inner.value*sold.value, alone.value) {
		return nil, false
	}
	return inner, true
}

// rangeEnd reports whether the count t is an end of a range (3~5개, 15-17과), which rd reads as a
// number rather than a count.
func (rd *reading) rangeEnd(t *token) bool {
	for i := range rd.numbers {
		if rd.numbers[i].sp == t.sp {
			return true
		}
	}
	return false
}
