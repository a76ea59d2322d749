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
		// goods that run on power count their dial's settings in 단 with no dial word
		// (round82, names of no table); a powered rack is still built in tiers
		{"a cordless massage gun's speeds", "[근육이완] 엑스건 미니 마사지건 6단 무선 / 블랙", "XGUN 미니 마사지건, 블랙", "", "", "", ""},
		{"an electric racket's speeds", "스마토 전기파리채 2단 LED / 화이트", "SMATO 전기 파리채 화이트", "", "", "", ""},
		{"a powered rack in tiers", "충전식 조명 진열대 4단 / 블랙", "충전식 조명 진열대 블랙", order.Block, KindUnit, "4단", ""},
	})
}
