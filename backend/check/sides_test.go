package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSidesWithOneUnit: numbers multiplied before a length with the unit written once at the end
// are the sides of a size when they are written tight or when the name says its count elsewhere;
// spaced and alone, a small number before a length is still a count of pieces (names of no table).
func TestSidesWithOneUnit(t *testing.T) {
	runNameCases(t, []nameCase{
		{"tight sides in metres against centimetres", "그늘막 타프 / 3x5m", "그늘막 타프 300 x 500 cm, 1개", "", "", "", ""},
		{"tight sides against other sides", "그늘막 타프 / 3x5m", "그늘막 타프 300 x 400 cm, 1개", order.Block, KindLength, "5m", "400 cm"},
		{"spaced sides in a name that counts after a comma", "PE 천막 / 2m x 7m", "PE 천막 2 x 7m, 1개", "", "", "", ""},
		{"tight sides with a sheet count", "부직포 덮개 / 2x3m 3장", "부직포 덮개 2 x 3m, 3개", "", "", "", ""},
		{"spaced and alone a count times a length still counts", "랜 케이블 / 5m 3개", "랜 케이블 3 x 5m", "", "", "", ""},
		{"spaced and alone a count that differs", "랜 케이블 / 5m 2개", "랜 케이블 3 x 5m", order.Block, KindCount, "2개", "3개"},
	})
}
