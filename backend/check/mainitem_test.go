package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestMainItemJoinedToAPart: the main item (본품, 본체) joined to a part is another composition than
// the part alone (names of no table).
func TestMainItemJoinedToAPart(t *testing.T) {
	runNameCases(t, []nameCase{
		{"the main item and refills against refills alone", "아로마티카 샤워필터 / 본품+리필 2개", "아로마티카 샤워필터 리필 2개", order.Block, KindBundle, "본품", ""},
		{"the main item joined on the exposed side", "스카트 청소포 / 30매", "스카트 밀대 본품 + 청소포 30매", order.Block, KindBundle, "", "본품"},
		{"both join the main item", "아로마티카 샤워필터 / 본품+리필 2개", "아로마티카 샤워필터 본품 1개 + 리필 2개", "", "", "", ""},
		{"the main item called 본체 and 본품", "브리타 정수기 / 본품 + 필터 3개", "브리타 정수기 세트 (본체+필터 3개)", "", "", "", ""},
		{"the main item called 본체 against the parts alone", "마끼다 충전드릴 / 본체 + 배터리 2개", "마끼다 충전드릴 배터리 2개", order.Block, KindBundle, "본체", ""},
	})
}
