package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// The word after 교체용 that is no part sold alone (spareparts.go): a part with 포함 after it comes
// with the goods, 부속 names no part of its own, and a part's last word the other name writes
// inside a word of its own (꼭지 of 젖꼭지) is written; names of no table.
func TestSparePartsNotAlone(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a lid included", "밀폐용기 유리 교체용 뚜껑 포함 / 500ml 3개", "밀폐용기 유리 500ml, 3개", "", "", "", ""},
		{"a lid included, glued", "보온병 교체용 마개포함 / 350ml", "보온병 350ml, 1개", "", "", "", ""},
		{"부속 names no part", "방충망 롤러 교체용 부속 / 2개", "방충망 롤러, 2개", "", "", "", ""},
		{"부속품 names no part", "샤워기 헤드 교체용 부속품 / 1개", "샤워기 헤드, 1개", "", "", "", ""},
		{"the part's last word inside a word", "분무기 교체용 펌프 헤드 / 1개", "분무기 스프레이헤드, 1개", "", "", "", ""},
		{"a part alone still read", "밀폐용기 교체용 뚜껑 / 500ml", "밀폐용기 500ml, 1개", order.Warn, KindBundle, "교체용 뚜껑", ""},
		{"a part with 부속 after it still read", "선풍기 교체용 날개 부속 / 1개", "선풍기 스탠드형, 1개", order.Warn, KindBundle, "교체용 날개", ""},
	})
}
