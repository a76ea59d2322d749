package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestSizeWords: size words (대과, 중과, 표준형, 대형, 초대형, L) differ from one another; one size in two
// notations side by side, or a standard size said on one side, does not (names of no table).
func TestSizeWords(t *testing.T) {
	runNameCases(t, []nameCase{
		{"two sizes of fruit", "성주 참외 / 3kg 대과", "성주 꿀참외 3kg 중과", order.Block, KindSize, "대과", "중과"},
		{"the standard size is not the large one", "스카트 청소포 / 표준형 30매", "스카트 청소포 대형 30매", order.Block, KindSize, "표준형", "대형"},
		{"the standard size said on one side", "스카트 청소포 / 표준형 30매", "스카트 청소포 30매", "", "", "", ""},
	})
}
