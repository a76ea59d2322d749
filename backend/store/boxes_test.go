package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// Issue 12 point 9: the store numbers the boxes of an order (in the order of their ids) wherever it
// hands out a shipment or a summary, so every screen names a box the same way; the numbers survive
// a restart (the saved index) and a rebuilt index.
func TestStoreNumbersTheBoxesOfAnOrder(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	paid := time.Date(2026, 11, 22, 9, 0, 0, 0, order.KST())
	inOrder := func(sh *order.Shipment) { sh.OrderID = "30000012345" }
	boxes := []order.Shipment{
		ship(order.Coupang, "642538970006401439", order.StatusPaid, paid, inOrder),
		ship(order.Coupang, "642538970006401429", order.StatusPaid, paid, inOrder),
		ship(order.Coupang, "64253897000640143", order.StatusAcknowledged, paid, inOrder),
		// the same order number on the other marketplace is another order
		ship(order.Naver, "2026112210001001", order.StatusPaid, paid, inOrder),
		ship(order.Coupang, "642538970006409999", order.StatusPaid, paid),
	}
	want := map[string]order.BoxNo{
		"coupang/64253897000640143":  {No: 1, Of: 3},
		"coupang/642538970006401429": {No: 2, Of: 3},
		"coupang/642538970006401439": {No: 3, Of: 3},
		"naver/2026112210001001":     {},
		"coupang/642538970006409999": {},
	}
	check := func(s *store.Store) {
		t.Helper()
		for key, box := range want {
			sh, err := s.Shipment(ctx, key)
			require.NoError(t, err)
			assert.Equal(t, box, sh.Box, key)
		}
		keys := []string{"coupang/642538970006401439", "naver/2026112210001001"}
		ships, err := s.Shipments(ctx, keys)
		require.NoError(t, err)
		assert.Equal(t, "쿠팡 30000012345 홍길동 (박스 3/3)", ships[0].Name())
		assert.Equal(t, "네이버 30000012345 홍길동", ships[1].Name())
		page, err := s.List(ctx, store.Filter{Limit: 10})
		require.NoError(t, err)
		require.Len(t, page.Items, 5)
		for _, it := range page.Items {
			assert.Equal(t, want[it.Key], it.Box, "summary of %s", it.Key)
		}
	}

	s := openStore(t, dir, nil)
	_, err := s.Apply(ctx, store.Batch{Records: records(boxes...)}, nil)
	require.NoError(t, err)
	check(s)

	// The order hash survives the saved index and an index rebuilt from the shipments.
	require.NoError(t, s.Close())
	s = openStore(t, dir, nil)
	check(s)
	require.NoError(t, s.Close())
	require.NoError(t, os.Remove(filepath.Join(dir, store.IndexFileName)))
	s = openStore(t, dir, nil)
	check(s)
}
