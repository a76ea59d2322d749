package check

import "testing"

// A count in parentheses after a measure in a trade unit (3손 (6마리)) counts what the unit holds:
// against the same measure it is no other count; another measure in the unit is still another
// quantity (names of no table).
func TestUnitContentsCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "three hands of mackerel", reg: "[산지직송] 안동 간고등어 특대 / 3손 (6마리)", exp: "안동 간고등어 특대, 3손"},
		{name: "one hand of mackerel", reg: "제주 손질 고등어 순살 / 1손 (2마리)", exp: "제주 손질 고등어, 1손"},
		{name: "another number of hands", reg: "안동 간고등어 / 3손 (6마리)", exp: "안동 간고등어, 5손", severity: "block", kind: KindCount, r: "6개", e: "1개(표기 없음)"},
		{name: "three packs of the hand", reg: "안동 간고등어 / 1손 (2마리)", exp: "안동 간고등어, 1손, 3개", severity: "block", kind: KindCount, r: "2개", e: "3개"},
	})
}
