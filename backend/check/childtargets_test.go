package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A name that calls its goods children's twice (주니어 … 아동) against one that writes only the
// children's word is the same goods; one children's value against another still blocks (names of
// no table).
func TestChildTargetSaidTwiceIsOne(t *testing.T) {
	runNameCases(t, []nameCase{
		{"junior and child against kids", "아레나 주니어 수영모 어린이 실리콘 / 블루", "arena 키즈 실리콘 수영모, 블루", "", "", "", ""},
		{"junior tag and child shoe", "[주니어] 아디다스 아동 운동화 코파 / 200", "아디다스 키즈 코파 운동화, 200mm", "", "", "", ""},
		{"junior alone against kids", "아레나 주니어 수영모 실리콘 / 블루", "arena 토들러 실리콘 수영모, 블루", order.Block, attrTarget, "주니어", "토들러"},
		{"kids against a toddler line", "아레나 주니어 수영모 어린이 실리콘 / 블루", "arena 토들러 실리콘 수영모, 블루", order.Block, attrTarget, "주니어", "토들러"},
	})
}
