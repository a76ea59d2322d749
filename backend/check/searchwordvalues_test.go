package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A value only a search title states, against a catalogue name that writes nothing of its own, is
// one of the title's search words (searchwordvalues.go): no difference. A scent, a value written
// with 맛 or 향, a value beside the goods' name both write, a degree of heat, a claim that
// something is left out and a taste the catalogue names still ask for a look.
func TestSearchWordValues(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the vegetables a net is for", "다용도 그물망 포장 보관 양파 마늘 감자 / 100매", "다용도 그물망, 100매", "", "", "", ""},
		{"the flavour an ice cream scoop is for", "아이스크림 스쿱 스텐 주방 디저트 바닐라 / 1개", "아이스크림 스쿱, 1개", "", "", "", ""},
		{"the cheese a pizza cutter is for", "피자 커터 스텐 주방 치즈 도우 / 1개", "피자 커터, 1개", "", "", "", ""},
		{"a scent still asks", "원목 편백 칫솔꽂이 욕실 피톤치드 천연 / 1개", "편백 칫솔꽂이, 1개", order.Warn, KindScent, "피톤치드", ""},
		{"a scent written with 향 still asks", "섬유유연제 대용량 고농축 라벤더향 세탁 빨래 / 2.5L", "다우니 섬유유연제, 2.5L, 1개", order.Warn, KindScent, "라벤더향", ""},
		{"a flavour written with 맛 still asks", "캠핑 간식 마시멜로 구워먹는 딸기맛 대용량 / 500g", "점보 마시멜로, 500g, 1개", order.Warn, KindFlavor, "딸기맛", ""},
		{"the pots a trivet is for", "스텐 냄비받침 주방 식탁 찜기 냄비 / 2개", "스텐 냄비받침, 2개", "", "", "", ""},
		{"a scent right after the goods' name", "유아 바디워시 복숭아향 아기 신생아 목욕 / 500ml", "유아 바디워시, 500ml, 1개", order.Warn, KindFlavor, "복숭아향", ""},
		{"a hot ramen among search words", "오뚜기 진라면 매운맛 봉지라면 대용량 야식 / 120g 5개", "오뚜기 진라면, 120g, 5개", order.Warn, KindFlavor, "매운맛", ""},
		{"hot noodles among search words", "삼양 볶음면 야식 간식 매운맛 봉지라면 / 5개", "삼양 볶음면, 5개", order.Warn, KindFlavor, "매운맛", ""},
		{"decaf among search words", "스타벅스 캡슐 커피 사무실 디카페인 탕비실 대용량 / 10개", "스타벅스 캡슐 커피, 10개", order.Warn, KindFlavor, "디카페인", ""},
		{"a rich taste against the catalogue's nutty one", "[특가] 옛날 참기름 진한맛 풍미 명절 선물 가정용 / 350ml", "고소한 참기름, 350ml, 1개", order.Warn, KindFlavor, "진한맛", ""},
		{"a flavour in the option still blocks", "팝콘 영화관 간식 파티 대용량 / 카라멜맛 1kg", "팝콘, 1kg, 1개", order.Block, KindFlavor, "카라멜맛", ""},
	})
}
