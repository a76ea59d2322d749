package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// 양손 names gloves of both hands, a whole of two parts like 좌우: against one hand's glove (오른손)
// it is another composition; one hand against the same hand, or 양손 written by both, matches, and
// a tool held in both hands (양손 전정가위) names no hand of its own (names of no table).
func TestBothHands(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a pair of gloves against the right hand's", "실리콘 설거지 장갑 / 양손", "설거지 장갑 오른손, 1개", order.Block, KindBundle, "양손", "오른손"},
		{"the left hand's against a pair", "가죽 골프장갑 / 왼손 23호", "골프장갑 양손 23호, 1개", order.Block, KindBundle, "왼손", "양손"},
		{"the same hand", "가죽 골프장갑 / 왼손 23호", "골프장갑 왼손 23호, 1개", "", "", "", ""},
		{"a pair and no hand written", "실리콘 설거지 장갑 / 양손", "설거지 장갑, 1개", "", "", "", ""},
		{"a two-handed tool", "양손 전정가위 / 60cm", "양손 전정가위 60cm", "", "", "", ""},
	})
	runReadingCases(t, []readingCase{
		{"실리콘 설거지 장갑 / 양손", "설거지 장갑 오른손, 1개", "구성 양손 ↔ 오른손"},
	})
}
