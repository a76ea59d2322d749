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
