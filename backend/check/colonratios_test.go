package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// The numbers of a ratio (1:4, 2:1) are not compared on their own with the other name's codes.
func TestColonRatiosAreNoBareNumbers(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "a splitter's ratio against its code", reg: "넥스트 NEXT-0104SP4K HDMI 분배기 / 1:4", exp: "NEXT 0104SP4K HDMI 분배기"},
		{name: "a resin's mixing ratio against a code", reg: "에폭시 레진 / 2:1 1kg", exp: "에폭시 레진 1kg 세트 EP-201"},
		{name: "a KVM's ratio against its code", reg: "유니콘 HDMI KVM 스위치 HK-402 / 4:1", exp: "UNICORN HK402 KVM 스위치 4포트"},
		{name: "another code still differs", reg: "넥스트 NEXT-0104SP4K HDMI 분배기 / 1:4", exp: "NEXT 0102SP4K HDMI 분배기",
			severity: order.Warn, kind: KindModel, r: "NEXT-0104SP4K", e: "0102SP4K"},
		{name: "two ratios still block", reg: "HDMI 분배기 / 1:4", exp: "HDMI 분배기 1:2",
			severity: order.Block, kind: KindSize, r: "4", e: "2"},
	})
}

func TestInRatio(t *testing.T) {
	for _, tc := range []struct {
		name    string
		at      string
		inRatio bool
	}{
		{"분배기 1:4", "1", true},
		{"분배기 1:4", "4", true},
		{"모니터 21:9", "21", true},
		{"시계 12:30:00", "30", false},
		{"분배기 4포트", "4", false},
	} {
		i := len(tc.name) - len(tc.at)
		for j := 0; j+len(tc.at) <= len(tc.name); j++ {
			if tc.name[j:j+len(tc.at)] == tc.at && (j == 0 || !isDigit(tc.name[j-1])) && (j+len(tc.at) == len(tc.name) || !isDigit(tc.name[j+len(tc.at)])) {
				i = j
				break
			}
		}
		rd := &reading{name: tc.name}
		assert.Equal(t, tc.inRatio, rd.inRatio(Span{Start: i, End: i + len(tc.at)}), "%s at %q", tc.name, tc.at)
	}
}
