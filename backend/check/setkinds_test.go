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

// TestSingleItemAgainstASet: a single item or the basic package against a set or a combo; a set
// said on one side is wording (names of no table).
func TestSingleItemAgainstASet(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the basic package against a combo", "고프로 히어로12 액션캠 / 기본", "고프로 히어로12 액션캠 콤보", order.Block, KindPackage, "기본", "콤보"},
		{"the basic package beside a word of the other name", "인스타360 X3 / 기본 구성", "Insta360 인스타360 X3 액션캠 단품", "", "", "", ""},
		{"a single item against a set asks", "필립스 면도기 S5000 / 단품", "필립스 면도기 S5000 세트", order.Warn, KindPackage, "단품", "세트"},
		{"a set written as a full set", "필립스 면도기 S5000 / 세트", "필립스 면도기 S5000 풀세트", "", "", "", ""},
		{"the single item is the basic package", "인스타360 X4 / 단품", "인스타360 X4 기본 구성", "", "", "", ""},
		{"a set said on one side is wording", "필립스 면도기 S5000 / 1개", "필립스 면도기 S5000 세트 1개", "", "", "", ""},
	})
}
