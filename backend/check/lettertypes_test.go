package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A capital letter glued to a Hangul word names a type by the letter's shape (lettertypes.go):
// two such words with different letters ask for a look; the same letter, a letter word the other
// name writes and one it spells out in Hangul are not read.
func TestLetterTypes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two letters before one word", "등산 스틱 손잡이 / T형 블랙", "I형 등산 스틱 손잡이 블랙, 1개", order.Warn, KindVariety, "T형", "I형"},
		{"two letters before two words for one part", "카라비너 키링 / D고리 실버", "카라비너 키링 S후크 실버, 1개", order.Warn, KindVariety, "D고리", "S후크"},
		{"a letter type in the option against one in the title", "자동차 시트 커버 / H타입 베이지", "자동차 V타입 시트 커버 베이지, 1개", order.Warn, KindVariety, "H타입", "V타입"},
		{"the same letter", "멀티 충전 케이블 / C타입 1m", "멀티 충전 케이블 C포트 1m, 1개", "", "", "", ""},
		{"the letter word written by the other", "등산 스틱 손잡이 / T형 블랙", "t형 등산 스틱 손잡이 블랙, 1개", "", "", "", ""},
		{"the letter spelled out in Hangul", "실리콘 오링 P규격 / P-20 50개", "실리콘 O링 P20 50개입, 1개", "", "", "", ""},
		{"the letter standing alone in the other name", "고속 충전 케이블 1m / C타입", "고속 충전 케이블 A타입 to USB-C 1m, 1개", "", "", "", ""},
		{"a letter type on one side only", "등산 스틱 손잡이 / T형 블랙", "등산 스틱 손잡이 블랙, 1개", "", "", "", ""},
	})
}

func TestLetterTypesReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"등산 스틱 손잡이 / T형 블랙", "I형 등산 스틱 손잡이 블랙, 1개", "종류 T형 ↔ I형"},
	})
}
