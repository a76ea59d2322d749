package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 프로 glued after a number the other name writes as a per cent is that per cent (percentpro.go);
// after a number the other writes otherwise it is still a Pro model. Names of no table.
func TestPercentPro(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a shade cloth's per cent", "차광막 사각 그늘막 / 75% 4m x 6m", "사각 차광막 75프로 400 x 600, 1개", "", "", "", ""},
		{"a juice's per cent", "착즙 사과주스 / 100% 1L x 6", "사과 착즙주스 100프로 1L, 6개", "", "", "", ""},
		{"a model's Pro", "아이폰16 실리콘 케이스 / 블랙", "아이폰16프로 실리콘 케이스 블랙", order.Block, KindVariant, "", "16프로"},
	})
}
