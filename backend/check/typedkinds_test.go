package check

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// Two values of a language edition, a steering side or a resolution conflict (⛔); the same
// value in another spelling, or a value that only one name states, does not.
func TestTypedKinds(t *testing.T) {
	for _, tc := range []struct {
		name, registered, exposed string
		kind                      string
	}{
		{"language: English against Korean", "해피 사운드북 / 영문판", "해피 사운드북 한국어판, 1개", KindLanguage},
		{"language: Japanese against Korean", "보드게임 도블 / 일본어판", "도블 보드게임 한글판, 1개", KindLanguage},
		{"steering side: RHD against 좌핸들", "다이캐스트 1/43 포르쉐 911 / RHD 레드", "1/43 포르쉐 911 레드 좌핸들, 1개", KindDrive},
		{"origin: Korean against Chinese", "국산 볶음 참깨 / 1kg", "중국산 볶음참깨 1kg, 1개", KindOrigin},
		{"origin: Australian against American", "소고기 척아이롤 / 호주산 1kg", "미국산 척아이롤 1kg, 1개", KindOrigin},
		{"resolution: 4K against HD", "스트리밍 박스 / 4K", "스트리밍 박스 HD, 1개", KindScreen},
		{"resolution: 4K against FHD", "미니 빔프로젝터 / 4K 화이트", "미니 빔프로젝터 FHD 화이트, 1개", KindScreen},
	} {
		c := CompareNames(tc.registered, tc.exposed)
		require.False(t, c.Match, tc.name)
		assert.Equal(t, order.Block, c.Severity, tc.name)
		kinds := make([]string, 0, len(c.Differences))
		for _, d := range c.Differences {
			kinds = append(kinds, d.Kind)
		}
		assert.Contains(t, kinds, tc.kind, tc.name)
	}
	for _, tc := range [][2]string{
		{"해피 사운드북 / 영문판", "해피 사운드북 English, 1개"},
		{"다이캐스트 1/43 포르쉐 911 / LHD 레드", "1/43 포르쉐 911 레드 좌핸들, 1개"},
		{"미니 빔프로젝터 / 4K 화이트", "미니 빔프로젝터 UHD 화이트, 1개"},
		{"보드게임 도블 / 한글판", "도블 보드게임, 1개"},
		{"국산 볶음 참깨 / 1kg", "국내산 볶음참깨 1kg, 1개"},
		{"소고기 척아이롤 / 호주산 1kg", "척아이롤 1kg, 1개"},
	} {
		c := CompareNames(tc[0], tc[1])
		assert.True(t, c.Match, "%s | %s: %+v", tc[0], tc[1], c.Differences)
	}
	// a bundle against the goods alone asks at least for a look
	c := CompareNames("게임 콘솔 / 레이싱 게임 번들", "게임 콘솔 단품, 1개")
	assert.False(t, c.Match, "%+v", c.Differences)
	assert.Equal(t, "언어판", KindLabel(KindLanguage))
	assert.Equal(t, "핸들 위치", KindLabel(KindDrive))
}
