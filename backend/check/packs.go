package check

// Count units that count one thing. A pack's content is written with the unit of a piece or its
// per-pack form: 100개 is 50개입 twice, 200매 is 100매입 twice, and a box of 180 coffee sticks
// (180T) is 90개입 twice. The packing rule (packing) compares a total with its packs in any of
// these, not only in one spelling.

// pieceUnits count single pieces of any goods: 개 and its per-pack 개입 / 입, the Latin ea, p,
// pc, pcs, 피스, and T, the sticks or tea bags of a box.
var pieceUnits = map[string]bool{"개": true, "개입": true, "입": true, "ea": true, "p": true, "pc": true, "pcs": true, "피스": true, "t": true}

// perPackUnits maps a per-pack count unit to the unit it counts (매입 is 매 in each pack).
var perPackUnits = map[string]string{"매입": "매", "장입": "장", "개입": "개", "입": "개"}

// sameCountUnit reports whether two count units count the same thing.
func sameCountUnit(a, b string) bool {
	if a == b || pieceUnits[a] && pieceUnits[b] {
		return true
	}
	if u, ok := perPackUnits[a]; ok && u == b {
		return true
	}
	u, ok := perPackUnits[b]
	return ok && u == a
}
