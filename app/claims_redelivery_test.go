package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/marketsim/naversim"
)

// The number an exchange's goods were re-delivered with belongs to that parcel: the box keeps it
// (the read-back after a lost answer and the next sync both carry it, the drawer shows it) and the
// same number given to another box is refused before anything is sent.
func TestRedeliveryNumberIsTakenForOtherBoxes(t *testing.T) {
	ctx := context.Background()
	w := acknowledgedRig(t, 1, 1)
	exchanged, other := naverKey(w.naverIDs[0]), boxKey(w.boxes[0])
	require.NoError(t, w.app.SetTracking(ctx, exchanged, "CJ대한통운", trackingNo(20), "test"))
	res, err := w.app.Dispatch(ctx, []string{exchanged}, "test")
	require.NoError(t, err)
	require.Equal(t, 1, res.Counts.OK, "%+v", res.Items)
	require.NoError(t, w.naver.Advance(w.naverIDs[0]))
	require.NoError(t, w.naver.RequestExchange(w.naverIDs[0], "사이즈 교환"))
	w.sync(t)

	c := claimsOf(w.app)
	res, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.CollectExchange}, []string{exchanged})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	number := trackingNo(77)
	w.naver.InjectFault(naversim.EndpointExchangeDispatch, naversim.FaultAppliedTimeout)
	res, err = c.Answer(fulfil.ClaimRequest{Action: fulfil.RedeliverExchange, Courier: "CJ대한통운", TrackingNumber: number}, []string{exchanged})
	require.NoError(t, err)
	require.Equal(t, fulfil.Counts{OK: 1}, res.Counts, "%+v", res.Items)
	require.True(t, res.Items[0].ReadBack)

	s := w.shipment(t, exchanged)
	require.NotNil(t, s.Claim)
	assert.Equal(t, number, s.Claim.RedeliveryNumber, "read back from Naver's exchange")
	assert.Equal(t, "CJGLS", s.Claim.RedeliveryCourier)
	assert.Equal(t, trackingNo(20), s.TrackingNumber, "the first parcel's number stays the box's")
	w.sync(t)
	s = w.shipment(t, exchanged)
	require.NotNil(t, s.Claim)
	assert.Equal(t, number, s.Claim.RedeliveryNumber, "kept through a sync")
	d, err := uiOf(w.app).GetShipment(exchanged)
	require.NoError(t, err)
	assert.Contains(t, d.Claim, "재배송 운송장 "+number, "the drawer shows the re-delivery's number")

	o := w.shipment(t, other)
	require.False(t, o.Receiver.SameDestination(s.Receiver), "another buyer's box: not one parcel with the exchange")
	err = w.app.SetTracking(ctx, other, "CJ대한통운", number, "test")
	require.Error(t, err, "typed in for another box")
	assert.Contains(t, err.Error(), "이미 다른 주문")

}
