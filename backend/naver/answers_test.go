package naver

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// TestApproveCancel: 취소 승인 only while a cancel is requested; the product order is then CANCELED.
func TestApproveCancel(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	ids := e.sim.AddOrders(2)
	require.NoError(t, e.sim.RequestCancel(ids[0], "단순 변심"))
	res, err := e.client.ApproveCancels(ctx, ids)
	require.NoError(t, err)
	assert.Equal(t, []string{ids[0]}, res.Succeeded)
	require.Len(t, res.Failed, 1)
	assert.Equal(t, CodeOrderState, res.Failed[0].Code, "no cancel requested")
	assert.True(t, res.Failed[0].RefusedForState())
	v, _ := e.sim.Order(ids[0])
	assert.Equal(t, "CANCELED", v.Status)
	assert.Equal(t, "CANCEL_DONE", v.ClaimStatus)

	s := e.readBack(ctx, t, ids[0])
	assert.Equal(t, order.StatusCanceled, s.Status)
	assert.False(t, s.Claim.Open)
}

// TestDelayDispatch: 발송지연 moves shippingDueDate before dispatch; a date not later than the
// deadline is 104105, an unknown reason is refused before calling.
func TestDelayDispatch(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	ids := e.sim.AddOrders(1)
	v, _ := e.sim.Order(ids[0])
	until := v.ShipBy.Add(48 * time.Hour)

	_, err := e.client.DelayDispatch(ctx, ids, Delay{Until: until, Reason: "LATE"})
	var re *RequestError
	require.ErrorAs(t, err, &re)

	res, err := e.client.DelayDispatch(ctx, ids, Delay{Until: v.ShipBy.Add(-time.Hour), Reason: DelayProductPrepare, Detail: "재고 입고 대기"})
	require.NoError(t, err)
	require.Len(t, res.Failed, 1)
	assert.Equal(t, CodeDueOutOfRange, res.Failed[0].Code)
	assert.Contains(t, res.Failed[0].SellerMessage(), "발송기한")

	res, err = e.client.DelayDispatch(ctx, ids, Delay{Until: until, Reason: DelayCustomBuild, Detail: "주문 제작 상품입니다."})
	require.NoError(t, err)
	assert.Equal(t, ids, res.Succeeded)
	q, err := e.client.QueryProductOrders(ctx, ids)
	require.NoError(t, err)
	s, err := ToShipment(&q.Orders[0], nil)
	require.NoError(t, err)
	assert.True(t, s.ShipBy.Equal(until), "%s != %s", s.ShipBy, until)
	assert.Equal(t, DelayCustomBuild, q.Orders[0].ProductOrder.DelayedDispatchReason)
}

// TestReturnAnswers: a return is held back, released, then approved; a reject needs a reason.
func TestReturnAnswers(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	ids := e.sim.AddOrders(2)
	e.dispatchCJ(ctx, t, ids, "612300000017", "612300000024")
	for _, id := range ids {
		require.NoError(t, e.sim.RequestReturn(id, "사이즈가 맞지 않아요"))
	}
	res, err := e.client.HoldbackReturns(ctx, ids[:1], Holdback{Type: HoldReturnFee, Detail: "반품 배송비 미입금", ExtraFee: 3000})
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	assert.True(t, e.readBack(ctx, t, ids[0]).Claim.HeldBack)

	res, err = e.client.ApproveReturns(ctx, ids[:1])
	require.NoError(t, err)
	require.Len(t, res.Failed, 1, "a held-back return is released first")
	res, err = e.client.ReleaseReturnHoldbacks(ctx, ids[:1])
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	res, err = e.client.ApproveReturns(ctx, ids[:1])
	require.NoError(t, err)
	assert.Equal(t, ids[:1], res.Succeeded)
	v, _ := e.sim.Order(ids[0])
	assert.Equal(t, "RETURNED", v.Status)

	_, err = e.client.RejectReturns(ctx, ids[1:], " ")
	assert.Error(t, err, "a reason is required")
	res, err = e.client.RejectReturns(ctx, ids[1:], "착용 흔적이 있어 반품할 수 없습니다.")
	require.NoError(t, err)
	assert.Equal(t, ids[1:], res.Succeeded)
	v, _ = e.sim.Order(ids[1])
	assert.Equal(t, "RETURN_REJECT", v.ClaimStatus)
}

// TestAnswerLostAnswer: a 504 after the change applied is an unknown outcome for that product
// order; the next ones are not sent.
func TestAnswerLostAnswer(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	ids := e.sim.AddOrders(2)
	for _, id := range ids {
		require.NoError(t, e.sim.RequestCancel(id, "단순 변심"))
	}
	e.sim.InjectFault(naversim.EndpointCancelApprove, naversim.FaultAppliedTimeout)
	res, err := e.client.ApproveCancels(ctx, ids)
	var oe *OutcomeUnknownError
	require.ErrorAs(t, err, &oe)
	assert.Equal(t, []string{ids[0]}, oe.ProductOrderIDs)
	assert.Equal(t, []string{ids[1]}, res.NotSent)
	assert.Equal(t, 1, e.sim.Calls()[naversim.EndpointCancelApprove], "never retried")
	v, _ := e.sim.Order(ids[0])
	assert.Equal(t, "CANCELED", v.Status, "applied although the answer was lost")
}
