package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// UpdateMany writes a setting, several shipments and the audit log in one transaction, and
// nothing when its setting step fails.
func TestUpdateManyIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, t.TempDir(), newClock())
	recs := storetest.Shipments(3, 3)
	_, err := st.Apply(ctx, store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	keys := []string{recs[0].Shipment.Key(), recs[1].Shipment.Key(), "naver/404"}

	changed, err := st.UpdateMany(ctx, keys, func(tx store.SettingsTx) error {
		var n int
		if _, err := tx.Setting("counter", &n); err != nil {
			return err
		}
		return tx.PutSetting("counter", n+1)
	}, func(s *order.Shipment) { s.NoCombine = true }, store.AuditEntry{Actor: "test", Action: "many"})
	require.NoError(t, err)
	assert.ElementsMatch(t, keys[:2], changed, "an unknown key is left out")
	for _, k := range keys[:2] {
		s, err := st.Shipment(ctx, k)
		require.NoError(t, err)
		assert.True(t, s.NoCombine, k)
	}
	var n int
	_, err = st.GetSetting(ctx, "counter", &n)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	entries, err := st.Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, "many", entries[0].Action)

	_, err = st.UpdateMany(ctx, keys, func(tx store.SettingsTx) error {
		if err := tx.PutSetting("counter", 99); err != nil {
			return err
		}
		return assert.AnError
	}, func(s *order.Shipment) { s.NoCombine = false })
	require.ErrorIs(t, err, assert.AnError)
	_, err = st.GetSetting(ctx, "counter", &n)
	require.NoError(t, err)
	assert.Equal(t, 1, n, "the failed action wrote no setting")
	s, err := st.Shipment(ctx, keys[0])
	require.NoError(t, err)
	assert.True(t, s.NoCombine, "and no shipment")
}
