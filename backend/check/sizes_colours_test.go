package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two rules of the sixth round had let plain differences through: a W x H size against another
// W x H size sharing one side (otherSide read 150 of 150x200 as a side the other name left out,
// though that name writes its whole size), and a colour the catalogue name adds to a model both
// names write, where the registered option names a finish of its own (우드: the buyer's choice).
// Names of no table.
func TestSizesAndModelColoursStillDiffer(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one side of two whole sizes differs", "캠핑 방수 매트 / 200x200 카키", "캠핑 방수 매트 150x200 카키", order.Block, KindLength, "200", "150"},
		{"the other side differs", "놀이방 매트 / 140x200", "놀이방 매트 140x180cm", order.Block, KindLength, "200", "180cm"},
		{"a side the other name leaves out still passes", "인테리어 필름 / 우드 122cm x 1m", "인테리어 필름 우드 1m", "", "", "", ""},
		{"an option of its own against the catalogue's colour", "모던 탁상시계 TC-210 / 우드", "모던 탁상시계 TC-210 블랙", order.Block, KindColor, "", "블랙"},
		{"the model as sold against the catalogue's colour", "모던 탁상시계 TC-210 / 본체", "모던 탁상시계 TC-210 블랙", "", "", "", ""},
		{"a single item against the catalogue's colour", "모던 탁상시계 TC-210 / 단품", "모던 탁상시계 TC-210 블랙", "", "", "", ""},
		{"the basic package against the catalogue's colour", "모던 탁상시계 TC-210 / 기본형", "모던 탁상시계 TC-210 블랙", "", "", "", ""},
	})
}

// TestSkinColour: 살색 (skin colour, the old name) is what stockings, bandages and tapes sold as
// 베이지 are called; it is no other colour than beige. Names of no table.
func TestSkinColour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"살색 is beige", "무지 밴드 반창고 / 살색 100매", "무지 밴드 반창고 베이지, 100매", "", "", "", ""},
		{"살색 against black", "데일리 판타롱 스타킹 / 살색 5켤레", "데일리 판타롱 스타킹 블랙, 5족", order.Block, KindColor, "살색", "블랙"},
	})
}

// TestColourless: 무색 (colourless) is the transparent finish 투명 of liquids, coatings and
// sprays; it is no colour of its own, and said on one side it describes as 투명 does. Names of
// no table.
func TestColourless(t *testing.T) {
	runNameCases(t, []nameCase{
		{"무색 is 투명", "목재 바니쉬 수성 / 1L 투명", "수성 바니쉬 무색 1L, 1개", "", "", "", ""},
		{"무색 said on one side", "네일 탑코트 무색 / 10ml", "네일 탑코트 10ml, 1개", "", "", "", ""},
		{"무색 against a colour", "락카 스프레이 / 420ml 블랙", "락카 스프레이 무색 420ml, 1개", order.Block, KindColor, "블랙", "무색"},
	})
}
