package cli

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/app"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

// TestRestoreDoor: a data file cut short refuses to open; `sellerdesk restore --newest` puts the
// newest backup in its place (keeping the damaged file) and the folder opens again.
// `--from FILE` restores a chosen file; a running SellerDesk is never swapped underneath.
func TestRestoreDoor(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	a, err := app.New(ctx, app.Config{DataDir: dir})
	require.NoError(t, err)
	_, err = a.Store().Apply(ctx, store.Batch{Records: storetest.Shipments(6, 120)}, nil)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "backups"), 0o700))
	backup := filepath.Join(dir, "backups", "sellerdesk-20261201-090000.sdbackup")
	_, err = a.Store().BackupToFile(ctx, backup)
	require.NoError(t, err)

	code, _, stderr := runDoor(t, "restore", "--data-dir", dir, "--newest")
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, stderr, "실행 중이라 복원할 수 없습니다")
	require.NoError(t, a.Close())

	path := filepath.Join(dir, store.FileName)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b[:len(b)/8], 0o600))
	code, _, stderr = runDoor(t, "export", "--data-dir", dir, "--out", filepath.Join(t.TempDir(), "x.csv"))
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, stderr, "데이터 파일이 손상되었습니다")
	assert.Contains(t, stderr, "sellerdesk restore --newest")

	code, stdout, stderr := runDoor(t, "restore", "--data-dir", dir, "--newest")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "sellerdesk-20261201-090000.sdbackup")
	assert.Contains(t, stdout, "복원했습니다")
	baks, err := filepath.Glob(filepath.Join(dir, "sellerdesk-*.db.bak"))
	require.NoError(t, err)
	assert.Len(t, baks, 1, "the damaged file is kept")

	a, err = app.New(ctx, app.Config{DataDir: dir})
	require.NoError(t, err)
	p, err := a.Store().List(ctx, store.Filter{Limit: 1})
	require.NoError(t, err)
	assert.Equal(t, 120, p.Total)
	require.NoError(t, a.Close())

	code, stdout, stderr = runDoor(t, "restore", "--data-dir", dir, "--from", backup)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "복원했습니다")

	code, _, stderr = runDoor(t, "restore", "--data-dir", dir, "--from", filepath.Join(dir, "none.sdbackup"))
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, stderr, "백업 파일을 찾을 수 없습니다")
	code, _, _ = runDoor(t, "restore", "--data-dir", dir)
	assert.Equal(t, exitUsage, code)
	code, _, _ = runDoor(t, "restore", "--data-dir", dir, "--newest", "--from", backup)
	assert.Equal(t, exitUsage, code)
}
