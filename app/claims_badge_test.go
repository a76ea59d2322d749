package app

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/fulfil"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// The sidebar's 클레임 badge counts the open claims the 클레임 screen lists.
func TestOverviewCountsOpenClaims(t *testing.T) {
	a, _ := newPrintApp(t)
	ov, err := a.Orders().Overview()
	require.NoError(t, err)
	assert.Zero(t, ov.Claims)

	plain := naverShipment("2026112210001001", "김민우", "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusPaid, 1)
	cancel := naverShipment("2026112210004001", "이서연", "010-4444-5555", "인천광역시 연수구 송도과학로 32", order.StatusPaid, 1)
	cancel.Claim = &order.Claim{Type: order.ClaimCancel, MarketStatus: "CANCEL_REQUEST", Open: true}
	_, err = a.ApplyBatch(context.Background(), store.Batch{Records: []store.Record{{Shipment: plain}, {Shipment: cancel}}})
	require.NoError(t, err)

	ov, err = a.Orders().Overview()
	require.NoError(t, err)
	claims, err := fulfil.OpenClaims(context.Background(), a.Store(), "")
	require.NoError(t, err)
	require.Len(t, claims, 1)
	assert.Equal(t, 1, ov.Claims)
}
