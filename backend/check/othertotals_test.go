package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A total written beside the parts it adds up to is no other value against the parts alone;
// other parts, or the total alone against parts, still block.
func TestTotalBesideItsParts(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a set's servings and its parts", "모둠전 세트 6인분 명절 / 동그랑땡 3인분+꼬치전 3인분", "모둠전 동그랑땡 3인분 + 꼬치전 3인분 세트", "", "", "", ""},
		{"the total alone", "모둠전 세트 6인분 명절 / 동그랑땡 6인분", "모둠전 동그랑땡 3인분 + 꼬치전 3인분 세트", order.Block, KindUnit, "6인분", "3인분"},
		{"other parts", "모둠전 세트 6인분 명절 / 동그랑땡 3인분+꼬치전 3인분", "모둠전 동그랑땡 4인분 + 꼬치전 2인분 세트", order.Block, KindUnit, "6인분, 3인분", "4인분, 2인분"},
	})
}
