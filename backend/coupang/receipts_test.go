package coupang_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/testclock"
)

// instructBox is a box acknowledged at the simulated Coupang (상품준비중).
func instructBox(t *testing.T, c *coupang.Client, sim *coupangsim.Server) int64 {
	t.Helper()
	box := sim.AddOrders(1)[0]
	res, err := c.Acknowledge(context.Background(), []int64{box})
	require.NoError(t, err)
	require.True(t, res.ResponseList[0].Succeed)
	return box
}

// claimOf reads the box's claim the way the sync does: the order's receipts, the latest per box.
func claimOf(t *testing.T, c *coupang.Client, sim *coupangsim.Server, clk *testclock.Clock, box int64) order.Claim {
	t.Helper()
	v, _ := sim.Box(box)
	now := clk.Now()
	reqs, err := c.ReturnRequests(context.Background(), coupang.ReturnQuery{OrderID: v.OrderID, From: now.AddDate(0, 0, -7), To: now})
	require.NoError(t, err)
	cs := coupang.Claims{}
	for _, r := range reqs {
		cs.Add(r)
	}
	bc, ok := cs[order.ShipmentKey(order.Coupang, strconv.FormatInt(box, 10))]
	require.True(t, ok, "the box has a receipt")
	return bc.Claim
}

// TestStopShipment: 출고중지완료 with the receipt's quantity cancels the held units; the receipt is
// 반품완료 and no longer a stop request. A wrong quantity is refused (400), a second answer too.
func TestStopShipment(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	box := instructBox(t, c, sim)
	v, _ := sim.Box(box)
	receipt, err := sim.CancelBox(box, v.Units)
	require.NoError(t, err)
	claim := claimOf(t, c, sim, clk, box)
	require.True(t, claim.StopRequested)
	require.Equal(t, v.Units, claim.Quantity)

	_, err = c.StopShipment(ctx, receipt, v.Units+1)
	ae, ok := coupang.AsAPIError(err)
	require.True(t, ok, "%v", err)
	assert.Equal(t, 400, ae.HTTPStatus)
	assert.Contains(t, ae.Message, "cancelCount")

	res, err := c.StopShipment(ctx, receipt, claim.Quantity)
	require.NoError(t, err)
	assert.True(t, res.Succeeded, "%+v", res)
	after, _ := sim.Box(box)
	assert.True(t, after.FullyCancel)
	assert.Zero(t, after.HeldQty)
	claim = claimOf(t, c, sim, clk, box)
	assert.False(t, claim.StopRequested)
	assert.False(t, claim.Open)
	sheet, err := c.OrderSheet(ctx, box)
	require.NoError(t, err)
	sh, err := coupang.ToShipment(sheet)
	require.NoError(t, err)
	assert.Equal(t, order.StatusCanceled, sh.Status)

	res, err = c.StopShipment(ctx, receipt, claim.Quantity)
	require.NoError(t, err)
	assert.False(t, res.Succeeded, "only an open stop request can be stopped")
	assert.Contains(t, res.SellerMessage(), "출고중지요청 상태가 아니어서")
}

// TestCompletedShipment: 이미출고 with a courier and a number: the box leaves with that invoice and
// the receipt goes on as a return; a malformed number is refused.
func TestCompletedShipment(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	box := instructBox(t, c, sim)
	receipt, err := sim.CancelBox(box, 1)
	require.NoError(t, err)
	res, err := c.CompletedShipment(ctx, receipt, "CJGLS", "12-34")
	require.NoError(t, err)
	assert.False(t, res.Succeeded)
	res, err = c.CompletedShipment(ctx, receipt, "CJGLS", "612300000017")
	require.NoError(t, err)
	require.True(t, res.Succeeded)
	v, _ := sim.Box(box)
	assert.Equal(t, "DEPARTURE", v.Status)
	assert.Equal(t, "612300000017", v.Invoice)
	claim := claimOf(t, c, sim, clk, box)
	assert.False(t, claim.StopRequested)
	assert.Equal(t, order.ClaimReturn, claim.Type)
	assert.Equal(t, coupang.ReceiptReturnReceived, claim.Stage)
	_, err = c.CompletedShipment(ctx, receipt, "CJ GLS", "612300000017")
	assert.Error(t, err, "a courier code is checked before calling")
}

// TestUpdateInvoices: 송장업데이트 only after dispatch; the box gets the new number and is DEPARTURE.
func TestUpdateInvoices(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	box := instructBox(t, c, sim)
	sheet, err := c.OrderSheet(ctx, box)
	require.NoError(t, err)

	res, err := c.UpdateInvoices(ctx, coupang.InvoicesForBox(sheet, "CJGLS", "612300000024"))
	require.NoError(t, err)
	require.Len(t, res.ResponseList, 1)
	assert.Equal(t, coupang.ResultInvalidStatus, res.ResponseList[0].ResultCode, "not dispatched yet")

	res, err = c.UploadInvoices(ctx, coupang.InvoicesForBox(sheet, "CJGLS", "612300000024"))
	require.NoError(t, err)
	require.True(t, res.ResponseList[0].Succeed)
	require.NoError(t, sim.Deliver(box))
	res, err = c.UpdateInvoices(ctx, coupang.InvoicesForBox(sheet, "HANJIN", "412300000031"))
	require.NoError(t, err)
	require.True(t, res.ResponseList[0].Succeed, "%+v", res.ResponseList)
	v, _ := sim.Box(box)
	assert.Equal(t, "DEPARTURE", v.Status)
	assert.Equal(t, "HANJIN", v.CourierCode)
	assert.Equal(t, "412300000031", v.Invoice)
}

// TestReturnReceivedAndApproved: 반품 입고 확인 moves a return to VENDOR_WAREHOUSE_CONFIRM, then 승인
// (with the receipt's quantity) completes it; each only in its state.
func TestReturnReceivedAndApproved(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	c := newClient(t, srv, clk)
	ctx := context.Background()
	box := instructBox(t, c, sim)
	sheet, err := c.OrderSheet(ctx, box)
	require.NoError(t, err)
	_, err = c.UploadInvoices(ctx, coupang.InvoicesForBox(sheet, "CJGLS", "612300000031"))
	require.NoError(t, err)
	require.NoError(t, sim.Deliver(box))
	receipt, err := sim.CancelBox(box, 1)
	require.NoError(t, err)

	_, err = c.ApproveReturn(ctx, receipt, 1)
	assert.Error(t, err, "not received yet")
	res, err := c.ConfirmReturnReceived(ctx, receipt)
	require.NoError(t, err)
	assert.True(t, res.Succeeded)
	assert.Equal(t, coupang.ReceiptInWarehouse, claimOf(t, c, sim, clk, box).Stage)
	res, err = c.ApproveReturn(ctx, receipt, 1)
	require.NoError(t, err)
	assert.True(t, res.Succeeded)
	claim := claimOf(t, c, sim, clk, box)
	assert.False(t, claim.Open)
	assert.Equal(t, coupang.ReceiptCompleted, claim.Stage)
}

// TestReceiptWriteLostAnswer: a 504 after the change applied is an unknown outcome, never retried.
func TestReceiptWriteLostAnswer(t *testing.T) {
	sim, srv, clk := newSim(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	c := newClient(t, srv, clk)
	box := instructBox(t, c, sim)
	receipt, err := sim.CancelBox(box, 1)
	require.NoError(t, err)
	sim.InjectFault(coupangsim.EndpointStoppedShipment, coupangsim.FaultGatewayTimeoutApplied)
	_, err = c.StopShipment(context.Background(), receipt, 1)
	assert.True(t, coupang.IsOutcomeUnknown(err), "%v", err)
	assert.Equal(t, 1, sim.Calls(coupangsim.EndpointStoppedShipment), "sent once")
	v, _ := sim.Box(box)
	assert.Zero(t, v.HeldQty, "the simulator applied it")
}
