package check

import "testing"

// A fraction of an inch under one inch (a chain's pitch, a coupler's bore) against a length ten
// times it or more is another measure: a look, not a held box; two fractions, or a fraction and
// a bore in millimetres, or another bar length, are still compared (names of no table).
func TestPitchBesideTheBar(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "bar against pitch", reg: "후스크바나 체인톱 체인 18인치 / 68날", exp: "Husqvarna H30 3/8\" 68링크 체인, 1개", severity: "warn", kind: KindUnit, r: "18인치", e: "3/8\""},
		{name: "hose length against a coupler's bore", reg: "정원 호스 릴 / 20m", exp: "정원 호스 릴 1/2\", 1개", severity: "warn", kind: KindUnit, r: "20m", e: "1/2\""},
		{name: "two pitches", reg: "엔진톱 체인 / 3/8인치 56날", exp: "엔진톱 체인 1/4인치 56링크, 1개", severity: "block", kind: KindLength, r: "3/8인치", e: "1/4인치"},
		{name: "another bar beside the pitch", reg: "엔진톱 체인 / 16인치 3/8", exp: "엔진톱 체인 18인치 3/8\", 1개", severity: "block", kind: KindLength, r: "16인치", e: "18인치"},
		{name: "a bore against millimetres", reg: "호스 커넥터 / 3/4인치", exp: "호스 커넥터 13mm, 1개", severity: "block", kind: KindLength, r: "3/4인치", e: "13mm"},
	})
}
