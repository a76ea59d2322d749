package syncer

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// A read-back stores what the marketplace says through the sync's path: the box the buyer
// cancelled gets its claim from the order's receipts, the number the seller typed in and did not
// send yet stays, and a box that cannot be read says why.
func TestReadBackStoresThroughTheSyncPath(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, nil)
	boxes := rig.sim.AddOrders(3)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	_, err := src.client.Acknowledge(ctx, boxes[1:2])
	require.NoError(t, err)
	require.NoError(t, e.Run(ctx, src).Err)

	typed := boxKey(boxes[0])
	require.NoError(t, st.Update(ctx, typed, func(s *order.Shipment) error {
		s.Courier, s.TrackingNumber = "CJ대한통운", "612345678905"
		return nil
	}, store.AuditEntry{Actor: "test", Action: "tracking-set"}))
	view, ok := rig.sim.Box(boxes[1])
	require.True(t, ok)
	_, err = rig.sim.CancelBox(boxes[1], view.Units) // 상품준비중: a stop-shipment request
	require.NoError(t, err)

	ids := []string{strconv.FormatInt(boxes[0], 10), strconv.FormatInt(boxes[1], 10), "999"}
	got, failed := e.ReadBack(ctx, src, ids)
	require.Len(t, got, 2, "%v", failed)
	assert.Equal(t, "612345678905", got[typed].TrackingNumber, "the seller's number stays")
	cancelled := got[boxKey(boxes[1])]
	require.NotNil(t, cancelled.Claim, "the order's receipts give the box its claim")
	assert.Equal(t, order.ClaimCancel, cancelled.Claim.Type)
	assert.True(t, cancelled.Claim.Open)
	stored, err := st.Shipment(ctx, boxKey(boxes[1]))
	require.NoError(t, err)
	assert.NotNil(t, stored.Claim, "stored, not only returned")
	assert.Error(t, failed["coupang/999"])
}
