package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A food written beside a kitchen tool both names name is what the tool is for (round70, names of
// no table); the tool's colour, size or capacity is still read, and a tool against the food
// itself is not the tool's.
func TestFoodAToolIsFor(t *testing.T) {
	runNameCases(t, []nameCase{
		{"grill pan for pork belly", "스텐 고기 불판 삼겹살 캠핑 구이판 / 원형", "스테인리스 원형 구이판", "", "", "", ""},
		{"lemon squeezer", "레몬 오렌지 스퀴저 착즙기 수동 / 화이트", "수동 스퀴저, 화이트", "", "", "", ""},
		{"garlic and ginger press", "마늘 생강 다지기 스텐 / 실버", "스테인리스 마늘 다지기, 실버", "", "", "", ""},
		{"natto fermenter", "청국장 발효기 낫토 메이커 / 2L", "요거트 발효기 2L", "", "", "", ""},
		{"another colour", "스텐 마늘 다지기 / 실버", "스테인리스 마늘 다지기, 블랙", order.Block, KindColor, "실버", "블랙"},
		{"another capacity", "마늘 양파 다지기 수동 / 500ml", "수동 양파 다지기, 900ml", order.Block, KindCapacity, "500ml", "900ml"},
		{"another size", "삼겹살 불판 / 대형", "삼겹살 불판, 소형", order.Block, KindSize, "대형", "소형"},
		// each name writes a food of its own beside the tool: two uses (review77, names of no table)
		{"garlic press against onion chopper", "마늘 다지기 / 화이트", "양파 다지기, 화이트, 1개", order.Block, KindFlavor, "마늘", "양파"},
		{"rice container against coffee container", "쌀 용기 / 5kg", "커피 용기, 5kg", order.Block, KindGoods, "쌀", ""},       // a plain word where the other writes a food before the same tool (review87, names of no table)
		{"cheese grater against ginger grater", "스텐 치즈 강판 / 실버", "생강 강판, 실버, 1개", order.Block, KindFlavor, "치즈", "생강"}, // a grater, a zester and a fridge are tools for the food before them too (round82, names
		// of no table)
		{"grater for radish and garlic", "스텐 강판 무 마늘 / 중", "스테인리스 강판, 중, 1개", "", "", "", ""},
		{"zester for lemon", "[레몬 라임] 마이크로플레인 제스터 / 블랙", "Microplane 제스터, 블랙", "", "", "", ""},
		{"fridge container", "락앤락 김치냉장고 전용 용기 8L / 1개", "락앤락 냉장고 용기 8L", "", "", "", ""},
		{"grater in another colour", "옥소 생강 강판 / 그린", "옥소 강판, 블랙", order.Block, KindColor, "그린", "블랙"},
	})
	for _, p := range [][2]string{
		{"마늘 다지기 / 실버", "국산 깐마늘 1kg"},
		{"요거트 메이커 / 화이트", "그릭요거트 플레인 1kg"},
	} {
		got := CompareNames(p[0], p[1])
		if got.Match {
			t.Errorf("%s vs %s: a tool against its food passed", p[0], p[1])
		}
	}
}
