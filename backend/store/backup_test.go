package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/store/storetest"
)

func TestBackupAndRestoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openStore(t, dir, nil)
	_, err := s.Apply(ctx, store.Batch{
		Records: storetest.Shipments(11, 300),
		Cursors: []store.Cursor{{Market: order.Coupang, Name: "createdAtFrom", Value: "2026-03-01"}},
	}, nil)
	require.NoError(t, err)
	require.NoError(t, s.PutSetting(ctx, "paper", "A4"))

	// An online backup while the store is open and being read.
	var buf bytes.Buffer
	n, err := s.Backup(ctx, &buf)
	require.NoError(t, err)
	assert.Equal(t, int64(buf.Len()), n)
	backup := filepath.Join(t.TempDir(), "backup.db")
	n2, err := s.BackupToFile(ctx, backup)
	require.NoError(t, err)
	assert.Equal(t, n, n2)
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(backup)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	}
	v, err := store.CheckBackup(ctx, backup)
	require.NoError(t, err)
	assert.Equal(t, store.SchemaVersion, v)

	// Changes after the backup are undone by the restore.
	_, err = s.Apply(ctx, store.Batch{
		Records: storetest.Range(11, 300, 50),
		Cursors: []store.Cursor{{Market: order.Coupang, Name: "createdAtFrom", Value: "2026-04-01"}},
	}, nil)
	require.NoError(t, err)

	err = store.Restore(ctx, dir, backup)
	require.ErrorIs(t, err, store.ErrLocked, "restoring under a running store must fail")

	require.NoError(t, s.Close())
	require.NoError(t, store.Restore(ctx, dir, backup))
	baks, err := filepath.Glob(filepath.Join(dir, "*.db.bak"))
	require.NoError(t, err)
	require.Len(t, baks, 1, "the replaced file is kept")

	s = openStore(t, dir, nil)
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 300, page.Counts.Total)
	c, ok, err := s.Cursor(ctx, order.Coupang, "createdAtFrom")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "2026-03-01", c.Value)
	var paper string
	ok, err = s.GetSetting(ctx, "paper", &paper)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "A4", paper)
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(s.Path())
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	}

	// The kept file is the store as it was before the restore.
	require.NoError(t, s.Close())
	keptDir := t.TempDir()
	kept, err := os.ReadFile(baks[0])
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(keptDir, store.FileName), kept, 0o600))
	old := openStore(t, keptDir, nil)
	page, err = old.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 350, page.Counts.Total)
}

func TestRestoreRefusesBadBackups(t *testing.T) {
	ctx := context.Background()
	write := func(t *testing.T, data []byte) string {
		p := filepath.Join(t.TempDir(), "backup.db")
		require.NoError(t, os.WriteFile(p, data, 0o600))
		return p
	}
	tests := []struct {
		name   string
		backup func(t *testing.T) string
		is     error
	}{
		{"text file", func(t *testing.T) string { return write(t, []byte("주문 목록.csv\n1,2,3\n")) }, store.ErrNotSellerDesk},
		{"empty file", func(t *testing.T) string { return write(t, nil) }, store.ErrNotSellerDesk},
		{"zip file", func(t *testing.T) string { return write(t, append([]byte("PK\x03\x04"), make([]byte, 8192)...)) }, store.ErrNotSellerDesk},
		{"missing file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "none.db") }, os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := store.Open(ctx, dir, store.Options{})
			require.NoError(t, err)
			_, err = s.Apply(ctx, store.Batch{Records: storetest.Shipments(1, 5)}, nil)
			require.NoError(t, err)
			require.NoError(t, s.Close())
			before, err := os.ReadFile(filepath.Join(dir, store.FileName))
			require.NoError(t, err)

			err = store.Restore(ctx, dir, tt.backup(t))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.is)
			if tt.is == store.ErrNotSellerDesk {
				assert.True(t, strings.Contains(err.Error(), "셀러데스크 데이터 파일") && strings.Contains(err.Error(), "Not a SellerDesk data file"), err.Error())
			}
			after, err := os.ReadFile(filepath.Join(dir, store.FileName))
			require.NoError(t, err)
			assert.Equal(t, before, after, "a refused restore leaves the data file alone")
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			assert.ElementsMatch(t, []string{store.FileName, store.IndexFileName}, names, "no temporary or .bak file is left behind")
		})
	}
}

func TestRestoreIntoEmptyFolderMigratesOldBackup(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "new")
	require.NoError(t, store.Restore(ctx, dir, filepath.Join("..", "..", "testdata", "store", "v1.db")))
	s := openStore(t, dir, nil)
	page, err := s.List(ctx, store.Filter{From: time.Date(2026, 3, 1, 0, 0, 0, 0, order.KST())})
	require.NoError(t, err)
	assert.Equal(t, 3, page.Total)
}

// failingWriter fails after accepting some bytes, like a full disk.
type failingWriter struct{ left int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.left {
		n := w.left
		w.left = 0
		return n, os.ErrClosed
	}
	w.left -= len(p)
	return len(p), nil
}

func TestBackupFailures(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, t.TempDir(), nil)
	_, err := s.Apply(ctx, store.Batch{Records: storetest.Shipments(2, 50)}, nil)
	require.NoError(t, err)

	_, err = s.Backup(ctx, &failingWriter{left: 5000})
	require.ErrorIs(t, err, os.ErrClosed)

	canceled, cancel := context.WithCancel(ctx)
	cancel()
	out := t.TempDir()
	_, err = s.BackupToFile(canceled, filepath.Join(out, "backup.db"))
	require.ErrorIs(t, err, context.Canceled)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Empty(t, entries, "a failed backup leaves no file behind")

	// The store is still usable after failed backups.
	page, err := s.List(ctx, store.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 50, page.Total)
}
