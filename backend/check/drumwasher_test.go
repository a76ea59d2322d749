package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 드럼 is the washer type only beside a word of laundry; the instrument is no use (names of no
// table).
func TestDrumIsAWasherOnlyBesideLaundry(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an electronic drum for home", "롤랜드 TD-02K 전자드럼 가정용 / 블랙", "Roland TD02K 전자드럼, 블랙", "", "", "", ""},
		{"a drum kit for home", "펄 로드쇼 드럼 가정용 / 블랙", "Pearl 로드쇼 드럼, 블랙", "", "", "", ""},
		{"a drum washer", "삼성 세탁기 그랑데 / 드럼 21kg", "삼성 그랑데 세탁기 통돌이 21kg", order.Block, attrUse, "드럼", "통돌이"},
		{"a drum washer named on one side", "LG 트롬 드럼 / 21kg", "LG 트롬 세탁기 통돌이 21kg", order.Block, attrUse, "드럼", "통돌이"},
	})
}
