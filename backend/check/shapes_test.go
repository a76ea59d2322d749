package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestShapes: assorted (모둠, 모듬) is a shape of its own against sticks (봉) (names of no table).
func TestShapes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"assorted is a shape of its own", "고래사 어묵 / 모둠 500g", "고래사 어묵 봉 500g", order.Block, KindShape, "모둠", "봉"},
		{"assorted spelt two ways", "고래사 어묵 / 모둠 500g", "고래사 모듬 어묵 500g", "", "", "", ""},
	})
}

// TestPrefixedRoundShapes: an oval (타원형) and a half round (반원형) are shapes of their own, not the
// round (원형) their last syllables spell (lexicon.go); names of no table.
func TestPrefixedRoundShapes(t *testing.T) {
	runNameCases(t, []nameCase{
		{"oval against round", "원목 벽거울 / 타원형 60cm", "원목 벽거울 원형 60cm, 1개", order.Block, KindShape, "타원형", "원형"},
		{"round against half round", "요가 폼롤러 / 원형 45cm", "요가 폼롤러 반원형 45cm, 1개", order.Block, KindShape, "원형", "반원형"},
		{"oval spelt three ways", "원목 벽거울 / 오벌 60cm", "원목 타원 벽거울 60cm, 1개", "", "", "", ""},
		{"half round spelt as the half moon", "쿠션 방석 / 반달형", "반원형 쿠션 방석, 1개", "", "", "", ""},
	})
}
