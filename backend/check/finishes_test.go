package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestFinishes: two finishes of a cosmetic differ; the same finish does not (names of no table).
func TestFinishes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two finishes of a cushion", "로레알 인팔리블 쿠션 / 매트 120 바닐라", "로레알 인팔리블 쿠션 새틴 120 바닐라", order.Block, KindFinish, "매트", "새틴"},
		{"the same finish", "맥 립스틱 / 새틴 칠리", "맥 립스틱 새틴 칠리", "", "", "", ""},
	})
}
