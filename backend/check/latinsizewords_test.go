package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestLatinSizeWords: Small, Medium or Large alone is the size where the other name writes a
// letter size and this name none; elsewhere it stays a word (names of no table).
func TestLatinSizeWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"Large against M", "러닝 허리벨트 / 블랙 M", "Running Belt 러닝 허리벨트, 블랙, Large", order.Block, KindSize, "M", "Large"},
		{"Small against L", "강아지 하네스 / 레드 L", "Dog Harness 강아지 하네스 레드 Small, 1개", order.Block, KindSize, "L", "Small"},
		{"Medium is M", "강아지 하네스 / 레드 M", "Dog Harness 강아지 하네스 레드 Medium, 1개", "", "", "", ""},
		{"a roast where the other writes no size", "원두 커피 / Medium Roast 1kg", "원두 커피 미디엄 로스트 1kg, 1개", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"러닝 허리벨트 / 블랙 M", "Running Belt 러닝 허리벨트, 블랙, Large", "사이즈 M ↔ Large"},
	})
}
