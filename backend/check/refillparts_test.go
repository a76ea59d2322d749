package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 리필 before a part the other name writes is the same part (refillparts.go); 리필 after the goods
// or before a container still says other goods.
func TestRefillOfNamedPart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a refill sheet against the sheet", "LED 모기 포충기 끈끈이 리필 시트 / 5매", "LED 모기 포충기 끈끈이 시트, 5매", "", "", "", ""},
		{"a refill insert against the insert written glued", "다이어리 리필 속지 / A5 6공", "다이어리 리필속지 A5 6공, 1개", "", "", "", ""},
		{"a refill pack of the product", "퍼실 딥클린 세탁세제 / 2.7L", "퍼실 딥클린 세탁세제 리필 2.7L, 1개", order.Block, KindRefill, "", "리필"},
		{"a container to refill", "여행용 소분 공병 / 100ml", "여행용 리필 공병 100ml, 1개", order.Block, KindRefill, "", "리필"},
	})
}

// TestRefillAgainstTheFullProduct: a refill pack or type against the full product or a cap type
// differs; both sides selling the refill, a refill that is not, or a refill type on one side does
// not (names of no table).
func TestRefillAgainstTheFullProduct(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a cap type against a refill type", "베베숲 물티슈 / 캡형 70매 10팩", "베베숲 물티슈 리필형 70매 10팩", order.Block, KindRefill, "캡형", "리필형"},
		{"a refill said on one side only is wording", "베베숲 물티슈 / 70매 10팩", "베베숲 물티슈 리필형 70매 10팩", "", "", "", ""},
		{"a refill pouch of a body wash", "해피바스 바디워시 / 900g", "해피바스 바디워시 리필 900g", order.Block, KindRefill, "", "리필"},
		{"both sides sell the refill", "해피바스 바디워시 리필 / 900g", "해피바스 바디워시 900g 리필", "", "", "", ""},
		{"a refill that is not", "해피바스 바디워시 / 900g", "해피바스 바디워시 900g 리필 아님 본품", "", "", "", ""},
		{"a refill type said on one side stays wording", "잘풀리는집 물티슈 / 100매 10팩", "잘풀리는집 물티슈 리필형 100매 10팩", "", "", "", ""},
	})
}

// TestRefillOfADevice: a device's refill is its consumable part (blades, brush heads, a replacement
// filter); the device itself is not its part (names of no table).
func TestRefillOfADevice(t *testing.T) {
	runNameCases(t, []nameCase{
		{"blades written as the razor's refill", "도루코 페이스6 면도날 / 4입", "도루코 페이스6 면도기 리필 4개", "", "", "", ""},
		{"brush heads written as the toothbrush's refill", "오랄비 전동칫솔 칫솔모 / 4개", "오랄비 전동칫솔 리필 4개", "", "", "", ""},
		{"the razor itself is not its blades", "도루코 페이스6 면도날 / 4입", "도루코 페이스6 면도기 4개", order.Warn, KindWord, "면도날", "면도기"},
		{"a replacement filter", "브리타 정수기 필터 / 3개입", "브리타 교체 필터 3개입", "", "", "", ""},
	})
}
