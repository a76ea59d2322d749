package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// N종 counts the kinds in a set the other name sells as one set (setkinds.go); against one item it
// is still a count.
func TestSetKinds(t *testing.T) {
	runNameCases(t, []nameCase{
		{"kinds against one set", "원목 조각칼 공예 도구 / 5종세트", "원목 조각칼 세트, 1세트", "", "", "", ""},
		{"kinds against an assortment", "오뚜기 모둠 튀김 4종 / 800g", "오뚜기 모둠튀김 800g, 1개", "", "", "", ""},
		{"kinds against an n-in-1", "테팔 멀티 샌드위치 메이커 / 3종 플레이트", "테팔 샌드위치 메이커 3 in 1 플레이트, 1개", "", "", "", ""},
		{"kinds against one item", "원목 조각칼 공예 도구 / 5종세트", "원목 조각칼 평칼, 1개", order.Block, KindCount, "5개", "1개"},
		{"kinds against another n-in-1", "테팔 멀티 샌드위치 메이커 / 3종 플레이트", "테팔 샌드위치 메이커 2 in 1 플레이트, 1개", order.Block, KindCount, "3개", "1개"},
		{"kinds against other kinds", "원목 조각칼 공예 도구 / 5종세트", "원목 조각칼 세트 3종, 1세트", order.Block, KindCount, "5개", "3개"},
	})
}
