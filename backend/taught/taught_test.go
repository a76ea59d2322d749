package taught

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/check"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

func flagged(id string) order.Shipment {
	paid := time.Date(2026, 11, 22, 9, 0, 0, 0, order.KST())
	s := order.Shipment{Marketplace: order.Coupang, ID: id, OrderID: "O" + id, Status: order.StatusPaid, PaidAt: paid,
		Receiver: order.Receiver{Name: "김민우", Phone: "010-1234-5678", Address1: "서울"},
		Lines:    []order.Line{{ItemID: "1", ProductName: "캐슈넛", OptionName: "160g", ExposedName: "캐슈넛 150g", Quantity: 1}}}
	s.Findings = check.Shipment(&s, paid)
	return s
}

func hasMismatch(s order.Shipment) bool {
	for _, f := range s.Findings {
		if f.Code == order.OptionNameMismatch && f.Open() {
			return true
		}
	}
	return false
}

// A pair marked the same goods clears the finding on every stored shipment showing it, is read
// back by a new memory (a restart), and forgetting it brings the finding back.
func TestTeachRememberForget(t *testing.T) {
	ctx := context.Background()
	now := func() time.Time { return time.Date(2026, 11, 23, 9, 0, 0, 0, order.KST()) }
	st, err := store.Open(ctx, t.TempDir(), store.Options{Now: now})
	require.NoError(t, err)
	defer st.Close()
	a, b := flagged("1"), flagged("2")
	require.True(t, hasMismatch(a), "the pair is flagged before it is taught")
	_, err = st.Apply(ctx, store.Batch{Records: []store.Record{{Shipment: a}, {Shipment: b}}}, nil)
	require.NoError(t, err)

	m := New(st, now)
	require.NoError(t, m.Load(ctx))
	l := &a.Lines[0]
	p := check.LearnedPair{Registered: check.RegisteredName(l), Exposed: l.ExposedName, Bundle: l.Multiplier(), Same: true, At: now(), By: "seller"}
	changed, err := m.Teach(ctx, p, store.AuditEntry{At: now(), Actor: "seller", Action: "names-taught"})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{a.Key(), b.Key()}, changed)
	for _, k := range changed {
		s, err := st.Shipment(ctx, k)
		require.NoError(t, err)
		assert.False(t, hasMismatch(s), k)
	}

	again := New(st, now)
	require.NoError(t, again.Load(ctx))
	require.Len(t, again.Pairs(), 1, "the pair survives a restart")

	gone, changed, err := again.Forget(ctx, p.ID(), func(check.LearnedPair) store.AuditEntry {
		return store.AuditEntry{At: now(), Actor: "seller", Action: "names-forgotten"}
	})
	require.NoError(t, err)
	assert.Equal(t, p.Exposed, gone.Exposed)
	assert.Len(t, changed, 2)
	s, err := st.Shipment(ctx, a.Key())
	require.NoError(t, err)
	assert.True(t, hasMismatch(s), "forgotten: the check judges the pair again")

	_, _, err = again.Forget(ctx, p.ID(), func(check.LearnedPair) store.AuditEntry { return store.AuditEntry{} })
	k, ok := usererr.Korean(err)
	require.True(t, ok)
	assert.Contains(t, k, "이미 지워졌습니다")
}
