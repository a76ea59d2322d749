package syncer

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
)

// Against a Coupang served only in the current form (order sheets at v5, returns at v6, the v4
// reads answering 404), one run stores every open box of the window exactly once and makes no
// call that gets a 404.
func TestCoupangSyncsTheCurrentFormWithoutA404(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 150; c.Versions = nil })
	require.Equal(t, "v5", rig.sim.Version(coupangsim.EndpointOrderSheets))
	require.Equal(t, "v6", rig.sim.Version(coupangsim.EndpointReturnRequests))
	fresh := rig.sim.AddOrders(40)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	_, err := src.client.Acknowledge(ctx, fresh[:10])
	require.NoError(t, err)
	_, err = rig.sim.CancelBox(fresh[0], 1) // a stop-shipment request on an acknowledged box
	require.NoError(t, err)

	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Zero(t, rig.sim.NotFound(), "no call went to a path that does not exist")
	assert.Zero(t, rig.sim.Calls(coupangsim.EndpointOther))

	stored := storedKeys(t, st, order.Coupang)
	assert.Equal(t, len(stored), res.Added, "each box added once")
	open := map[string]bool{"ACCEPT": true, "INSTRUCT": true, "DEPARTURE": true, "DELIVERING": true}
	edge := time.Now().Add(-DefaultCoupangWindow + 24*time.Hour) // well inside the window
	want := 0
	for _, b := range rig.sim.Boxes() {
		if open[b.Status] && b.Listed && b.PaidAt.After(edge) {
			want++
			assert.True(t, stored[boxKey(b.ID)], "open box %d (%s) stored", b.ID, b.Status)
		}
	}
	require.Greater(t, want, 50)
	claimed, err := st.Shipment(ctx, boxKey(fresh[0]))
	require.NoError(t, err)
	require.NotNil(t, claimed.Claim, "the v6 return list was read")
	assert.True(t, claimed.Claim.Open)

	res = e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Zero(t, res.Added+res.Changed, "nothing twice")
	assert.Zero(t, rig.sim.NotFound())
}

// A 404 (Coupang moved a version, or the 업체코드 is wrong) stops the Coupang sync with a Korean
// message; the loop does not call again on its interval (repeated 404s get the IP and vendorId
// blocked), only when the seller asks. The override of the moved endpoint's version syncs again.
func TestCoupang404StopsTheSyncUntilTheSellerActs(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) {
		c.InitialOrders = 0
		c.Versions = map[coupangsim.Endpoint]string{coupangsim.EndpointOrderSheets: "v6"} // the next move
	})
	rig.sim.AddOrders(5)
	st := openStore(t, t.TempDir())
	rec := newRecorder()
	e := newEngine(t, st, rec, nil)
	src := rig.source(t)
	trig := make(chan struct{}, 1)
	lctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.Loop(lctx, src, LoopOptions{Interval: func() time.Duration { return 5 * time.Millisecond }, Trigger: trig})
	}()
	require.Eventually(t, func() bool { rec.mu.Lock(); defer rec.mu.Unlock(); return len(rec.finished) == 1 }, 5*time.Second, time.Millisecond)
	time.Sleep(150 * time.Millisecond) // thirty intervals
	assert.Equal(t, 1, rig.sim.NotFound(), "no call after the 404 without the seller")
	trig <- struct{}{}
	require.Eventually(t, func() bool { rec.mu.Lock(); defer rec.mu.Unlock(); return len(rec.finished) == 2 }, 5*time.Second, time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	cancel()
	<-done
	assert.Equal(t, 2, rig.sim.NotFound(), "the seller's sync now tries once more")

	rec.mu.Lock()
	first := rec.finished[0]
	rec.mu.Unlock()
	assert.True(t, first.Stopped)
	assert.True(t, coupang.IsNotFound(first.Err), "%v", first.Err)
	assert.Contains(t, first.ErrKorean, "404")
	assert.Contains(t, first.ErrKorean, "업체코드")
	assert.Contains(t, first.ErrKorean, "API 버전")
	assert.Contains(t, first.ErrText, "/api/v5/vendors/A00012345/ordersheets", "the log names the path")
	assert.Empty(t, storedKeys(t, st, order.Coupang))

	moved := rig.source(t, coupang.WithAPIVersions(coupang.Versions{coupang.EndpointOrderSheets: "v6"}))
	res := e.Run(ctx, moved)
	require.NoError(t, res.Err)
	assert.Equal(t, 5, res.Added)
	assert.Equal(t, 2, rig.sim.NotFound())
}

// A 404 on a single-box read stops the run too: it is not a box that is gone.
func TestCoupang404OnASingleReadStops(t *testing.T) {
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) {
		c.InitialOrders = 0
		c.Versions = map[coupangsim.Endpoint]string{coupangsim.EndpointOrderSheet: "v6"}
	})
	boxes := rig.sim.AddOrders(4)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	require.NoError(t, e.Run(ctx, src).Err)
	_, err := src.client.Acknowledge(ctx, boxes)
	require.NoError(t, err)
	res := e.Run(ctx, src) // the acknowledged boxes are read again singly
	require.Error(t, res.Err)
	assert.True(t, res.Stopped)
	assert.Equal(t, 1, rig.sim.NotFound(), "one 404, then nothing more is sent")
}
