package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// Two names writing the goods' body size in words of different sizes (미니 / 라지, 포켓 / 라지,
// 스탠다드 / 점보) ask for a look (bodysizes.go); one name alone writing a size word, both writing
// the same size, or a name listing two sizes are not read.
func TestBodySizes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"small against large", "여행용 미니 백팩 / 네이비", "여행용 라지 백팩 네이비", order.Warn, KindSize, "미니", "라지"},
		{"pocket against large", "스프링 다이어리 포켓 / 무지", "스프링 다이어리 라지 무지", order.Warn, KindSize, "포켓", "라지"},
		{"standard against jumbo", "캠핑 해먹 스탠다드 / 그린", "캠핑 해먹 점보 그린", order.Warn, KindSize, "스탠다드", "점보"},
		{"glued before a shared word", "보드게임 점보카드 / 1세트", "보드게임 레귤러 카드 1세트", order.Warn, KindSize, "점보카드", "레귤러"},
		{"one side only", "여행용 미니 백팩 / 네이비", "여행용 백팩 네이비", "", "", "", ""},
		{"the same size", "스프링 다이어리 포켓 / 무지", "스프링 다이어리 pocket 무지", "", "", "", ""},
		{"a name listing two sizes", "캠핑 해먹 스탠다드 라지 / 그린", "캠핑 해먹 라지 그린", "", "", "", ""},
		{"a mini dress in the clothing size large", "미니 원피스 / L", "원피스, 라지", "", "", "", ""},
		{"a pocket shirt in the clothing size large", "포켓 셔츠 / L", "셔츠, 라지", "", "", "", ""},
		{"a mini dress in another clothing size", "미니 원피스 / M", "원피스, 라지", order.Block, KindSize, "M", "라지"},
		{"a small body against large, no clothing size", "미니 가습기 / 화이트", "가습기 라지, 화이트", order.Warn, KindSize, "미니", "라지"},
	})
}

func TestBodySizesReading(t *testing.T) {
	runReadingCases(t, []readingCase{
		{"여행용 미니 백팩 / 네이비", "여행용 라지 백팩 네이비", "사이즈 미니 ↔ 라지"},
	})
}

// TestBodySizeStartsAgree: every word of the body's size, in either case, passes the quick test
// of its start, so the test skips no word the list holds.
func TestBodySizeStartsAgree(t *testing.T) {
	for _, b := range bodySizeWords {
		for _, w := range []string{b.word, strings.ToUpper(b.word), b.word + "인덱스"} {
			assert.True(t, bodySizeStart(w), w)
			assert.True(t, mayStartWith(w, b.word), w)
		}
	}
	for _, w := range []string{"", "가방", "노트", "x", "인덱스"} {
		assert.False(t, bodySizeStart(w), w)
	}
}
