package syncer

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

func TestNaverSyncEconomyAndIdle(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
	}{{"one page", 40}, {"several pages", 650}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			rig := newNaverRig(t, naversim.Config{NoRateLimit: true})
			ids := rig.sim.AddOrders(tc.n)
			st := openStore(t, t.TempDir())
			rec := newRecorder()
			e := newEngine(t, st, rec, rig.clk)
			src := rig.source(t, st)

			res := e.Run(ctx, src)
			require.NoError(t, res.Err)
			assert.Equal(t, tc.n, res.Added)
			assert.Zero(t, res.Skipped)
			calls := rig.sim.Calls()
			// the first run reads 3 days in 24 h windows: the two older ones are empty
			assert.Equal(t, 2+ceilDiv(tc.n, 300), calls[naversim.EndpointChangedStatuses], "feed pages")
			assert.Equal(t, ceilDiv(tc.n, 300), calls[naversim.EndpointQuery], "queries")
			assert.Equal(t, 1, calls[naversim.EndpointToken])
			assert.Equal(t, int(src.Calls()), res.Calls)
			keys := storedKeys(t, st, order.Naver)
			require.Len(t, keys, tc.n)
			for _, id := range ids {
				assert.True(t, keys[order.ShipmentKey(order.Naver, id)], id)
			}
			assert.Len(t, rec.added, tc.n)

			// a restart: the rows inside the overlap before the cursor are read again from the feed
			// but need no details; the token comes from the store
			rig.clk.Add(DefaultNaverOverlap + time.Minute)
			rig.sim.ResetCalls()
			src2 := rig.source(t, st)
			res = e.Run(ctx, src2)
			require.NoError(t, res.Err)
			assert.Zero(t, res.Added+res.Changed)
			calls = rig.sim.Calls()
			assert.Equal(t, ceilDiv(tc.n, 300), calls[naversim.EndpointChangedStatuses])
			assert.Zero(t, calls[naversim.EndpointQuery], "overlap rows already stored are not queried again")
			assert.Zero(t, calls[naversim.EndpointToken], "token reused from the store")

			// an idle sync: one feed call, nothing else
			rig.clk.Add(time.Minute)
			rig.sim.ResetCalls()
			res = e.Run(ctx, src2)
			require.NoError(t, res.Err)
			assert.Zero(t, res.Added+res.Changed)
			assert.Equal(t, map[string]int{naversim.EndpointChangedStatuses: 1}, nonZero(rig.sim.Calls()))
			assert.Equal(t, 1, res.Calls)
			runs, err := st.SyncRuns(ctx, order.Naver, 0)
			require.NoError(t, err)
			require.Len(t, runs, 3)
			assert.Equal(t, tc.n, runs[2].Added)

			// new orders: one feed call, one query
			rig.clk.Add(time.Minute)
			rig.sim.ResetCalls()
			more := rig.sim.AddOrders(5)
			rig.clk.Add(time.Second)
			res = e.Run(ctx, src2)
			require.NoError(t, res.Err)
			assert.Equal(t, len(more), res.Added)
			assert.Equal(t, map[string]int{naversim.EndpointChangedStatuses: 1, naversim.EndpointQuery: 1}, nonZero(rig.sim.Calls()))
		})
	}
}

func nonZero(m map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func TestNaverSyncChangesEventsAndFindings(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true})
	ids := rig.sim.AddOrders(10)
	st := openStore(t, t.TempDir())
	rec := newRecorder()
	e := newEngine(t, st, rec, rig.clk)
	src := rig.source(t, st, naver.WithRateLimit(1000, 10))
	require.NoError(t, e.Run(ctx, src).Err)

	rig.clk.Add(time.Minute)
	require.NoError(t, rig.sim.ChangeAddress(ids[0], rig.sim.NewAddress()))
	require.NoError(t, rig.sim.RequestCancel(ids[1], "단순 변심"))
	require.NoError(t, rig.sim.ChangeOption(ids[2], "변경된 옵션 / 2개"))
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Equal(t, 3, res.Changed)
	assert.Zero(t, res.Added)

	s0, err := st.Shipment(ctx, order.ShipmentKey(order.Naver, ids[0]))
	require.NoError(t, err)
	kinds := map[order.EventKind]bool{}
	for _, ev := range s0.Events {
		kinds[ev.Kind] = true
	}
	assert.True(t, kinds[order.EventAddressChanged], "address change recorded: %+v", s0.Events)
	require.Len(t, rec.findings, 1)
	assert.Equal(t, order.AddressChanged, rec.findings[0].Code)
	assert.Equal(t, s0.Key(), rec.findings[0].ShipmentKey)

	s2, err := st.Shipment(ctx, order.ShipmentKey(order.Naver, ids[2]))
	require.NoError(t, err)
	require.NotEmpty(t, s2.Events)
	assert.Equal(t, order.EventOptionChanged, s2.Events[len(s2.Events)-1].Kind)
	assert.Equal(t, "변경된 옵션 / 2개", s2.Lines[0].OptionName)

	rec.mu.Lock()
	phases := map[string]bool{}
	for _, p := range rec.progress {
		phases[p.Phase] = true
	}
	rec.mu.Unlock()
	assert.True(t, phases["feed"] && phases["details"], "progress events: %v", phases)
	assert.Len(t, rec.started, 2)
	assert.Len(t, rec.changed, 3)

	s1, err := st.Shipment(ctx, order.ShipmentKey(order.Naver, ids[1]))
	require.NoError(t, err)
	require.NotNil(t, s1.Claim)
	assert.Equal(t, order.ClaimCancel, s1.Claim.Type)
	assert.True(t, s1.Claim.Open)
}

func TestNaverFirstRunLooksBackAndCatchesUpDayByDay(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true})
	ids := rig.sim.Seed(120, 6*24*time.Hour)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, rig.clk)
	src, err := NewNaver(NaverConfig{Lookback: 7 * 24 * time.Hour,
		Client: naverClient(t, rig.srv.URL+"/external", testNaverSecret, naver.WithRateLimit(1000, 10), naver.WithClock(rig.clk.Now))})
	require.NoError(t, err)
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Equal(t, len(ids), res.Added)
	// 7 days back in ≤ 24 h windows: at least 7 feed calls
	assert.GreaterOrEqual(t, rig.sim.Calls()[naversim.EndpointChangedStatuses], 7)
	cur, ok, err := st.Cursor(ctx, order.Naver, NaverCursor)
	require.NoError(t, err)
	require.True(t, ok)
	got, err := time.Parse(time.RFC3339Nano, cur.Value)
	require.NoError(t, err)
	assert.WithinDuration(t, res.Started, got, time.Millisecond)
}

func TestNaverStoppingErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(*naversim.Sim)
	}{
		{"quota", func(s *naversim.Sim) { s.InjectFault(naversim.EndpointChangedStatuses, naversim.FaultQuotaPenalty) }},
		{"ip not allowed", func(s *naversim.Sim) { s.SetIPAllowed(false) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			rig := newNaverRig(t, naversim.Config{NoRateLimit: true})
			rig.sim.AddOrders(3)
			st := openStore(t, t.TempDir())
			e := newEngine(t, st, nil, rig.clk)
			tc.break_(rig.sim)
			res := e.Run(ctx, rig.source(t, st))
			require.Error(t, res.Err)
			assert.True(t, res.Stopped)
			assert.NotEmpty(t, res.ErrKorean)
			assert.Equal(t, naver.SellerMessage(res.Err), res.ErrKorean)
			_, ok, err := st.Cursor(ctx, order.Naver, NaverCursor)
			require.NoError(t, err)
			assert.False(t, ok, "no cursor without data")
			runs, err := st.SyncRuns(ctx, order.Naver, 0)
			require.NoError(t, err)
			require.Len(t, runs, 1)
			assert.Equal(t, res.ErrKorean, runs[0].ErrKorean)
		})
	}
}

func TestNaverFaultsLoseNothing(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Seed: 99,
		Faults: naversim.Faults{RateLimit: 0.03, ServerError: 0.04, Truncate: 0.03}})
	ids := rig.sim.AddOrders(700)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, rig.clk)
	src := rig.source(t, st)
	var res Result
	runs := 0
	for runs < 5 { // a run that gives up after its retries is completed by the next one
		runs++
		if res = e.Run(ctx, src); res.Err == nil {
			break
		}
	}
	require.NoError(t, res.Err)
	t.Logf("completed after %d run(s); last run %d calls", runs, res.Calls)
	keys := storedKeys(t, st, order.Naver)
	assert.Len(t, keys, len(ids))
	assert.Zero(t, rig.sim.Calls()[naversim.EndpointConfirm]+rig.sim.Calls()[naversim.EndpointDispatch], "no writes")
}

func TestNaverCatchesUpAfterThePCWasOffForDays(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true})
	rig.sim.AddOrders(3)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, rig.clk)
	src := rig.source(t, st)
	require.NoError(t, e.Run(ctx, src).Err)

	// four days off; orders keep coming every day
	var ids []string
	for day := 0; day < 4; day++ {
		rig.clk.Add(24 * time.Hour)
		ids = append(ids, rig.sim.AddOrders(2)...)
	}
	rig.clk.Add(time.Hour)
	rig.sim.ResetCalls()
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Equal(t, len(ids), res.Added)
	calls := rig.sim.Calls()
	assert.Equal(t, 5, calls[naversim.EndpointChangedStatuses], "one ≤ 24 h window per day off")
	assert.Equal(t, 4, calls[naversim.EndpointQuery], "one query per page with changes")
	keys := storedKeys(t, st, order.Naver)
	for _, id := range ids {
		assert.True(t, keys[order.ShipmentKey(order.Naver, id)])
	}
}
