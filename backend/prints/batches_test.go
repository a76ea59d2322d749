package prints

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/testclock"
)

// Every real print of the shipping list is a numbered batch (차수) that the boxes carry; 미출력만
// finds the boxes on none; a reprint prints the batch's boxes again under the same number.
func TestShippingListPrintsAreNumberedBatches(t *testing.T) {
	ctx := context.Background()
	clock := testclock.New(time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC))
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "data"), store.Options{Now: clock.Now})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	a := naverShipment("2026112210001001", "김민우", "010-1234-5678", "서울특별시 강남구 테헤란로 152", order.StatusPaid, 2)
	b := naverShipment("2026112210002001", "박지훈", "010-2222-3333", "부산광역시 해운대구 센텀중앙로 79", order.StatusPaid, 1)
	c := naverShipment("2026112210003001", "이서연", "010-3333-4444", "대구광역시 중구 동성로 1", order.StatusPaid, 1)
	_, err = st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: a}, {Shipment: b}, {Shipment: c}}}, nil)
	require.NoError(t, err)
	svc := New(Config{Store: st, Now: clock.Now})
	unprinted := func() []string {
		keys, err := st.Keys(ctx, store.Filter{Unprinted: true})
		require.NoError(t, err)
		return keys
	}

	// A preview and a picking list make no batch.
	_, err = svc.Print(ctx, Request{Kind: "shipping", Keys: []string{a.Key()}, Format: "csv"})
	require.NoError(t, err)
	res, err := svc.Print(ctx, Request{Kind: "picking", Keys: []string{a.Key()}, Format: "csv", Record: true})
	require.NoError(t, err)
	assert.Empty(t, res.Batch)
	assert.Len(t, unprinted(), 3)

	first, err := svc.Print(ctx, Request{Kind: "shipping", Keys: []string{a.Key(), b.Key()}, Format: "csv", Record: true})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-22#1", first.Batch)
	assert.Equal(t, []string{c.Key()}, unprinted())
	got, err := st.Shipment(ctx, a.Key())
	require.NoError(t, err)
	require.NotNil(t, got.Printed)
	assert.Equal(t, "2026-11-22#1", got.Printed.Batch)
	assert.ElementsMatch(t, []string{"pick", "shipping"}, got.Printed.Lists)
	page, err := st.List(ctx, store.Filter{Text: "김민우"})
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.Equal(t, "2026-11-22#1", page.Items[0].Printed.Batch, "the board's row carries the batch")

	clock.Add(time.Hour)
	second, err := svc.Print(ctx, Request{Kind: "shipping", Filter: store.Filter{Unprinted: true}, Format: "csv", Record: true})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-22#2", second.Batch)
	assert.Equal(t, 1, second.Count)
	assert.Empty(t, unprinted())

	clock.Add(time.Hour)
	again, err := svc.Print(ctx, Request{Kind: "shipping", Batch: "2026-11-22#1", Format: "csv", Record: true})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-22#1", again.Batch, "a reprint keeps its number")
	assert.Equal(t, 2, again.Count)
	batches, err := Batches(ctx, st)
	require.NoError(t, err)
	require.Len(t, batches, 2)
	assert.Equal(t, "2026-11-22#2", batches[0].ID, "newest first")
	assert.Equal(t, []string{a.Key(), b.Key()}, batches[1].Keys)
	assert.False(t, batches[1].Reprinted.IsZero())

	_, err = svc.Print(ctx, Request{Kind: "shipping", Batch: "2026-11-21#9", Format: "csv", Record: true})
	require.Error(t, err)

	// The next KST day starts again at 1.
	clock.Add(20 * time.Hour)
	next, err := svc.Print(ctx, Request{Kind: "shipping", Keys: []string{c.Key()}, Format: "csv", Record: true})
	require.NoError(t, err)
	assert.Equal(t, "2026-11-23#1", next.Batch)
}
