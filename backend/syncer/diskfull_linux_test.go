package syncer

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
)

const envDiskFullHelper = "SYNCER_DISK_FULL_HELPER"

// diskFullOutcome is what the helper process reports.
type diskFullOutcome struct {
	Err       string `json:"err"`
	Korean    string `json:"korean"`
	DiskFull  bool   `json:"diskFull"`
	FileLimit bool   `json:"fileLimit"`
	Stopped   bool   `json:"stopped"`
	Stored    int    `json:"stored"`
}

// TestDiskFullHelper is the process TestFullDiskIsNotANetworkProblem runs: it syncs once, then
// limits the size of the files it may write (RLIMIT_FSIZE) to what the data file has, so the
// kernel refuses the next sync's writes (EFBIG) exactly where a full disk refuses them
// (ENOSPC): in bbolt's own writes to the data file.
func TestDiskFullHelper(t *testing.T) {
	dir := os.Getenv(envDiskFullHelper)
	if dir == "" {
		t.Skip("helper process of TestFullDiskIsNotANetworkProblem")
	}
	ctx := context.Background()
	rig := newCoupangRig(t, func(c *coupangsim.Config) { c.InitialOrders = 0 })
	rig.sim.AddOrders(5)
	st, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	e := newEngine(t, st, nil, nil)
	src := rig.source(t)
	require.NoError(t, e.Run(ctx, src).Err)

	fi, err := os.Stat(filepath.Join(dir, store.FileName))
	require.NoError(t, err)
	limit := uint64(fi.Size())
	require.NoError(t, syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}))
	rig.sim.AddOrders(3000) // more than the free pages of the file hold
	res := e.Run(ctx, src)
	out := diskFullOutcome{Korean: res.ErrKorean, DiskFull: errors.Is(res.Err, store.ErrDiskFull),
		// bbolt flattens the error of growing the file into text ("file resize error: %s")
		FileLimit: res.Err != nil && strings.Contains(res.Err.Error(), syscall.EFBIG.Error()), Stopped: res.Stopped}
	if res.Err != nil {
		out.Err = res.Err.Error()
	}
	page, err := st.List(ctx, store.Filter{Markets: []order.Marketplace{order.Coupang}, Limit: 1})
	require.NoError(t, err)
	out.Stored = page.Total
	b, _ := json.Marshal(out)
	_, _ = os.Stdout.Write(append([]byte("outcome "), append(b, '\n')...))
}

// TestFullDiskIsNotANetworkProblem: a sync whose store could not write because the disk was
// full was told to the seller as "인터넷 연결을 확인하세요" (the client's fallback). Now it fails
// with store.ErrDiskFull and says so in Korean, and the store keeps what it had.
func TestFullDiskIsNotANetworkProblem(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a helper process")
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "-test.run=^TestDiskFullHelper$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), envDiskFullHelper+"="+t.TempDir())
	raw, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", raw)
	var out diskFullOutcome
	found := false
	for _, line := range strings.Split(string(raw), "\n") {
		if len(line) > 8 && line[:8] == "outcome " {
			require.NoError(t, json.Unmarshal([]byte(line[8:]), &out))
			found = true
		}
	}
	require.True(t, found, "%s", raw)
	t.Logf("error: %s", out.Err)
	assert.NotEmpty(t, out.Err, "the run failed")
	assert.True(t, out.FileLimit, "the kernel refused the write")
	assert.True(t, out.DiskFull, "the error is store.ErrDiskFull")
	assert.Contains(t, out.Korean, "디스크 공간이 부족")
	assert.Contains(t, out.Korean, "다음 동기화에서 다시 받아옵니다")
	assert.Contains(t, out.Korean, order.Coupang.Label())
	assert.NotContains(t, out.Korean, "인터넷")
	assert.False(t, out.Stopped, "automatic syncing goes on once there is room")
	assert.Equal(t, 5, out.Stored, "the store keeps what it had")
}
