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
		{"x before a number still multiplies", "베베숲 물티슈 / 70매 x10", "베베숲 물티슈 70매 10팩", "", "", "", ""},
		{"a box's three sides without a unit", "한진 택배박스 5호 / 20매", "한진 택배 박스 5호 480x380x340 20장", "", "", "", ""},
		{"a square size in inches", "모닝글로리 점착메모 / 76x76mm 12패드", "모닝글로리 점착메모 3x3인치 12패드", "", "", "", ""},
		{"another square size", "모닝글로리 점착메모 / 76x76mm 12패드", "모닝글로리 점착메모 3x5인치 12패드", order.Block, KindLength, "76", "5인치"},
		{"a card size in inches", "모닝글로리 점착메모 / 76x127mm 12패드", "모닝글로리 점착메모 3x5인치 12패드", "", "", "", ""},
		{"a count times a length still counts", "유그린 HDMI 케이블 / 3m 2개", "유그린 HDMI 케이블 2 x 3m", "", "", "", ""},
		{"a count times a length that differs", "유그린 HDMI 케이블 / 3m 1개", "유그린 HDMI 케이블 2 x 3m", order.Block, KindCount, "1개", "2개"},
		{"a bolt's size with and without spaces", "육각볼트 / 10x40mm 50개", "육각볼트 10 x 40mm 50개입", "", "", "", ""},
		{"a bolt's size without its unit", "육각볼트 / 10x40mm 50개", "육각볼트 10X40 50개", "", "", "", ""},
		{"another number of bolts still differs", "육각볼트 / 10x40mm 50개", "육각볼트 10x40mm 100개", order.Block, KindCount, "50개", "100개"},
	})
}
