package check

import "testing"

// 미니 before a colour ends the model's name (부스터 프로 미니 핑크): the Mini model, not the
// adjective "small" that 미니 is before a word naming the goods (미니 가습기). Names of no table.
func TestMiniBeforeColour(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a Pro Mini against the Pro", "샤오미 휴대용 선풍기 프로 / 화이트", "샤오미 휴대용 선풍기 프로 미니 화이트, 1개", "block", "variant", "프로", "미니"},
		{"a Mini in the option against none", "무선 마사지건 / 미니 블랙", "무선 마사지건 블랙, 1개", "block", "variant", "미니", ""},
		{"the Mini on both sides", "무선 마사지건 / 미니 블랙", "무선 마사지건 미니 블랙, 1개", "", "", "", ""},
		{"a small humidifier stays small", "미니 가습기 / 화이트", "가습기 화이트, 1개", "", "", "", ""},
	})
}
