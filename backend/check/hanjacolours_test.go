package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestHanjaColourLetters: the seller's option that writes a colour with its one-syllable letter
// (은, 황흑, 은장, 흑백) states the colour the catalogue writes out; another colour, or a letter
// the catalogue leaves out (녹황 against 황색), still blocks (names of no table).
func TestHanjaColourLetters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"은 for silver", "기념 메달 / 은 5개", "기념 메달 실버, 5개", "", "", "", ""},
		{"two letters, two colours", "안전 펜스 연결봉 / 1.5m 황흑", "안전 펜스 연결봉 1.5m, 노랑 검정", "", "", "", ""},
		{"은장: silver-plated", "명찰 뱃지 / 은장 20개", "명찰 뱃지 은색, 20개", "", "", "", ""},
		{"another colour", "기념 메달 / 금 5개", "기념 메달 실버, 5개", order.Block, KindColor, "", "실버"},
		{"a letter left out", "전기 테이프 / 녹황 10개", "전기 테이프 황색, 10개", order.Block, KindColor, "", "황색"},
	})
}

// TestHanjaMetal (review 33, names of no table): 백금 is platinum, not the colours white and gold.
func TestHanjaMetal(t *testing.T) {
	runNameCases(t, []nameCase{
		{"platinum against white gold", "커플링 / 백금", "커플링 화이트 골드, 1개", order.Block, KindColor, "", "화이트, 골드"},
		{"white and black letters", "바둑알 / 흑백", "바둑알 블랙 화이트, 1개", "", "", "", ""},
	})
}
