package check

// A seller writes what a pack holds and how many packs he sells (슬라이스치즈 270g 18매 1팩); a
// catalogue name that writes no sheets counts the packs (", 2개" for a bundle of two). The
// sheets are what each pack holds, not sale units.

// sheetPacks are the counters of a pack the sheets before them are packed in.
var sheetPacks = map[string]bool{"팩": true, "봉": true, "봉지": true, "박스": true, "box": true, "롤": true, "권": true, "통": true, "갑": true}

// packsOfSheets reports whether, in a bundle of two or more, r's only counts are N매 (or N장)
// followed by M packs (18매 1팩, 50매 x 2팩) and e, writing no count in 매 or 장, counts M packs
// times the bundle: 치즈 18매 1팩 in a bundle of two against 치즈, 2개. (Without a bundle the
// sale units are read already, saleunits.go.)
func packsOfSheets(r, e *reading, bundle int) bool {
	if bundle < 2 || len(r.counts) != 1 || r.counts[0].n != 2 {
		return false
	}
	et, eSays := e.total()
	if !eSays {
		return false
	}
	var sheets, packs *token
	sp := r.counts[0].sp
	for i := range r.toks {
		t := &r.toks[i]
		if t.kind != tMeasure || t.dim != dimCount || t.sp.Start < sp.Start || t.sp.End > sp.End {
			continue
		}
		switch {
		case sheets == nil && (t.unit == "매" || t.unit == "장"):
			sheets = t
		case sheets != nil && packs == nil && sheetPacks[t.unit]:
			packs = t
		default:
			return false
		}
	}
	if packs == nil || same(sheets.value*packs.value*float64(bundle), et) {
		return false
	}
	for i := range e.toks {
		if t := &e.toks[i]; t.kind == tMeasure && t.dim == dimCount && (t.unit == "매" || t.unit == "장") {
			return false
		}
	}
	return same(packs.value*float64(bundle), et)
}
