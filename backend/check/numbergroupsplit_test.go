package check

import "testing"

// A part number whose digit groups both names split, in different places (925 25-05 against
// 92525-05), is one number; other digits still block.
func TestNumberGroupsSplitTwoWays(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "space and hyphen against hyphen", reg: "로트링 제도샤프 500 13-07 / 0.7mm", exp: "rOtring 50013-07 샤프 0.7mm"},
		{name: "hyphen against space and hyphen", reg: "로트링 제도샤프 50013-07 / 0.7mm", exp: "rOtring 500 13-07 샤프 0.7mm"},
		{name: "other digits", reg: "로트링 제도샤프 500 14-07 / 0.7mm", exp: "rOtring 50013-07 샤프 0.7mm", severity: "block", kind: KindSize, r: "500, 14", e: "50013"},
	})
}
