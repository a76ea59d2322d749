package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 스몰 and small are the small body size beside 라지 and large (names of no table).
func TestSmallIsABodySize(t *testing.T) {
	runNameCases(t, []nameCase{
		{"regular against small", "써머레스트 발포매트 / 레귤러", "THERM-A-REST 매트 Small", order.Warn, KindSize, "레귤러", "Small"},
		{"regular against 스몰", "파우치 / 레귤러", "파우치 스몰", order.Warn, KindSize, "레귤러", "스몰"},
		{"small against large", "크로스백 스몰 / 블랙", "크로스백 라지 블랙", order.Block, KindSize, "스몰", "라지"},
		{"small spelled twice", "매트 / 스몰", "매트 Small", "", "", "", ""},
		{"small is mini", "크로스백 스몰 / 블랙", "미니 크로스백 블랙", "", "", "", ""},
		{"a shirt's size", "티셔츠 / Small", "티셔츠 S", "", "", "", ""},
	})
}
