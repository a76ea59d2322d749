package check

import "testing"

// 무설탕 and 제로 written together say once that the goods hold no sugar: against a name that
// writes one of them the other is no other flavour; sugar added, or another flavour, is still a
// difference (names of no table).
func TestSugarFreeSaidTwice(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "zero beside sugar-free", reg: "펩시 제로 무설탕 라임 / 355ml 24캔", exp: "펩시 제로슈거 라임, 355ml, 24개"},
		{name: "unsweetened beside zero", reg: "[다이어트] 탄산수 무가당 제로 레몬 / 500ml 20개", exp: "탄산수 레몬 무설탕, 500ml, 20개"},
		{name: "sugar added", reg: "두유 무가당 제로 / 190ml 24팩", exp: "두유 가당, 190ml, 24개", severity: "block", kind: KindFlavor, r: "무가당, 제로", e: "가당"},
		{name: "another flavour", reg: "펩시 제로 무설탕 라임 / 355ml 24캔", exp: "펩시 제로슈거 망고, 355ml, 24개", severity: "block", kind: KindFlavor, r: "라임", e: "망고"},
	})
}
