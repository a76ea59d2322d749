package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A speaker layout (5.1.2채널, 5.1.2ch) is one value in Hangul and in Latin; two layouts of which
// none is the other's are another set of speakers.
func TestChannelLayouts(t *testing.T) {
	runNameCases(t, []nameCase{
		{name: "same layout, Hangul and Latin", reg: "소니 홈시어터 5.1.2채널 / 블랙", exp: "SONY 홈시어터 5.1.2ch 블랙"},
		{name: "same layout, three numbers", reg: "LG 사운드바 S70TY 3.1.1채널", exp: "LG 사운드바 S70TY 3.1.1CH"},
		{name: "same layout, spaced", reg: "야마하 사운드바 / 7.1.4 채널", exp: "YAMAHA 사운드바 7.1.4ch, 1개"},
		{name: "two layouts, Hangul and Latin", reg: "LG 사운드바 S70TY 2.1채널", exp: "LG 사운드바 S70TY 5.1ch",
			severity: order.Block, kind: KindChannel, r: "2.1채널", e: "5.1ch"},
		{name: "height speakers differ", reg: "소니 홈시어터 7.1.4채널 / 블랙", exp: "SONY 홈시어터 7.1.2ch 블랙",
			severity: order.Block, kind: KindChannel, r: "7.1.4채널", e: "7.1.2ch"},
		{name: "a plain count of channels is left to the channel rule", reg: "블랙박스 2채널 / 64GB", exp: "블랙박스 2CH 64GB"},
		{name: "a decimal before another word is no layout", reg: "스피커 스탠드 1.2m / 블랙", exp: "스피커 스탠드 1.2m 블랙"},
	})
	runReadingCases(t, []readingCase{
		{reg: "삼성 사운드바 3.1.2채널", exp: "삼성 사운드바 5.1.2ch", want: "채널 수 3.1.2채널 ↔ 5.1.2ch"},
	})
}

func TestChannelLayoutsRead(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"사운드바 3.1.2채널", []string{"3.1.2"}},
		{"사운드바 5.1ch 블랙", []string{"5.1"}},
		{"의자 5.1 chair", nil},
		{"버전 1.2.3", nil},
		{"2024.1.2채널", nil},
		{"12.5.2 ch", []string{"12.5.2"}},
	} {
		var got []string
		for _, l := range channelLayouts(tc.name) {
			got = append(got, l.key)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}
