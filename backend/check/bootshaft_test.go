package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBootShaft: 롱부츠 and 숏부츠 are two shafts of a boot; 롱부츠 written apart is the same
// (names of no table).
func TestBootShaft(t *testing.T) {
	runNameCases(t, []nameCase{
		{"롱부츠 written apart", "여성 레인부츠 / 롱부츠 카키 240", "레인 롱 부츠 카키 240, 1켤레", "", "", "", ""},
		{"숏부츠 against 롱부츠", "여성 레인부츠 / 숏부츠 카키 240", "레인 롱부츠 카키 240, 1켤레", order.Block, KindCut, "숏부츠", "롱부츠"},
		{"쇼트부츠 is 숏부츠", "남성 워커 / 쇼트부츠 블랙 270", "워커 숏부츠 블랙 270, 1켤레", "", "", "", ""},
	})
}
