package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFitsAndCuts: two fits or two cuts of clothes differ; a fit said on one side describes (names
// of no table).
func TestFitsAndCuts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two fits", "무신사 스탠다드 셔츠 / 오버핏 블루 L", "무신사 스탠다드 셔츠 슬림핏 블루 L", order.Block, KindFit, "오버핏", "슬림핏"},
		{"long is not short", "디스커버리 패딩 / 롱 블랙 L", "디스커버리 패딩 숏 블랙 L", order.Block, KindCut, "롱", "숏"},
		{"a fit said on one side describes", "무신사 스탠다드 셔츠 / 블루 L", "무신사 스탠다드 오버핏 셔츠 블루 L", "", "", "", ""},
	})
}
