package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A dial word before its number of 단 (높이조절 6단) counts settings too, unless the goods are
// built in tiers (names of no table).
func TestDialWordBeforeItsSteps(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an ironing board's heights", "스탠드형 다리미판 높이조절 6단 대형 접이식 / 그레이", "접이식 스탠드 다리미판 높이조절 그레이", "", "", "", ""},
		{"a book stand's angles", "독서대 각도조절 5단 원목 / 내추럴", "원목 독서대 각도조절 내추럴", "", "", "", ""},
		{"a fan's speeds", "선풍기 풍속 3단 저소음 / 화이트", "저소음 선풍기 화이트", "", "", "", ""},
		{"a laptop stand's heights", "노트북 거치대 높이조절 6단 / 실버", "노트북 거치대 실버", "", "", "", ""},
		{"a shelf of three tiers", "높이조절 3단 선반 / 화이트", "높이조절 선반 화이트", order.Block, KindUnit, "3단", ""},
		{"a shelf of five tiers", "철제 선반 높이조절 5단 / 블랙", "철제 선반 높이조절 블랙", order.Block, KindUnit, "5단", ""},
		{"six steps against four", "다리미판 높이조절 6단 / 그레이", "다리미판 높이조절 4단 그레이", order.Block, KindUnit, "6단", "4단"},
	})
}
