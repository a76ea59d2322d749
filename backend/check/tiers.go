package check

import "sellerdesk/backend/order"

// compareTiers: steps or tiers (2단 수건걸이, 3단 우산, 4단 사다리) said by one name only are another
// model of the goods, as they were when 단 was read as a count; one tier (1단) is what a name
// says when it says nothing.
func compareTiers(r, e *reading, diffs []Difference) []Difference {
	rt, rSaid := tierMeasure(r)
	et, eSaid := tierMeasure(e)
	if rt == nil && et == nil {
		return diffs // no tiers of two or more: nothing to compare (most names)
	}
	rc, ec := r.compartments(), e.compartments()
	switch {
	case rt != nil && !eSaid && e.writesNumberAs(rt.num, "단", r), et != nil && !rSaid && r.writesNumberAs(et.num, "단", e):
		return diffs // 7단 vs 7패턴: the tiers counted with another word (numberunitword.go)
	case rt != nil && !eSaid && ec != nil && same(ec.num, rt.num), et != nil && !rSaid && rc != nil && same(rc.num, et.num):
		return diffs // 3단 분유케이스 vs 3칸: the tiers of a stacked case counted as its compartments
	case rt != nil && !eSaid:
		d := Difference{Kind: KindUnit, Severity: order.Block, Registered: r.name[rt.sp.Start:rt.sp.End],
			RegisteredSpans: []Span{rt.sp}}
		if ec != nil { // 4단 vs 3칸: the other number of compartments is what the other name says
			d.Exposed, d.ExposedSpans = e.name[ec.sp.Start:ec.sp.End], []Span{ec.sp}
		}
		return append(diffs, d)
	case et != nil && !rSaid:
		d := Difference{Kind: KindUnit, Severity: order.Block, Exposed: e.name[et.sp.Start:et.sp.End],
			ExposedSpans: []Span{et.sp}}
		if rc != nil {
			d.Registered, d.RegisteredSpans = r.name[rc.sp.Start:rc.sp.End], []Span{rc.sp}
		}
		return append(diffs, d)
	}
	return diffs
}

// tierMeasure is the first measure of two tiers or more that rd writes (nil when none; the
// settings of a dial, 3단 풍속, are no tiers), and
// whether rd writes tiers at all (1단 included): two names that both write tiers are compared by
// compareOther.
func tierMeasure(rd *reading) (*token, bool) {
	var first *token
	said := false
	for i := range rd.measures {
		t := &rd.measures[i]
		if t.dim != dimOther || t.unit != "단" {
			continue
		}
		said = true
		if first == nil && t.value >= 2 && !settingLevel(rd, t) { // 3단 풍속 (settinglevels.go)
			first = t
		}
	}
	return first, said
}

// compartments is the first count of compartments rd writes (3칸), or nil: the tiers of a stacked
// case or box (분유케이스 3단, 반찬통 4단) are its compartments, each tier one.
func (rd *reading) compartments() *token {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.unit == "칸" {
			return t
		}
	}
	return nil
}
