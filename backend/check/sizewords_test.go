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
		{"a size in two notations", "도그웰 배변패드 / 초대형 50매", "도그웰 배변패드 XL 초대형 50매", "", "", "", ""},
		{"two notations of another size", "도그웰 배변패드 / 초대형 50매", "도그웰 배변패드 L 대형 50매", order.Block, KindSize, "초대형", "L"},
	})
}
