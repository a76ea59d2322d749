package syncer

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/retry"
	"sellerdesk/backend/store"
)

func boundedEngine(t *testing.T, st *store.Store, timeout time.Duration) *Engine {
	t.Helper()
	e, err := New(Config{Store: st, Check: testCheck, RunTimeout: timeout})
	require.NoError(t, err)
	return e
}

func lastLogged(t *testing.T, st *store.Store, m order.Marketplace) store.SyncRun {
	t.Helper()
	runs, err := st.SyncRuns(context.Background(), m, 1)
	require.NoError(t, err)
	require.Len(t, runs, 1)
	return runs[0]
}

// runStalled runs src while its API stalls (stall switches the stall on): the run's own bound stops
// it quickly with a DeadlineError, not the client's 30 s timeouts and retries.
func runStalled(ctx context.Context, t *testing.T, e *Engine, src Source, stall func(bool)) Result {
	t.Helper()
	stall(true)
	start := time.Now()
	res := e.Run(ctx, src)
	assert.Less(t, time.Since(start), 5*time.Second, "the bound stops the run, not the client's 30 s timeouts and retries")
	var de *DeadlineError
	require.ErrorAs(t, res.Err, &de)
	return res
}

// runRecovered runs src again with the API answering and a bound of a minute: the run goes on and
// brings the orders the stalled one could not.
func runRecovered(ctx context.Context, t *testing.T, e *Engine, src Source, stall func(bool)) {
	t.Helper()
	stall(false)
	e.runTimeout = time.Minute
	res := e.Run(ctx, src)
	require.NoError(t, res.Err)
	assert.Positive(t, res.Added)
}

// A stalled API held a run for about 300 s (issue 18, point 12): a run has an overall bound, says
// so in Korean in the sync log, and the next run goes on.
func TestRunDeadlineStopsAStalledAPI(t *testing.T) {
	ctx := context.Background()
	t.Run("naver", func(t *testing.T) {
		rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Real: naversim.RealWorld()})
		rig.sim.Seed(40, 48*time.Hour)
		st := openStore(t, t.TempDir())
		e := boundedEngine(t, st, 300*time.Millisecond)
		e.now = rig.clk.Now
		src := rig.source(t, st)
		res := runStalled(ctx, t, e, src, rig.sim.SetStall)
		assert.False(t, res.Stopped, "the next interval tries again")
		assert.Contains(t, res.ErrKorean, "네이버 동기화가 1초 안에 끝나지 않아 멈췄습니다")
		assert.Contains(t, lastLogged(t, st, order.Naver).ErrKorean, "끝나지 않아 멈췄습니다")
		runRecovered(ctx, t, e, src, rig.sim.SetStall)
	})
	t.Run("coupang", func(t *testing.T) {
		rig := newCoupangRig(t, nil)
		st := openStore(t, t.TempDir())
		e := boundedEngine(t, st, 400*time.Millisecond)
		src := rig.source(t)
		res := runStalled(ctx, t, e, src, rig.sim.SetStall)
		assert.Contains(t, res.ErrKorean, "쿠팡 동기화가")
		assert.Contains(t, lastLogged(t, st, order.Coupang).ErrKorean, "끝나지 않아 멈췄습니다")
		runRecovered(ctx, t, e, src, rig.sim.SetStall)
	})
	t.Run("closing the app is no deadline", func(t *testing.T) {
		rig := newCoupangRig(t, nil)
		st := openStore(t, t.TempDir())
		e := boundedEngine(t, st, time.Minute)
		rig.sim.SetStall(true)
		cctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		res := e.Run(cctx, rig.source(t))
		var de *DeadlineError
		assert.False(t, errors.As(res.Err, &de), "%v", res.Err)
	})
}

// An endless nextToken stored 64,750 junk boxes in 5 minutes: a list stops at what its window can
// hold, at a token that comes back, and at pages that bring nothing new.
func TestEndlessPagingStops(t *testing.T) {
	ctx := context.Background()
	t.Run("naver feed that never ends", func(t *testing.T) {
		rig := newNaverRig(t, naversim.Config{NoRateLimit: true, Real: naversim.RealWorld()})
		rig.sim.Seed(20, 24*time.Hour)
		st := openStore(t, t.TempDir())
		e := newEngine(t, st, nil, rig.clk)
		client := naverClient(t, rig.srv.URL+"/external", testNaverSecret, naver.WithRateLimit(rate.Inf, 1), naver.WithClock(rig.clk.Now),
			naver.WithTokenCache(StoreTokenCache{Store: st, ClientID: testNaverID}))
		src, err := NewNaver(NaverConfig{Client: client, MaxPagesPerWindow: 4})
		require.NoError(t, err)
		rig.sim.SetEndlessPaging(true)
		res := e.Run(ctx, src)
		var pe *PagingError
		require.ErrorAs(t, res.Err, &pe, "%v", res.Err)
		assert.Equal(t, 4, pe.Pages)
		assert.Equal(t, 4, rig.sim.Calls()[naversim.EndpointChangedStatuses], "no page asked beyond the bound")
		assert.Contains(t, res.ErrKorean, "네이버가 주문 목록을 끝없이 이어서 보내 4쪽에서 동기화를 멈췄습니다")
		assert.LessOrEqual(t, len(storedKeys(t, st, order.Naver)), 3*naver.MaxChangedPage+20, "at most the pages before the bound")
		assert.Contains(t, lastLogged(t, st, order.Naver).ErrKorean, "끝없이")

		rig.sim.SetEndlessPaging(false)
		rig.clk.Add(time.Minute)
		src.maxPages = 100 // the simulator keeps the rows it made up: more than 4 pages now
		res = e.Run(ctx, src)
		require.NoError(t, res.Err, "the feed ends again: the next run stores the rest")
	})
	t.Run("naver default bound", func(t *testing.T) {
		src, err := NewNaver(NaverConfig{Client: naverClient(t, "http://127.0.0.1:1/external", testNaverSecret)})
		require.NoError(t, err)
		assert.Equal(t, 100, src.maxPages, "30,000 changes of a 24-hour window, 300 a page")
	})
	t.Run("coupang ACCEPT list with new boxes on every page", func(t *testing.T) {
		rig := newCoupangRig(t, nil)
		st := openStore(t, t.TempDir())
		e := newEngine(t, st, nil, nil)
		client := coupangClient(t, rig.cfg, rig.srv.URL, coupang.WithRateLimit(rate.Inf, 1),
			coupang.WithRetry(retry.Policy{MaxTries: 3, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond}))
		src, err := NewCoupang(CoupangConfig{Client: client, Window: 2 * 24 * time.Hour, MaxBoxesPerDay: 150})
		require.NoError(t, err)
		rig.sim.SetEndlessPaging(coupang.StatusAccept)
		res := e.Run(ctx, src)
		var pe *PagingError
		require.ErrorAs(t, res.Err, &pe, "%v", res.Err)
		assert.Equal(t, 6, pe.Pages, "2 days × 150 boxes, 50 a page")
		assert.Contains(t, res.ErrKorean, "쿠팡이 주문 목록을 끝없이 이어서 보내 6쪽에서")
		assert.LessOrEqual(t, len(storedKeys(t, st, order.Coupang)), 5*coupang.MaxPerPage, "at most the pages before the bound")

		rig.sim.SetEndlessPaging()
		res = e.Run(ctx, src)
		require.NoError(t, res.Err)
	})
	t.Run("coupang list that repeats itself under new tokens", func(t *testing.T) {
		rig := newCoupangRig(t, nil)
		st := openStore(t, t.TempDir())
		e := newEngine(t, st, nil, nil)
		src := rig.source(t)
		rig.sim.SetEndlessPaging(coupang.StatusInstruct)
		res := e.Run(ctx, src)
		var pe *PagingError
		require.ErrorAs(t, res.Err, &pe, "%v", res.Err)
		assert.Equal(t, 1+stallPages, pe.Pages, "one page, then stallPages pages with nothing new")
		assert.Contains(t, pe.Reason, "no new box")
		assert.Contains(t, pe.List, "INSTRUCT")
	})
	t.Run("coupang default bound", func(t *testing.T) {
		src, err := NewCoupang(CoupangConfig{Client: coupangClient(t, coupangsim.DefaultConfig(), "http://127.0.0.1:1")})
		require.NoError(t, err)
		now := time.Now()
		assert.Equal(t, 280, src.pager("ACCEPT", now.Add(-DefaultCoupangWindow), now).max, "7 days × 2,000 boxes, 50 a page")
		assert.Equal(t, 1240, src.pager("ACCEPT", now.Add(-MaxCoupangWindow), now).max)
	})
}

func TestPagersSeeTokensAndPagesThatComeBack(t *testing.T) {
	g := &coupangPager{status: "ACCEPT", max: 100, tokens: map[string]bool{}, boxes: map[coupang.Int64]bool{}}
	sheet := func(id int64) coupang.OrderSheet { return coupang.OrderSheet{ShipmentBoxID: coupang.Int64(id)} }
	require.NoError(t, g.page(coupang.OrderSheetPage{Sheets: []coupang.OrderSheet{sheet(1)}, NextToken: "a"}))
	require.NoError(t, g.page(coupang.OrderSheetPage{Sheets: []coupang.OrderSheet{sheet(2)}, NextToken: "b"}))
	err := g.page(coupang.OrderSheetPage{Sheets: []coupang.OrderSheet{sheet(3)}, NextToken: "a"})
	var pe *PagingError
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, pe.Reason, `nextToken "a" came back`)

	n := &naverPager{max: 100}
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	row := naver.LastChangedStatus{ProductOrderID: "2026112210000001", LastChangedType: "PAYED", LastChangedDate: naver.Time{Time: at}}
	page := naver.ChangedStatusesPage{Statuses: []naver.LastChangedStatus{row}, WindowTo: at.Add(time.Hour),
		More: &naver.More{MoreFrom: naver.Time{Time: at}, MoreSequence: "x"}}
	require.NoError(t, n.page(page), "the first page")
	for i := 1; i < stallPages; i++ {
		require.NoError(t, n.page(page), "a page with nothing new, %d", i)
	}
	require.ErrorAs(t, n.page(page), &pe)
	assert.Contains(t, pe.Reason, "no new change")
	page.More = nil
	assert.NoError(t, n.page(page), "a last page ends the window without complaint")
}
