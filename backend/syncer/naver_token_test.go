package syncer

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
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
			src, err := NewNaver(NaverConfig{ClientID: testNaverID, ClientSecret: tc.secret, BaseURL: rig.srv.URL + "/external",
				Options: []naver.Option{naver.WithClock(rig.clk.Now)}})
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
