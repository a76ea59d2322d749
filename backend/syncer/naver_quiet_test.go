package syncer

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

// A quiet weekend on the real Naver: the windows without changes are answered without "data".

func TestNaverQuietDaysDoNotStallTheSync(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Real: naversim.RealWorld()})
	old := rig.sim.AddOrders(4)
	rig.clk.Add(70 * time.Hour) // nothing happens for almost three days
	fresh := rig.sim.AddOrders(3)
	rig.clk.Add(time.Minute)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, rig.clk)

	res := e.Run(ctx, rig.source(t, st))
	require.NoError(t, res.Err)
	assert.Equal(t, len(old)+len(fresh), res.Added)
	assert.Equal(t, 3, rig.sim.Calls()[naversim.EndpointChangedStatuses], "three 24 h windows, the middle one empty")
	keys := storedKeys(t, st, order.Naver)
	for _, id := range append(old, fresh...) {
		assert.True(t, keys[order.ShipmentKey(order.Naver, id)], id)
	}
	assertNaverCursor(t, st, res.Started)

	// a weekend with no change at all: the cursor still moves on
	rig.clk.Add(60 * time.Hour)
	res = e.Run(ctx, rig.source(t, st))
	require.NoError(t, res.Err)
	assert.Zero(t, res.Added+res.Changed)
	assertNaverCursor(t, st, res.Started)
}

// onChange is an Observer that calls fn after the first commit that stores shipments.
type onChange struct {
	nopObserver
	once sync.Once
	fn   func()
}

func (o *onChange) ShipmentsChanged(order.Marketplace, []string, []string) { o.once.Do(o.fn) }

func TestNaverCursorMovesThroughAnEmptyWindowBeforeAFailure(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Real: naversim.RealWorld(),
		Faults: naversim.Faults{SlowDelay: time.Millisecond}})
	rig.sim.AddOrders(2)
	rig.clk.Add(70 * time.Hour)
	rig.sim.AddOrders(2)
	rig.clk.Add(time.Minute)
	st := openStore(t, t.TempDir())
	// once the first window is stored, the empty second window answers and the third fails for good
	obs := &onChange{fn: func() {
		rig.sim.InjectFault(naversim.EndpointChangedStatuses, naversim.FaultSlow,
			naversim.FaultServerError, naversim.FaultServerError, naversim.FaultServerError, naversim.FaultServerError,
			naversim.FaultServerError, naversim.FaultServerError, naversim.FaultServerError, naversim.FaultServerError)
	}}
	e, err := New(Config{Store: st, Observer: obs, Now: rig.clk.Now})
	require.NoError(t, err)
	res := e.Run(ctx, rig.source(t, st))
	require.Error(t, res.Err)
	assert.Equal(t, 2, res.Added)
	// every change up to the end of the empty window is stored: the cursor is there
	from := res.Started.Add(-DefaultNaverLookback)
	assertNaverCursor(t, st, from.Add(48*time.Hour+time.Millisecond))
}

// assertNaverCursor checks the stored Naver cursor is want.
func assertNaverCursor(t *testing.T, st *store.Store, want time.Time) {
	t.Helper()
	cur, ok, err := st.Cursor(context.Background(), order.Naver, NaverCursor)
	require.NoError(t, err)
	require.True(t, ok, "a cursor is stored")
	got, err := time.Parse(time.RFC3339Nano, cur.Value)
	require.NoError(t, err)
	assert.True(t, want.Equal(got), "cursor %s, want %s", got, want)
}

// assertNaverCursorWithin checks the stored Naver cursor is at most d before want and not after it.
func assertNaverCursorWithin(t *testing.T, st *store.Store, want time.Time, d time.Duration) {
	t.Helper()
	cur, ok, err := st.Cursor(context.Background(), order.Naver, NaverCursor)
	require.NoError(t, err)
	require.True(t, ok, "a cursor is stored")
	got, err := time.Parse(time.RFC3339Nano, cur.Value)
	require.NoError(t, err)
	assert.False(t, got.After(want), "cursor %s is after %s", got, want)
	assert.False(t, got.Before(want.Add(-d)), "cursor %s is more than %s before %s", got, d, want)
}
