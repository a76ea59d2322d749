package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestExtraAxis: a height or a thickness one name adds to the size both write (W x D x H against
// W x D; 두께 2cm beside 100x200) is the same goods described more; another height or thickness
// on both sides, or another width, still differs (names of no table).
func TestExtraAxis(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the height added", "원목 평상 1200x800 / 내추럴", "원목 평상 1200 x 800 x 300mm, 내추럴, 1개", "", "", "", ""},
		{"the thickness added", "층간소음 매트 두께 2cm / 100x200 베이지", "층간소음 매트 베이지, 100 x 200cm", "", "", "", ""},
		{"another thickness", "층간소음 매트 두께 2cm / 100x200 베이지", "층간소음 매트 두께 4cm 베이지, 100 x 200cm", order.Block, KindLength, "2cm", "4cm"},
		{"another width", "원목 평상 1000x800 / 내추럴", "원목 평상 1200 x 800 x 300mm, 내추럴, 1개", order.Block, KindLength, "1000", "1200, 300mm"},
	})
}
