package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestBareInchFractions: a proper fraction of a half, a quarter or an eighth written bare is a
// fraction of an inch, the same as one written with 인치 or an inch mark; a scale, a mixed number
// or a fraction glued to a unit stays what it was (names of no table).
func TestBareInchFractions(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a bare drive against inches", "임팩 소켓 아답터 1/2 / 1개", "임팩트 소켓 아답터 1/2인치, 1개", "", "", "", ""},
		{"inches against a bare drive in the option", "복스 연결대 150mm / 3/8인치", "복스 연결대 3/8 150mm", "", "", "", ""},
		{"a bare quarter against an inch mark", "육각 비트 홀더 / 1/4", "육각 비트 홀더 1/4\", 1개", "", "", "", ""},
		{"another drive in inches", "임팩 소켓 아답터 1/2 / 1개", "임팩트 소켓 아답터 3/8인치, 1개", order.Block, KindLength, "1/2", "3/8인치"},
		{"a scale stays a scale", "다이캐스트 미니카 1/64 / 레드", "다이캐스트 미니카 1:64 레드", "", "", "", ""},
		{"a mixed number stays one number", "클라리넷 리드 3 1/2 / 5개", "클라리넷 리드 3.5호 5개", "", "", "", ""},
	})
}
