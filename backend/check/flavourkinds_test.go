package check

import "testing"

// The family of a fruit written beside its kind (샤인머스캣 꿀포도) is the same fruit against a name
// that writes the kind alone; the family against the kind, or another fruit, is still a difference
// (names of no table).
func TestFlavourFamilyBesideKind(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "shine muscat beside grape", reg: "[당일수확] 영동 샤인머스캣 달콤한 포도 / 1.5kg 선물용", exp: "영동 샤인머스캣 선물용, 1.5kg"},
		{name: "green grape beside grape", reg: "상주 청포도 햇포도 / 2kg", exp: "상주 청포도, 2kg"},
		{name: "grape against green grape", reg: "상주 포도 / 2kg", exp: "상주 청포도, 2kg", severity: "block", kind: KindFlavor, r: "포도", e: "청포도"},
		{name: "another fruit", reg: "영동 샤인머스캣 포도 / 1.5kg", exp: "영동 복숭아, 1.5kg", severity: "block", kind: KindFlavor, r: "샤인머스캣, 포도", e: "복숭아"},
	})
}
