package check

import "testing"

// A weight written after 각 beside the weight of the whole (1.2kg (각 400g)) is what each part of
// the set weighs; against a name that writes the whole alone it is no other weight. Another
// whole, or the part alone on the other side, is still compared (names of no table).
func TestEachPartMeasure(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "three cuts of a gift set", reg: "[추석선물] 한우 정육세트 불고기 국거리 장조림 / 1.2kg (각 400g)", exp: "한우 정육세트 불고기+국거리+장조림, 1200g"},
		{name: "two sauces, glued", reg: "수제 소스 세트 바질 토마토 / 600ml(각300ml)", exp: "수제 소스 세트 바질+토마토, 600ml"},
		{name: "another whole", reg: "한우 정육세트 불고기 국거리 / 1.2kg (각 600g)", exp: "한우 정육세트 불고기+국거리, 1.5kg", severity: "block", kind: KindWeight, r: "1.2kg, 600g", e: "1.5kg"},
		{name: "the part alone on the other side", reg: "돼지 구이세트 항정살 가브리살 / 800g (각 400g)", exp: "돼지 구이세트 항정살, 400g", severity: "block", kind: KindWeight, r: "800g", e: "400g"},
	})
}
