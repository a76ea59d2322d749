package marketsim

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The demo sells hope-delivery goods from the start, and its life moves a buyer's day once.
func TestDemoHasHopeDeliveries(t *testing.T) {
	d, err := StartDemo(context.Background(), DemoOptions{Every: time.Hour, NoLimits: true, NaverOrders: 10, CoupangOrders: 5})
	require.NoError(t, err)
	defer d.Stop()
	var ids []string
	for _, id := range d.Naver.ProductOrderIDs() {
		if _, ok := d.Naver.Hope(id); ok {
			ids = append(ids, id)
		}
	}
	require.Len(t, ids, 3)
	before, _ := d.Naver.Hope(ids[0])
	moved := d.moveHope(ids)
	assert.Equal(t, ids[0], moved)
	after, _ := d.Naver.Hope(ids[0])
	assert.NotEqual(t, before.Ymd, after.Ymd)
	assert.Equal(t, "받는 날짜 변경", after.ChangeReason)
	assert.Equal(t, ids[1], d.moveHope(ids), "each order moves once")
	assert.Empty(t, d.moveHope(ids), "N희망일배송 is not moved")
}
