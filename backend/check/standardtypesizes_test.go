package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestStandardTypeBesideASize: 일반형 beside a letter size (일반형 (대)) is a type and a size, so
// the other name writing the size or the type alone is no other size; another size still
// blocks (names of no table).
func TestStandardTypeBesideASize(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the size alone", "접이식 빨래건조대 / 일반형 (대)", "접이식 빨래 건조대 대형, 1개", "", "", "", ""},
		{"the type alone", "[대형] 접이식 빨래건조대 / 화이트 일반형", "접이식 빨래 건조대 일반형, 화이트", "", "", "", ""},
		{"another size", "접이식 빨래건조대 / 일반형 (대)", "접이식 빨래 건조대 소형, 1개", order.Block, KindSize, "일반형, 대", "소형"},
	})
}
