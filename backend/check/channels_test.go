package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A number of channels in Hangul (채널) and in Latin (CH) is one attribute: 16채널 against 8CH
// blocks, 8채널 against 8CH does not.
func TestChannelCounts(t *testing.T) {
	c := CompareNames("CCTV 녹화기 DVR / 16채널", "CCTV DVR 녹화기 8CH, 1개")
	assert.False(t, c.Match, "%+v", c.Differences)
	assert.Equal(t, order.Block, c.Severity)
	if assert.NotEmpty(t, c.Differences) {
		assert.Equal(t, KindChannel, c.Differences[0].Kind)
		assert.Equal(t, "채널 수", KindLabel(KindChannel))
	}
	c = CompareNames("CCTV 녹화기 DVR / 8채널", "CCTV DVR 녹화기 8CH, 1개")
	assert.True(t, c.Match, "%+v", c.Differences)
}
