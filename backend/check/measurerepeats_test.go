package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A capacity written in the product name and again in the option is one value, not two parts
// that add up to the other name's total; parts written in the option still add up.
func TestTitleRepeatsOptionMeasure(t *testing.T) {
	c := CompareNames("워셔액 사계절용 2L / 2L 1개", "워셔액 사계절용 4L, 1개")
	assert.False(t, c.Match, "%+v", c.Differences)
	assert.Equal(t, order.Block, c.Severity)
	c = CompareNames("한우 세트 / 불고기 600g + 국거리 600g", "한우 세트 1.2kg, 1개")
	assert.True(t, c.Match, "%+v", c.Differences)
	c = CompareNames("워셔액 사계절용 2L / 2L 1개", "워셔액 사계절용 2L, 1개")
	assert.True(t, c.Match, "%+v", c.Differences)
}
