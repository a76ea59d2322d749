package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

func plan(key string, codes int) store.DeliveryPlan {
	return store.DeliveryPlan{
		Delivery: store.Delivery{Key: key, Market: order.Naver, OrderID: "O1", Product: "font", Kind: "codes", Pool: "font",
			ProductName: "폰트", Quantity: codes, To: "buyer01@naver.com", ToSource: "naver-id", MaxAttempts: 3},
		Codes: codes, ShortHold: "no-codes", ShortNote: "코드가 모자랍니다",
		Prepare: func(d *store.Delivery) error {
			d.Subject, d.Body = "코드 보내 드립니다", fmt.Sprint(d.Codes)
			return nil
		},
		Actor: "sellerdesk",
	}
}

func TestDeliveryCodesBoundOnceNeverTwice(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)

	res, err := s.ImportCodes(ctx, "font", []string{"A", "B", "C", "A"}, "seller")
	require.NoError(t, err)
	assert.Equal(t, 3, res.Added)
	assert.Equal(t, 1, res.Known)

	d1, err := s.PlanDelivery(ctx, plan("naver/1", 2))
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryPlanned, d1.State)
	assert.Equal(t, []string{"A", "B"}, d1.Codes)
	assert.Equal(t, "코드 보내 드립니다", d1.Subject)

	again, err := s.PlanDelivery(ctx, plan("naver/1", 2))
	require.NoError(t, err)
	assert.Equal(t, d1, again, "planning again changes nothing and binds nothing")

	d2, err := s.PlanDelivery(ctx, plan("naver/2", 2))
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryHeld, d2.State, "one code left for two units")
	assert.Equal(t, "no-codes", d2.Hold)
	assert.Empty(t, d2.Codes)

	// importing the same file again (and a given code) adds nothing
	res, err = s.ImportCodes(ctx, "font", []string{"A", "B", "C", "D"}, "seller")
	require.NoError(t, err)
	assert.Equal(t, 1, res.Added)
	assert.Equal(t, store.CodeStock{Pool: "font", Available: 2, Used: 2}, res.Stock)

	d2, err = s.PlanDelivery(ctx, plan("naver/2", 2))
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryPlanned, d2.State, "a held delivery is planned again once codes came")
	assert.Equal(t, []string{"C", "D"}, d2.Codes)

	st, err := s.CodeStocks(ctx)
	require.NoError(t, err)
	assert.Equal(t, []store.CodeStock{{Pool: "font", Available: 0, Used: 4}}, st)

	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: "naver/2"})
	require.NoError(t, err)
	var actions []string
	for _, e := range audit {
		actions = append(actions, e.Action)
	}
	assert.Equal(t, []string{"digital.planned", "digital.held"}, actions)
}

func TestDeliveryPlanIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), newClock())
	_, err := s.ImportCodes(ctx, "font", []string{"A"}, "seller")
	require.NoError(t, err)
	p := plan("naver/1", 1)
	p.Prepare = func(*store.Delivery) error { return errors.New("template broke") }
	_, err = s.PlanDelivery(ctx, p)
	require.Error(t, err)
	stock, err := s.CodeStockOf(ctx, "font")
	require.NoError(t, err)
	assert.Equal(t, 1, stock.Available, "the code was not bound without its delivery")
	_, ok, err := s.Delivery(ctx, "naver/1")
	require.NoError(t, err)
	assert.False(t, ok)
}

func storeShipment(t *testing.T, s *store.Store, id string, claim *order.Claim) {
	t.Helper()
	sh := ship(order.Naver, id, order.StatusPaid, time.Date(2026, 11, 1, 9, 0, 0, 0, order.KST()))
	sh.Claim = claim
	_, err := s.Apply(context.Background(), store.Batch{Records: []store.Record{{Shipment: sh}}}, nil)
	require.NoError(t, err)
}

func TestDeliverySendStates(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	_, err := s.ImportCodes(ctx, "font", []string{"A", "B", "C"}, "seller")
	require.NoError(t, err)
	storeShipment(t, s, "1", nil)
	noClaim := func(sh order.Shipment) string {
		if sh.Claim != nil && sh.Claim.Open {
			return "취소 요청"
		}
		return ""
	}

	_, err = s.PlanDelivery(ctx, plan("naver/1", 1))
	require.NoError(t, err)
	st, err := s.BeginSend(ctx, "naver/1", noClaim)
	require.NoError(t, err)
	require.True(t, st.Started)
	assert.Equal(t, store.DeliverySending, st.Delivery.State)
	assert.Equal(t, 1, st.Delivery.Attempts)

	again, err := s.BeginSend(ctx, "naver/1", noClaim)
	require.NoError(t, err)
	assert.False(t, again.Started, "a delivery being sent cannot be started twice")

	// failed: retried at its time, at most MaxAttempts times
	d, err := s.FinishSend(ctx, "naver/1", store.SendResult{State: store.DeliveryFailed, Note: "거부", RetryAt: c.Now().Add(time.Minute)})
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryFailed, d.State)
	st, err = s.BeginSend(ctx, "naver/1", noClaim)
	require.NoError(t, err)
	assert.False(t, st.Started, "not before its retry time")
	for attempt := 2; attempt <= 3; attempt++ {
		c.Add(2 * time.Minute)
		st, err = s.BeginSend(ctx, "naver/1", noClaim)
		require.NoError(t, err)
		require.True(t, st.Started, "attempt %d", attempt)
		assert.Equal(t, attempt, st.Delivery.Attempts)
		_, err = s.FinishSend(ctx, "naver/1", store.SendResult{State: store.DeliveryFailed, RetryAt: c.Now()})
		require.NoError(t, err)
	}
	c.Add(time.Hour)
	st, err = s.BeginSend(ctx, "naver/1", noClaim)
	require.NoError(t, err)
	assert.False(t, st.Started, "attempts are bounded")

	// the seller sends again: counted, attempts reset, same codes and Message-ID
	before, _, err := s.Delivery(ctx, "naver/1")
	require.NoError(t, err)
	d, err = s.DecideDelivery(ctx, "naver/1", store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller", Reason: "주소 확인함"})
	require.NoError(t, err)
	assert.Equal(t, 1, d.Resends)
	assert.Equal(t, 0, d.Attempts)
	assert.Equal(t, before.Codes, d.Codes)
	assert.Equal(t, before.MessageID, d.MessageID)
	st, err = s.BeginSend(ctx, "naver/1", noClaim)
	require.NoError(t, err)
	require.True(t, st.Started)
	d, err = s.FinishSend(ctx, "naver/1", store.SendResult{State: store.DeliverySent})
	require.NoError(t, err)
	assert.Equal(t, store.DeliverySent, d.State)
	assert.False(t, d.SentAt.IsZero())
	_, err = s.FinishSend(ctx, "naver/1", store.SendResult{State: store.DeliverySent})
	assert.ErrorIs(t, err, store.ErrDeliveryState)

	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: "naver/1"})
	require.NoError(t, err)
	found := false
	for _, e := range audit {
		if e.Action == "digital.resend" {
			found = true
			assert.Equal(t, "seller", e.Actor)
			assert.Equal(t, "주소 확인함", e.Detail)
		}
	}
	assert.True(t, found, "the resend is in the audit log")
}

func TestDeliveryClaimBeforeSendStopsIt(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), newClock())
	_, err := s.ImportCodes(ctx, "font", []string{"A"}, "seller")
	require.NoError(t, err)
	storeShipment(t, s, "1", &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true})
	_, err = s.PlanDelivery(ctx, plan("naver/1", 1))
	require.NoError(t, err)
	st, err := s.BeginSend(ctx, "naver/1", func(sh order.Shipment) string {
		if sh.Claim != nil && sh.Claim.Open {
			return "구매자가 취소를 요청했습니다"
		}
		return ""
	})
	require.NoError(t, err)
	assert.False(t, st.Started)
	assert.Equal(t, store.DeliveryCanceled, st.Delivery.State)
	assert.Equal(t, "구매자가 취소를 요청했습니다", st.Delivery.Note)
	stock, err := s.CodeStockOf(ctx, "font")
	require.NoError(t, err)
	assert.Equal(t, 0, stock.Available, "a bound code is never given to anyone else")
}

func TestDeliveryInterruptedSendBecomesUnknown(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openStore(t, dir, newClock())
	_, err := s.ImportCodes(ctx, "font", []string{"A"}, "seller")
	require.NoError(t, err)
	_, err = s.PlanDelivery(ctx, plan("naver/1", 1))
	require.NoError(t, err)
	st, err := s.BeginSend(ctx, "naver/1", nil)
	require.NoError(t, err)
	require.True(t, st.Started)
	require.NoError(t, s.Close())

	s = openStore(t, dir, newClock())
	keys, err := s.RecoverSending(ctx, "프로그램이 메일을 보내는 중에 멈췄습니다")
	require.NoError(t, err)
	assert.Equal(t, []string{"naver/1"}, keys)
	d, _, err := s.Delivery(ctx, "naver/1")
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryUnknown, d.State)
	st, err = s.BeginSend(ctx, "naver/1", nil)
	require.NoError(t, err)
	assert.False(t, st.Started, "unknown is never sent again by itself")

	_, err = s.DecideDelivery(ctx, "naver/1", store.DeliveryDecision{To: store.DeliveryCanceled, Actor: "seller"})
	assert.ErrorIs(t, err, store.ErrDeliveryState, "an unknown mail may have arrived: it cannot be 'not sent'")
	d, err = s.DecideDelivery(ctx, "naver/1", store.DeliveryDecision{To: store.DeliverySent, Actor: "seller", Reason: "구매자가 받았다고 함"})
	require.NoError(t, err)
	assert.Equal(t, store.DeliverySent, d.State)
}

func TestDeliveryAddressAndList(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	none, err := s.Deliveries(ctx, store.DeliveryQuery{})
	require.NoError(t, err)
	assert.Empty(t, none, "a file without the digital bucket has no deliveries")

	p := plan("naver/1", 0)
	p.Hold, p.Note = "masked-address", "ID가 가려졌습니다"
	d, err := s.PlanDelivery(ctx, p)
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryHeld, d.State)
	d, err = s.SetDeliveryAddress(ctx, "naver/1", "kim@daum.net", "seller")
	require.NoError(t, err)
	assert.Equal(t, "kim@daum.net", d.Override)

	c.Add(time.Second)
	p2 := plan("naver/2", 0)
	p2.Delivery.Kind, p2.Delivery.Pool = "link", ""
	_, err = s.PlanDelivery(ctx, p2)
	require.NoError(t, err)

	all, err := s.Deliveries(ctx, store.DeliveryQuery{})
	require.NoError(t, err)
	require.Len(t, all, 2)
	assert.Equal(t, "naver/2", all[0].Key, "newest first")
	held, err := s.Deliveries(ctx, store.DeliveryQuery{States: []store.DeliveryState{store.DeliveryHeld}})
	require.NoError(t, err)
	require.Len(t, held, 1)
	assert.Equal(t, "naver/1", held[0].Key)

	// re-planning the held one keeps the seller's address
	p.Hold, p.Note = "", ""
	p.Delivery.To, p.Delivery.ToSource = "kim@daum.net", "seller"
	d, err = s.PlanDelivery(ctx, p)
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryPlanned, d.State)
	assert.Equal(t, "kim@daum.net", d.Override)

	_, err = s.SetDeliveryMarket(ctx, "naver/1", "done", "")
	assert.ErrorIs(t, err, store.ErrDeliveryState, "no marketplace step before the mail left")
}
