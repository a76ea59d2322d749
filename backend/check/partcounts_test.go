package check

import (
	"testing"

	"sellerdesk/backend/order"
)

// A number glued to each part of a list joined by plus signs counts that part (벨1 + 버튼2
// against 벨 1개 + 버튼 2개); it is no generation of the part.
func TestPartCountsInList(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "glued counts against counts apart", reg: "무선 초인종 세트 / 벨1 + 버튼2", exp: "무선 초인종 세트, 벨 1개 + 버튼 2개"},
		{name: "glued counts against counts apart, the other way", reg: "공기청정기 세트, 본체 1개 + 필터 3개", exp: "공기청정기 세트 / 본체1 + 필터3"},
		{name: "one glued part beside a counted one", reg: "무선 초인종 세트 / 벨1 + 버튼 2개", exp: "무선 초인종 세트, 벨 1개 + 버튼 2개"},
		{name: "another count of a part still blocks", reg: "무선 초인종 세트 / 벨1 + 버튼2", exp: "무선 초인종 세트, 벨 1개 + 버튼 3개",
			severity: order.Block, kind: KindCount, r: "1개(표기 없음)", e: "3개"},
		{name: "a numbered word alone is still a generation", reg: "무선 초인종 / 벨2", exp: "무선 초인종 벨, 1개",
			severity: order.Block, kind: KindModel, r: "벨2", e: "벨"},
	})
}
