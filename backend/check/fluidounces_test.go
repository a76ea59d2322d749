package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A fluid ounce is written with its oz; 2FL alone in a formula's name is the milk sugar 2'-FL,
// no volume (fluidounces.go).
func TestFluidOuncesNeedTheirOz(t *testing.T) {
	runNameCases(t, []nameCase{
		{"2FL against a volume the catalogue states", "매일 앱솔루트 명작 2FL 액상분유 1단계 / 240ml 24개", "매일 앱솔루트 명작 액상 분유 1단계 240ml, 24개", "", "", "", ""},
		{"2FL on both sides", "명작 2FL 액상분유 / 240ml x 24", "명작 2FL 액상분유 240ml 24개", "", "", "", ""},
		{"fl oz written apart", "닥터지 선크림 / 50ml", "닥터지 선크림 1.69 fl oz", "", "", "", ""},
		{"fl. oz with a dot", "닥터지 선크림 / 50ml", "닥터지 선크림 1.69 FL. OZ", "", "", "", ""},
		{"fl oz still a volume", "닥터지 선크림 / 30ml", "닥터지 선크림 1.69fl oz", order.Block, "capacity", "30ml", "1.69fl"},
		{"fl 온스 still a volume", "닥터지 선크림 / 30ml", "닥터지 선크림 1.69 fl 온스", order.Block, "capacity", "30ml", "1.69 fl"},
	})
}
