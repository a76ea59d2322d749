package check

import "testing"

func TestTitleNamesSeveralKinds(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "pot and stew pot in one title", reg: "키친플라워 찌개 뚝배기 전골 냄비 / 16cm", exp: "키친플라워 뚝배기 16cm, 1개"},
		{name: "stew pot and wok in one title", reg: "라이프 가마솥 전골 냄비 웍 인덕션 / 28cm", exp: "라이프 인덕션 궁중팬 28cm, 1개"},
		{name: "the cut and the dish in the title", reg: "한성 한입 안심 떡갈비 도시락 / 500g", exp: "한성 떡갈비, 500g, 1개"},
		{name: "the option chooses the cut", reg: "국내산 돼지고기 / 목살 600g", exp: "국내산 돼지고기 삼겹살, 600g, 1개", severity: "block", kind: "kind", r: "목살", e: "삼겹살"},
		{name: "kind in the option is the goods", reg: "국내산 한돈 구이 / 목살 삼겹살 600g", exp: "국내산 목살 구이, 600g, 1개", severity: "block", kind: "kind", r: "한돈, 삼겹살", e: "목살"},
		{name: "two in one against one of them", reg: "아이깨끗해 샴푸 린스 2in1 / 500ml", exp: "아이깨끗해 샴푸, 500ml, 1개", severity: "block", kind: "kind", r: "린스", e: "샴푸"},
	})
}
