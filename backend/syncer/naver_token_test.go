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

// A refused token (keys, PC clock, IP) needs the seller: the automatic sync stops with the Korean
// fix and does not ask Naver for a token again on the interval.

func TestNaverTokenRefusalsPauseTheLoop(t *testing.T) {
	for _, tc := range []struct {
		name   string
		secret string
		setup  func(*naversim.Sim)
		fix    string
	}{
		{"keys refused", "$2a$04$hvrKhv.NZGBP4SWuN4qJ2u", nil, "시크릿을 그대로 복사해"},
		{"PC clock 10 minutes fast", testNaverSecret, func(s *naversim.Sim) { s.SetClockOffset(-10 * time.Minute) }, "설정 › 시간 및 언어"},
		{"IP not registered", testNaverSecret, func(s *naversim.Sim) { s.SetIPAllowed(false) }, "API 호출 IP에"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Real: naversim.RealWorld()})
			rig.sim.AddOrders(2)
			if tc.setup != nil {
				tc.setup(rig.sim)
			}
			st := openStore(t, t.TempDir())
			rec := newRecorder()
			e := newEngine(t, st, rec, rig.clk)
			src, err := NewNaver(NaverConfig{Client: naverClient(t, rig.srv.URL+"/external", tc.secret, naver.WithClock(rig.clk.Now))})
			require.NoError(t, err)

			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() {
				defer close(done)
				e.Loop(ctx, src, LoopOptions{Interval: func() time.Duration { return time.Millisecond }})
			}()
			require.Eventually(t, func() bool {
				rec.mu.Lock()
				defer rec.mu.Unlock()
				return len(rec.finished) > 0
			}, 5*time.Second, time.Millisecond)
			time.Sleep(100 * time.Millisecond) // a hundred intervals
			cancel()
			<-done

			rec.mu.Lock()
			defer rec.mu.Unlock()
			require.Equal(t, 1, len(rec.finished), "no run on the interval after a refused token")
			res := rec.finished[0]
			assert.True(t, res.Stopped)
			assert.True(t, naver.IsTokenRefused(res.Err), "%v", res.Err)
			assert.Contains(t, res.ErrKorean, tc.fix)
			assert.Equal(t, 1, rig.sim.Calls()[naversim.EndpointToken])
			assert.False(t, rig.sim.Penalized())
		})
	}
}

func TestNaverCursorFollowsNaversClockWhenThePCIsFast(t *testing.T) {
	ctx := context.Background()
	rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Real: naversim.RealWorld()})
	rig.sim.AddOrders(2)
	st := openStore(t, t.TempDir())
	e := newEngine(t, st, nil, rig.clk)
	src := rig.source(t, st)
	require.NoError(t, e.Run(ctx, src).Err) // the token is saved

	// The PC clock jumps 7 minutes ahead of Naver's (more than the 5-minute overlap); the saved
	// token still works, so no token request shows it.
	rig.clk.Add(time.Minute)
	serverNow := rig.clk.Now()
	rig.clk.Add(7 * time.Minute)
	rig.sim.SetClockOffset(-7 * time.Minute)
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assertNaverCursorWithin(t, st, serverNow, 2*time.Second)

	// an order Naver dates a minute later is found by the next run
	rig.clk.Add(time.Minute)
	late := rig.sim.AddOrders(1)
	rig.clk.Add(time.Minute)
	res = e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Equal(t, 1, res.Added)
	assert.True(t, storedKeys(t, st, order.Naver)[order.ShipmentKey(order.Naver, late[0])])
	assert.Equal(t, 1, rig.sim.Calls()[naversim.EndpointToken], "one token for all three runs")
}
