package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A short code of letters and digits right after a Hangul word both names write, against two or
// three capital letters right after the same word (a car's generation: 투싼 NX4 / 투싼 TL), names
// two models (slotcodes.go); the same code, a Latin shared word, a word of the vocabulary (TV) and
// a part number do not.
func TestTwoCodesInOneSlot(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a generation code against a generation in letters", "투싼 NX4 전용 트렁크매트 / 블랙", "현대 투싼 TL 트렁크 매트 검정", order.Block, KindModel, "NX4", "TL"},
		{"the letters on the registered side", "그랜저 TG / 앞좌석 햇빛가리개", "그랜저 GN7 앞좌석 햇빛가리개", order.Block, KindModel, "TG", "GN7"},
		{"the same code", "투싼 NX4 전용 트렁크매트 / 블랙", "현대 투싼 NX4 트렁크 매트 검정", "", "", "", ""},
		{"a Latin shared word", "마이크론 NVMe M.2 / 1TB", "마이크론 NVMe SSD 1TB", "", "", "", ""},
		{"a word of the vocabulary after the shared word", "실리콘 리모컨 커버 / 삼성 BN59", "삼성 TV 리모컨 실리콘 커버", "", "", "", ""},
		{"a part number is no generation", "스텐 오일필터 / 현대 OX183", "스텐 오일필터 현대 DIY", "", "", "", ""},
	})
}

func TestTwoCodesInOneSlotReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"투싼 NX4 전용 트렁크매트 / 블랙", "현대 투싼 TL 트렁크 매트 검정", "모델 NX4 ↔ TL"},
	})
}

// TestOneLetterCodeIsNoGeneration: a code of one letter after the goods (볼트 M8, 전구 E26) is a
// size or a standard, and the capitals the other name writes there (SUS, LED) a material or a
// kind: no two models. Two generations of a car still differ (review 28, names of no table).
func TestOneLetterCodeIsNoGeneration(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a bolt's thread and its steel", "볼트 M8 / 50mm", "볼트 SUS 50mm, 1개", "", "", "", ""},
		{"a bulb's socket and its kind", "전구 E26 / 10W", "전구 LED 10W, 1개", "", "", "", ""},
		{"two generations of a car", "아반떼 CN7 / 시트커버", "아반떼 AD 시트커버, 1개", order.Block, KindModel, "CN7", "AD"},
	})
}
