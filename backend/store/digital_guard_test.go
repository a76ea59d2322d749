package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// After a restore of an older backup, what the backup shows planned (or failed with tries left)
// may have been mailed since: it becomes unknown and waits for the seller.
func TestHoldAfterRestore(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), newClock())
	_, err := s.ImportCodes(ctx, "font", []string{"A", "B", "C"}, "seller")
	require.NoError(t, err)
	for _, k := range []string{"naver/1", "naver/2", "naver/3"} {
		_, err := s.PlanDelivery(ctx, plan(k, 1))
		require.NoError(t, err)
	}
	started, err := s.BeginSend(ctx, "naver/2", nil)
	require.NoError(t, err)
	require.True(t, started.Started)
	_, err = s.FinishSend(ctx, "naver/2", store.SendResult{State: store.DeliverySent, Note: "buyer01@naver.com에게 보냈습니다."})
	require.NoError(t, err)
	started, err = s.BeginSend(ctx, "naver/3", nil)
	require.NoError(t, err)
	require.True(t, started.Started)
	_, err = s.FinishSend(ctx, "naver/3", store.SendResult{State: store.DeliveryFailed, Note: "거절"})
	require.NoError(t, err)

	keys, err := s.HoldAfterRestore(ctx, "복원됨")
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"naver/1", "naver/3"}, keys)
	for k, want := range map[string]store.DeliveryState{"naver/1": store.DeliveryUnknown, "naver/2": store.DeliverySent, "naver/3": store.DeliveryUnknown} {
		d, _, err := s.Delivery(ctx, k)
		require.NoError(t, err)
		assert.Equal(t, want, d.State, k)
	}
	started, err = s.BeginSend(ctx, "naver/1", nil)
	require.NoError(t, err)
	assert.False(t, started.Started, "an unknown delivery is never sent by itself")
	d, err := s.DecideDelivery(ctx, "naver/1", store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller", Reason: "확인함"})
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryPlanned, d.State, "the seller sends it again")
}

// A plan marked unsure binds its codes and writes its mail, but waits as unknown.
func TestUnsurePlanWaitsForTheSeller(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), newClock())
	_, err := s.ImportCodes(ctx, "font", []string{"A", "B"}, "seller")
	require.NoError(t, err)
	p := plan("naver/1", 1)
	p.Unsure = "복원 전에 보냈을 수 있습니다."
	d, err := s.PlanDelivery(ctx, p)
	require.NoError(t, err)
	assert.Equal(t, store.DeliveryUnknown, d.State)
	assert.Equal(t, []string{"A"}, d.Codes)
	assert.NotEmpty(t, d.Subject)
	assert.Equal(t, p.Unsure, d.Note)
	b, err := s.DeliveryBadges(ctx, []string{"naver/1", "naver/9"})
	require.NoError(t, err)
	assert.Equal(t, map[string]store.DeliveryBadge{"naver/1": {State: store.DeliveryUnknown}}, b)
	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: "naver/1"})
	require.NoError(t, err)
	for _, e := range audit {
		assert.NotContains(t, e.Detail, "buyer01@naver.com", "the audit log keeps no buyer address")
	}
}

// The retention masks a delivery with its shipment: the buyer's name and address go, the codes
// stay bound (never handed out again), and the mail cannot be sent again.
func TestRetentionMasksDeliveries(t *testing.T) {
	ctx := context.Background()
	c := newClock()
	s := openStore(t, t.TempDir(), c)
	paid := c.Now().Add(-40 * 24 * time.Hour)
	sh := ship(order.Naver, "1", order.StatusDecided, paid)
	sh.OrdererName, sh.ChangedAt = "김민준", paid.Add(24*time.Hour)
	_, err := s.Apply(ctx, store.Batch{Records: records(sh)}, nil)
	require.NoError(t, err)
	_, err = s.ImportCodes(ctx, "font", []string{"A", "B"}, "seller")
	require.NoError(t, err)
	p := plan("naver/1", 1)
	p.Delivery.BuyerName = "김민준"
	p.Prepare = func(d *store.Delivery) error {
		d.Subject, d.Body = "김민준님, 코드입니다", "김민준님 코드: "+d.Codes[0]
		return nil
	}
	_, err = s.PlanDelivery(ctx, p)
	require.NoError(t, err)
	started, err := s.BeginSend(ctx, "naver/1", nil)
	require.NoError(t, err)
	require.True(t, started.Started)
	_, err = s.FinishSend(ctx, "naver/1", store.SendResult{State: store.DeliveryUnknown, Note: "buyer01@naver.com에게 보냈는지 모릅니다"})
	require.NoError(t, err)

	res, err := s.MaskPersonalData(ctx, c.Now().Add(time.Hour), "system", "test")
	require.NoError(t, err)
	require.Equal(t, 1, res.Masked)
	d, _, err := s.Delivery(ctx, "naver/1")
	require.NoError(t, err)
	assert.NotNil(t, d.MaskedAt)
	assert.Equal(t, "김**", d.BuyerName)
	assert.Equal(t, "bu*****@naver.com", d.To)
	assert.Equal(t, store.MaskedBody, d.Body)
	assert.NotContains(t, d.Subject+d.Note, "김민준")
	assert.NotContains(t, d.Note, "buyer01@naver.com")
	assert.Equal(t, []string{"A"}, d.Codes, "the code stays bound")
	_, err = s.DecideDelivery(ctx, "naver/1", store.DeliveryDecision{To: store.DeliveryPlanned, Actor: "seller"})
	assert.ErrorIs(t, err, store.ErrDeliveryState, "a masked delivery cannot be sent again")
	stock, err := s.CodeStockOf(ctx, "font")
	require.NoError(t, err)
	assert.Equal(t, store.CodeStock{Pool: "font", Available: 1, Used: 1}, stock)
}

func TestMaskAddress(t *testing.T) {
	for in, want := range map[string]string{"buyer01@naver.com": "bu*****@naver.com", "a@b.kr": "*@b.kr", "ab@b.kr": "a*@b.kr", "": "", "x": "***"} {
		assert.Equal(t, want, store.MaskAddress(in), in)
	}
}
