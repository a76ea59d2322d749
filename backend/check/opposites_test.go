package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestOpposites: a word against its negation (접지, 비접지; 타공, 무타공) differs; the negation said on both
// sides, a word that only starts like a negation and a prefixed word spaced two ways do not (names
// of no table).
func TestOpposites(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an earthed plug against an unearthed one", "현대일렉트릭 멀티탭 / 접지 4구 3m", "현대일렉트릭 멀티탭 비접지 4구 3m", order.Block, KindOpposite, "접지", "비접지"},
		{"a drilled mount against a no-drill one", "이케아 커튼봉 / 무타공 120cm", "이케아 커튼봉 타공 120cm", order.Block, KindOpposite, "무타공", "타공"},
		{"the negation said on both sides", "현대일렉트릭 멀티탭 / 비접지 4구", "현대일렉트릭 비접지 멀티탭 4구", "", "", "", ""},
		{"a word that only starts like a negation", "닥터지 비타민 세럼 / 30ml", "닥터지 비타민 세럼 30ml 1개", "", "", "", ""},
		{"a prefixed word spaced two ways", "에스쁘아 비 글로우 쿠션 / 21호", "에스쁘아 비글로우 쿠션 21호", "", "", "", ""},
	})
}
