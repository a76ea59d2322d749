package check

import "testing"

func TestOppositeOfAWordSpelledAnotherWay(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "알코올 against 무알콜", reg: "손 소독 젤 / 알코올 500ml", exp: "손 소독 젤 무알콜, 500ml", severity: "block", kind: KindOpposite, r: "알코올", e: "무알콜"},
		{name: "무알콜 against 알코올", reg: "구강 가글 / 무알콜 750ml", exp: "구강 가글 알코올 750ml", severity: "block", kind: KindOpposite, r: "무알콜", e: "알코올"},
		{name: "무알콜 against 무알코올", reg: "구강 가글 / 무알콜 750ml", exp: "구강 가글 무알코올 750ml"},
	})
}
