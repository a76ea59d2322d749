package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestShadeNamedByCode: a make-up shade written as its code and name in the option, against the
// code alone, is one shade; another shade name, another code, or another word after a code that
// is no shade's still differ (names of no table).
func TestShadeNamedByCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"code and name against the code", "[1위] 클리오 킬커버 파운웨어 쿠션 15g / 21N 린넨 아이보리", "CLIO 킬커버 파운웨어 쿠션, 21N, 15g", "", "", "", ""},
		{"호 code and name against the code", "바닐라코 커버 파운데이션 30ml / 23호 샌드베이지", "바닐라코 커버 파운데이션 30ml 23호", "", "", "", ""},
		{"zero code and name against the code", "페리페라 잉크 벨벳 틴트 / 03 브릭 레드", "PERIPERA 잉크 벨벳 틴트 03, 1개", "", "", "", ""},
		{"the line's colour on both sides", "에뛰드 더블래스팅 레드 쿠션 / 17C1 페탈 아이보리", "ETUDE 더블래스팅 레드 쿠션 17C1", "", "", "", ""},
		{"another shade name", "클리오 킬커버 파운웨어 쿠션 15g / 21N 아이보리", "클리오 킬커버 파운웨어 쿠션 21N 베이지, 15g", order.Block, KindColor, "아이보리", "베이지"},
		{"another code", "바닐라코 커버 파운데이션 30ml / 21호 아이보리", "바닐라코 커버 파운데이션 30ml 23호", order.Block, KindSize, "21호", "23호"},
		{"a paper size, another word", "모나미 클립보드 / A4 블루", "모나미 클립보드 A4 그레이", order.Block, KindColor, "블루", "그레이"},
		{"a paper size against a name with no colour", "무지 스프링 노트 / A5 블랙", "무지 스프링 노트 A5", order.Block, KindColor, "블랙", ""},
	})
}

// TestShadeNamesAfterCode: one shade code both names write, each with its own wording of the
// shade's name after it, is one shade; another code, or another goods word elsewhere, still asks
// for a look (names of no table).
func TestShadeNamesAfterCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"one code, two wordings", "3CE 벨벳 립 틴트 / 02 데이드림", "3CE 벨벳 립 틴트, 02 백일몽", "", "", "", ""},
		{"another code", "3CE 벨벳 립 틴트 / 02 데이드림", "3CE 벨벳 립 틴트, 03 백일몽", order.Warn, KindWord, "데이드림", "백일몽"},
		{"another goods word too", "3CE 벨벳 립 틴트 / 02 데이드림", "3CE 벨벳 립 글로스, 02 백일몽", order.Warn, KindWord, "틴트, 데이드림", "글로스, 백일몽"},
		{"a tyre size, two vocabulary words", "넥센 타이어 / R17 여름용", "넥센 타이어, R17 겨울용", order.Warn, KindWord, "여름용", "겨울용"}, // review87
	})
}
