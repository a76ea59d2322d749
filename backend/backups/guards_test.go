package backups

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/store"
)

// TestRestoreMarksGuards: every way the data file is replaced by a backup — the restore scheduled
// for the next start and the restore from the command line (`sellerdesk restore`) — leaves the
// mark that makes the next start run the guards after a restore (digital deliveries mailed since
// the backup are not mailed again without the seller).
func TestRestoreMarksGuards(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := store.Open(ctx, dir, store.Options{})
	require.NoError(t, err)
	backup := filepath.Join(t.TempDir(), "sellerdesk-20261201-090000.sdbackup")
	_, err = st.BackupToFile(ctx, backup)
	require.NoError(t, err)
	require.NoError(t, st.Close())

	pending, err := GuardsPending(dir)
	require.NoError(t, err)
	assert.False(t, pending)

	_, err = RestoreFrom(ctx, dir, backup, nil)
	require.NoError(t, err)
	pending, err = GuardsPending(dir)
	require.NoError(t, err)
	assert.True(t, pending, "a restore from the command line")
	require.NoError(t, RestoreDone(dir))
	pending, err = GuardsPending(dir)
	require.NoError(t, err)
	assert.False(t, pending)

	require.NoError(t, Schedule(dir, backup, time.Now()))
	_, err = RestorePending(ctx, dir)
	require.NoError(t, err)
	pending, err = GuardsPending(dir)
	require.NoError(t, err)
	assert.True(t, pending, "a restore scheduled for the next start")
}
