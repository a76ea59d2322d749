package naver

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// 취소 요청 (seller-request-cancel-pay-order-seller.md) against the strict simulator: cancelReason
// from the page's list, cancelDetailedReason at most 500 characters (both refused before calling);
// a product order not yet dispatched is cancelled (CANCELED / CANCEL_DONE, read back so); one
// dispatched or with an open claim is refused 104442; a lost answer is never resent.
func TestRequestCancels(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	ids := e.sim.AddOrders(4)
	var re *RequestError
	_, err := e.client.RequestCancels(ctx, ids[:1], "OUT_OF_STOCK", "")
	require.ErrorAs(t, err, &re)
	_, err = e.client.RequestCancels(ctx, ids[:1], CancelSoldOut, strings.Repeat("가", 501))
	require.ErrorAs(t, err, &re)
	assert.Zero(t, e.sim.Calls()[naversim.EndpointCancelRequest], "refused before calling")

	require.NoError(t, e.sim.RequestCancel(ids[1], "단순 변심"))
	e.dispatchCJ(ctx, t, ids[2:3], "612300000017")
	res, err := e.client.RequestCancels(ctx, ids[:3], CancelSoldOut, "재고 소진으로 품절")
	require.NoError(t, err)
	assert.Equal(t, []string{ids[0]}, res.Succeeded)
	require.Len(t, res.Failed, 2)
	for _, f := range res.Failed {
		assert.Equal(t, CodeOrderState, f.Code)
		assert.True(t, f.RefusedForState())
	}
	v, _ := e.sim.Order(ids[0])
	assert.Equal(t, "CANCELED", v.Status)
	assert.Equal(t, "CANCEL_DONE", v.ClaimStatus)
	assert.Equal(t, order.StatusCanceled, e.readBack(ctx, t, ids[0]).Status)

	e.sim.InjectFault(naversim.EndpointCancelRequest, naversim.FaultAppliedTimeout)
	_, err = e.client.RequestCancels(ctx, ids[3:], CancelSoldOut, "")
	var oe *OutcomeUnknownError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, 4, e.sim.Calls()[naversim.EndpointCancelRequest], "one call per product order, the lost one never retried")
	v, _ = e.sim.Order(ids[3])
	assert.Equal(t, "CANCELED", v.Status, "applied although the answer was lost")
}
