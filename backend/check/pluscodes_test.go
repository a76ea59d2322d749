package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A model code with a plus against a code of the same letters with other digits is another
// model; the same code with the plus on both sides is not.
func TestPlusCodeAgainstModel(t *testing.T) {
	c := CompareNames("큐냅 NAS / TS464+ 4베이", "큐냅 TS462 4베이 NAS, 1개")
	assert.False(t, c.Match, "%+v", c.Differences)
	assert.Equal(t, order.Block, c.Severity)
	c = CompareNames("큐냅 NAS / TS464+ 4베이", "큐냅 TS464+ 4베이 NAS, 1개")
	assert.True(t, c.Match, "%+v", c.Differences)
}
