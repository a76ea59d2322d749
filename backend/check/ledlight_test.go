package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLightOfLED: 라이트 beside LED names the lamp itself (LED 라이트 무드등 against 무드등), not a
// Lite edition; without LED 라이트 stays the lighter edition, and another edition the other name
// writes still differs (names of no table).
func TestLightOfLED(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an LED light desk lamp", "루메나 무드등 / 화이트", "루메나 LED 라이트 무드등 화이트, 1개", "", "", "", ""},
		{"a magnifier with an LED light", "LED 돋보기 확대경 라이트 / 1개", "LED 확대경 돋보기", "", "", "", ""},
		{"a lite edition without LED", "스팸 클래식 / 340g", "스팸 라이트 340g, 1개", order.Block, KindVariant, "", "라이트"},
		{"an LED lamp's pro edition still differs", "LED 캠핑랜턴 / 본품", "LED 라이트 캠핑랜턴 프로, 1개", order.Block, KindVariant, "", "프로"},
	})
}

// TestLiteChosenInTheOption: 라이트 as the seller's option of an LED lamp is the edition the buyer
// chose (샤오미 LED 데스크 램프 1S / 라이트), not the light itself, and still differs from a name that
// writes no edition; 라이트 in the title beside LED stays the light (review 28, names of no table).
func TestLiteChosenInTheOption(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the Lite edition of an LED desk lamp", "샤오미 LED 데스크 램프 1S / 라이트", "샤오미 LED 데스크 램프 1S, 1개", order.Block, KindVariant, "라이트", ""},
		{"the Lite edition of an LED plant light", "LED 식물등 / 라이트", "LED 식물등 풀스펙트럼, 1개", order.Block, KindVariant, "라이트", ""},
		{"a bicycle's LED light in the title", "자전거 LED 라이트 / 후미등", "자전거 LED 후미등, 1개", "", "", "", ""},
	})
}
