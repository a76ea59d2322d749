package store

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// Masking a settled hope-delivery box masks why its day moved (the buyer's own words, in the box
// and in Naver's raw payload) and keeps the day.
func TestMaskingHopeChangeReason(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	s, err := Open(ctx, t.TempDir(), Options{Now: func() time.Time { return now }})
	require.NoError(t, err)
	defer s.Close()
	day := time.Date(2026, 8, 20, 0, 0, 0, 0, order.KST())
	sh := order.Shipment{Marketplace: order.Naver, ID: "5", OrderID: "O5", Status: order.StatusDecided, ChangedAt: now,
		PaidAt: now.Add(-time.Hour), Receiver: order.Receiver{Name: "한비밀", Phone: "010-1212-3434", Address1: "서울특별시 비밀구 1"},
		Lines:        []order.Line{{ProductName: "케이크", Quantity: 1}},
		Hope:         &order.HopeDelivery{Date: day, ChangeReason: "어머니 생신이 당겨져서", Changer: "구매자"},
		PreviousHope: &order.HopeDelivery{Date: day.AddDate(0, 0, 1)}}
	raw := []byte(`{"productOrder":{"hopeDelivery":{"hopeDeliveryYmd":"20260820","changeReason":"어머니 생신이 당겨져서","changer":"구매자"}}}`)
	_, err = s.Apply(ctx, Batch{Records: []Record{{Shipment: sh, Raw: raw}}}, nil)
	require.NoError(t, err)
	_, err = s.MaskPersonalData(ctx, now.Add(24*time.Hour), "system", "test")
	require.NoError(t, err)
	got, err := s.Shipment(ctx, "naver/5")
	require.NoError(t, err)
	require.NotNil(t, got.Hope)
	assert.Equal(t, "***", got.Hope.ChangeReason)
	assert.True(t, got.Hope.Date.Equal(day), "the day stays")
	r, err := s.RawPayload(ctx, "naver/5")
	require.NoError(t, err)
	var m map[string]map[string]map[string]any
	require.NoError(t, json.Unmarshal(r, &m))
	assert.Equal(t, "***", m["productOrder"]["hopeDelivery"]["changeReason"])
	assert.Equal(t, "20260820", m["productOrder"]["hopeDelivery"]["hopeDeliveryYmd"])
}
