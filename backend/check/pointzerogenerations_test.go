package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A generation written with a point and a zero (파워건 3.0) is the generation 3: against the
// name without it, two models; against 3 one model; a version of a standard (블루투스 5.3,
// USB 3.0) is not read so (names of no table).
func TestPointZeroGenerations(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a vacuum's third model against the first", "무선 청소기 파워건 3.0 / 블랙", "무선 청소기 파워건 블랙, 1개", order.Block, KindModel, "파워건 3.0", "파워건"},
		{"a compass line's second model against another line", "등산 나침반 Ranger 2.0 / 단품", "등산 나침반 Ranger S, 1개", order.Block, KindModel, "Ranger 2.0", "Ranger"},
		{"the same generation written without the point", "무선 청소기 파워건 3.0 / 블랙", "무선 청소기 파워건 3 블랙, 1개", "", "", "", ""},
		{"a standard's version", "USB 3.0 허브 4포트 / 그레이", "USB 허브 4포트 그레이, 1개", "", "", "", ""},
		{"a decimal that is no whole number", "블루투스 5.3 이어폰 / 블랙", "블루투스 이어폰 블랙, 1개", "", "", "", ""},
	})
}
