package app

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

func TestAcknowledgeOnTheSimulators(t *testing.T) {
	rig := newSimRig(t)
	rig.naver.AddOrders(3)
	rig.coupang.AddOrders(4)
	a := rig.app(t, nil)
	ctx := context.Background()
	require.NoError(t, a.PutSettings(ctx, rig.settings()))
	_, err := a.SyncOnce(ctx)
	require.NoError(t, err)
	page, err := a.Store().List(ctx, store.Filter{Statuses: []order.Status{order.StatusPaid}, Limit: 100})
	require.NoError(t, err)
	require.Equal(t, 7, page.Total)

	var keys []string
	var blockedKey string
	for _, s := range page.Items {
		if s.Blocked {
			blockedKey = s.Key
		}
		keys = append(keys, s.Key)
	}
	if blockedKey == "" { // hold one back with a blocking finding, as a changed address would
		blockedKey = keys[0]
		require.NoError(t, a.Store().Update(ctx, blockedKey, func(s *order.Shipment) error {
			s.Findings = append(s.Findings, order.Finding{Code: order.AddressChanged, Severity: order.Block, Line: -1,
				Message: "주소가 바뀌었습니다.", Evidence: []order.Evidence{{Field: "address", Old: "a", New: "b"}}})
			return nil
		}))
	}
	events, stop := a.Events().Subscribe()
	defer stop()

	res, err := a.Desk().Acknowledge(append(keys, keys[1])) // a repeated key is sent once
	require.NoError(t, err)
	assert.Len(t, res.Acknowledged, 6, res.Summary)
	require.Len(t, res.Skipped, 1)
	assert.Equal(t, blockedKey, res.Skipped[0].Key)
	assert.Contains(t, res.Skipped[0].Reason, "주소 변경")
	assert.Empty(t, res.Failed)
	assert.Equal(t, "6건 발주확인했습니다, 1건은 보내지 않았습니다.", res.Summary)

	// The sync started by Acknowledge reads the new statuses back.
	waitFor(t, events, EventSyncFinished, order.Naver)
	waitFor(t, events, EventSyncFinished, order.Coupang)
	for _, k := range res.Acknowledged {
		s, err := a.Store().Shipment(ctx, k)
		require.NoError(t, err)
		assert.Equal(t, order.StatusAcknowledged, s.Status, k+" "+s.MarketStatus)
	}
	audit, err := a.Store().Audit(ctx, store.AuditQuery{ShipmentKey: res.Acknowledged[0]})
	require.NoError(t, err)
	require.NotEmpty(t, audit)
	assert.Equal(t, "acknowledged", audit[0].Action)

	// A second 발주확인 of the same boxes sends nothing.
	again, err := a.Desk().Acknowledge(res.Acknowledged[:2])
	require.NoError(t, err)
	assert.Empty(t, again.Acknowledged)
	require.Len(t, again.Skipped, 2)
	assert.Contains(t, again.Skipped[0].Reason, "신규주문이 아니라")
}

func TestAcknowledgeInputErrors(t *testing.T) {
	d := newTestApp(t).Desk()
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"nothing selected", nil, "발주확인할 주문을 먼저 선택하세요."},
		{"malformed key", []string{"../x"}, "주문 번호가 올바르지 않습니다."},
		{"unknown shipment", []string{"coupang/404"}, "선택한 주문 중 찾을 수 없는 주문이 있습니다. 목록을 새로 고치세요."},
		{"too many", make([]string, MaxAcknowledge+1), "한 번에 1000건까지 발주확인할 수 있습니다. 나누어 진행하세요."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.Acknowledge(tt.keys)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestAcknowledgeWithoutKeysSaysSo(t *testing.T) {
	a := newTestApp(t)
	rec := sampleShipment("642538970006401429", mismatchShipment("1").Shipment.PaidAt, "레몬 가루 150g")
	rec.Shipment.Lines[0].ExposedName = ""
	rec.Shipment.Lines[0].BundleSize = 0
	_, err := a.Store().Apply(context.Background(), store.Batch{Records: []store.Record{rec}}, nil)
	require.NoError(t, err)
	res, err := a.Desk().Acknowledge([]string{rec.Shipment.Key()})
	require.NoError(t, err)
	require.Len(t, res.Failed, 1)
	assert.Equal(t, "쿠팡 API 키가 없습니다. 설정에서 먼저 키를 입력하세요.", res.Failed[0].Reason)
}

func TestOverviewSaysWhenTheNextSyncRuns(t *testing.T) {
	rig := newSimRig(t)
	rig.coupang.AddOrders(2)
	a := rig.app(t, nil)
	ctx := context.Background()
	s := rig.settings()
	s.Naver = NaverKeys{} // only Coupang
	require.NoError(t, a.PutSettings(ctx, s))
	ov, err := a.Desk().Overview()
	require.NoError(t, err)
	assert.Empty(t, ov.Markets[1].NextRun, "no loop runs yet")

	events, stop := a.Events().Subscribe()
	defer stop()
	require.NoError(t, a.StartSync(ctx))
	waitFor(t, events, EventSyncFinished, order.Coupang)
	ov, err = a.Desk().Overview()
	require.NoError(t, err)
	var cp MarketOverview
	for _, m := range ov.Markets {
		if m.Market == order.Coupang {
			cp = m
		}
	}
	require.NotEmpty(t, cp.LastSuccess)
	require.NotEmpty(t, cp.NextRun)
	last, err := time.ParseInLocation("2006-01-02 15:04", cp.LastSuccess, kst)
	require.NoError(t, err)
	next, err := time.ParseInLocation("2006-01-02 15:04", cp.NextRun, kst)
	require.NoError(t, err)
	assert.Equal(t, 60*time.Minute, next.Sub(last), "one interval (60 minutes) after the last run")
}
