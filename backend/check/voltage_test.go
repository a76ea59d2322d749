package check

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"sellerdesk/backend/order"
)

// A device for several voltages against one for one of them is other goods; the same list in
// either spelling, or an adapter's input range beside its output, is not.
func TestVoltageLists(t *testing.T) {
	for _, tc := range []struct {
		registered, exposed string
		match               bool
	}{
		{"차량용 냉온장고 / 24V", "차량용 냉온장고 12/24V 겸용, 1개", false},
		{"차량용 냉온장고 / 12V", "차량용 냉온장고 12V/24V 겸용, 1개", false},
		{"LED 작업등 / DC12V/24V", "LED 작업등 DC12V, 1개", false},
		{"차량용 냉온장고 / 12/24V", "차량용 냉온장고 12/24V, 1개", true},
		{"노트북 어댑터 100-240V / 19V", "노트북 어댑터 19V, 1개", true},
		{"충전 드릴 / 12V", "충전 드릴 12V, 1개", true},
	} {
		c := CompareNames(tc.registered, tc.exposed)
		assert.Equal(t, tc.match, c.Match, "%s | %s: %+v", tc.registered, tc.exposed, c.Differences)
		if !tc.match {
			assert.Equal(t, order.Block, c.Severity, tc.registered)
		}
	}
	c := CompareNames("LED 작업등 / DC12V/24V", "LED 작업등 DC12V, 1개")
	if assert.NotEmpty(t, c.Differences) {
		assert.Equal(t, KindVoltage, c.Differences[0].Kind)
		assert.Equal(t, "전압", KindLabel(KindVoltage))
	}
	var buf [4]string
	vs, ok := voltageSet("AC110/220V", buf[:0])
	assert.True(t, ok)
	assert.Equal(t, []string{"110", "220"}, vs)
	_, ok = voltageSet("12V-30", buf[:0])
	assert.False(t, ok)
}
