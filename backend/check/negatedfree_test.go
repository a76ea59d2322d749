package check

import "testing"

// A word followed by 프리 / free / 제로 is left out of the goods, as the negated word (무알콜)
// says: not its opposite.
func TestNegatedWordAgainstFree(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "무알콜 against 알코올 프리", reg: "무알콜 물티슈 / 100매", exp: "물티슈 100매 알코올 프리"},
		{name: "무알코올 against alcohol free", reg: "무알코올 토너 / 200ml", exp: "토너 alcohol free 200ml"},
		{name: "무알콜 against 알코올 still the opposite", reg: "무알콜 손소독 티슈 / 50매", exp: "알코올 티슈 50매", severity: "block", kind: KindOpposite, r: "무알콜", e: "알코올"},
	})
}
