package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestAccessoryForModelCode: a listing writes the goods an accessory is made for by their model
// code as often as by a word (XM5 전용 케이스); against a name selling the model itself it asks
// for a look, and against the same accessory it passes (names of no table).
func TestAccessoryForModelCode(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a headphone case against the headphones", "소니 헤드폰 WH-1000XM5 전용 하드 케이스 / 블랙", "SONY 무선 헤드폰 WH-1000XM5, 블랙", order.Warn, KindBundle, "WH-1000XM5 전용 하드", ""},
		{"the case against the case", "소니 헤드폰 WH-1000XM5 전용 하드 케이스 / 블랙", "WH-1000XM5 하드 케이스 블랙, 1개", "", "", "", ""},
	})
}
