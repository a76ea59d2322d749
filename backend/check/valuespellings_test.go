package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The loanword spellings of listed values a catalogue writes where the seller wrote the Korean
// word (스타 for 별, 오일리 for 지성, 격자무늬 for 체크, 마이크로화이버 for 극세사) are the value, so a
// value against its own spelling in the catalogue's variant place (variantplace.go) is no
// variant; two values of one kind still differ.
func TestValueSpellingsInTheVariantPlace(t *testing.T) {
	runNameCases(t, []nameCase{
		{"star", "아크릴 키링 / 별", "아크릴 키링 스타, 1개", "", "", "", ""},
		{"oily skin", "토너 / 지성", "토너 오일리, 1개", "", "", "", ""},
		{"sensitive skin", "바디로션 / 민감성 400ml", "바디로션 센서티브, 400ml", "", "", "", ""},
		{"check", "이불 / 체크 Q", "이불 격자무늬, 퀸", "", "", "", ""},
		{"microfiber", "수세미 / 극세사", "수세미 마이크로화이버, 1개", "", "", "", ""},
		{"heart against star", "아크릴 키링 / 하트", "아크릴 키링 스타, 1개", order.Block, KindShape, "하트", "스타"},
		{"스타 inside a word", "스타일러 / 화이트", "스타일러 흰색, 1개", "", "", "", ""},
	})
}

// TestNativeValueSpellings (review 33, names of no table): the native and loan spellings of a
// listed value in the catalogue's variant place are the value (동그라미, 네모, 스타형, 타탄).
func TestNativeValueSpellings(t *testing.T) {
	runNameCases(t, []nameCase{
		{"circle", "스티커 / 원형 50매", "스티커 동그라미, 50매", "", "", "", ""},
		{"square", "도마 / 사각", "도마 네모, 1개", "", "", "", ""},
		{"star-shaped", "키링 / 별", "키링 스타형, 1개", "", "", "", ""},
		{"tartan", "파자마 / 체크 L", "파자마 타탄, L", "", "", "", ""},
		{"a circle is no heart", "스티커 / 하트 50매", "스티커 동그라미, 50매", order.Block, KindShape, "하트", "동그라미"},
	})
}
