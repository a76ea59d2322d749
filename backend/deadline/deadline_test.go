package deadline

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

func TestNearCountsUnshippedBoxesWithinTheHours(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "data"), store.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, order.KST())
	box := func(id string, status order.Status, due time.Time) store.Record {
		return store.Record{Shipment: order.Shipment{Marketplace: order.Coupang, ID: id, OrderID: "9" + id, Status: status,
			PaidAt: now.Add(-48 * time.Hour), ShipBy: due, Receiver: order.Receiver{Name: "김민우"},
			Lines: []order.Line{{ItemID: "1", ProductName: "캐슈넛", Quantity: 1}}}}
	}
	_, err = st.Apply(ctx, store.Batch{Records: []store.Record{
		box("101", order.StatusPaid, now.Add(-time.Hour)),          // passed
		box("102", order.StatusAcknowledged, now.Add(5*time.Hour)), // within 6 h
		box("103", order.StatusPaid, now.Add(7*time.Hour)),         // after 6 h
		box("104", order.StatusShipped, now.Add(time.Hour)),        // sent already
		box("105", order.StatusPaid, time.Time{}),                  // no deadline given
	}}, nil)
	require.NoError(t, err)

	a, err := Near(ctx, st, now)
	require.NoError(t, err)
	assert.Equal(t, DefaultHours, a.Hours)
	assert.Equal(t, 2, a.Count)
	assert.Equal(t, "coupang/101", a.First.Key)

	require.NoError(t, SetHours(ctx, st, 8))
	a, err = Near(ctx, st, now)
	require.NoError(t, err)
	assert.Equal(t, 3, a.Count)

	for _, h := range []int{0, -1, 73} {
		err := SetHours(ctx, st, h)
		var ue *usererr.Error
		require.ErrorAs(t, err, &ue, "hours %d", h)
	}
	h, err := Hours(ctx, st)
	require.NoError(t, err)
	assert.Equal(t, 8, h, "a refused value changes nothing")
}
