package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestNumbersJoinedByAnX: numbers joined by an x are the sides of a size (a box, a sheet, a bolt, a
// grid ratio) or a count times a measure; another side or another count still differs (names of no
// table).
func TestNumbersJoinedByAnX(t *testing.T) {
	runNameCases(t, []nameCase{
		{"x between numbers still multiplies", "물티슈 / 100매 x 10팩", "물티슈 100매 10팩", "", "", "", ""},
		{"a ratio is no count", "엘지 모니터 27인치 / 16:9", "LG 모니터 27인치 와이드 16대9", "", "", "", ""},
		{"two sizes of two dimensions", "3M 포스트잇 노트 / 51x76 노랑", "3M 포스트잇 노트 51x102 노랑", order.Block, KindLength, "76", "102"},
		{"a size and its width alone", "한샘 책상 / 1200x600 화이트", "한샘 책상 1200 화이트", "", "", "", ""},
	})
}
