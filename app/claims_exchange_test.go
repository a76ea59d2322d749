package app

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/order"
)

// A Coupang buyer's exchange request on a delivered box shows on the 클레임 screen (the Claims
// bound struct the window, the browser and `sellerdesk claims` list from) with its state and
// what Coupang expects; it leaves the list when the buyer withdraws it.
func TestCoupangExchangeOnClaimsScreen(t *testing.T) {
	w := deliveredRig(t, 0, 2)
	w.sync(t)
	ex, err := w.coupang.RequestExchange(w.boxes[0], 1, "사이즈가 맞지 않아요")
	require.NoError(t, err)
	w.sync(t)

	c := claimsOf(w.app)
	list, err := c.Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 1)
	got := list[0]
	assert.Equal(t, boxKey(w.boxes[0]), got.Key)
	assert.Equal(t, order.ClaimExchange, got.Kind)
	assert.Equal(t, "교환", got.KindLabel)
	assert.Equal(t, strconv.FormatInt(ex, 10), got.ClaimID)
	assert.Equal(t, coupang.CollectBeforeDirection, got.State)
	assert.Equal(t, "교환 접수 · 회수 전", got.StateLabel)
	assert.Equal(t, "사이즈가 맞지 않아요", got.Reason)
	assert.Equal(t, 1, got.Quantity)
	assert.Equal(t, order.StatusDelivered, got.BoxStatus)
	assert.Contains(t, got.Todo, "입고 확인")
	assert.Equal(t, "쿠팡 WING", got.SellerCentre)
	s := w.shipment(t, boxKey(w.boxes[0]))
	assert.True(t, s.Blocked(), "an open exchange holds the box")

	all, err := c.Claims("")
	require.NoError(t, err)
	assert.Len(t, all, 1)

	require.NoError(t, w.coupang.WithdrawExchange(ex, "철회"))
	w.sync(t)
	list, err = c.Claims("coupang")
	require.NoError(t, err)
	assert.Empty(t, list, "a withdrawn exchange is no longer open")
	s = w.shipment(t, boxKey(w.boxes[0]))
	assert.False(t, s.Blocked())
}
