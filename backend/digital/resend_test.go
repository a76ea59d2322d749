package digital

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// TestRunnerResendAfterDispatch: the seller's resend of a delivery whose order was already
// dispatched as 배송없음 (the usual case: the buyer lost the mail) sends the same mail again, once;
// a claim or a cancellation still stops it.
func TestRunnerResendAfterDispatch(t *testing.T) {
	r := newRig(t, mailcatcher.ImplicitTLS)
	ctx := context.Background()
	key := r.naverOrder("1101", "buyer_again", "1", "GUIDE", 1, "NOTHING")
	rep := r.run(key)
	require.Equal(t, 1, rep.Sent)
	setStatus := func(st order.Status, claim *order.Claim) {
		sh, err := r.st.Shipment(ctx, key)
		require.NoError(t, err)
		sh.Status, sh.Claim = st, claim
		_, err = r.st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: sh}}}, nil)
		require.NoError(t, err)
	}
	setStatus(order.StatusDelivering, nil) // dispatched as 배송없음

	_, err := r.st.DecideDelivery(ctx, key, store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller", Reason: "다시"})
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Sent, "the resend left")
	assert.Zero(t, rep.Canceled)
	d := r.delivery(key)
	assert.Equal(t, store.DeliverySent, d.State)
	assert.Equal(t, 1, d.Resends)
	assert.Len(t, r.catcher.MailsTo("buyer_again@naver.com"), 2)
	r.run()
	assert.Len(t, r.catcher.MailsTo("buyer_again@naver.com"), 2, "one resend, one mail")

	// a cancel request after the dispatch: the next resend does not leave
	setStatus(order.StatusDelivering, &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true})
	_, err = r.st.DecideDelivery(ctx, key, store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller", Reason: "다시"})
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Canceled)
	assert.Len(t, r.catcher.MailsTo("buyer_again@naver.com"), 2)
}

func TestGuardOf(t *testing.T) {
	first := store.Delivery{}
	resent := store.Delivery{Resends: 1}
	for _, tt := range []struct {
		d    store.Delivery
		st   order.Status
		stop bool
	}{
		{first, order.StatusPaid, false},
		{first, order.StatusAcknowledged, false},
		{first, order.StatusDelivering, true},
		{resent, order.StatusDelivering, false},
		{resent, order.StatusDecided, false},
		{resent, order.StatusCanceled, true},
		{resent, order.StatusReturned, true},
	} {
		got := GuardOf(tt.d)(order.Shipment{Status: tt.st})
		assert.Equal(t, tt.stop, got != "", "%v resends=%d", tt.st, tt.d.Resends)
	}
}

// TestRunnerManualGoesToNothing: an order the seller delivered by hand ('직접 보냄') is dispatched
// as 배송없음 like a mailed one, without a mail; the pipeline reads back first, so one the seller
// dispatched in the seller centre too is only recorded.
func TestRunnerManualGoesToNothing(t *testing.T) {
	r := newRig(t, mailcatcher.ImplicitTLS)
	ctx := context.Background()
	key := r.naverOrder("1102", "kimm****", "1", "GUIDE", 1, "NOTHING")
	rep := r.run(key)
	require.Equal(t, 1, rep.Held, "a masked buyer ID waits")
	_, err := r.st.DecideDelivery(ctx, key, store.DeliveryDecision{To: store.DeliveryManual, Actor: "seller", Reason: "직접"})
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Market)
	assert.Equal(t, []string{key}, r.market.keys)
	d := r.delivery(key)
	assert.Equal(t, store.DeliveryManual, d.State)
	assert.Equal(t, store.MarketDone, d.MarketState)
	assert.Empty(t, r.catcher.Mails())
	r.run()
	assert.Len(t, r.market.keys, 1, "dispatched once")
}
