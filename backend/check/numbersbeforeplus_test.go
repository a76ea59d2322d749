package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A number glued to a product's name with a plus after it (슈퍼33+) is still the product's number
// against a name that writes another number and no grade; a plus number standing alone (an age,
// 레고 4+) or the same number without the plus says nothing (names of no table).
func TestNumbersBeforePlus(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a tape line with a plus against another line", "스카치 슈퍼33+ 전기테이프 / 1개", "스카치 슈퍼88 전기테이프, 1개", order.Block, KindSize, "33+", "88"},
		{"a humidifier line with a plus", "초음파 가습기 미니3+ / 화이트", "초음파 가습기 미니5 화이트, 1개", order.Block, KindSize, "3+", "5"},
		{"the same number without its plus", "스카치 슈퍼33+ 전기테이프 / 1개", "스카치 슈퍼33 전기테이프, 1개", "", "", "", ""},
		{"an age standing alone against a set number", "레고 듀플로 2+ 기차 세트 / 1개", "레고 듀플로 10874 기차 세트, 1개", "", "", "", ""},
		{"an age the other name does not write", "고양이 사료 인도어 7+ / 1.5kg", "고양이 사료 인도어 1.5kg, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"스카치 슈퍼33+ 전기테이프 / 1개", "스카치 슈퍼88 전기테이프, 1개", "사이즈 33+ ↔ 88"},
	})
}
