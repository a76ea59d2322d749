package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestWordsEndingInMarkersNameNoValue: 현지맛 (the taste of a dish's home) and 낱색 (each colour sold
// singly) end in 맛 and 색 but name no flavour and no colour; a flavour or colour written beside
// them still counts (after68, names of no table).
func TestWordsEndingInMarkersNameNoValue(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the taste of the dish's home", "[태국 현지맛] 방콕 팟타이 밀키트 / 2인분", "방콕 팟타이 밀키트 2인분, 1개", "", "", "", ""},
		{"each colour sold singly", "모나미 네임펜 낱색 골라담기 / 파랑", "모나미 네임펜 블루, 1개", "", "", "", ""},
		{"a flavour beside the home taste", "[태국 현지맛] 방콕 팟타이 밀키트 / 매운맛 2인분", "방콕 팟타이 밀키트 순한맛 2인분, 1개", order.Block, KindFlavor, "매운맛", "순한맛"},
		{"the colour chosen still counts", "모나미 네임펜 낱색 골라담기 / 파랑", "모나미 네임펜 빨강, 1개", order.Block, KindColor, "파랑", "빨강"},
	})
}
