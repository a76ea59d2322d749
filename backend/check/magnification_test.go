package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMagnificationRanges: an x written tight after the numbers of a range (40x-1000x, 40-1000x)
// is a lens's magnification, the 배 of the other name (40~1000배), not a count 40 x 1000; the
// ends of the range are still compared, and so is the count (names of no table).
func TestMagnificationRanges(t *testing.T) {
	runNameCases(t, []nameCase{
		{"x range against 배 range", "학생용 생물 현미경 40x-1000x LED 관찰 / 기본형", "학생용 LED 생물 현미경 40~1000배, 1개", "", "", "", ""},
		{"x after the last number only", "현미경 40-1000x / 기본형", "현미경 40~1000배, 1개", "", "", "", ""},
		{"a range with a tilde", "현미경 40x~1000x / 기본형", "현미경 40배 1000배, 1개", "", "", "", ""},
		{"binoculars", "쌍안경 10-20x / 기본", "쌍안경 10~20배, 1개", "", "", "", ""},
		{"another top magnification", "현미경 40x-1000x / 기본형", "현미경 40~400배, 1개", order.Block, KindUnit, "1000x", "400배"},
		{"the count is still compared", "현미경 40x-1000x / 2개", "현미경 40~1000배, 1개", order.Block, KindCount, "2개", "1개"},
	})
}

// TestMagnificationAlternatives: magnifications a lens offers, written with a slash (20x/40x), are
// two magnifications, not a count of 20 times 40: the name matches itself and the same lens
// written in 배, and another pair of magnifications still differs (names of no table).
func TestMagnificationAlternatives(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the name against itself", "쌍안 실체현미경 20x/40x 관찰용 / 1개", "쌍안 실체현미경 20x/40x 관찰용 / 1개", "", "", "", ""},
		{"written in 배", "실체현미경 20x/40x / 1개", "실체 현미경 20배 40배, 1개", "", "", "", ""},
		{"other magnifications", "실체현미경 20x/40x / 1개", "실체 현미경 10배 20배, 1개", order.Block, KindUnit, "40x", "10배"},
	})
}
