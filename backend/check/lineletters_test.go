package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A capital X or Z standing alone after a word or code both names write names the next line of
// the goods (lineletters.go) and asks for a look; an X that multiplies, a letter glued to a word
// (X-Large, X.O.), a letter the other name writes inside its code and a collaboration of two
// names (나이키 X 스투시) are not read.
func TestLineLetters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the line with its X", "로지텍 스트림캠 / 화이트", "로지텍 스트림캠 X 웹캠 화이트", order.Warn, KindModel, "스트림캠", "스트림캠 X"},
		{"a Z after a code", "밀레 STX3 Z / 블랙", "밀레 STX3 청소기 블랙, 1개", order.Warn, KindModel, "STX3 Z", "STX3"},
		{"both write the X", "로지텍 스트림캠 X / 화이트", "로지텍 스트림캠 X 웹캠 화이트", "", "", "", ""},
		{"an X that multiplies", "러그 / 120 X 180cm 그레이", "러그 120x180cm 그레이, 1개", "", "", "", ""},
		{"a letter glued to a size", "아기욕조 / 화이트", "아기욕조 X-Large 화이트, 1개", "", "", "", ""},
		{"the letter inside the other's code", "노코 부스트 X 점프스타터 / GBX40", "NOCO GBX40 점프스타터, 1개", "", "", "", ""},
		{"two colours joined", "실리콘 폰케이스 / 블랙 X 화이트", "실리콘 폰케이스 블랙 화이트, 1개", "", "", "", ""},
		{"a collaboration", "나이키 X 스투시 버킷햇 / 블랙", "나이키 버킷햇 블랙, 1개", "", "", "", ""},
	})
}

func TestLineLettersReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"로지텍 스트림캠 / 화이트", "로지텍 스트림캠 X 웹캠 화이트", "모델 스트림캠 ↔ 스트림캠 X"},
	})
}

// TestRomanTenIsNoLineLetter: an X after a word the other name writes with 10 after it (아이폰 X /
// 아이폰10) is the Roman ten, one model; a Z after a shared word is still a line's letter (review
// 28, names of no table).
func TestRomanTenIsNoLineLetter(t *testing.T) {
	runNameCases(t, []nameCase{
		{"iPhone X is iPhone 10", "아이폰 X 케이스 / 투명", "아이폰10 케이스 투명, 1개", "", "", "", ""},
		{"iPhone X written apart", "아이폰 X 강화유리 필름 / 2매", "아이폰 10 강화유리 필름 2매, 1개", "", "", "", ""},
		{"a Z line still asks for a look", "샤오미 미지아 Z 무선청소기 / 화이트", "샤오미 미지아 무선청소기 화이트, 1개", order.Warn, KindModel, "미지아 Z", "미지아"},
	})
}
