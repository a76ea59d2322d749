package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The settings of a dial (3단 풍속, 4단 밝기조절) are a feature the catalogue may leave out, not
// tiers; tiers said by one name, or two different numbers of settings, still block.
func TestSettingLevelsAreNoTiers(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a fan's speeds left out", "탁상용 서큘레이터 저소음 4단 풍속 / 민트", "탁상 서큘레이터 민트", "", "", "", ""},
		{"a lamp's brightness left out", "LED 스탠드 무선 5단 밝기조절 / 화이트", "무선 LED 스탠드 흰색", "", "", "", ""},
		{"tiers of a shelf", "철제 선반 3단 / 블랙", "철제 선반 블랙", order.Block, KindUnit, "3단", ""},
		{"another number of speeds", "탁상용 서큘레이터 4단 풍속 / 민트", "탁상 서큘레이터 2단 풍속 민트", order.Block, KindUnit, "4단", "2단"},
	})
}
