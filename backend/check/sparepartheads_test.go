package check

import "testing"

// TestSparePartHead: the part after 교체용 is a Korean noun phrase, named by its last word
// (교체용 헤파 필터 is a filter): a name that writes that word writes the part, whatever the
// word before it says of it; a part the other name does not write still asks for a look.
func TestSparePartHead(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "a filter described", reg: "공기청정기 교체용 헤파 필터 / 1개", exp: "공기청정기 필터, 1개"},
		{name: "a pad described", reg: "무선청소기 교체용 극세사 패드 / 2개", exp: "무선청소기 물걸레 패드, 2개"},
		{name: "a cover described", reg: "아기 변기 교체용 일회용 커버 / 30매", exp: "아기 변기 커버, 30매"},
		{name: "a part the other does not write", reg: "무선청소기 교체용 배터리 팩 / 1개", exp: "무선청소기 본체, 1개",
			severity: "warn", kind: KindBundle, r: "교체용 배터리", e: ""},
		{name: "a colour after the part is no part", reg: "다리미판 교체용 커버 그레이 / L", exp: "다리미판 그레이 L, 1개",
			severity: "warn", kind: KindBundle, r: "교체용 커버", e: ""},
	})
}
