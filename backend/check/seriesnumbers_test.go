package check

import "testing"

// The number before 시리즈 names a maker's line, not a quantity to set against the other name's
// model code (round70, names of no table); another line or another code still alarms.
func TestSeriesNumberIsALine(t *testing.T) {
	for _, tc := range []struct {
		name, reg, exp string
		match          bool
	}{
		{"toothbrush line", "필립스 소닉케어 6100 시리즈 전동칫솔 HX6877 / 화이트", "Philips 소닉케어 전동칫솔 HX6877/21 화이트", true},
		{"blender line in English", "필립스 핸드블렌더 5000 series HR2545 / 본체", "PHILIPS 핸드블렌더 HR2545/90", true},
		{"another code", "필립스 핸드블렌더 5000 시리즈 HR2545 / 본체", "필립스 핸드블렌더 HR2531/90", false},
		{"another line", "필립스 9000 시리즈 면도기 S9986 / 단품", "필립스 7000 시리즈 면도기 S9986", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CompareNames(tc.reg, tc.exp)
			if got.Match != tc.match {
				t.Errorf("%s vs %s: match %v, want %v (%+v)", tc.reg, tc.exp, got.Match, tc.match, got.Differences)
			}
		})
	}
}
