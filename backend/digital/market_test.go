package digital

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/mailcatcher"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// A refusal of 배송없음 waits for the seller; a step without an answer is tried again.
func TestRunnerMarketRefusalIsNotRetried(t *testing.T) {
	r := newRig(t, mailcatcher.StartTLS)
	refused := r.naverOrder("3001", "buyer_ref", "1", "GUIDE", 1, "DELIVERY")
	later := r.naverOrder("3002", "buyer_later", "1", "GUIDE", 1, "DELIVERY")
	r.market.results = map[string]MarketResult{
		refused: {Note: "네이버가 거절했습니다."},
		later:   {Retry: true, Note: "네이버의 응답이 없어 다음에 다시 확인합니다."},
	}
	r.run(refused, later)
	assert.Equal(t, store.MarketFailed, r.delivery(refused).MarketState)
	assert.Equal(t, store.MarketPending, r.delivery(later).MarketState)
	delete(r.market.results, later)
	rep := r.run()
	assert.Equal(t, 1, rep.Market)
	assert.Equal(t, store.MarketDone, r.delivery(later).MarketState)
	assert.Equal(t, store.MarketFailed, r.delivery(refused).MarketState)
	assert.Equal(t, []string{refused, later, later}, r.market.keys, "the refused one was not sent again")
}

// A later read shows the order 배송완료 (Naver's feed does not say it: the runner reads the
// dispatched orders again now and then), then 구매확정 (the sync brings it).
func TestRunnerConfirmsDeliveredThenDecided(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, mailcatcher.StartTLS)
	key := r.naverOrder("3003", "buyer_conf", "1", "GUIDE", 1, "DELIVERY")
	r.run(key)
	require.Equal(t, store.MarketDone, r.delivery(key).MarketState)
	r.market.reads = nil

	sh, err := r.st.Shipment(ctx, key)
	require.NoError(t, err)
	sh.Status, sh.MarketStatus = order.StatusDelivering, "DELIVERING"
	_, err = r.st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: sh}}}, nil)
	require.NoError(t, err)
	delivered := sh
	delivered.Status, delivered.MarketStatus = order.StatusDelivered, "DELIVERED"
	r.market.back = map[string]order.Shipment{key: delivered}

	r.clock.Add(time.Hour)
	rep := r.run()
	assert.Zero(t, rep.Confirmed, "read again only every ConfirmEvery")
	assert.Empty(t, r.market.reads)
	r.clock.Add(6 * time.Hour)
	rep = r.run()
	assert.Equal(t, 1, rep.Confirmed)
	assert.Equal(t, []string{key}, r.market.reads)
	d := r.delivery(key)
	assert.Equal(t, store.MarketDelivered, d.MarketState)
	assert.Contains(t, d.MarketNote, "배송완료")

	sh.Status, sh.MarketStatus = order.StatusDecided, "PURCHASE_DECIDED"
	_, err = r.st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: sh}}}, nil)
	require.NoError(t, err)
	rep = r.run(key)
	assert.Equal(t, 1, rep.Confirmed)
	assert.Equal(t, store.MarketDecided, r.delivery(key).MarketState)
	assert.Len(t, r.market.reads, 1, "구매확정 came with the sync: no read needed")
}

// After a restore of an older backup, nothing the backup shows unsent, and no order paid before
// the restore, is mailed without the seller; an order paid after it is.
func TestRunnerAfterRestore(t *testing.T) {
	ctx := context.Background()
	r := newRig(t, mailcatcher.StartTLS)
	planned := r.naverOrder("3004", "buyer_planned", "1", "GUIDE", 1, "DELIVERY")
	r.noMail = true
	r.run(planned)
	require.Equal(t, store.DeliveryPlanned, r.delivery(planned).State)
	r.noMail = false
	unseen := r.naverOrder("3005", "buyer_unseen", "1", "GUIDE", 1, "DELIVERY") // paid before the restore, not yet read

	r.clock.Add(time.Minute)
	held, err := AfterRestore(ctx, r.st, r.clock.Now())
	require.NoError(t, err)
	assert.Equal(t, []string{planned}, held)
	r.clock.Add(time.Minute)
	fresh := r.naverOrder("3006", "buyer_fresh", "1", "GUIDE", 1, "DELIVERY")

	rep := r.run(unseen, fresh)
	assert.Equal(t, 1, rep.Sent)
	assert.Len(t, r.catcher.MailsTo("buyer_fresh@naver.com"), 1)
	for _, k := range []string{planned, unseen} {
		d := r.delivery(k)
		assert.Equal(t, store.DeliveryUnknown, d.State, k)
		assert.Contains(t, d.Note, "백업", k)
		assert.NotEmpty(t, d.Subject, "the mail is ready for the seller's resend")
	}
	assert.Len(t, r.catcher.Mails(), 1)

	_, err = r.st.DecideDelivery(ctx, unseen, store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller", Reason: "보낸메일함에 없음"})
	require.NoError(t, err)
	rep = r.run()
	assert.Equal(t, 1, rep.Sent)
	assert.Len(t, r.catcher.MailsTo("buyer_unseen@naver.com"), 1)
}
