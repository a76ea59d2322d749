package check

import "testing"

// TestSkinTypeOfTheScalp: 두피 after a skin type (지성두피용, 건성두피) is the skin of the head,
// so the type is read as in 지성피부용 — the type of scalp a tonic or shampoo is for.
func TestSkinTypeOfTheScalp(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "oily scalp against dry", reg: "TS 샴푸 건성두피용 / 500ml", exp: "TS 샴푸 지성두피용, 500ml, 1개",
			severity: "block", kind: KindSkin, r: "건성두피용", e: "지성두피용"},
		{name: "scalp type against the type alone", reg: "헤어토닉 지성두피용 쿨링 / 80ml", exp: "헤어토닉 건성용, 80ml, 1개",
			severity: "block", kind: KindSkin, r: "지성두피용", e: "건성용"},
		{name: "sensitive against oily scalp", reg: "닥터포헤어 폴리젠 샴푸 민감성두피용 / 500ml", exp: "닥터포헤어 폴리젠 샴푸 지성두피용, 500ml, 1개",
			severity: "block", kind: KindSkin, r: "민감성두피용", e: "지성두피용"},
		{name: "same scalp type spaced", reg: "려 자양윤모 샴푸 지성두피용 / 400ml", exp: "려 자양윤모 샴푸 지성 두피용, 400ml, 1개"},
		{name: "scalp type against the type alone, same", reg: "헤어토닉 건성두피용 / 150ml", exp: "헤어토닉 건성용, 150ml, 1개"},
	})
}
