package check

import "math"

// Boards and prints are sized in feet, 자 or inches written as two bare numbers multiplied: a
// 3x6 or 4x8 sheet of plywood or plasterboard is 3 by 6 자 (900 x 1800 mm) or 4 by 8 feet (1220 x
// 2440 mm), a 5x7 photo 5 by 7 inches (13 x 18 cm). When the other name writes that size in
// millimetres or centimetres, the product is the size, not a count of 18, 32 or 35.

// sizeUnits are the lengths in millimetres a bare number of a board or a print may be in: the
// inch, the 자 (303 mm, which the trade rounds to 300 or 305) and the foot.
var sizeUnits = [...]float64{25.4, 303, 304.8}

// sizeTolerance is how far a converted size may be from the written one: the trade rounds
// (13 x 18 cm for 5 x 7 inches, 900 x 1800 for 3 x 6 자).
const sizeTolerance = 0.04

// readSizeProducts drops each of rd's counts read only from two bare numbers multiplied (3x6)
// when either name writes two lengths that are those numbers in one size unit (4x6 (10x15cm)).
func (rd *reading) readSizeProducts(other *reading) {
	if len(rd.counts) == 0 {
		return
	}
	rd.dropCounts(func(c *countRun) bool {
		return c.weak && c.n == 2 && !c.items && (other.writesSizeIn(c.factors[0].value, c.factors[1].value) ||
			rd.writesSizeIn(c.factors[0].value, c.factors[1].value))
	})
}

// writesSizeIn reports whether rd writes two lengths that are a by b in one of sizeUnits.
func (rd *reading) writesSizeIn(a, b float64) bool {
	if a <= 0 || b <= 0 {
		return false
	}
	for _, u := range sizeUnits {
		if rd.writesLengthNear(a*u) && rd.writesLengthNear(b*u) {
			return true
		}
	}
	return false
}

// writesLengthNear reports whether rd writes a length within sizeTolerance of mm millimetres.
func (rd *reading) writesLengthNear(mm float64) bool {
	for i := range rd.measures {
		if m := &rd.measures[i]; m.dim == dimLength && math.Abs(m.value-mm) <= sizeTolerance*mm {
			return true
		}
	}
	return false
}
