package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestInitialLetters: where a name says its goods carry a letter (이니셜, 알파벳, letter), a letter
// written alone is the letter chosen, also a letter that is a size elsewhere (M); the same letter,
// or a letter one name leaves out, passes (names of no table).
func TestInitialLetters(t *testing.T) {
	runNameCases(t, []nameCase{
		{"engraved K against M", "은 목걸이 이니셜 각인 / 이니셜 K", "이니셜 각인 은 목걸이, M", order.Block, KindInitial, "K", "M"},
		{"알파벳 against Letter", "신발 참 알파벳 / C", "Shoe Charm Letter G, 1개", order.Block, KindInitial, "C", "G"},
		{"the same letter", "가죽 키링 이니셜 / 브라운 J", "이니셜 가죽 키링 J 브라운, 1개", "", "", "", ""},
		{"a letter one name leaves out", "가죽 키링 이니셜 / 브라운 J", "이니셜 가죽 키링 브라운, 1개", "", "", "", ""},
		{"no letter word: M is the size", "면 티셔츠 / 블랙 M", "면 티셔츠 블랙 L, 1개", order.Block, KindSize, "M", "L"},
	})
	runReadingCases(t, []readingCase{
		{"은 목걸이 이니셜 각인 / 이니셜 K", "이니셜 각인 은 목걸이, M", "이니셜 K ↔ M"},
	})
}
