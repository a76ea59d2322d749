package backups

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMadeAt(t *testing.T) {
	for _, tt := range []struct {
		name string
		want time.Time
		ok   bool
	}{
		{"sellerdesk-20261122-163000.sdbackup", time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC), true},
		{"sellerdesk-20261122-163000.123.sdbackup", time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC), true},
		{"sellerdesk-20261122T073000.123456789Z.db.bak", time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC), true},
		{"sellerdesk-schema2-20261122T073000Z.db.bak", time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC), true},
		{"my-copy.sdbackup", time.Time{}, false},
		{"sellerdesk-garbage.sdbackup", time.Time{}, false},
	} {
		got, ok := madeAt(tt.name)
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.True(t, tt.want.Equal(got), "%s: %v", tt.name, got)
	}
}

func TestNamesListAndSchedule(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 22, 7, 30, 0, 0, time.UTC) // 16:30 KST
	p1, err := NewPath(dir, now)
	require.NoError(t, err)
	assert.Equal(t, "sellerdesk-20261122-163000.sdbackup", filepath.Base(p1), "named by the KST time")
	require.NoError(t, os.WriteFile(p1, []byte("x"), 0o600))
	p2, err := NewPath(dir, now)
	require.NoError(t, err)
	assert.Equal(t, "sellerdesk-20261122-163000.000.sdbackup", filepath.Base(p2), "a second backup in the same second")
	require.NoError(t, os.WriteFile(p2, []byte("xy"), 0o600))
	p3, err := NewPath(dir, now.Add(time.Minute))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p3, []byte("xyz"), 0o600))
	files, err := List(dir)
	require.NoError(t, err)
	require.Len(t, files, 3)
	assert.Equal(t, filepath.Base(p3), files[0].Name, "newest first")
	assert.EqualValues(t, 3, files[0].Size)

	_, err = Path(dir, "../etc/passwd")
	assert.Error(t, err)
	path, err := Path(dir, files[0].Name)
	require.NoError(t, err)
	_, ok, err := Pending(dir)
	require.NoError(t, err)
	assert.False(t, ok)
	require.NoError(t, Schedule(dir, path, now))
	got, ok, err := Pending(dir)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, path, got)
	require.NoError(t, Cancel(dir))
	require.NoError(t, Cancel(dir), "cancelling nothing is fine")
	_, ok, _ = Pending(dir)
	assert.False(t, ok)
}
