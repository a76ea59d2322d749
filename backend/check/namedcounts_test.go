package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// TestCountWrittenBare: a count whose number the other name, which counts nothing, writes as a
// number of its own (a volume, the last of a numbered run, a pack of 10 colours) is no count
// that conflicts; the catalogue's count of sale units and a number inside a code still are
// (names of no table).
func TestCountWrittenBare(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a volume number against the volume counted", "나루토 만화책 / 72", "나루토 72권", "", "", "", ""},
		{"the last of a numbered run", "축구 번호 조끼 / 1~11번 노랑", "축구 번호 조끼 노랑 11벌", "", "", "", ""},
		{"the catalogue's count of sale units still counts", "캠핑 의자 / 2인용", "캠핑 의자, 2개", order.Block, KindCount, "1개(표기 없음)", "2개"},
		{"a number inside a code is no count", "다이슨 청소기 / V12", "다이슨 청소기 12개", order.Block, KindCount, "1개(표기 없음)", "12개"},
	})
}
