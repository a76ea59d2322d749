package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFlavourOfUse: a flavour word glued to 용 says what the goods are for (바비큐용 그릴망, 커피용
// 우유), not a flavour one name adds; a flavour of its own is still one. Names of no table.
func TestFlavourOfUse(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a grill for a barbecue", "캠핑 스텐 그릴망 / 40x30cm", "스텐 그릴망 바비큐용 40x30cm, 1개", "", "", "", ""},
		{"a flavour is still one", "국산 닭가슴살 / 100g 10팩", "국산 닭가슴살 바비큐맛 100g, 10개", order.Block, KindFlavor, "", "바비큐맛"},
	})
}

// TestDemonstrativeTaste: 그 맛 or 이 맛 points at a taste the name said before ("the taste
// you know"), it names none. Names of no table.
func TestDemonstrativeTaste(t *testing.T) {
	runNameCases(t, []nameCase{
		{"그 맛", "옛날 쫀드기 추억의 그 맛 / 30개", "옛날 쫀드기, 30개", "", "", "", ""},
		{"a taste named apart is still one", "옛날 쫀드기 딸기 맛 / 30개", "옛날 쫀드기, 30개", order.Block, KindFlavor, "딸기 맛", ""},
	})
}
