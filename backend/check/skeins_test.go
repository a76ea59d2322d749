package check

import "testing"

// 타래 is a skein or coil (of thread, yarn, rope, wire) counted one by one, not 타, a dozen,
// followed by a word 래 (names of no table).
func TestSkeinIsOneCount(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "a coil of rope against one", reg: "PE로프 8mm x 100m / 8mm 100M 1타래", exp: "PE 로프 8mm x 100m, 1개"},
		{name: "five skeins against five", reg: "털실 뜨개실 / 5타래", exp: "털실 뜨개실, 5개"},
		{name: "a skein against two", reg: "자수실 / 1타래", exp: "자수실, 2개", severity: "block", kind: KindCount, r: "1개", e: "2개"},
		{name: "a dozen still twelve", reg: "목장갑 / 1타", exp: "목장갑, 12개"},
	})
}
