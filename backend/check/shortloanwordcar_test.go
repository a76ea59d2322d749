package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCarWrittenInHangul: 카 is car, one consonant too short for the sound key, listed with the
// short loanwords; a bus is still no car (names of no table).
func TestCarWrittenInHangul(t *testing.T) {
	runNameCases(t, []nameCase{
		{"car in Hangul against car in Latin", "마쯔다 미니어처 카 컬렉션 / 1대", "Mazda Miniature Car Collection 다이캐스트, 1개", "", "", "", ""},
		{"a car against a bus", "마쯔다 미니어처 카 컬렉션 / 1대", "Mazda Miniature Bus Collection 다이캐스트, 1개", order.Warn, KindWord, "카", "다이캐스트"},
	})
}
