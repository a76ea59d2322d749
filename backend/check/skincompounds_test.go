package check

import "testing"

// TestSkinGluedBeforeAWord: 스킨 glued before another word (스킨케어) is the skin, not the toner
// called 스킨, so 스킨케어 against 케어 names no toner; 스킨 alone is still the toner.
func TestSkinGluedBeforeAWord(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "skincare against care", reg: "이니스프리 레티놀 스킨케어 앰플 / 30ml", exp: "이니스프리 레티놀 케어 앰플, 30ml, 1개"},
		{name: "skincare in brackets", reg: "[스킨케어 추천] 닥터지 세럼 / 50ml", exp: "닥터지 잡티 케어 세럼, 50ml, 1개"},
		{name: "the toner alone against a lotion", reg: "설화수 윤조 스킨 / 150ml", exp: "설화수 윤조 로션, 150ml, 1개",
			severity: "block", kind: KindGoods, r: "스킨", e: "로션"},
		{name: "the toner against a serum", reg: "이니스프리 그린티 스킨 / 200ml", exp: "이니스프리 그린티 세럼, 200ml, 1개",
			severity: "block", kind: KindGoods, r: "스킨", e: "세럼"},
	})
}
