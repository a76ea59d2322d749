package check

import "math"

// Some units of the trade are written for a measure the other name gives in metric: a tonne of
// firewood is 1000kg and a one-tonne water tank or IBC holds 1000L; a 마 or a yard of fabric is
// 91.44cm (sold as 90cm or 91cm). The matcher reads 톤, 마 and 야드 as units it does not compare
// (a jack's 3톤 is a rating, never a sum), so the last resort for numbers would ask for a look at
// the same goods. tradeUnitsAgree takes out the numbers that such a unit and its metric measure
// explain; it runs only when both names have numbers left unexplained.

// tradeUnit is a unit of the trade and the metric measures it stands for.
type tradeUnit struct {
	dims  [2]dim
	value float64 // in the dimensions' base unit (g, ml, mm) for one unit
	tol   float64 // the relative tolerance of the comparison
}

var tradeUnits = map[string]tradeUnit{
	"톤":  {[2]dim{dimWeight, dimVolume}, 1e6, 0.002},
	"마":  {[2]dim{dimLength, dimLength}, 914.4, 0.02},
	"야드": {[2]dim{dimLength, dimLength}, 914.4, 0.02},
}

// tradeUnitsAgree leaves out of rx (numbers of r) and ex (numbers of e) the numbers a unit of the
// trade on one side and a metric measure on the other both state.
func tradeUnitsAgree(r, e *reading, rx, ex []fact) ([]fact, []fact) {
	rx, ex = tradeUnitsOf(r, e, rx, ex)
	ex, rx = tradeUnitsOf(e, r, ex, rx)
	return rx, ex
}

// tradeUnitsOf takes out of ax each number of a written with a unit of the trade whose metric
// measure b writes, and that measure out of bx.
func tradeUnitsOf(a, b *reading, ax, bx []fact) ([]fact, []fact) {
	for i := 0; i < len(ax); i++ {
		k := tokenAt(a, ax[i].sp)
		if k < 0 || a.toks[k].kind != tMeasure || a.toks[k].dim != dimOther {
			continue
		}
		u, ok := tradeUnits[a.toks[k].unit]
		if !ok {
			continue
		}
		want := a.toks[k].num * u.value
		for j := range b.measures {
			m := &b.measures[j]
			if (m.dim != u.dims[0] && m.dim != u.dims[1]) || math.Abs(m.value-want) > u.tol*want {
				continue
			}
			n := len(bx)
			bx = withoutSpan(bx, m.sp)
			if len(bx) < n || !writesFactAt(bx, m.sp) {
				ax = append(ax[:i], ax[i+1:]...)
				i--
				break
			}
		}
	}
	return ax, bx
}

// withoutSpan leaves out of fs the number first written at sp.
func withoutSpan(fs []fact, sp Span) []fact {
	for i := range fs {
		if fs[i].sp == sp {
			return append(fs[:i], fs[i+1:]...)
		}
	}
	return fs
}

// writesFactAt reports whether a number of fs is written at sp.
func writesFactAt(fs []fact, sp Span) bool {
	for i := range fs {
		if fs[i].sp == sp {
			return true
		}
		for _, s := range fs[i].more {
			if s == sp {
				return true
			}
		}
	}
	return false
}
