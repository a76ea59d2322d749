package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLetterTAgainstTheOtherName: a whole number before T is tonnes or millimetres when the other
// name writes that number so, and stays a count of sticks or a thickness compared as T otherwise
// (names of no table).
func TestLetterTAgainstTheOtherName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"T against tonnes", "마스타 가위잭 / 2T", "MASTA 차량용 가위잭 2톤, 1개", "", "", "", ""},
		{"t against ton in Latin letters", "마스타 보틀잭 / 5t", "마스타 보틀잭 5ton, 1개", "", "", "", ""},
		{"tonnes that differ", "마스타 보틀잭 / 5T", "마스타 보틀잭 10톤, 1개", order.Block, KindCount, "5개", "1개"},
		{"ton and 톤 are one unit", "마스타 보틀잭 5ton / 1개", "마스타 보틀잭 5톤, 1개", "", "", "", ""},
		{"tonnes in two spellings that differ", "마스타 보틀잭 5ton / 1개", "마스타 보틀잭 10톤, 1개", order.Block, KindUnit, "5ton", "10톤"},
		{"T against millimetres", "포맥스 판 / 5T 300x200", "포맥스 판 5mm 300 x 200mm, 1장", "", "", "", ""},
		{"T against other millimetres", "포맥스 판 / 5T 300x200", "포맥스 판 3mm 300 x 200mm, 1장", order.Block, KindCount, "5개", "1개"},
		{"T on both sides stays a count", "녹차 티백 / 40T", "녹차 티백 1.2g 40T, 1개", "", "", "", ""},
		{"sticks against 개입", "커피믹스 / 12g x 20T", "커피믹스 12g, 20개입, 1개", "", "", "", ""},
	})
}
