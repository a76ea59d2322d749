package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPatterns: a pattern in three forms is one pattern; two patterns differ (names of no table).
func TestPatterns(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a pattern in three forms", "닥스 넥타이 / 네이비 스트라이프", "DAKS 닥스 타이 남색 줄무늬", "", "", "", ""},
		{"two patterns", "닥스 넥타이 / 네이비 스트라이프", "닥스 넥타이 네이비 도트", order.Block, KindPattern, "스트라이프", "도트"},
	})
}
