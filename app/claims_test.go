package app

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/answers"
	"sellerdesk/backend/coupang"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
)

// The answers to the marketplaces (클레임, 발송지연, 송장 수정) from the Claims bound struct, against
// both simulators: each write's answer is lost once (a 504 after the marketplace applied it); it
// is read back, reported done and never sent again, and the hold of an answered claim goes only
// through the marketplace's state after the next sync.

func hasFinding(s order.Shipment, c order.FindingCode) bool {
	for _, f := range s.Findings {
		if f.Code == c {
			return true
		}
	}
	return false
}

// stopRequested is an acknowledged rig whose Coupang boxes the buyers asked to stop, synced.
func stopRequested(t *testing.T, nBoxes int) *writeRig {
	t.Helper()
	w := acknowledgedRig(t, 0, nBoxes)
	for _, b := range w.boxes {
		box, ok := w.coupang.Box(b)
		require.True(t, ok)
		_, err := w.coupang.CancelBox(b, box.Units)
		require.NoError(t, err)
	}
	w.sync(t)
	for _, b := range w.boxes {
		s := w.shipment(t, boxKey(b))
		require.NotNil(t, s.Claim)
		require.True(t, s.Claim.StopRequested, "%+v", s.Claim)
		require.True(t, s.Blocked(), "a stop request holds the box")
	}
	return w
}

func TestClaimsStopShipmentLostAnswerReadBackAndHoldGone(t *testing.T) {
	w := stopRequested(t, 1)
	c := claimsOf(w.app)
	list, err := c.Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, boxKey(w.boxes[0]), list[0].Key)
	assert.Equal(t, "출고중지 요청", list[0].KindLabel)
	var answers []fulfil.ClaimAction
	for _, a := range list[0].Answers {
		answers = append(answers, a.Action)
	}
	assert.Equal(t, []fulfil.ClaimAction{fulfil.StopShipment, fulfil.AlreadyShipped}, answers)

	w.coupang.InjectFault(coupangsim.EndpointStoppedShipment, coupangsim.FaultGatewayTimeoutApplied)
	res, err := c.Answer(fulfil.ClaimRequest{Action: fulfil.StopShipment}, []string{boxKey(w.boxes[0])})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointStoppedShipment), "sent once")

	w.sync(t)
	s := w.shipment(t, boxKey(w.boxes[0]))
	assert.Equal(t, order.StatusCanceled, s.Status)
	assert.False(t, s.Blocked(), "the hold is gone with the marketplace's claim")
	list, err = c.Claims("")
	require.NoError(t, err)
	assert.Empty(t, list)

	// answering again sends nothing
	res, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.StopShipment}, []string{boxKey(w.boxes[0])})
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Skipped: 1}, res.Counts)
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointStoppedShipment))
}

func TestClaimsAlreadyShippedLostAnswerReadBack(t *testing.T) {
	w := stopRequested(t, 1)
	key := boxKey(w.boxes[0])
	_, err := claimsOf(w.app).Answer(fulfil.ClaimRequest{Action: fulfil.AlreadyShipped, Courier: "CJ대한통운", TrackingNumber: "12345"}, []string{key})
	require.Error(t, err, "a number the courier's rule does not read is refused before sending")
	assert.Equal(t, 0, w.coupang.Calls(coupangsim.EndpointCompletedShipment))

	w.coupang.InjectFault(coupangsim.EndpointCompletedShipment, coupangsim.FaultGatewayTimeoutApplied)
	res, err := claimsOf(w.app).Answer(fulfil.ClaimRequest{Action: fulfil.AlreadyShipped, Courier: "CJ대한통운", TrackingNumber: trackingNo(1)}, []string{key})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointCompletedShipment), "sent once")

	w.sync(t)
	s := w.shipment(t, key)
	assert.Equal(t, order.StatusShipped, s.Status)
	assert.Equal(t, coupang.StatusDeparture, s.MarketStatus)
	assert.Equal(t, trackingNo(1), s.TrackingNumber)
	// Coupang carries on with the receipt as a return of the goods that left (반품접수)
	require.NotNil(t, s.Claim)
	assert.False(t, s.Claim.StopRequested)
	assert.Equal(t, order.ClaimReturn, s.Claim.Type)
	list, err := claimsOf(w.app).Claims("coupang")
	require.NoError(t, err)
	require.Len(t, list, 1)
	assert.Equal(t, "RETURNS_UNCHECKED", list[0].State)
	assert.Contains(t, list[0].Todo, "입고 확인")
}

func TestClaimsNaverCancelApproveLostAnswerReadBack(t *testing.T) {
	w := acknowledgedRig(t, 2, 0)
	require.NoError(t, w.naver.RequestCancel(w.naverIDs[0], "단순 변심"))
	w.sync(t)
	key := naverKey(w.naverIDs[0])
	held := w.shipment(t, key)
	require.True(t, held.Blocked())
	list, err := claimsOf(w.app).Claims("naver")
	require.NoError(t, err)
	require.Len(t, list, 1)
	require.Len(t, list[0].Answers, 1)
	assert.Equal(t, fulfil.ApproveCancel, list[0].Answers[0].Action)

	w.naver.InjectFault(naversim.EndpointCancelApprove, naversim.FaultAppliedTimeout)
	res, err := claimsOf(w.app).Answer(fulfil.ClaimRequest{Action: fulfil.ApproveCancel}, []string{key, naverKey(w.naverIDs[1])})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1, Skipped: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointCancelApprove], "sent once, the unclaimed order not at all")

	w.sync(t)
	s := w.shipment(t, key)
	assert.Equal(t, order.StatusCanceled, s.Status)
	assert.False(t, hasFinding(s, order.ClaimOpen))
}

func TestDelayLostAnswerReadBackMovesTheDeadline(t *testing.T) {
	w := acknowledgedRig(t, 1, 1)
	key := naverKey(w.naverIDs[0])
	before := w.shipment(t, key).ShipBy
	require.False(t, before.IsZero())
	until := before.In(order.KST()).AddDate(0, 0, 5).Format(time.DateOnly)

	w.naver.InjectFault(naversim.EndpointDelay, naversim.FaultAppliedTimeout)
	res, err := claimsOf(w.app).Delay([]string{key, boxKey(w.boxes[0])}, until, "PRODUCT_PREPARE", "재고 입고 대기")
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1, Skipped: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Contains(t, res.Items[1].Message, "쿠팡 WING")
	assert.Equal(t, 1, w.naver.Calls()[naversim.EndpointDelay], "sent once")

	w.sync(t)
	assert.Equal(t, until, w.shipment(t, key).ShipBy.In(order.KST()).Format(time.DateOnly))

	_, err = claimsOf(w.app).Delay([]string{key}, until, "NOPE", "")
	assert.Error(t, err, "a reason outside the documented list is refused")
}

func TestFixInvoiceLostAnswerReadBack(t *testing.T) {
	ctx := context.Background()
	w := acknowledgedRig(t, 1, 1)
	box, nav := boxKey(w.boxes[0]), naverKey(w.naverIDs[0])
	require.NoError(t, w.app.SetTracking(ctx, box, "CJ대한통운", trackingNo(1), "test"))
	require.NoError(t, w.app.SetTracking(ctx, nav, "CJ대한통운", trackingNo(2), "test"))
	res, err := w.app.Dispatch(ctx, []string{box, nav}, "test")
	require.NoError(t, err)
	require.Equal(t, 2, res.Counts.OK, "%+v", res.Items)

	w.coupang.InjectFault(coupangsim.EndpointUpdateInvoices, coupangsim.FaultGatewayTimeoutApplied)
	res, err = claimsOf(w.app).FixInvoice(box, "CJ대한통운", trackingNo(3))
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	assert.True(t, res.Items[0].ReadBack)
	assert.Equal(t, 1, w.coupang.Calls(coupangsim.EndpointUpdateInvoices), "sent once")
	w.sync(t)
	assert.Equal(t, trackingNo(3), w.shipment(t, box).TrackingNumber)
	view, ok := w.coupang.Box(w.boxes[0])
	require.True(t, ok)
	assert.Equal(t, trackingNo(3), view.Invoice)

	res, err = claimsOf(w.app).FixInvoice(nav, "CJ대한통운", trackingNo(4))
	require.NoError(t, err)
	assert.Equal(t, fulfil.Counts{Skipped: 1}, res.Counts)
	assert.Equal(t, fulfil.NaverInvoiceFixNote, res.Items[0].Message)
}

// claimsOf is the app's bound Claims struct (app/answers).
func claimsOf(a *App) *answers.Claims {
	for _, b := range a.Bound() {
		if c, ok := b.(*answers.Claims); ok {
			return c
		}
	}
	return nil
}
