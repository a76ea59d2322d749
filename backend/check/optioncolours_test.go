package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A registered title's colour beside the colour its option chooses is the line's; the option's
// is compared (optioncolours.go). When the exposed name writes the title's colour, all are
// compared. Names of no table.
func TestOptionColourChosen(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a metal in the title, the option's colour", "실버 목걸이 하트 펜던트 데일리 선물 / 로즈골드", "하트 펜던트 목걸이 로즈골드, 1개", "", "", "", ""},
		{"a clear title, the option's colour", "투명 아크릴 수납함 화장품 정리대 / 화이트", "아크릴 화장품 정리대, 화이트, 1개", "", "", "", ""},
		{"the option's colour differs", "투명 아크릴 수납함 화장품 정리대 / 화이트", "아크릴 화장품 정리대, 블랙, 1개", order.Block, KindColor, "화이트", "블랙"},
		{"the exposed writes the title's colour", "레드 립틴트 벨벳 / 코랄", "벨벳 레드 립틴트, 1개", order.Warn, KindColor, "코랄", "레드"},
	})
}
