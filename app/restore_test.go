package app

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"sellerdesk/backend/backups"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// damagedFolderWithBackups makes a data folder of n shipments with two backups (the newest made
// after more shipments came) and then cuts its data file short, as a copy that stopped midway.
func damagedFolderWithBackups(t *testing.T) (Config, []string) {
	t.Helper()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	cfg := Config{DataDir: dir, LockTimeout: 200 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)}
	a, err := New(ctx, cfg)
	require.NoError(t, err)
	_, err = a.Store().Apply(ctx, store.Batch{Records: storetest.Shipments(3, 300)}, nil)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, backups.Dir), 0o700))
	older := filepath.Join(dir, backups.Dir, "sellerdesk-20261201-090000"+backups.Ext)
	_, err = a.Store().BackupToFile(ctx, older)
	require.NoError(t, err)
	_, err = a.Store().Apply(ctx, store.Batch{Records: storetest.Range(3, 300, 100)}, nil)
	require.NoError(t, err)
	newer := filepath.Join(dir, backups.Dir, "sellerdesk-20261202-090000"+backups.Ext)
	_, err = a.Store().BackupToFile(ctx, newer)
	require.NoError(t, err)
	require.NoError(t, a.Close())
	path := filepath.Join(dir, store.FileName)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b[:len(b)/40], 0o600))
	return cfg, []string{older, newer}
}

// TestRefusalOffersTheNewestBackup: the data file is cut short; the notice that refuses it
// offers the newest backup, and its button restores it, keeps the damaged file, and the folder
// opens with the backup's shipments.
func TestRefusalOffersTheNewestBackup(t *testing.T) {
	ctx := context.Background()
	cfg, backups := damagedFolderWithBackups(t)
	_, err := New(ctx, cfg)
	require.ErrorIs(t, err, store.ErrDamaged)

	n := openFailureNotice(cfg, err)
	require.NotNil(t, n.Restore)
	assert.Equal(t, filepath.Base(backups[1]), n.Restore.Name)
	var restored atomic.Int32
	srv := httptest.NewServer(n.handler(ctx, func() { restored.Add(1) }))
	defer srv.Close()

	page := get(t, srv.URL+"/")
	assert.Contains(t, page, "데이터 파일이 손상되어 열 수 없습니다")
	assert.Contains(t, page, "최근 백업으로 복원")
	assert.Contains(t, page, filepath.Base(backups[1]))
	assert.Contains(t, page, `action="/restore"`)

	resp, err := http.Post(srv.URL+restorePath, "application/x-www-form-urlencoded", nil)
	require.NoError(t, err)
	body := readAll(t, resp)
	assert.Contains(t, body, "복원 완료")
	assert.Contains(t, body, filepath.Base(backups[1]))
	assert.NotContains(t, body, `action="/restore"`, "no second restore from the result page")
	require.Eventually(t, func() bool { return restored.Load() == 1 }, 5*time.Second, 10*time.Millisecond)

	baks, err := filepath.Glob(filepath.Join(cfg.DataDir, "sellerdesk-*.db.bak"))
	require.NoError(t, err)
	assert.Len(t, baks, 1, "the damaged file is kept")
	a, err := New(ctx, cfg)
	require.NoError(t, err)
	defer a.Close()
	p, err := a.Store().List(ctx, store.Filter{Limit: 1})
	require.NoError(t, err)
	assert.Equal(t, 400, p.Total, "the newest backup's shipments")
}

// TestRestoreNewestPassesOverADamagedBackup: the newest backup is damaged too; the restore takes
// the older one that passes the full check.
func TestRestoreNewestPassesOverADamagedBackup(t *testing.T) {
	ctx := context.Background()
	cfg, backups := damagedFolderWithBackups(t)
	b, err := os.ReadFile(backups[1])
	require.NoError(t, err)
	clear(b[len(b)/2 : len(b)/2+4096])
	require.NoError(t, os.WriteFile(backups[1], b, 0o600))

	res, err := RestoreNewest(ctx, cfg.DataDir, cfg.Logger)
	require.NoError(t, err)
	assert.Equal(t, filepath.Base(backups[0]), res.Backup)
	a, err := New(ctx, cfg)
	require.NoError(t, err)
	defer a.Close()
	p, err := a.Store().List(ctx, store.Filter{Limit: 1})
	require.NoError(t, err)
	assert.Equal(t, 300, p.Total)
}

func TestRestoreRefusals(t *testing.T) {
	ctx := context.Background()
	cfg, _ := damagedFolderWithBackups(t)
	require.NoError(t, os.RemoveAll(filepath.Join(cfg.DataDir, backups.Dir)))
	_, err := RestoreNewest(ctx, cfg.DataDir, cfg.Logger)
	require.Error(t, err)
	assert.Contains(t, SellerMessage(err), "복원할 수 있는 백업이 없습니다")
	n := openFailureNotice(cfg, &store.DamagedError{Path: "x", Reason: "cut"})
	assert.Nil(t, n.Restore)
	assert.Contains(t, n.Message, "복원할 백업이 없습니다")

	// A running SellerDesk on the folder is never swapped underneath.
	dir := filepath.Join(t.TempDir(), "running")
	a, err := New(ctx, Config{DataDir: dir, LockTimeout: 100 * time.Millisecond})
	require.NoError(t, err)
	defer a.Close()
	backup := filepath.Join(t.TempDir(), "b"+backups.Ext)
	_, err = a.Store().BackupToFile(ctx, backup)
	require.NoError(t, err)
	_, err = RestoreFrom(ctx, dir, backup, nil)
	require.Error(t, err)
	assert.Contains(t, SellerMessage(err), "실행 중이라 복원할 수 없습니다")

	// A notice about another SellerDesk or a newer version offers no restore.
	assert.Nil(t, openFailureNotice(cfg, &store.LockedError{Path: dir}).Restore)
}

// TestStartRemovesWhatAKilledBackupLeft: the temporary copy a killed backup left in the backups
// folder (every customer, the saved keys) is removed at the next start; the backups stay.
func TestStartRemovesWhatAKilledBackupLeft(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	backupFolder := filepath.Join(dir, backups.Dir)
	require.NoError(t, os.MkdirAll(backupFolder, 0o700))
	left := filepath.Join(backupFolder, ".sellerdesk-20261201-090000"+backups.Ext+".2749301.tmp")
	kept := filepath.Join(backupFolder, "sellerdesk-20261201-090000"+backups.Ext)
	require.NoError(t, os.WriteFile(left, []byte("customers and keys"), 0o600))
	require.NoError(t, os.WriteFile(kept, []byte("a backup"), 0o600))
	a, err := New(ctx, Config{DataDir: dir})
	require.NoError(t, err)
	defer a.Close()
	_, err = os.Stat(left)
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = os.Stat(kept)
	assert.NoError(t, err)
}

// TestStartReportsDamagedShipmentsSetAside: a box damaged on the disk is set aside when the
// folder opens, and the window's start notice names it.
func TestStartReportsDamagedShipmentsSetAside(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	a, err := New(ctx, Config{DataDir: dir})
	require.NoError(t, err)
	recs := storetest.Shipments(4, 50)
	_, err = a.Store().Apply(ctx, store.Batch{Records: recs}, nil)
	require.NoError(t, err)
	raw, err := a.Store().RawPayload(ctx, recs[7].Shipment.Key())
	require.NoError(t, err)
	require.NotEmpty(t, raw)
	require.NoError(t, a.Close())
	damageBox(t, dir, recs[7].Shipment.Key())
	require.NoError(t, os.Remove(filepath.Join(dir, store.IndexFileName)))

	a, err = New(ctx, Config{DataDir: dir})
	require.NoError(t, err)
	defer a.Close()
	notice := a.StartNotice()
	assert.Contains(t, notice, "손상된 주문 1건")
	assert.Contains(t, notice, recs[7].Shipment.Key())
	ov, err := a.Orders().Overview()
	require.NoError(t, err)
	assert.Equal(t, notice, ov.Notice)
	assert.Equal(t, 49, ov.Total)
}

// damageBox changes a byte in the middle of the stored box of key, as a failing disk would.
func damageBox(t *testing.T, dir, key string) {
	t.Helper()
	path := filepath.Join(dir, store.FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	require.NoError(t, err)
	var box []byte
	require.NoError(t, db.View(func(tx *bolt.Tx) error {
		box = bytes.Clone(tx.Bucket([]byte("boxes")).Get([]byte(key)))
		return nil
	}))
	require.NoError(t, db.Close())
	file, err := os.ReadFile(path)
	require.NoError(t, err)
	off := bytes.Index(file, box)
	require.Positive(t, off)
	file[off+len(box)/2] ^= 0x5a
	require.NoError(t, os.WriteFile(path, file, 0o600))
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	return readAll(t, resp)
}

func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	require.Equal(t, http.StatusOK, resp.StatusCode, b.String())
	return b.String()
}
