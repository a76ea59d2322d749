package naver

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
)

// A digital product order (expectedDeliveryMethod NOTHING) is dispatched with deliveryMethod
// NOTHING and neither a courier nor a number, as the dispatch page documents; a courier dispatch
// of it is refused 104116, and NOTHING on an order that ships 104117.
func TestDispatchNothing(t *testing.T) {
	ctx := context.Background()
	env := newSimEnv(t)
	digital := env.sim.AddDigitalOrder(naversim.DigitalOrder{ProductID: "9000001", ProductName: "한글 폰트", SellerCode: "FONT", OrdererID: "buyer_01"})
	parcel := env.sim.AddOrders(1)[0]

	q, err := env.client.QueryProductOrders(ctx, []string{digital})
	require.NoError(t, err)
	details := q.Orders
	require.Len(t, details, 1)
	f, err := DigitalFactsOf(details[0].Raw)
	require.NoError(t, err)
	assert.Equal(t, DigitalFacts{OrdererID: "buyer_01", ExpectedDeliveryMethod: DeliveryNothing}, f)
	assert.Nil(t, details[0].ProductOrder.ShippingAddress, "goods without delivery have no address")

	res, err := env.client.Dispatch(ctx, []DispatchItem{
		{ProductOrderID: digital, CourierCode: "CJGLS", TrackingNumber: "123456789012"},
		{ProductOrderID: parcel, DeliveryMethod: DeliveryNothing},
	})
	require.NoError(t, err)
	assert.Empty(t, res.Succeeded)
	codes := map[string]string{}
	for _, f := range res.Failed {
		codes[string(f.ProductOrderID)] = f.Code
		assert.NotEqual(t, "네이버가 처리하지 않았습니다.", f.SellerMessage())
	}
	assert.Equal(t, map[string]string{digital: CodeNothingOrder, parcel: CodeMethodChange}, codes)

	res, err = env.client.Dispatch(ctx, []DispatchItem{{ProductOrderID: digital, DeliveryMethod: DeliveryNothing}})
	require.NoError(t, err)
	assert.Equal(t, []string{digital}, res.Succeeded)
	v, _ := env.sim.Order(digital)
	assert.Equal(t, "DELIVERING", v.Status)
	assert.Equal(t, DeliveryNothing, v.DeliveryMethod)
	assert.Empty(t, v.Courier+v.TrackingNumber)
	q, err = env.client.QueryProductOrders(ctx, []string{digital})
	require.NoError(t, err)
	f, err = DigitalFactsOf(q.Orders[0].Raw)
	require.NoError(t, err)
	assert.Equal(t, DeliveryNothing, f.DeliveryMethod)
}
