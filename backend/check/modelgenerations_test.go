package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A generation glued to the end of a model code (v2, Mk2, II) is another model; the same code
// in both names, or a region ending, is not.
func TestGenerationGluedToModel(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		match               bool
	}{
		{"혼다 발전기 / EU22iv2", "혼다 EU22i 발전기, 1개", false},
		{"오디오 인터페이스 / UR22mk2", "오디오 인터페이스 UR22, 1개", false},
		{"오디오 인터페이스 / UR22mkii", "오디오 인터페이스 UR22MKII, 1개", true},
		{"혼다 발전기 / EU22iv2", "혼다 EU22IV2 발전기, 1개", true},
	} {
		c := CompareNames(tc.registered, tc.exposed)
		assert.Equal(t, tc.match, c.Match, "%s | %s: %+v", tc.registered, tc.exposed, c.Differences)
		if !tc.match {
			assert.Equal(t, order.Block, c.Severity, tc.registered)
		}
	}
	// one model letter or digit after a hyphen is another model; a colour letter is not
	assert.False(t, CompareNames("윌로 가정용 펌프 PH-255 / 1대", "윌로 가정용 펌프 PH-255-A, 1개").Match)
	assert.True(t, CompareNames("윌로 가정용 펌프 PH-255 / 1대", "윌로 가정용 펌프 PH-255-W, 1개").Match)
	assert.True(t, CompareNames("삼성 램 / DDR5", "삼성 램 DDR5-5600, 1개").Match)
	assert.True(t, generationSuffix("ef2000is", "v2"))
	assert.False(t, generationSuffix("ef2000is", "v"))
	assert.False(t, generationSuffix("abc", "v2"))
}
