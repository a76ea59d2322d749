package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBladeTeeth: a saw blade's teeth written 40T and 40날 are one reading, and a diameter times
// the teeth (235 x 48T) is a blade's size and teeth, not a count of their product; other teeth or
// another number of blades still differ (names of no table).
func TestBladeTeeth(t *testing.T) {
	runNameCases(t, []nameCase{
		{"48T against 48날", "원형톱날 목재용 9인치 / 235mm 48T", "목재 원형톱날 235mm 48날, 1개", "", "", "", ""},
		{"diameter times teeth", "원형톱날 목재용 / 235mm 48T", "원형 톱날 235 x 48T, 1개", "", "", "", ""},
		{"diameter times teeth, two blades", "원형톱날 목재용 / 235mm 48T 2장", "원형 톱날 235 x 48T, 2개", "", "", "", ""},
		{"48T against 36날", "원형톱날 목재용 9인치 / 235mm 48T", "목재 원형톱날 235mm 36날, 1개", order.Block, KindCount, "48개", "1개"},
		{"diameter times teeth, one blade against two", "원형톱날 목재용 / 235mm 48T 2장", "원형 톱날 235 x 48T, 1개", order.Block, KindCount, "96개", "48개"},
		{"tea bags times packs stay a count", "보리차 티백 / 50T 2개", "보리차 2 x 50T", "", "", "", ""},
	})
}
