package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A binder's or a diary's sheets (속지) are a refill by nature: a title that writes 리필 beside
// them names no refill the catalogue leaves out; other holes, or the binder itself, still differ.
func TestRefillSheets(t *testing.T) {
	runNameCases(t, []nameCase{
		{"binder sheets", "A4 바인더 속지 투명 포켓 리필 / 30공 50매", "A4 30공 바인더 속지 50장", "", "", "", ""},
		{"diary sheets", "6공 다이어리 속지 리필 / 먼슬리", "6공 다이어리 속지 먼슬리", "", "", "", ""},
		{"other holes", "A4 바인더 속지 투명 리필 / 30공 100매", "바인더 속지 20공 100매", order.Block, KindUnit, "30공", "20공"},
		{"the binder itself", "A4 바인더 속지 리필 / 30공", "A4 30공 바인더", order.Block, KindRefill, "리필", ""},
	})
}
