package app

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app/views"
	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

func TestAcknowledgeInputErrors(t *testing.T) {
	d := uiOf(newTestApp(t))
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"nothing selected", nil, "처리할 주문을 선택하세요."},
		{"malformed key", []string{"../x"}, "주문 번호가 올바르지 않습니다: ../x"},
		{"too many", make([]string, fulfil.MaxSelection+1), "한 번에 1000건까지 처리할 수 있습니다. 나누어 진행하세요."},
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
	res, err := uiOf(a).Acknowledge([]string{rec.Shipment.Key()})
	require.NoError(t, err)
	require.Len(t, res.Items, 1)
	assert.Equal(t, fulfil.Failed, res.Items[0].Result)
	assert.Contains(t, res.Items[0].Message, "쿠팡 API 키가 없습니다. 설정에서 먼저 키를 입력하세요.")
	assert.Equal(t, "0건 발주확인했습니다, 1건은 처리하지 못했습니다.", res.Summary)

	res, err = uiOf(a).Acknowledge([]string{"coupang/404"})
	require.NoError(t, err)
	require.Len(t, res.Items, 1)
	assert.Equal(t, "이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", res.Items[0].Message)
}

func TestOverviewSaysWhenTheNextSyncRuns(t *testing.T) {
	rig := newSimRig(t)
	rig.coupang.AddOrders(2)
	a := rig.app(t, nil)
	ctx := context.Background()
	s := rig.settings()
	s.Naver = NaverKeys{} // only Coupang
	require.NoError(t, a.PutSettings(ctx, s))
	ov, err := uiOf(a).Overview()
	require.NoError(t, err)
	assert.Empty(t, ov.Markets[1].NextRun, "no loop runs yet")

	events, stop := a.Events().Subscribe()
	defer stop()
	require.NoError(t, a.StartSync(ctx))
	waitFor(t, events, EventSyncFinished, order.Coupang)
	ov, err = uiOf(a).Overview()
	require.NoError(t, err)
	var cp views.MarketOverview
	for _, m := range ov.Markets {
		if m.Market == order.Coupang {
			cp = m
		}
	}
	require.NotEmpty(t, cp.LastSuccess)
	require.NotEmpty(t, cp.NextRun)
	last, err := time.ParseInLocation("2006-01-02 15:04", cp.LastSuccess, order.KST())
	require.NoError(t, err)
	next, err := time.ParseInLocation("2006-01-02 15:04", cp.NextRun, order.KST())
	require.NoError(t, err)
	assert.Equal(t, 60*time.Minute, next.Sub(last), "one interval (60 minutes) after the last run")
}
