package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestPULeatherSaidApart: 가죽 and PU written apart in one name are PU leather, the same as PU 가죽
// or 인조가죽 in the other; real leather still differs from it (names of no table).
func TestPULeatherSaidApart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"가죽 … PU against PU 가죽", "가죽 마우스패드 PU 방수 / 블랙 900x400", "방수 PU 가죽 마우스 패드 90 x 40 cm 블랙, 1개", "", "", "", ""},
		{"가죽 … PU against 인조가죽", "가죽 카드지갑 PU / 브라운", "인조가죽 카드 지갑 갈색, 1개", "", "", "", ""},
		{"가죽 … PU against 소가죽", "가죽 카드지갑 PU / 브라운", "소가죽 카드 지갑 갈색, 1개", order.Block, KindMaterial, "가죽", "소가죽"},
	})
}
