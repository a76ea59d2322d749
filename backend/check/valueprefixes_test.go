package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// Two one-syllable prefixes of one closed set glued to one word name two values (valueprefixes.go)
// and ask for a look; the same word, a word the other name writes too and prefixes of two sets
// are not read.
func TestValuePrefixes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two colour stems on one word", "국산 양파 / 적양파 3kg", "국산 백양파 3kg, 1개", order.Warn, KindVariety, "적양파", "백양파"},
		{"the rest the start of the other's", "상추 모종 / 적축면 10개", "청축면상추 모종 10개, 1개", order.Warn, KindVariety, "적축면", "청축면상추"},
		{"with against without", "땜납 무연납 1.0mm 50g / 1개", "유연 땜납 1.0mm 50g, 1개", order.Warn, KindVariety, "무연납", "유연"},
		{"the same word", "국산 양파 / 적양파 3kg", "국산 적양파 3kg, 1개", "", "", "", ""},
		{"the other writes the word too", "국산 양파 / 적양파 3kg", "국산 적양파 백양파 혼합 3kg, 1개", "", "", "", ""},
		{"prefixes of two sets", "진주 목걸이 / 흑진주 40cm", "대진주 목걸이 40cm, 1개", "", "", "", ""},
	})
}

func TestValuePrefixesReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"국산 양파 / 적양파 3kg", "국산 백양파 3kg, 1개", "종류 적양파 ↔ 백양파"},
	})
}
