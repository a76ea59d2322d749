package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two letter codes standing alone that differ by one letter, added at an end or changed, name
// two models (lettercodes.go) and ask for a look; a code the other name writes inside another
// code, letters glued to a word, a plus alone, US / USA and two sizes are not read.
func TestLetterCodes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a letter added at the end", "말레 캐빈필터 / LAK 120", "MAHLE LA 120 캐빈필터, 1개", order.Warn, KindModel, "LAK", "LA"},
		{"a letter added in front", "쿠쿠 전기밥솥 HW 10인용 / 화이트", "쿠쿠 전기밥솥 SHW 10인용 화이트, 1개", order.Warn, KindModel, "HW", "SHW"},
		{"one letter changed", "스노우라인 텐트 / LDV+", "스노우라인 텐트 LDW+, 1개", order.Warn, KindModel, "LDV+", "LDW+"},
		{"a single letter against two", "아기띠 / 베이지 S", "아기띠 베이지, SL, 1개", order.Warn, KindModel, "S", "SL"},
		{"the same code", "말레 캐빈필터 / LAK 120", "MAHLE LAK 120 캐빈필터, 1개", "", "", "", ""},
		{"the other writes it in a code", "필립스 UV 살균기 / UP-C3", "필립스 살균기 UP C3, 1개", "", "", "", ""},
		{"letters glued to a word", "삼성 메모리 / SD카드 64GB", "삼성 SDXC 64GB, 1개", "", "", "", ""},
		{"a plus alone is the grade rule's", "이썬 필라멘트 / ABS+ 1kg", "이썬 ABS 필라멘트 1kg, 1개", order.Block, KindGrade, "ABS+", "ABS"},
		{"a country in two and three letters", "닌텐도 스위치 게임 / US 버전", "닌텐도 스위치 게임 USA, 1개", "", "", "", ""},
	})
}

func TestLetterCodesReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"말레 캐빈필터 / LAK 120", "MAHLE LA 120 캐빈필터, 1개", "모델 LAK ↔ LA"},
	})
}

// TestLetterCodeWithoutItsHyphen: a letter code written with or without its hyphen names the model,
// so the model's colour may be left out beside it; Wi-Fi is no model code and another letter code
// still asks (names of no table).
func TestLetterCodeWithoutItsHyphen(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a letter code written without its hyphen", "로데 NT-USB 마이크 / 1개", "RODE NTUSB 마이크 1개", "", "", "", ""},
		{"the model's colour left out beside a letter code", "로데 NT-USB 마이크 / 블랙", "RODE NTUSB 마이크", "", "", "", ""},
		{"wi-fi is no model code", "아이피타임 공유기 Wi-Fi / 화이트", "아이피타임 공유기 WiFi", order.Block, KindColor, "화이트", ""},
		{"another letter code still asks", "로데 NT-USB 마이크 / 1개", "RODE PODMIC 마이크 1개", order.Warn, KindWord, "NT-USB", "PODMIC"},
	})
}
