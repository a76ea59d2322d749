package syncer

import (
	"bufio"
	"context"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
)

// Environment of the crash helper process.
const (
	envCrashHelper  = "SYNCER_CRASH_HELPER"
	envCrashDir     = "SYNCER_CRASH_DIR"
	envCrashNaver   = "SYNCER_CRASH_NAVER"
	envCrashCoupang = "SYNCER_CRASH_COUPANG"
	// SYNCER_CRASH_POINTS sets the number of kill -9 points (default 3; the full test is 20).
	envCrashPoints = "SYNCER_CRASH_POINTS"
)

// TestCrashHelper is the process the crash test kills: one sync of both marketplaces into the
// store at SYNCER_CRASH_DIR. It does nothing in a normal test run.
func TestCrashHelper(t *testing.T) {
	if os.Getenv(envCrashHelper) != "1" {
		t.Skip("helper process of TestKillNineAnywhereLosesAndDoublesNothing")
	}
	ctx := context.Background()
	st := openStore(t, os.Getenv(envCrashDir))
	e, err := New(Config{Store: st, Check: testCheck, Observer: progressPrinter{}})
	require.NoError(t, err)
	ns, err := NewNaver(NaverConfig{Client: naverClient(t, os.Getenv(envCrashNaver), testNaverSecret,
		naver.WithTokenCache(StoreTokenCache{Store: st, ClientID: testNaverID}), naver.WithRateLimit(200, 10))})
	require.NoError(t, err)
	cfg := coupangsim.DefaultConfig()
	cs, err := NewCoupang(CoupangConfig{Client: coupangClient(t, cfg, os.Getenv(envCrashCoupang), coupang.WithRateLimit(200, 10))})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for _, src := range []Source{ns, cs} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := e.Run(ctx, src)
			assert.NoError(t, res.Err)
		}()
	}
	wg.Wait()
}

// progressPrinter tells the parent each step of the helper's sync, so the kills land inside it.
type progressPrinter struct{ nopObserver }

func (progressPrinter) SyncProgress(p Progress) {
	_, _ = os.Stdout.WriteString("progress " + string(p.Market) + " " + p.Phase + "\n")
}

// TestKillNineAnywhereLosesAndDoublesNothing kills a syncing process with SIGKILL at random
// points, restarting it each time, then lets one run finish: every order of both simulators is
// stored exactly once. The simulators live in this process, so they keep their state across the
// helper's deaths, and new orders keep arriving between kills.
func TestKillNineAnywhereLosesAndDoublesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts helper processes")
	}
	points := 3
	if v, err := strconv.Atoi(os.Getenv(envCrashPoints)); err == nil && v > 0 {
		points = v
	}
	nrig := newNaverRig(t, naversim.Config{NoRateLimit: true, Clock: time.Now, Seed: 42})
	crig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0; c.Seed = 42 })
	// the default run is small; the full run syncs a bigger history
	nOrders, cOrders := 500, 200
	if points > 3 {
		nOrders, cOrders = 1200, 500
	}
	nrig.sim.Seed(nOrders, 2*24*time.Hour) // changes spread over two days: older than any overlap
	crig.sim.AddOrders(cOrders)
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	helper := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), envCrashHelper+"=1", envCrashDir+"="+dir,
			envCrashNaver+"="+nrig.srv.URL+"/external", envCrashCoupang+"="+crig.srv.URL)
		return cmd
	}
	killed := 0
	for i := 0; i < points; i++ {
		cmd := helper()
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		// kill after a random number of sync steps (both marketplaces make about a dozen each),
		// and a random moment into the next one
		steps := rng.IntN(20)
		lines := bufio.NewScanner(stdout)
		seen := 0
		for seen < steps && lines.Scan() {
			if strings.HasPrefix(lines.Text(), "progress ") {
				seen++
			}
		}
		if seen == steps {
			time.Sleep(time.Duration(rng.IntN(3000)) * time.Microsecond)
			if cmd.Process.Kill() == nil {
				killed++
			}
		}
		go func() { _, _ = io.Copy(io.Discard, stdout) }()
		_ = cmd.Wait()
		// life goes on between restarts
		nrig.sim.AddOrders(7)
		crig.sim.AddOrders(3)
	}
	t.Logf("%d of %d helpers killed mid-sync", killed, points)
	assert.Greater(t, killed, 0, "no kill landed inside a sync")
	finalStart := time.Now()
	out, err := helper().CombinedOutput()
	t.Logf("final sync took %s", time.Since(finalStart))
	require.NoError(t, err, "final sync: %s", out)

	st := openStore(t, dir)
	naverKeys := storedKeys(t, st, order.Naver) // fails on a key listed twice
	for _, id := range nrig.sim.ProductOrderIDs() {
		assert.True(t, naverKeys[order.ShipmentKey(order.Naver, id)], "lost naver %s", id)
	}
	assert.Len(t, naverKeys, len(nrig.sim.ProductOrderIDs()))
	coupangKeys := storedKeys(t, st, order.Coupang)
	boxes := crig.sim.Boxes()
	for _, b := range boxes {
		assert.True(t, coupangKeys[boxKey(b.ID)], "lost coupang %d", b.ID)
	}
	assert.Len(t, coupangKeys, len(boxes))
	page, err := st.List(context.Background(), storeFilterAll())
	require.NoError(t, err)
	assert.Equal(t, len(naverKeys)+len(coupangKeys), page.Counts.Total)
}
