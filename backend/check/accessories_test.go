package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// An accessory made for the goods (X 전용 Y) against the goods themselves asks for a look
// (accessories.go); the accessory on both sides, or the goods named after it, does not.
func TestAccessories(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a cover for the fridge against the fridge", "캠핑 냉장고 전용 보호커버 / 40L", "캠핑 냉장고 40L", order.Warn, KindBundle, "냉장고 전용 보호커버", ""},
		{"a boiler for the mat against the mat", "카본 온수매트 전용 보일러 / 단품", "카본 온수매트 퀸, 1개", order.Warn, KindBundle, "온수매트 전용 보일러", ""},
		{"a case for the tablet against the tablet", "갤럭시탭 전용 케이스 / 11인치", "갤럭시탭 11인치, 1개", order.Warn, KindBundle, "갤럭시탭 전용 케이스", ""},
		{"the accessory on the catalogue's side", "무선 청소기 / 본체", "무선 청소기 전용 거치대, 1개", order.Warn, KindBundle, "", "청소기 전용 거치대"},
		{"the accessory on both sides", "캠핑 냉장고 전용 보호커버 / 40L", "캠핑 냉장고 보호커버 40L, 1개", "", "", "", ""},
		{"the accessory glued to another word", "인덕션 전용 냄비받침 매트 / 2매", "인덕션 보호매트, 2개", "", "", "", ""},
		{"the accessory named after the word 전용 by another word", "전기밥솥 전용 내솥 코팅 / 10인용", "전기밥솥 내솥, 10인용, 1개", "", "", "", ""},
		{"both names say 전용", "식기세척기 전용 세제 / 1kg", "식기세척기 전용 린스, 1kg, 1개", order.Block, KindGoods, "", "린스"},
		{"a replacement on the other side", "정수기 전용 필터 / 3개", "정수기 교체 필터, 3개", "", "", "", ""},
		{"goods the other name does not write", "에어프라이어 전용 종이호일 / 100매", "종이호일 100매, 1개", "", "", "", ""},
		{"a shaver for women against a razor for women", "여성 전용 쉐이버 / 핑크", "여성 면도기, 핑크", "", "", "", ""},
		{"a skin toner for men against a toner for men", "남성 전용 스킨 / 150ml", "남성 토너, 150ml", "", "", "", ""},
		{"a mop for the robot against the robot", "로봇청소기 전용 물걸레 / 10매", "로봇청소기, 10매", order.Warn, KindBundle, "로봇청소기 전용 물걸레", ""},
		{"a cover for the fridge, spaced another way", "차량용 냉장고 전용 단열 커버 / T36", "차량용 냉장고 T36, 1개", order.Warn, KindBundle, "냉장고 전용 단열", ""},
	})
}
