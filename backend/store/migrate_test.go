package store_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// TestMigrateFromV2File opens the committed schema-2 file (the layout before boxes, written by
// the store of that time) and checks that everything came across.
func TestMigrateFromV2File(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "store", "v2.db"))
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, store.FileName), src, 0o600))
	ctx := context.Background()
	var stages []string
	s, err := store.Open(ctx, dir, store.Options{Progress: func(p store.Progress) { stages = append(stages, p.Stage) }})
	require.NoError(t, err)
	defer s.Close()
	assert.Contains(t, stages, "migrate")

	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	require.Equal(t, 4, page.Total)
	assert.Equal(t, []string{"coupang/642538970006401429", "naver/2026030100000002", "naver/2026030100000001", "coupang/642538970006401439"},
		[]string{page.Items[0].Key, page.Items[1].Key, page.Items[2].Key, page.Items[3].Key})
	// Held is order.Shipment.Held: the returned box's open claim is shown (warned), not counted
	// as held — it left long ago (issue 12 point 6).
	assert.Equal(t, 1, page.Counts.Blocked)
	assert.Equal(t, 2, page.Counts.Warned)
	assert.Equal(t, "구운 캐슈넛 / 1개 160g 외 1건", page.Items[0].Product)
	assert.Equal(t, 1*5+2, page.Items[0].Units)

	sh, err := s.Shipment(ctx, "naver/2026030100000002")
	require.NoError(t, err)
	assert.True(t, sh.NoCombine, "the seller's update survived")
	require.NotNil(t, sh.PreviousReceiver)
	assert.Equal(t, "48059", sh.PreviousReceiver.Zip)
	assert.Equal(t, time.Date(2026, 3, 1, 13, 0, 0, 0, time.UTC), sh.FirstSeenAt.UTC())
	raw, err := s.RawPayload(ctx, "naver/2026030100000001")
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"shippingMemo":"문 앞에 놓아주세요"`)
	_, err = s.RawPayload(ctx, "naver/2026030100000002")
	assert.ErrorIs(t, err, store.ErrNotFound)

	found, err := s.List(ctx, store.Filter{Text: "010-3333"})
	require.NoError(t, err)
	require.Equal(t, 1, found.Total)
	assertFixtureCursorAndSetting(t, s)
	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: "naver/2026030100000002"})
	require.NoError(t, err)
	require.Len(t, audit, 1)
	assert.Equal(t, "no-combine", audit[0].Action)
	all, err := s.Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	assert.Len(t, all, 2)
	runs, err := s.SyncRuns(ctx, order.Coupang, 0)
	require.NoError(t, err)
	require.Len(t, runs, 1)
	assert.Equal(t, 2, runs[0].Added)

	// The audit log keeps numbering after the migrated entries.
	require.NoError(t, s.AppendAudit(ctx, store.AuditEntry{Actor: "seller", Action: "after"}))
	all, err = s.Audit(ctx, store.AuditQuery{})
	require.NoError(t, err)
	assert.Equal(t, "after", all[0].Action)
	require.Len(t, all, 3)

	// The old file is kept beside, and the new one opens without migrating again.
	baks, _ := filepath.Glob(filepath.Join(dir, "sellerdesk-schema2-*.db.bak"))
	assert.Len(t, baks, 1)
	require.NoError(t, s.Close())
	stages = nil
	s, err = store.Open(ctx, dir, store.Options{Progress: func(p store.Progress) { stages = append(stages, p.Stage) }})
	require.NoError(t, err)
	assert.Empty(t, stages, "no migration and no index rebuild the second time")
	page, err = s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 4, page.Total)
}

// TestMigrationSwapInterrupted: killed after the old file was moved aside and before the new
// one took its name, the next start finishes the swap.
func TestMigrationSwapInterrupted(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	store.WriteLegacyStore(t, dir, storetest.Shipments(6, 40))
	s, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	require.NoError(t, s.Close())
	require.NoError(t, os.Rename(filepath.Join(dir, store.FileName), filepath.Join(dir, store.MigratingName)))
	s, err = store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	defer s.Close()
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 40, page.Total)
	_, err = os.Stat(filepath.Join(dir, store.MigratingName))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

const (
	envMigrateHelper = "STORE_MIGRATE_HELPER"
	envMigrateDir    = "STORE_MIGRATE_DIR"
)

// TestMigrateHelper is the process TestMigrationKilledAnywhere kills: it opens (so migrates) the
// store at STORE_MIGRATE_DIR in chunks of 500, printing every progress step.
func TestMigrateHelper(t *testing.T) {
	if os.Getenv(envMigrateHelper) != "1" {
		t.Skip("helper process of TestMigrationKilledAnywhere")
	}
	s, err := store.Open(context.Background(), os.Getenv(envMigrateDir), store.WithMigrateChunk(store.Options{Progress: func(p store.Progress) {
		_, _ = os.Stdout.WriteString("progress " + p.Stage + " " + strconv.Itoa(p.Done) + "\n")
	}}, 500))
	require.NoError(t, err)
	_, _ = os.Stdout.WriteString("opened\n")
	require.NoError(t, s.Close())
}

// TestMigrationKilledAnywhere kills a migrating process with SIGKILL at several points of the
// copy (and of the index rebuild that a resumed migration needs), restarting it each time, then
// lets one start finish: every shipment, raw payload, cursor, setting, audit entry and sync run
// is there once, unchanged, and the store opens quickly afterwards.
func TestMigrationKilledAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("starts helper processes")
	}
	const n = 6000
	recs := storetest.Shipments(8, n)
	dir := t.TempDir()
	store.WriteLegacyStore(t, dir, recs)
	exe, err := os.Executable()
	require.NoError(t, err)
	kills := 0
	// Kill after the k-th progress line of a run: the copy makes 12 chunks, later runs resume it,
	// then the swap and the index rebuild of a resumed copy are interrupted too.
	for _, k := range []int{1, 3, 2, 4, 1, 2, 2, 2, 2, 1} {
		cmd := exec.Command(exe, "-test.run=^TestMigrateHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), envMigrateHelper+"=1", envMigrateDir+"="+dir)
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		sc := bufio.NewScanner(out)
		seen, finished := 0, false
		for sc.Scan() {
			line := sc.Text()
			if line == "opened" {
				finished = true
				break
			}
			if strings.HasPrefix(line, "progress ") {
				if seen++; seen == k {
					require.NoError(t, cmd.Process.Kill())
					kills++
					t.Logf("kill -9 after %q", line)
					break
				}
			}
		}
		_ = cmd.Wait()
		if finished {
			break
		}
		// Whatever state it died in, nothing of the old file was touched.
		_, err = os.Stat(filepath.Join(dir, store.FileName))
		require.NoError(t, err)
	}
	assert.GreaterOrEqual(t, kills, 3, "the helper was killed inside the migration")

	ctx := context.Background()
	s, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	defer s.Close()
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	require.Equal(t, n, page.Total)
	keys, err := s.Keys(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Len(t, keys, n)
	at := time.Date(2026, 3, 1, 13, 0, 0, 0, time.UTC)
	for i := 0; i < n; i += 7 {
		want := recs[i].Shipment
		want.FirstSeenAt, want.UpdatedAt = at, at
		got, err := s.Shipment(ctx, want.Key())
		require.NoError(t, err)
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(got)
		require.JSONEq(t, string(wj), string(gj))
		raw, err := s.RawPayload(ctx, want.Key())
		require.NoError(t, err)
		require.JSONEq(t, string(recs[i].Raw), string(raw))
	}
	// The list and search agree with the shipments.
	found, err := s.List(ctx, store.Filter{Text: recs[4321].Shipment.Receiver.Phone})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, found.Total, 1)
	c, ok, err := s.Cursor(ctx, order.Naver, "lastChangedFrom")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "v", c.Value)
	audit, err := s.Audit(ctx, store.AuditQuery{ShipmentKey: recs[0].Shipment.Key()})
	require.NoError(t, err)
	require.Len(t, audit, 2)
	assert.Equal(t, "second", audit[0].Action)
	runs, err := s.SyncRuns(ctx, order.Coupang, 0)
	require.NoError(t, err)
	assert.Len(t, runs, 1)
	_, err = os.Stat(filepath.Join(dir, store.MigratingName))
	assert.ErrorIs(t, err, os.ErrNotExist)

	// The next start uses the saved index: no rebuild.
	require.NoError(t, s.Close())
	var stages []string
	s, err = store.Open(ctx, dir, store.Options{Progress: func(p store.Progress) { stages = append(stages, p.Stage) }})
	require.NoError(t, err)
	assert.Empty(t, stages)
}

// assertFixtureCursorAndSetting checks what the old data files of testdata/store carry beside
// their shipments, once opened by this version: Naver's lastChangedFrom cursor and the syncDays
// setting.
func assertFixtureCursorAndSetting(t *testing.T, s *store.Store) {
	t.Helper()
	ctx := context.Background()
	c, ok, err := s.Cursor(ctx, order.Naver, "lastChangedFrom")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "2026-03-01T12:00:00.000+09:00", c.Value)
	var days int
	ok, err = s.GetSetting(ctx, "syncDays", &days)
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, 7, days)
}
